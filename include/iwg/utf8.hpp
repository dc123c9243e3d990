// UTF-8 decoding shared by the loader's byte checks and the terminal sanitizer.
#pragma once

#include <cstddef>
#include <string_view>

namespace iwg {

// Decodes the sequence starting at text[i] into `code_point` and returns its length in bytes,
// or 0 when it is not valid UTF-8 (truncated, overlong, a surrogate, or above U+10FFFF).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& code_point);

}  // namespace iwg
