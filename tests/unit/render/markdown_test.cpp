#include "iwg/render/markdown.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("escape_markdown makes plan text inert", "[render_markdown]") {
    CHECK(escape_markdown("a | b") == "a \\| b");
    CHECK(escape_markdown("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;");
    CHECK(escape_markdown("one\ntwo") == "one<br>two");
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
          "| May | x\\|y<br>z |\n"
          "| | 2024. line |\n"
          "\n"
          "- 1\\. item\n"
          "- plain\n");
}
