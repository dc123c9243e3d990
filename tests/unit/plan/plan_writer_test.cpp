#include "iwg/plan/plan_writer.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

#include "iwg/plan/loader.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/util/atomic_write.hpp"
#include "test_plans.hpp"

#include "scratch.hpp"

using namespace iwg;
namespace fs = std::filesystem;

namespace {

using test::Scratch;

// Loads and checks the plan at `path` as every command does.
LoadResult load_checked(const std::string& path) {
    PlanLocation location;
    location.path = path;
    return load_plan_at(location, {});
}

// Writes the files into a new directory and loads them back as every command does.
LoadResult write_and_load(const std::vector<GeneratedFile>& files, const Scratch& scratch) {
    const fs::path dir = scratch.path() / "plan";
    write_directory_atomically(dir, files);
    return load_checked(dir.string());
}

std::vector<std::string> rule_ids(const LoadResult& result) {
    std::vector<std::string> ids;
    for (const auto& d : result.diagnostics.items()) {
        ids.emplace_back(d.rule->id);
    }
    return ids;
}

const std::string& file_text(const std::vector<GeneratedFile>& files, std::string_view name) {
    for (const auto& file : files) {
        if (file.name == name) {
            return file.bytes;
        }
    }
    FAIL("no file " << name);
    throw std::logic_error("unreachable");
}

// Texts that a careless writer would turn into other YAML, other values or parse errors.
const std::vector<std::string> hostile_texts{
    "plain words, with (some) punctuation; fine?",
    "\"quoted\" and 'single'",
    "key: value",
    "ends with a colon:",
    "text # not a comment",
    "#starts like a comment",
    "- looks like a list item",
    "-",
    "? a complex key",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@reserved",
    "`backticks`",
    "|",
    ">",
    "[a, b]",
    "{a: b}",
    "a, b] c",
    "back\\slash \\n not a newline",
    "line one\nline two",
    "\nleading newline",
    "tab\there",
    "trailing spaces  ",
    "  leading spaces",
    "trailing tab\t",
    "carriage\rreturn",
    "yes",
    "No",
    "null",
    "NULL",
    "~",
    "true",
    "off",
    "y",
    "1e3",
    "0x10",
    "017",
    "2024",
    "2024-05-14",
    "12:30",
    ".inf",
    "-.5",
    "+1",
    "---",
    "...",
    "--- a document?",
    "Ana Pérez, Bo Lind — ×÷ 数据 🙂",
    "right\u200Fto\u200Eleft marks, zero\u200Bwidth, word\u2060joiner",
    "no\u00A0break\u202Fspace",
    "\uFEFFbyte order mark",
    "e\u0301 combining",
};

}  // namespace

TEST_CASE("plainly safe text is written plain, anything else double-quoted", "[plan_writer]") {
    CHECK(yaml_scalar("Action Plan 2025") == "Action Plan 2025");
    CHECK(yaml_scalar("Ana Pérez, Bo Lind") == "Ana Pérez, Bo Lind");
    CHECK(yaml_scalar("Don't stop; go (now)!") == "Don't stop; go (now)!");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("yes") == "\"yes\"");
    CHECK(yaml_scalar("Null") == "\"Null\"");
    CHECK(yaml_scalar("2024") == "\"2024\"");
    CHECK(yaml_scalar("1e3") == "\"1e3\"");
    CHECK(yaml_scalar("key: value") == "\"key: value\"");
    CHECK(yaml_scalar("a #b") == "\"a #b\"");
    CHECK(yaml_scalar("- item") == "\"- item\"");
    CHECK(yaml_scalar("trailing ") == "\"trailing \"");
    CHECK(yaml_scalar("say \"hi\"\\") == R"("say \"hi\"\\")");
    CHECK(yaml_scalar("a\tb\nc\rd") == R"("a\tb\nc\rd")");
    CHECK(yaml_scalar("\x1b[31m\x7f") == R"("\u001B[31m\u007F")");
    CHECK(yaml_scalar("\u0085\u2028\u2029") == R"("\u0085\u2028\u2029")");
    CHECK(yaml_scalar("\u202Eevil\u2066") == R"("\u202Eevil\u2066")");
    CHECK(yaml_scalar("zero\u200Bwidth") == R"("zero\u200Bwidth")");
    CHECK(yaml_scalar("\U000E0001 tag") == R"("\U000E0001 tag")");
    CHECK(yaml_scalar("bad \xff byte") == R"("bad \uFFFD byte")");
}

