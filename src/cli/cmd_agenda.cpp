// `iwg agenda`: what a month (or a range of months) of the plan holds.
#include <optional>
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
    // Read before the plan is looked for, so that a bad month is a usage error (exit 2) even
    // when the plan is broken; a month without a year takes the plan's once it is loaded.
    const auto month = read_month_option("--month", options.month, as_of);
    const auto first = read_month_option("--from", options.from, as_of);
    const auto last = read_month_option("--to", options.to, as_of);
    // "--month next" in December, or "--from 2025-01", asks for next year's plan.
    const std::optional<MonthOption>& named = month ? month : first;
    const ChosenPlan chosen = discover_plan(global, as_of, named ? named->year : std::nullopt);
    auto loaded = load_checked_plan(chosen.location, global);
    if (!loaded) {
        return loaded.error();
    }
    const Plan& plan = loaded->plan;
    const int year = plan.year.value;

    YearMonth from{year, 1};
    YearMonth to{year, 12};
    if (month) {
        from = to = month->in_year(year);
    } else if (first || last) {
        if (first) {
            from = first->in_year(year);
        }
        if (last) {
            to = last->in_year(year);
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
            out = render_document(layout_agenda(report), options.format, global);
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
