#include "iwg/render/report_json.hpp"

#include <catch2/catch.hpp>

#include "test_plans.hpp"

using namespace iwg;

TEST_CASE("meetings become JSON objects with every field present", "[report_json]") {
    MeetingView m;
    m.index = 3;
    m.month = 5;
    m.topic = "T";
    m.time = TimeOfDay{9, 5};
    m.goals = {"G1", "G9"};
    CHECK(
        meeting_to_json(m).dump() ==
        R"({"row":3,"month":5,"topic":"T","alternative":null,"kind":"meeting",)"
        R"("status":"planned","date":null,"time":"09:05","duration_minutes":null,)"
        R"("timezone":null,"date_source":null,"usual_date":null,"start_utc":null,"utc_offset":null,)"
        R"("link":null,"location":null,"speakers":[],)"
        R"("goals":["G1","G9"],"actions":[],"notes":null})");
}

TEST_CASE("report documents are versioned", "[report_json]") {
    using json = nlohmann::ordered_json;
    const Plan plan = test::small_plan();
    const auto status = json::parse(render_status_json(build_status(plan, Date{2024, 6, 15})));
    CHECK(status["report"] == "status");
    CHECK(status["version"] == report_json_version);
    CHECK(status["as_of"] == "2024-06-15");
    CHECK(status["phase"] == "in-progress");
    CHECK(status["counts"].dump() ==
          R"({"held":1,"cancelled":1,"upcoming":1,"stale":1,"unscheduled":1})");
    const auto summary = json::parse(render_summary_json(build_summary(plan)));
    CHECK(summary["report"] == "summary");
    CHECK(summary["months"].size() == 12);
    CHECK(summary["months"][6]["is_break"] == true);
}

TEST_CASE("dump_json always produces valid UTF-8", "[report_json]") {
    nlohmann::ordered_json doc{{"text", std::string("bad \xff byte, esc \x1b")}};
    CHECK(dump_json(doc) == "{\n  \"text\": \"bad \xef\xbf\xbd byte, esc \\u001b\"\n}\n");
}

TEST_CASE("dump_json writes invisible and bidi characters as escapes", "[report_json]") {
    // U+200B, U+FEFF, LRM, RLM, U+061C, RLO: escaped as every other format shows them;
    // a letter outside ASCII stays as it is.
    nlohmann::ordered_json doc{{"t", "a\u200b\ufeff\u200e\u200f\u061c\u202e\u00e9"}};
    const std::string text = dump_json(doc);
    CHECK(text == "{\n  \"t\": \"a\\u200b\\ufeff\\u200e\\u200f\\u061c\\u202e\u00e9\"\n}\n");
    CHECK(nlohmann::json::parse(text)["t"].get<std::string>() == doc["t"].get<std::string>());
}

TEST_CASE("JsonWriter writes what dump_json writes for the whole tree", "[report_json]") {
    using json = nlohmann::ordered_json;
    const json row{{"id", "G1"}, {"list", {1, 2}}, {"empty", json::array()}, {"none", nullptr}};
    const json whole{{"a", 1},
                     {"rows", {row, row}},
                     {"empty_rows", json::array()},
                     {"empty_object", json::object()},
                     {"nested", {{"rows", {row}}, {"t", "x\u200by"}}}};
    JsonWriter out;
    out.begin_object();
    out.member("a", 1);
    out.key("rows");
    out.begin_array();
    out.value(row);
    out.value(row);
    out.end();
    out.key("empty_rows");
    out.begin_array();
    out.end();
    out.key("empty_object");
    out.begin_object();
    out.end();
    out.key("nested");
    out.begin_object();
    out.key("rows");
    out.begin_array();
    out.begin_object();
    for (const auto& [key, value] : row.items()) {
        out.member(key, value);
    }
    out.end();
    out.end();
    out.member("t", "x\u200by");
    out.end();
    out.end();
    CHECK(std::move(out).finish() == dump_json(whole));
}
