#include "iwg/render/validation.hpp"

#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "iwg/diag/rules.hpp"
#include "iwg/util/version.hpp"
#include "validation_sample.hpp"

using namespace iwg;

TEST_CASE("text: findings like a compiler, then the summary", "[validation]") {
    const auto report = test::sample_validation_report();
    const std::string expected =
        "p/a.yaml: error[E208]: the plan has no goals\n"
        "p/g.yaml:4:9: error[E201]: duplicate goal id 'G1'\n"
        "  = note: first defined at p/g.yaml:2:9\n"
        "p/m.yaml:3:5: warning[W204]: row 'x' has no month\n"
        "  = hint: add its month\n";
    CHECK(render_validation_text(report, nullptr, TextStyle{}, false) == expected);
    CHECK(render_validation_text(report, nullptr, TextStyle{}, true) ==
          expected + "\n2 errors, 1 warning in 3 files\n");
    CHECK(render_validation_text(build_validation_report({"a.yaml"}, {}), nullptr, TextStyle{},
                                 true) == "ok: no problems in 1 file\n");
}

TEST_CASE("json: one versioned document with every field", "[validation]") {
    const auto doc =
        nlohmann::json::parse(render_validation_json(test::sample_validation_report()));
    CHECK(doc["version"] == 1);
    CHECK(doc["summary"] ==
          nlohmann::json{{"errors", 2}, {"warnings", 1}, {"files", 3}, {"accepted", 0}});
    CHECK(doc["findings"][0].dump() ==
          R"({"accepted":false,"column":null,"end":null,"file":"p/a.yaml","hint":null,)"
          R"("justification":null,"line":null,"message":"the plan has no goals",)"
          R"("related":null,"rule":"E208","severity":"error"})");
    CHECK(doc["findings"][1]["end"] == nlohmann::json{{"line", 4}, {"column", 11}});
    CHECK(doc["findings"][1]["related"] ==
          nlohmann::json{
              {"file", "p/g.yaml"}, {"line", 2}, {"column", 9}, {"message", "first defined"}});
    CHECK(doc["findings"][2]["hint"] == "add its month");
    CHECK(doc["findings"][2]["severity"] == "warning");
}

TEST_CASE("json: keys keep their documented order", "[validation]") {
    const std::string text = render_validation_json(build_validation_report({}, {}));
    CHECK(text ==
          "{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": \"iwg\",\n    \"version\": \"" +
              std::string(version()) +
              "\"\n  },\n  \"summary\": {\n    \"errors\": 0,\n    \"warnings\": 0,\n    "
              "\"files\": 0,\n    \"accepted\": 0\n  },\n  \"plans\": [],\n  \"files\": [],\n  "
              "\"findings\": []\n}\n");
}

