#include "iwg/util/piece_text.hpp"

namespace iwg {

void PieceText::seal_if_full() {
    if (current_.size() < piece_size) {
        return;
    }
    sealed_size_ += current_.size();
    pieces_.push_back(std::move(current_));
    current_ = std::string();
    current_.reserve(piece_size + piece_size / 4);  // most pieces then grow no more
}

std::string PieceText::take(std::size_t extra) {
    if (pieces_.empty()) {
        std::string text = std::move(current_);
        current_ = std::string();
        return text;
    }
    std::string text;
    text.reserve(size() + extra);
    for (auto& piece : pieces_) {
        text += piece;
        std::string().swap(piece);  // freed as it is copied
    }
    text += current_;
    pieces_.clear();
    sealed_size_ = 0;
    current_ = std::string();
    return text;
}

}  // namespace iwg
