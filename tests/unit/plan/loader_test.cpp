#include "iwg/plan/loader.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>

#include "scratch.hpp"

using namespace iwg;

namespace {

struct Decoded {
    Plan plan;
    Diagnostics diagnostics;
    std::string findings;
};

Decoded decode(const std::string& text) {
    Decoded d;
    auto source = std::make_shared<const SourceFile>("p.yaml", text);
    YamlTree tree;
    REQUIRE(parse_yaml(*source, YamlLimits{}, tree, d.diagnostics));
    decode_plan_file(source, tree.root, d.plan, d.diagnostics);
    for (const auto& item : d.diagnostics.items()) {
        d.findings += std::to_string(item.location.start.line) + ":" +
                      std::to_string(item.location.start.column) + " " +
                      std::string(item.rule->id) + " " + item.message;
        if (!item.hint.empty()) {
            d.findings += " (" + item.hint + ")";
        }
        d.findings += "\n";
    }
    return d;
}

const std::string header = "group: G\ntitle: T\nyear: 2024\n";

}  // namespace

TEST_CASE("a complete meeting decodes every field", "[loader]") {
    auto d = decode(header + R"(
goals:
  - {id: G1, text: A goal}
actions:
  - {id: A1, text: An action, goals: [G1], status: in-progress}
meetings:
  - month: May
    topic: Topic
    alternative: Other
    kind: survey
    status: confirmed
    date: 2024-05-14
    time: "15:00"
    duration: 90
    timezone: "+02:00"
    speakers: [Ana, Bo]
    goals: [G1]
    actions: [A1]
    notes: Bring slides
    shares_month: true
)");
    CHECK(d.findings.empty());
    REQUIRE(d.plan.meetings.size() == 1);
    const Meeting& m = d.plan.meetings[0];
    CHECK(m.month->value == 5);
    CHECK(d.plan.locate(m.month->location).start == Position{10, 12});
    CHECK(m.topic.value == "Topic");
    CHECK(m.alternative == "Other");
    CHECK(m.kind.value == MeetingKind::survey);
    CHECK(m.status.value == MeetingStatus::confirmed);
    CHECK(m.date->value == Date{2024, 5, 14});
    CHECK(m.time->value == TimeOfDay{15, 0});
    CHECK(m.duration_minutes->value == 90);
    CHECK(m.timezone->value == "+02:00");
    CHECK(m.speakers == std::vector<std::string>{"Ana", "Bo"});
    CHECK(m.goals.at(0).value == "G1");
    CHECK(m.actions.at(0).value == "A1");
    CHECK(m.notes == "Bring slides");
    CHECK(m.shares_month);
    CHECK(d.plan.actions.at(0).status.value == ActionStatus::in_progress);
    CHECK(d.plan.year.value == 2024);
}

TEST_CASE("unknown keys suggest the closest field", "[loader]") {
    auto d = decode(header + "meetings:\n  - month: may\n    topc: x\n");
    // One mistake, one finding: the misspelt key explains the missing one.
    CHECK(d.findings == "6:5 E102 unknown key 'topc' in a meeting (did you mean 'topic'?)\n");
    auto e = decode(header + "meetings:\n  - month: may\n    colour: x\n");
    CHECK(e.findings ==
          "6:5 E102 unknown key 'colour' in a meeting (expected one of: month, topic, "
          "alternative, kind, status, date, time, duration, timezone, link, location, speakers, "
          "goals, actions, notes or shares_month)\n"
          "5:5 E103 this meeting has no 'topic' (add 'topic: …')\n");
}

TEST_CASE("unknown keys with no close match list the fields", "[loader]") {
    auto d = decode(header + "colour: blue\n");
    CHECK(d.findings ==
          "4:1 E102 unknown key 'colour' in the plan (expected one of: format, group, title, "
          "year, introduction, focus_areas, document, timezone, duration, schedule, link, "
          "location, display_timezones, goals, actions or meetings)\n");
}

