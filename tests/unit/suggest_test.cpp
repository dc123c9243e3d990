#include "iwg/suggest.hpp"

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
