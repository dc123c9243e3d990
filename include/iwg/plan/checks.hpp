// Semantic checks over a decoded plan (references, dates, months, coverage).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/plan/loader.hpp"
#include "iwg/plan/plan.hpp"

namespace iwg {

// Adds every semantic finding about `plan` to `diagnostics` (rules E2xx, W2xx). Structure and
// types were checked by the loader, whose findings `diagnostics` already holds: the plan may be
// partly decoded, and the checks stay quiet where a loader error could be the cause (an item
// whose id failed to decode, a list that may lack items), so one mistake is reported once.
void check_plan(const Plan& plan, Diagnostics& diagnostics);

// E211: every row that gives no link or location of its own repeats the plan's in agendas,
// calendars (URL, LOCATION and the description) and pages, so a long value times many rows
// could outgrow the output budget (32 bytes per byte of plan plus 64 KiB). The bytes rows
// repeat, each counted as repeated_cost does, may come to at most
// repeated_defaults_per_plan_byte per byte of plan plus repeated_defaults_allowance.
inline constexpr std::size_t repeated_defaults_per_plan_byte = 3;
inline constexpr std::size_t repeated_defaults_allowance = 24 * 1024;
// A text's bytes, each counted as the most any format writes for it: 1 for a letter, digit or
// space, 2 for other ASCII punctuation (Markdown and iCalendar escape some), 6 for & < > " '
// (HTML entities), 7 for a byte of a non-ASCII character (an invisible one is shown as
// <U+200B>, in HTML &lt;U+200B&gt;), 16 for a line break or tab (text indents each line).
std::size_t repeated_cost(std::string_view text);

// The checks and the allow comments on a plan just loaded (by load_plan or load_plan_texts),
// unless some input could not be read. The findings are left in the order they were made:
// commands run it through load_plan_at (repository.hpp), which also checks where the plan is
// and then sorts them.
void check_loaded_plan(LoadResult& result);

}  // namespace iwg
