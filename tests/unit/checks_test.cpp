#include "iwg/checks.hpp"

#include <catch2/catch.hpp>

#include "iwg/loader.hpp"

using namespace iwg;

namespace {

// Decodes each (file, text) into one plan, runs the checks and lists every finding as
// "file:line:col RULE message (hint) [note: related message at line:col]".
std::string check(const std::vector<std::pair<std::string, std::string>>& files) {
    Plan plan;
    Diagnostics diagnostics;
    for (const auto& [name, text] : files) {
        SourceFile source(name, text);
        YamlNode root;
        REQUIRE(parse_yaml(source, YamlLimits{}, root, diagnostics));
        decode_plan_file(source, root, plan, diagnostics);
        plan.files.push_back(name);
    }
    check_plan(plan, diagnostics);
    diagnostics.sort();
    std::string out;
    for (const auto& d : diagnostics.items()) {
        out += d.location.file + ":" + std::to_string(d.location.start.line) + ":" +
               std::to_string(d.location.start.column) + " " + d.rule + " " + d.message;
        if (!d.hint.empty()) {
            out += " (" + d.hint + ")";
        }
        if (d.related) {
            out += " [" + d.related_message + " at " + d.related->file + ":" +
                   std::to_string(d.related->start.line) + ":" +
                   std::to_string(d.related->start.column) + "]";
        }
        out += "\n";
    }
    return out;
}

std::string check(const std::string& text) {
    return check({{"p.yaml", text}});
}

const std::string header = "group: G\ntitle: T\nyear: 2024\n";
const std::string goal = "goals:\n  - {id: G1, text: A goal}\n";
const std::string action = "actions:\n  - {id: A1, text: An action, goals: [G1]}\n";
const std::string base = header + goal + action;  // lines 1-7

}  // namespace

TEST_CASE("a sound plan has no findings", "[checks]") {
    CHECK(check(base + "meetings:\n  - {month: may, topic: Kick-off}\n") == "");
}

TEST_CASE("duplicate ids across files point at the first definition", "[checks]") {
    CHECK(check({{"a.yaml", header + goal + action},
                 {"b.yaml", "actions:\n  - {id: A1, text: Again, goals: [G1]}\n"}}) ==
          "b.yaml:2:10 E201 duplicate action id 'A1' (give this action an id of its own) "
          "[first defined at a.yaml:7:10]\n");
}

TEST_CASE("unknown goals name the plan's goals and suggest a likely id", "[checks]") {
    // G55 is G5 with a digit too many; G7 may be another goal altogether: no suggestion.
    std::string goals = "goals:\n";
    for (int i = 1; i <= 5; ++i) {
        goals += "  - {id: G" + std::to_string(i) + ", text: x}\n";
    }
    goals += "  - {id: G12, text: x}\n";
    CHECK(check(header + goals +
                "actions:\n  - {id: A1, text: x, goals: [G1, G2, G3, G4, G5, G12, G7, G55]}\n") ==
          "p.yaml:12:56 E202 unknown goal 'G7' (goals are G1..G5 and G12)\n"
          "p.yaml:12:60 E202 unknown goal 'G55' (goals are G1..G5 and G12) (did you mean "
          "'G5'?)\n");
}

TEST_CASE("unknown goals and actions in meeting rows", "[checks]") {
    CHECK(check(base + "meetings:\n  - {month: may, topic: x, goals: [G2], actions: [A11]}\n") ==
          "p.yaml:9:36 E202 unknown goal 'G2' (the only goal is G1)\n"
          "p.yaml:9:51 E203 unknown action 'A11' (the only action is A1) (did you mean 'A1'?)\n");
}

TEST_CASE("references are not checked when the list they name may be incomplete", "[checks]") {
    // The goal's id failed to decode: 'G1' may be it, so no unknown-goal and no unserved goal.
    CHECK(check(header + "goals:\n  - {id: g1, text: x}\n" + action) ==
          "p.yaml:5:10 E106 goal id 'g1' must look like G1 (did you mean 'G1'?)\n");
    // The goals section is not a list: no goals, but no cascade either.
    CHECK(check(header + "goals: G1\n" + action) ==
          "p.yaml:4:8 E101 'goals' must be a list of goals, not a text\n");
}

