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

// SEQUENCE: days from 2000-01-01 to the as-of date. iwg keeps no state, and the as-of date
// only grows, so a calendar exported later supersedes an earlier one in clients (RFC 5545
// §3.8.7.4), and the same plan and as-of date give the same bytes.
int ics_sequence(const Date& as_of);

// The calendar for `report`. `stamp` (the as-of date) becomes every DTSTAMP, at 00:00 UTC,
// and every SEQUENCE, so the output is reproducible. Timed rows with a known zone are written
// in UTC (no VTIMEZONE: docs/reports.md says why), timed rows without one as floating time,
// each with its duration (the plan's default, else an hour); dated rows without a time are
// all-day; month-only rows span their month as transparent
// all-day events; breaks and unscheduled rows are left out.
std::string render_ics(const AgendaReport& report, const Date& stamp);

}  // namespace iwg
