#include "cli.hpp"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli_model.hpp"
#include "common.hpp"
#include "help_text.hpp"
#include "iwg/util/suggest.hpp"
#include "iwg/util/version.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

// Help lines stay under 80 columns: option names in 26 columns, descriptions after them.
constexpr std::size_t help_name_column = 26;

constexpr std::string_view environment_section = R"(Environment:
  IWG_PLAN        the plan to use when --plan is not given
  NO_COLOR        set and not empty: no colour (unless --color always)
  CLICOLOR_FORCE  set and not 0: colour off a terminal too (NO_COLOR wins))";

constexpr std::string_view global_options_line =
    "Global options, accepted here too: --plan PATH, --group NAME, --as-of DATE,\n"
    "--color WHEN, --max-file-size BYTES, --max-plan-size BYTES (see iwg --help)";

void add_global_options(CLI::App& app, GlobalOptions& global) {
    app.add_option("--plan", global.plan, "Plan directory or file (default: $IWG_PLAN, ./plans)")
        ->type_name("PATH")
        ->check(not_empty());
    app.add_option("--group", global.group,
                   "Reports: the group directory whose plan to show\n(plans/GROUP/YEAR)")
        ->type_name("NAME")
        ->check(not_empty());
    app.add_option("--as-of", global.as_of, "Take this date as today (YYYY-MM-DD)")
        ->type_name("DATE")
        ->check(not_empty());
    add_enum_option(app, "--color", global.color, "Colour: auto (default), always or never")
        ->type_name("WHEN");
    app.add_option("--max-file-size", global.max_file_size,
                   fmt::format("Refuse larger plan files (default: {})", default_max_file_size))
        ->check(whole_number(1, std::numeric_limits<std::uint64_t>::max(), "bytes"))
        ->type_name("BYTES");
    app.add_option("--max-plan-size", global.max_plan_size,
                   fmt::format("Refuse plans whose files are larger together\n(default: {})",
                               default_max_plan_size))
        ->check(whole_number(1, std::numeric_limits<std::uint64_t>::max(), "bytes"))
        ->type_name("BYTES");
}

std::string command_list(const CLI::App& root) {
    const std::vector<std::string> commands = command_names(root);
    return join_alternatives(std::vector<std::string_view>(commands.begin(), commands.end()));
}

std::string unknown_command_message(const CLI::App& root, std::string_view word) {
    const std::vector<std::string> commands = command_names(root);
    const std::vector<std::string_view> names(commands.begin(), commands.end());
    const std::string message = fmt::format("unknown command '{}'", sanitize_for_terminal(word));
    if (const auto match = closest_match(word, names)) {
        return fmt::format("{}; did you mean '{}'?", message, *match);
    }
    return fmt::format("{}; try {}", message, command_list(root));
}

// `iwg help [COMMAND]`: the same text as `iwg [COMMAND] --help`.
Command add_help_command(CLI::App& root) {
    auto name = std::make_shared<std::string>();
    CLI::App* app = root.add_subcommand("help", "Show the help of iwg or of one command");
    app->add_option("command", *name, "The command (default: iwg itself)")->type_name("COMMAND");
    app->footer(exit_codes_section("success", "", "no such command"));
    return {app, [&root, name] {
                if (name->empty()) {
                    return write_stdout(root.get_formatter()->make_help(&root, root.get_name(),
                                                                        CLI::AppFormatMode::Normal))
                               ? exit_ok
                               : exit_usage;
                }
                const auto named = root.get_subcommands(
                    [&name](const CLI::App* command) { return command->get_name() == *name; });
                if (named.empty()) {
                    throw UsageError{unknown_command_message(root, *name)};
                }
                const CLI::App* command = named.front();
                return write_stdout(command->get_formatter()->make_help(
                           command, root.get_name() + " " + command->get_name(),
                           CLI::AppFormatMode::Normal))
                           ? exit_ok
                           : exit_usage;
            }};
}

