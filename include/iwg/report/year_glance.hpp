// The year at a glance and the goals' coverage, as data: what `iwg publish` shows beside the
// document. Every gap it finds is a sentence, so a page says it in words, not by layout alone.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/meeting_view.hpp"
#include "iwg/report/status.hpp"

namespace iwg {

// A row of the plan as reports show it.
struct GlanceRow {
    MeetingView meeting;
    // As of the as-of date; none for a break, and for a planned row without a month (it
    // cannot be past or upcoming).
    std::optional<RowState> state;
};

struct GlanceMonth {
    int month = 1;
    std::vector<GlanceRow> rows;  // in calendar order; empty: nothing planned
};

struct GoalCoverage {
    std::string id;
    std::string text;
    std::vector<std::string> actions;  // the actions that serve it, in plan order
    std::vector<int> months;           // months whose meetings touch it, each once, in order
};

struct YearGlance {
    PlanHeader plan;
    Date as_of;
    std::array<GlanceMonth, 12> months;
    std::vector<GlanceRow> unscheduled;  // rows without a month, in plan order
    std::vector<GoalCoverage> goals;
    bool meetings_name_goals = false;  // some row names a goal or an action
    // Which columns of the coverage show what the maintainers added (plan document.editorial).
    bool ids_editorial = false;
    bool served_by_editorial = false;
    bool meetings_editorial = false;
    std::vector<std::string> gaps;  // "No action serves G3.", "No meeting in …", in order
};

// A meeting touches a goal when it names the goal, or an action that serves it; breaks and
// cancelled rows touch nothing. A quarter without a meeting or event that is not cancelled
// is a gap.
YearGlance build_year_glance(const Plan& plan, const Date& as_of);

// "held", "stale", …, "break" or "no month yet": the word a row's state is shown with.
std::string_view state_word(const GlanceRow& row);

}  // namespace iwg
