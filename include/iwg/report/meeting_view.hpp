// What every report shows of a plan: its header, a meeting row as reports show it
// (MeetingView), and the texts of the goals and actions rows name (LinkedTexts). Plain values:
// a report holds them, not pointers into the plan, so it outlives the plan it was built from.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "iwg/plan/plan.hpp"
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

// A text that many rows may show: the plan's link or location, which every row without its
// own inherits. Held once and shared by the rows' views, so that a report holds it once
// however many rows show it (docs/security.md, "Output budgets"). Null: no text.
using SharedText = std::shared_ptr<const std::string>;
// The text, empty when there is none.
inline const std::string& text_of(const SharedText& text) {
    static const std::string none;
    return text ? *text : none;
}

// What a report's rows are made with: the zones times are shown in besides the meeting's own
// (the plan's display_timezones, the reader's --tz) and the texts rows inherit from the plan.
struct RowContext {
    std::vector<TimeZone> zones;
    std::optional<TimeZone> reader;
    SharedText plan_link;
    SharedText plan_location;
};
RowContext row_context(const Plan& plan, const std::optional<TimeZone>& reader);

// One meeting row as reports show it. Dates, times and where to join are the row's with the
// plan's defaults applied (when_of).
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
    SharedText link;                      // where to join: the row's, else the plan's
    SharedText location;
    std::vector<std::string> speakers;
    std::vector<std::string> goals;  // the ids the row names, each once, in its order
    std::vector<std::string> actions;
    std::string notes;
};
// The meeting as reports show it.
MeetingView view_of(const Plan& plan, const Meeting& meeting, const RowContext& context);

// The texts of the goals and actions that `rows` name, each once, in plan order (ids the plan
// does not define are left out).
LinkedTexts linked_texts(const Plan& plan, const std::vector<const MeetingView*>& rows);

}  // namespace iwg
