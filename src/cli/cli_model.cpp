#include "cli_model.hpp"

#include <algorithm>

#include "iwg/util/calendar.hpp"
#include "iwg/util/month_option.hpp"
#include "option_checks.hpp"

namespace iwg::cli {

void CommandLine::record_words(const CLI::Option* option, std::vector<std::string> words) {
    words_by_option_[option] = std::move(words);
}

const std::vector<std::string>* CommandLine::recorded_words(const CLI::Option* option) const {
    const auto it = words_by_option_.find(option);
    return it == words_by_option_.end() ? nullptr : &it->second;
}

CommandLine& command_line_of(CLI::App& app) {
    CLI::App* root = &app;
    while (root->get_parent() != nullptr) {
        root = root->get_parent();
    }
    return dynamic_cast<CommandLine&>(*root);
}

namespace {

// Help texts are wrapped by hand for --help; elsewhere they are one line.
std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

bool is_visible(const CLI::App& command) {
    return !command.get_group().empty();
}

OptionModel describe_option(const CLI::Option& option, const CommandLine& root) {
    OptionModel model;
    model.long_names = option.get_lnames();
    model.short_names = option.get_snames();
    if (!option.nonpositional()) {
        model.positional = option.get_name();
    }
    if (option.get_items_expected_max() > 0) {
        model.type_name = option.get_type_name();
    }
    model.help = one_line(option.get_description());
    if (const auto* words = root.recorded_words(&option)) {
        model.values = *words;
    } else if (model.type_name == "MONTH") {
        model.values.assign(month_words().begin(), month_words().end());
        for (const std::string_view relative : enum_words<RelativeMonth>()) {
            model.values.emplace_back(relative);
        }
    } else if (model.type_name == "COMMAND") {
        model.values = command_names(root);
    }
    model.path = model.type_name == "PATH" || model.type_name == "DIR";
    return model;
}

std::vector<OptionModel> describe_options(const CLI::App& app, const CommandLine& root) {
    std::vector<OptionModel> options;
    std::vector<OptionModel> positionals;
    for (const CLI::Option* option : app.get_options()) {
        if (option->get_group().empty()) {
            continue;  // hidden
        }
        OptionModel model = describe_option(*option, root);
        (model.positional.empty() ? options : positionals).push_back(std::move(model));
    }
    options.insert(options.end(), positionals.begin(), positionals.end());
    return options;
}

}  // namespace

std::vector<std::string> command_names(const CLI::App& root) {
    std::vector<std::string> names;
    for (const CLI::App* command : root.get_subcommands({})) {
        if (is_visible(*command)) {
            names.push_back(command->get_name());
        }
    }
    return names;
}

CliModel describe_cli(const CommandLine& root) {
    CliModel cli;
    cli.name = root.get_name();
    cli.description = one_line(root.get_description());
    cli.global_options = describe_options(root, root);
    cli.footer = root.get_footer();
    for (const CLI::App* command : root.get_subcommands({})) {
        if (!is_visible(*command)) {
            continue;
        }
        cli.commands.push_back({command->get_name(), one_line(command->get_description()),
                                describe_options(*command, root), command->get_footer()});
    }
    return cli;
}

}  // namespace iwg::cli
