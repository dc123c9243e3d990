#include "iwg/util/calendar.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("parse_date accepts real days only", "[calendar]") {
    CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("2024-02-30"));
    CHECK_FALSE(parse_date("2024-13-01"));
    CHECK_FALSE(parse_date("2024-5-1"));
    CHECK_FALSE(parse_date("2024-05-01 "));
    CHECK_FALSE(parse_date("20240501"));
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("parse_time is strict HH:MM", "[calendar]") {
    CHECK(parse_time("09:30") == TimeOfDay{9, 30});
    CHECK(parse_time("23:59") == TimeOfDay{23, 59});
    CHECK_FALSE(parse_time("24:00"));
    CHECK_FALSE(parse_time("9:30"));
    CHECK_FALSE(parse_time("09:60"));
}

TEST_CASE("month names are exact and case-insensitive", "[calendar]") {
    CHECK(month_from_name("may") == 5);
    CHECK(month_from_name("MAY") == 5);
    CHECK(month_from_name("December") == 12);
    CHECK_FALSE(month_from_name("dec"));
    CHECK_FALSE(month_from_name("no"));
    CHECK(month_name(8) == "August");
}

TEST_CASE("day arithmetic round-trips across years", "[calendar]") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(civil_from_days(days_from_civil({2024, 2, 29})) == Date{2024, 2, 29});
    CHECK(add_days({2024, 12, 25}, 14) == Date{2025, 1, 8});
    CHECK(add_days({2024, 3, 1}, -1) == Date{2024, 2, 29});
    CHECK(next_month({2024, 12}) == YearMonth{2025, 1});
    CHECK(previous_month({2024, 1}) == YearMonth{2023, 12});
    CHECK(format_date({2024, 5, 4}) == "2024-05-04");
    CHECK(format_time({7, 5}) == "07:05");
}

TEST_CASE("a year and month as reports name them", "[calendar]") {
    CHECK(format_year_month({2024, 5}) == "May 2024");
    CHECK(format_year_month({2025, 12}) == "December 2025");
}

TEST_CASE("a month outside 1..12 has no name and no days", "[calendar]") {
    CHECK(month_name(0).empty());
    CHECK(month_name(13).empty());
    CHECK(month_name(-5).empty());
    CHECK(days_in_month(2024, 0) == 0);
    CHECK(days_in_month(2024, 13) == 0);
    CHECK_FALSE(is_valid_date(2024, 13, 1));
    CHECK(format_year_month({2024, 13}) == " 2024");
}

TEST_CASE("month lengths and month words", "[calendar]") {
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(2024, 12) == 31);
    REQUIRE(month_words().size() == 12);
    CHECK(month_words().front() == "january");
    CHECK(month_words()[8] == "september");
    CHECK(format_iso_year_month({2024, 5}) == "2024-05");
}

TEST_CASE("days across a leap day and a year boundary", "[calendar]") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({1969, 12, 31}) == -1);
    CHECK(add_days({2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(add_days({2024, 2, 29}, 1) == Date{2024, 3, 1});
    CHECK(add_days({2023, 2, 28}, 1) == Date{2023, 3, 1});
    CHECK(add_days({2024, 12, 31}, 1) == Date{2025, 1, 1});
    CHECK(add_days({2025, 1, 1}, -1) == Date{2024, 12, 31});
    CHECK(civil_from_days(days_from_civil({2000, 2, 29})) == Date{2000, 2, 29});
}
