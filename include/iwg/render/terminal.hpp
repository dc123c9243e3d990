// What may reach a terminal or a CI log: plan text is escaped so it cannot move the cursor,
// change colours, reorder text (bidi controls) or inject log commands; colour is our choice.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "iwg/util/enum_words.hpp"

namespace iwg {

// Replaces control characters (C0 but tab, DEL, C1), bidi overrides and isolates, and invalid
// UTF-8 with visible escapes such as "\x1b" and "<U+202E>". Newlines are kept when
// keep_newlines, else escaped as "\n".
std::string sanitize_for_terminal(std::string_view text, bool keep_newlines = false);

enum class ColorMode { auto_, always, never };
constexpr std::array<EnumWord<ColorMode>, 3> words_of(ColorMode) {
    return {{
        {ColorMode::auto_, "auto"},
        {ColorMode::always, "always"},
        {ColorMode::never, "never"},
    }};
}

// auto: no colour when NO_COLOR is set and not empty; else colour when CLICOLOR_FORCE is set
// and not "0"; else when `fd` is a terminal and TERM is not "dumb". always/never as they are.
bool use_color(ColorMode mode, int fd);

// Where text output wraps: a terminal's width (40 to 100 columns), else 80.
int output_width(int fd);

// Display width in terminal columns: wide (CJK) characters take 2, combining marks 0.
int display_width(std::string_view text);

}  // namespace iwg
