// When a meeting row takes place, with the plan's defaults applied: the one place that says
// how a row's own values, the plan's schedule and the plan-level defaults combine.
#pragma once

#include <optional>
#include <string>

#include "iwg/plan/plan.hpp"
#include "iwg/util/time_zone.hpp"

namespace iwg {

// A timed row without a duration, in a plan without one, lasts an hour.
inline constexpr int default_duration_minutes = 60;

struct MeetingWhen {
    std::optional<Date> date;
    bool date_from_schedule = false;  // `date` is the schedule's day for the row's month
    // The row sets its own date, and the schedule would give this other one: a moved meeting.
    std::optional<Date> usual_date;
    std::optional<TimeOfDay> time;
    std::optional<std::string> timezone;  // the zone `time` is in, when one is known
    std::optional<int> duration_minutes;  // set with `time`
    // The instant the meeting starts, when date, time and zone are known (for a local time
    // the clocks skip, as if the offset before the jump held; checks report it).
    std::optional<UtcMinutes> start_utc;
    std::optional<ZonedInstant::Kind> local_time_kind;  // set with start_utc
    int utc_offset_minutes = 0;                         // set with start_utc
};

// Precedence, field by field: the row's own value, then the schedule's (for rows of kind
// meeting or event that have a month), then the plan's `timezone`/`duration`, then (for
// the duration of a timed row) an hour.
MeetingWhen when_of(const Plan& plan, const Meeting& meeting);

// Where the date and time of `when_of(plan, meeting)` came from, for findings: the row's own
// field, else the schedule's.
Span time_location(const Plan& plan, const Meeting& meeting);

}  // namespace iwg
