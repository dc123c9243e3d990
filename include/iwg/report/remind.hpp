// Reminder selection: which meeting row a scheduled `iwg remind` speaks about, or why it stays
// silent. The rules are documented in docs/reminders.md ("Selection rules"); keep them in sync.
#pragma once

#include <array>
#include <string>
#include <variant>

#include "iwg/plan/plan.hpp"
#include "iwg/report/meeting_view.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg {

// Which rule picked the row.
enum class ReminderRule {
    month,       // --month: the requested month's row
    dated,       // --within: a dated row whose date falls in the window
    next_month,  // --within: next month's undated row, as-of in the month's last days
};
constexpr std::array<EnumWord<ReminderRule>, 3> words_of(ReminderRule) {
    return {{
        {ReminderRule::month, "month"},
        {ReminderRule::dated, "dated"},
        {ReminderRule::next_month, "next-month"},
    }};
}

struct Reminder {
    PlanHeader plan;
    Date as_of;
    YearMonth month;  // the month the reminder is about
    MeetingView meeting;
    ReminderRule rule = ReminderRule::month;
    int within_days = 0;  // --within N; 0 for the month rule
    LinkedTexts linked;   // the texts of the goals and actions the meeting names
};

enum class SilenceReason {
    outside_plan_year,  // the month is not in the plan's year
    no_row,             // the plan has no row for the month
    break_month,        // every row of the month is a break
    cancelled,          // every non-break row of the month is cancelled
    held,               // every non-break row is cancelled or held, and one was held
    not_in_window,      // --within: no dated row in the window, and rule B does not apply
    dated_elsewhere,    // --within: next month's rows are all dated outside the window
};
constexpr std::array<EnumWord<SilenceReason>, 7> words_of(SilenceReason) {
    return {{
        {SilenceReason::outside_plan_year, "outside-plan-year"},
        {SilenceReason::no_row, "no-row"},
        {SilenceReason::break_month, "break"},
        {SilenceReason::cancelled, "cancelled"},
        {SilenceReason::held, "held"},
        {SilenceReason::not_in_window, "not-in-window"},
        {SilenceReason::dated_elsewhere, "dated-elsewhere"},
    }};
}

struct NothingToRemind {
    SilenceReason reason = SilenceReason::no_row;
    std::string message;  // one sentence for --verbose; may hold plan text (sanitize to print)
};

using ReminderSelection = std::variant<Reminder, NothingToRemind>;

// --month: the first row of `month` (plan order) that is not a break and not cancelled.
// `reader`: --tz, the zone the reminder also shows the time in.
ReminderSelection select_for_month(const Plan& plan, YearMonth month, const Date& as_of,
                                   const std::optional<TimeZone>& reader = std::nullopt);

// --within N (dates with the schedule applied): rule A, the earliest dated row in [as_of, as_of +
// N] that is not a break and not cancelled (ties: earlier time, untimed last, then plan order);
// else rule B, when as_of + N reaches the first of next month, next month's first undated row that
// is not a break and not cancelled. Precondition: days >= 0.
ReminderSelection select_within(const Plan& plan, const Date& as_of, int days,
                                const std::optional<TimeZone>& reader = std::nullopt);

// Why the reminder was picked, one sentence for --verbose.
std::string explain(const Reminder& reminder);

}  // namespace iwg
