// Text rendering: documents for people at a terminal, and findings like a compiler prints them.
#pragma once

#include <functional>
#include <string>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/input/source.hpp"
#include "iwg/report/document.hpp"

namespace iwg {

struct TextStyle {
    bool color = false;
    int width = 80;  // wrap column
};

std::string render_text(const doc::Document& document, const TextStyle& style);

// "file:line:col: error[E102]: message", the source line, a caret, then "  = hint: …".
std::string render_diagnostic_text(const Diagnostic& diagnostic, const SourceLookup& sources,
                                   const TextStyle& style);

// Word-wraps `text` to `width` columns; continuation lines get `indent` spaces.
std::string wrap_text(std::string_view text, int width, int first_indent, int indent);

}  // namespace iwg
