// Month arguments on the command line: "may", "MAY", "5", "05", "2024-05", "sep",
// and "current", "next", "previous" relative to an as-of date.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <variant>

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

struct MonthSpecError {
    std::string message;
};

// A month without a year takes `plan_year`; relative months are computed from `as_of`.
std::variant<YearMonth, MonthSpecError> parse_month_spec(std::string_view text, int plan_year,
                                                         const Date& as_of);

// The accepted forms, for usage errors and --help.
std::string_view month_spec_forms();

}  // namespace iwg
