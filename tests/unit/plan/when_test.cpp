#include "iwg/plan/when.hpp"

#include <catch2/catch.hpp>

#include "test_plans.hpp"

using namespace iwg;
using iwg::test::make_meeting;

namespace {

constexpr int monday = 0;
constexpr int tuesday = 1;
constexpr int wednesday = 2;
constexpr int thursday = 3;
constexpr int friday = 4;
constexpr int sunday = 6;
constexpr int last = -1;

Date day_of(int ordinal, int weekday, int year, int month) {
    return date_in_month(MonthlyDay{ordinal, weekday}, YearMonth{year, month});
}

// A position in the plan's first file.
Span at(std::uint32_t offset) {
    return Span{offset, 0, 0};
}

// A 2024 plan without defaults or schedule.
Plan bare_plan() {
    Plan plan;
    plan.year.value = 2024;
    return plan;
}

// A 2024 plan that meets on the last Tuesday at 15:00, with plan-level defaults that the
// schedule's own zone and duration (when given) override.
Plan scheduled_plan(bool schedule_zone_and_duration) {
    Plan plan = bare_plan();
    plan.timezone = Located<std::string>{"Europe/Madrid", {}};
    plan.duration_minutes = Located<int>{90, {}};
    Schedule schedule;
    schedule.day.value = MonthlyDay{last, tuesday};
    schedule.time = Located<TimeOfDay>{TimeOfDay{15, 0}, at(90)};
    if (schedule_zone_and_duration) {
        schedule.timezone = Located<std::string>{"America/Sao_Paulo", {}};
        schedule.duration_minutes = Located<int>{45, {}};
    }
    plan.schedule = schedule;
    return plan;
}

UtcMinutes utc(const Date& date, int hour, int minute) {
    return days_from_civil(date) * 1440L + hour * 60L + minute;
}

}  // namespace

TEST_CASE("date_in_month: first to fourth and last weekday", "[when]") {
    CHECK(day_of(1, monday, 2024, 1) == Date{2024, 1, 1});  // the 1st is that weekday
    CHECK(day_of(2, wednesday, 2024, 5) == Date{2024, 5, 8});
    CHECK(day_of(3, friday, 2024, 9) == Date{2024, 9, 20});
    CHECK(day_of(1, sunday, 2024, 9) == Date{2024, 9, 1});
    CHECK(day_of(last, sunday, 2024, 3) == Date{2024, 3, 31});  // the last day
    CHECK(day_of(last, tuesday, 2024, 10) == Date{2024, 10, 29});
    CHECK(day_of(last, tuesday, 2024, 12) == Date{2024, 12, 31});
    CHECK(day_of(last, monday, 2025, 3) == Date{2025, 3, 31});
}

TEST_CASE("date_in_month: a month with five Tuesdays", "[when]") {
    // April 2024: Tuesdays 2, 9, 16, 23 and 30. The fourth is not the last.
    CHECK(day_of(1, tuesday, 2024, 4) == Date{2024, 4, 2});
    CHECK(day_of(2, tuesday, 2024, 4) == Date{2024, 4, 9});
    CHECK(day_of(3, tuesday, 2024, 4) == Date{2024, 4, 16});
    CHECK(day_of(4, tuesday, 2024, 4) == Date{2024, 4, 23});
    CHECK(day_of(last, tuesday, 2024, 4) == Date{2024, 4, 30});
}

TEST_CASE("date_in_month: February in a leap year and in a common year", "[when]") {
    CHECK(day_of(1, thursday, 2024, 2) == Date{2024, 2, 1});
    CHECK(day_of(4, thursday, 2024, 2) == Date{2024, 2, 22});
    CHECK(day_of(last, thursday, 2024, 2) == Date{2024, 2, 29});  // five Thursdays
    CHECK(day_of(last, tuesday, 2023, 2) == Date{2023, 2, 28});
    CHECK(day_of(last, wednesday, 2023, 2) == Date{2023, 2, 22});
}

TEST_CASE("when_of: a row's own date, time and zone, and an hour by default", "[when]") {
    const Plan plan = bare_plan();
    Meeting row = make_meeting(0, 6, "Own");
    row.date = Located<Date>{Date{2024, 6, 18}, {}};
    row.time = Located<TimeOfDay>{TimeOfDay{15, 0}, {}};
    row.timezone = Located<std::string>{"Europe/Madrid", {}};
    const MeetingWhen when = when_of(plan, row);
    CHECK(when.date == Date{2024, 6, 18});
    CHECK_FALSE(when.date_from_schedule);
    CHECK_FALSE(when.usual_date);
    CHECK(when.time == TimeOfDay{15, 0});
    CHECK(when.timezone == "Europe/Madrid");
    CHECK(when.duration_minutes == default_duration_minutes);
    CHECK(when.duration_minutes == 60);
    CHECK(when.start_utc == utc(Date{2024, 6, 18}, 13, 0));
    CHECK(when.local_time_kind == ZonedInstant::Kind::unique);
    CHECK(when.utc_offset_minutes == 120);
}

