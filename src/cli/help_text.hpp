// Pieces of --help text that every command words the same way.
#pragma once

#include <string>
#include <string_view>

namespace iwg::cli {

// What exit 2 means for every command that reads a plan.
inline constexpr std::string_view bad_invocation_or_input =
    "bad invocation, unreadable input, or output that cannot be written";

// The one "Exit codes:" section of a command's help. An empty `plan_errors` leaves out
// exit 1 (the command never returns it). Every section ends with the closed pipe (141).
std::string exit_codes_section(std::string_view success, std::string_view plan_errors,
                               std::string_view bad_invocation = bad_invocation_or_input);

}  // namespace iwg::cli
