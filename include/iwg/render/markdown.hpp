// Markdown rendering of report documents, for websites and wikis (GitHub-flavoured tables).
#pragma once

#include <string>
#include <string_view>

#include "iwg/report/document.hpp"

namespace iwg {

// Plan text made inert inside a Markdown line or table cell: control characters and invalid
// UTF-8 become visible escapes, HTML-significant characters become entities, Markdown
// punctuation and `|` are backslash-escaped, and newlines become <br> so text stays in its
// line, list item or table row.
std::string escape_markdown(std::string_view text);

// The same for text that starts a line (after any leading spaces, which are kept): what would
// open a block there (- + = or 1. / 1)) is backslash-escaped too. Used by the Markdown
// renderer and by Markdown reminder templates, so both escape plan text alike.
std::string escape_markdown_line_start(std::string_view text);

// Headings become #…, fields a bullet list with bold labels, tables pipe tables, lists
// bullet lists; blocks are separated by one blank line. Tones are ignored.
std::string render_markdown(const doc::Document& document);

}  // namespace iwg
