#include "iwg/util/text_util.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("plan text quoted for a message is cut at 60 bytes, between characters", "[text_util]") {
    CHECK(quote_for_message("Kick-off") == "'Kick-off'");
    CHECK(quote_for_message(std::string(60, 'x')) == "'" + std::string(60, 'x') + "'");
    CHECK(quote_for_message(std::string(61, 'x')) == "'" + std::string(60, 'x') + "...'");
    // "ã" takes bytes 59 and 60: it is not split.
    CHECK(quote_for_message(std::string(59, 'x') + "ã" + "yy") ==
          "'" + std::string(59, 'x') + "...'");
}

TEST_CASE("ASCII lower case leaves other bytes alone", "[text_util]") {
    CHECK(lower_ascii("MAY Mai") == "may mai");
    CHECK(lower_ascii("ÀÉ") == "ÀÉ");
}

TEST_CASE("case-insensitive comparison folds ASCII letters only", "[text_util]") {
    CHECK(equal_ignoring_case("May", "mAY"));
    CHECK_FALSE(equal_ignoring_case("May", "Mayo"));
    CHECK_FALSE(equal_ignoring_case("À", "à"));
    CHECK(lower_ascii('Q') == 'q');
    CHECK(lower_ascii('7') == '7');
}

TEST_CASE("decimal digits: one or more, nothing else", "[text_util]") {
    CHECK(is_decimal_digits("2024"));
    CHECK(is_decimal_digits("0"));
    CHECK_FALSE(is_decimal_digits(""));
    CHECK_FALSE(is_decimal_digits("+1"));
    CHECK_FALSE(is_decimal_digits("1 "));
    CHECK_FALSE(is_decimal_digits("٣"));  // an Arabic-Indic digit is not ASCII
    CHECK(is_ascii_digit('9'));
    CHECK_FALSE(is_ascii_digit('a'));
}
