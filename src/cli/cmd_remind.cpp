// `iwg remind`: the reminder a scheduled job mails or posts; silent when there is nothing to say.
#include <cstdio>
#include <map>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/render/reminder_format.hpp"
#include "iwg/render/template.hpp"
#include "iwg/report/remind.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

struct RemindOptions {
    std::string month;
    int within = -1;  // -1: not given
    BuiltinTemplateName template_name = BuiltinTemplateName::text;
    std::string template_file;
    TemplateFormat template_format = TemplateFormat::text;
    bool verbose = false;
    std::string tz;
    MailOptions mail;
};

// What turns the reminder into bytes, ready before the plan is read so that a broken template
// fails every run, not only on the days there is something to remind.
struct Output {
    bool json = false;
    Template parsed;
    TemplateFormat format = TemplateFormat::text;
    std::size_t template_bytes = 0;
};

// "file:line:column: ", like a compiler.
std::string at(const std::string& origin, Position position) {
    return fmt::format("{}:{}:{}: ", origin, position.line, position.column);
}

Output prepare_output(const RemindOptions& options) {
    Output output;
    std::string source;
    std::string origin;
    if (!options.template_file.empty()) {
        origin = sanitize_for_terminal(options.template_file);
        auto read = read_template_file(options.template_file, max_template_file_size);
        if (!read) {
            const TemplateFileError& error = read.error();
            throw UsageError{
                error.position.known()
                    ? at(origin, error.position) + sanitize_for_terminal(error.message)
                    : fmt::format("--template-file: {}", sanitize_for_terminal(error.message))};
        }
        source = std::move(*read);
        output.format = options.template_format;
    } else {
        const BuiltinTemplate builtin = builtin_template(options.template_name);
        if (builtin.json) {
            output.json = true;
            return output;
        }
        origin = fmt::format("built-in template {}", to_string(options.template_name));
        source = std::string(builtin.source);
        output.format = builtin.format;
    }
    output.template_bytes = source.size();
    auto parsed = parse_template(source, reminder_placeholder_names());
    if (!parsed) {
        throw UsageError{at(origin, parsed.error().position) + parsed.error().message};
    }
    output.parsed = std::move(*parsed);
    return output;
}

void print_note(std::string_view message) {
    write_stderr(fmt::format("iwg: {}\n", sanitize_for_terminal(message)));
}

int run_remind(const RemindOptions& options, const GlobalOptions& global) {
    if (options.month.empty() && options.within < 0) {
        throw UsageError{"say which reminder: --month MONTH (e.g. --month next) or --within DAYS"};
    }
    const Date as_of = resolve_as_of(global);
    const Output output = prepare_output(options);
    const bool mail_options = !options.mail.from.empty() || !options.mail.to.empty();
    if (mail_options && options.template_file.empty() &&
        options.template_name != BuiltinTemplateName::email) {
        throw UsageError{
            "--mail-from and --mail-to go with --template email (or a "
            "--template-file that uses {mail_from} and {mail_to})"};
    }
    // Read before the plan is looked for: a bad month is a usage error (exit 2) first.
    const auto month = read_month_option("--month", options.month, as_of);

    const ChosenPlan chosen = discover_plan(global, as_of, month ? month->year : std::nullopt);
    auto loaded = load_checked_plan(chosen.location, global);
    if (!loaded) {
        return loaded.error();
    }
    const Plan& plan = loaded->plan;

    ReminderSelection selection;
    if (month) {
        selection =
            select_for_month(plan, month->in_year(plan.year.value), as_of, reader_zone(options.tz));
    } else {
        selection = select_within(plan, as_of, options.within, reader_zone(options.tz));
    }

    if (const auto* silence = std::get_if<NothingToRemind>(&selection)) {
        if (options.verbose) {
            print_note("nothing to remind: " + silence->message);
        }
        return exit_ok;
    }
    const Reminder& reminder = std::get<Reminder>(selection);
    // Rendered in full before anything is written: no half-printed reminder.
    std::string text;
    if (output.json) {
        text = render_reminder_json(reminder);
    } else {
        const std::size_t budget =
            template_output_budget(source_bytes(plan), output.template_bytes);
        auto rendered = render_template_within(
            output.parsed, reminder_values(reminder, options.mail), output.format, budget);
        if (!rendered) {
            throw UsageError{fmt::format(
                "the reminder would be larger than its budget of {} bytes (32 per byte of plan "
                "and template, plus 64 KiB): the template repeats long values of the plan (a "
                "placeholder many times, or a line's prefix before each line of a long value); "
                "nothing was written",
                budget)};
        }
        text = std::move(*rendered);
    }
    if (options.verbose) {
        print_note(explain(reminder));
    }
    return write_stdout(text, output.json ? OutputKind::json : OutputKind::text) ? exit_ok
                                                                                 : exit_usage;
}

}  // namespace

Command add_remind_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<RemindOptions>();
    CLI::App* app =
        root.add_subcommand("remind", "The reminder for a month's meeting, if there is one");
    app->footer(
        "Prints nothing when there is nothing to remind (a break, a cancelled meeting,\n"
        "no row); --verbose says why on stderr. Templates and rules: docs/reminders.md.\n\n" +
        exit_codes_section("a reminder was printed, or there is nothing to remind",
                           "the plan has errors",
                           "bad invocation, a broken template (or one whose output\n"
                           "     is past its budget), or unreadable input"));
    auto* month = app->add_option("-m,--month", options->month,
                                  "The month: may, 5, 2024-05, current, next, previous")
                      ->type_name("MONTH")
                      ->check(month_value());
    app->add_option("--within", options->within,
                    "A meeting from the as-of date to DAYS later, or\n"
                    "next month's undated one when the month ends\n"
                    "within DAYS")
        ->type_name("DAYS")
        ->check(whole_number(0, 366, "days"))
        ->excludes(month);
    auto* builtin = add_enum_option(*app, "-t,--template", options->template_name,
                                    "Built-in template: text (default), markdown,\nemail or json")
                        ->type_name("NAME");
    auto* file = app->add_option("--template-file", options->template_file,
                                 "A template with {placeholders} (docs/reminders.md)")
                     ->type_name("PATH")
                     ->check(not_empty())
                     ->excludes(builtin);
    add_enum_option(*app, "--template-format", options->template_format,
                    "How --template-file escapes plan text: text\n(default), markdown or email")
        ->type_name("FORMAT")
        ->needs(file);
    add_tz_option(*app, options->tz);
    app->add_option("--mail-from", options->mail.from,
                    "The e-mail's From: header: \"IWG <iwg@example.org>\"")
        ->type_name("ADDRESS")
        ->check(one_mailbox());
    app->add_option("--mail-to", options->mail.to,
                    "The e-mail's To: header: one address or several,\nseparated by commas")
        ->type_name("ADDRESSES")
        ->check(mailbox_list());
    app->add_flag("-v,--verbose", options->verbose,
                  "Say on stderr which rule picked the reminder,\nor why there is none");
    return {app, [options, &global] { return run_remind(*options, global); }};
}

}  // namespace iwg::cli
