#include "iwg/input/source.hpp"

#include <algorithm>
#include <cstring>

namespace iwg {
namespace {

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The first line feed in [p, last), or last. memchr looks at many bytes at a time.
const char* next_line_feed(const char* p, const char* last) {
    const void* found = std::memchr(p, '\n', static_cast<std::size_t>(last - p));
    return found != nullptr ? static_cast<const char*>(found) : last;
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    const char* const first = text_.data();
    const char* const last = first + text_.size();
    for (const char* start = first;;) {
        const char* const feed = next_line_feed(start, last);
        const auto begin = static_cast<std::size_t>(start - first);
        line_starts_.push_back(static_cast<std::uint32_t>(begin));
        const auto end = static_cast<std::size_t>(feed - first) + (feed != last ? 1 : 0);
        if (end - begin >= checkpoint_stride) {
            LongLine& long_line = long_lines_.emplace_back(LongLine{line_starts_.size() - 1, {}});
            int column = 1;
            for (std::size_t i = begin; i < end; ++i) {
                if ((i - begin) % checkpoint_stride == 0) {
                    long_line.columns.push_back(column);
                }
                if (!is_continuation_byte(text_[i])) {
                    ++column;
                }
            }
        }
        if (feed == last) {
            break;
        }
        start = feed + 1;
    }
}

std::string_view SourceFile::line_text(int line) const {
    if (line < 1 || line > line_count()) {
        return {};
    }
    const std::size_t begin = line_starts_[static_cast<std::size_t>(line - 1)];
    const char* const first = text_.data();
    std::size_t end =
        static_cast<std::size_t>(next_line_feed(first + begin, first + text_.size()) - first);
    if (end > begin && text_[end - 1] == '\r') {
        --end;
    }
    return std::string_view(text_).substr(begin, end - begin);
}

const std::vector<int>& SourceFile::checkpoints(std::size_t line_index) const {
    // Every line of checkpoint_stride bytes or more has them.
    const auto it = std::lower_bound(
        long_lines_.begin(), long_lines_.end(), line_index,
        [](const LongLine& long_line, std::size_t line) { return long_line.line < line; });
    return it->columns;
}

Position SourceFile::position_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
    const std::size_t line_start = line_starts_[line_index];
    std::size_t from = line_start;
    int column = 1;
    // On a long line, start counting from the nearest checkpoint: every lookup stays short.
    if (offset - line_start >= checkpoint_stride) {
        const std::vector<int>& marks = checkpoints(line_index);
        const std::size_t k = std::min((offset - line_start) / checkpoint_stride, marks.size() - 1);
        from = line_start + k * checkpoint_stride;
        column = marks[k];
    }
    for (std::size_t i = from; i < offset; ++i) {
        if (!is_continuation_byte(text_[i])) {
            ++column;
        }
    }
    return {static_cast<int>(line_index) + 1, column};
}

std::size_t SourceFile::byte_in_line(int line, int column) const {
    if (line < 1 || line > line_count() || column < 1) {
        return 0;
    }
    const std::string_view text = line_text(line);
    std::size_t i = 0;
    int at = 1;
    if (text.size() >= checkpoint_stride) {
        // marks[k] is the column of the first character that starts at or after byte k*stride.
        const std::vector<int>& marks = checkpoints(static_cast<std::size_t>(line - 1));
        const auto k = static_cast<std::size_t>(
            std::upper_bound(marks.begin(), marks.end(), column) - marks.begin());
        if (k > 0) {
            i = (k - 1) * checkpoint_stride;
            at = marks[k - 1];
            while (i < text.size() && is_continuation_byte(text[i])) {
                ++i;
            }
        }
    }
    while (i < text.size() && at < column) {
        ++i;
        while (i < text.size() && is_continuation_byte(text[i])) {
            ++i;
        }
        ++at;
    }
    return i;
}

Location SourceFile::locate(const Span& span) const {
    Location location = location_at(span.offset);
    if (span.columns > 0) {
        location.end = location.start;
        location.end.column += static_cast<int>(span.columns);
    }
    return location;
}

Position SourceFile::position_from_mark(int line0, int byte_column0) const {
    if (line0 < 0 || line0 >= line_count()) {
        return position_at(text_.size());
    }
    const std::size_t start = line_starts_[static_cast<std::size_t>(line0)];
    return position_at(start + static_cast<std::size_t>(std::max(byte_column0, 0)));
}

int count_code_points(std::string_view text) {
    int count = 0;
    for (char c : text) {
        if (!is_continuation_byte(c)) {
            ++count;
        }
    }
    return count;
}

}  // namespace iwg