TEST_CASE("dates must lie in the plan's year and the row's month", "[checks]") {
    CHECK(check(base + "meetings:\n  - month: may\n    topic: x\n    date: 2023-06-14\n") ==
          "p.yaml:11:11 E204 date 2023-06-14 lies outside the plan's year 2024 (correct the "
          "year, or move the row to the 2023 plan)\n"
          "p.yaml:11:11 E205 date 2023-06-14 lies in June, but the row's month is May (make the "
          "date and 'month' agree) [the row's month at p.yaml:9:12]\n");
}

TEST_CASE("a date without a month is an error, not an unscheduled row", "[checks]") {
    CHECK(check(base + "meetings:\n  - topic: x\n    date: 2024-05-14\n") ==
          "p.yaml:10:11 E206 the row has a date (2024-05-14) but no month (add 'month: may')\n");
    // A month that failed to decode is not a missing month.
    CHECK(check(base + "meetings:\n  - topic: x\n    month: mai\n    date: 2024-05-14\n") ==
          "p.yaml:10:12 E105 'month' must be a month name (january … december), not 'mai' (did "
          "you mean 'may'?)\n");
}

TEST_CASE("a meeting or event in a break month", "[checks]") {
    const std::string rows = "meetings:\n  - {month: august, kind: break, topic: Break}\n";
    CHECK(check(base + rows + "  - {month: august, kind: event, topic: Fair}\n") ==
          "p.yaml:10:13 E207 event 'Fair' is planned in August, which the plan marks as a break "
          "(move it to another month, or set 'status: cancelled') [the break at p.yaml:9:13]\n");
    CHECK(check(base + rows + "  - {month: august, kind: survey, topic: Survey}\n") == "");
    CHECK(check(base + rows + "  - {month: august, topic: Fair, status: cancelled}\n") == "");
    CHECK(check(base + "meetings:\n  - {month: august, kind: break, topic: B, status: cancelled}\n"
                       "  - {month: august, topic: Fair}\n") == "");
}

TEST_CASE("two topics in one month warn unless a row marks it intended", "[checks]") {
    const std::string rows = "meetings:\n  - {month: may, topic: One}\n  - {month: may, topic: Two";
    CHECK(check(base + rows + "}\n") ==
          "p.yaml:10:13 W201 May already has a topic: 'One' (if both are intended, set "
          "'shares_month: true' on a row of May; else move one) [the month's first topic at "
          "p.yaml:9:13]\n");
    CHECK(check(base + rows + ", shares_month: true}\n") == "");
    CHECK(check(base + rows + ", status: cancelled}\n") == "");
}

TEST_CASE("goals no action serves, and actions that serve no goal", "[checks]") {
    CHECK(check(header + goal +
                "  - {id: G2, text: y}\nactions:\n  - {id: A1, text: x, goals: [G1]}\n"
                "  - {id: A2, text: z}\n") ==
          "p.yaml:6:10 W202 no action serves goal 'G2' (add 'G2' to the 'goals' of the actions "
          "that serve it)\n"
          "p.yaml:9:10 W203 action 'A2' serves no goal (add 'goals: [...]' with the ids of the "
          "goals it serves)\n");
    // An action whose goal list failed to decode is not reported as serving no goal.
    CHECK(check(header + goal + "actions:\n  - {id: A1, text: x, goals: [g1]}\n") ==
          "p.yaml:7:31 E106 goal id 'g1' must look like G1 (did you mean 'G1'?)\n");
}

TEST_CASE("unscheduled rows warn", "[checks]") {
    CHECK(check(base + "meetings:\n  - topic: Someday\n") ==
          "p.yaml:9:12 W204 row 'Someday' has no month (add its month once it is known; until "
          "then agendas show it only with --all)\n");
}

TEST_CASE("an empty plan is an error, once", "[checks]") {
    CHECK(check(header) ==
          "p.yaml:0:0 E208 the plan has no goals, no actions and no meetings (add the plan's "
          "goals, actions and meetings)\n");
    CHECK(check(header + "goals: []\n") ==
          "p.yaml:0:0 E208 the plan has no goals, no actions and no meetings (add the plan's "
          "goals, actions and meetings)\n");
    CHECK(check(header + "goals: 5\n") ==
          "p.yaml:4:8 E101 'goals' must be a list of goals, not a text\n");
}
