#include "iwg/diag/diagnostic.hpp"

#include <catch2/catch.hpp>

#include "iwg/diag/rules.hpp"
#include "iwg/plan/allow.hpp"

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

// Each format escapes the text where it prints it (render/validation_test.cpp), so a finding
// keeps it as it is: escaped here, JSON would show "<U+202E>" for a character it can carry.
TEST_CASE("messages and hints keep the plan text they quote as it is", "[diagnostic]") {
    Diagnostics diagnostics;
    diagnostics.add(rules::unknown_key, {"a.yaml", {1, 1}, {}}, "key 'a\x1b[2J\r\nb'",
                    "did you mean '\xE2\x80\xAE'?");
    CHECK(diagnostics.items()[0].message == "key 'a\x1b[2J\r\nb'");
    CHECK(diagnostics.items()[0].hint == "did you mean '\xE2\x80\xAE'?");
}

namespace {

std::string listing(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.items()) {
        out += d.location.file + ":" + std::to_string(d.location.start.line) + " " +
               std::string(d.rule->id) + " " + d.message +
               (d.hint.empty() ? "" : " (" + d.hint + ")") + (d.accepted ? " accepted" : "") + "\n";
    }
    return out;
}

constexpr int limit = static_cast<int>(findings_per_rule_and_file);

}  // namespace

TEST_CASE("each rule lists a bounded number of findings per file", "[diagnostic]") {
    Diagnostics diagnostics;
    for (int line = 1; line <= limit + 3; ++line) {
        diagnostics.add(rules::duplicate_key, {"a.yaml", {line, 1}, {}}, "dup", "hint");
    }
    diagnostics.add(rules::duplicate_key, {"b.yaml", {1, 1}, {}}, "dup");
    diagnostics.add(rules::unknown_key, {"a.yaml", {200, 1}, {}}, "unknown");
    diagnostics.sort();
    diagnostics.limit_each_rule_per_file();
    const std::string out = listing(diagnostics);
    CHECK(out.starts_with("a.yaml:1 E007 dup (hint)\na.yaml:2 E007 dup (hint)\n"));
    CHECK(
        out.ends_with("a.yaml:100 E007 dup (hint)\n"
                      "a.yaml:101 E007 3 more E007 findings in this file, from here on, not "
                      "shown\n"
                      "a.yaml:200 E102 unknown\n"
                      "b.yaml:1 E007 dup\n"));
    CHECK(diagnostics.size() == findings_per_rule_and_file + 3);
    CHECK(diagnostics.error_count() == findings_per_rule_and_file + 3);
}

TEST_CASE("past the cap a rule's findings in a file are counted, not stored", "[diagnostic]") {
    Diagnostics diagnostics;
    for (int line = 1; line <= 10000; ++line) {
        diagnostics.add(rules::duplicate_reference, {"a.yaml", {line, 5}, {}},
                        "goal 'G1' is named twice in this list", "remove the second mention");
    }
    diagnostics.add(rules::duplicate_reference, {"b.yaml", {1, 5}, {}}, "in another file");
    // The first findings_per_rule_and_file and the one that will count the rest.
    CHECK(diagnostics.items().size() == findings_per_rule_and_file + 2);
    CHECK(diagnostics.size() == 10001);
    CHECK(diagnostics.warning_count() == 10001);
    diagnostics.sort();
    diagnostics.limit_each_rule_per_file();
    REQUIRE(diagnostics.size() == findings_per_rule_and_file + 2);
    const Diagnostic& more = diagnostics.items()[findings_per_rule_and_file];
    CHECK(more.location.start.line == limit + 1);
    CHECK(more.message == "9900 more W205 findings in this file, from here on, not shown");
    CHECK(diagnostics.items().back().message == "in another file");
    CHECK(diagnostics.warning_count() == findings_per_rule_and_file + 2);
}

TEST_CASE("a finding past the cap has no message made", "[diagnostic]") {
    Diagnostics diagnostics;
    int made = 0;
    for (int line = 1; line <= 1000; ++line) {
        diagnostics.add(rules::duplicate_reference, {"a.yaml", {line, 5}, {}}, [&made] {
            ++made;
            return std::string("goal 'G1' is named twice in this list");
        });
    }
    CHECK(made == limit + 1);
    CHECK(diagnostics.items().front().message == "goal 'G1' is named twice in this list");
    CHECK(diagnostics.warning_count() == 1000);
}

