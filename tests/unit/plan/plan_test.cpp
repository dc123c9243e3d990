#include "iwg/plan/plan.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("enum words round-trip and unknown words are refused", "[plan]") {
    for (auto kind :
         {MeetingKind::meeting, MeetingKind::break_, MeetingKind::survey, MeetingKind::event}) {
        CHECK(parse_enum<MeetingKind>(to_string(kind)) == kind);
    }
    for (auto status : {MeetingStatus::planned, MeetingStatus::confirmed, MeetingStatus::held,
                        MeetingStatus::cancelled}) {
        CHECK(parse_enum<MeetingStatus>(to_string(status)) == status);
    }
    for (auto status : {ActionStatus::planned, ActionStatus::in_progress, ActionStatus::done,
                        ActionStatus::dropped}) {
        CHECK(parse_enum<ActionStatus>(to_string(status)) == status);
    }
    CHECK(to_string(MeetingKind::break_) == "break");
    CHECK(to_string(ActionStatus::in_progress) == "in-progress");
    CHECK_FALSE(parse_enum<MeetingKind>("Break"));  // words are exact: the loader suggests the fix
    CHECK_FALSE(parse_enum<ActionStatus>("in_progress"));
    CHECK_FALSE(parse_enum<MeetingStatus>("canceled"));
}

namespace {

Action action(const std::string& id, std::vector<std::string> goals) {
    Action a;
    a.id.value = id;
    for (auto& g : goals) {
        a.goals.push_back({std::move(g), {}});
    }
    return a;
}

}  // namespace

TEST_CASE("actions_by_goal lists each serving action once, in plan order", "[plan]") {
    Plan plan;
    plan.actions.push_back(action("A1", {"G1", "G2", "G1"}));
    plan.actions.push_back(action("A2", {"G2"}));
    const auto serving = actions_by_goal(plan);
    REQUIRE(serving.at("G1").size() == 1);
    REQUIRE(serving.at("G2").size() == 2);
    CHECK(serving.at("G2")[0]->id.value == "A1");
    CHECK(serving.at("G2")[1]->id.value == "A2");
    CHECK(serving.count("G3") == 0);
}

TEST_CASE("paragraphs are the text between blank lines", "[plan]") {
    using Paragraphs = std::vector<std::string_view>;
    CHECK(paragraphs("") == Paragraphs{});
    CHECK(paragraphs("One.\n") == Paragraphs{"One."});
    CHECK(paragraphs("One\nstill one.\n\n  \nTwo.") == Paragraphs{"One\nstill one.", "Two."});
    CHECK(paragraphs("\n\nOne.\r\n\r\nTwo.\n\n") == Paragraphs{"One.", "Two."});
}
