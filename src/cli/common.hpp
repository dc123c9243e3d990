// What every subcommand shares: global options, plan discovery, loading, output.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

#include "iwg/plan/loader.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/render/terminal.hpp"
#include "iwg/render/text.hpp"
#include "iwg/util/calendar.hpp"
#include "iwg/util/month_option.hpp"
#include "iwg/util/terminal_text.hpp"
#include "iwg/util/time_zone.hpp"

namespace iwg::cli {

struct GlobalOptions {
    std::string plan;   // --plan; empty: $IWG_PLAN, then ./plans
    std::string group;  // --group: the group directory whose plan reports show
    std::string as_of;  // --as-of YYYY-MM-DD; empty: today
    ColorMode color = ColorMode::auto_;
    std::uint64_t max_file_size = default_max_file_size;
    std::uint64_t max_plan_size = default_max_plan_size;
};

// A parsed subcommand and what runs it.
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

// Each subcommand lives in its own file and adds itself to the root app.
Command add_agenda_command(CLI::App& root, GlobalOptions& global);
Command add_validate_command(CLI::App& root, GlobalOptions& global);
Command add_summary_command(CLI::App& root, GlobalOptions& global);
Command add_document_command(CLI::App& root, GlobalOptions& global);
Command add_publish_command(CLI::App& root, GlobalOptions& global);
Command add_status_command(CLI::App& root, GlobalOptions& global);
Command add_remind_command(CLI::App& root, GlobalOptions& global);
Command add_schema_command(CLI::App& root, GlobalOptions& global);
Command add_version_command(CLI::App& root, GlobalOptions& global);
Command add_completions_command(CLI::App& root, GlobalOptions& global);
Command add_generate_command(CLI::App& root, GlobalOptions& global);
Command add_init_command(CLI::App& root, GlobalOptions& global);

// Thrown by commands for a bad invocation found after parsing (exit 2); what() is the message,
// ready for a terminal.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A month option's value (may, 5, 2024-05, next, …), read once, before the plan: a month
// without a year takes the plan's (MonthOption::in_year). nullopt when the option was not
// given (CLI11 refuses an empty value). Throws UsageError listing the accepted forms.
std::optional<MonthOption> read_month_option(std::string_view option, const std::string& text,
                                             const Date& as_of);

// --tz: the reader's zone, which agendas and reminders also show meeting times in. Its value
// was checked while parsing (time_zone_value); empty: none (TZ is not guessed).
CLI::Option* add_tz_option(CLI::App& app, std::string& tz);
std::optional<TimeZone> reader_zone(const std::string& tz);

// --as-of, or today. Throws UsageError for a malformed date.
Date resolve_as_of(const GlobalOptions& global);

// The path of the plans: --plan, else $IWG_PLAN, else ./plans. Throws UsageError when it
// does not exist.
std::string plans_path(const GlobalOptions& global);

// The plans under `paths` (default: plans_path), only those of --group when it is given;
// throws UsageError for a group the repository does not have. The layout's findings stay in
// the result: validate reports them.
Repository find_plans_of_group(const GlobalOptions& global, std::vector<std::string> paths = {});
// Throws UsageError for the first finding that says some input could not be read: for the
// commands that report on plans, not on their files.
void require_readable(const Repository& repository);

// Thrown once the findings that stop a command are printed on stderr: the command exits with
// `exit_code` (cli.cpp).
struct FindingsRefusal {
    int exit_code;
};

// The plans the reports read: find_plans_of_group, then require_readable; a layout error
// (E303: plans the layout cannot place) stops them as a plan's error does, printed with the
// layout's other errors (FindingsRefusal, exit 1). Its warnings (W302) are validate's business.
Repository find_reported_plans(const GlobalOptions& global);

struct ChosenPlan {
    PlanLocation location;
    bool one_of_several = false;  // reports then name the plan they read
};

// The plan a report shows (repository.hpp's choose_plan): of --group, then of `year` (default:
// the as-of year), else the latest. Throws UsageError when none fits or the path cannot be
// read.
ChosenPlan discover_plan(const GlobalOptions& global, const Date& as_of,
                         std::optional<int> year = std::nullopt);

LoadOptions load_options(const GlobalOptions& global);

// The text of every file with findings of checked plans, for source lines and fingerprints.
SourceLookup source_lookup(const std::vector<CheckedPlan>& plans);

// The plan a report reads, loaded and checked as every command does (load_plan_at). When it
// cannot be used (errors), prints the errors and gives the exit code instead; warnings are
// left unprinted (validate's business).
tl::expected<LoadResult, int> load_checked_plan(const PlanLocation& plan,
                                                const GlobalOptions& global);

TextStyle stdout_text_style(const GlobalOptions& global);
TextStyle stderr_text_style(const GlobalOptions& global);

// What an output holds, for a GitHub Actions job log (render/actions_log.hpp): plan text as
// text or Markdown (guarded by stop-commands), JSON (escaped), iCalendar (safe as written),
// workflow commands of our own (validate --format github), or nothing from a plan.
enum class OutputKind { text, json, calendar, workflow_commands, trusted };

// Writes to stdout in one go; on a write error says so on stderr and returns false. Under
// GITHUB_ACTIONS=true, unless stdout is a regular file (not the log), plan text is kept from
// being read as workflow commands as `kind` says.
bool write_stdout(std::string_view bytes, OutputKind kind = OutputKind::text);
// Writes to stderr in one go, guarded as text under GITHUB_ACTIONS=true.
void write_stderr(std::string_view bytes);
// "iwg: error: …" on stderr.
void print_error(const GlobalOptions& global, std::string_view message);

}  // namespace iwg::cli
