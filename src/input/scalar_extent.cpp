#include "iwg/input/scalar_extent.hpp"

#include <algorithm>

namespace iwg {
namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

std::size_t line_start(std::string_view text, std::size_t at) {
    const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t line_end(std::string_view text, std::size_t at) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    if (end > at && text[end - 1] == '\r') {
        --end;
    }
    return end;
}

// Spaces at the start of the line that starts at `start`.
std::size_t indent_of(std::string_view text, std::size_t start) {
    std::size_t n = start;
    while (n < text.size() && text[n] == ' ') {
        ++n;
    }
    return n - start;
}

// Past the tags and anchors (`!!str`, `!<…>`, `&a`) from `at` and the blanks after each, up
// to `stop`.
std::size_t skip_properties(std::string_view text, std::size_t at, std::size_t stop) {
    while (at < stop && (text[at] == '!' || text[at] == '&')) {
        while (at < stop && !is_blank(text[at])) {
            ++at;
        }
        while (at < stop && is_blank(text[at])) {
            ++at;
        }
    }
    return at;
}

// The indentation of the line's node: the column of the key (`  - notes: |` → 4), or of the
// last '-' when what follows it is the item itself (`- |` → 0). `begin` ends the line's part
// that is read; `whole`: nothing but spaces, properties or a comment before it on its line.
std::size_t node_indent(std::string_view text, std::size_t start, std::size_t begin, bool& whole);

// The indentation of the node that holds the scalar at `begin`. A scalar that starts its line
// (`notes:` above, `|` or `!!str |` below it) belongs to the key of the nearest line above that
// holds something other than a comment or properties: its column is not the header's.
std::size_t parent_indent(std::string_view text, std::size_t begin) {
    std::size_t start = line_start(text, begin);
    bool whole = false;
    std::size_t indent = node_indent(text, start, begin, whole);
    while (whole && start > 0) {
        start = line_start(text, start - 1);
        const std::size_t stop = line_end(text, start);
        const std::size_t first = start + indent_of(text, start);
        if (first >= stop || text[first] == '#') {
            continue;  // a blank line or a comment holds no node
        }
        indent = node_indent(text, start, stop, whole);  // whole: only properties
    }
    return indent;
}

std::size_t node_indent(std::string_view text, std::size_t start, std::size_t begin, bool& whole) {
    std::size_t at = start;
    std::size_t last_dash = std::string_view::npos;
    for (;;) {
        while (at < begin && text[at] == ' ') {
            ++at;
        }
        if (at + 1 < begin && text[at] == '-' && is_blank(text[at + 1])) {
            last_dash = at;
            ++at;
            continue;
        }
        break;
    }
    // A tag or an anchor (`!!str`, `&a`) and a comment belong to no node of their own: a line
    // that holds only them leaves the node to the line above, as a blank line does.
    const std::size_t node = at;
    at = skip_properties(text, at, begin);
    if (at < begin && text[at] == '#') {
        at = begin;
    }
    whole = at >= begin && last_dash == std::string_view::npos;
    if (at >= begin && last_dash != std::string_view::npos) {
        return last_dash - start;
    }
    return node - start;
}

std::size_t quoted_end(std::string_view text, std::size_t begin, char quote) {
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // \" and \\ are not the end
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // '' is a quote inside
                continue;
            }
            return i + 1;
        }
    }
    return text.size();
}

std::size_t block_end(std::string_view text, std::size_t begin) {
    const std::size_t header_end = line_end(text, begin);
    // An explicit indentation indicator (|2, >-1, |+2): a digit in the header.
    int indicator = 0;
    for (std::size_t i = begin + 1; i < header_end && !is_blank(text[i]); ++i) {
        if (text[i] >= '1' && text[i] <= '9') {
            indicator = text[i] - '0';
        }
    }
    const std::size_t parent = parent_indent(text, begin);
    std::size_t content_indent = indicator > 0 ? parent + static_cast<std::size_t>(indicator) : 0;
    std::size_t end = header_end;
    for (std::size_t next = text.find('\n', header_end);
         next != std::string_view::npos && next + 1 < text.size();) {
        const std::size_t start = next + 1;
        const std::size_t stop = line_end(text, start);
        const std::size_t indent = indent_of(text, start);
        const bool blank = start + indent >= stop;
        if (!blank) {
            if (content_indent == 0) {
                if (indent <= parent) {
                    break;  // an empty scalar: the next node follows
                }
                content_indent = indent;
            }
            if (indent < content_indent) {
                break;
            }
            end = stop;
        }
        next = text.find('\n', start);
    }
    return end;
}

