#include "iwg/plan/diagnostic.hpp"

#include <catch2/catch.hpp>

#include "iwg/plan/rules.hpp"

using namespace iwg;

TEST_CASE("findings take their rule's severity", "[diagnostic]") {
    Diagnostics diagnostics;
    diagnostics.add(rules::yaml_syntax, {"a.yaml", {1, 1}, {}}, "m");
    CHECK(diagnostics.items()[0].severity == Severity::error);
    CHECK(diagnostics.error_count() == 1);
    CHECK(diagnostics.warning_count() == 0);
}

TEST_CASE("sorting is by file, then position, then rule", "[diagnostic]") {
    Diagnostics diagnostics;
    diagnostics.add(rules::unknown_key, {"b.yaml", {1, 1}, {}}, "1");
    diagnostics.add(rules::wrong_type, {"a.yaml", {9, 1}, {}}, "2");
    diagnostics.add(rules::bad_month, {"a.yaml", {2, 5}, {}}, "3");
    diagnostics.add(rules::bad_enum, {"a.yaml", {2, 5}, {}}, "4");
    diagnostics.sort();
    std::string order;
    for (const auto& d : diagnostics.items()) {
        order += d.message;
    }
    CHECK(order == "4321");
}

TEST_CASE("exit codes: unreadable input beats errors beats warnings", "[diagnostic]") {
    Diagnostics clean;
    CHECK(exit_code_for(clean, true) == exit_ok);

    Diagnostics warned;
    Diagnostic& w = warned.add(rules::yaml_syntax, {}, "w");
    w.severity = Severity::warning;
    CHECK(exit_code_for(warned, false) == exit_ok);
    CHECK(exit_code_for(warned, true) == exit_plan_errors);

    Diagnostics errors;
    errors.add(rules::duplicate_key, {}, "e");
    CHECK(exit_code_for(errors, false) == exit_plan_errors);

    errors.add(rules::unreadable, {}, "cannot open");
    CHECK(exit_code_for(errors, false) == exit_usage);
}

TEST_CASE("messages and hints become one printable line", "[diagnostic]") {
    Diagnostics diagnostics;
    diagnostics.add(rules::unknown_key, {"a.yaml", {1, 1}, {}}, "key 'a\x1b[2J\r\nb'",
                    "did you mean '\xE2\x80\xAE'?");
    CHECK(diagnostics.items()[0].message == "key 'a\\x1b[2J\\x0d\\nb'");
    CHECK(diagnostics.items()[0].hint == "did you mean '<U+202E>'?");
}

TEST_CASE("each rule lists a bounded number of findings per file", "[diagnostic]") {
    Diagnostics diagnostics;
    for (int line = 1; line <= 5; ++line) {
        diagnostics.add(rules::duplicate_key, {"a.yaml", {line, 1}, {}}, "dup", "hint");
    }
    diagnostics.add(rules::duplicate_key, {"b.yaml", {1, 1}, {}}, "dup");
    diagnostics.add(rules::unknown_key, {"a.yaml", {9, 1}, {}}, "unknown");
    diagnostics.sort();
    diagnostics.limit_each_rule_per_file(2);
    std::string out;
    for (const auto& d : diagnostics.items()) {
        out += d.location.file.str() + ":" + std::to_string(d.location.start.line) + " " +
               std::string(d.rule->id) + " " + d.message +
               (d.hint.empty() ? "" : " (" + d.hint + ")") + "\n";
    }
    CHECK(out ==
          "a.yaml:1 E007 dup (hint)\n"
          "a.yaml:2 E007 dup (hint)\n"
          "a.yaml:3 E007 3 more E007 findings in this file, from here on, not shown\n"
          "a.yaml:9 E102 unknown\n"
          "b.yaml:1 E007 dup\n");
    CHECK(diagnostics.error_count() == 5);
}

TEST_CASE("a finding names its rule by the constant", "[diagnostic]") {
    Diagnostics diagnostics;
    const Diagnostic& d = diagnostics.add(rules::unscheduled_row, {}, "row 'x' has no month");
    CHECK(d.rule == &rules::unscheduled_row);
    CHECK(d.severity == Severity::warning);
    CHECK(diagnostics.add(rules::too_large, {}, "too big").rule->input_error);
    CHECK(diagnostics.has_input_error());
}
