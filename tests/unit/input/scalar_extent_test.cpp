#include "iwg/input/scalar_extent.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace iwg;

namespace {

// The text of the scalar whose mark is at the first `at` in `text`, by its extent.
std::string extent_text(std::string_view text, std::string_view at, ScalarStyle expected,
                        bool in_flow = false) {
    std::size_t begin = 0;
    const ScalarStyle style = scalar_style_at(text, text.find(at), begin);
    CHECK(style == expected);
    const ScalarExtent extent = scalar_extent(text, begin, style, in_flow);
    REQUIRE(extent.begin <= extent.end);
    REQUIRE(extent.end <= text.size());
    return std::string(text.substr(extent.begin, extent.end - extent.begin));
}

}  // namespace

TEST_CASE("scalar_extent: quoted scalars end at the closing quote, past escapes", "[yaml]") {
    using S = ScalarStyle;
    CHECK(extent_text("a: \"x\"\n", "\"", S::double_quoted) == "\"x\"");
    CHECK(extent_text("a: \"x \\\" y\"  # c\n", "\"", S::double_quoted) == "\"x \\\" y\"");
    CHECK(extent_text("a: \"x \\\\\"  # c\n", "\"", S::double_quoted) == "\"x \\\\\"");
    CHECK(extent_text("a: \"one\n  two\n  three\"\nb: 1\n", "\"", S::double_quoted) ==
          "\"one\n  two\n  three\"");
    CHECK(extent_text("a: 'it''s'\n", "'", S::single_quoted) == "'it''s'");
    CHECK(extent_text("a: 'one\n  # two\n  '''\nb: 1\n", "'", S::single_quoted) ==
          "'one\n  # two\n  '''");
    CHECK(extent_text("a: \"never closed\n", "\"", S::double_quoted) == "\"never closed\n");
    CHECK(extent_text("a: !!str \"x\"\n", "!", S::double_quoted) == "\"x\"");
}

TEST_CASE("scalar_extent: block scalars end where their indentation ends", "[yaml]") {
    using S = ScalarStyle;
    CHECK(extent_text("a: |\n  one\n\n  two\nb: 1\n", "|", S::literal) == "|\n  one\n\n  two");
    CHECK(extent_text("a: >-  # c\n  one\n    deeper\nb: 1\n", ">", S::folded) ==
          ">-  # c\n  one\n    deeper");
    // An indentation indicator: content from column 2 on, more indented lines its text.
    CHECK(extent_text("a: |2-\n    x\n  # not a comment\n   y\nb: 1\n", "|", S::literal) ==
          "|2-\n    x\n  # not a comment\n   y");
    CHECK(extent_text("- notes: |\n    a\n    b\n  id: x\n", "|", S::literal) == "|\n    a\n    b");
    CHECK(extent_text("- |\n  a\n- b\n", "|", S::literal) == "|\n  a");
    CHECK(extent_text("a: |\nb: 1\n", "|", S::literal) == "|");  // empty
    CHECK(extent_text("a: |\n  x\n\n\n", "|", S::literal) == "|\n  x");
    CHECK(extent_text("a: |\r\n  x\r\nb: 1\r\n", "|", S::literal) == "|\r\n  x");
}

TEST_CASE("scalar_extent: a block header on a line of its own belongs to the key above it",
          "[yaml]") {
    using S = ScalarStyle;
    // The node's indentation is the key's (4), not the header's column: the content at the
    // header's column is the scalar's text, and an allow comment there is text too.
    CHECK(
        extent_text("  - notes:\n      |\n      hello\n      # iwg: allow E202\n    goals: [G9]\n",
                    "|", S::literal) == "|\n      hello\n      # iwg: allow E202");
    CHECK(extent_text("    notes:\n      |2\n      hello\n      # iwg: allow\n    goals: x\n", "|",
                      S::literal) == "|2\n      hello\n      # iwg: allow");
    CHECK(extent_text("a:\n  # a comment between\n\n  >-\n  one\n  two\nb: 1\n", ">", S::folded) ==
          ">-\n  one\n  two");
    CHECK(extent_text("-\n  |\n  a\n- b\n", "|", S::literal) == "|\n  a");
    CHECK(extent_text("a: !!str\n  |\n  x\nb: 1\n", "|", S::literal) == "|\n  x");
}

TEST_CASE("scalar_extent: a tag or an anchor on a line of its own belongs to no node", "[yaml]") {
    using S = ScalarStyle;
    // Properties on the header's line: the node is still the key's (2), the content at the
    // tag's column is text.
    CHECK(extent_text("  notes:\n    !!str |\n    # iwg: allow E202\n  goals: [G9]\n", "!",
                      S::literal) == "|\n    # iwg: allow E202");
    CHECK(extent_text("  notes:\n    &a >-\n    # iwg: allow\n  goals: x\n", "&", S::folded) ==
          ">-\n    # iwg: allow");
    // Comments between the properties and the header are skipped, on the key's line or below.
    CHECK(extent_text("  notes: !!str\n    # c\n    |\n    # iwg: allow\n  goals: x\n", "!",
                      S::literal) == "|\n    # iwg: allow");
    CHECK(extent_text("  notes: &b # c\n    |\n    # iwg: allow\n  goals: x\n", "&", S::literal) ==
          "|\n    # iwg: allow");
    // Properties alone on a line above the header.
    CHECK(extent_text("  notes:\n     !!str\n    # c\n   |\n   # iwg: allow\n  goals: x\n", "!",
                      S::literal) == "|\n   # iwg: allow");
    CHECK(extent_text("- !!str\n  |\n  a\n- b\n", "!", S::literal) == "|\n  a");
}

TEST_CASE("scalar_extent: plain scalars end at a comment, ': ', or their last line", "[yaml]") {
    using S = ScalarStyle;
    CHECK(extent_text("a: one two  # c\n", "one", S::plain) == "one two");
    CHECK(extent_text("a: one\n  two\n\n  three\nb: 1\n", "one", S::plain) ==
          "one\n  two\n\n  three");
    CHECK(extent_text("a: one\n# c\nb: 1\n", "one", S::plain) == "one");
    CHECK(extent_text("a: x#y\n", "x#y", S::plain) == "x#y");
    CHECK(extent_text("key: v\n", "key", S::plain) == "key");
    CHECK(extent_text("- {a: one, b: [x, y]}\n", "one", S::plain, true) == "one");
    CHECK(extent_text("- [one\n   two, b]\n", "one", S::plain, true) == "one\n   two");
    CHECK(extent_text("- one\n  two\n- three\n", "one", S::plain) == "one\n  two");
}
