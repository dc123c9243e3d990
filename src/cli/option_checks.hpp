// Checks for option values, with messages in iwg's words rather than CLI11's.
// CLI11 reports a failed check as "<option>: <message>" (a CLI::ValidationError).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "cli_model.hpp"
#include "iwg/util/enum_words.hpp"
#include "iwg/util/month_option.hpp"

namespace iwg::cli {

// One of `choices`, in any case; the value becomes the choice's own spelling.
// "'alwyas' is not auto, always or never"
CLI::Validator one_of(std::vector<std::string> choices);

// An option whose value is one of an enum's words (of `accepted`), in any case. The words
// come from the enum's own table, so the option, its errors and the renderers agree; they are
// recorded in the command line `app` belongs to, for the completions and the man page.
template <HasWords Enum>
CLI::Option* add_enum_option(CLI::App& app, const std::string& name, Enum& target,
                             const std::string& description,
                             const std::vector<Enum>& accepted = enum_values<Enum>()) {
    std::vector<std::string> words;
    for (const Enum value : accepted) {
        words.emplace_back(to_string(value));
    }
    CLI::Option* option = app.add_option_function<std::string>(
                                 name,
                                 [&target](const std::string& word) {
                                     // one_of has normalised the case
                                     if (const auto value = parse_enum<Enum>(word)) {
                                         target = *value;
                                     }
                                 },
                                 description)
                              ->transform(one_of(words));
    command_line_of(app).record_words(option, std::move(words));
    return option;
}

// A whole number from `min` to `max`: "'1.5' is not a whole number of days from 0 to 366"
// (an empty `unit`: "'1.5' is not a whole number from 1000 to 9999").
CLI::Validator whole_number(std::uint64_t min, std::uint64_t max, std::string unit);

// A month as parse_month_option reads it (may, 5, 2024-05, next, …), with its error and the
// accepted forms; an empty value is an error, not "no month".
CLI::Validator month_value();
// "'mayo' is not a month; did you mean 'may'?", the text escaped for a terminal.
std::string month_option_message(const MonthOptionError& error);

// Anything but the empty string, which would otherwise read as "not given".
CLI::Validator not_empty();
// --tz: an IANA zone, UTC or an offset (did-you-mean for a misspelt zone).
CLI::Validator time_zone_value();
// --mail-to, --mail-from: mailboxes that are safe in a header (mailbox_list_problem).
CLI::Validator mailbox_list();
// --mail-from: one mailbox.
CLI::Validator one_mailbox();

}  // namespace iwg::cli
