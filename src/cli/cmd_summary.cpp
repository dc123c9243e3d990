// `iwg summary`: the whole plan at a glance.
#include <memory>
#include <string>

#include "common.hpp"
#include "format_option.hpp"
#include "help_text.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/summary.hpp"

namespace iwg::cli {
namespace {

struct SummaryOptions {
    ReportFormat format = ReportFormat::text;
};

int run_summary(const SummaryOptions& options, const GlobalOptions& global) {
    const Date as_of = resolve_as_of(global);
    const std::string path = discover_plan(global, as_of);
    LoadResult loaded;
    if (auto code = load_checked_plan(path, global, loaded)) {
        return *code;
    }
    const SummaryReport report = build_summary(loaded.plan);
    const std::string out = options.format == ReportFormat::json
                                ? dump_json(summary_to_json(report))
                                : render_document(layout_summary(report), options.format, global);
    return write_stdout(out) ? exit_ok : exit_usage;
}

}  // namespace

Command add_summary_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<SummaryOptions>();
    CLI::App* app = root.add_subcommand("summary", "The whole plan at a glance");
    add_format_option(*app, options->format,
                      {ReportFormat::text, ReportFormat::markdown, ReportFormat::json});
    app->footer(exit_codes_section("success", "the plan has errors"));
    return {app, [options, &global] { return run_summary(*options, global); }};
}

}  // namespace iwg::cli
