#include "option_checks.hpp"

#include "iwg/render/email_header.hpp"
#include "iwg/util/terminal_text.hpp"
#include "iwg/util/time_zone.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "iwg/util/suggest.hpp"
#include "iwg/util/terminal_text.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg::cli {
namespace {

std::string in_quotes(std::string_view value) {
    return fmt::format("'{}'", sanitize_for_terminal(value));
}

}  // namespace

CLI::Validator one_of(std::vector<std::string> choices) {
    // No description: the option's help text names the choices in a sentence.
    return CLI::Validator(
        [choices = std::move(choices)](std::string& value) -> std::string {
            for (const auto& choice : choices) {
                if (equal_ignoring_case(value, choice)) {
                    value = choice;
                    return "";
                }
            }
            const std::vector<std::string_view> names(choices.begin(), choices.end());
            return fmt::format("{} is not {}", in_quotes(value), join_alternatives(names));
        },
        "");
}

CLI::Validator whole_number(std::uint64_t min, std::uint64_t max, std::string unit) {
    return CLI::Validator(
        [min, max, unit = std::move(unit)](std::string& value) -> std::string {
            std::uint64_t number = 0;
            const char* end = value.data() + value.size();
            const auto [stop, error] = std::from_chars(value.data(), end, number);
            if (!value.empty() && error == std::errc{} && stop == end && number >= min &&
                number <= max) {
                return "";
            }
            const std::string range = max == std::numeric_limits<std::uint64_t>::max()
                                          ? fmt::format(", at least {}", min)
                                          : fmt::format(" from {} to {}", min, max);
            const std::string of_unit = unit.empty() ? "" : " of " + unit;
            return fmt::format("{} is not a whole number{}{}", in_quotes(value), of_unit, range);
        },
        "");
}

CLI::Validator month_value() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            // Only the form is checked here: the year and "next" are resolved when the
            // command runs, and no form's validity depends on them.
            const auto parsed = parse_month_option(value, Date{2000, 1, 1});
            if (!parsed) {
                return fmt::format("{}\n  accepted forms: {}", month_option_message(parsed.error()),
                                   month_option_forms());
            }
            return "";
        },
        "");
}

std::string month_option_message(const MonthOptionError& error) {
    return fmt::format("{} {}", in_quotes(error.given), error.problem);
}

CLI::Validator not_empty() {
    return CLI::Validator(
        [](std::string& value) -> std::string { return value.empty() ? "the value is empty" : ""; },
        "");
}

CLI::Validator time_zone_value() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            if (TimeZone::find(value)) {
                return "";
            }
            std::string message = fmt::format(
                "'{}' is not a time zone: write an IANA name such as Europe/Madrid, UTC, or an "
                "offset such as +02:00",
                sanitize_for_terminal(value));
            if (auto match = closest_zone_name(value)) {
                message += fmt::format(" (did you mean '{}'?)", *match);
            }
            return message;
        },
        "");
}

CLI::Validator mailbox_list() {
    return CLI::Validator(
        [](std::string& value) -> std::string { return mailbox_list_problem(value).value_or(""); },
        "");
}

CLI::Validator one_mailbox() {
    return CLI::Validator(
        [](std::string& value) -> std::string { return mailbox_problem(value).value_or(""); }, "");
}

}  // namespace iwg::cli
