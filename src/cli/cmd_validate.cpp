// `iwg validate`: every finding about one or more plans, in a format for people or for CI.
#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/plan/checks.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/report/validation.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    ValidationFormat format = ValidationFormat::text;
    bool strict = false;
    bool quiet = false;
    unsigned jobs = 0;  // 0: one per core
};

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
    // Hooks pass the files a change touched: each stands for its plan (find_plans).
    Repository repository = find_plans_of_group(global, options.paths);
    const unsigned jobs =
        options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
    const std::vector<CheckedPlan> plans = check_repository(repository, load_options(global), jobs);
    ValidationReport report = build_plans_validation_report(plans, std::move(repository.findings));
    const SourceLookup sources = source_lookup(plans);
    // Only the files with findings are kept (check_repository): a budget on those is smaller.
    report.output_budget = validation_output_budget(report.files, sources);

    Diagnostics all;
    for (const auto& d : report.diagnostics) {
        all.items().push_back(d);
    }
    const int code = exit_code_for(all, options.strict);

    std::string out;
    OutputKind kind = OutputKind::json;
    switch (options.format) {
        case ValidationFormat::json:
            out = render_validation_json(report);
            break;
        case ValidationFormat::github:
            out = render_validation_github(report);
            kind = OutputKind::workflow_commands;
            break;
        case ValidationFormat::sarif:
            out = render_validation_sarif(report, sources);
            break;
        case ValidationFormat::text:
            out =
                render_validation_text(report, sources, stdout_text_style(global), !options.quiet);
            kind = OutputKind::text;
            break;
    }
    if (!write_stdout(out, kind)) {
        return exit_usage;
    }
    return code;
}

}  // namespace

Command add_validate_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* app = root.add_subcommand("validate", "Check plans and report every finding");
    app->add_option("paths", options->paths,
                    "Plans, plan files or directories of plans\n"
                    "(default: --plan, $IWG_PLAN, then ./plans)")
        ->type_name("PATH");
    add_enum_option(*app, "-f,--format", options->format,
                    "Output: text (default), json, github (workflow\ncommands) or sarif")
        ->type_name("FORMAT");
    app->add_flag("--strict", options->strict, "Exit 1 on warnings too");
    app->add_flag("-q,--quiet", options->quiet, "Text format: no summary line");
    app->add_option("-j,--jobs", options->jobs,
                    "Check this many plans at once (default: one\nper core)")
        ->check(whole_number(1, 256, "jobs"))
        ->type_name("N");
    app->footer("Rules and their ids: docs/validation.md.\n\n" +
                exit_codes_section("no errors (and no warnings, under --strict)",
                                   "errors, or warnings under --strict"));
    return {app, [options, &global] { return run_validate(*options, global); }};
}

}  // namespace iwg::cli
