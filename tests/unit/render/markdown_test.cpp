#include "iwg/render/markdown.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("escape_markdown makes plan text inert", "[render_markdown]") {
    CHECK(escape_markdown("a | b") == "a \\| b");
    CHECK(escape_markdown("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;");
    CHECK(escape_markdown("one\ntwo") == "one two");
    CHECK(escape_markdown("*bold* [l](u) `c` \\ &") == "\\*bold\\* \\[l\\](u) \\`c\\` \\\\ &amp;");
    CHECK(escape_markdown("\x1b[31m") == "\\\\x1b\\[31m");
    CHECK(escape_markdown("\u202Eevil") == "&lt;U+202E&gt;evil");
}

TEST_CASE("documents render as Markdown", "[render_markdown]") {
    doc::Document d;
    d.heading(1, "Title");
    d.paragraph("- not a list");
    d.fields({{{"Topic", "A | B", doc::Tone::strong}}});
    d.table({{"Month", "Topic"}, {{"May", "x|y\nz"}, {"", "2024. line"}}});
    d.list({{"1. item", "plain"}});
    CHECK(render_markdown(d) ==
          "# Title\n"
          "\n"
          "\\- not a list\n"
          "\n"
          "- **Topic:** A \\| B\n"
          "\n"
          "| Month | Topic |\n"
          "| --- | --- |\n"
          "| May | x\\|y z |\n"
          "| | 2024. line |\n"
          "\n"
          "- 1\\. item\n"
          "- plain\n");
}

TEST_CASE("lines in a list item break hard and stay in the item", "[render_markdown]") {
    CHECK(escape_markdown_lines("one\n- two\n\nthree", 2) == "one  \n  \\- two  \n    \n  three");
    doc::Document d;
    d.fields({{{"Notes", "first line\nsecond line", doc::Tone::normal}}});
    d.paragraph("a\nb");
    CHECK(render_markdown(d) ==
          "- **Notes:** first line  \n"
          "  second line\n"
          "\n"
          "a  \n"
          "b\n");
}

TEST_CASE("two lists in a row are kept apart by a thematic break", "[render_markdown]") {
    doc::Document d;
    d.fields({{{"Goal", "G1", doc::Tone::normal}}});
    d.fields({{{"Goal", "G2", doc::Tone::normal}}});
    d.list({{"item"}});
    d.heading(2, "Next");
    d.list({{"other"}});
    CHECK(render_markdown(d) ==
          "- **Goal:** G1\n"
          "\n"
          "---\n"
          "\n"
          "- **Goal:** G2\n"
          "\n"
          "---\n"
          "\n"
          "- item\n"
          "\n"
          "## Next\n"
          "\n"
          "- other\n");
}
