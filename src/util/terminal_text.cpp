#include "iwg/util/terminal_text.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "iwg/util/utf8.hpp"

namespace iwg {

std::string sanitize_for_terminal(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        if (cp == '\n' && keep_newlines) {
            out += '\n';
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += '\t';
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            out += fmt::format("\\x{:02x}", static_cast<std::uint32_t>(cp));
        } else if (is_layout_control(cp) || is_invisible(cp)) {
            out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(cp));
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

namespace {

// Columns a character takes in a terminal: 0 for combining marks and zero-width characters,
// 2 for East Asian wide and fullwidth characters and most emoji, else 1. A small table of
// ranges, enough to line up plan text; no locale is consulted.
int column_width(char32_t cp) {
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B ||
        cp == 0x200C || cp == 0x200D || cp == 0x2060) {
        return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
        (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
        return 2;
    }
    return 1;
}

}  // namespace

int display_width(std::string_view text) {
    int width = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        width += length == 0 ? 1 : column_width(cp);
        i += std::max<std::size_t>(length, 1);
    }
    return width;
}

}  // namespace iwg
