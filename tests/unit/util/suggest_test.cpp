#include "iwg/util/suggest.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("edit distance counts transpositions once", "[suggest]") {
    CHECK(edit_distance("topic", "topic") == 0);
    CHECK(edit_distance("topc", "topic") == 1);
    CHECK(edit_distance("tpoic", "topic") == 1);
    CHECK(edit_distance("TOPIC", "topic") == 0);
}

TEST_CASE("closest match stays within a sensible distance", "[suggest]") {
    const std::vector<std::string_view> words{"month", "topic", "status"};
    CHECK(closest_match("stauts", words) == "status");
    CHECK(closest_match("mnth", words) == "month");
    CHECK_FALSE(closest_match("colour", words));
    CHECK(join_alternatives({"a", "b", "c"}) == "a, b or c");
    CHECK(join_alternatives({"a"}) == "a");
}

TEST_CASE("edit distance agrees on longer words and refuses very long ones", "[suggest]") {
    CHECK(edit_distance("shares_mnoth", "shares_month") == 1);
    CHECK(edit_distance("introduction", "intorduction") == 1);
    CHECK(edit_distance("focus_areas", "focusareas") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance(std::string(65, 'a'), std::string(65, 'a')) > 1000);
    CHECK_FALSE(closest_match(std::string(200, 'x'), {"topic", "month"}));
}
