// `iwg status`: where the plan stands on a date.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "common.hpp"
#include "format_option.hpp"
#include "help_text.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/status.hpp"

namespace iwg::cli {
namespace {

struct StatusOptions {
    ReportFormat format = ReportFormat::text;
    bool fail_on_stale = false;
};

int run_status(const StatusOptions& options, const GlobalOptions& global) {
    const Date as_of = resolve_as_of(global);
    const ChosenPlan chosen = discover_plan(global, as_of);
    auto loaded = load_checked_plan(chosen.location, global);
    if (!loaded) {
        return loaded.error();
    }
    StatusReport report = build_status(loaded->plan, as_of);
    report.plan.one_of_several = chosen.one_of_several;
    const std::string out = options.format == ReportFormat::json
                                ? render_status_json(report)
                                : render_document(layout_status(report), options.format, global);
    if (!write_stdout(out, output_kind(options.format))) {
        return exit_usage;
    }
    if (options.fail_on_stale && report.stale > 0) {
        print_error(global,
                    fmt::format("{} past and still planned or confirmed (--fail-on-stale)",
                                report.stale == 1 ? std::string("1 row is")
                                                  : fmt::format("{} rows are", report.stale)));
        return exit_plan_errors;
    }
    return exit_ok;
}

}  // namespace

Command add_status_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<StatusOptions>();
    CLI::App* app = root.add_subcommand("status", "Where the plan stands today (or --as-of)");
    add_format_option(*app, options->format,
                      {ReportFormat::text, ReportFormat::markdown, ReportFormat::json});
    app->add_flag("--fail-on-stale", options->fail_on_stale,
                  "Exit 1 when a past row is still planned or\nconfirmed (for scheduled CI)");
    app->footer(exit_codes_section("success",
                                   "the plan has errors, or under --fail-on-stale a past row\n"
                                   "     is still planned or confirmed"));
    return {app, [options, &global] { return run_status(*options, global); }};
}

}  // namespace iwg::cli
