#include "iwg/source.hpp"

#include <algorithm>

namespace iwg {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') {
            line_starts_.push_back(i + 1);
        }
    }
}

std::string_view SourceFile::line_text(int line) const {
    if (line < 1 || line > line_count()) {
        return {};
    }
    const std::size_t begin = line_starts_[static_cast<std::size_t>(line - 1)];
    std::size_t end = static_cast<std::size_t>(line) < line_starts_.size()
                          ? line_starts_[static_cast<std::size_t>(line)] - 1
                          : text_.size();
    if (end > begin && text_[end - 1] == '\r') {
        --end;
    }
    return std::string_view(text_).substr(begin, end - begin);
}

namespace {
bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
}  // namespace

Position SourceFile::position_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    const std::size_t line_start = line_starts_[line_index];
    const int line = static_cast<int>(line_index) + 1;

    std::size_t from = line_start;
    int column = 1;
    if (memo_position_.line == line && memo_offset_ >= line_start && memo_offset_ <= offset) {
        from = memo_offset_;
        column = memo_position_.column;
    }
    for (std::size_t i = from; i < offset; ++i) {
        if (!is_continuation_byte(text_[i])) {
            ++column;
        }
    }
    memo_offset_ = offset;
    memo_position_ = {line, column};
    return {line, column};
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
