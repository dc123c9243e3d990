// The result of `iwg validate` as data; render/validation.hpp renders it (text, JSON, GitHub
// Actions workflow commands, SARIF 2.1.0). docs/validation.md describes each format.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/input/source.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/util/enum_words.hpp"

namespace iwg {

// `iwg validate --format`.
enum class ValidationFormat { text, json, github, sarif };
constexpr std::array<EnumWord<ValidationFormat>, 4> words_of(ValidationFormat) {
    return {{
        {ValidationFormat::text, "text"},
        {ValidationFormat::json, "json"},
        {ValidationFormat::github, "github"},
        {ValidationFormat::sarif, "sarif"},
    }};
}

// One plan of a repository, as the summary names it.
struct PlanOutcome {
    std::string path;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t accepted = 0;
    std::size_t files = 0;
};

struct ValidationReport {
    std::vector<std::string> files;       // every file read, in load order, without repeats
    std::vector<Diagnostic> diagnostics;  // sorted by file, then position; accepted ones too
    std::size_t errors = 0;               // not counting accepted findings
    std::size_t warnings = 0;
    std::size_t accepted = 0;
    // The plans checked, by path; the layout's findings (skipped paths, …) belong to none.
    std::vector<PlanOutcome> plans;
    // The bytes a rendering may hold (validation_output_budget): findings are listed in order
    // while they fit, and one finding counts the rest. The counts above are of every finding.
    std::size_t output_budget = SIZE_MAX;
};

// The output budget of a run (docs/security.md): 32 bytes per byte of input (the files read
// and their paths), plus 64 KiB.
std::size_t validation_output_budget(const std::vector<std::string>& files,
                                     const SourceLookup& sources);

// How many of report.diagnostics a rendering lists: findings in order while the bytes they
// cost (`cost` of each) fit in `room`. The rest are told by unlisted_findings.
std::size_t listed_findings(const ValidationReport& report, std::size_t room,
                            const std::function<std::size_t(const Diagnostic&)>& cost);
// One finding that counts the findings from `listed` on, at the first of them; nullopt when
// there are none. `with_accepted`: the format lists accepted findings too.
std::optional<Diagnostic> unlisted_findings(const ValidationReport& report, std::size_t listed,
                                            bool with_accepted);
// Bytes kept free, past the findings, for what a rendering writes after them.
inline constexpr std::size_t validation_tail_reserve = 4096;

// Sorts the findings and counts them.
ValidationReport build_validation_report(std::vector<std::string> files, Diagnostics diagnostics);
// The report over the plans of a repository, in their order, with the layout's findings.
ValidationReport build_plans_validation_report(const std::vector<CheckedPlan>& plans,
                                               Diagnostics layout);

// One plan: "2 errors, 1 warning in 4 files", or "ok: no problems in 4 files". Several:
// "2 errors in plans/2024; plans/2025 ok; 8 files". Either way "(1 finding accepted)" after.
std::string validation_summary(const ValidationReport& report);

}  // namespace iwg
