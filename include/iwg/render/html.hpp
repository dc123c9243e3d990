// HTML rendering of report documents: body fragments for `iwg document --format html` and
// standalone pages for a static site. Plan text only ever becomes escaped text; the markup,
// the stylesheet and the Content-Security-Policy (no scripts at all) are constants.
#pragma once

#include <string>
#include <string_view>

#include "iwg/report/document.hpp"

namespace iwg {

// Plan text made inert in element text and in a quoted attribute value: & < > " ' become
// entities; control characters, invalid UTF-8, bidi embeddings, overrides and isolates,
// LRM/RLM/ALM, zero-width spaces and the BOM become visible escapes as sanitize_for_terminal
// writes them ("\x1b", "&lt;U+202E&gt;"), and so do Unicode noncharacters (an HTML parse
// error). Newlines and tabs are kept: they are white space to HTML, and the body renderer
// turns each newline into a <br>.
std::string escape_html(std::string_view text);

// The document as HTML5 elements, one block after another, each ending in a newline:
// Heading → <h1>…<h6> (its level, clamped to 1…6), Paragraph → <p>, Fields → <dl> of
// <dt>/<dd>, Table → <div class="table-wrap"><table> with <thead> (<th scope="col">) and
// <tbody>, List → <ul> of <li>. A newline inside any text becomes <br>. A tone other than
// normal becomes a class on the <p> or <dd> (muted, strong, good, warn, bad): styling only,
// the text says the same. A heading's anchor becomes its id, and a table's row headers
// <th scope="row">. The only links are fields marked `link` whose value link_problem
// accepts (an https: URL); any other value is text.
std::string render_html_body(const doc::Document& document);

// A page's title from the document it shows: its opening headings (level 1 and 2) joined by
// " · ", e.g. "Implementation Working Group · Action Plan 2024".
std::string page_title(const doc::Document& document);

// One block as render_html_body writes it, appended to `out`: for a page that puts markup of
// its own between a document's blocks.
void write_html_block(const doc::Block& block, std::string& out);

struct HtmlPage {
    std::string lang = "en";
    std::string title;      // plan text is fine: it is escaped
    std::string body;       // HTML from render_html_body (inserted as it is)
    std::string extra_css;  // the caller's constant CSS, never plan text
};

// A standalone page: doctype, <html lang>, charset, viewport, a Content-Security-Policy that
// allows no script, no remote resource and no form, the title, one inline <style> (the
// built-in stylesheet, then extra_css), a skip link and <main id="main"> around the body.
// A "<" in extra_css is written as the CSS escape "\3c " so that it cannot end the <style>.
std::string render_html_page(const HtmlPage& page);

// The document as a standalone page, titled by page_title.
std::string render_html_document(const doc::Document& document);

}  // namespace iwg
