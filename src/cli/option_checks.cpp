#include "option_checks.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <string_view>
#include <utility>

#include "iwg/render/terminal.hpp"
#include "iwg/util/month_spec.hpp"
#include "iwg/util/suggest.hpp"

namespace iwg::cli {
namespace {

std::string in_quotes(std::string_view value) {
    return "'" + sanitize_for_terminal(value) + "'";
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

CLI::Validator one_of(std::vector<std::string> choices) {
    // No description: the option's help text names the choices in a sentence.
    return CLI::Validator(
        [choices = std::move(choices)](std::string& value) -> std::string {
            for (const auto& choice : choices) {
                if (same_ignoring_case(value, choice)) {
                    value = choice;
                    return "";
                }
            }
            const std::vector<std::string_view> names(choices.begin(), choices.end());
            return in_quotes(value) + " is not " + join_alternatives(names);
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
            const std::string range =
                max == std::numeric_limits<std::uint64_t>::max()
                    ? ", at least " + std::to_string(min)
                    : " from " + std::to_string(min) + " to " + std::to_string(max);
            return in_quotes(value) + " is not a whole number of " + unit + range;
        },
        "");
}

CLI::Validator month_value() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            // Only the form is checked here: the year and "next" are resolved when the
            // command runs, and no form's validity depends on them.
            const auto parsed = parse_month_spec(value, 2000, Date{2000, 1, 1});
            if (const auto* error = std::get_if<MonthSpecError>(&parsed)) {
                return error->message + "\n  accepted forms: " + std::string(month_spec_forms());
            }
            return "";
        },
        "");
}

CLI::Validator not_empty() {
    return CLI::Validator(
        [](std::string& value) -> std::string { return value.empty() ? "the value is empty" : ""; },
        "");
}

}  // namespace iwg::cli
