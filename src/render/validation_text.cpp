// `iwg validate`'s text: findings as render_diagnostic_text prints them, then the summary.
#include "iwg/render/validation.hpp"

#include <string>

#include "iwg/util/terminal_text.hpp"

namespace iwg {

std::string render_validation_text(const ValidationReport& report, const SourceLookup& sources,
                                   const TextStyle& style, bool summary) {
    std::string out;
    const auto rendered = [&](const Diagnostic& d) {
        return d.accepted ? std::string() : render_diagnostic_text(d, sources, style);
    };
    // The summary names each plan with problems: it is kept room for, whatever its length.
    // It names plans by their paths: plan text, as the findings are.
    const std::string summary_line =
        summary ? sanitize_for_terminal(validation_summary(report)) + '\n' : std::string();
    const std::size_t kept = summary_line.size() + validation_tail_reserve;
    const std::size_t room = report.output_budget > kept ? report.output_budget - kept : 0;
    const std::size_t listed =
        listed_findings(report, room, [&](const Diagnostic& d) { return rendered(d).size(); });
    for (std::size_t i = 0; i < listed; ++i) {
        out += rendered(report.diagnostics[i]);
    }
    if (const auto more = unlisted_findings(report, listed, false)) {
        out += render_diagnostic_text(*more, sources, style);
    }
    if (summary) {
        if (!out.empty()) {
            out += '\n';
        }
        out += summary_line;
    }
    return out;
}

}  // namespace iwg