TEST_CASE("months are names, never numbers or booleans", "[loader]") {
    auto d = decode(header +
                    "meetings:\n  - {month: 5, topic: a}\n  - {month: no, topic: b}\n"
                    "  - {month: Mai, topic: c}\n  - {month: [may], topic: d}\n");
    CHECK(d.findings ==
          "5:13 E105 'month' must be a month name (january … december, or jan, sept, …), not '5' "
          "(write the month's name: 'may')\n"
          "6:13 E105 'month' must be a month name (january … december, or jan, sept, …), not 'no' "
          "(did you mean 'november'? (write the whole name))\n"
          "7:13 E105 'month' must be a month name (january … december, or jan, sept, …), not 'Mai' "
          "(did you mean 'may'?)\n"
          "8:13 E101 'month' must be a month name such as may, not a list\n");
}

TEST_CASE("integers are decimal: no octal, no signs", "[loader]") {
    auto d = decode("group: G\ntitle: T\nyear: 02024\n");
    CHECK(d.findings ==
          "3:7 E108 'year' must be a decimal number, not '02024' "
          "(write it without leading zeros: 2024)\n");
    auto e = decode("group: G\ntitle: T\nyear: 24\n");
    CHECK(e.findings == "3:7 E108 'year' must be between 1000 and 9999, not 24\n");
    auto f = decode(header + "meetings:\n  - {topic: a, duration: -5}\n");
    CHECK(f.findings == "5:26 E108 'duration' must be a decimal number, not '-5'\n");
}

TEST_CASE("enums list their values and suggest one", "[loader]") {
    auto d = decode(header + "meetings:\n  - {topic: a, status: canceled, kind: brake}\n");
    CHECK(d.findings ==
          "5:24 E104 'status' must be planned, confirmed, held or cancelled, not 'canceled' "
          "(did you mean 'cancelled'?)\n"
          "5:40 E104 'kind' must be meeting, break, survey or event, not 'brake' "
          "(did you mean 'break'?)\n");
}

TEST_CASE("ids have a fixed shape", "[loader]") {
    auto d = decode(header + "goals:\n  - {id: g1, text: a}\n  - {id: Goal-2, text: b}\n");
    CHECK(d.findings ==
          "5:10 E106 goal id 'g1' must look like G1 (did you mean 'G1'?)\n"
          "6:10 E106 goal id 'Goal-2' must look like G1 (write it as G1, G2, …)\n");
}

TEST_CASE("dates and times are checked", "[loader]") {
    auto d = decode(header +
                    "meetings:\n  - {topic: a, date: 2024-02-30, time: '3pm', timezone: CET}\n"
                    "  - {topic: b, date: 14/05/2024}\n");
    CHECK(d.findings ==
          "5:22 E107 date '2024-02-30' does not exist (check the day against the month's "
          "length)\n"
          "5:40 E111 'time' must be HH:MM (24-hour), not '3pm' (e.g. time: \"15:00\")\n"
          "5:57 E111 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such "
          "as +02:00, not 'CET' ('CET' is an abbreviation, not a zone: write the zone it stands "
          "for, e.g. Europe/Madrid, Europe/Berlin, Europe/Paris, … (+01:00 in winter, +02:00 "
          "in summer))\n"
          "6:22 E107 'date' must be YYYY-MM-DD, not '14/05/2024' (e.g. 2024-05-14)\n");
}

TEST_CASE("wrong types say what was expected", "[loader]") {
    auto d = decode(header +
                    "goals: {id: G1}\nmeetings:\n  - just a string\n  - {topic: [a], speakers: "
                    "Ana}\n");
    CHECK(d.findings ==
          "4:8 E101 'goals' must be a list of goals, not a mapping\n"
          "6:5 E101 a meeting must be a mapping with at least 'topic', not a text\n"
          "7:13 E101 'topic' must be a text, not a list\n"
          "7:28 E101 'speakers' must be a list of texts, not a text (write a list: speakers: "
          "[Ana])\n");
}

TEST_CASE("empty required text is reported", "[loader]") {
    auto d = decode(header + "meetings:\n  - topic:\n    month: may\n");
    CHECK(d.findings == "5:5 E112 'topic' is empty (write the text, or remove the field)\n");
}

TEST_CASE("booleans are true or false only", "[loader]") {
    auto d = decode(header + "meetings:\n  - {topic: a, shares_month: yes}\n");
    CHECK(d.findings == "5:30 E101 'shares_month' must be true or false, not 'yes' (write true)\n");
}

TEST_CASE("an unsupported format version is refused", "[loader]") {
    auto d = decode("format: 2\n" + header);
    CHECK(d.findings ==
          "1:9 E110 plan format 2 is not supported; this iwg reads format 1 "
          "(set 'format: 1', or upgrade iwg)\n");
}

