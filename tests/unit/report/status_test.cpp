#include "iwg/report/status.hpp"

#include <catch2/catch.hpp>

#include "iwg/render/text.hpp"
#include "test_plans.hpp"

using namespace iwg;

TEST_CASE("status sorts rows into held, cancelled, stale and upcoming", "[status]") {
    const Plan plan = test::small_plan();
    const StatusReport report = build_status(plan, Date{2024, 6, 15});
    CHECK(report.phase == PlanPhase::in_progress);
    CHECK(report.held == 1);
    CHECK(report.cancelled == 1);
    CHECK(report.stale == 1);
    CHECK(report.upcoming == 1);
    CHECK(report.unscheduled == 1);
    REQUIRE(report.rows.size() == 4);  // the break is not judged
    CHECK(report.rows[2].state == RowState::stale);
    CHECK(report.message(report.rows[2]) ==
          "April 2024 is past and still planned: mark it held or cancelled");
    REQUIRE(report.next_meeting);
    CHECK(report.next_meeting->topic == "Autumn");
    REQUIRE(report.goals.size() == 2);
    CHECK(report.goals[0].actions_total == 2);
    CHECK(report.goals[0].actions_done == 1);
    REQUIRE(report.goals[0].held_rows.size() == 1);  // through action A1
    CHECK(report.rows[report.goals[0].held_rows[0]].meeting.topic == "Held one");
    CHECK_FALSE(report.goals[0].more_held);
    CHECK(report.actions[0].id == "A2");  // planned first, then done, then dropped
    CHECK(report.actions[1].id == "A1");
    CHECK(report.actions[2].id == "A3");
}

TEST_CASE("the current month is not past, a dated row is past the day after", "[status]") {
    Plan plan = test::small_plan();
    CHECK(build_status(plan, Date{2024, 4, 30}).stale == 0);
    CHECK(build_status(plan, Date{2024, 5, 1}).stale == 1);
    plan.meetings[2].date = Located<Date>{Date{2024, 4, 10}, {}};
    CHECK(build_status(plan, Date{2024, 4, 10}).stale == 0);
    const StatusReport report = build_status(plan, Date{2024, 4, 11});
    REQUIRE(report.stale == 1);
    CHECK(report.message(report.rows[2]) ==
          "Wed 2024-04-10 is past and still planned: mark it held or cancelled");
}

TEST_CASE("status phases before and after the plan year", "[status]") {
    const Plan plan = test::small_plan();
    CHECK(build_status(plan, Date{2023, 12, 31}).phase == PlanPhase::not_started);
    const StatusReport over = build_status(plan, Date{2025, 1, 1});
    CHECK(over.phase == PlanPhase::over);
    CHECK_FALSE(over.next_meeting);
    const std::string text = render_text(layout_status(over), {});
    const std::string expected =
        "WG · Plan\n"
        "Status as of 2025-01-01.\n"
        "\n"
        "The 2024 plan year is over: 1 of 4 meetings held, 1 cancelled, 2 never marked; 1\n"
        "of 3 actions done.\n";
    CHECK(text.substr(0, expected.size()) == expected);
}

TEST_CASE("status text at 80 columns", "[status]") {
    const Plan plan = test::small_plan();
    const std::string text = render_text(layout_status(build_status(plan, Date{2024, 6, 15})), {});
    CHECK(text ==
          "WG · Plan\n"
          "Status as of 2024-06-15.\n"
          "\n"
          "Held:          1\n"
          "Cancelled:     1\n"
          "Upcoming:      1\n"
          "Stale:         1\n"
          "Unscheduled:   1\n"
          "Next meeting:  September 2024 · Autumn\n"
          "\n"
          "Stale rows\n"
          "  - April 2024 is past and still planned: mark it held or cancelled (Still\n"
          "    planned)\n"
          "\n"
          "Meetings\n"
          "  When            State      Topic\n"
          "  Tue 2024-02-06  held       Held one\n"
          "  March 2024      cancelled  Called off\n"
          "  April 2024      stale      Still planned\n"
          "  September 2024  upcoming   Autumn\n"
          "\n"
          "Actions\n"
          "  Planned:      1\n"
          "  In progress:  0\n"
          "  Done:         1\n"
          "  Dropped:      1\n"
          "\n"
          "  Action  Status   Text\n"
          "  A2      planned  Do two\n"
          "  A1      done     Do one\n"
          "  A3      dropped  Do three\n"
          "\n"
          "Goals\n"
          "  Goal:           G1 First goal\n"
          "  Progress:       1 of 2 actions done\n"
          "  Held meetings:  Tue 2024-02-06\n"
          "\n"
          "  Goal:           G2 Second goal\n"
          "  Progress:       no action serves this goal\n"
          "  Held meetings:  none yet\n");
}

