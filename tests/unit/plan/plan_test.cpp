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

TEST_CASE("goals and actions are found by id", "[plan]") {
    Plan plan;
    plan.goals.push_back(Goal{{"G1", {}}, {"First", {}}, {}, {}});
    plan.goals.push_back(Goal{{"G2", {}}, {"Second", {}}, {}, {}});
    plan.actions.push_back(Action{{"A1", {}}, {"Act", {}}, {}, {}, {}, {}});
    const PlanIndex index(plan);
    REQUIRE(index.goal("G2") != nullptr);
    CHECK(index.goal("G2")->text.value == "Second");
    CHECK(index.goal("G3") == nullptr);
    REQUIRE(index.action("A1") != nullptr);
    CHECK(index.action("A2") == nullptr);
}

namespace {

Goal goal(const std::string& id, const std::string& text) {
    Goal g;
    g.id.value = id;
    g.text.value = text;
    return g;
}

Action action(const std::string& id, std::vector<std::string> goals) {
    Action a;
    a.id.value = id;
    for (auto& g : goals) {
        a.goals.push_back({std::move(g), {}});
    }
    return a;
}

}  // namespace

TEST_CASE("an index finds the first item of an id, in the plan it was built from", "[plan]") {
    Plan plan;
    CHECK(PlanIndex(plan).goal("G1") == nullptr);
    plan.goals.push_back(goal("G1", "one"));
    plan.goals.push_back(goal("G2", "two"));
    plan.goals.push_back(goal("G1", "again"));  // duplicate ids: the first one
    plan.actions.push_back(action("A1", {"G1"}));
    const PlanIndex index(plan);
    CHECK(index.goal("G1") == &plan.goals[0]);
    CHECK(index.goal("G2") == &plan.goals[1]);
    CHECK(index.action("A1") == &plan.actions[0]);
    CHECK(index.action("G1") == nullptr);  // goals and actions are apart

    const Plan copy = plan;  // a plain value: a copy is indexed on its own
    CHECK(PlanIndex(copy).goal("G2") == &copy.goals[1]);
}

TEST_CASE("lookups in a large plan", "[plan]") {
    Plan plan;
    for (int i = 1; i <= 40000; ++i) {
        plan.goals.push_back(goal("G" + std::to_string(i), "goal " + std::to_string(i)));
        plan.actions.push_back(action("A" + std::to_string(i), {"G" + std::to_string(i)}));
    }
    const PlanIndex index(plan);
    int found = 0;
    for (int i = 1; i <= 40000; ++i) {
        const Goal* g = index.goal("G" + std::to_string(i));
        const Action* a = index.action("A" + std::to_string(i));
        found += g != nullptr && a != nullptr && g->text.value == "goal " + std::to_string(i);
    }
    CHECK(found == 40000);
    CHECK(index.goal("G40001") == nullptr);
}

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