TEST_CASE("findings added out of order keep the ones sorting first would", "[diagnostic]") {
    Diagnostics capped;
    Diagnostics whole;  // filled around the cap, as every finding was kept before it
    for (int i = 0; i < 600; ++i) {
        // Lines 1 to 150 in a scattered order, each four times (ties keep their order).
        const Location at{"a.yaml", {(i * 37) % 150 + 1, 3}, {}};
        capped.add(rules::unknown_goal, at, std::to_string(i));
        Diagnostic& d = whole.items().emplace_back();
        d.rule = &rules::unknown_goal;
        d.location = at;
        d.message = std::to_string(i);
    }
    CHECK(capped.items().size() == findings_per_rule_and_file + 1);
    CHECK(capped.error_count() == 600);
    for (Diagnostics* d : {&capped, &whole}) {
        d->sort();
        d->limit_each_rule_per_file();
    }
    CHECK(listing(capped) == listing(whole));
}

TEST_CASE("the cap keeps the first unaccepted errors for reports that list only those",
          "[diagnostic]") {
    // Lines 1 to 150 accept E202; the findings of lines 151 to 300 block a report.
    std::string text;
    for (int line = 1; line <= 300; ++line) {
        text += line <= 150 ? "- G9  # iwg: allow E202 -- kept for the archive\n" : "- G9\n";
    }
    const SourceFile source("a.yaml", text);
    Diagnostics findings;
    AllowComments allows({&source}, findings);
    Diagnostics diagnostics;
    diagnostics.accept_with(&allows);
    for (int line = 1; line <= 300; ++line) {
        diagnostics.add(rules::unknown_goal, {"a.yaml", {line, 3}, {}}, "unknown goal 'G9'");
    }
    diagnostics.accept_with(nullptr);
    allows.report_unused(findings);
    CHECK(findings.empty());
    CHECK(diagnostics.error_count() == 150);
    CHECK(diagnostics.accepted_count() == 150);

    Diagnostics errors = diagnostics.unaccepted_errors();
    CHECK(errors.error_count() == 150);
    errors.sort();
    errors.limit_each_rule_per_file();
    REQUIRE(errors.size() == findings_per_rule_and_file + 1);
    CHECK(errors.items().front().location.start.line == 151);
    CHECK(errors.items().back().location.start.line == 251);
    CHECK(errors.items().back().message ==
          "50 more E202 findings in this file, from here on, not shown");

    diagnostics.sort();
    diagnostics.limit_each_rule_per_file();
    REQUIRE(diagnostics.size() == findings_per_rule_and_file + 1);
    CHECK(diagnostics.items().front().accepted);
    CHECK(diagnostics.items().back().message ==
          "200 more E202 findings in this file, from here on, not shown");
}

TEST_CASE("appending keeps the cap and the counts of both lists", "[diagnostic]") {
    Diagnostics first;
    Diagnostics second;
    for (int line = 1; line <= 300; ++line) {
        (line % 2 == 0 ? first : second)
            .add(rules::unknown_goal, {"a.yaml", {line, 3}, {}}, std::to_string(line));
    }
    first.append(second);
    CHECK(first.items().size() == findings_per_rule_and_file + 1);
    CHECK(first.size() == 300);
    CHECK(first.error_count() == 300);
    first.sort();
    first.limit_each_rule_per_file();
    CHECK(first.items()[0].message == "1");
    CHECK(first.items().back().message ==
          "200 more E202 findings in this file, from here on, not shown");
}

TEST_CASE("a finding names its rule by the constant", "[diagnostic]") {
    Diagnostics diagnostics;
    const Diagnostic& d = diagnostics.add(rules::unscheduled_row, {}, "row 'x' has no month");
    CHECK(d.rule == &rules::unscheduled_row);
    CHECK(d.severity == Severity::warning);
    CHECK(diagnostics.add(rules::too_large, {}, "too big").rule->input_error);
    CHECK(diagnostics.has_input_error());
}