TEST_CASE("github: escaping exactly as the Actions toolkit", "[validation]") {
    CHECK(escape_github_data("100% a\r\nb :: c, d: e") == "100%25 a%0D%0Ab :: c, d: e");
    CHECK(escape_github_property("100% a\r\nb :: c, d: e") == "100%25 a%0D%0Ab %3A%3A c%2C d%3A e");
    CHECK(escape_github_data("%0A") == "%250A");  // an escape in the text stays text
    // Beyond the toolkit: other control characters become visible, not raw.
    CHECK(escape_github_data("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07");
}

TEST_CASE("github: one workflow command per finding", "[validation]") {
    CHECK(render_validation_github(test::sample_validation_report()) ==
          "::error file=p/a.yaml,title=E208 empty-plan::the plan has no goals\n"
          "::error file=p/g.yaml,line=4,col=9,title=E201 duplicate-id::duplicate goal id 'G1'\n"
          "::warning file=p/m.yaml,line=3,col=5,title=W204 unscheduled-row::row 'x' has no "
          "month%0Ahint: add its month\n");
}

TEST_CASE("github: hostile text cannot end a command or start one", "[validation]") {
    // A finding keeps the plan text it quotes as it is: the renderer escapes it.
    Diagnostics d;
    d.add(rules::unscheduled_row, Location{"a,b:c.yaml", {1, 1}, {}},
          "row 'x\r\n::error::y, z: %' has no month");
    const std::string out = render_validation_github(build_validation_report({}, d));
    CHECK(out ==
          "::warning file=a%2Cb%3Ac.yaml,line=1,col=1,title=W204 unscheduled-row::row "
          "'x%0D%0A::error::y, z: %25' has no month\n");
    CHECK(std::count(out.begin(), out.end(), '\n') == 1);
}

TEST_CASE("sarif: uris are relative references, %-encoded", "[validation]") {
    CHECK(sarif_uri("plans/2024/goals.yaml") == "plans/2024/goals.yaml");
    CHECK(sarif_uri("./plans/a b%.yaml") == "plans/a%20b%25.yaml");
    CHECK(sarif_uri("/abs/p.yaml") == "file:///abs/p.yaml");
    CHECK(sarif_uri("") == ".");
    CHECK(sarif_uri("d/\xc3\xa9.yaml") == "d/%C3%A9.yaml");
}

TEST_CASE("sarif: the driver lists every rule, results locate each finding", "[validation]") {
    const auto doc =
        nlohmann::json::parse(render_validation_sarif(test::sample_validation_report(), {}));
    CHECK(doc["version"] == "2.1.0");
    CHECK(doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    const auto& run = doc["runs"][0];
    CHECK(run["tool"]["driver"]["rules"].size() == all_rules().size());
    const auto& rule =
        run["tool"]["driver"]["rules"][run["results"][1]["ruleIndex"].get<std::size_t>()];
    CHECK(rule["id"] == "E201");
    CHECK(rule["shortDescription"]["text"] == "Two goals or two actions have the same id");
    CHECK(rule["defaultConfiguration"]["level"] == "error");
    CHECK(run["columnKind"] == "unicodeCodePoints");

    CHECK(run["results"][0]["level"] == "error");
    // A file-level finding: line 1, no column.
    CHECK(run["results"][0]["locations"][0]["physicalLocation"]["region"] ==
          nlohmann::json{{"startLine", 1}});
    CHECK(run["results"][1]["locations"][0]["physicalLocation"]["region"] ==
          nlohmann::json{{"startLine", 4}, {"startColumn", 9}, {"endLine", 4}, {"endColumn", 11}});
    CHECK(run["results"][1]["relatedLocations"][0]["message"]["text"] == "first defined");
    CHECK(run["results"][2]["level"] == "warning");
    CHECK(run["results"][2]["message"]["text"] == "row 'x' has no month\nhint: add its month");
    CHECK(run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "p/m.yaml");
}

namespace {

// The fingerprint SARIF gives the findings of one file, for a finding at each of `lines`.
std::vector<std::string> fingerprints(const std::string& text, std::vector<int> lines,
                                      const Rule& rule = rules::unknown_goal) {
    const SourceFile source("p/a.yaml", text);
    Diagnostics d;
    for (const int line : lines) {
        d.add(rule, Location{"p/a.yaml", {line, 3}, {}}, "unknown goal 'G7'");
    }
    const SourceLookup lookup = [&source](const std::string& file) {
        return file == source.path() ? &source : nullptr;
    };
    const auto doc = nlohmann::json::parse(
        render_validation_sarif(build_validation_report({"p/a.yaml"}, d), lookup));
    std::vector<std::string> out;
    for (const auto& result : doc["runs"][0]["results"]) {
        out.push_back(result["partialFingerprints"]["iwg/v1"].get<std::string>());
    }
    return out;
}

}  // namespace

TEST_CASE("sarif: a finding keeps its fingerprint when lines move above it", "[validation]") {
    const auto before = fingerprints("goals:\n  - G7\n", {2});
    const auto after = fingerprints("# a comment\ngoals:\n    - G7\n", {3});
    REQUIRE(before.size() == 1);
    CHECK(before == after);  // same line text (trimmed), another line number
    CHECK(fingerprints("goals:\n  - G7\n", {2}, rules::unknown_action) != before);
    CHECK(fingerprints("goals:\n  - G8\n", {2}) != before);
    // Two findings on identical lines differ by their occurrence.
    const auto twice = fingerprints("- G7\n- G7\n", {1, 2});
    REQUIRE(twice.size() == 2);
    CHECK(twice[0] != twice[1]);
    CHECK(twice[0].ends_with(":1"));
    CHECK(twice[1].ends_with(":2"));
}

TEST_CASE("sarif: rules carry help in text and Markdown, and no URI without an address",
          "[validation]") {
    const auto doc =
        nlohmann::json::parse(render_validation_sarif(test::sample_validation_report(), {}));
    const auto& driver = doc["runs"][0]["tool"]["driver"];
    const auto& rule = driver["rules"][0];
    CHECK(rule["id"] == "E001");
    CHECK(rule["help"]["markdown"].get<std::string>().starts_with(
        "**E001 unreadable-file**: A plan file cannot be read."));
    CHECK(rule["fullDescription"]["text"].get<std::string>().starts_with(
        "A plan file cannot be read. Check the path"));
    CHECK_FALSE(rule.contains("helpUri"));
    CHECK_FALSE(driver.contains("informationUri"));
}

// GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens.
TEST_CASE("sarif: each rule's helpUri anchor is its heading in docs/validation.md",
          "[validation]") {
    std::ifstream file(IWG_SOURCE_DIR "/docs/validation.md");
    REQUIRE(file);
    std::set<std::string> anchors;
    for (std::string line; std::getline(file, line);) {
        if (line.starts_with("#### ")) {
            std::string anchor;
            for (const char c : line.substr(5)) {
                if (c == ' ') {
                    anchor += '-';
                } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
                    anchor += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                }
            }
            anchors.insert(anchor);
        }
    }
    for (const Rule* rule : all_rules()) {
        INFO(sarif_rule_anchor(*rule));
        CHECK(anchors.count(sarif_rule_anchor(*rule)) == 1);
    }
    CHECK(sarif_rule_anchor(rules::unreadable) == "e001-unreadable-file-error-exit-2");
    CHECK(sarif_rule_anchor(rules::unscheduled_row) == "w204-unscheduled-row-warning");
}

TEST_CASE("a run lists findings up to its output budget, then one counts the rest",
          "[validation]") {
    // 50 files of 60 findings each: under the cap per rule and file, over a small budget.
    Diagnostics d;
    std::vector<std::string> files;
    for (int file = 0; file < 50; ++file) {
        files.push_back("f" + std::to_string(file) + ".yaml");
        for (int line = 1; line <= 60; ++line) {
            d.add(line % 2 == 0 ? rules::duplicate_key : rules::unknown_key,
                  Location{files.back(), {line, 1}, {}}, "a finding");
        }
    }
    ValidationReport report = build_validation_report(files, d);
    REQUIRE(report.diagnostics.size() == 3000);
    const SourceLookup none;
    const std::string unlimited_json = render_validation_json(report);
    report.output_budget = 64 * 1024;
    const std::string text = render_validation_text(report, none, TextStyle{false, 80}, true);
    const std::string json = render_validation_json(report);
    const std::string github = render_validation_github(report);
    const std::string sarif = render_validation_sarif(report, none);
    for (const std::string* out : {&text, &json, &github, &sarif}) {
        CHECK(out->size() <= report.output_budget);
        CHECK(out->find("more findings, from here on, not listed") != std::string::npos);
    }
    CHECK(unlimited_json.size() > report.output_budget);
    // The counts are of every finding, and the last listed one counts those not listed.
    CHECK(text.ends_with("3000 errors, 0 warnings in 50 files\n"));
    const auto doc = nlohmann::json::parse(json);
    CHECK(doc["summary"]["errors"] == 3000);
    const auto& findings = doc["findings"];
    const std::size_t listed = findings.size() - 1;
    CHECK(findings.back()["message"].get<std::string>().starts_with(
        std::to_string(3000 - listed) + " more findings, from here on, not listed"));
    // As many as fit: the same findings in a large budget are all listed, with no count.
    report.output_budget = unlimited_json.size() + validation_tail_reserve + 16;
    CHECK(render_validation_json(report) == unlimited_json);
}

// A finding quotes plan text as it is; each format escapes it where it prints it, once.
TEST_CASE("each format escapes a finding's plan text its own way", "[validation]") {
    Diagnostics d;
    d.add(rules::unknown_key, Location{"a.yaml", {1, 1}, {}},
          "key 'a\x1b[2J\xE2\x80\xAE"
          "b\tc'",
          "did you mean 'x\ny'?");
    const ValidationReport report = build_validation_report({"a.yaml"}, d);

    CHECK(render_validation_text(report, {}, TextStyle{}, false) ==
          "a.yaml:1:1: error[E102]: key 'a\\x1b[2J<U+202E>b c'\n"
          "  = hint: did you mean 'x\\ny'?\n");

    // JSON and SARIF: as the JSON writer escapes any text (a control character and a bidi
    // override as \u escapes, never "<U+202E>"); parsed, the text is the plan's.
    const std::string json = render_validation_json(report);
    CHECK(json.find("\"message\": \"key 'a\\u001b[2J\\u202eb\\tc'\"") != std::string::npos);
    CHECK(json.find("<U+") == std::string::npos);
    const auto finding = nlohmann::json::parse(json)["findings"][0];
    CHECK(finding["message"] ==
          "key 'a\x1b[2J\xE2\x80\xAE"
          "b\tc'");
    CHECK(finding["hint"] == "did you mean 'x\ny'?");
    const std::string sarif = render_validation_sarif(report, {});
    CHECK(sarif.find("\\u202e") != std::string::npos);
    CHECK(sarif.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(nlohmann::json::parse(sarif)["runs"][0]["results"][0]["message"]["text"] ==
          "key 'a\x1b[2J\xE2\x80\xAE"
          "b\tc'\nhint: did you mean 'x\ny'?");

    // GitHub: controls made visible, then the toolkit's escaping (a line break is %0A).
    CHECK(render_validation_github(report) ==
          "::error file=a.yaml,line=1,col=1,title=E102 unknown-key::key "
          "'a\\x1b[2J<U+202E>b c'%0Ahint: did you mean 'x%0Ay'?\n");
}