TEST_CASE("status of a large plan links each goal to its actions and held rows", "[status]") {
    Plan plan;
    plan.year.value = 2024;
    constexpr int count = 20000;
    for (int i = 1; i <= count; ++i) {
        const std::string n = std::to_string(i);
        Goal& goal = plan.goals.emplace_back();
        goal.id.value = "G" + n;
        Action& action = plan.actions.emplace_back();
        action.id.value = "A" + n;
        action.goals.push_back({"G" + n, {}});
        action.status.value = i % 2 == 0 ? ActionStatus::done : ActionStatus::planned;
        Meeting& meeting = plan.meetings.emplace_back();
        meeting.month = Located<int>{1 + i % 12, {}};
        meeting.topic.value = "t" + n;
        meeting.status.value = MeetingStatus::held;
        meeting.index = static_cast<std::uint32_t>(i - 1);
        // Row i names goal i; row i also names action i - 1, which serves goal i - 1.
        meeting.goals.push_back({"G" + n, {}});
        if (i > 1) {
            meeting.actions.push_back({"A" + std::to_string(i - 1), {}});
        }
    }
    const StatusReport report = build_status(plan, Date{2024, 12, 31});
    REQUIRE(report.goals.size() == count);
    int linked = 0;
    for (int i = 1; i < count; ++i) {
        const GoalProgress& goal = report.goals[static_cast<std::size_t>(i - 1)];
        // In report order: by month, so row i + 1 comes first when it wraps to January.
        const bool wraps = i % 12 == 11;
        const std::string first = "t" + std::to_string(wraps ? i + 1 : i);
        const std::string second = "t" + std::to_string(wraps ? i : i + 1);
        const auto topic = [&report](std::size_t r) { return report.rows[r].meeting.topic; };
        linked += goal.actions_total == 1 && goal.actions_done == (i % 2 == 0 ? 1 : 0) &&
                  goal.held_rows.size() == 2 && topic(goal.held_rows[0]) == first &&
                  topic(goal.held_rows[1]) == second && !goal.more_held;
    }
    CHECK(linked == count - 1);
    CHECK(report.goals.back().held_rows.size() == 1);
}

TEST_CASE("a goal lists its first held rows: one action serving every goal, named by every row",
          "[status]") {
    // Goals × rows held through the action would be quadratic in the plan; each goal lists
    // the first held_rows_listed rows and says there are more.
    Plan plan;
    plan.year.value = 2024;
    Action& action = plan.actions.emplace_back();
    action.id.value = "A1";
    for (int i = 1; i <= 300; ++i) {
        Goal& goal = plan.goals.emplace_back();
        goal.id.value = "G" + std::to_string(i);
        action.goals.push_back({goal.id.value, {}});
        Meeting& meeting = plan.meetings.emplace_back();
        meeting.month = Located<int>{1 + i % 12, {}};
        meeting.topic.value = "t" + std::to_string(i);
        meeting.status.value = MeetingStatus::held;
        meeting.index = static_cast<std::uint32_t>(i - 1);
        meeting.actions.push_back({"A1", {}});
    }
    const StatusReport report = build_status(plan, Date{2024, 12, 31});
    REQUIRE(report.goals.size() == 300);
    for (const auto& goal : report.goals) {
        CHECK(goal.held_rows == std::vector<std::size_t>{0, 1, 2, 3, 4});
        CHECK(goal.more_held);
    }
}
