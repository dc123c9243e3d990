// `iwg summary`: the whole plan at a glance.
#include <memory>
#include <string>

#include "common.hpp"
#include "format_option.hpp"
#include "help_text.hpp"
#include "iwg/plan/checks.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/summary.hpp"

namespace iwg::cli {
namespace {

struct SummaryOptions {
    ReportFormat format = ReportFormat::text;
    bool all = false;
};

// --all: every plan, one at a time (memory for one plan), each line as of the same date.
int run_plans_overview(const SummaryOptions& options, const GlobalOptions& global,
                       const Date& as_of) {
    const Repository repository = find_reported_plans(global);
    PlansOverview overview{as_of, {}};
    bool errors = false;
    for (const auto& location : repository.plans) {
        LoadResult loaded = load_plan_at(location, load_options(global));
        if (const auto count = loaded.diagnostics.error_count(); count > 0) {
            errors = true;
            PlanLine line;
            line.path = location.path;
            line.group = loaded.plan.group.value;
            line.title = loaded.plan.title.value;
            line.year = location.year.value_or(0);
            line.errors = static_cast<int>(count);
            overview.plans.push_back(std::move(line));
        } else {
            overview.plans.push_back(plan_line(loaded.plan, as_of));
        }
    }
    const std::string out =
        options.format == ReportFormat::json
            ? render_plans_overview_json(overview)
            : render_document(layout_plans_overview(overview), options.format, global);
    if (!write_stdout(out, output_kind(options.format))) {
        return exit_usage;
    }
    return errors ? exit_plan_errors : exit_ok;
}

int run_summary(const SummaryOptions& options, const GlobalOptions& global) {
    const Date as_of = resolve_as_of(global);
    if (options.all) {
        return run_plans_overview(options, global, as_of);
    }
    const ChosenPlan chosen = discover_plan(global, as_of);
    auto loaded = load_checked_plan(chosen.location, global);
    if (!loaded) {
        return loaded.error();
    }
    SummaryReport report = build_summary(loaded->plan);
    report.plan.one_of_several = chosen.one_of_several;
    const std::string out = options.format == ReportFormat::json
                                ? render_summary_json(report)
                                : render_document(layout_summary(report), options.format, global);
    return write_stdout(out, output_kind(options.format)) ? exit_ok : exit_usage;
}

}  // namespace

Command add_summary_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<SummaryOptions>();
    CLI::App* app = root.add_subcommand("summary", "The whole plan at a glance");
    add_format_option(*app, options->format,
                      {ReportFormat::text, ReportFormat::markdown, ReportFormat::json});
    app->add_flag("-a,--all", options->all,
                  "One line per plan found (group, year, meetings,\nopen actions), as of --as-of");
    app->footer(exit_codes_section("success", "the plan has errors"));
    return {app, [options, &global] { return run_summary(*options, global); }};
}

}  // namespace iwg::cli
