// `iwg document`: the whole plan as the document it came from.
#include <memory>
#include <string>

#include "common.hpp"
#include "format_option.hpp"
#include "help_text.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/plan_document.hpp"

namespace iwg::cli {
namespace {

struct DocumentOptions {
    ReportFormat format = ReportFormat::text;
};

int run_document(const DocumentOptions& options, const GlobalOptions& global) {
    const ChosenPlan chosen = discover_plan(global, resolve_as_of(global));
    auto loaded = load_checked_plan(chosen.location, global);
    if (!loaded) {
        return loaded.error();
    }
    PlanDocument document = build_plan_document(loaded->plan);
    document.plan.one_of_several = chosen.one_of_several;
    const std::string out =
        options.format == ReportFormat::json
            ? render_document_json(document)
            : render_document(layout_plan_document(document), options.format, global);
    return write_stdout(out, output_kind(options.format)) ? exit_ok : exit_usage;
}

}  // namespace

Command add_document_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<DocumentOptions>();
    CLI::App* app = root.add_subcommand(
        "document", "The whole plan as a document: introduction, goals,\nactions, meetings");
    add_format_option(
        *app, options->format,
        {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::html});
    app->footer(exit_codes_section("success", "the plan has errors"));
    return {app, [options, &global] { return run_document(*options, global); }};
}

}  // namespace iwg::cli
