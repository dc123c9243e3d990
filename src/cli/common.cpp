#include "common.hpp"

#include "option_checks.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <unordered_map>
#ifdef __GLIBC__
#endif

#include <fmt/format.h>

#include "iwg/plan/checks.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/render/actions_log.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/report/validation.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg::cli {
namespace fs = std::filesystem;

CLI::Option* add_tz_option(CLI::App& app, std::string& tz) {
    return app
        .add_option("--tz", tz,
                    "Also show meeting times in this zone\n(Europe/Madrid, UTC, +02:00)")
        ->type_name("ZONE")
        ->check(time_zone_value());
}

std::optional<TimeZone> reader_zone(const std::string& tz) {
    return tz.empty() ? std::nullopt : TimeZone::find(tz);
}

Date resolve_as_of(const GlobalOptions& global) {
    if (global.as_of.empty()) {
        return today();
    }
    if (auto date = parse_date(global.as_of)) {
        return *date;
    }
    const std::string& text = global.as_of;
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    const std::string shown = sanitize_for_terminal(text);
    throw UsageError{shaped ? fmt::format("--as-of: '{}' does not exist in the calendar", shown)
                            : fmt::format("--as-of: '{}' is not a date; expected YYYY-MM-DD, "
                                          "e.g. 2024-05-14",
                                          shown)};
}

std::optional<MonthOption> read_month_option(std::string_view option, const std::string& text,
                                             const Date& as_of) {
    if (text.empty()) {
        return std::nullopt;
    }
    auto parsed = parse_month_option(text, as_of);
    if (!parsed) {
        throw UsageError{fmt::format("{}: {}\n  accepted forms: {}", option,
                                     month_option_message(parsed.error()), month_option_forms())};
    }
    return *parsed;
}

std::string plans_path(const GlobalOptions& global) {
    const auto checked = [](const std::string& path, std::string_view origin) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            throw UsageError{
                fmt::format("{}: '{}' does not exist", origin, sanitize_for_terminal(path))};
        }
        return path;
    };
    if (!global.plan.empty()) {
        return checked(global.plan, "--plan");
    }
    if (const char* env = std::getenv("IWG_PLAN"); env != nullptr && *env != '\0') {
        return checked(env, "IWG_PLAN");
    }
    std::error_code ec;
    if (!fs::is_directory("plans", ec)) {
        throw UsageError{
            "no plan found: ./plans is not a directory; pass --plan PATH or set IWG_PLAN"};
    }
    return "plans";
}

Repository find_plans_of_group(const GlobalOptions& global, std::vector<std::string> paths) {
    if (paths.empty()) {
        paths.push_back(plans_path(global));
    }
    Repository repository = find_plans(paths);
    if (!global.group.empty()) {
        if (auto error = unknown_group(repository, global.group)) {
            throw UsageError{sanitize_for_terminal(*error)};
        }
        std::erase_if(repository.plans,
                      [&global](const PlanLocation& plan) { return plan.group != global.group; });
    }
    return repository;
}

void require_readable(const Repository& repository) {
    for (const auto& finding : repository.findings.items()) {
        if (finding.rule->input_error) {
            throw UsageError{fmt::format("{}: {}", sanitize_for_terminal(finding.location.file),
                                         sanitize_for_terminal(finding.message))};
        }
    }
}

namespace {

// Prints the unaccepted errors of `findings` on stderr, at most 100 of a rule in a file.
void print_errors(const Diagnostics& findings, std::vector<std::string> files,
                  const SourceLookup& lookup, const GlobalOptions& global) {
    ValidationReport errors =
        build_validation_report(std::move(files), findings.unaccepted_errors());
    errors.output_budget = validation_output_budget(errors.files, lookup);
    write_stderr(render_validation_text(errors, lookup, stderr_text_style(global), false));
}

}  // namespace

Repository find_reported_plans(const GlobalOptions& global) {
    Repository repository = find_plans_of_group(global);
    require_readable(repository);
    if (repository.findings.error_count() > 0) {
        print_errors(
            repository.findings, {},
            [](const std::string&) -> const SourceFile* { return nullptr; }, global);
        throw FindingsRefusal{exit_plan_errors};
    }
    return repository;
}