TEST_CASE("the old year is replaced in the title where it stands as a word", "[plan_writer]") {
    CHECK(replace_year_in_title("Action Plan 2024", 2024, 2025) == "Action Plan 2025");
    CHECK(replace_year_in_title("2024: the plan (2024)", 2024, 2025) == "2025: the plan (2025)");
    CHECK(replace_year_in_title("Plan 2024-2025", 2024, 2025) == "Plan 2025-2025");
    CHECK(replace_year_in_title("Action Plan", 2024, 2025) == "Action Plan");
    CHECK(replace_year_in_title("Plan 20245 and x2024 and 2024b", 2024, 2025) ==
          "Plan 20245 and x2024 and 2024b");
    CHECK(replace_year_in_title("Plan 2023", 2024, 2025) == "Plan 2023");
}

TEST_CASE("next year's plan of a small plan, byte for byte", "[plan_writer]") {
    Plan plan = test::small_plan();
    plan.title.value = "Action Plan 2024";
    plan.introduction = "First paragraph.\n\nSecond: with a colon.";
    plan.focus_areas = {"Capabilities", "Data: open"};
    plan.goals[0].notes = "Editorial";
    plan.actions[1].notes = "two\nlines";
    plan.actions[1].status.value = ActionStatus::in_progress;
    const auto files = next_year_plan(plan, 2025, "# yaml-language-server: $schema=s.json");
    REQUIRE(files.size() == 4);
    CHECK(files[0].name == "plan.yaml");
    CHECK(files[0].bytes ==
          "# yaml-language-server: $schema=s.json\n"
          "# The plan for 2025, started from the plan for 2024 by iwg init: check every text.\n"
          "format: 1\n"
          "group: WG\n"
          "title: Action Plan 2025\n"
          "year: 2025\n"
          "introduction: |\n"
          "  First paragraph.\n"
          "\n"
          "  Second: with a colon.\n"
          "focus_areas:\n"
          "  - Capabilities\n"
          "  - \"Data: open\"\n");
    CHECK(files[1].name == "goals.yaml");
    CHECK(files[1].bytes ==
          "# yaml-language-server: $schema=s.json\n"
          "# The goals as the plan for 2024 gave them: keep, change or add.\n"
          "goals:\n"
          "  - id: G1\n"
          "    text: First goal\n"
          "    notes: Editorial\n"
          "  - id: G2\n"
          "    text: Second goal\n");
    // A1 is done and A3 dropped: only A2 is carried, without its status.
    CHECK(files[2].name == "actions.yaml");
    CHECK(files[2].bytes ==
          "# yaml-language-server: $schema=s.json\n"
          "# The actions of 2024 that were not done or dropped, planned again for 2025.\n"
          "actions:\n"
          "  - id: A2\n"
          "    text: Do two\n"
          "    goals: [G1]\n"
          "    notes: |\n"
          "      two\n"
          "      lines\n");
    CHECK(files[3].name == "meetings.yaml");
    CHECK(files[3].bytes ==
          "# yaml-language-server: $schema=s.json\n"
          "# The meetings of 2025: one row per topic. For each month, remove the '# ' before "
          "its\n"
          "# two lines and write the topic; add kind, date, time and the rest as\n"
          "# docs/plan-format.md describes. A month with no meeting may stay commented out.\n"
          "meetings:\n"
          "  # - month: january\n"
          "  #   topic: ...\n"
          "  # - month: february\n"
          "  #   topic: ...\n"
          "  # - month: march\n"
          "  #   topic: ...\n"
          "  # - month: april\n"
          "  #   topic: ...\n"
          "  # - month: may\n"
          "  #   topic: ...\n"
          "  # - month: june\n"
          "  #   topic: ...\n"
          "  # - month: july\n"
          "  #   topic: ...\n"
          "  # - month: august\n"
          "  #   topic: ...\n"
          "  # - month: september\n"
          "  #   topic: ...\n"
          "  # - month: october\n"
          "  #   topic: ...\n"
          "  # - month: november\n"
          "  #   topic: ...\n"
          "  # - month: december\n"
          "  #   topic: ...\n");
}

