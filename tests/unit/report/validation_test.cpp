#include "iwg/report/validation.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "iwg/diag/rules.hpp"
#include "validation_sample.hpp"

using namespace iwg;

TEST_CASE("the report sorts findings, counts them and lists each file once", "[validation]") {
    const auto report = test::sample_validation_report();
    CHECK(report.files == std::vector<std::string>{"p/a.yaml", "p/g.yaml", "p/m.yaml"});
    REQUIRE(report.diagnostics.size() == 3);
    CHECK(report.diagnostics[0].rule->id == "E208");
    CHECK(report.diagnostics[1].rule->id == "E201");
    CHECK(report.diagnostics[2].rule->id == "W204");
    CHECK(report.errors == 2);
    CHECK(report.warnings == 1);
}

TEST_CASE("the summary line counts errors, warnings and files", "[validation]") {
    CHECK(validation_summary(test::sample_validation_report()) == "2 errors, 1 warning in 3 files");
    CHECK(validation_summary(build_validation_report({"a.yaml"}, {})) ==
          "ok: no problems in 1 file");
}

TEST_CASE("the report lists at most findings_per_rule_and_file per rule and file", "[validation]") {
    Diagnostics d;
    for (int line = 1; line <= 150; ++line) {
        d.add(rules::duplicate_key, Location{"a.yaml", {line, 1}, {}}, "duplicate key 'x'");
    }
    const ValidationReport report = build_validation_report({"a.yaml", "a.yaml"}, d);
    REQUIRE(report.diagnostics.size() == findings_per_rule_and_file + 1);
    CHECK(report.diagnostics.back().message ==
          "50 more E007 findings in this file, from here on, not shown");
    CHECK(report.files == std::vector<std::string>{"a.yaml"});
}