ChosenPlan discover_plan(const GlobalOptions& global, const Date& as_of, std::optional<int> year) {
    const Repository repository = find_reported_plans(global);
    auto chosen = choose_plan(repository, global.group, year.value_or(as_of.year));
    if (!chosen) {
        throw UsageError(sanitize_for_terminal(chosen.error()));
    }
    return {std::move(*chosen), repository.plans.size() > 1};
}

SourceLookup source_lookup(const std::vector<CheckedPlan>& plans) {
    auto by_path = std::make_shared<std::unordered_map<std::string, const SourceFile*>>();
    for (const auto& plan : plans) {
        for (const auto& source : plan.sources) {
            by_path->emplace(source->path(), source.get());
        }
    }
    return [by_path](const std::string& file) -> const SourceFile* {
        const auto it = by_path->find(file);
        return it == by_path->end() ? nullptr : it->second;
    };
}

LoadOptions load_options(const GlobalOptions& global) {
    LoadOptions options;
    options.read.max_file_size = global.max_file_size;
    options.max_plan_size = global.max_plan_size;
    return options;
}

TextStyle stdout_text_style(const GlobalOptions& global) {
    return TextStyle{use_color(global.color, STDOUT_FILENO), output_width(STDOUT_FILENO)};
}

TextStyle stderr_text_style(const GlobalOptions& global) {
    return TextStyle{use_color(global.color, STDERR_FILENO), output_width(STDERR_FILENO)};
}

tl::expected<LoadResult, int> load_checked_plan(const PlanLocation& plan,
                                                const GlobalOptions& global) {
    LoadResult result = load_plan_at(plan, load_options(global));
    if (result.diagnostics.error_count() == 0) {
        return result;
    }
    // Only errors block a report; warnings are validate's business. Listed as validate lists
    // them, within the same budget.
    print_errors(
        result.diagnostics, result.plan.files,
        [&result](const std::string& file) { return result.find_source(file); }, global);
    return tl::make_unexpected(exit_code_for(result.diagnostics, false));
}

namespace {

// A GitHub Actions job whose output goes to its log: a pipe or a terminal, not a file.
bool writes_to_actions_log(int fd) {
    const char* actions = std::getenv("GITHUB_ACTIONS");
    if (actions == nullptr || std::string_view(actions) != "true") {
        return false;
    }
    struct stat status {};
    return fstat(fd, &status) != 0 || !S_ISREG(status.st_mode);
}

std::string for_actions_log(std::string_view bytes, OutputKind kind) {
    switch (kind) {
        case OutputKind::text:
            return guard_text_for_actions_log(std::string(bytes));
        case OutputKind::json:
            return guard_json_for_actions_log(std::string(bytes));
        case OutputKind::calendar:           // folded around "##[" and "::" (render/ics.cpp)
        case OutputKind::workflow_commands:  // ours, with escaped data
        case OutputKind::trusted:
            break;
    }
    return std::string(bytes);
}

}  // namespace

void write_stderr(std::string_view bytes) {
    std::fflush(stdout);
    const std::string guarded = writes_to_actions_log(STDERR_FILENO)
                                    ? guard_text_for_actions_log(std::string(bytes))
                                    : std::string(bytes);
    std::fwrite(guarded.data(), 1, guarded.size(), stderr);
}

bool write_stdout(std::string_view bytes, OutputKind kind) {
    std::string guarded;
    if (writes_to_actions_log(STDOUT_FILENO)) {
        guarded = for_actions_log(bytes, kind);
        bytes = guarded;
    }
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
                         std::fflush(stdout) == 0;
    if (!written) {
        // A cron job must learn why it failed (a full disk, a closed file).
        write_stderr(
            fmt::format("iwg: error: cannot write the output: {}\n", std::strerror(errno)));
    }
    return written;
}

void print_error(const GlobalOptions& global, std::string_view message) {
    const bool color = use_color(global.color, STDERR_FILENO);
    std::string line = color ? "iwg: \x1b[1;31merror\x1b[0m: " : "iwg: error: ";
    line += message;
    line += '\n';
    write_stderr(line);
}

}  // namespace iwg::cli
