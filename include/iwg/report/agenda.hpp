// The agenda report: what is planned for a month or a range of months, as data.
#pragma once

#include <optional>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/document.hpp"
#include "iwg/report/meeting_view.hpp"
#include "iwg/util/calendar.hpp"
#include "iwg/util/time_zone.hpp"

namespace iwg {

struct AgendaMonth {
    YearMonth month;
    std::vector<MeetingView> meetings;  // empty: nothing planned

    bool is_break() const;  // every row of the month is a break
};

struct AgendaReport {
    PlanHeader plan;
    YearMonth from;
    YearMonth to;
    std::vector<AgendaMonth> months;  // the requested months inside the plan's year
    bool include_unscheduled = false;
    std::vector<MeetingView> unscheduled;  // filled when include_unscheduled
    bool outside_plan_year = false;        // nothing of the request lies in the plan's year
    bool clipped = false;                  // part of the request lies outside the plan's year
    LinkedTexts linked;                    // what the rows above name
};

AgendaReport build_agenda(const Plan& plan, YearMonth from, YearMonth to, bool include_unscheduled,
                          const std::optional<TimeZone>& reader = std::nullopt);

doc::Document layout_agenda(const AgendaReport& report);

}  // namespace iwg
