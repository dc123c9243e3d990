#include "help_text.hpp"

namespace iwg::cli {

std::string exit_codes_section(std::string_view success, std::string_view plan_errors,
                               std::string_view bad_invocation) {
    std::string out = "Exit codes:\n  0  " + std::string(success) + "\n";
    if (!plan_errors.empty()) {
        out += "  1  " + std::string(plan_errors) + "\n";
    }
    out += "  2  " + std::string(bad_invocation);
    return out;
}

}  // namespace iwg::cli
