#include "help_text.hpp"

namespace iwg::cli {

std::string exit_codes_section(std::string_view success, std::string_view plan_errors,
                               std::string_view bad_invocation) {
    std::string out = "Exit codes:\n  0  " + std::string(success) + "\n";
    if (!plan_errors.empty()) {
        out += "  1  " + std::string(plan_errors) + "\n";
    }
    out += "  2  " + std::string(bad_invocation) + "\n";
    // Killed by SIGPIPE, as other tools are, so that `iwg agenda | head -1` prints no error.
    out +=
        "  141  (from the shell) the reader closed the pipe early, e.g. | head:\n"
        "       iwg ends quietly, by SIGPIPE";
    return out;
}

}  // namespace iwg::cli
