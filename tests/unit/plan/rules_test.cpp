#include "iwg/plan/rules.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

using namespace iwg;

TEST_CASE("the rule catalogue: unique ids, severities that match them, texts", "[rules]") {
    std::set<std::string_view> ids;
    std::set<std::string_view> names;
    for (const auto& rule : all_rules()) {
        INFO(std::string(rule.id));
        CHECK(ids.insert(rule.id).second);
        CHECK(names.insert(rule.name).second);
        REQUIRE(rule.id.size() == 4);
        CHECK((rule.id[0] == 'E') == (rule.severity == Severity::error));
        CHECK((rule.id[0] == 'W') == (rule.severity == Severity::warning));
        CHECK(!rule.name.empty());
        CHECK(!rule.summary.empty());
        CHECK(!rule.help.empty());
        CHECK(find_rule(rule.id) == &rule);
    }
    CHECK(find_rule("E999") == nullptr);
}

TEST_CASE("the meaning rules keep their ids", "[rules]") {
    CHECK(find_rule("E201")->name == "duplicate-id");
    CHECK(find_rule("E202")->name == "unknown-goal");
    CHECK(find_rule("E203")->name == "unknown-action");
    CHECK(find_rule("E204")->name == "date-outside-year");
    CHECK(find_rule("E205")->name == "date-month-mismatch");
    CHECK(find_rule("E206")->name == "date-without-month");
    CHECK(find_rule("E207")->name == "meeting-in-break");
    CHECK(find_rule("E208")->name == "empty-plan");
    CHECK(find_rule("W201")->name == "shared-month");
    CHECK(find_rule("W202")->name == "unserved-goal");
    CHECK(find_rule("W203")->name == "action-without-goal");
    CHECK(find_rule("W204")->name == "unscheduled-row");
}
