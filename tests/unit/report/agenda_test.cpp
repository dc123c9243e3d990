#include "iwg/report/agenda.hpp"

#include <catch2/catch.hpp>

#include "iwg/plan/loader.hpp"
#include "iwg/render/text.hpp"

using namespace iwg;

namespace {

Plan shipped_plan() {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/plan-2024");
    REQUIRE(result.diagnostics.error_count() == 0);
    return result.plan;
}

Plan plan_from(const std::string& text) {
    Diagnostics diagnostics;
    auto source = std::make_shared<const SourceFile>("p.yaml", text);
    YamlTree tree;
    REQUIRE(parse_yaml(*source, YamlLimits{}, tree, diagnostics));
    Plan plan;
    decode_plan_file(source, tree.root, plan, diagnostics);
    REQUIRE(diagnostics.empty());
    return plan;
}

std::string render(const AgendaReport& report) {
    return render_text(layout_agenda(report), TextStyle{});
}

}  // namespace

TEST_CASE("a single month collects its rows in plan order", "[agenda]") {
    const Plan plan = shipped_plan();
    const auto report = build_agenda(plan, {2024, 11}, {2024, 11}, false);
    REQUIRE(report.months.size() == 1);
    REQUIRE(report.months[0].meetings.size() == 1);
    const MeetingView& m = report.months[0].meetings[0];
    CHECK(m.topic ==
          "Opening data in practice: lessons learned from data interoperability in open science");
    CHECK(m.alternative == "connect discussion with UNWDF.");
    CHECK_FALSE(report.outside_plan_year);
    CHECK_FALSE(report.clipped);
}

TEST_CASE("the whole year lists twelve months and the unscheduled row", "[agenda]") {
    const Plan plan = shipped_plan();
    const auto report = build_agenda(plan, {2024, 1}, {2024, 12}, true);
    CHECK(report.months.size() == 12);
    CHECK(report.months[0].meetings.empty());
    CHECK(report.months[7].is_break());
    CHECK_FALSE(report.months[4].is_break());
    REQUIRE(report.unscheduled.size() == 1);
    CHECK_FALSE(report.unscheduled[0].month.has_value());
    CHECK(report.unscheduled[0].index == 3);
}

TEST_CASE("months outside the plan's year", "[agenda]") {
    const Plan plan = shipped_plan();
    const auto outside = build_agenda(plan, {2025, 5}, {2025, 5}, false);
    CHECK(outside.outside_plan_year);
    CHECK(render(outside) == "No plan for May 2025: the plan covers 2024.\n");
    const auto clipped = build_agenda(plan, {2024, 12}, {2025, 2}, false);
    CHECK(clipped.clipped);
    CHECK(clipped.months.size() == 1);
    CHECK(render(clipped).ends_with(
        "\n  Months outside 2024 are not shown: the plan covers 2024.\n"));
}

TEST_CASE("an empty month says so in one line", "[agenda]") {
    const Plan plan = shipped_plan();
    CHECK(render(build_agenda(plan, {2024, 2}, {2024, 2}, false)) ==
          "Nothing planned for February 2024.\n");
}

TEST_CASE("a break is shown as a break, without a status", "[agenda]") {
    const Plan plan = shipped_plan();
    CHECK(render(build_agenda(plan, {2024, 8}, {2024, 8}, false)) ==
          "Implementation Working Group · Action Plan 2024\n"
          "\n"
          "August 2024\n"
          "  Topic:        SUMMER BREAK\n"
          "  Kind:         break: no meeting this month\n");
}

TEST_CASE("every field of a meeting appears, linked texts once after the rows", "[agenda]") {
    const Plan plan = plan_from(R"(group: G
title: T
year: 2024
goals: [{id: G1, text: First goal}]
actions: [{id: A1, text: First action, goals: [G1]}]
meetings:
  - month: may
    topic: Topic
    alternative: Other
    status: held
    date: 2024-05-14
    time: "15:00"
    duration: 90
    timezone: "+02:00"
    speakers: [Ana, Bo]
    goals: [G1]
    actions: [A1]
    notes: Bring slides
)");
    CHECK(render(build_agenda(plan, {2024, 5}, {2024, 5}, false)) ==
          "G · T\n"
          "\n"
          "May 2024\n"
          "  Topic:        Topic\n"
          "  Alternative:  Other\n"
          "  Kind:         meeting\n"
          "  Status:       held\n"
          "  When:         Tuesday 2024-05-14 15:00 +02:00, 90 minutes\n"
          "  Speakers:     Ana, Bo\n"
          "  Goals:        G1\n"
          "  Actions:      A1\n"
          "  Notes:        Bring slides\n"
          "\n"
          "Goals named above\n"
          "  Goal  Text\n"
          "  G1    First goal\n"
          "\n"
          "Actions named above\n"
          "  Action  Text\n"
          "  A1      First action\n");
}

TEST_CASE("a goal named by many rows, or many times by one, is kept once", "[agenda]") {
    std::string text =
        "group: G\ntitle: T\nyear: 2024\ngoals: [{id: G1, text: First goal}]\n"
        "meetings:\n";
    for (int i = 0; i < 50; ++i) {
        text += "  - {month: may, topic: t, goals: [G1, G1, G1], shares_month: true}\n";
    }
    const Plan plan = plan_from(text);
    const AgendaReport report = build_agenda(plan, {2024, 5}, {2024, 5}, false);
    REQUIRE(report.months.size() == 1);
    REQUIRE(report.months[0].meetings.size() == 50);
    CHECK(report.months[0].meetings[0].goals == std::vector<std::string>{"G1"});
    REQUIRE(report.linked.goals.size() == 1);
    CHECK(report.linked.goals[0].text == "First goal");
}
