// Checks for option values, with messages in iwg's words rather than CLI11's.
// CLI11 reports a failed check as "<option>: <message>" (a CLI::ValidationError).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace iwg::cli {

// One of `choices`, in any case; the value becomes the choice's own spelling.
// "'alwyas' is not auto, always or never"
CLI::Validator one_of(std::vector<std::string> choices);

// A whole number from `min` to `max`: "'1.5' is not a whole number of days from 0 to 366".
CLI::Validator whole_number(std::uint64_t min, std::uint64_t max, std::string unit);

// A month as parse_month_spec reads it (may, 5, 2024-05, next, …), with its error and the
// accepted forms; an empty value is an error, not "no month".
CLI::Validator month_value();

// Anything but the empty string, which would otherwise read as "not given".
CLI::Validator not_empty();

}  // namespace iwg::cli
