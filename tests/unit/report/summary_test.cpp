#include "iwg/report/summary.hpp"

#include <catch2/catch.hpp>

#include "iwg/render/text.hpp"
#include "test_plans.hpp"

using namespace iwg;

TEST_CASE("summary counts rows and links goals to the actions serving them", "[summary]") {
    const Plan plan = test::small_plan();
    const SummaryReport report = build_summary(plan);
    CHECK(report.counts.goals == 2);
    CHECK(report.counts.actions == 3);
    CHECK(report.counts.meetings == 4);
    CHECK(report.counts.breaks == 1);
    CHECK(report.counts.unscheduled == 1);
    REQUIRE(report.goals.size() == 2);
    REQUIRE(report.goals[0].actions.size() == 2);
    CHECK(report.goals[0].actions[1] == "A2");
    CHECK(report.goals[1].actions.empty());
    CHECK(report.months.size() == 12);
    CHECK(report.unscheduled.size() == 1);
}

TEST_CASE("summary text shows empty months, breaks and unscheduled rows", "[summary]") {
    const Plan plan = test::small_plan();
    const std::string text = render_text(layout_summary(build_summary(plan)), {});
    CHECK(text ==
          "WG · Plan\n"
          "Plan year 2024: 2 goals, 3 actions, 4 meetings, 1 break, 1 unscheduled row.\n"
          "\n"
          "Goals\n"
          "  Goal  Served by  Text\n"
          "  G1    A1, A2     First goal\n"
          "  G2    -          Second goal\n"
          "\n"
          "Actions\n"
          "  Action  Goals  Text\n"
          "  A1      G1     Do one\n"
          "  A2      G1     Do two\n"
          "  A3      -      Do three\n"
          "\n"
          "Months\n"
          "  Month      Kind     Topic\n"
          "  January    -        (nothing planned)\n"
          "  February   meeting  Held one\n"
          "  March      meeting  Called off\n"
          "  April      meeting  Still planned\n"
          "  May        -        (nothing planned)\n"
          "  June       -        (nothing planned)\n"
          "  July       break    Summer\n"
          "  August     -        (nothing planned)\n"
          "  September  meeting  Autumn\n"
          "  October    -        (nothing planned)\n"
          "  November   -        (nothing planned)\n"
          "  December   -        (nothing planned)\n"
          "\n"
          "Unscheduled\n"
          "  Kind     Topic\n"
          "  meeting  Someday\n");
}
