#include "iwg/render/report_format.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("report formats round-trip through their names", "[report_format]") {
    for (auto format : {ReportFormat::text, ReportFormat::markdown, ReportFormat::json,
                        ReportFormat::ics, ReportFormat::html}) {
        CHECK(parse_enum<ReportFormat>(to_string(format)) == format);
    }
    CHECK(to_string(ReportFormat::markdown) == "markdown");
    CHECK(enum_words<ReportFormat>() ==
          std::vector<std::string_view>{"text", "markdown", "json", "ics", "html"});
    CHECK_FALSE(parse_enum<ReportFormat>("Markdown"));  // the command line normalises case first
    CHECK_FALSE(parse_enum<ReportFormat>("md"));
}