// --- CLI11's parse errors in iwg's words -------------------------------------------------

// The command the arguments named, or nullptr.
const CLI::App* chosen_command(const CLI::App& root) {
    const auto chosen = root.get_subcommands();
    return chosen.empty() ? nullptr : chosen.front();
}

// The options an argument could have meant: the command's and the global ones.
std::vector<const CLI::Option*> options_in_reach(const CLI::App& root, const CLI::App* command) {
    std::vector<const CLI::Option*> options = root.get_options();
    if (command != nullptr) {
        const auto own = command->get_options();
        options.insert(options.end(), own.begin(), own.end());
    }
    return options;
}

bool is_positional(const CLI::Option& option) {
    return option.get_lnames().empty() && option.get_snames().empty();
}

// "--month", or for a positional argument "the argument 'plan'".
std::string display_name(const CLI::Option& option) {
    if (is_positional(option)) {
        const auto& given = option.results();
        return fmt::format("the argument '{}'",
                           sanitize_for_terminal(given.empty() ? "" : given.front()));
    }
    return option.get_name();
}

std::string unknown_option_message(std::string_view argument,
                                   const std::vector<const CLI::Option*>& options,
                                   const std::string& usage_of) {
    const std::string name(argument.substr(0, argument.find('=')));
    std::string message =
        "unknown option '" + sanitize_for_terminal(name) + "' for '" + usage_of + "'";
    if (!name.starts_with("--")) {
        return message;  // one letter is too little to guess from
    }
    std::vector<std::string> long_names;
    for (const CLI::Option* option : options) {
        for (const auto& long_name : option->get_lnames()) {
            long_names.push_back(long_name);
        }
    }
    const std::vector<std::string_view> candidates(long_names.begin(), long_names.end());
    if (const auto match = closest_match(std::string_view(name).substr(2), candidates)) {
        message += fmt::format("; did you mean '--{}'?", *match);
    }
    return message;
}

// Arguments nobody took: an unknown option, a misspelt command, a stray word.
std::string extras_message(const CLI::App& root, const CLI::App* command,
                           const std::string& usage_of) {
    const std::vector<std::string> extras = root.remaining(true);
    for (const auto& argument : extras) {
        if (argument.size() > 1 && argument.front() == '-') {
            return unknown_option_message(argument, options_in_reach(root, command), usage_of);
        }
    }
    if (extras.empty()) {
        return "unexpected arguments";
    }
    return fmt::format("unexpected argument '{}' for '{}'", sanitize_for_terminal(extras.front()),
                       usage_of);
}

// No command: the first argument nobody took was meant as a command, or is an unknown option.
std::string missing_command_message(const CLI::App& root) {
    const std::vector<std::string> extras = root.remaining(true);
    if (extras.empty()) {
        return "no command given; try " + command_list(root);
    }
    const std::string& first = extras.front();
    if (first.size() > 1 && first.front() == '-') {
        return unknown_option_message(first, options_in_reach(root, nullptr), "iwg");
    }
    return unknown_command_message(root, first);
}

// CLI11 builds the message as "<option>: <details>"; the option tells given twice from missing.
std::string argument_count_message(const CLI::ParseError& error,
                                   const std::vector<const CLI::Option*>& options) {
    const std::string text = error.what();
    const std::string name = text.substr(0, text.find(':'));
    for (const CLI::Option* option : options) {
        if (option->get_name() != name) {
            continue;
        }
        const std::size_t given = option->count();
        if (given > 1) {
            return given == 2 ? fmt::format("{} given twice", name)
                              : fmt::format("{} given {} times", name, given);
        }
        return fmt::format("{} needs a value ({})", name, option->get_type_name());
    }
    return text;
}

