#include "iwg/report/year_glance.hpp"

#include <catch2/catch.hpp>

#include "test_plans.hpp"

using namespace iwg;

TEST_CASE("the year at a glance places rows by month with their state", "[year_glance]") {
    const Plan plan = test::small_plan();
    const YearGlance glance = build_year_glance(plan, Date{2024, 6, 1});
    CHECK(glance.months[0].rows.empty());
    REQUIRE(glance.months[1].rows.size() == 1);
    CHECK(state_word(glance.months[1].rows[0]) == "held");
    CHECK(state_word(glance.months[2].rows[0]) == "cancelled");
    CHECK(state_word(glance.months[3].rows[0]) == "stale");  // April is past, still planned
    CHECK(state_word(glance.months[6].rows[0]) == "break");
    CHECK(state_word(glance.months[8].rows[0]) == "upcoming");
    REQUIRE(glance.unscheduled.size() == 1);
    CHECK(glance.unscheduled[0].meeting.topic == "Someday");
}

TEST_CASE("coverage names each gap in words", "[year_glance]") {
    // small_plan: the held February row names A1 (serving G1); G2 has no action; no meeting
    // or event takes place in October to December but the confirmed September row.
    const Plan plan = test::small_plan();
    const YearGlance glance = build_year_glance(plan, Date{2024, 6, 1});
    REQUIRE(glance.goals.size() == 2);
    CHECK(glance.goals[0].actions == std::vector<std::string>{"A1", "A2"});
    CHECK(glance.goals[0].months == std::vector<int>{2});
    CHECK(glance.goals[1].months.empty());
    CHECK(glance.gaps == std::vector<std::string>{
                             "No action serves G2.",
                             "No meeting touches G2.",
                             "No meeting in the fourth quarter (October to December).",
                         });
}

TEST_CASE("a plan whose meetings name nothing says so once", "[year_glance]") {
    Plan plan = test::small_plan();
    for (auto& meeting : plan.meetings) {
        meeting.actions.clear();
        meeting.goals.clear();
    }
    const YearGlance glance = build_year_glance(plan, Date{2024, 6, 1});
    CHECK_FALSE(glance.meetings_name_goals);
    CHECK(glance.gaps == std::vector<std::string>{
                             "No action serves G2.",
                             "No meeting names a goal or an action, so no goal is touched by a "
                             "meeting.",
                             "No meeting in the fourth quarter (October to December).",
                         });
}
