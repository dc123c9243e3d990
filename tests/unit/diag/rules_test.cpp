#include "iwg/diag/rules.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace iwg;

TEST_CASE("the rule catalogue: unique ids, severities that match them, texts", "[rules]") {
    std::set<std::string_view> ids;
    std::set<std::string_view> names;
    // Catalogue order: by section (the hundreds digit), errors before warnings, then number.
    const auto order_key = [](std::string_view id) {
        return std::string{id[1], id[0]} + std::string(id.substr(2));
    };
    std::string previous;
    for (const Rule* rule : all_rules()) {
        INFO(std::string(rule->id));
        CHECK(ids.insert(rule->id).second);
        CHECK(names.insert(rule->name).second);
        REQUIRE(rule->id.size() == 4);
        CHECK((rule->id[0] == 'E') == (rule->severity == Severity::error));
        CHECK((rule->id[0] == 'W') == (rule->severity == Severity::warning));
        CHECK(previous < order_key(rule->id));  // SARIF's ruleIndex follows this order
        CHECK(!rule->name.empty());
        CHECK(!rule->summary.empty());
        CHECK(!rule->help.empty());
        CHECK(find_rule(rule->id) == rule);
        previous = order_key(rule->id);
    }
    CHECK(find_rule("E999") == nullptr);
}

TEST_CASE("the meaning rules keep their ids", "[rules]") {
    CHECK(rules::duplicate_id.id == "E201");
    CHECK(rules::unknown_goal.id == "E202");
    CHECK(rules::unknown_action.id == "E203");
    CHECK(rules::date_outside_year.id == "E204");
    CHECK(rules::date_month_mismatch.id == "E205");
    CHECK(rules::date_without_month.id == "E206");
    CHECK(rules::meeting_in_break.id == "E207");
    CHECK(rules::empty_plan.id == "E208");
    CHECK(rules::shared_month.id == "W201");
    CHECK(rules::unserved_goal.id == "W202");
    CHECK(rules::action_without_goal.id == "W203");
    CHECK(rules::unscheduled_row.id == "W204");
}

// docs/validation.md has a heading "#### E007 duplicate-key" per rule, in catalogue order; the
// catalogue and the page list exactly the same rules.
TEST_CASE("docs/validation.md lists exactly the rules that exist", "[rules]") {
    std::ifstream file(IWG_SOURCE_DIR "/docs/validation.md");
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    const std::string page = text.str();
    const std::regex heading(R"(^#### ([EW]\d{3}) ([a-z0-9-]+)( \(.*\))?$)", std::regex::multiline);
    std::vector<std::string> documented;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), heading);
         it != std::sregex_iterator(); ++it) {
        documented.push_back((*it)[1].str() + " " + (*it)[2].str());
    }
    std::vector<std::string> existing;
    for (const Rule* rule : all_rules()) {
        existing.push_back(std::string(rule->id) + " " + std::string(rule->name));
    }
    CHECK(documented == existing);
}
