#include "iwg/input/plan_text.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "iwg/input/utf8.hpp"
#include "iwg/plan/rules.hpp"

namespace iwg {

bool check_plan_text(const std::string& path, std::string& text, Diagnostics& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.erase(0, 3);
    }
    constexpr int max_findings = 5;
    int findings = 0;
    int line = 1;
    int column = 1;
    Position first_unshown;
    auto report = [&](const Rule& rule, std::string message, std::string hint = {}) {
        if (findings == max_findings) {
            first_unshown = {line, column};
        }
        if (findings < max_findings) {
            diagnostics.add(rule, Location{path, {line, column}, {}}, std::move(message),
                            std::move(hint));
        }
        ++findings;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        if (byte < 0x80) {
            if (byte == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
                report(rules::control_character,
                       "carriage return (CR) without a line feed; lines must end in LF or CR+LF");
            } else if ((byte < 0x20 && byte != '\t' && byte != '\r') || byte == 0x7F) {
                report(rules::control_character,
                       byte == 0 ? std::string("NUL byte (U+0000) is not allowed")
                                 : fmt::format("control character U+{:04X} is not allowed", byte));
            }
            ++column;
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        const bool valid = length > 0;
        if (!valid) {
            report(rules::invalid_utf8, fmt::format("invalid UTF-8 byte 0x{:02X}", byte),
                   "save the file as UTF-8");
            ++column;
            ++i;
            continue;
        }
        if (cp == 0xFEFF) {
            // Allowed first (stripped above); elsewhere it hides in keys: 'group' != 'group'.
            report(rules::control_character,
                   "byte-order mark (U+FEFF) inside the file; only the very start may hold one");
        } else if (cp >= 0x80 && cp < 0xA0) {
            report(rules::control_character,
                   fmt::format("control character U+{:04X} is not allowed",
                               static_cast<std::uint32_t>(cp)));
        }
        ++column;
        i += length;
    }
    if (findings > max_findings) {
        // Counted under the rule of the last finding shown.
        diagnostics.add(*diagnostics.items().back().rule, Location{path, first_unshown, {}},
                        fmt::format("{} more bad characters in this file, from here on, not shown",
                                    findings - max_findings));
    }
    return findings == 0;
}

}  // namespace iwg
