#include "iwg/report/remind.hpp"

#include <catch2/catch.hpp>

#include "iwg/plan/loader.hpp"

using namespace iwg;

namespace {

const Plan& dated_plan() {
    static const LoadResult loaded = load_plan(std::string(IWG_FIXTURES) + "/remind/dated");
    REQUIRE(loaded.diagnostics.error_count() == 0);
    return loaded.plan;
}

const Plan& shipped_plan() {
    static const LoadResult loaded = load_plan(std::string(IWG_FIXTURES) + "/plan-2024");
    REQUIRE(loaded.diagnostics.error_count() == 0);
    return loaded.plan;
}

Date date(int y, int m, int d) {
    return Date{y, m, d};
}

Reminder reminder_of(const ReminderSelection& selection) {
    REQUIRE(std::holds_alternative<Reminder>(selection));
    return std::get<Reminder>(selection);
}

NothingToRemind silence_of(const ReminderSelection& selection) {
    REQUIRE(std::holds_alternative<NothingToRemind>(selection));
    return std::get<NothingToRemind>(selection);
}

}  // namespace

TEST_CASE("remind --month picks the month's first row that is not a break or cancelled",
          "[remind]") {
    const auto r = reminder_of(select_for_month(dated_plan(), {2024, 3}, date(2024, 3, 1)));
    CHECK(r.meeting.topic == "Side session");  // plan order, not time order
    CHECK(r.rule == ReminderRule::month);
    CHECK(r.month == YearMonth{2024, 3});
    CHECK(r.plan.group == "Test Group");
    CHECK(explain(r) == "reminder for March 2024: the month's row, picked by --month");
}

TEST_CASE(
    "remind --month is silent for breaks and cancelled meetings and missing rows and other years",
    "[remind]") {
    const Date as_of = date(2024, 1, 1);
    auto silence = silence_of(select_for_month(dated_plan(), {2024, 5}, as_of));
    CHECK(silence.reason == SilenceReason::break_month);
    CHECK(silence.message == "May 2024 is a break");

    silence = silence_of(select_for_month(dated_plan(), {2024, 2}, as_of));
    CHECK(silence.reason == SilenceReason::cancelled);
    CHECK(silence.message == "the meeting of February 2024 is cancelled");

    silence = silence_of(select_for_month(dated_plan(), {2024, 10}, as_of));
    CHECK(silence.reason == SilenceReason::no_row);
    CHECK(silence.message ==
          "the plan has no row for October 2024 (1 row has no month and is never reminded)");

    silence = silence_of(select_for_month(dated_plan(), {2025, 1}, as_of));
    CHECK(silence.reason == SilenceReason::outside_plan_year);
    CHECK(silence.message == "January 2025 is outside the plan's year 2024");
}

TEST_CASE("a meeting already held is not reminded of", "[remind]") {
    auto silence = silence_of(select_for_month(dated_plan(), {2024, 11}, date(2024, 11, 20)));
    CHECK(silence.reason == SilenceReason::held);
    CHECK(silence.message == "the meeting of November 2024 was held");
    CHECK(to_string(SilenceReason::held) == "held");
    auto window = silence_of(select_within(dated_plan(), date(2024, 11, 1), 14));
    CHECK(window.reason == SilenceReason::not_in_window);
}

TEST_CASE("remind --month reminds of surveys and events", "[remind]") {
    const auto survey =
        reminder_of(select_for_month(shipped_plan(), {2024, 12}, date(2024, 11, 25)));
    CHECK(survey.meeting.topic == "End of year survey");
    CHECK(survey.meeting.kind == MeetingKind::survey);
    const auto event = reminder_of(select_for_month(dated_plan(), {2024, 8}, date(2024, 7, 25)));
    CHECK(event.meeting.kind == MeetingKind::event);
}

