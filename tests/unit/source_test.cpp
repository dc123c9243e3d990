#include "iwg/source.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("positions are 1-based lines and code-point columns", "[source]") {
    SourceFile source("f.yaml", "a: 1\n\xC3\xA9t\xC3\xA9: x\r\nlast");
    CHECK(source.line_count() == 3);
    CHECK(source.position_at(0) == Position{1, 1});
    CHECK(source.position_at(3) == Position{1, 4});
    CHECK(source.position_at(5) == Position{2, 1});
    // "été: x": the 'x' is byte 7 of the line but code point 6.
    CHECK(source.position_at(12) == Position{2, 6});
    CHECK(source.position_from_mark(1, 7) == Position{2, 6});
    CHECK(source.line_text(2) == "\xC3\xA9t\xC3\xA9: x");  // CR stripped
    CHECK(source.line_text(3) == "last");
    CHECK(source.line_text(4).empty());
}

TEST_CASE("position lookups out of order stay correct", "[source]") {
    SourceFile source("f.yaml", "abc def ghi");
    CHECK(source.position_at(8) == Position{1, 9});
    CHECK(source.position_at(4) == Position{1, 5});
    CHECK(source.position_at(100) == Position{1, 12});
}
