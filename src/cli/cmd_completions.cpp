// `iwg completions SHELL` and the hidden `iwg generate man`: the shell completions and the
// man page, written from the command-line definitions themselves (cli_model.hpp).
#include <array>
#include <memory>
#include <string>

#include "cli_model.hpp"
#include "common.hpp"
#include "help_text.hpp"
#include "iwg/util/enum_words.hpp"
#include "iwg/util/version.hpp"
#include "option_checks.hpp"

namespace iwg::cli {

enum class Shell { bash, zsh, fish };
constexpr std::array<EnumWord<Shell>, 3> words_of(Shell) {
    return {{{Shell::bash, "bash"}, {Shell::zsh, "zsh"}, {Shell::fish, "fish"}}};
}

enum class Generated { man };
constexpr std::array<EnumWord<Generated>, 1> words_of(Generated) {
    return {{{Generated::man, "man"}}};
}

std::string generated_file(Generated what, CLI::App& root) {
    switch (what) {
        case Generated::man:
            return man_page(describe_cli(command_line_of(root)), version());
    }
    return {};
}

Command add_completions_command(CLI::App& root, GlobalOptions& /*global*/) {
    auto shell = std::make_shared<Shell>(Shell::bash);
    CLI::App* app = root.add_subcommand("completions", "Print the completion script for a shell");
    add_enum_option(*app, "shell", *shell, "bash, zsh or fish")->type_name("SHELL")->required();
    app->footer(
        "Installed packages put them in place. By hand, for example:\n"
        "  iwg completions bash > ~/.local/share/bash-completion/completions/iwg\n"
        "  iwg completions zsh > \"${fpath[1]}/_iwg\"\n"
        "  iwg completions fish > ~/.config/fish/completions/iwg.fish\n\n" +
        exit_codes_section("success", "", "bad invocation"));
    return {app, [&root, shell] {
                const CliModel cli = describe_cli(command_line_of(root));
                std::string out;
                switch (*shell) {
                    case Shell::bash:
                        out = bash_completion(cli);
                        break;
                    case Shell::zsh:
                        out = zsh_completion(cli);
                        break;
                    case Shell::fish:
                        out = fish_completion(cli);
                        break;
                }
                return write_stdout(out, OutputKind::trusted) ? exit_ok : exit_usage;
            }};
}

Command add_generate_command(CLI::App& root, GlobalOptions& /*global*/) {
    auto what = std::make_shared<Generated>(Generated::man);
    CLI::App* app = root.add_subcommand("generate", "Write a generated file (for the build)");
    app->group("");  // hidden: the build writes iwg.1 with it
    add_enum_option(*app, "what", *what, "man: the iwg(1) man page")->type_name("WHAT")->required();
    // `what` lives as long as the command: the option writes it while parsing.
    return {app, [&root, what] {
                return write_stdout(generated_file(*what, root), OutputKind::trusted) ? exit_ok
                                                                                      : exit_usage;
            }};
}

}  // namespace iwg::cli
