#include "iwg/render/html.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace iwg;

TEST_CASE("escape_html: markup characters become entities", "[render_html]") {
    CHECK(escape_html("plain é text") == "plain é text");
    CHECK(escape_html("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(escape_html("&amp;") == "&amp;amp;");
    CHECK(escape_html("one\ntwo\tthree") == "one\ntwo\tthree");
}

TEST_CASE("escape_html: controls, invalid UTF-8 and invisible characters are shown escaped",
          "[render_html]") {
    CHECK(escape_html("\x1b[31mred\r") == "\\x1b[31mred\\x0d");
    CHECK(escape_html("\xC2\x9B"
                      "1m") == "\\x9b1m");
    CHECK(escape_html("bad \xFF\xC3 bytes") == "bad \\xff\\xc3 bytes");
    // Bidi embeddings, overrides and isolates, marks, zero-width space, word joiner, BOM.
    CHECK(escape_html("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee") ==
          "&lt;U+202A&gt;a&lt;U+202B&gt;b&lt;U+202C&gt;c&lt;U+202D&gt;d&lt;U+202E&gt;e");
    CHECK(escape_html("\u2066a\u2067b\u2068c\u2069") ==
          "&lt;U+2066&gt;a&lt;U+2067&gt;b&lt;U+2068&gt;c&lt;U+2069&gt;");
    CHECK(escape_html("\u200E\u200F\u061C\u200B\u2060\uFEFF") ==
          "&lt;U+200E&gt;&lt;U+200F&gt;&lt;U+061C&gt;&lt;U+200B&gt;&lt;U+2060&gt;&lt;U+FEFF&gt;");
    CHECK(escape_html("\u2028\u2029") == "&lt;U+2028&gt;&lt;U+2029&gt;");
    // Noncharacters are an HTML parse error.
    CHECK(escape_html("\uFDD0\uFFFE\U0010FFFF") == "&lt;U+FDD0&gt;&lt;U+FFFE&gt;&lt;U+10FFFF&gt;");
}

TEST_CASE("render_html_body: headings keep their level", "[render_html]") {
    doc::Document d;
    d.heading(1, "Plan 2024");
    d.heading(2, "May & June");
    d.heading(3, "Item");
    d.heading(9, "clamped");
    CHECK(render_html_body(d) ==
          "<h1>Plan 2024</h1>\n"
          "<h2>May &amp; June</h2>\n"
          "<h3>Item</h3>\n"
          "<h6>clamped</h6>\n");
}

TEST_CASE("render_html_body: paragraphs carry their tone as a class", "[render_html]") {
    doc::Document d;
    d.paragraph("Plain.");
    d.paragraph("No rows.", doc::Tone::muted);
    d.paragraph("Bold.", doc::Tone::strong);
    d.paragraph("On track.", doc::Tone::good);
    d.paragraph("Stale: 2 rows.", doc::Tone::warn);
    d.paragraph("Overdue: 1 row.", doc::Tone::bad);
    d.paragraph("first line\nsecond line");
    CHECK(render_html_body(d) ==
          "<p>Plain.</p>\n"
          "<p class=\"muted\">No rows.</p>\n"
          "<p class=\"strong\">Bold.</p>\n"
          "<p class=\"good\">On track.</p>\n"
          "<p class=\"warn\">Stale: 2 rows.</p>\n"
          "<p class=\"bad\">Overdue: 1 row.</p>\n"
          "<p>first line<br>second line</p>\n");
}

TEST_CASE("render_html_body: fields are a description list, links only where marked",
          "[render_html]") {
    doc::Document d;
    d.fields({{
        {"Topic", "A <b>bold</b> plan", doc::Tone::strong},
        {"Join", "https://meet.example.org/j/1?a=1&b='2'", doc::Tone::normal, true},
        {"Notes", "line one\nline two", doc::Tone::muted},
        {"Link", "https://example.org/", doc::Tone::normal, false},
    }});
    CHECK(render_html_body(d) ==
          "<dl>\n"
          "<dt>Topic</dt><dd class=\"strong\">A &lt;b&gt;bold&lt;/b&gt; plan</dd>\n"
          "<dt>Join</dt><dd><a href=\"https://meet.example.org/j/1?a=1&amp;b=&#39;2&#39;\">"
          "https://meet.example.org/j/1?a=1&amp;b=&#39;2&#39;</a></dd>\n"
          "<dt>Notes</dt><dd class=\"muted\">line one<br>line two</dd>\n"
          "<dt>Link</dt><dd>https://example.org/</dd>\n"
          "</dl>\n");
}

TEST_CASE("render_html_body: tables have column headers and scroll in a wrapper", "[render_html]") {
    doc::Document d;
    d.table({{"Month", "Topic"}, {{"May", "x|y\nz"}, {"June"}, {"July", "a", "dropped"}}});
    CHECK(render_html_body(d) ==
          "<div class=\"table-wrap\"><table>\n"
          "<thead>\n"
          "<tr><th scope=\"col\">Month</th><th scope=\"col\">Topic</th></tr>\n"
          "</thead>\n"
          "<tbody>\n"
          "<tr><td>May</td><td>x|y<br>z</td></tr>\n"
          "<tr><td>June</td><td></td></tr>\n"
          "<tr><td>July</td><td>a</td></tr>\n"
          "</tbody>\n"
          "</table></div>\n");
}

TEST_CASE("render_html_body: a table's row headers, a heading's anchor", "[render_html]") {
    doc::Document d;
    d.blocks.emplace_back(doc::Heading{2, "Goal coverage", "goal-\"coverage"});
    d.table({{"Id", "Goal"}, {{"G<1>", "Text"}}, true});
    CHECK(render_html_body(d) ==
          "<h2 id=\"goal-&quot;coverage\">Goal coverage</h2>\n"
          "<div class=\"table-wrap\"><table>\n"
          "<thead>\n"
          "<tr><th scope=\"col\">Id</th><th scope=\"col\">Goal</th></tr>\n"
          "</thead>\n"
          "<tbody>\n"
          "<tr><th scope=\"row\">G&lt;1&gt;</th><td>Text</td></tr>\n"
          "</tbody>\n"
          "</table></div>\n");
}

TEST_CASE("render_html_document: a page titled by the document's opening headings",
          "[render_html]") {
    doc::Document d;
    d.heading(1, "Group");
    d.heading(2, "Plan <2024>");
    d.paragraph("Text.");
    HtmlPage page;
    page.title = "Group \u00b7 Plan <2024>";
    page.body = render_html_body(d);
    CHECK(render_html_document(d) == render_html_page(page));
    CHECK(render_html_document(d).find("<title>Group \u00b7 Plan &lt;2024&gt;</title>") !=
          std::string::npos);
}

TEST_CASE("render_html_body: lists are unordered lists", "[render_html]") {
    doc::Document d;
    d.list({{"1. item", "- plain", "two\nlines"}});
    d.list({});
    CHECK(render_html_body(d) ==
          "<ul>\n"
          "<li>1. item</li>\n"
          "<li>- plain</li>\n"
          "<li>two<br>lines</li>\n"
          "</ul>\n"
          "<ul>\n"
          "</ul>\n");
}

TEST_CASE("render_html_body: hostile plan text stays text", "[render_html]") {
    doc::Document d;
    d.heading(1, "<script>alert(1)</script>");
    d.paragraph("\"><img src=x onerror=alert(1)>");
    d.list({{"</style><script>"}});
    d.fields({{
        {"Join", "javascript:alert(1)", doc::Tone::normal, false},
        // Marked as a link but not one link_problem accepts: still text.
        {"Also", "javascript:alert(1)", doc::Tone::normal, true},
        {"Http", "http://example.org/", doc::Tone::normal, true},
        {"Quote", "https://example.org/\"onmouseover=\"x", doc::Tone::normal, true},
    }});
    d.table({{"\u202Egnp.exe"}, {{"x\xFFy"}}});
    CHECK(render_html_body(d) ==
          "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>\n"
          "<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>\n"
          "<ul>\n"
          "<li>&lt;/style&gt;&lt;script&gt;</li>\n"
          "</ul>\n"
          "<dl>\n"
          "<dt>Join</dt><dd>javascript:alert(1)</dd>\n"
          "<dt>Also</dt><dd>javascript:alert(1)</dd>\n"
          "<dt>Http</dt><dd>http://example.org/</dd>\n"
          "<dt>Quote</dt><dd>https://example.org/&quot;onmouseover=&quot;x</dd>\n"
          "</dl>\n"
          "<div class=\"table-wrap\"><table>\n"
          "<thead>\n"
          "<tr><th scope=\"col\">&lt;U+202E&gt;gnp.exe</th></tr>\n"
          "</thead>\n"
          "<tbody>\n"
          "<tr><td>x\\xffy</td></tr>\n"
          "</tbody>\n"
          "</table></div>\n");
}

TEST_CASE("render_html_body: a 5000-character word is escaped text", "[render_html]") {
    const std::string word = std::string(2500, 'a') + std::string(2500, '<');
    std::string escaped = std::string(2500, 'a');
    for (int i = 0; i < 2500; ++i) {
        escaped += "&lt;";
    }
    doc::Document d;
    d.paragraph(word);
    CHECK(render_html_body(d) == "<p>" + escaped + "</p>\n");
}

TEST_CASE("render_html_page: a standalone page around the body", "[render_html]") {
    HtmlPage page;
    page.title = "Plan </title><script>x</script>";
    page.body = "<p>Body</p>\n";
    page.extra_css = ".x { color: red; } </style><script>";
    const std::string html = render_html_page(page);
    const auto style_start = html.find("<style>\n");
    const auto style_end = html.find("</style>\n");
    REQUIRE(style_start != std::string::npos);
    REQUIRE(style_end != std::string::npos);
    CHECK(html.substr(0, style_start) ==
          "<!DOCTYPE html>\n"
          "<html lang=\"en\">\n"
          "<head>\n"
          "<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
          "<meta name=\"referrer\" content=\"no-referrer\">\n"
          "<title>Plan &lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>\n");
    CHECK(html.substr(style_end) ==
          "</style>\n"
          "</head>\n"
          "<body>\n"
          "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
          "<main id=\"main\">\n"
          "<p>Body</p>\n"
          "</main>\n"
          "</body>\n"
          "</html>\n");
    const std::string css = html.substr(style_start, style_end - style_start);
    // The only "<" in the stylesheet is the one that opens it; extra_css comes last.
    CHECK(css.find('<', 1) == std::string::npos);
    CHECK(css.size() > 100);
    CHECK(css.ends_with("}\n.x { color: red; } \\3c /style>\\3c script>"));
    CHECK(css.find("@media (prefers-color-scheme: dark)") != std::string::npos);
    CHECK(css.find("@media print") != std::string::npos);
    CHECK(css.find("overflow-wrap: anywhere") != std::string::npos);
    CHECK(css.find(":focus-visible") != std::string::npos);
}

TEST_CASE("render_html_page: lang is an escaped attribute", "[render_html]") {
    HtmlPage page;
    page.lang = "de\" onload=\"x";
    CHECK(render_html_page(page).find("<html lang=\"de&quot; onload=&quot;x\">\n") !=
          std::string::npos);
}

// tests/data/sample-page.html is this page byte for byte, and tests/python/htmllib.py (the
// ctest reports.htmllib) parses it with html5lib and checks it as it checks every page iwg
// writes. After a change, the test writes the new page into its working directory: review it
// (in a browser too: phone width, dark mode, print) and copy it over the old one.
TEST_CASE("render_html_page: the sample page", "[render_html]") {
    doc::Document d;
    d.heading(1, "Summary 2024: <Plan> & more");
    d.paragraph("As of Sat 2024-06-15.", doc::Tone::muted);
    d.heading(2, "Goals");
    d.fields({{
        {"Goal", "G1 Meetings people want to attend", doc::Tone::strong},
        {"Status", "on track", doc::Tone::good},
        {"Join", "https://meet.example.org/j/123?lang=en&name='iwg'", doc::Tone::normal, true},
        {"Not a link", "javascript:alert(1)", doc::Tone::normal, false},
        {"Notes", "first line\nsecond line", doc::Tone::muted},
    }});
    d.heading(2, "Meetings");
    d.table({{"Month", "Type", "Topic"},
             {{"March", "meeting", "Table | breaker <script>alert('x')</script>"},
              {"April", "workshop", "\"><img src=x onerror=alert(1)>"},
              {"May", "meeting", "\u202Egnp.exe and \xFF invalid UTF-8"},
              {"October", "meeting", "Newline\ninside the topic"},
              {"November", "meeting", std::string(300, 'W')}}});
    d.heading(3, "Hostile notes");
    d.list({{"</style><script>alert(1)</script>", "javascript:alert(1)", "two\nlines"}});
    d.paragraph("Stale: 2 rows have not been updated.", doc::Tone::warn);
    d.paragraph("Overdue: 1 action.", doc::Tone::bad);
    HtmlPage page;
    page.title = "Summary 2024: <Plan> & more";
    page.body = render_html_body(d);
    const std::string html = render_html_page(page);

    std::ifstream file(IWG_SOURCE_DIR "/tests/data/sample-page.html", std::ios::binary);
    std::stringstream expected;
    expected << file.rdbuf();
    const bool same = expected.str() == html;
    if (!same) {
        std::ofstream("sample-page.html", std::ios::binary) << html;
    }
    INFO("the page is written to sample-page.html in the test's working directory");
    CHECK(same);
}

TEST_CASE("a page is titled by the headings its document opens with", "[html]") {
    doc::Document document;
    document.heading(1, "Implementation Working Group");
    document.heading(2, "Action Plan 2024");
    document.heading(3, "Goals");
    CHECK(page_title(document) == "Implementation Working Group \u00b7 Action Plan 2024");
    doc::Document after_paragraph;
    after_paragraph.heading(1, "Group");
    after_paragraph.paragraph("Text");
    after_paragraph.heading(2, "Not part of the title");
    CHECK(page_title(after_paragraph) == "Group");
}
