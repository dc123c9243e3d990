#include "iwg/util/month_spec.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "iwg/util/suggest.hpp"
#include "iwg/util/terminal_text.hpp"
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

std::string_view month_spec_forms() {
    return "a month name or its first three letters (may, May, MAY, sep), a number (5, 05), "
           "a year and month (2024-05), or current, next, previous";
}

std::variant<YearMonth, MonthSpecError> parse_month_spec(std::string_view text, int plan_year,
                                                         const Date& as_of) {
    const std::string word = lower_ascii(text);
    const YearMonth current{as_of.year, as_of.month};
    std::optional<RelativeMonth> relative = parse_enum<RelativeMonth>(word);
    if (word == "this") {
        relative = RelativeMonth::current;
    } else if (word == "prev" || word == "last") {
        relative = RelativeMonth::previous;
    }
    if (relative) {
        switch (*relative) {
            case RelativeMonth::current:
                return current;
            case RelativeMonth::next:
                return next_month(current);
            case RelativeMonth::previous:
                return previous_month(current);
        }
    }
    if (is_decimal_digits(word) && word.size() <= 2) {
        const int month = std::stoi(word);
        if (month >= 1 && month <= 12) {
            return YearMonth{plan_year, month};
        }
        return MonthSpecError{fmt::format("'{}' is not a month number; months are 1 to 12",
                                          sanitize_for_terminal(text))};
    }
    if (word.size() == 7 && word[4] == '-' && is_decimal_digits(word.substr(0, 4)) &&
        is_decimal_digits(word.substr(5, 2))) {
        const int year = std::stoi(word.substr(0, 4));
        const int month = std::stoi(word.substr(5, 2));
        if (year >= 1 && month >= 1 && month <= 12) {
            return YearMonth{year, month};
        }
        return MonthSpecError{
            fmt::format("'{}' is not a month; write YYYY-MM with a month from 01 to 12",
                        sanitize_for_terminal(text))};
    }
    if (auto month = month_from_word(word)) {
        return YearMonth{plan_year, *month};
    }
    return MonthSpecError{
        fmt::format("'{}' is not a month{}", sanitize_for_terminal(text), month_suggestion(word))};
}

}  // namespace iwg
