// Text written in pieces and joined once: how reports build their output.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace iwg {

// Text appended in pieces of about a mebibyte and joined once, at its exact size, each piece
// freed as it is copied. One string grown by doubling holds up to twice the text while it
// grows, and a report's output runs to tens of megabytes (docs/performance.md).
class PieceText {
  public:
    static constexpr std::size_t piece_size = std::size_t{1} << 20;

    PieceText& operator+=(std::string_view text) {
        current_ += text;
        seal_if_full();
        return *this;
    }
    PieceText& operator+=(char c) {
        current_ += c;
        seal_if_full();
        return *this;
    }
    void append(std::size_t count, char c) {
        current_.append(count, c);
        seal_if_full();
    }
    bool empty() const { return sealed_size_ == 0 && current_.empty(); }
    std::size_t size() const { return sealed_size_ + current_.size(); }
    // The text, with room for `extra` more bytes; leaves this empty.
    std::string take(std::size_t extra = 0);

  private:
    void seal_if_full();

    std::vector<std::string> pieces_;
    std::size_t sealed_size_ = 0;  // bytes in pieces_
    std::string current_;
};

}  // namespace iwg
