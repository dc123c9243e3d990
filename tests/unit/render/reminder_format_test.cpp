#include "iwg/render/reminder_format.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "iwg/plan/loader.hpp"
#include "iwg/render/report_json.hpp"

using namespace iwg;

namespace {

Reminder kick_off() {
    static const LoadResult loaded = load_plan(std::string(IWG_FIXTURES) + "/remind/dated");
    REQUIRE(loaded.diagnostics.error_count() == 0);
    auto selection = select_for_month(loaded.plan, {2024, 1}, Date{2024, 1, 10});
    REQUIRE(std::holds_alternative<Reminder>(selection));
    return std::get<Reminder>(selection);
}

}  // namespace

TEST_CASE("every built-in template parses with the reminder placeholders", "[reminder_format]") {
    for (const auto name : enum_values<BuiltinTemplateName>()) {
        const BuiltinTemplate builtin = builtin_template(name);
        CHECK(builtin.json == (name == BuiltinTemplateName::json));
        if (!builtin.json) {
            CHECK(parse_template(builtin.source, reminder_placeholder_names()).has_value());
        }
    }
    CHECK(enum_words<BuiltinTemplateName>() ==
          std::vector<std::string_view>{"text", "markdown", "email", "json"});
}

TEST_CASE("reminder values", "[reminder_format]") {
    const TemplateValues values = reminder_values(kick_off());
    CHECK(values.size() == reminder_placeholders().size());
    CHECK(values.at("when").text == "Tuesday 2024-01-16 15:00 UTC, 60 minutes");
    CHECK(values.at("weekday").text == "Tuesday");
    CHECK(values.at("month_number").text == "01");
    CHECK(values.at("speakers").text == "Ana Lima, Bo Chen");
    CHECK(values.at("goals").text == "G1: Share what works.");
    CHECK(values.at("goals").multiline);
    CHECK(values.at("goal_ids").text == "G1");
    CHECK(values.at("action_ids").text == "A1");
    CHECK(values.at("alternative").text.empty());
    CHECK(values.at("as_of").text == "2024-01-10");
}

TEST_CASE("the built-in text template", "[reminder_format]") {
    const auto builtin = builtin_template(BuiltinTemplateName::text);
    const auto parsed = parse_template(builtin.source, reminder_placeholder_names()).value();
    CHECK(render_template(parsed, reminder_values(kick_off()), builtin.format) ==
          "Test Group: January 2024 meeting\n"
          "\n"
          "Topic: Kick-off\n"
          "When: Tuesday 2024-01-16 15:00 UTC, 60 minutes\n"
          "Speakers: Ana Lima, Bo Chen\n"
          "Goals:\n"
          "  G1: Share what works.\n"
          "Actions:\n"
          "  A1: Run the kick-off.\n"
          "Notes:\n"
          "  Bring last year's survey.\n"
          "  Slides are shared beforehand.\n");
}

TEST_CASE("the JSON document is versioned", "[reminder_format]") {
    const std::string json = render_reminder_json(kick_off());
    CHECK(
        json.starts_with("{\n  \"iwg_reminder\": 2,\n  \"as_of\": \"2024-01-10\",\n"
                         "  \"rule\": \"month\",\n  \"within_days\": null,\n"));
    CHECK(json.ends_with("}\n"));
}

TEST_CASE("docs/reminders.md lists every placeholder", "[reminder_format]") {
    std::ifstream file(std::string(IWG_SOURCE_DIR) + "/docs/reminders.md");
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    for (const auto& placeholder : reminder_placeholders()) {
        INFO(placeholder.name);
        CHECK(text.str().find("| `{" + std::string(placeholder.name) + "}` |") !=
              std::string::npos);
    }
}

TEST_CASE("the reminder's meeting is the reports' meeting object", "[reminder_format]") {
    const Reminder reminder = kick_off();
    const auto document = nlohmann::ordered_json::parse(render_reminder_json(reminder));
    CHECK(document.at("meeting") == meeting_to_json(reminder.meeting));
    CHECK(document.at("meeting").at("topic") == reminder.meeting.topic);
}
