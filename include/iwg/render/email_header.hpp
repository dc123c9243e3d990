// E-mail headers for the reminder's email format (RFC 5322 lines, RFC 2047 encoded words).
#pragma once

#include <optional>
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

// Why `text` cannot be a From or To header's value, or nullopt when it can: one or more
// mailboxes separated by commas, each "local@domain" or "Display Name <local@domain>", in
// printable ASCII, with no character that could end the header or start another.
std::optional<std::string> mailbox_list_problem(std::string_view text);

// The same for a From header: exactly one mailbox.
std::optional<std::string> mailbox_problem(std::string_view text);

// The domain of the first mailbox ("example.org" for "IWG <iwg@example.org>"), or empty.
std::string mail_domain(std::string_view mailboxes);

}  // namespace iwg
