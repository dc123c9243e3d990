#include "iwg/render/html.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "iwg/util/link.hpp"
#include "iwg/util/terminal_text.hpp"
#include "iwg/util/utf8.hpp"

namespace iwg {
namespace {

// U+FDD0-FDEF and the last two code points of every plane: valid UTF-8, but an HTML parse
// error, so they are shown as escapes like the invisible characters.
bool is_noncharacter(char32_t cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

// The characters that are markup in element text or a quoted attribute value.
std::string_view entity_of(char32_t cp) {
    switch (cp) {
        case '&':
            return "&amp;";
        case '<':
            return "&lt;";
        case '>':
            return "&gt;";
        case '"':
            return "&quot;";
        case '\'':
            return "&#39;";
        default:
            return {};
    }
}

}  // namespace

std::string escape_html(std::string_view text) {
    // The terminal's sanitizer first, as Markdown does, so that every format shows the same
    // escapes for the same hostile text; its output is valid UTF-8.
    const std::string clean = sanitize_for_terminal(text, /*keep_newlines=*/true);
    std::string out;
    out.reserve(clean.size());
    for (std::size_t i = 0; i < clean.size();) {
        char32_t cp = 0;
        const std::size_t length = std::max<std::size_t>(decode_utf8(clean, i, cp), 1);
        if (const std::string_view entity = entity_of(cp); !entity.empty()) {
            out += entity;
        } else if (is_noncharacter(cp)) {
            out += fmt::format("&lt;U+{:04X}&gt;", static_cast<std::uint32_t>(cp));
        } else {
            out.append(clean, i, length);
        }
        i += length;
    }
    return out;
}

namespace {

// Element text: escaped, and each line of plan text on a line of its own.
std::string text_html(std::string_view text) {
    std::string out;
    for (char c : escape_html(text)) {
        if (c == '\n') {
            out += "<br>";
        } else {
            out += c;
        }
    }
    return out;
}

// Tones are styling only (the text says the same): a tone's word is its class, and normal
// text has none.
std::string class_attribute(doc::Tone tone) {
    return tone == doc::Tone::normal ? "" : fmt::format(" class=\"{}\"", to_string(tone));
}

// One block's HTML, appended to `out`.
struct BlockHtml {
    std::string& out;

    void operator()(const doc::Heading& heading) const {
        const int level = std::clamp(heading.level, 1, 6);
        out += fmt::format("<h{0}{1}>{2}</h{0}>\n", level,
                           heading.anchor.empty()
                               ? std::string()
                               : fmt::format(" id=\"{}\"", escape_html(heading.anchor)),
                           text_html(heading.text));
    }

    void operator()(const doc::Paragraph& paragraph) const {
        out += fmt::format("<p{}>{}</p>\n", class_attribute(paragraph.tone),
                           text_html(paragraph.text));
    }

    void operator()(const doc::Fields& fields) const {
        out += "<dl>\n";
        for (const auto& field : fields.items) {
            // link_problem again, though the report checked it: a link is the one place plan
            // text becomes markup, so it never rests on a caller alone.
            const bool link = field.link && !link_problem(field.value);
            const std::string value =
                link ? fmt::format("<a href=\"{0}\">{0}</a>", escape_html(field.value))
                     : text_html(field.value);
            out += fmt::format("<dt>{}</dt><dd{}>{}</dd>\n", text_html(field.label),
                               class_attribute(field.tone), value);
        }
        out += "</dl>\n";
    }

    // Cells beyond the headers are dropped and missing ones left empty, as in the other
    // formats. The wrapper scrolls a table wider than a phone instead of the whole page.
    void operator()(const doc::Table& table) const {
        const std::size_t columns = table.headers.size();
        out += "<div class=\"table-wrap\"><table>\n<thead>\n<tr>";
        for (const auto& header : table.headers) {
            out += fmt::format("<th scope=\"col\">{}</th>", text_html(header));
        }
        out += "</tr>\n</thead>\n<tbody>\n";
        for (const auto& row : table.rows) {
            out += "<tr>";
            for (std::size_t c = 0; c < columns; ++c) {
                const std::string cell = c < row.size() ? text_html(row[c]) : "";
                out += c == 0 && table.row_headers ? fmt::format("<th scope=\"row\">{}</th>", cell)
                                                   : fmt::format("<td>{}</td>", cell);
            }
            out += "</tr>\n";
        }
        out += "</tbody>\n</table></div>\n";
    }

