// Small text helpers shared by the loader, the checks and the month parser.
#pragma once

#include <string>
#include <string_view>

namespace iwg {

// Plan text quoted for a finding's message: 'text', cut to at most 60 bytes (never inside a
// UTF-8 sequence) and marked '...' when cut, so a long value cannot swamp the message.
std::string quote_for_message(std::string_view text);

// ASCII lower case; other bytes (UTF-8 sequences included) are kept as they are.
std::string lower_ascii(std::string_view text);

}  // namespace iwg
