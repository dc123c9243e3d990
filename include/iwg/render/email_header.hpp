// E-mail headers for the reminder's email format (RFC 5322 lines, RFC 2047 encoded words).
#pragma once

#include <string>
#include <string_view>

namespace iwg {

// One header line, "Name: value", with the value RFC 2047-encoded (UTF-8, base64, encoded
// words of at most 75 characters, never splitting a character) when it holds non-ASCII bytes
// or "=?", else folded at spaces to 78 columns. A line that is no header is returned as it is.
std::string encode_header_line(std::string_view line);

// A message: each line up to the first empty one through encode_header_line; the body after
// it as it is.
std::string encode_email_headers(const std::string& message);

}  // namespace iwg
