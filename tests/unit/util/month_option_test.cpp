#include "iwg/util/month_option.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

namespace {
// The month `text` names in a plan of 2024.
YearMonth ok(std::string_view text, Date as_of = {2024, 5, 14}) {
    auto result = parse_month_option(text, as_of);
    REQUIRE(result);
    return result->in_year(2024);
}
std::string error(std::string_view text) {
    auto result = parse_month_option(text, {2024, 5, 14});
    REQUIRE_FALSE(result);
    CHECK(result.error().given == text);
    return "'" + result.error().given + "' " + result.error().problem;
}
}  // namespace

TEST_CASE("every documented month form names May 2024", "[month_option]") {
    for (auto form : {"may", "May", "MAY", "5", "05", "2024-05"}) {
        CAPTURE(form);
        CHECK(ok(form) == YearMonth{2024, 5});
    }
}

TEST_CASE("abbreviations of three letters or more", "[month_option]") {
    CHECK(ok("sep") == YearMonth{2024, 9});
    CHECK(ok("Sept") == YearMonth{2024, 9});
    CHECK(ok("novem") == YearMonth{2024, 11});
    CHECK(error("ma") == "'ma' is not a month");
}

TEST_CASE("relative months follow the as-of date, across years", "[month_option]") {
    CHECK(ok("current") == YearMonth{2024, 5});
    CHECK(ok("next") == YearMonth{2024, 6});
    CHECK(ok("previous") == YearMonth{2024, 4});
    CHECK(ok("next", {2024, 12, 31}) == YearMonth{2025, 1});
    CHECK(ok("previous", {2024, 1, 1}) == YearMonth{2023, 12});
}

TEST_CASE("a year-month keeps its own year", "[month_option]") {
    CHECK(ok("2025-01") == YearMonth{2025, 1});
}

TEST_CASE("only a month name or number takes the plan's year", "[month_option]") {
    const Date as_of{2024, 12, 31};
    CHECK(parse_month_option("may", as_of)->year == std::nullopt);
    CHECK(parse_month_option("05", as_of)->year == std::nullopt);
    CHECK(parse_month_option("2023-05", as_of)->year == 2023);
    CHECK(parse_month_option("next", as_of)->year == 2025);
    CHECK(parse_month_option("current", as_of)->year == 2024);
    CHECK(parse_month_option("may", as_of)->in_year(2030) == YearMonth{2030, 5});
    CHECK(parse_month_option("next", as_of)->in_year(2030) == YearMonth{2025, 1});
}

TEST_CASE("bad month arguments explain themselves", "[month_option]") {
    CHECK(error("13") == "'13' is not a month number; months are 1 to 12");
    CHECK(error("0") == "'0' is not a month number; months are 1 to 12");
    CHECK(error("2024-13") == "'2024-13' is not a month; write YYYY-MM with a month from 01 to 12");
    CHECK(error("mayo") == "'mayo' is not a month; did you mean 'may'?");
    CHECK(error("") == "'' is not a month");
    CHECK(error("\x1b[31m") == "'\x1b[31m' is not a month");  // escaped where it is printed
}

TEST_CASE("a misspelt month name suggests the closest month", "[month_option]") {
    CHECK(error("mai") == "'mai' is not a month; did you mean 'may'?");
    CHECK(error("MAI") == "'MAI' is not a month; did you mean 'may'?");
    CHECK(error("juli") == "'juli' is not a month; did you mean 'july'?");
    CHECK(error("jnu") == "'jnu' is not a month; did you mean 'june'?");
    CHECK(error("smarch") == "'smarch' is not a month; did you mean 'march'?");
    CHECK(error("febuary") == "'febuary' is not a month; did you mean 'february'?");
}

TEST_CASE("no month is suggested for a far or too short word", "[month_option]") {
    CHECK(error("ma") == "'ma' is not a month");
    CHECK(error("banana") == "'banana' is not a month");
    CHECK(error("123") == "'123' is not a month");
}