TEST_CASE("when_of: without a zone there is no instant", "[when]") {
    Meeting row = make_meeting(0, 6, "No zone");
    row.date = Located<Date>{Date{2024, 6, 18}, {}};
    row.time = Located<TimeOfDay>{TimeOfDay{15, 0}, {}};
    const MeetingWhen when = when_of(bare_plan(), row);
    CHECK(when.time == TimeOfDay{15, 0});
    CHECK_FALSE(when.timezone);
    CHECK(when.duration_minutes == 60);
    CHECK_FALSE(when.start_utc);
    CHECK_FALSE(when.local_time_kind);
    CHECK(when.utc_offset_minutes == 0);
}

TEST_CASE("when_of: a date without a time has no zone or duration", "[when]") {
    Plan plan = bare_plan();
    plan.timezone = Located<std::string>{"UTC", {}};
    plan.duration_minutes = Located<int>{90, {}};
    Meeting row = make_meeting(0, 6, "Day only");
    row.date = Located<Date>{Date{2024, 6, 18}, {}};
    row.timezone = Located<std::string>{"Europe/Madrid", {}};
    const MeetingWhen when = when_of(plan, row);
    CHECK(when.date == Date{2024, 6, 18});
    CHECK_FALSE(when.time);
    CHECK_FALSE(when.timezone);
    CHECK_FALSE(when.duration_minutes);
    CHECK_FALSE(when.start_utc);
}

TEST_CASE("when_of: a timed row without a date has no instant", "[when]") {
    Plan plan = bare_plan();
    plan.timezone = Located<std::string>{"UTC", {}};
    Meeting row = make_meeting(0, 6, "Time only");
    row.time = Located<TimeOfDay>{TimeOfDay{9, 30}, {}};
    const MeetingWhen when = when_of(plan, row);
    CHECK_FALSE(when.date);
    CHECK(when.time == TimeOfDay{9, 30});
    CHECK(when.timezone == "UTC");
    CHECK(when.duration_minutes == 60);
    CHECK_FALSE(when.start_utc);
}

TEST_CASE("when_of: the schedule dates a row, the plan gives zone and duration", "[when]") {
    const Plan plan = scheduled_plan(false);
    const MeetingWhen when = when_of(plan, make_meeting(0, 4, "April"));
    CHECK(when.date == Date{2024, 4, 30});
    CHECK(when.date_from_schedule);
    CHECK_FALSE(when.usual_date);
    CHECK(when.time == TimeOfDay{15, 0});
    CHECK(when.timezone == "Europe/Madrid");
    CHECK(when.duration_minutes == 90);
    CHECK(when.start_utc == utc(Date{2024, 4, 30}, 13, 0));
    CHECK(when.utc_offset_minutes == 120);
    // In winter the same rule is an hour later in UTC.
    const MeetingWhen january = when_of(plan, make_meeting(1, 1, "January"));
    CHECK(january.date == Date{2024, 1, 30});
    CHECK(january.start_utc == utc(Date{2024, 1, 30}, 14, 0));
    CHECK(january.utc_offset_minutes == 60);
}

TEST_CASE("when_of: the schedule's zone and duration win over the plan's", "[when]") {
    const MeetingWhen when = when_of(scheduled_plan(true), make_meeting(0, 4, "April"));
    CHECK(when.date == Date{2024, 4, 30});
    CHECK(when.timezone == "America/Sao_Paulo");
    CHECK(when.duration_minutes == 45);
    CHECK(when.start_utc == utc(Date{2024, 4, 30}, 18, 0));
    CHECK(when.utc_offset_minutes == -180);
}

TEST_CASE("when_of: a row's own values win over the schedule's", "[when]") {
    Meeting row = make_meeting(0, 5, "Nairobi");
    row.time = Located<TimeOfDay>{TimeOfDay{10, 0}, {}};
    row.timezone = Located<std::string>{"Africa/Nairobi", {}};
    row.duration_minutes = Located<int>{180, {}};
    const MeetingWhen when = when_of(scheduled_plan(true), row);
    CHECK(when.date == Date{2024, 5, 28});
    CHECK(when.date_from_schedule);
    CHECK(when.time == TimeOfDay{10, 0});
    CHECK(when.timezone == "Africa/Nairobi");
    CHECK(when.duration_minutes == 180);
    CHECK(when.start_utc == utc(Date{2024, 5, 28}, 7, 0));
    CHECK(when.utc_offset_minutes == 180);
}

TEST_CASE("when_of: a row's own date off the schedule's day keeps the usual date", "[when]") {
    const Plan plan = scheduled_plan(false);
    Meeting moved = make_meeting(0, 4, "Moved for Easter");
    moved.date = Located<Date>{Date{2024, 4, 23}, {}};
    const MeetingWhen when = when_of(plan, moved);
    CHECK(when.date == Date{2024, 4, 23});
    CHECK_FALSE(when.date_from_schedule);
    CHECK(when.usual_date == Date{2024, 4, 30});
    CHECK(when.time == TimeOfDay{15, 0});
    CHECK(when.start_utc == utc(Date{2024, 4, 23}, 13, 0));
    // On the schedule's own day it is no move.
    Meeting same = make_meeting(1, 4, "On the day");
    same.date = Located<Date>{Date{2024, 4, 30}, {}};
    const MeetingWhen on_day = when_of(plan, same);
    CHECK(on_day.date == Date{2024, 4, 30});
    CHECK_FALSE(on_day.date_from_schedule);
    CHECK_FALSE(on_day.usual_date);
}

