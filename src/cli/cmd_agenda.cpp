// `iwg agenda`: what a month (or a range of months) of the plan holds.
#include <string>

#include <fmt/format.h>

#include "common.hpp"
#include "format_option.hpp"
#include "help_text.hpp"
#include "iwg/render/ics.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/agenda.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

struct AgendaOptions {
    std::string month;
    std::string from;
    std::string to;
    bool all = false;
    ReportFormat format = ReportFormat::text;
    std::string tz;
};

int run_agenda(const AgendaOptions& options, const GlobalOptions& global) {
    const Date as_of = resolve_as_of(global);
    for (const auto& [option, text] :
         {std::pair{"--month", &options.month}, std::pair{"--from", &options.from},
          std::pair{"--to", &options.to}}) {
        if (!text->empty()) {
            (void)parse_month_option(option, *text, as_of.year, as_of);  // usage first: exit 2
        }
    }
    // "--month next" in December, or "--from 2025-01", asks for next year's plan.
    const std::string& first_month = !options.month.empty() ? options.month : options.from;
    const ChosenPlan chosen = discover_plan(
        global, as_of, first_month.empty() ? std::nullopt : year_named_by(first_month, as_of));
    LoadResult loaded;
    if (auto code = load_checked_plan(chosen.location, global, loaded)) {
        return *code;
    }
    const Plan& plan = loaded.plan;
    const int year = plan.year.value;

    YearMonth from{year, 1};
    YearMonth to{year, 12};
    if (!options.month.empty()) {
        from = to = parse_month_option("--month", options.month, year, as_of);
    } else if (!options.from.empty() || !options.to.empty()) {
        if (!options.from.empty()) {
            from = parse_month_option("--from", options.from, year, as_of);
        }
        if (!options.to.empty()) {
            to = parse_month_option("--to", options.to, year, as_of);
        }
        if (to < from) {
            throw UsageError{fmt::format("--from {} comes after --to {}",
                                         sanitize_for_terminal(options.from),
                                         sanitize_for_terminal(options.to))};
        }
    } else if (!options.all) {
        from = to = YearMonth{as_of.year, as_of.month};
    }

    AgendaReport report = build_agenda(plan, from, to, options.all, reader_zone(options.tz));
    report.plan.one_of_several = chosen.one_of_several;
    std::string out;
    switch (options.format) {
        case ReportFormat::json:
            out = render_agenda_json(report);
            break;
        case ReportFormat::ics:
            out = render_ics(report, as_of);
            break;
        case ReportFormat::text:
        case ReportFormat::markdown:
        case ReportFormat::html:  // html is not offered
            out = render_layout([&report](doc::Sink& sink) { layout_agenda(report, sink); },
                                options.format, global);
            break;
    }
    return write_stdout(out, output_kind(options.format)) ? exit_ok : exit_usage;
}

}  // namespace

Command add_agenda_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<AgendaOptions>();
    CLI::App* app = root.add_subcommand("agenda", "What a month holds (default: this month)");
    auto* month = app->add_option("-m,--month", options->month,
                                  "The month: may, 5, 2024-05, current, next, previous")
                      ->type_name("MONTH")
                      ->check(month_value());
    auto* from = app->add_option("--from", options->from, "First month of a range")
                     ->type_name("MONTH")
                     ->check(month_value())
                     ->excludes(month);
    auto* to = app->add_option("--to", options->to, "Last month of a range")
                   ->type_name("MONTH")
                   ->check(month_value())
                   ->excludes(month);
    app->add_flag("--all", options->all, "The whole year, with unscheduled rows")
        ->excludes(month)
        ->excludes(from)
        ->excludes(to);
    add_format_option(
        *app, options->format,
        {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::ics});
    add_tz_option(*app, options->tz);
    app->footer(exit_codes_section("success", "the plan has errors"));
    return {app, [options, &global] { return run_agenda(*options, global); }};
}

}  // namespace iwg::cli
