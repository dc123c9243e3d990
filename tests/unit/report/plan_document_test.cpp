#include "iwg/report/plan_document.hpp"

#include <catch2/catch.hpp>

#include "iwg/render/markdown.hpp"
#include "iwg/render/text.hpp"
#include "test_plans.hpp"

using namespace iwg;

namespace {

Plan plan_with_introduction() {
    Plan plan = test::small_plan();
    plan.introduction = "First paragraph.\n\nSecond paragraph,\nin two lines.\n";
    plan.focus_areas = {"Area one", "Area two"};
    plan.document.focus_areas_after = Located<int>{1, {}};
    plan.document.actions_intro = "We propose:";
    plan.document.actions_title = "Specific actions";
    plan.document.editorial = {EditorialPart::action_goals};
    plan.meetings[4].alternative = "a talk instead.";
    return plan;
}

}  // namespace

TEST_CASE("the document keeps the source's order and marks editorial parts", "[document]") {
    const Plan plan = plan_with_introduction();
    const PlanDocument document = build_plan_document(plan);
    CHECK(document.introduction ==
          std::vector<std::string>{"First paragraph.", "Second paragraph,\nin two lines."});
    CHECK(document.focus_areas_after == 1);
    CHECK(document.goals_title == "Goals");
    CHECK(document.actions_title == "Specific actions");
    CHECK(document.meetings_title == "Meetings");
    CHECK(document.meetings.size() == 6);  // every row, the unscheduled one in its place
    CHECK(editorial_legend(document) ==
          "\u2020 marks what the plan's maintainers added to the source document: the goals "
          "each action serves.");
    CHECK(render_text(layout_plan_document(document), {}) ==
          "WG\n"
          "\n"
          "Plan\n"
          "  \u2020 marks what the plan's maintainers added to the source document: the goals\n"
          "  each action serves.\n"
          "\n"
          "  First paragraph.\n"
          "\n"
          "  - Area one\n"
          "  - Area two\n"
          "\n"
          "  Second paragraph,\n"
          "  in two lines.\n"
          "\n"
          "  Goals\n"
          "    Id  Goal\n"
          "    G1  First goal\n"
          "    G2  Second goal\n"
          "\n"
          "  Specific actions\n"
          "    We propose:\n"
          "\n"
          "    Id  Goals\u2020  Action\n"
          "    A1  G1      Do one\n"
          "    A2  G1      Do two\n"
          "    A3          Do three\n"
          "\n"
          "  Meetings\n"
          "    Month      Kind     Status     Date            Goals  Topic\n"
          "    February   meeting  held       Tue 2024-02-06  A1     Held one\n"
          "    March      meeting  cancelled                         Called off\n"
          "    April      meeting  planned                           Still planned\n"
          "    July       break    planned                           Summer\n"
          "    September  meeting  confirmed                         Autumn Or a talk\n"
          "                                                          instead.\n"
          "               meeting  planned                           Someday\n");
}

TEST_CASE("the focus areas follow the introduction unless the plan places them", "[document]") {
    Plan plan = plan_with_introduction();
    plan.document.focus_areas_after.reset();
    const std::string markdown = render_markdown(layout_plan_document(build_plan_document(plan)));
    const auto second = markdown.find("Second paragraph");
    const auto area = markdown.find("- Area one");
    REQUIRE(second != std::string::npos);
    REQUIRE(area != std::string::npos);
    CHECK(second < area);
    CHECK(markdown.find("\u2020") != std::string::npos);
}

TEST_CASE("the meeting table leaves out columns no row fills", "[document]") {
    Plan plan = test::small_plan();
    for (auto& meeting : plan.meetings) {
        meeting.status.value = MeetingStatus::planned;
        meeting.date.reset();
        meeting.actions.clear();
    }
    const doc::Document layout = layout_plan_document(build_plan_document(plan));
    const auto& table = std::get<doc::Table>(layout.blocks.back());
    CHECK(table.headers == std::vector<std::string>{"Month", "Kind", "Topic"});
    CHECK(table.rows.back() == std::vector<std::string>{"", "meeting", "Someday"});
}
