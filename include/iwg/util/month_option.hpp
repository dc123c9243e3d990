// The month options of the command line (--month, --from, --to): "may", "MAY", "5", "05",
// "2024-05", "sep", and "current", "next", "previous" relative to an as-of date.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "iwg/util/calendar.hpp"
#include "iwg/util/enum_words.hpp"

namespace iwg {

// The months named relative to the as-of date. "this", "prev" and "last" are accepted too,
// as other spellings; completions offer these words.
enum class RelativeMonth { current, next, previous };
constexpr std::array<EnumWord<RelativeMonth>, 3> words_of(RelativeMonth) {
    return {{
        {RelativeMonth::current, "current"},
        {RelativeMonth::next, "next"},
        {RelativeMonth::previous, "previous"},
    }};
}

// A month option as read, before the plan is known: "2024-05" and the relative months name
// their year; "may" and "5" take the plan's.
struct MonthOption {
    std::optional<int> year;
    int month = 1;

    YearMonth in_year(int plan_year) const { return {year.value_or(plan_year), month}; }
};

// Why a text names no month. `given` is the text as it came: escape it where it is printed.
struct MonthOptionError {
    std::string given;
    std::string problem;  // what follows the quoted text: "is not a month; did you mean 'may'?"
};

// Relative months are computed from `as_of`.
tl::expected<MonthOption, MonthOptionError> parse_month_option(std::string_view text,
                                                               const Date& as_of);

// The accepted forms, for usage errors and --help.
std::string_view month_option_forms();

}  // namespace iwg