TEST_CASE("next year's plan loads back with the same texts, hostile ones included",
          "[plan_writer]") {
    Plan plan = test::small_plan();
    plan.title.value = "Plan 2024 \"quoted\" #1: 2024";
    plan.group.value = "- group: & *";
    plan.introduction = "Intro\n\n  indented\nlast line";
    plan.focus_areas = hostile_texts;
    plan.goals.clear();
    plan.actions.clear();
    for (std::size_t i = 0; i < hostile_texts.size(); ++i) {
        Goal goal;
        goal.id.value = "G" + std::to_string(i + 1);
        goal.text.value = hostile_texts[i];
        goal.notes = hostile_texts[hostile_texts.size() - 1 - i];
        plan.goals.push_back(goal);
        Action action;
        action.id.value = "A" + std::to_string(i + 1);
        action.text.value = hostile_texts[i];
        action.notes = hostile_texts[i] + "\n" + hostile_texts[hostile_texts.size() - 1 - i];
        action.goals = {Located<std::string>{goal.id.value, {}}};
        action.status.value = i % 2 == 0 ? ActionStatus::planned : ActionStatus::in_progress;
        plan.actions.push_back(action);
    }
    for (const auto& introduction :
         {std::string("Intro\n\n  indented\nlast line"), std::string("one line"),
          std::string("trailing \nspace"), std::string("tab\tin\nit"),
          std::string(" leading space\nx"), std::string("\nleading newline")}) {
        plan.introduction = introduction;
        Scratch scratch;
        const LoadResult loaded =
            write_and_load(next_year_plan(plan, 2025, "# schema line"), scratch);
        INFO(introduction);
        CHECK(rule_ids(loaded).empty());
        const Plan& back = loaded.plan;
        CHECK(back.group.value == plan.group.value);
        CHECK(back.title.value == "Plan 2025 \"quoted\" #1: 2025");
        CHECK(back.year.value == 2025);
        CHECK(back.introduction == introduction);
        CHECK(back.focus_areas == plan.focus_areas);
        REQUIRE(back.goals.size() == plan.goals.size());
        REQUIRE(back.actions.size() == plan.actions.size());
        for (std::size_t i = 0; i < plan.goals.size(); ++i) {
            INFO(plan.goals[i].text.value);
            CHECK(back.goals[i].id.value == plan.goals[i].id.value);
            CHECK(back.goals[i].text.value == plan.goals[i].text.value);
            CHECK(back.goals[i].notes == plan.goals[i].notes);
            CHECK(back.actions[i].id.value == plan.actions[i].id.value);
            CHECK(back.actions[i].text.value == plan.actions[i].text.value);
            CHECK(back.actions[i].notes == plan.actions[i].notes);
            REQUIRE(back.actions[i].goals.size() == 1);
            CHECK(back.actions[i].goals[0].value == plan.goals[i].id.value);
            CHECK(back.actions[i].status.value == ActionStatus::planned);
        }
        CHECK(back.meetings.empty());
    }
}

TEST_CASE("the frozen 2024 plan becomes a 2025 plan that validates cleanly", "[plan_writer]") {
    const LoadResult from = load_checked(IWG_FIXTURES "/plan-2024");
    REQUIRE(from.diagnostics.error_count() == 0);
    Scratch scratch;
    const LoadResult loaded = write_and_load(
        next_year_plan(from.plan, 2025, schema_line_for(scratch.path() / "plan")), scratch);
    CHECK(rule_ids(loaded).empty());
    const Plan& back = loaded.plan;
    CHECK(back.group.value == from.plan.group.value);
    CHECK(back.title.value == "Action Plan 2025");
    CHECK(back.introduction == from.plan.introduction);
    CHECK(back.focus_areas == from.plan.focus_areas);
    REQUIRE(back.goals.size() == 5);
    REQUIRE(back.actions.size() == 6);
    for (std::size_t i = 0; i < back.goals.size(); ++i) {
        CHECK(back.goals[i].text.value == from.plan.goals[i].text.value);
    }
    for (std::size_t i = 0; i < back.actions.size(); ++i) {
        CHECK(back.actions[i].text.value == from.plan.actions[i].text.value);
        CHECK(back.actions[i].goals.size() == from.plan.actions[i].goals.size());
    }
    CHECK(back.meetings.empty());
}

