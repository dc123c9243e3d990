// UTF-8 decoding shared by the loader's byte checks and the terminal sanitizer.
#pragma once

#include <cstddef>
#include <string_view>

namespace iwg {

// Decodes the sequence starting at text[i] into `code_point` and returns its length in bytes,
// or 0 when it is not valid UTF-8 (truncated, overlong, a surrogate, or above U+10FFFF).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& code_point);

// Control characters other than tab, line feed and carriage return: C0, DEL and C1.
bool is_control(char32_t code_point);

// Characters that reorder or break text where it is shown: bidirectional embeddings,
// overrides and isolates (U+202A-202E, U+2066-2069), line and paragraph separators.
// Plan text may not hold them (nor controls); terminals get them escaped.
bool is_layout_control(char32_t code_point);

// Characters a reader cannot see: marks, zero-width spaces and joiners' cousins, a
// byte-order mark. Allowed in plan text (right-to-left scripts use marks), but escaped in
// messages, where an invisible character could make 'group' look like 'group'.
bool is_invisible(char32_t code_point);

}  // namespace iwg
