// The terminal iwg writes to: whether to colour, how wide to wrap. Plan text is made safe
// for it by util/terminal_text's sanitize_for_terminal.
#pragma once

#include <array>

#include "iwg/util/enum_words.hpp"

namespace iwg {

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

}  // namespace iwg
