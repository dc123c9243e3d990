// Where a YAML scalar's text stands in its file. yaml-cpp's events give a scalar's start mark
// only; its end is found here from the source text, the way YAML ends each style. The allow
// comments use it (a '#' inside a scalar is text, not a comment), and so can a command that
// edits a value in place.
#pragma once

#include <cstddef>
#include <string_view>

namespace iwg {

enum class ScalarStyle { plain, single_quoted, double_quoted, literal, folded };

// [begin, end) byte offsets of a scalar in its file: from its first character (the quote, or
// the '|' or '>' of a block scalar, after any tag) to just after its last (the closing quote;
// the last character of a block scalar's last content line or of a plain scalar's last
// continuation line).
struct ScalarExtent {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The style of the scalar whose event mark is at `mark` (a tag such as `!!str` before it is
// skipped), and in `begin` where the scalar itself starts.
ScalarStyle scalar_style_at(std::string_view text, std::size_t mark, std::size_t& begin);

// The extent of the scalar that starts at `begin` (scalar_style_at) in `style`. `in_flow`: the
// scalar is inside a flow collection ([…], {…}), where a plain scalar ends at , ] } too.
// Never reads past the end of `text`; a scalar cut short (an unclosed quote) ends there.
ScalarExtent scalar_extent(std::string_view text, std::size_t begin, ScalarStyle style,
                           bool in_flow = false);

}  // namespace iwg