TEST_CASE("a file that is not a mapping", "[loader]") {
    CHECK(decode("- a\n").findings ==
          "1:1 E101 the file must be a mapping of plan sections (goals:, meetings:, …), not a "
          "list\n");
    CHECK(decode("").findings ==
          "1:1 E101 the file is empty; expected a mapping of plan sections (start with e.g. "
          "'goals:' or delete the file)\n");
}

TEST_CASE("load_plan reads a directory and merges its files", "[loader]") {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/plan-2024");
    CHECK(result.diagnostics.error_count() == 0);
    CHECK(result.plan.files.size() == 4);
    CHECK(result.plan.goals.size() == 5);
    CHECK(result.plan.actions.size() == 6);
    CHECK(result.plan.meetings.size() == 10);
    CHECK(result.plan.focus_areas.size() == 3);
    CHECK(result.plan.year.value == 2024);
}

TEST_CASE("load_plan_texts decodes texts in memory as load_plan decodes the files", "[loader]") {
    const auto from_files = load_plan(std::string(IWG_FIXTURES) + "/bad/duplicate-section");
    std::vector<PlanFileText> texts;
    for (const auto& source : from_files.sources()) {
        texts.push_back({source->path(), source->text()});
    }
    const auto in_memory =
        load_plan_texts(std::string(IWG_FIXTURES) + "/bad/duplicate-section", texts);
    REQUIRE(in_memory.diagnostics.size() == from_files.diagnostics.size());
    CHECK(in_memory.diagnostics.items()[0].message == from_files.diagnostics.items()[0].message);
    CHECK(in_memory.plan.files == from_files.plan.files);
    CHECK(in_memory.plan.incomplete_sections == from_files.plan.incomplete_sections);

    const auto missing_year = load_plan_texts("p", {{"p/plan.yaml", "group: G\ntitle: T\n"}});
    REQUIRE(missing_year.diagnostics.size() == 1);
    CHECK(missing_year.diagnostics.items()[0].message == "the plan has no 'year'");
    CHECK(missing_year.diagnostics.items()[0].location.file == "p/plan.yaml");
}

TEST_CASE("load_plan reports sections defined in two files", "[loader]") {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/bad/duplicate-section");
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic& d = result.diagnostics.items()[0];
    CHECK(d.rule->id == "E109");
    CHECK(d.message == "section 'goals' is defined twice");
    CHECK(d.location.start == Position{1, 1});
    REQUIRE(d.related);
    CHECK(d.related->file.ends_with("a.yaml"));
    CHECK(result.plan.incomplete_sections == std::set<std::string>{"goals"});
}

TEST_CASE("load_plan on a missing path or an empty directory", "[loader]") {
    auto missing = load_plan("/nonexistent/plan");
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics.items()[0].rule->id == "E001");
    CHECK(missing.diagnostics.has_input_error());
    auto empty = load_plan(std::string(IWG_FIXTURES) + "/bad/empty-dir");
    REQUIRE(empty.diagnostics.size() == 1);
    CHECK(empty.diagnostics.items()[0].rule->id == "E010");
}

TEST_CASE("a misspelt plan field is one finding, in the file that holds it", "[loader]") {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/bad/misspelt-group");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.items()[0].message == "unknown key 'Group' in the plan");
    CHECK(result.diagnostics.items()[0].location.file.ends_with("misspelt-group/plan.yaml"));
}

TEST_CASE("a missing plan field is reported where the plan fields are", "[loader]") {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/bad/missing-title");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.items()[0].message == "the plan has no 'title'");
    CHECK(result.diagnostics.items()[0].location.file.ends_with("missing-title/plan.yaml"));
}

TEST_CASE("missing plan fields are reported once the files parse", "[loader]") {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/bad/missing-year.yaml");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.items()[0].message == "the plan has no 'year'");
}

TEST_CASE("hints for the usual slips: YAML 1.1 booleans, leading zeros, a year, done", "[loader]") {
    auto d = decode(header +
                    "goals: [{id: G01, text: a}]\nmeetings:\n  - {month: dec, topic: a, "
                    "shares_month: yes}\n  - {month: july 2024, topic: b}\n"
                    "  - {month: may, topic: c, status: done}\n");
    CHECK(d.findings ==
          "4:14 E106 goal id 'G01' must look like G1 (did you mean 'G1'?)\n"
          "6:42 E101 'shares_month' must be true or false, not 'yes' (write true)\n"
          "7:13 E105 'month' must be a month name (january … december, or jan, sept, …), not "
          "'july 2024' (the year comes from the plan's 'year': write 'july')\n"
          "8:36 E104 'status' must be planned, confirmed, held or cancelled, not 'done' (a "
          "meeting that took place is 'held' ('done' is for actions))\n");
}