// Where a plain scalar's text on one line ends, from `at`; sets `more` when a continuation
// line may follow (the line ended, not a comment, a ': ' or a flow indicator).
std::size_t plain_line_end(std::string_view text, std::size_t at, bool in_flow, bool& more) {
    const std::size_t stop = line_end(text, at);
    std::size_t last = at;  // after the last non-blank character
    for (std::size_t i = at; i < stop; ++i) {
        const char c = text[i];
        if (c == '#' && i > at && is_blank(text[i - 1])) {
            more = false;
            return last;
        }
        if (c == ':' &&
            (i + 1 >= stop || is_blank(text[i + 1]) ||
             (in_flow && std::string_view(",[]{}").find(text[i + 1]) != std::string_view::npos))) {
            more = false;
            return last;
        }
        if (in_flow && std::string_view(",[]{}").find(c) != std::string_view::npos) {
            more = false;
            return last;
        }
        if (!is_blank(c)) {
            last = i + 1;
        }
    }
    more = true;
    return last;
}

std::size_t plain_end(std::string_view text, std::size_t begin, bool in_flow) {
    bool more = false;
    std::size_t end = plain_line_end(text, begin, in_flow, more);
    const std::size_t parent = parent_indent(text, begin);
    for (std::size_t next = text.find('\n', begin);
         more && next != std::string_view::npos && next + 1 < text.size();
         next = text.find('\n', next + 1)) {
        const std::size_t start = next + 1;
        const std::size_t stop = line_end(text, start);
        std::size_t first = start;
        while (first < stop && is_blank(text[first])) {
            ++first;
        }
        if (first >= stop) {
            continue;  // a blank line folds into the scalar
        }
        if (text[first] == '#' || (!in_flow && first - start <= parent) ||
            (first + 2 < text.size() && text.substr(start, 3) == "---") ||
            text.substr(start, 3) == "...") {
            break;
        }
        const std::size_t line = plain_line_end(text, first, in_flow, more);
        if (line == first) {
            break;  // nothing of the scalar on it (a flow indicator)
        }
        end = line;
    }
    return end;
}

}  // namespace

ScalarStyle scalar_style_at(std::string_view text, std::size_t mark, std::size_t& begin) {
    begin = std::min(mark, text.size());
    // A tag (!!str, !local, !<…>) or an anchor (&name), and the blanks, line breaks and
    // comments after it: the scalar may start lines below its properties.
    while (begin < text.size() && (text[begin] == '!' || text[begin] == '&')) {
        while (begin < text.size() && !is_blank(text[begin]) && text[begin] != '\n' &&
               text[begin] != '\r') {
            ++begin;
        }
        while (begin < text.size()) {
            if (is_blank(text[begin]) || text[begin] == '\n' || text[begin] == '\r') {
                ++begin;
            } else if (text[begin] == '#') {
                begin = std::min(text.find('\n', begin), text.size());
            } else {
                break;
            }
        }
    }
    if (begin >= text.size()) {
        return ScalarStyle::plain;
    }
    switch (text[begin]) {
        case '\'':
            return ScalarStyle::single_quoted;
        case '"':
            return ScalarStyle::double_quoted;
        case '|':
            return ScalarStyle::literal;
        case '>':
            return ScalarStyle::folded;
        default:
            return ScalarStyle::plain;
    }
}

ScalarExtent scalar_extent(std::string_view text, std::size_t begin, ScalarStyle style,
                           bool in_flow) {
    begin = std::min(begin, text.size());
    switch (style) {
        case ScalarStyle::single_quoted:
            return {begin, quoted_end(text, begin, '\'')};
        case ScalarStyle::double_quoted:
            return {begin, quoted_end(text, begin, '"')};
        case ScalarStyle::literal:
        case ScalarStyle::folded:
            return {begin, block_end(text, begin)};
        case ScalarStyle::plain:
            break;
    }
    return {begin, plain_end(text, begin, in_flow)};
}

}  // namespace iwg
