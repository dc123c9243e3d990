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
    const auto status = status_to_json(build_status(test::small_plan(), Date{2024, 6, 15}));
    CHECK(status["report"] == "status");
    CHECK(status["version"] == report_json_version);
    CHECK(status["as_of"] == "2024-06-15");
    CHECK(status["phase"] == "in-progress");
    CHECK(status["counts"].dump() ==
          R"({"held":1,"cancelled":1,"upcoming":1,"stale":1,"unscheduled":1})");
    const auto summary = summary_to_json(build_summary(test::small_plan()));
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