TEST_CASE("words and months in any case, months by their first letters", "[loader]") {
    auto d = decode(header +
                    "actions: [{id: A1, text: a, status: In-Progress}]\nmeetings:\n"
                    "  - {month: Sept, topic: a, status: HELD, kind: Event}\n"
                    "  - {month: JUL, topic: b}\n  - {month: ju, topic: c}\n");
    CHECK(d.findings ==
          "8:13 E105 'month' must be a month name (january … december, or jan, sept, …), not "
          "'ju'\n");  // june or july: no guess
    REQUIRE(d.plan.meetings.size() >= 2);
    CHECK(d.plan.meetings[0].month->value == 9);
    CHECK(d.plan.meetings[0].status.value == MeetingStatus::held);
    CHECK(d.plan.meetings[0].kind.value == MeetingKind::event);
    CHECK(d.plan.meetings[1].month->value == 7);
    CHECK(d.plan.actions[0].status.value == ActionStatus::in_progress);
}

TEST_CASE("a key that is not a text is pointed at, even when empty", "[loader]") {
    auto d = decode(header + "goals:\n  - id: G1\n    text: x\n    ~: 2\n    [a]: 3\n");
    CHECK(d.findings ==
          "7:5 E101 a key must be a text, not nothing\n"
          "8:5 E101 a key must be a text, not a list\n");
}

TEST_CASE("a top-level key twice in one file is one finding, not two", "[loader]") {
    auto result = load_plan(std::string(IWG_FIXTURES) + "/bad/duplicate-top-key");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.items()[0].rule->id == "E007");
    CHECK(result.plan.incomplete_sections == std::set<std::string>{"introduction"});
}

TEST_CASE("values may not hold escaped controls or layout controls", "[loader]") {
    auto d = decode(header + "meetings:\n  - {topic: \"a\\u2028b\", notes: \"x\\ty\\nz\"}\n");
    CHECK(d.findings ==
          "5:13 E004 'topic' holds layout control U+2028 (remove it; plan text is printed to "
          "terminals and CI logs)\n");
}

