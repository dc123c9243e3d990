// The agenda report: what is planned for a month or a range of months, as data.
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
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

// One meeting row as reports show it, made when a report writes the row (MeetingRows).
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
// Only when it takes place (month, date, time, zone, duration, status, kind): no texts, no
// lists, no other zones. For what names a row by its date: cheap whatever the row holds.
MeetingView schedule_view_of(const Plan& plan, const Meeting& meeting);

// Makes a plan's meetings into MeetingViews, with the zones a report shows times in.
class RowViewer {
  public:
    RowViewer() = default;
    RowViewer(const Plan& plan, TimeDisplay display)
        : plan_(&plan), display_(std::make_shared<const TimeDisplay>(std::move(display))) {}
    MeetingView operator()(const Meeting& meeting) const {
        return view_of(*plan_, meeting, *display_);
    }
    MeetingView schedule(const Meeting& meeting) const { return schedule_view_of(*plan_, meeting); }

  private:
    const Plan* plan_ = nullptr;
    std::shared_ptr<const TimeDisplay> display_;  // shared: a report's row lists copy the viewer
};

// A report's rows: meetings of the plan, each made into its MeetingView when read. A report
// keeps a pointer per row rather than a copy of it, so that a large plan's report is written
// one row at a time and never held beside the plan (docs/performance.md). The plan must
// outlive the report.
class MeetingRows {
  public:
    class iterator {
      public:
        using iterator_category = std::input_iterator_tag;
        using value_type = MeetingView;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = MeetingView;

        iterator() = default;
        iterator(const MeetingRows* rows, std::size_t at) : rows_(rows), at_(at) {}
        MeetingView operator*() const { return (*rows_)[at_]; }
        iterator& operator++() {
            ++at_;
            return *this;
        }
        iterator operator++(int) {
            iterator before = *this;
            ++at_;
            return before;
        }
        bool operator==(const iterator& other) const { return at_ == other.at_; }

      private:
        const MeetingRows* rows_ = nullptr;
        std::size_t at_ = 0;
    };

    MeetingRows() = default;
    explicit MeetingRows(RowViewer viewer) : viewer_(std::move(viewer)) {}

    void reserve(std::size_t count) { rows_.reserve(count); }
    void push_back(const Meeting& meeting) { rows_.push_back(&meeting); }
    std::size_t size() const { return rows_.size(); }
    bool empty() const { return rows_.empty(); }
    const Meeting& meeting(std::size_t i) const { return *rows_[i]; }
    MeetingView operator[](std::size_t i) const { return viewer_(*rows_[i]); }
    iterator begin() const { return {this, 0}; }
    iterator end() const { return {this, rows_.size()}; }

  private:
    RowViewer viewer_;
    std::vector<const Meeting*> rows_;
};

// The texts of the goals and actions that `rows` name, each once, in plan order (ids the plan
// does not define are left out).
LinkedTexts linked_texts(const Plan& plan, const std::vector<const Meeting*>& rows);

struct AgendaMonth {
    YearMonth month;
    MeetingRows meetings;  // empty: nothing planned

    bool is_break() const;  // every row of the month is a break
};

struct AgendaReport {
    PlanHeader plan;
    YearMonth from;
    YearMonth to;
    std::vector<AgendaMonth> months;  // the requested months inside the plan's year
    bool include_unscheduled = false;
    MeetingRows unscheduled;         // filled when include_unscheduled
    bool outside_plan_year = false;  // nothing of the request lies in the plan's year
    bool clipped = false;            // part of the request lies outside the plan's year
    LinkedTexts linked;              // what the rows above name
};

// The report's rows point into `plan`, which must outlive it.
AgendaReport build_agenda(const Plan& plan, YearMonth from, YearMonth to, bool include_unscheduled,
                          const std::optional<TimeZone>& reader = std::nullopt);
// A temporary plan would leave the report pointing nowhere.
AgendaReport build_agenda(const Plan&& plan, YearMonth from, YearMonth to, bool include_unscheduled,
                          const std::optional<TimeZone>& reader = std::nullopt) = delete;

void layout_agenda(const AgendaReport& report, doc::Sink& out);
doc::Document layout_agenda(const AgendaReport& report);

}  // namespace iwg
