#include "iwg/plan/allow.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace iwg;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items()) {
        out.push_back(fmt::format("{}:{}:{} {} {}", d.location.file, d.location.start.line,
                                  d.location.start.column, d.rule->id, d.message));
    }
    return out;
}

Diagnostic& finding(Diagnostics& diagnostics, const Rule& rule, int line) {
    return diagnostics.add(rule, Location{"p.yaml", Position{line, 5}, {}}, "a finding");
}

}  // namespace

TEST_CASE("allow comments: on the line, alone above it, several rules, the reason", "[allow]") {
    const SourceFile source("p.yaml",
                            "meetings:\n"
                            "  - topic: A  # iwg: allow W204 -- decided later\n"
                            "  # iwg: allow W204, W201 -- two topics, both intended\n"
                            "  # a plain comment between\n"
                            "\n"
                            "  - topic: B\n");
    Diagnostics found;
    const auto allows = find_allow_comments(source, found);
    CHECK(found.empty());
    REQUIRE(allows.size() == 2);
    CHECK(allows[0].applies_to == 2);
    CHECK(allows[0].reason == "decided later");
    CHECK(allows[0].location.start == Position{2, 15});
    CHECK(allows[1].applies_to == 6);  // past the comment and the blank line
    CHECK(allows[1].rules ==
          std::vector<const Rule*>{&rules::unscheduled_row, &rules::shared_month});
    CHECK(allows[1].reason == "two topics, both intended");
}

TEST_CASE("allow comments: malformed ones are W401 and accept nothing", "[allow]") {
    const SourceFile source("p.yaml",
                            "a: 1  # iwg: allow W204\n"
                            "b: 2  # iwg: allow W2O4 -- a typo\n"
                            "c: 3  # iwg: allow E005 -- syntax cannot be accepted\n"
                            "d: 4  # iwg: ignore W204 -- another word\n"
                            "e: 5  # iwg: allow -- no rule\n"
                            "f: 6  #iwg: allow W204 -- no blank after the hash is fine\n"
                            "g: 7  x# iwg: allow W204 -- not a comment: no blank before '#'\n");
    Diagnostics found;
    const auto allows = find_allow_comments(source, found);
    CHECK(allows.size() == 1);
    CHECK(messages(found) ==
          std::vector<std::string>{
              "p.yaml:1:7 W401 the allow gives no reason; write '-- ' and why the finding is "
              "intended",
              "p.yaml:2:7 W401 no rule 'W2O4'; did you mean W204?",
              "p.yaml:3:7 W401 E005 cannot be accepted: only warnings and the checks' errors "
              "about meaning (E2xx, W2xx, W301) can; a reading or loading finding means the "
              "plan may not have been read as written",
              "p.yaml:4:7 W401 unknown iwg comment 'ignore'; expected 'iwg: allow RULE -- "
              "reason'",
              "p.yaml:5:7 W401 the allow names no rule; write e.g. 'iwg: allow W204 -- reason'",
          });
}

TEST_CASE("allow comments accept matching findings as they are made, report unused allows",
          "[allow]") {
    const SourceFile source("p.yaml",
                            "x: 1  # iwg: allow W204 -- intended\n"
                            "y: 2  # iwg: allow W202 -- nothing here\n"
                            "z: 3  # iwg: allow E202 -- intended too\n");
    Diagnostics found;
    AllowComments allows({&source}, found);
    CHECK(found.empty());  // no malformed allow
    Diagnostics diagnostics;
    diagnostics.accept_with(&allows);
    finding(diagnostics, rules::unscheduled_row, 1);
    finding(diagnostics, rules::shared_month, 1);  // another rule on the line: not accepted
    finding(diagnostics, rules::unknown_goal, 3);
    finding(diagnostics, rules::yaml_syntax, 3);  // never acceptable
    diagnostics.accept_with(nullptr);
    finding(diagnostics, rules::unscheduled_row, 1);  // made after: not accepted
    allows.report_unused(found);
    diagnostics.append(found);

    const auto& items = diagnostics.items();
    REQUIRE(items.size() == 6);
    CHECK(items[0].accepted);
    CHECK(items[0].justification == "intended");
    CHECK_FALSE(items[1].accepted);
    CHECK(items[2].accepted);
    CHECK_FALSE(items[3].accepted);
    CHECK_FALSE(items[4].accepted);
    CHECK(messages(diagnostics).back() == "p.yaml:2:7 W402 no W202 finding on line 2 to accept");
    CHECK(diagnostics.error_count() == 1);    // E005 only
    CHECK(diagnostics.warning_count() == 3);  // W201, the late W204 and W402
    CHECK(diagnostics.accepted_count() == 2);
    CHECK(exit_code_for(diagnostics, false) == exit_plan_errors);
}

