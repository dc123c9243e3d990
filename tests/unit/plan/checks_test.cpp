#include "iwg/plan/checks.hpp"

#include <catch2/catch.hpp>

#include "iwg/diag/rules.hpp"
#include "iwg/plan/loader.hpp"

using namespace iwg;

namespace {

// Decodes each (file, text) into one plan, runs the checks and lists the findings as reports
// do (the first 100 of each rule in each file, then a count), each as
// "file:line:col RULE message (hint) [note: related message at line:col]".
std::string check(const std::vector<std::pair<std::string, std::string>>& files) {
    Plan plan;
    Diagnostics diagnostics;
    for (const auto& [name, text] : files) {
        auto source = std::make_shared<const SourceFile>(name, text);
        YamlTree tree;
        REQUIRE(parse_yaml(*source, YamlLimits{}, tree, diagnostics));
        decode_plan_file(source, tree.root, plan, diagnostics);
    }
    check_plan(plan, diagnostics);
    diagnostics.sort();
    diagnostics.limit_each_rule_per_file();  // as reports list them
    std::string out;
    for (const auto& d : diagnostics.items()) {
        out += d.location.file + ":" + std::to_string(d.location.start.line) + ":" +
               std::to_string(d.location.start.column) + " " + std::string(d.rule->id) + " " +
               d.message;
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
          "p.yaml:10:12 E105 'month' must be a month name (january … december, or jan, sept, …), "
          "not 'mai' (did "
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

namespace {

// n goals G1, G3, G5, … (every other number), each served by an action, as one plan file.
std::string odd_goals(int n) {
    std::string text = header + "goals:\n";
    for (int i = 0; i < n; ++i) {
        text += "  - {id: G" + std::to_string(2 * i + 1) + ", text: x}\n";
    }
    text += "actions:\n";
    for (int i = 0; i < n; ++i) {
        text += "  - {id: A" + std::to_string(i + 1) + ", text: x, goals: [G" +
                std::to_string(2 * i + 1) + "]}\n";
    }
    return text;
}

std::size_t count_lines(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("a long or gappy id list is cut to its first parts and its last, with a count",
          "[checks]") {
    CHECK(check(odd_goals(11) + "meetings:\n  - {month: may, topic: x, goals: [G4]}\n") ==
          "p.yaml:29:36 E202 unknown goal 'G4' (goals are G1, G3, G5, … G21 (11 goals))\n");
    // Six parts are still listed in full.
    CHECK(check(odd_goals(6) + "meetings:\n  - {month: may, topic: x, goals: [G4]}\n") ==
          "p.yaml:19:36 E202 unknown goal 'G4' (goals are G1, G3, G5, G7, G9 and G11)\n");
}

TEST_CASE("likely ids: a character more or less, or two neighbours swapped, if unambiguous",
          "[checks]") {
    const std::string plan = header +
                             "goals:\n  - {id: G10, text: x}\n  - {id: G25, text: x}\n"
                             "  - {id: G301, text: x}\n  - {id: G26, text: x}\n"
                             "actions:\n  - {id: A1, text: x, goals: [G10, G25, G301, G26, G";
    const std::string known = " (goals are G10, G25, G26 and G301)";
    CHECK(check(plan + "52]}\n") ==
          "p.yaml:10:52 E202 unknown goal 'G52'" + known + " (did you mean 'G25'?)\n");
    CHECK(check(plan + "3011]}\n") ==
          "p.yaml:10:52 E202 unknown goal 'G3011'" + known + " (did you mean 'G301'?)\n");
    CHECK(check(plan + "1]}\n") ==
          "p.yaml:10:52 E202 unknown goal 'G1'" + known + " (did you mean 'G10'?)\n");
    CHECK(check(plan + "2]}\n") ==  // G25 or G26: ambiguous
          "p.yaml:10:52 E202 unknown goal 'G2'" + known + "\n");
    CHECK(check(plan + "11]}\n") ==  // a changed digit: no suggestion
          "p.yaml:10:52 E202 unknown goal 'G11'" + known + "\n");
}

TEST_CASE("thousands of unknown references each get a short message", "[checks]") {
    std::string text = odd_goals(3000) + "meetings:\n";
    for (int i = 0; i < 3000; ++i) {
        text += "  - {topic: x, month: may, shares_month: true, goals: [G" +
                std::to_string(2 * i + 2) + "]}\n";
    }
    const std::string out = check(text);
    // The first findings_per_rule_and_file are listed, the rest counted.
    CHECK(count_lines(out, "E202 unknown goal") == findings_per_rule_and_file);
    CHECK(count_lines(out, "(goals are G1, G3, G5, … G5999 (3000 goals))\n") ==
          findings_per_rule_and_file);
    CHECK(count_lines(out, "E202 2900 more E202 findings in this file, from here on, not shown") ==
          1);
    CHECK(out.size() < 3000 * 100);
}

TEST_CASE("coverage of a large plan: only the unserved goal is reported", "[checks]") {
    std::string text = odd_goals(20000);
    text.insert(text.find("actions:\n"), "  - {id: G2, text: unserved}\n");
    CHECK(check(text) ==
          "p.yaml:20005:10 W202 no action serves goal 'G2' (add 'G2' to the 'goals' of the "
          "actions that serve it)\n");
}

TEST_CASE("loader errors inside items are matched to their items in large plans", "[checks]") {
    // Every goal has an unknown key; every other row has one too, and every row a date but no
    // month: only rows without an error of their own get E206.
    std::string text = header + "goals:\n";
    for (int i = 1; i <= 5000; ++i) {
        text += "  - {id: G" + std::to_string(i) + ", text: x, zz: 1}\n";
    }
    text += "actions:\n  - {id: A1, text: x, goals: [G1]}\nmeetings:\n";
    for (int i = 0; i < 5000; ++i) {
        text += "  - {topic: x, date: 2024-05-14";
        text += i % 2 == 0 ? ", zz: 1}\n" : "}\n";
    }
    const std::string out = check(text);
    // The first findings_per_rule_and_file of each rule are listed, the rest counted.
    CHECK(count_lines(out, "E102 7400 more E102 findings in this file") == 1);
    CHECK(count_lines(out, "E206 2400 more E206 findings in this file") == 1);
    CHECK(count_lines(out, "W202 4899 more W202 findings in this file") == 1);
    CHECK(out.find("p.yaml:5009:22 E206 the row has a date (2024-05-14) but no month") !=
          std::string::npos);
    CHECK(out.find("p.yaml:5008:22 E206") == std::string::npos);
}

TEST_CASE("a duplicate key or an alias elsewhere leaves the reference checks on", "[checks]") {
    const std::string items =
        "goals:\n  - {id: G1, text: x}\n"
        "actions:\n  - {id: A1, text: x, goals: [G1, G99]}\n"
        "meetings:\n  - {month: may, topic: x, actions: [A7]}\n";
    CHECK(check({{"plan.yaml", header + "introduction: a\nintroduction: b\n"},
                 {"items.yaml", items}}) ==
          "items.yaml:4:35 E202 unknown goal 'G99' (the only goal is G1)\n"
          "items.yaml:6:38 E203 unknown action 'A7' (the only action is A1)\n"
          "plan.yaml:5:1 E007 duplicate key 'introduction' (remove one of the two "
          "'introduction' entries) [first defined at plan.yaml:4:1]\n");
    CHECK(check({{"plan.yaml", header + "focus: &f x\nfocus_areas: [*f]\n"}, {"items.yaml", items}})
              .find("E203 unknown action 'A7'") != std::string::npos);
}

TEST_CASE("a list is incomplete when its own section was dropped or an item was", "[checks]") {
    // The loader dropped a second 'actions' section (E109, from another file): A7 may be in
    // it, and G2 may be served there. A dropped 'focus_areas' section changes nothing.
    const std::string text = header + goal + "  - {id: G2, text: y}\n" + action +
                             "meetings:\n  - {month: may, topic: x, actions: [A7]}\n";
    auto findings_with_dropped = [&](const std::string& section) {
        Plan plan;
        Diagnostics diagnostics;
        auto source = std::make_shared<const SourceFile>("a.yaml", text);
        YamlTree tree;
        REQUIRE(parse_yaml(*source, YamlLimits{}, tree, diagnostics));
        decode_plan_file(source, tree.root, plan, diagnostics);
        // What load_plan does when b.yaml gives the section again.
        diagnostics.add(rules::duplicate_section, Location{"b.yaml", {1, 1}, {}},
                        "section '" + section + "' is defined twice");
        plan.incomplete_sections.insert(section);
        check_plan(plan, diagnostics);
        std::string rules;
        for (const auto& d : diagnostics.items()) {
            rules += std::string(d.rule->id) + " ";
        }
        return rules;
    };
    CHECK(findings_with_dropped("actions") == "E109 ");
    CHECK(findings_with_dropped("focus_areas") == "E109 E203 W202 ");
    CHECK(findings_with_dropped("goals") == "E109 E203 ");
    // The same in one file: the second 'actions' is dropped with E007. A duplicate 'goals'
    // key inside a meeting drops no section: G99 is still reported.
    CHECK(check(header + goal + action + "  - {id: A2, text: x, goals: [G99]}\n" +
                "meetings:\n  - {month: may, topic: x, goals: [G1], goals: [G1]}\n")
              .find("E202 unknown goal 'G99'") != std::string::npos);
    CHECK(check(text + "actions:\n  - {id: A7, text: x, goals: [G2]}\n") ==
          "p.yaml:11:1 E007 duplicate key 'actions' (remove one of the two 'actions' entries) "
          "[first defined at p.yaml:7:1]\n");
    // A goal that is not a mapping was dropped: G2 may be it.
    CHECK(check(header + "goals:\n  - {id: G1, text: x}\n  - G2\n  - {id: G3, text: x}\n" +
                "actions:\n  - {id: A1, text: x, goals: [G1, G2, G3]}\n") ==
          "p.yaml:6:5 E101 a goal must be a mapping with 'id' and 'text', not a text\n");
}

TEST_CASE("one mistake in an action's goals is one finding", "[checks]") {
    const std::string goals = "goals:\n  - {id: G1, text: a}\n  - {id: G5, text: b}\n";
    // "G55" for G5: the unknown goal, and not also "no action serves G5".
    const std::string typo = check(header + goals +
                                   "actions:\n  - {id: A1, text: x, goals: [G1]}\n"
                                   "  - {id: A2, text: y, goals: [G55]}\n");
    CHECK(typo.find("E202 unknown goal 'G55'") != std::string::npos);
    CHECK(typo.find("W202") == std::string::npos);
    // "goal:" for "goals:": the unknown key, and not also "no action serves G5".
    const std::string key = check(header + goals +
                                  "actions:\n  - {id: A1, text: x, goals: [G1]}\n"
                                  "  - {id: A2, text: y, goal: [G5]}\n");
    CHECK(key.find("E102 unknown key 'goal' in an action") != std::string::npos);
    CHECK(key.find("W202") == std::string::npos);
    CHECK(key.find("W203") == std::string::npos);
    // Without the mistake, an unserved goal is still reported.
    CHECK(check(header + goals + "actions:\n  - {id: A1, text: x, goals: [G1]}\n")
              .find("W202 no action serves goal 'G5'") != std::string::npos);
}

TEST_CASE("a local time the clocks skip is an error, one they repeat a warning", "[checks]") {
    const std::string zone = "timezone: Europe/Madrid\n";  // line 8
    CHECK(check(base + zone +
                "meetings:\n"
                "  - {month: march, topic: Gap, date: 2024-03-31, time: \"02:30\"}\n"
                "  - {month: october, topic: Twice, date: 2024-10-27, time: \"02:30\"}\n"
                "  - {month: june, topic: Fine, date: 2024-06-30, time: \"02:30\"}\n") ==
          "p.yaml:10:56 E209 02:30 Europe/Madrid on Sunday 2024-03-31 does not exist: the clocks "
          "jump forward an hour then (from +01:00 to +02:00) (move the meeting out of the gap, or "
          "give its time in UTC)\n"
          "p.yaml:11:60 W206 02:30 Europe/Madrid on Sunday 2024-10-27 happens twice: the clocks "
          "go back an hour then (from +02:00 to +01:00); iwg takes the first (move the meeting "
          "out of the repeated hour, or give its time in UTC)\n");
    // UTC and fixed offsets have no gaps.
    CHECK(check(base +
                "meetings:\n"
                "  - {month: march, topic: Gap, date: 2024-03-31, time: \"02:30\", timezone: "
                "UTC}\n"
                "  - {month: october, topic: Twice, date: 2024-10-27, time: \"02:30\", "
                "timezone: \"+02:00\"}\n") == "");
}

TEST_CASE("the schedule's time in a gap is reported once per month, at the schedule", "[checks]") {
    const std::string schedule =
        "schedule:\n  day: last sunday\n  time: \"02:30\"\n  timezone: Europe/Madrid\n";
    CHECK(check(base + schedule +
                "meetings:\n"
                "  - {month: march, topic: Gap}\n"
                "  - {month: march, topic: Same day, shares_month: true}\n"
                "  - {month: october, topic: Twice}\n"
                "  - {month: october, topic: Own time, time: \"03:30\", shares_month: true}\n"
                "  - {month: june, topic: Fine}\n") ==
          "p.yaml:10:9 E209 02:30 Europe/Madrid on Sunday 2024-03-31 (the schedule's time for "
          "March) does not exist: the clocks jump forward an hour then (from +01:00 to +02:00) "
          "(give this month's row its own 'time', or move the schedule's time out of the gap)\n"
          "p.yaml:10:9 W206 02:30 Europe/Madrid on Sunday 2024-10-27 (the schedule's time for "
          "October) happens twice: the clocks go back an hour then (from +02:00 to +01:00); iwg "
          "takes the first (give this month's row its own 'time', or move the schedule's time)\n");
}

TEST_CASE("jumps of half an hour and of two hours are named as such", "[checks]") {
    CHECK(check(base + "meetings:\n"
                       "  - {month: october, topic: Lord Howe, date: 2024-10-06, time: \"02:15\", "
                       "timezone: Australia/Lord_Howe}\n"
                       "  - {month: april, topic: Lord Howe, date: 2024-04-07, time: \"01:45\", "
                       "timezone: Australia/Lord_Howe}\n"
                       "  - {month: march, topic: Troll, date: 2024-03-31, time: \"01:30\", "
                       "timezone: Antarctica/Troll}\n") ==
          "p.yaml:9:64 E209 02:15 Australia/Lord_Howe on Sunday 2024-10-06 does not exist: the "
          "clocks jump forward 30 minutes then (from +10:30 to +11:00) (move the meeting out of "
          "the gap, or give its time in UTC)\n"
          "p.yaml:10:62 W206 01:45 Australia/Lord_Howe on Sunday 2024-04-07 happens twice: the "
          "clocks go back 30 minutes then (from +11:00 to +10:30); iwg takes the first (move the "
          "meeting out of the repeated hour, or give its time in UTC)\n"
          "p.yaml:11:58 E209 01:30 Antarctica/Troll on Sunday 2024-03-31 does not exist: the "
          "clocks jump forward 2 hours then (from +00:00 to +02:00) (move the meeting out of the "
          "gap, or give its time in UTC)\n");
}

TEST_CASE("the focus areas follow a paragraph the introduction has", "[checks]") {
    const std::string intro = "introduction: |\n  One.\n\n  Two.\n";  // lines 8-11
    const std::string areas = "focus_areas: [An area]\n";             // line 12
    CHECK(check(base + intro + areas + "document: {focus_areas_after: 2}\n") == "");
    CHECK(check(base + intro + areas + "document: {focus_areas_after: 3}\n") ==
          "p.yaml:13:31 E210 'focus_areas_after' is 3, but the introduction has 2 paragraphs "
          "(write a number from 1 to 2)\n");
    CHECK(check(base + intro + "document: {focus_areas_after: 1}\n") ==
          "p.yaml:12:31 E210 'focus_areas_after' is set, but the plan has no 'focus_areas' "
          "(add the focus areas, or remove 'focus_areas_after')\n");
}

TEST_CASE("E211: the plan's link and location times the rows that repeat them", "[checks]") {
    CHECK(repeated_cost("Room 4") == 6);
    CHECK(repeated_cost("a,b") == 4);
    CHECK(repeated_cost("&\"") == 12);
    CHECK(repeated_cost("\n\xc3\xa9") == 16 + 14);
    const auto plan = [](std::size_t length, int rows, bool own) {
        std::string text = base + "location: " + std::string(length, 'x') +
                           "\nlink: https://meet.example.org/x\nmeetings:\n";
        for (int i = 0; i < rows; ++i) {
            text += "  - {month: may, topic: t, shares_month: true" +
                    std::string(own ? ", location: here, link: https://a.example/b" : "") + "}\n";
        }
        text += "  - {month: june, topic: b, kind: break}\n";
        return text;
    };
    // 2000 bytes in 12 rows: within 3 x the plan + 24 KiB.
    CHECK(check(plan(2000, 12, false)) == "");
    // In 200 rows: 400 000 bytes, and the rows' own values are not the plan's.
    const std::string found = check(plan(2000, 200, false));
    CHECK(found.find("p.yaml:8:11 E211 the plan's 'link' (26 bytes, repeated in 200 rows) and "
                     "'location' (2000 bytes, repeated in 200 rows) come to 406400 bytes as the "
                     "widest format writes them, more than this plan allows: ") == 0);
    CHECK(check(plan(2000, 200, true)).empty());
}
