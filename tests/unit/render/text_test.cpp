#include "iwg/render/text.hpp"

#include "iwg/diag/rules.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("wrap_text keeps words whole and indents continuations", "[render_text]") {
    CHECK(wrap_text("one two three four", 10, 0, 2) == "one two\n  three\n  four");
    CHECK(wrap_text("a\nb", 80, 2, 2) == "  a\n  b");
    CHECK(wrap_text("averyveryverylongword x", 10, 0, 0) == "averyveryverylongword\nx");
}

TEST_CASE("documents render at 80 columns with aligned fields", "[render_text]") {
    doc::Document d;
    d.heading(1, "Title");
    d.heading(2, "May 2024");
    d.fields(
        {{{"Topic", "A topic", doc::Tone::strong}, {"Alternative", "Other", doc::Tone::normal}}});
    d.paragraph("Done.");
    CHECK(render_text(d, TextStyle{}) ==
          "Title\n"
          "\n"
          "May 2024\n"
          "  Topic:        A topic\n"
          "  Alternative:  Other\n"
          "\n"
          "  Done.\n");
}

TEST_CASE("plan text in documents is sanitized", "[render_text]") {
    doc::Document d;
    d.paragraph("evil\x1b]0;title\x07");
    CHECK(render_text(d, TextStyle{}) == "evil\\x1b]0;title\\x07\n");
}

TEST_CASE("a tab in plan text is one space: the columns stay aligned", "[render_text]") {
    doc::Document d;
    d.table({{"Month", "Topic"}, {{"May\tx", "a\tb"}, {"June", "c"}}});
    d.fields(doc::Fields{{{"Topic", "one\ttwo"}}, 0});
    CHECK(render_text(d, TextStyle{false, 40}) ==
          "Month  Topic\nMay x  a b\nJune   c\n\nTopic:  one two\n");
}

TEST_CASE("colour only when asked", "[render_text]") {
    doc::Document d;
    d.heading(1, "T");
    CHECK(render_text(d, TextStyle{true, 80}) == "\x1b[1mT\x1b[0m\n");
}

TEST_CASE("tables align columns and wrap the last one", "[render_text]") {
    doc::Document d;
    d.table({{"Month", "Topic"}, {{"May", "Short"}, {"September", "A b c d e f g"}}});
    CHECK(render_text(d, TextStyle{false, 20}) ==
          "Month      Topic\n"
          "May        Short\n"
          "September  A b c d e\n"
          "           f g\n");
}

TEST_CASE("diagnostics print like a compiler with a caret", "[render_text]") {
    SourceFile source("plans/p.yaml", "goals:\n  - id: g1\n");
    Diagnostic d;
    d.rule = &rules::bad_id;
    d.message = "goal id 'g1' must look like G1";
    d.hint = "did you mean 'G1'?";
    d.location = {"plans/p.yaml", {2, 9}, {2, 11}};
    const SourceLookup lookup = [&](const std::string&) { return &source; };
    CHECK(render_diagnostic_text(d, lookup, TextStyle{}) ==
          "plans/p.yaml:2:9: error[E106]: goal id 'g1' must look like G1\n"
          "  |\n"
          "2 |   - id: g1\n"
          "  |         ^^\n"
          "  = hint: did you mean 'G1'?\n");
}

TEST_CASE("long source lines are cut around the column", "[render_text]") {
    const std::string line = std::string(200, 'a') + "X" + std::string(200, 'b');
    SourceFile source("f.yaml", line);
    Diagnostic d;
    d.rule = &rules::yaml_syntax;
    d.message = "m";
    d.location = {"f.yaml", {1, 201}, {}};
    const SourceLookup lookup = [&](const std::string&) { return &source; };
    const std::string out = render_diagnostic_text(d, lookup, TextStyle{});
    CHECK(out ==
          "f.yaml:1:201: error[E005]: m\n"
          "  |\n"
          "1 | ..." +
              std::string(40, 'a') + "X" + std::string(59, 'b') +
              "...\n"
              "  |    " +
              std::string(40, ' ') + "^\n");
}

