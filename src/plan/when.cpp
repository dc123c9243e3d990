#include "iwg/plan/when.hpp"

namespace iwg {
namespace {

const Schedule* schedule_for(const Plan& plan, const Meeting& meeting) {
    const bool gathers =
        meeting.kind.value == MeetingKind::meeting || meeting.kind.value == MeetingKind::event;
    return plan.schedule && gathers && meeting.month ? &*plan.schedule : nullptr;
}

}  // namespace

MeetingWhen when_of(const Plan& plan, const Meeting& meeting) {
    MeetingWhen when;
    const Schedule* schedule = schedule_for(plan, meeting);
    const std::optional<Date> rule_date =
        schedule ? std::optional<Date>(date_in_month(
                       schedule->day.value, YearMonth{plan.year.value, meeting.month->value}))
                 : std::nullopt;
    if (meeting.date) {
        when.date = meeting.date->value;
        if (rule_date && *rule_date != meeting.date->value) {
            when.usual_date = rule_date;
        }
    } else if (rule_date) {
        when.date = rule_date;
        when.date_from_schedule = true;
    }

    if (meeting.time) {
        when.time = meeting.time->value;
    } else if (schedule && schedule->time) {
        when.time = schedule->time->value;
    }
    if (!when.time) {
        return when;
    }
    if (meeting.timezone) {
        when.timezone = meeting.timezone->value;
    } else if (schedule && schedule->timezone) {
        when.timezone = schedule->timezone->value;
    } else if (plan.timezone) {
        when.timezone = plan.timezone->value;
    }
    if (meeting.duration_minutes) {
        when.duration_minutes = meeting.duration_minutes->value;
    } else if (schedule && schedule->duration_minutes) {
        when.duration_minutes = schedule->duration_minutes->value;
    } else if (plan.duration_minutes) {
        when.duration_minutes = plan.duration_minutes->value;
    } else {
        when.duration_minutes = default_duration_minutes;
    }
    if (when.date && when.timezone) {
        if (auto zone = TimeZone::find(*when.timezone)) {
            const ZonedInstant instant = zone->resolve(*when.date, *when.time);
            when.start_utc = instant.utc;
            when.local_time_kind = instant.kind;
            when.utc_offset_minutes = instant.offset_minutes;
        }
    }
    return when;
}

Span time_location(const Plan& plan, const Meeting& meeting) {
    if (meeting.time) {
        return meeting.time->location;
    }
    const Schedule* schedule = schedule_for(plan, meeting);
    if (schedule && schedule->time) {
        return schedule->time->location;
    }
    return meeting.location;
}

}  // namespace iwg
