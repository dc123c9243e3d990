#include "iwg/render/report_format.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("report formats round-trip through their names", "[report_format]") {
    for (auto format :
         {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::ics}) {
        CHECK(report_format_from(to_string(format)) == format);
    }
    CHECK(to_string(ReportFormat::markdown) == "markdown");
    CHECK_FALSE(report_format_from("Markdown"));  // the command line normalises case first
    CHECK_FALSE(report_format_from("md"));
}
