#include "iwg/util/month_option.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "iwg/util/suggest.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

// "; did you mean 'may'?" for a word close to a month name or its three-letter abbreviation.
// Words shorter than three letters ("ma") could be several months: no guess.
std::string month_suggestion(std::string_view word) {
    if (word.size() < 3 || is_decimal_digits(word)) {
        return "";
    }
    // Full names first: on a tie ("mai": may, mar) the full name wins.
    std::vector<std::string_view> candidates = month_words();
    for (const std::string_view name : month_words()) {
        candidates.push_back(name.substr(0, 3));
    }
    const auto match = closest_match(word, candidates);
    if (!match) {
        return "";
    }
    // The abbreviation matched: suggest the full name, which is easier to recognise.
    const std::string full = lower_ascii(month_name(*month_from_word(*match)));
    return fmt::format("; did you mean '{}'?", full);
}

}  // namespace

std::string_view month_option_forms() {
    return "a month name or its first three letters (may, May, MAY, sep), a number (5, 05), "
           "a year and month (2024-05), or current, next, previous";
}

tl::expected<MonthOption, MonthOptionError> parse_month_option(std::string_view text,
                                                               const Date& as_of) {
    const std::string word = lower_ascii(text);
    const YearMonth current{as_of.year, as_of.month};
    std::optional<RelativeMonth> relative = parse_enum<RelativeMonth>(word);
    if (word == "this") {
        relative = RelativeMonth::current;
    } else if (word == "prev" || word == "last") {
        relative = RelativeMonth::previous;
    }
    const auto named = [](YearMonth month) { return MonthOption{month.year, month.month}; };
    const auto refuse = [text](std::string problem) {
        return tl::make_unexpected(MonthOptionError{std::string(text), std::move(problem)});
    };
    if (relative) {
        switch (*relative) {
            case RelativeMonth::current:
                return named(current);
            case RelativeMonth::next:
                return named(next_month(current));
            case RelativeMonth::previous:
                return named(previous_month(current));
        }
    }
    if (is_decimal_digits(word) && word.size() <= 2) {
        const int month = std::stoi(word);
        if (month >= 1 && month <= 12) {
            return MonthOption{std::nullopt, month};
        }
        return refuse("is not a month number; months are 1 to 12");
    }
    if (word.size() == 7 && word[4] == '-' && is_decimal_digits(word.substr(0, 4)) &&
        is_decimal_digits(word.substr(5, 2))) {
        const int year = std::stoi(word.substr(0, 4));
        const int month = std::stoi(word.substr(5, 2));
        if (year >= 1 && month >= 1 && month <= 12) {
            return MonthOption{year, month};
        }
        return refuse("is not a month; write YYYY-MM with a month from 01 to 12");
    }
    if (auto month = month_from_word(word)) {
        return MonthOption{std::nullopt, *month};
    }
    return refuse("is not a month" + month_suggestion(word));
}

}  // namespace iwg
