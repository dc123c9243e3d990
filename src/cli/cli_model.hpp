// The command line as data, read from the CLI11 definitions themselves, so that the man page
// and the shell completions cannot drift from --help. Values come from the same word tables
// the options parse with (add_enum_option records them in the CommandLine), never from a second
// list.
#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <string>
#include <vector>

namespace iwg::cli {

// iwg's command line: CLI11's App (the root; commands are its subcommands), and the words an
// option's value may be, which CLI11 does not keep: add_enum_option records them as it makes
// the option, and describe_cli gives them to the completions and the man page.
class CommandLine : public CLI::App {
  public:
    using CLI::App::App;

    void record_words(const CLI::Option* option, std::vector<std::string> words);
    // nullptr for an option that has no fixed words.
    const std::vector<std::string>* recorded_words(const CLI::Option* option) const;

  private:
    std::map<const CLI::Option*, std::vector<std::string>> words_by_option_;
};

// The command line `app` belongs to: its root, which must be a CommandLine.
CommandLine& command_line_of(CLI::App& app);

struct OptionModel {
    std::vector<std::string> long_names;   // "format" (without "--")
    std::vector<std::string> short_names;  // "f"
    std::string positional;                // the name of a positional argument, else empty
    std::string type_name;                 // "FORMAT"; empty for a flag
    std::string help;                      // the --help text, on one line
    std::vector<std::string> values;       // the words the value may be, if they are known
    bool path = false;                     // the value is a file or directory (PATH, DIR)
    bool takes_value() const { return !type_name.empty(); }
};

struct CommandModel {
    std::string name;
    std::string help;
    std::vector<OptionModel> options;  // the command's own options, positionals last
    std::string footer;                // the end of its --help: notes, exit codes
};

struct CliModel {
    std::string name;  // "iwg"
    std::string description;
    std::vector<OptionModel> global_options;
    std::vector<CommandModel> commands;  // visible commands, in --help order
    std::string footer;                  // the end of iwg --help: environment, exit codes
};

CliModel describe_cli(const CommandLine& root);

// The names of the visible commands, in --help order.
std::vector<std::string> command_names(const CLI::App& root);

std::string bash_completion(const CliModel& cli);
std::string zsh_completion(const CliModel& cli);
std::string fish_completion(const CliModel& cli);
// iwg(1) in man(7) roff.
std::string man_page(const CliModel& cli, std::string_view version);

}  // namespace iwg::cli
