// `iwg init [--from PLAN] [--year YEAR] DIR`: writes a new plan directory, next year's plan
// started from this year's or an empty skeleton, all at once or not at all.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/plan/plan_writer.hpp"
#include "iwg/util/atomic_write.hpp"
#include "iwg/util/text_util.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

constexpr int last_year = 9999;

struct InitOptions {
    std::string from;
    int year = 0;
    bool year_given = false;
    std::string dir;
};

// Writes the files, turning a refusal or a failed write into iwg's message (exit 2).
void write_plan_directory(const std::string& dir, const std::vector<GeneratedFile>& files) {
    try {
        write_directory_atomically(dir, files);
    } catch (const WriteError& e) {
        if (e.kind() == WriteError::Kind::exists) {
            throw UsageError{
                fmt::format("{}: {}; init writes a new plan directory and never overwrites one",
                            sanitize_for_terminal(dir), e.reason())};
        }
        throw UsageError{
            fmt::format("{}: {}", sanitize_for_terminal(e.path().string()), e.reason())};
    }
}

int run_init(const InitOptions& options, const GlobalOptions& global) {
    const Date as_of = resolve_as_of(global);
    if (options.from.empty()) {
        const int year = options.year_given ? options.year : as_of.year;
        write_plan_directory(options.dir, skeleton_plan(year, schema_line_for(options.dir)));
        return write_stdout(fmt::format("wrote {}: a skeleton plan for {}; iwg validate names "
                                        "each text to fill in\n",
                                        sanitize_for_terminal(options.dir), year))
                   ? exit_ok
                   : exit_usage;
    }

    // --from is found as --plan is; a directory of years gives the year before --year if it
    // has it, else its latest year.
    std::error_code ec;
    if (!std::filesystem::exists(options.from, ec)) {
        throw UsageError{
            fmt::format("--from: '{}' does not exist", sanitize_for_terminal(options.from))};
    }
    GlobalOptions from_global = global;
    from_global.plan = options.from;
    const ChosenPlan chosen =
        discover_plan(from_global, as_of, options.year_given ? options.year - 1 : last_year + 1);
    const std::string& path = chosen.location.path;
    auto loaded = load_checked_plan(chosen.location, global);
    if (!loaded) {
        return loaded.error();
    }
    const Plan& from = loaded->plan;
    if (!options.year_given && from.year.value >= last_year) {
        throw UsageError{fmt::format("the plan in {} is for {}; give the new plan's --year",
                                     sanitize_for_terminal(path), from.year.value)};
    }
    const int year = options.year_given ? options.year : from.year.value + 1;
    write_plan_directory(options.dir, next_year_plan(from, year, schema_line_for(options.dir)));
    const auto open_actions = std::count_if(from.actions.begin(), from.actions.end(),
                                            [](const Action& a) { return carried_over(a); });
    return write_stdout(fmt::format(
               "wrote {} from {}: {}, {}, {} months to fill in\n",
               sanitize_for_terminal(options.dir), sanitize_for_terminal(path),
               count_of(static_cast<long long>(from.goals.size()), "goal", "goals"),
               count_of(open_actions, "open action", "open actions"), months_to_fill_in))
               ? exit_ok
               : exit_usage;
}

}  // namespace

Command add_init_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<InitOptions>();
    CLI::App* app = root.add_subcommand("init", "Start a new plan directory, e.g. next year's");
    app->add_option("--from", options->from, "Start from this plan (found as --plan is)")
        ->type_name("PATH")
        ->check(not_empty());
    app->add_option_function<int>(
           "--year",
           [options](int year) {
               options->year = year;
               options->year_given = true;
           },
           "The new plan's year (default: --from's year + 1)")
        ->type_name("YEAR")
        ->check(whole_number(1000, 9999, ""));
    app->add_option("dir", options->dir, "The new plan's directory: must not exist, or be empty")
        ->required()
        ->type_name("DIR")
        ->check(not_empty());
    app->footer(
        "With --from, the new plan keeps the group, the introduction, the focus areas and the\n"
        "goals, takes the title with the year changed, and carries the actions that are not\n"
        "done or dropped, planned again. Meetings are not carried: meetings.yaml has one\n"
        "commented row per month to fill in. --from may name a directory of years, as --plan\n"
        "may: it gives the year before --year, else its latest. Without --from, the files are\n"
        "a skeleton for --year (default: the --as-of year) whose empty texts\n"
        "'iwg validate DIR' names. DIR is written all at once; an existing file or a\n"
        "non-empty directory is never overwritten.\n\n" +
        exit_codes_section("success", "the --from plan has errors",
                           "bad invocation, unreadable input, DIR not empty, or a write that "
                           "failed"));
    return {app, [options, &global] { return run_init(*options, global); }};
}

}  // namespace iwg::cli
