// The status report: where the plan stands on a date, as data.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/document.hpp"
#include "iwg/report/meeting_view.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg {

// Where the as-of date falls against the plan's year.
enum class PlanPhase { not_started, in_progress, over };
constexpr std::array<EnumWord<PlanPhase>, 3> words_of(PlanPhase) {
    return {{
        {PlanPhase::not_started, "not-started"},
        {PlanPhase::in_progress, "in-progress"},
        {PlanPhase::over, "over"},
    }};
}

// A scheduled row that is not a break, seen on the as-of date.
enum class RowState { held, cancelled, upcoming, stale };
constexpr std::array<EnumWord<RowState>, 4> words_of(RowState) {
    return {{
        {RowState::held, "held"},
        {RowState::cancelled, "cancelled"},
        {RowState::upcoming, "upcoming"},
        {RowState::stale, "stale"},
    }};
}

// A row of the plan as reports show it, judged.
struct StatusRow {
    MeetingView meeting;
    RowState state = RowState::upcoming;
};

struct ActionProgress {
    std::string id;
    std::string text;
    ActionStatus status = ActionStatus::planned;
};

struct GoalProgress {
    std::string id;
    std::string text;
    int actions_total = 0;  // actions that name this goal, whatever their status
    int actions_done = 0;
    int actions_dropped = 0;
    // Held rows that name the goal, or one of the actions serving it: the first few in
    // calendar order, as indices into StatusReport::rows, and whether there are more. Not all
    // of them: goals × rows can be quadratic in the plan (one action serving every goal, named
    // by every row), and reports stay linear in it.
    std::vector<std::size_t> held_rows;
    bool more_held = false;
};

// Held rows a goal lists at most (GoalProgress::held_rows).
inline constexpr std::size_t held_rows_listed = 5;

struct StatusReport {
    PlanHeader plan;
    Date as_of;
    PlanPhase phase = PlanPhase::in_progress;
    std::vector<StatusRow> rows;  // scheduled non-break rows in calendar order
    int held = 0;
    int cancelled = 0;
    int upcoming = 0;
    int stale = 0;
    std::vector<ActionProgress> actions;  // grouped by status: planned, in-progress, done, dropped
    std::vector<GoalProgress> goals;
    std::optional<MeetingView> next_meeting;  // the first upcoming row
    int unscheduled = 0;                      // rows without a month (not judged)

    // What to do about a stale row ("May 2024 is past and still planned: …"); else empty.
    std::string message(const StatusRow& row) const;
};

// A row is past when its date is before `as_of`, or, without a date, when its month ended
// before `as_of`'s month. Past rows still planned or confirmed are stale.
StatusReport build_status(const Plan& plan, const Date& as_of,
                          const std::optional<TimeZone>& reader = std::nullopt);

// "May 2024 is past and still planned: mark it held or cancelled".
std::string stale_message(const MeetingView& meeting, int plan_year);

// The brief format_when for a dated row ("Tue 2024-05-14 15:00 +02:00"), "May 2024" for a
// month-only one.
std::string row_when(const MeetingView& meeting, int plan_year);

doc::Document layout_status(const StatusReport& report);

}  // namespace iwg
