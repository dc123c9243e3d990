// Small text helpers shared by the loader, the checks, the renderers and the command line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace iwg {

// Plan text quoted for a finding's message: 'text', cut to at most 60 bytes (never inside a
// UTF-8 sequence) and marked '...' when cut, so a long value cannot swamp the message.
std::string quote_for_message(std::string_view text);

// ASCII lower case; other bytes (UTF-8 sequences included) are kept as they are.
std::string lower_ascii(std::string_view text);
char lower_ascii(char c);

// Equal when ASCII letters are compared without case (the words iwg reads are ASCII).
bool equal_ignoring_case(std::string_view a, std::string_view b);

// "1 goal", "3 goals": a count with the noun that agrees with it.
std::string count_of(long long count, std::string_view one, std::string_view many);

// FNV-1a, 64 bits: a stable hash for identifiers that must not change between runs.
std::uint64_t fnv1a(std::string_view text);

bool is_ascii_digit(char c);
// One or more ASCII digits and nothing else (no sign, no space).
bool is_decimal_digits(std::string_view text);

}  // namespace iwg
