#include "iwg/plan.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("enum words round-trip and unknown words are refused", "[plan]") {
    for (auto kind :
         {MeetingKind::meeting, MeetingKind::break_, MeetingKind::survey, MeetingKind::event}) {
        CHECK(meeting_kind_from(to_string(kind)) == kind);
    }
    for (auto status : {MeetingStatus::planned, MeetingStatus::confirmed, MeetingStatus::held,
                        MeetingStatus::cancelled}) {
        CHECK(meeting_status_from(to_string(status)) == status);
    }
    for (auto status : {ActionStatus::planned, ActionStatus::in_progress, ActionStatus::done,
                        ActionStatus::dropped}) {
        CHECK(action_status_from(to_string(status)) == status);
    }
    CHECK(to_string(MeetingKind::break_) == "break");
    CHECK(to_string(ActionStatus::in_progress) == "in-progress");
    CHECK_FALSE(meeting_kind_from("Break"));  // words are exact: the loader suggests the fix
    CHECK_FALSE(action_status_from("in_progress"));
    CHECK_FALSE(meeting_status_from("canceled"));
}

TEST_CASE("goals and actions are found by id", "[plan]") {
    Plan plan;
    plan.goals.push_back(Goal{{"G1", {}}, {"First", {}}, {}, {}});
    plan.goals.push_back(Goal{{"G2", {}}, {"Second", {}}, {}, {}});
    plan.actions.push_back(Action{{"A1", {}}, {"Act", {}}, {}, {}, {}, {}});
    REQUIRE(plan.find_goal("G2") != nullptr);
    CHECK(plan.find_goal("G2")->text.value == "Second");
    CHECK(plan.find_goal("G3") == nullptr);
    REQUIRE(plan.find_action("A1") != nullptr);
    CHECK(plan.find_action("A2") == nullptr);
}
