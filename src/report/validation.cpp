#include "iwg/report/validation.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "iwg/util/text_util.hpp"

namespace iwg {

ValidationReport build_validation_report(std::vector<std::string> files, Diagnostics diagnostics) {
    ValidationReport report;
    std::unordered_set<std::string> seen;
    for (auto& file : files) {
        if (seen.insert(file).second) {
            report.files.push_back(std::move(file));
        }
    }
    diagnostics.sort();
    diagnostics.limit_each_rule_per_file(findings_per_rule_and_file);
    report.errors = diagnostics.error_count();
    report.warnings = diagnostics.warning_count();
    report.diagnostics = std::move(diagnostics.items());
    return report;
}

std::string validation_summary(const ValidationReport& report) {
    const auto count = [](std::size_t n, std::string_view one, std::string_view many) {
        return count_of(static_cast<long long>(n), one, many);
    };
    const std::string files = count(report.files.size(), "file", "files");
    if (report.diagnostics.empty()) {
        return "ok: no problems in " + files;
    }
    return fmt::format("{}, {} in {}", count(report.errors, "error", "errors"),
                       count(report.warnings, "warning", "warnings"), files);
}

std::string render_validation_text(const ValidationReport& report, const SourceLookup& sources,
                                   const TextStyle& style, bool summary) {
    std::string out;
    for (const auto& diagnostic : report.diagnostics) {
        out += render_diagnostic_text(diagnostic, sources, style);
    }
    if (summary) {
        if (!out.empty()) {
            out += '\n';
        }
        out += validation_summary(report) + '\n';
    }
    return out;
}

}  // namespace iwg