TEST_CASE("when_of: breaks and surveys take nothing from the schedule, events do", "[when]") {
    const Plan plan = scheduled_plan(false);
    for (const MeetingKind kind : {MeetingKind::break_, MeetingKind::survey}) {
        const MeetingWhen when =
            when_of(plan, make_meeting(0, 8, "Not a gathering", MeetingStatus::planned, kind));
        CHECK_FALSE(when.date);
        CHECK_FALSE(when.date_from_schedule);
        CHECK_FALSE(when.time);
        CHECK_FALSE(when.timezone);
        CHECK_FALSE(when.duration_minutes);
        CHECK_FALSE(when.start_utc);
    }
    const MeetingWhen event =
        when_of(plan, make_meeting(0, 9, "Event", MeetingStatus::planned, MeetingKind::event));
    CHECK(event.date == Date{2024, 9, 24});
    CHECK(event.date_from_schedule);
    CHECK(event.time == TimeOfDay{15, 0});
}

TEST_CASE("when_of: a survey with its own date and time uses the plan's defaults", "[when]") {
    Meeting survey = make_meeting(0, 9, "Survey", MeetingStatus::planned, MeetingKind::survey);
    survey.date = Located<Date>{Date{2024, 9, 2}, {}};
    survey.time = Located<TimeOfDay>{TimeOfDay{12, 0}, {}};
    const MeetingWhen when = when_of(scheduled_plan(true), survey);
    CHECK(when.date == Date{2024, 9, 2});
    CHECK_FALSE(when.usual_date);  // no schedule for surveys, so no move
    CHECK(when.timezone == "Europe/Madrid");
    CHECK(when.duration_minutes == 90);
}

TEST_CASE("when_of: rows without a month get nothing from the schedule", "[when]") {
    const MeetingWhen when =
        when_of(scheduled_plan(true), make_meeting(0, std::nullopt, "Someday"));
    CHECK_FALSE(when.date);
    CHECK_FALSE(when.time);
    CHECK_FALSE(when.timezone);
    CHECK_FALSE(when.duration_minutes);
    CHECK_FALSE(when.start_utc);
}

TEST_CASE("when_of: a schedule without a time dates rows only", "[when]") {
    Plan plan = scheduled_plan(true);
    plan.schedule->time.reset();
    const MeetingWhen when = when_of(plan, make_meeting(0, 4, "April"));
    CHECK(when.date == Date{2024, 4, 30});
    CHECK(when.date_from_schedule);
    CHECK_FALSE(when.time);
    CHECK_FALSE(when.timezone);
    CHECK_FALSE(when.duration_minutes);
}

TEST_CASE("when_of: skipped and repeated local times", "[when]") {
    Plan plan = bare_plan();
    plan.timezone = Located<std::string>{"Europe/Madrid", {}};
    Meeting gap = make_meeting(0, 3, "Gap");
    gap.date = Located<Date>{Date{2024, 3, 31}, {}};
    gap.time = Located<TimeOfDay>{TimeOfDay{2, 30}, {}};
    const MeetingWhen skipped = when_of(plan, gap);
    CHECK(skipped.local_time_kind == ZonedInstant::Kind::nonexistent);
    CHECK(skipped.start_utc == utc(Date{2024, 3, 31}, 1, 30));
    CHECK(skipped.utc_offset_minutes == 60);
    Meeting twice = make_meeting(1, 10, "Twice");
    twice.date = Located<Date>{Date{2024, 10, 27}, {}};
    twice.time = Located<TimeOfDay>{TimeOfDay{2, 30}, {}};
    const MeetingWhen repeated = when_of(plan, twice);
    CHECK(repeated.local_time_kind == ZonedInstant::Kind::ambiguous);
    CHECK(repeated.start_utc == utc(Date{2024, 10, 27}, 0, 30));
    CHECK(repeated.utc_offset_minutes == 120);
}

TEST_CASE("time_location: the row's time, else the schedule's, else the row", "[when]") {
    const Plan plan = scheduled_plan(false);
    Meeting own = make_meeting(0, 4, "Own time");
    own.location = at(200);
    own.time = Located<TimeOfDay>{TimeOfDay{10, 0}, at(210)};
    CHECK(time_location(plan, own) == at(210));
    Meeting scheduled = make_meeting(1, 4, "Schedule's time");
    scheduled.location = at(220);
    CHECK(time_location(plan, scheduled) == at(90));
    Meeting unscheduled = make_meeting(2, std::nullopt, "No month");
    unscheduled.location = at(240);
    CHECK(time_location(plan, unscheduled) == at(240));
}
