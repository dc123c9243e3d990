#include "iwg/report/validation.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

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
    diagnostics.limit_each_rule_per_file();
    report.errors = diagnostics.error_count();
    report.warnings = diagnostics.warning_count();
    report.accepted = diagnostics.accepted_count();
    report.diagnostics = std::move(diagnostics.items());
    return report;
}

ValidationReport build_plans_validation_report(const std::vector<CheckedPlan>& plans,
                                               Diagnostics layout) {
    std::vector<std::string> files;
    std::vector<PlanOutcome> outcomes;
    for (const auto& plan : plans) {
        Diagnostics limited = plan.diagnostics;
        limited.limit_each_rule_per_file();
        outcomes.push_back({plan.location.path, limited.error_count(), limited.warning_count(),
                            limited.accepted_count(), plan.files.size()});
        files.insert(files.end(), plan.files.begin(), plan.files.end());
        layout.append(plan.diagnostics);
    }
    ValidationReport report = build_validation_report(std::move(files), std::move(layout));
    report.plans = std::move(outcomes);
    return report;
}

namespace {

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return count_of(static_cast<long long>(n), one, many);
}

// "2 errors", "1 warning", "2 errors, 1 warning"; empty for none.
std::string problems(std::size_t errors, std::size_t warnings) {
    std::string out = errors > 0 ? count(errors, "error", "errors") : "";
    if (warnings > 0) {
        out += fmt::format("{}{}", out.empty() ? "" : ", ", count(warnings, "warning", "warnings"));
    }
    return out;
}

// Plans without problems are named up to this many, then counted.
constexpr std::size_t ok_plans_named = 5;

}  // namespace

std::string validation_summary(const ValidationReport& report) {
    const std::string files = count(report.files.size(), "file", "files");
    const std::string accepted =
        report.accepted == 0
            ? ""
            : fmt::format(" ({} accepted)", count(report.accepted, "finding", "findings"));
    if (report.plans.size() <= 1) {
        if (report.errors + report.warnings == 0) {
            return fmt::format("ok: no problems in {}{}", files, accepted);
        }
        return fmt::format("{}, {} in {}{}", count(report.errors, "error", "errors"),
                           count(report.warnings, "warning", "warnings"), files, accepted);
    }
    std::vector<std::string> parts;
    std::vector<std::string_view> ok;
    std::size_t plan_errors = 0;
    std::size_t plan_warnings = 0;
    for (const auto& plan : report.plans) {
        plan_errors += plan.errors;
        plan_warnings += plan.warnings;
        if (plan.errors + plan.warnings == 0) {
            ok.push_back(plan.path);
        } else {
            parts.push_back(
                fmt::format("{} in {}", problems(plan.errors, plan.warnings), plan.path));
        }
    }
    if (ok.size() <= ok_plans_named) {
        for (const auto path : ok) {
            parts.push_back(fmt::format("{} ok", path));
        }
    } else {
        parts.push_back(fmt::format("{}{} ok", count(ok.size(), "plan", "plans"),
                                    parts.empty() ? "" : " more"));
    }
    if (const std::string layout =
            problems(report.errors - plan_errors, report.warnings - plan_warnings);
        !layout.empty()) {
        parts.push_back(fmt::format("{} in the layout", layout));
    }
    parts.push_back(files);
    return fmt::format("{}{}", fmt::join(parts, "; "), accepted);
}

std::size_t validation_output_budget(const std::vector<std::string>& files,
                                     const SourceLookup& sources) {
    std::size_t input = 0;
    for (const auto& file : files) {
        const SourceFile* source = sources ? sources(file) : nullptr;
        input += file.size() + (source != nullptr ? source->text().size() : 0);
    }
    return 32 * input + 64 * 1024;
}

std::size_t listed_findings(const ValidationReport& report, std::size_t room,
                            const std::function<std::size_t(const Diagnostic&)>& cost) {
    std::size_t used = 0;
    for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
        used += cost(report.diagnostics[i]);
        if (used > room) {
            return i;
        }
    }
    return report.diagnostics.size();
}

std::optional<Diagnostic> unlisted_findings(const ValidationReport& report, std::size_t listed,
                                            bool with_accepted) {
    std::size_t findings = 0;
    std::size_t accepted = 0;
    bool errors = false;
    const Diagnostic* first = nullptr;
    for (std::size_t i = listed; i < report.diagnostics.size(); ++i) {
        const Diagnostic& d = report.diagnostics[i];
        if (d.accepted && !with_accepted) {
            continue;
        }
        first = first != nullptr ? first : &d;
        findings += d.stands_for;
        accepted += d.accepted ? d.stands_for : 0;
        errors = errors || (!d.accepted && d.severity == Severity::error);
    }
    if (first == nullptr) {
        return std::nullopt;
    }
    Diagnostic more = *first;
    more.severity = errors ? Severity::error : Severity::warning;
    more.hint.clear();
    more.related.reset();
    more.related_message.clear();
    more.accepted = false;
    more.justification.clear();
    more.stands_for = findings;
    more.message = fmt::format(
        "{} more {}{}, from here on, not listed: the output stops at its budget of {} bytes "
        "(32 per byte of the files read and their names, plus 64 KiB); the summary counts "
        "them all",
        findings, findings == 1 ? "finding" : "findings",
        accepted > 0 ? fmt::format(" ({} accepted)", accepted) : std::string(),
        report.output_budget);
    return more;
}

}  // namespace iwg
