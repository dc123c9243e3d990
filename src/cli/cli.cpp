#include "cli.hpp"

#include <cstdio>
#include <exception>
#include <map>
#include <string>
#include <vector>

#include "common.hpp"

namespace iwg::cli {
namespace {

constexpr const char* footer = R"(Environment:
  IWG_PLAN        the plan to use when --plan is not given
  NO_COLOR        set and not empty: no colour (unless --color always)
  CLICOLOR_FORCE  set and not 0: colour even when not a terminal

Exit codes:
  0  success
  1  the plan has errors (or warnings, under --strict)
  2  bad invocation, or input that cannot be read

Documentation: docs/ in the iwg repository.)";

void add_global_options(CLI::App& app, GlobalOptions& global) {
    app.add_option("--plan", global.plan,
                   "Plan directory or file (default: $IWG_PLAN, else ./plans)")
        ->type_name("PATH");
    app.add_option("--as-of", global.as_of, "Take this date as today (YYYY-MM-DD)")
        ->type_name("DATE");
    static const std::map<std::string, ColorMode> color_modes{
        {"auto", ColorMode::auto_}, {"always", ColorMode::always}, {"never", ColorMode::never}};
    app.add_option("--color", global.color, "Colour: auto, always or never (default: auto)")
        ->transform(CLI::CheckedTransformer(color_modes, CLI::ignore_case))
        ->option_text("WHEN");
    app.add_option("--max-file-size", global.max_file_size,
                   "Refuse plan files larger than this many bytes (default: 33554432)")
        ->check(CLI::PositiveNumber)
        ->option_text("BYTES");
}

}  // namespace

int run(int argc, char** argv) {
    GlobalOptions global;
    CLI::App app{"iwg: plan, check and report a working group's yearly action plan.", "iwg"};
    app.set_version_flag("-V,--version", std::string("iwg ") + IWG_VERSION);
    app.footer(footer);
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the subcommand: iwg agenda --plan p
    add_global_options(app, global);

    std::vector<Command> commands{
        add_agenda_command(app, global),  add_validate_command(app, global),
        add_summary_command(app, global), add_status_command(app, global),
        add_remind_command(app, global),  add_schema_command(app, global),
    };

    // Subcommand help shows only the subcommand's options; point at the shared ones.
    for (const auto& command : commands) {
        if (command.app != nullptr) {
            // Subcommands inherit the root footer unless they set their own.
            const std::string own = command.app->get_footer();
            command.app->footer((own.empty() || own == footer ? "" : own + "\n\n") +
                                "Global options, accepted here too: --plan PATH, --as-of DATE, "
                                "--color WHEN, --max-file-size BYTES (see iwg --help)\n\n" +
                                footer);
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            return app.exit(e);  // --help or --version
        }
        print_error(global, std::string(e.what()) + "\n  run 'iwg --help' for usage");
        return exit_usage;
    }

    try {
        for (const auto& command : commands) {
            if (command.app != nullptr && command.app->parsed()) {
                return command.run();
            }
        }
    } catch (const UsageError& e) {
        print_error(global, e.message);
        return exit_usage;
    } catch (const std::exception& e) {
        print_error(global, std::string("internal error: ") + e.what());
        return exit_usage;
    }
    print_error(global, "no command given; try 'iwg --help'");
    return exit_usage;
}

}  // namespace iwg::cli
