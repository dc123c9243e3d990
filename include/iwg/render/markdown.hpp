// Markdown rendering of report documents, for websites and wikis (GitHub-flavoured tables).
#pragma once

#include <string>
#include <string_view>

#include "iwg/report/document.hpp"

namespace iwg {

// Plan text made inert inside a Markdown line or table cell: control characters and invalid
// UTF-8 become visible escapes, HTML-significant characters become entities, Markdown
// punctuation and `|` are backslash-escaped, and newlines become spaces so text stays in its
// heading or table row (renderers that strip raw HTML would drop a <br> and glue the lines).
std::string escape_markdown(std::string_view text);

// The same for text that may span lines, in a paragraph or a list item whose content starts
// `indent` columns in: each line ends in a hard break (two spaces, which CommonMark,
// cmark-gfm and Python-Markdown all honour) and the next is indented to stay in the item,
// its start escaped as a line start's.
std::string escape_markdown_lines(std::string_view text, std::size_t indent);

// The same for text that starts a line (after any leading spaces, which are kept): what would
// open a block there (- + = or 1. / 1)) is backslash-escaped too. Used by the Markdown
// renderer and by Markdown reminder templates, so both escape plan text alike.
std::string escape_markdown_line_start(std::string_view text);

// Headings become #…, fields a bullet list with bold labels, tables pipe tables, lists
// bullet lists; blocks are separated by one blank line, and two lists in a row by a thematic
// break (---), since renderers merge lists that only a blank line separates. Tones are
// ignored.
std::string render_markdown(const doc::Document& document);

}  // namespace iwg