// The first option given together with one it excludes, or without one it needs; the same
// order in which CLI11 checks them.
std::string conflict_message(const std::vector<const CLI::Option*>& options, bool excludes,
                             const std::string& fallback) {
    for (const CLI::Option* option : options) {
        if (option->count() == 0) {
            continue;
        }
        for (const CLI::Option* other : excludes ? option->get_excludes() : option->get_needs()) {
            if (excludes && other->count() > 0) {
                return fmt::format("{} cannot be used with {}", display_name(*option),
                                   display_name(*other));
            }
            if (!excludes && other->count() == 0) {
                return fmt::format("{} needs {}", display_name(*option), display_name(*other));
            }
        }
    }
    return fallback;
}

// CLI11's text may quote arguments, so it is sanitised; its own line breaks stay.
std::string sanitized_lines(std::string_view text) {
    std::string out;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        out += sanitize_for_terminal(text.substr(start, end - start));
        if (end < text.size()) {
            out += '\n';
        }
        start = end + 1;
    }
    return out;
}

std::string parse_error_message(const CLI::ParseError& error, const CLI::App& root,
                                const CLI::App* command, const std::string& usage_of) {
    const auto options = options_in_reach(root, command);
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        return extras_message(root, command, usage_of);
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr && command == nullptr) {
        return missing_command_message(root);
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
        return argument_count_message(error, options);
    }
    if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
        return conflict_message(options, true, error.what());
    }
    if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr) {
        return conflict_message(options, false, error.what());
    }
    // ValidationError: the checks in option_checks.cpp word it already ("--color: 'x' is not
    // auto, always or never"). ConversionError cannot follow those checks; keep CLI11's text.
    return sanitized_lines(error.what());
}

}  // namespace

int run(int argc, char** argv) {
    GlobalOptions global;
    CommandLine app{"iwg: plan, check and report a working group's yearly action plan.", "iwg"};
    app.get_formatter()->column_width(help_name_column);
    app.set_version_flag("-V,--version", version_line());
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the subcommand: iwg agenda --plan p
    add_global_options(app, global);

    // One command per line, in the order help lists them.
    // clang-format off
    std::vector<Command> commands{
        add_agenda_command(app, global),
        add_validate_command(app, global),
        add_summary_command(app, global),
        add_status_command(app, global),
        add_document_command(app, global),
        add_publish_command(app, global),
        add_remind_command(app, global),
        add_init_command(app, global),
        add_schema_command(app, global),
        add_version_command(app, global),
        add_completions_command(app, global),
        add_generate_command(app, global),
        add_help_command(app),
    };
    // clang-format on

    app.footer(std::string(environment_section) + "\n\n" +
               exit_codes_section("success",
                                  "the plan has errors (or warnings, with validate "
                                  "--strict)") +
               "\n\nDocumentation: docs/ in the iwg repository.");
    // Each command's footer ends with its own exit codes; subcommand help shows only the
    // command's options, so point at the shared ones.
    for (const auto& command : commands) {
        command.app->footer(command.app->get_footer() + "\n\n" + std::string(global_options_line));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            app.exit(e);  // --help or --version, printed to std::cout
            std::cout.flush();
            if (!std::cout) {
                // Same rule as every other output: a failed write is exit 2, with a reason.
                print_error(global, "cannot write the output");
                return exit_usage;
            }
            return exit_ok;
        }
        const CLI::App* command = chosen_command(app);
        const std::string usage_of = command == nullptr ? "iwg" : "iwg " + command->get_name();
        print_error(global, fmt::format("{}\n  run '{} --help' for usage",
                                        parse_error_message(e, app, command, usage_of), usage_of));
        return exit_usage;
    }

    try {
        for (const auto& command : commands) {
            if (command.app->parsed()) {
                return command.run();
            }
        }
    } catch (const UsageError& e) {
        print_error(global, e.what());
        return exit_usage;
    } catch (const FindingsRefusal& refusal) {
        return refusal.exit_code;
    } catch (const std::exception& e) {
        print_error(global, std::string("internal error: ") + e.what());
        return exit_usage;
    }
    print_error(global, "no command given; try 'iwg --help'");
    return exit_usage;
}

}  // namespace iwg::cli
