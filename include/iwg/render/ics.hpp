// iCalendar (RFC 5545) output of the agenda: one VEVENT per scheduled, non-break row.
#pragma once

#include <string>
#include <string_view>

#include "iwg/report/agenda.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg {

// TEXT value escaping: `\` `;` `,` and newlines; control characters, bidi controls and
// invalid UTF-8 become visible escapes first (as on a terminal).
std::string ics_escape_text(std::string_view text);

// One content line, folded so no physical line exceeds 75 octets (a fold never splits a
// UTF-8 character; invalid UTF-8 counts at most 4 octets as one), each ending in CRLF. No
// physical line holds "##[", and none after the first starts with "::" and a name, so a
// GitHub Actions log cannot read plan text as a workflow command; unfolding restores the line.
std::string ics_fold_line(std::string_view line);

// Stable across runs and across re-exports of other months: derived from the plan's group
// and year and the row's month and position within that month, not from its topic, so
// editing a topic or a status updates the event instead of duplicating it.
std::string ics_uid(const PlanHeader& plan, int month, std::size_t position_in_month);

// The calendar for `report`. `stamp` (the as-of date) becomes every DTSTAMP, at 00:00 UTC,
// so the output is reproducible. Timed rows are converted to UTC from their fixed offset;
// dated rows without a time are all-day; month-only rows span their month as transparent
// all-day events; breaks and unscheduled rows are left out.
std::string render_ics(const AgendaReport& report, const Date& stamp);

}  // namespace iwg
