#include "iwg/input/plan_text.hpp"

#include <cstdint>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"
#include "iwg/util/utf8.hpp"

namespace iwg {

namespace {

// Bytes of a UTF-8 character, or 1 for a byte that does not start one.
std::size_t step_at(std::string_view text, std::size_t i) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
        return 1;
    }
    char32_t cp = 0;
    const std::size_t length = decode_utf8(text, i, cp);
    return length > 0 ? length : 1;
}

// Lines and columns of the bytes reported, asked in increasing order. Most files have no bad
// byte: the check counts lines and columns only up to the last one it reports.
class Positions {
  public:
    explicit Positions(std::string_view text) : text_(text) {}

    // `offset` starts a character (or is a byte that starts none) and is not before the last.
    Position at(std::size_t offset) {
        while (counted_ < offset) {
            if (text_[counted_] == '\n') {
                ++line_;
                column_ = 1;
                ++counted_;
            } else {
                ++column_;
                counted_ += step_at(text_, counted_);
            }
        }
        return {line_, column_};
    }

  private:
    std::string_view text_;
    std::size_t counted_ = 0;
    int line_ = 1;
    int column_ = 1;
};

bool needs_check(unsigned char byte) {
    return byte < 0x20 ? byte != '\n' && byte != '\t' : byte >= 0x7F;
}

// The first byte at or after `i` that needs a closer look: a control character other than tab
// and line feed, DEL, or any byte of a non-ASCII character; text.size() when none does.
std::size_t next_to_check(std::string_view text, std::size_t i) {
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    // Eight bytes at a time: a word goes byte by byte only when one of its bytes needs a look.
    // Each test below is exact for a word of ASCII bytes (no carries between bytes); a word
    // with a byte of 0x80 or more goes byte by byte anyway.
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7Fu;
    const auto bytes_equal = [&](std::uint64_t word, unsigned char byte) {
        const std::uint64_t differ = word ^ (ones * byte);
        return ~(((differ & lows) + lows) | differ) & highs;
    };
    while (i + 8 <= size) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        const std::uint64_t below_space = ~(word + ones * 0x60) & highs;  // 0x20 + 0x60 = 0x80
        const std::uint64_t line_or_tab = bytes_equal(word, '\n') | bytes_equal(word, '\t');
        const std::uint64_t del = (word + ones) & highs;  // 0x7F + 1 = 0x80
        if (((below_space & ~line_or_tab) | del | (word & highs)) != 0) {
            for (const std::size_t end = i + 8; i < end; ++i) {
                if (needs_check(bytes[i])) {
                    return i;
                }
            }
        } else {
            i += 8;
        }
    }
    for (; i < size; ++i) {
        if (needs_check(bytes[i])) {
            return i;
        }
    }
    return size;
}

}  // namespace

bool check_plan_text(const std::string& path, std::string& text, Diagnostics& diagnostics) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.erase(0, 3);
    }
    constexpr int max_findings = 5;
    int findings = 0;
    Positions positions(text);
    Position first_unshown;
    auto report = [&](std::size_t at, const Rule& rule, std::string message,
                      std::string hint = {}) {
        if (findings == max_findings) {
            first_unshown = positions.at(at);
        }
        if (findings < max_findings) {
            diagnostics.add(rule, Location{path, positions.at(at), {}}, std::move(message),
                            std::move(hint));
        }
        ++findings;
    };
    for (std::size_t i = next_to_check(text, 0); i < text.size(); i = next_to_check(text, i)) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
                report(i, rules::control_character,
                       "carriage return (CR) without a line feed; lines must end in LF or CR+LF");
            } else if ((byte < 0x20 && byte != '\t' && byte != '\r') || byte == 0x7F) {
                report(i, rules::control_character,
                       byte == 0 ? std::string("NUL byte (U+0000) is not allowed")
                                 : fmt::format("control character U+{:04X} is not allowed", byte));
            }
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        const bool valid = length > 0;
        if (!valid) {
            report(i, rules::invalid_utf8, fmt::format("invalid UTF-8 byte 0x{:02X}", byte),
                   "save the file as UTF-8");
            ++i;
            continue;
        }
        if (cp == 0xFEFF) {
            // Allowed first (stripped above); elsewhere it hides in keys: 'group' != 'group'.
            report(i, rules::control_character,
                   "byte-order mark (U+FEFF) inside the file; only the very start may hold one");
        } else if (cp >= 0x80 && cp < 0xA0) {
            report(i, rules::control_character,
                   fmt::format("control character U+{:04X} is not allowed",
                               static_cast<std::uint32_t>(cp)));
        }
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