namespace {

// What a load says, in one text: findings in output order, then the decoded items.
std::string outline(Plan plan, Diagnostics diagnostics) {
    diagnostics.sort();
    std::string out;
    for (const auto& item : diagnostics.items()) {
        out += std::to_string(item.location.start.line) + ":" +
               std::to_string(item.location.start.column) + " " + std::string(item.rule->id) + " " +
               item.message + "\n";
    }
    for (const auto& goal : plan.goals) {
        out += "goal " + goal.id.value + (goal.partial ? " partial" : "") + "\n";
    }
    for (const auto& action : plan.actions) {
        out += "action " + action.id.value + (action.partial ? " partial" : "") +
               (action.goals_incomplete ? " goals incomplete" : "") + "\n";
    }
    for (const auto& meeting : plan.meetings) {
        out += "meeting " + std::to_string(meeting.index) + " " + meeting.topic.value +
               (meeting.partial ? " partial" : "") + "\n";
    }
    for (const auto& section : plan.incomplete_sections) {
        out += "incomplete " + section + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("list items decoded while parsing come out as from the whole tree", "[loader]") {
    const std::vector<std::string> bodies{
        "goals: [{id: G1, text: x}, {text: y}, ~, [a]]\n"
        "actions: [{id: A1, text: a, goals: [G1, bad], statu: done}]\n"
        "meetings:\n  - ~\n  - {topic: x, month: smarch}\n  - ~\n  - {topic: y, topic: z}\n",
        "meetings: 5\nmeetings: [{topic: x}]\n",
        "meetings: [{topic: a}]\nmeetings: [{topic: b}]\n",
        "x: &a [1]\nmeetings: *a\nmeetings: [{topic: b}]\n",
        "x: &m {topic: a}\ny: &g G1\nmeetings: [*m, [a], {topic: c, goals: [*g]}]\n",
        "meeting: [{topic: a}]\ngoals: {id: G1}\n",
    };
    for (const auto& body : bodies) {
        INFO(body);
        const std::string text = header + body;
        const auto streamed = load_plan_texts("p.yaml", {{"p.yaml", text}});
        const auto tree = decode(text);
        CHECK(outline(streamed.plan, streamed.diagnostics) == outline(tree.plan, tree.diagnostics));
    }
}

TEST_CASE("a file that does not parse adds none of the items read before the error", "[loader]") {
    const auto result = load_plan_texts(
        "p",
        {{"p/a.yaml", header + "goals: [{id: G1, text: x}]\n"},
         {"p/b.yaml", "meetings:\n  - {topic: a, month: smarch}\n  - {topic: b\nactions: []\n"}});
    CHECK(outline(result.plan, result.diagnostics) ==
          "3:5 E005 YAML syntax error: '{' is never closed\n"
          "goal G1\n");
    CHECK_FALSE(result.plan.all_files_read);
}

TEST_CASE("the plan-level time keys decode into the plan", "[loader]") {
    auto d = decode(header + R"(timezone: utc
duration: 90
schedule:
  day: Last Tuesday
  time: "15:00"
  timezone: Europe/Madrid
  duration: 45
link: https://meet.example.org/iwg?room=1#a
location: Room 4
display_timezones: [America/Sao_Paulo, "+05:45", Z]
meetings:
  - month: may
    topic: In Nairobi
    link: https://meet.example.org/nairobi
    location: Nairobi
)");
    CHECK(d.findings.empty());
    const Plan& plan = d.plan;
    CHECK(plan.timezone->value == "UTC");
    CHECK(plan.locate(plan.timezone->location).start == Position{4, 11});
    CHECK(plan.duration_minutes->value == 90);
    REQUIRE(plan.schedule);
    CHECK(plan.schedule->day.value.ordinal == -1);
    CHECK(plan.schedule->day.value.weekday == 1);
    CHECK(plan.locate(plan.schedule->day.location).start == Position{7, 8});
    CHECK(plan.schedule->time->value == TimeOfDay{15, 0});
    CHECK(plan.schedule->timezone->value == "Europe/Madrid");
    CHECK(plan.schedule->duration_minutes->value == 45);
    CHECK(plan.locate(plan.schedule->location).start == Position{7, 3});
    CHECK(plan.join.link->value == "https://meet.example.org/iwg?room=1#a");
    CHECK(plan.join.location == "Room 4");
    REQUIRE(plan.display_timezones.size() == 3);
    CHECK(plan.display_timezones[0].value == "America/Sao_Paulo");
    CHECK(plan.display_timezones[1].value == "+05:45");
    CHECK(plan.display_timezones[2].value == "UTC");
    REQUIRE(plan.meetings.size() == 1);
    CHECK(plan.meetings[0].join.link->value == "https://meet.example.org/nairobi");
    CHECK(plan.meetings[0].join.location == "Nairobi");
}

TEST_CASE("every ordinal and weekday makes a schedule day", "[loader]") {
    const std::vector<std::pair<std::string, MonthlyDay>> days{
        {"first monday", {1, 0}},    {"second tuesday", {2, 1}}, {"third wednesday", {3, 2}},
        {"fourth thursday", {4, 3}}, {"last friday", {-1, 4}},   {"FIRST SATURDAY", {1, 5}},
        {"last  sunday", {-1, 6}}};
    for (const auto& [text, day] : days) {
        INFO(text);
        auto d = decode(header + "schedule: {day: " + text + "}\n");
        CHECK(d.findings.empty());
        REQUIRE(d.plan.schedule);
        CHECK(d.plan.schedule->day.value.ordinal == day.ordinal);
        CHECK(d.plan.schedule->day.value.weekday == day.weekday);
        CHECK_FALSE(d.plan.schedule->time);
    }
}

TEST_CASE("a zone abbreviation says which zones it stands for", "[loader]") {
    auto d = decode(header + "timezone: CET\n");
    CHECK(d.findings ==
          "4:11 E111 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such "
          "as +02:00, not 'CET' ('CET' is an abbreviation, not a zone: write the zone it stands "
          "for, e.g. Europe/Madrid, Europe/Berlin, Europe/Paris, … (+01:00 in winter, +02:00 in "
          "summer))\n");
    CHECK_FALSE(d.plan.timezone);
    auto e = decode(header + "schedule: {day: last tuesday, timezone: ist}\n");
    CHECK(e.findings ==
          "4:41 E111 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such "
          "as +02:00, not 'ist' ('IST' is an abbreviation, not a zone: write the zone it stands "
          "for, e.g. Asia/Kolkata (+05:30), Europe/Dublin (+01:00 in summer) or Asia/Jerusalem "
          "(+02:00 in winter))\n");
}

TEST_CASE("a misspelt or miscased zone gets a did-you-mean", "[loader]") {
    auto d = decode(header + "timezone: Europe/Madird\ndisplay_timezones: [america/sao_paulo]\n");
    CHECK(d.findings ==
          "4:11 E111 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such "
          "as +02:00, not 'Europe/Madird' (did you mean 'Europe/Madrid'?)\n"
          "5:21 E111 a zone in 'display_timezones' must be an IANA time zone (Europe/Madrid), "
          "UTC or an offset such as +02:00, not 'america/sao_paulo' (did you mean "
          "'America/Sao_Paulo'?)\n");
    CHECK(d.plan.display_timezones.empty());
    auto e = decode(header + "timezone: \"+2:00\"\n");
    CHECK(e.findings ==
          "4:11 E111 'timezone' must be an IANA time zone (Europe/Madrid), UTC or an offset such "
          "as +02:00, not '+2:00' (e.g. timezone: Europe/Madrid, timezone: UTC or timezone: "
          "\"+02:00\")\n");
}

TEST_CASE("more than twelve display zones is one finding at the thirteenth", "[loader]") {
    auto d = decode(header +
                    "display_timezones: [UTC, Europe/Madrid, Europe/London, America/New_York,\n"
                    "  America/Sao_Paulo, Africa/Nairobi, Asia/Kolkata, Asia/Kathmandu, "
                    "Asia/Tokyo,\n"
                    "  Australia/Sydney, Pacific/Auckland, America/Los_Angeles, Asia/Shanghai]\n");
    CHECK(d.findings ==
          "6:60 E115 'display_timezones' lists 13 zones; at most 12 are shown (keep the zones "
          "most members live in)\n");
    CHECK(d.plan.display_timezones.empty());
    auto twelve = decode(header +
                         "display_timezones: [UTC, Europe/Madrid, Europe/London, "
                         "America/New_York, America/Sao_Paulo, Africa/Nairobi, Asia/Kolkata, "
                         "Asia/Kathmandu, Asia/Tokyo, Australia/Sydney, Pacific/Auckland, "
                         "America/Los_Angeles]\n");
    CHECK(twelve.findings.empty());
    CHECK(twelve.plan.display_timezones.size() == 12);
}

TEST_CASE("a schedule day that is not an ordinal and a weekday gets a hint", "[loader]") {
    const std::string refused =
        "E114 'day' must be first, second, third, fourth or last and a weekday, not ";
    auto day = [](const std::string& text) {
        return decode(header + "schedule:\n  day: " + text + "\n").findings;
    };
    CHECK(day("tuesday") == "5:8 " + refused +
                                "'tuesday' (say which tuesday of the month, e.g. "
                                "'last tuesday')\n");
    CHECK(day("Thurs") == "5:8 " + refused +
                              "'Thurs' (say which thursday of the month, e.g. "
                              "'last thursday')\n");
    CHECK(day("fifth tuesday") ==
          "5:8 " + refused + "'fifth tuesday' (not every month has a fifth one: write 'last')\n");
    CHECK(day("5th friday") ==
          "5:8 " + refused + "'5th friday' (not every month has a fifth one: write 'last')\n");
    CHECK(day("2nd tue") == "5:8 " + refused + "'2nd tue' (did you mean 'second tuesday'?)\n");
    CHECK(day("lst tusday") == "5:8 " + refused + "'lst tusday' (did you mean 'last tuesday'?)\n");
    CHECK(day("every day") == "5:8 " + refused + "'every day' (e.g. day: last tuesday)\n");
    CHECK(day("\"15\"") == "5:8 " + refused + "'15' (e.g. day: last tuesday)\n");
}

TEST_CASE("a schedule day with a trailing or leading blank is refused, not a crash", "[loader]") {
    const std::string refused =
        "E114 'day' must be first, second, third, fourth or last and a weekday, not ";
    CHECK(decode(header + "schedule: {day: \"last \"}\n").findings ==
          "4:17 " + refused + "'last ' (e.g. day: last tuesday)\n");
    CHECK(decode(header + "schedule: {day: \"tuesday \"}\n").findings ==
          "4:17 " + refused + "'tuesday ' (e.g. day: last tuesday)\n");
    CHECK(decode(header + "schedule: {day: \" last tuesday\"}\n").findings ==
          "4:17 " + refused + "' last tuesday' (e.g. day: last tuesday)\n");
}

TEST_CASE("a schedule needs a day and is a mapping", "[loader]") {
    auto d = decode(header + "schedule: {time: \"15:00\"}\n");
    CHECK(d.findings == "4:11 E103 the schedule has no 'day' (add 'day: …')\n");
    CHECK_FALSE(d.plan.schedule);
    auto e = decode(header + "schedule: last tuesday\n");
    CHECK(e.findings ==
          "4:11 E101 'schedule' must be a mapping with 'day' and 'time', not a text (e.g. "
          "schedule: {day: last tuesday, time: \"15:00\", timezone: UTC})\n");
    auto f = decode(header + "schedule: {day: last tuesday, when: \"15:00\"}\n");
    CHECK(f.findings ==
          "4:31 E102 unknown key 'when' in the schedule (expected one of: day, "
          "time, timezone or duration)\n");
}

TEST_CASE("a link must be https, without a user or password", "[loader]") {
    auto d = decode(header +
                    "link: https://ana:secret@meet.example.org/iwg\n"
                    "meetings:\n"
                    "  - {month: may, topic: a, link: http://meet.example.org/iwg}\n"
                    "  - {month: june, topic: b, link: meet.example.org}\n");
    CHECK(d.findings ==
          "4:7 E113 'link' 'https://***@meet.example.org/iwg': a link must not hold a "
          "user name or password (user@host) (e.g. link: https://meet.example.org/iwg)\n"
          "6:34 E113 'link' 'http://meet.example.org/iwg': only https: links are allowed (e.g. "
          "link: https://meet.example.org/iwg)\n"
          "7:35 E113 'link' 'meet.example.org': a link must start with https:// (e.g. link: "
          "https://meet.example.org/iwg)\n");
    CHECK_FALSE(d.plan.join.link);
    REQUIRE(d.plan.meetings.size() == 2);
    CHECK_FALSE(d.plan.meetings[0].join.link);
}

TEST_CASE("the document layout decodes its fields", "[loader]") {
    const Decoded d = decode(header +
                             "document:\n"
                             "  focus_areas_after: 2\n"
                             "  actions_intro: We propose these actions\n"
                             "  titles: {goals: Aims, meetings: Our meetings}\n"
                             "  editorial: [IDS, action_goals, ids]\n");
    CHECK(d.findings == "");
    const DocumentLayout& layout = d.plan.document;
    REQUIRE(layout.focus_areas_after);
    CHECK(layout.focus_areas_after->value == 2);
    CHECK(d.plan.locate(layout.focus_areas_after->location).start == Position{5, 22});
    CHECK(layout.actions_intro == "We propose these actions");
    CHECK(layout.goals_title == "Aims");
    CHECK(layout.actions_title == "");
    CHECK(layout.meetings_title == "Our meetings");
    CHECK(layout.editorial ==
          std::vector<EditorialPart>{EditorialPart::ids, EditorialPart::action_goals});
}

TEST_CASE("the document layout refuses unknown keys, words and types", "[loader]") {
    CHECK(decode(header + "document:\n  focus_area_after: 2\n").findings ==
          "5:3 E102 unknown key 'focus_area_after' in 'document' (did you mean "
          "'focus_areas_after'?)\n");
    CHECK(decode(header + "document:\n  editorial: [goals]\n").findings ==
          "5:15 E104 'editorial' must be ids, action_goals, meeting_links or meeting_kinds, not "
          "'goals'\n");
    CHECK(decode(header + "document: [a]\n").findings ==
          "4:11 E101 'document' must be a mapping, not a list (e.g. document: {actions_intro: "
          "\"We propose these actions:\"})\n");
    CHECK(decode(header + "document:\n  titles: {meeting: M}\n").findings ==
          "5:12 E102 unknown key 'meeting' in 'titles' (did you mean 'meetings'?)\n");
    CHECK(decode(header + "document:\n  focus_areas_after: 0\n").findings ==
          "5:22 E108 'focus_areas_after' must be between 1 and 1000, not 0\n");
}

TEST_CASE("a directory with more plan files than the limit is refused before reading", "[loader]") {
    test::Scratch scratch;
    scratch.write("a.yaml", "format: 1\n" + header);
    scratch.write("b.yaml", "meetings: []\n");
    scratch.write("c.yml", "goals: []\n");
    scratch.write("notes.txt", "not a plan file\n");
    LoadOptions options;
    options.max_files = 2;
    const LoadResult refused = load_plan(scratch.path().string(), options);
    REQUIRE(refused.diagnostics.size() == 1);
    const Diagnostic& d = refused.diagnostics.items().front();
    CHECK(d.rule->id == std::string_view("E001"));
    CHECK(d.message == "3 plan files (*.yaml or *.yml) in this directory; a plan has at most 2");
    CHECK(refused.plan.files.empty());
    CHECK_FALSE(refused.plan.all_files_read);

    options.max_files = 3;
    const LoadResult read = load_plan(scratch.path().string(), options);
    CHECK(read.plan.files.size() == 3);
    CHECK_FALSE(read.has_errors());
}

TEST_CASE("a plan whose files pass the plan size limit together is refused before reading",
          "[loader]") {
    test::Scratch scratch;
    const std::string first = "format: 1\n" + header;
    scratch.write("a.yaml", first);
    scratch.write("b.yaml", "meetings: []\n");
    const std::uint64_t total = first.size() + 13;
    LoadOptions options;
    options.max_plan_size = total - 1;
    const LoadResult refused = load_plan(scratch.path().string(), options);
    REQUIRE(refused.diagnostics.size() == 1);
    const Diagnostic& d = refused.diagnostics.items().front();
    CHECK(d.rule->id == std::string_view("E002"));
    CHECK(d.location.file == scratch.path().string());
    CHECK(d.message == fmt::format("the plan's files are {} bytes together, more than the limit "
                                   "of {} bytes",
                                   total, total - 1));
    CHECK(d.hint == fmt::format("raise the limit with --max-plan-size {}", total));
    CHECK(refused.plan.files.empty());
    CHECK_FALSE(refused.plan.all_files_read);
    CHECK(exit_code_for(refused.diagnostics, false) == 2);

    options.max_plan_size = total;
    const LoadResult read = load_plan(scratch.path().string(), options);
    CHECK(read.plan.files.size() == 2);
    CHECK_FALSE(read.has_errors());
    CHECK(LoadOptions{}.max_plan_size == 4ull * 1024 * 1024);
}

TEST_CASE("a plan's files are counted again as they are read, links too", "[loader]") {
    test::Scratch scratch;
    const std::string first = "format: 1\n" + header;
    scratch.write("a.yaml", first);
    scratch.write("other/real.yaml", "meetings: []\n");
    std::filesystem::create_symlink(scratch.path() / "other/real.yaml", scratch.path() / "b.yaml");
    LoadOptions options;
    options.max_plan_size = first.size() + 12;  // a.yaml fits; with the link's 13 bytes, not
    options.read.root = scratch.path().string();
    const LoadResult refused = load_plan(scratch.path().string(), options);
    REQUIRE(refused.diagnostics.size() == 1);
    const Diagnostic& d = refused.diagnostics.items().front();
    CHECK(d.rule->id == std::string_view("E002"));
    CHECK(d.location.file == (scratch.path() / "b.yaml").string());
    CHECK(d.hint == fmt::format("raise the limit with --max-plan-size {}", first.size() + 13));
    CHECK_FALSE(refused.plan.all_files_read);
}

TEST_CASE("a span ends only where its length fits in 16 bits", "[loader]") {
    const std::string short_topic(65535, 'x');
    const std::string long_topic(65536, 'y');
    const Decoded d = decode(header + "meetings:\n  - month: may\n    topic: " + short_topic +
                             "\n  - month: june\n    topic: " + long_topic + "\n");
    REQUIRE(d.plan.meetings.size() == 2);
    CHECK(d.plan.locate(d.plan.meetings[0].topic.location).end.column == 12 + 65535);
    CHECK_FALSE(d.plan.locate(d.plan.meetings[1].topic.location).end.known());
}
