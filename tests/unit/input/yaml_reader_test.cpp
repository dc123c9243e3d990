#include "iwg/input/yaml_reader.hpp"

#include "findings.hpp"
#include "iwg/input/plan_text.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace iwg;
using namespace std::string_literals;

namespace {

struct Parsed {
    bool ok = false;
    std::shared_ptr<YamlTree> tree = std::make_shared<YamlTree>();  // holds root's nodes
    YamlNode root;
    std::string findings;
};

Parsed parse(std::string text) {
    Diagnostics diagnostics;
    Parsed parsed;
    if (!check_plan_text("f.yaml", text, diagnostics)) {
        parsed.findings = iwg::test::describe_findings(diagnostics);
        return parsed;
    }
    SourceFile source("f.yaml", text);
    parsed.ok = parse_yaml(source, YamlLimits{}, *parsed.tree, diagnostics);
    parsed.root = parsed.tree->root;
    parsed.findings = iwg::test::describe_findings(diagnostics);
    return parsed;
}

}  // namespace

TEST_CASE("a mapping keeps offsets and quoting", "[yaml]") {
    auto p = parse("a: 1\nb: \"5\"\nc: [x, y]\n");
    REQUIRE(p.ok);
    REQUIRE(p.findings.empty());
    REQUIRE(p.root.is_mapping());
    REQUIRE(p.root.entry_count() == 3);
    CHECK(p.root.children[1].value == "1");
    CHECK(p.root.children[1].plain);
    CHECK(p.root.children[3].value == "5");
    CHECK_FALSE(p.root.children[3].plain);
    CHECK(p.root.children[3].offset == 8);
    CHECK(p.root.children[5].is_sequence());
    CHECK(p.root.children[5].children.size() == 2);
}

TEST_CASE("duplicate keys name both positions", "[yaml]") {
    auto p = parse("topic: a\nmonth: may\ntopic: b\n");
    CHECK(p.ok);
    CHECK(p.findings == "3:1 E007 duplicate key 'topic' [first defined 1:1]\n");
}

TEST_CASE("duplicate keys in nested mappings are found too", "[yaml]") {
    auto p = parse("meetings:\n  - {month: may, month: june}\n");
    CHECK(p.findings == "2:18 E007 duplicate key 'month' [first defined 2:6]\n");
}

TEST_CASE("aliases are refused", "[yaml]") {
    auto p = parse("a: &x [1]\nb: *x\n");
    CHECK(p.findings == "2:4 E009 aliases (*name) are not supported in plan files\n");
}

TEST_CASE("a billion-laughs file is refused quickly", "[yaml]") {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        text += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 9; ++i) {
            text += std::string(i ? ", " : "") + "*" + static_cast<char>(c - 1);
        }
        text += "]\n";
    }
    auto p = parse(text);
    CHECK(p.findings.find("E009") != std::string::npos);
}

TEST_CASE("a second document is an error, not silently dropped", "[yaml]") {
    auto p = parse("a: 1\n---\nb: 2\n");
    CHECK_FALSE(p.ok);
    CHECK(p.findings == "2:1 E006 a second YAML document starts here; a plan file holds one\n");
}

TEST_CASE("a lone comma is a syntax error, not an endless loop", "[yaml]") {
    auto p = parse(",");
    CHECK_FALSE(p.ok);
    CHECK(p.findings == "1:1 E005 YAML syntax error: unexpected ','\n");
}

TEST_CASE("syntax errors carry yaml-cpp's message and position", "[yaml]") {
    auto p = parse("a: 1\nb: c: d\n");
    CHECK_FALSE(p.ok);
    CHECK(p.findings == "2:5 E005 YAML syntax error: illegal map value\n");
}

TEST_CASE("deep flow nesting is refused before yaml-cpp scans it", "[yaml]") {
    auto p = parse(std::string(1024 * 1024, '['));
    CHECK_FALSE(p.ok);
    CHECK(p.findings == "1:65 E008 collections nested more than 64 levels deep\n");
}

TEST_CASE("brackets inside quotes and comments do not count as nesting", "[yaml]") {
    std::string text = "a: '" + std::string(100, '[') + "'\n# " + std::string(100, '{') +
                       "\nb: \"" + std::string(100, '[') + "\"\n";
    auto p = parse(text);
    CHECK(p.ok);
    CHECK(p.findings.empty());
}

TEST_CASE("deep block nesting is refused by the depth limit", "[yaml]") {
    std::string text;
    for (int i = 0; i < 100; ++i) {
        text += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- \n";
    }
    text += std::string(200, ' ') + "- x\n";
    auto p = parse(text);
    CHECK_FALSE(p.ok);
    CHECK(p.findings.find("E008 collections nested more than 64 levels deep") != std::string::npos);
}

TEST_CASE("an empty file is an empty document", "[yaml]") {
    auto p = parse("");
    CHECK(p.ok);
    CHECK(p.root.is_null());
    auto q = parse("# only a comment\n");
    CHECK(q.ok);
    CHECK(q.root.is_null());
}

TEST_CASE("syntax errors suggest the likely fix", "[yaml]") {
    auto hint_for = [](std::string text) {
        Diagnostics diagnostics;
        SourceFile source("f.yaml", std::move(text));
        YamlTree tree;
        CHECK_FALSE(parse_yaml(source, YamlLimits{}, tree, diagnostics));
        REQUIRE(diagnostics.size() == 1);
        return diagnostics.items()[0].hint;
    };
    CHECK(hint_for("topic: Gender data: indigenous\n") ==
          "a text that contains ': ' must be quoted, e.g. topic: \"Data: what next?\"");
    CHECK(hint_for("m:\n  - a: 1\n    b: 2\n   c: 3\n") ==
          "check the indentation: the items of one list start in the same column");
    CHECK(hint_for("a: \"x \\q\"\n") ==
          "in double quotes a backslash starts an escape: write \\\\ or use single quotes");
    CHECK(hint_for("m:\n  - a\n\t- b\n") ==
          "indent with spaces; YAML does not allow tabs in indentation");
    CHECK(hint_for("m:\n  - month: june\n      topic: x\n") ==
          "check the indentation: this key is indented deeper than the keys above it");
}

TEST_CASE("a quote inside a plain word does not hide brackets from the depth check", "[yaml]") {
    // YAML reads -' as a plain word, so the brackets after it are flow collections.
    auto p = parse("x: [-'" + std::string(100000, '['));
    CHECK_FALSE(p.ok);
    CHECK(p.findings == "1:70 E008 collections nested more than 64 levels deep\n");
}

TEST_CASE("a thousand unclosed brackets are refused whatever the quotes say", "[yaml]") {
    auto p = parse("x: [\"" + std::string(1500, '[') + "\"]\n");
    CHECK_FALSE(p.ok);
    CHECK(p.findings == "1:1005 E008 more than 1000 unclosed brackets\n");
}