TEST_CASE("how the group meets carries over to next year", "[plan_writer]") {
    const LoadResult from = load_checked(IWG_FIXTURES "/zones");
    REQUIRE(from.diagnostics.error_count() == 0);
    Scratch scratch;
    const LoadResult loaded = write_and_load(
        next_year_plan(from.plan, 2025, schema_line_for(scratch.path() / "plan")), scratch);
    CHECK(rule_ids(loaded).empty());
    const Plan& back = loaded.plan;
    REQUIRE(back.schedule.has_value());
    CHECK(back.schedule->day.value.ordinal == -1);
    CHECK(back.schedule->day.value.weekday == 1);
    CHECK(back.schedule->time->value == TimeOfDay{15, 0});
    CHECK(back.schedule->timezone->value == "Europe/Madrid");
    CHECK(back.schedule->duration_minutes->value == 90);
    CHECK(back.join.link->value == "https://meet.example.org/zones");
    REQUIRE(back.display_timezones.size() == 4);
    CHECK(back.display_timezones[3].value == "Australia/Sydney");
}

TEST_CASE("the document layout carries over, with the new year in its texts", "[plan_writer]") {
    const LoadResult from = load_checked(IWG_SOURCE_DIR "/plans/2024");
    REQUIRE(from.diagnostics.error_count() == 0);
    Scratch scratch;
    const LoadResult loaded = write_and_load(
        next_year_plan(from.plan, 2025, schema_line_for(scratch.path() / "plan")), scratch);
    CHECK(rule_ids(loaded).empty());
    const DocumentLayout& back = loaded.plan.document;
    REQUIRE(back.focus_areas_after);
    CHECK(back.focus_areas_after->value == 3);
    CHECK(back.actions_intro == "To meet our goals for 2025, we propose the following actions:");
    CHECK(back.goals_title == "Goals");
    CHECK(back.actions_title == "Specific actions");
    CHECK(back.meetings_title == "IWG meeting scheduled for 2025");
    CHECK(back.editorial == std::vector<EditorialPart>{EditorialPart::ids,
                                                       EditorialPart::action_goals,
                                                       EditorialPart::meeting_kinds});
}

TEST_CASE("a skeleton's findings name each text to fill in", "[plan_writer]") {
    Scratch scratch;
    const auto files = skeleton_plan(2025, "# yaml-language-server: $schema=s.json");
    CHECK(file_text(files, "plan.yaml") ==
          "# yaml-language-server: $schema=s.json\n"
          "# The plan for 2025, started by iwg init. Write each \"\" below; iwg validate "
          "lists\n"
          "# what is left. docs/plan-format.md describes every key.\n"
          "format: 1\n"
          "group: \"\"\n"
          "title: \"\"\n"
          "year: 2025\n"
          "# introduction: |\n"
          "#   A few paragraphs.\n"
          "# focus_areas:\n"
          "#   - ...\n");
    CHECK(file_text(files, "meetings.yaml") ==
          file_text(next_year_plan({}, 2025, "# yaml-language-server: $schema=s.json"),
                    "meetings.yaml"));
    const LoadResult loaded = write_and_load(files, scratch);
    std::vector<std::string> messages;
    for (const auto& d : loaded.diagnostics.items()) {
        messages.push_back(fs::path(d.location.file).filename().string() + ":" +
                           std::to_string(d.location.start.line) + ": " + std::string(d.rule->id) +
                           " " + d.message);
    }
    CHECK(messages == std::vector<std::string>{
                          "actions.yaml:5: E112 'text' is empty",
                          "goals.yaml:5: E112 'text' is empty",
                          "plan.yaml:5: E112 'group' is empty",
                          "plan.yaml:6: E112 'title' is empty",
                      });
    CHECK(loaded.plan.year.value == 2025);
}

TEST_CASE("the schema line points at the repository's schema, else the installed one",
          "[plan_writer]") {
    CHECK(schema_line_for(fs::path(IWG_SOURCE_DIR) / "plans" / "2025") ==
          "# yaml-language-server: $schema=../../schema/plan.schema.json");
    CHECK(schema_line_for(fs::path(IWG_SOURCE_DIR) / "plans" / "2025" / "") ==
          "# yaml-language-server: $schema=../../schema/plan.schema.json");
    CHECK(schema_line_for(fs::path(IWG_SOURCE_DIR) / "new") ==
          "# yaml-language-server: $schema=../schema/plan.schema.json");
    Scratch scratch;
    CHECK(schema_line_for(scratch.path() / "2025") ==
          "# yaml-language-server: $schema=" + installed_schema_path());
    CHECK(installed_schema_path().ends_with("/share/iwg/plan.schema.json"));
    fs::create_directories(scratch.path() / "schema");
    std::ofstream(scratch.path() / "schema" / "plan.schema.json") << "{}";
    CHECK(schema_line_for(scratch.path() / "a" / "b" / "2025") ==
          "# yaml-language-server: $schema=../../../schema/plan.schema.json");
}
