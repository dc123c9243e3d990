// The agenda report: what is planned for a month or a range of months, as data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/document.hpp"
#include "iwg/util/calendar.hpp"
#include "iwg/util/time_zone.hpp"

namespace iwg {

struct PlanHeader {
    std::string group;
    std::string title;
    int year = 0;
    std::string path;             // where the plan was read from
    bool one_of_several = false;  // chosen among several plans: the report names `path`
    std::vector<std::string> display_timezones;
};
PlanHeader header_of(const Plan& plan);
// "Plan: plans/2025." when the plan was one of several, for the text and Markdown reports;
// else empty.
std::string plan_source_sentence(const PlanHeader& plan);

// A goal or action with its text. Reports keep the text of what their rows name once
// (LinkedTexts), and rows name goals and actions by id: a goal named by a thousand rows is
// printed once, so output stays linear in the plan (docs/reports.md, "Output budget").
struct IdText {
    std::string id;
    std::string text;
};

struct LinkedTexts {
    std::vector<IdText> goals;  // the goals some row names, in plan order, each once
    std::vector<IdText> actions;

    bool empty() const { return goals.empty() && actions.empty(); }
};

// A meeting's start as the clock shows it in some zone.
struct ZoneTime {
    std::string zone;
    LocalTime local;
};

// The zones reports show meeting times in besides the meeting's own: the plan's
// display_timezones, and the reader's --tz.
struct TimeDisplay {
    std::vector<TimeZone> zones;
    std::optional<TimeZone> reader;
};
TimeDisplay time_display(const Plan& plan, const std::optional<TimeZone>& reader);

// One meeting row, copied out of the plan so reports do not depend on the plan's lifetime.
// Dates, times and where to join are the row's with the plan's defaults applied (when_of).
struct MeetingView {
    std::size_t index = 0;
    std::optional<int> month;
    std::string topic;
    std::string alternative;
    MeetingKind kind = MeetingKind::meeting;
    MeetingStatus status = MeetingStatus::planned;
    std::optional<Date> date;
    bool date_from_schedule = false;
    std::optional<Date> usual_date;  // the schedule's date, when the row moved off it
    std::optional<TimeOfDay> time;
    std::optional<int> duration_minutes;
    std::optional<std::string> timezone;
    std::optional<UtcMinutes> start_utc;  // when date, time and zone are known
    int utc_offset_minutes = 0;           // the zone's offset at start_utc
    std::vector<ZoneTime> elsewhere;      // the start in each display zone
    std::optional<ZoneTime> reader_time;  // the start in the reader's zone (--tz)
    std::optional<std::string> link;
    std::string location;
    std::vector<std::string> speakers;
    std::vector<std::string> goals;  // the ids the row names, each once, in its order
    std::vector<std::string> actions;
    std::string notes;
};
// The meeting as reports show it.
MeetingView view_of(const Plan& plan, const Meeting& meeting, const TimeDisplay& display);

// The texts of the goals and actions that `rows` name, each once, in plan order (ids the plan
// does not define are left out).
LinkedTexts linked_texts(const Plan& plan, const std::vector<const MeetingView*>& rows);

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
// The same, freeing each month's rows once laid out.
doc::Document layout_agenda(AgendaReport&& report);

}  // namespace iwg