TEST_CASE("excerpts mask a link's secrets, for any finding on the line", "[render_text]") {
    // The passcode's name stands before the window the excerpt shows: its value is still
    // masked. A finding after the link keeps its caret under its own column.
    const std::string secret = "S" + std::string(70, '7');
    const std::string line =
        "- {link: \"https://u:pw@zoom.us/j/1?%70wd=" + secret + "\", colour: red}";
    SourceFile source("f.yaml", line + "\n");
    Diagnostic d;
    d.rule = &rules::unknown_key;
    d.message = "m";
    const int column = static_cast<int>(line.find("colour")) + 1;
    d.location = {"f.yaml", {1, column}, {1, column + 6}};
    const SourceLookup lookup = [&](const std::string&) { return &source; };
    const std::string out = render_diagnostic_text(d, lookup, TextStyle{});
    CHECK(out.find("S77") == std::string::npos);
    CHECK(out.find("pw@") == std::string::npos);
    CHECK(out == "f.yaml:1:" + std::to_string(column) +
                     ": error[E102]: m\n"
                     "  |\n"
                     "1 | ..." +
                     std::string(40 - 3, '*') + "\", colour: red}\n" + "  |    " +
                     std::string(40, ' ') + "^^^^^^\n");
    // The excerpt under a finding at the link's start shows it masked.
    d.location = {"f.yaml", {1, 10}, {}};
    CHECK(render_diagnostic_text(d, lookup, TextStyle{})
              .find("1 | - {link: \"https://****@zoom.us/j/1?%70wd=" + std::string(50, '*')) !=
          std::string::npos);
}

TEST_CASE("file-level diagnostics have no snippet", "[render_text]") {
    Diagnostic d;
    d.rule = &rules::no_plan_files;
    d.message = "no plan files (*.yaml) in 'x'";
    d.location = {"x", {}, {}};
    CHECK(render_diagnostic_text(d, nullptr, TextStyle{}) ==
          "x: error[E010]: no plan files (*.yaml) in 'x'\n");
}

TEST_CASE("the caret follows escapes shown before it", "[render_text]") {
    SourceFile source("f.yaml", "- {\"x\xE2\x80\xAE\": 1, idx: 2}\n");
    Diagnostic d;
    d.rule = &rules::unknown_key;
    d.message = "unknown key 'idx' in a goal";
    d.location = {"f.yaml", {1, 14}, {1, 17}};
    const SourceLookup lookup = [&](const std::string&) { return &source; };
    CHECK(render_diagnostic_text(d, lookup, TextStyle{}) ==
          "f.yaml:1:14: error[E102]: unknown key 'idx' in a goal\n"
          "  |\n"
          "1 | - {\"x<U+202E>\": 1, idx: 2}\n"
          "  |                     ^^^\n");
}

TEST_CASE("the underline stops at the end of the window", "[render_text]") {
    SourceFile source("f.yaml", std::string(300, 'k') + ": 1\n");
    Diagnostic d;
    d.rule = &rules::unknown_key;
    d.message = "m";
    d.location = {"f.yaml", {1, 1}, {1, 301}};
    const SourceLookup lookup = [&](const std::string&) { return &source; };
    CHECK(render_diagnostic_text(d, lookup, TextStyle{}) ==
          "f.yaml:1:1: error[E102]: m\n"
          "  |\n"
          "1 | " +
              std::string(100, 'k') +
              "...\n"
              "  | " +
              std::string(100, '^') + "\n");
}

TEST_CASE("the caret counts wide characters as two columns", "[render_text]") {
    SourceFile source("f.yaml", "- {topic: \"\xE6\x95\xB0\xE6\x8D\xAE\", month: mai}\n");
    Diagnostic d;
    d.rule = &rules::bad_month;
    d.message = "m";
    d.location = {"f.yaml", {1, 24}, {1, 27}};  // 'mai': 23 code points, 25 columns in
    const SourceLookup lookup = [&](const std::string&) { return &source; };
    CHECK(render_diagnostic_text(d, lookup, TextStyle{}) ==
          "f.yaml:1:24: error[E105]: m\n"
          "  |\n"
          "1 | - {topic: \"\xE6\x95\xB0\xE6\x8D\xAE\", month: mai}\n"
          "  | " +
              std::string(25, ' ') + "^^^\n");
}