TEST_CASE("remind --within rule A: a dated row from as-of to as-of + N with both ends included",
          "[remind]") {
    const auto r = reminder_of(select_within(dated_plan(), date(2024, 1, 10), 6));
    CHECK(r.meeting.topic == "Kick-off");
    CHECK(r.rule == ReminderRule::dated);
    CHECK(r.month == YearMonth{2024, 1});
    CHECK(explain(r) ==
          "reminder for January 2024: the meeting dated 2024-01-16 is within 6 days of 2024-01-10");
    CHECK(reminder_of(select_within(dated_plan(), date(2024, 1, 16), 0)).meeting.topic ==
          "Kick-off");

    const auto silence = silence_of(select_within(dated_plan(), date(2024, 1, 10), 5));
    CHECK(silence.reason == SilenceReason::not_in_window);
    CHECK(silence.message ==
          "no dated meeting from 2024-01-10 to 2024-01-15, and 2024-01-10 is not in the last 5 "
          "days of January (from 2024-01-27)");
}

TEST_CASE("remind --within rule A: on the same day the timed row wins and then plan order",
          "[remind]") {
    const auto r = reminder_of(select_within(dated_plan(), date(2024, 3, 10), 7));
    CHECK(r.meeting.topic == "Main session");
}

TEST_CASE("remind --within rule A skips cancelled rows", "[remind]") {
    const auto silence = silence_of(select_within(dated_plan(), date(2024, 2, 10), 7));
    CHECK(silence.message ==
          "no dated meeting from 2024-02-10 to 2024-02-17, and 2024-02-10 is not in the last 7 "
          "days of February (from 2024-02-23)");
}

TEST_CASE("remind --within rule B: next month's undated row when the window reaches its first day",
          "[remind]") {
    const auto r = reminder_of(select_within(dated_plan(), date(2024, 3, 25), 7));
    CHECK(r.meeting.topic == "Undated April topic");
    CHECK(r.rule == ReminderRule::next_month);
    CHECK(r.month == YearMonth{2024, 4});
    CHECK(explain(r) ==
          "reminder for April 2024: the month's row has no date and 2024-03-25 is in the last 7 "
          "days of March");
    // One day earlier the window ends on March 31.
    CHECK(silence_of(select_within(dated_plan(), date(2024, 3, 24), 7)).reason ==
          SilenceReason::not_in_window);
}

TEST_CASE("remind --within rule A wins over rule B", "[remind]") {
    // The window reaches August (an undated event) but holds July 20, dated.
    const auto r = reminder_of(select_within(dated_plan(), date(2024, 7, 15), 20));
    CHECK(r.meeting.topic == "Dated July topic");
    CHECK(r.rule == ReminderRule::dated);
}

TEST_CASE(
    "remind --within rule B is silent for breaks and cancelled and dated and out-of-year months",
    "[remind]") {
    auto silence = silence_of(select_within(dated_plan(), date(2024, 4, 30), 1));
    CHECK(silence.reason == SilenceReason::break_month);
    CHECK(silence.message ==
          "no dated meeting from 2024-04-30 to 2024-05-01, and May 2024 is a break");

    silence = silence_of(select_within(dated_plan(), date(2024, 5, 31), 3));
    CHECK(silence.reason == SilenceReason::cancelled);

    silence = silence_of(select_within(dated_plan(), date(2024, 6, 28), 5));
    CHECK(silence.reason == SilenceReason::dated_elsewhere);
    CHECK(silence.message ==
          "no dated meeting from 2024-06-28 to 2024-07-03, and July 2024's "
          "meeting is dated 2024-07-20, outside the window");

    silence = silence_of(select_within(dated_plan(), date(2024, 12, 28), 7));
    CHECK(silence.reason == SilenceReason::outside_plan_year);
    CHECK(silence.message ==
          "no dated meeting from 2024-12-28 to 2025-01-04, and January 2025 "
          "is outside the plan's year 2024");

    silence = silence_of(select_within(dated_plan(), date(2024, 5, 1), 0));
    CHECK(silence.message ==
          "no dated meeting on 2024-05-01, and --within 0 never reaches the next month");
}

TEST_CASE("reminder rules and reasons have stable names", "[remind]") {
    CHECK(to_string(ReminderRule::next_month) == "next-month");
    CHECK(to_string(SilenceReason::outside_plan_year) == "outside-plan-year");
    CHECK(to_string(SilenceReason::break_month) == "break");
}