TEST_CASE("accepted findings count for neither the exit code nor --strict", "[allow]") {
    const SourceFile source("p.yaml", "x: 1  # iwg: allow W204 -- intended\n");
    Diagnostics diagnostics;
    finding(diagnostics, rules::unscheduled_row, 1);
    CHECK(exit_code_for(diagnostics, true) == exit_plan_errors);

    Diagnostics found;
    AllowComments allows({&source}, found);
    Diagnostics accepted;
    accepted.accept_with(&allows);
    finding(accepted, rules::unscheduled_row, 1);
    CHECK(exit_code_for(accepted, true) == exit_ok);
}

TEST_CASE("allow comments inside a value are its text, not comments", "[allow]") {
    // Each plan has one real allow (on line `real`) and others inside values; only the real one
    // is found.
    struct Case {
        const char* yaml;
        std::vector<int> real;  // the lines of the allows that are comments
    };
    const auto [yaml, real] = GENERATE(values<Case>({
        {"notes: |\n  text\n  # iwg: allow E201 -- hidden\n  more\n", {}},
        {"notes: |2-\n    text\n  # iwg: allow E201 -- hidden\n", {}},
        {"notes: >+\n  text\n\n  # iwg: allow E201 -- hidden\n", {}},
        {"- notes: |\n    a\n    # iwg: allow E201 -- hidden\n  # iwg: allow E201 -- real\n"
         "  id: x\n",
         {4}},
        {"notes: |  # iwg: allow E201 -- real, on the header\n  # iwg: allow E201 -- text\n", {1}},
        {"notes: |\n  a\n# iwg: allow E201 -- real, the block ended\nid: x\n", {3}},
        {"topic: \"first\n  # iwg: allow E201 -- hidden\n  last\"\n", {}},
        {"topic: \"a \\\" # iwg: allow E201 -- hidden\"\n", {}},
        {"topic: \"a \\\\\"  # iwg: allow E201 -- real after the quote\n", {1}},
        {"topic: 'it''s\n  # iwg: allow E201 -- hidden\n  done'\n", {}},
        {"topic: 'x # iwg: allow E201 -- hidden'  # iwg: allow W204 -- real\n", {1}},
        {"topic: plain # iwg: allow E201 -- real\n", {1}},
        {"topic: plain\n  two\n# iwg: allow E201 -- real\nid: x\n", {3}},
        {"- {topic: \"a # iwg: allow E201 -- hidden\", id: x}  # iwg: allow W204 -- real\n", {1}},
        {"- [a, 'b\n   # iwg: allow E201 -- hidden\n   c']\n", {}},
        {"topic: !!str \"x\n  # iwg: allow E201 -- hidden\"\n", {}},
    }));
    CAPTURE(yaml);
    const SourceFile source("p.yaml", yaml);
    Diagnostics found;
    std::vector<int> lines;
    for (const auto& allow : find_allow_comments(source, found)) {
        lines.push_back(allow.location.start.line);
    }
    CHECK(found.empty());
    CHECK(lines == real);
}