    void operator()(const doc::List& list) const {
        out += "<ul>\n";
        for (const auto& item : list.items) {
            out += fmt::format("<li>{}</li>\n", text_html(item));
        }
        out += "</ul>\n";
    }
};

// The built-in stylesheet. Colours and their contrast ratios (WCAG 2.1; AA asks 4.5:1 for
// text, 3:1 for borders and focus rings), against the page and, in brackets, against the
// table headers' background:
//   light, page #ffffff, headers #f3f4f6:
//     text #1f2328 15.80 (14.35), muted #57606a 6.39 (5.81), good #116329 7.39 (6.72),
//     warn #7d4e00 7.09 (6.44), bad #b3261e 6.54 (5.94), link and focus #0550ae 7.59 (6.90),
//     borders #8c959f 3.04
//   dark, page #0d1117, headers #161b22:
//     text #e6edf3 16.02 (14.64), muted #9ea7b3 7.78 (7.11), good #56d364 9.82 (8.98),
//     warn #e3b341 9.72 (8.89), bad #ff7b72 7.51 (6.86), link and focus #79c0ff 9.73 (8.89),
//     borders #6e7681 4.12
//   print: text #000000 on #ffffff 21.0, the tones as in light.
// Long words break anywhere, so that no plan text widens the page on a 360 px phone; but in
// a table cell words stay whole (anywhere would let a long cell squeeze the other columns to
// a letter or two), and a table wider than the screen scrolls inside its wrapper; on a phone
// each row reads as one line of its cells instead. On paper,
// where nothing scrolls, columns are of equal width and words break anywhere.
constexpr std::string_view stylesheet = R"css(:root {
  color-scheme: light dark;
  --bg: #ffffff; --header-bg: #f3f4f6; --text: #1f2328; --muted: #57606a;
  --good: #116329; --warn: #7d4e00; --bad: #b3261e; --link: #0550ae; --border: #8c959f;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --header-bg: #161b22; --text: #e6edf3; --muted: #9ea7b3;
    --good: #56d364; --warn: #e3b341; --bad: #ff7b72; --link: #79c0ff; --border: #6e7681;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif;
  font-size: 1rem; line-height: 1.5; overflow-wrap: anywhere;
}
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5rem 0 0.5rem; }
h1 { font-size: 1.75rem; margin-top: 0.5rem; }
h2 { font-size: 1.375rem; }
h3 { font-size: 1.125rem; }
p, ul, dl { margin: 0 0 1rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip {
  position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem;
  background: var(--bg); border: 2px solid var(--link);
}
.skip:focus { top: 0.5rem; }
dl {
  display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: 0.25rem 1rem;
}
dt { font-weight: 600; }
dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td {
  padding: 0.375rem 0.5rem; text-align: start; vertical-align: top; overflow-wrap: break-word;
  border-bottom: 1px solid var(--border);
}
th { background: var(--header-bg); }
/* On a phone a row reads as one line of its cells ("April · meeting · planned · Topic"):
   a table as wide as its longest column would hide its last one, the topic, off screen. */
@media (max-width: 30rem) {
  dl { display: block; }
  dd { margin: 0 0 0.5rem; }
  .table-wrap table, .table-wrap tbody, .table-wrap tr { display: block; }
  .table-wrap thead {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  }
  .table-wrap tr { padding: 0.375rem 0; border-bottom: 1px solid var(--border); }
  .table-wrap td, .table-wrap tbody th { display: inline; padding: 0; border: 0; }
  .table-wrap td:empty { display: none; }
  .table-wrap td + td::before, .table-wrap th + td::before {
    content: " \00b7  "; color: var(--muted);
  }
}
.muted { color: var(--muted); }
.strong { font-weight: 600; }
.good { color: var(--good); }
.warn { color: var(--warn); }
.bad { color: var(--bad); }
@media print {
  @page { size: A4; margin: 15mm; }
  :root {
    color-scheme: light;
    --bg: #ffffff; --header-bg: #ffffff; --text: #000000; --muted: #57606a;
    --good: #116329; --warn: #7d4e00; --bad: #b3261e; --link: #0550ae; --border: #8c959f;
  }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  .table-wrap { overflow: visible; }
  table { table-layout: fixed; }
  th, td { overflow-wrap: anywhere; }
  tr, dt, dd, li { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
}
)css";

}  // namespace

// "Implementation Working Group · Action Plan 2024": the headings (level 1 and 2) the
// document opens with.
std::string page_title(const doc::Document& document) {
    std::string title;
    for (const auto& block : document.blocks) {
        const auto* heading = std::get_if<doc::Heading>(&block);
        if (heading == nullptr || heading->level > 2) {
            break;
        }
        title += (title.empty() ? "" : " \u00b7 ") + heading->text;
    }
    return title;
}

void write_html_block(const doc::Block& block, std::string& out) {
    std::visit(BlockHtml{out}, block);
}

std::string render_html_body(const doc::Document& document) {
    std::string out;
    for (const auto& block : document.blocks) {
        write_html_block(block, out);
    }
    return out;
}

std::string render_html_document(const doc::Document& document) {
    HtmlPage page;
    page.title = page_title(document);
    page.body = render_html_body(document);
    return render_html_page(page);
}

std::string render_html_page(const HtmlPage& page) {
    std::string extra_css;
    for (char c : page.extra_css) {
        if (c == '<') {
            extra_css += "\\3c ";
        } else {
            extra_css += c;
        }
    }
    // No referrer: a meeting's host does not learn which page (and plan) a link was on.
    return fmt::format(
        "<!DOCTYPE html>\n"
        "<html lang=\"{}\">\n"
        "<head>\n"
        "<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<title>{}</title>\n"
        "<style>\n{}{}</style>\n"
        "</head>\n"
        "<body>\n"
        "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        "<main id=\"main\">\n"
        "{}"
        "</main>\n</body>\n</html>\n",
        escape_html(page.lang), escape_html(page.title), stylesheet, extra_css, page.body);
}

}  // namespace iwg
