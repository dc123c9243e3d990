#include "iwg/input/plan_text.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "findings.hpp"

using namespace iwg;
using namespace std::string_literals;

namespace {

struct Checked {
    bool ok = false;
    std::string findings;
};

Checked check(std::string text) {
    Diagnostics diagnostics;
    Checked checked;
    checked.ok = check_plan_text("f.yaml", text, diagnostics);
    checked.findings = test::describe_findings(diagnostics);
    return checked;
}

}  // namespace

TEST_CASE("text checks: UTF-8, control characters, BOM", "[plan_text]") {
    CHECK(check("\xEF\xBB\xBF"
                "a: 1\n")
              .ok);
    CHECK(check("a: \xC3\xA9\r\nb: 2\r\n").ok);
    CHECK(check("a: \xC3\n").findings == "1:4 E003 invalid UTF-8 byte 0xC3\n");
    CHECK(check("a: \xC0\xAF\n").findings ==
          "1:4 E003 invalid UTF-8 byte 0xC0\n1:5 E003 invalid UTF-8 byte 0xAF\n");
    CHECK(check("a: \xED\xA0\x80\n").findings.starts_with("1:4 E003 invalid UTF-8 byte 0xED\n"));
    CHECK(check("a: x\n\nb: \0y\n"s).findings == "3:4 E004 NUL byte (U+0000) is not allowed\n");
    CHECK(check("a: \x1b[31mred\n").findings ==
          "1:4 E004 control character U+001B is not allowed\n");
    CHECK(check("a: \x7f\n").findings == "1:4 E004 control character U+007F is not allowed\n");
    CHECK(check("a: \xC2\x9B\n").findings == "1:4 E004 control character U+009B is not allowed\n");
    CHECK(check("a: 1\rb: 2\n").findings ==
          "1:5 E004 carriage return (CR) without a line feed; lines must end in LF or CR+LF\n");
    CHECK(check("a:\tb\n").ok);
}

TEST_CASE("only the first few bad characters are listed", "[plan_text]") {
    auto p = check(std::string(20, '\x01'));
    CHECK(p.findings.find("1:5 E004") != std::string::npos);
    CHECK(p.findings.find("1:6 E004 control character") == std::string::npos);
    CHECK(p.findings.find("1:6 E004 15 more bad characters in this file, from here on, not "
                          "shown") != std::string::npos);
}

TEST_CASE("a byte-order mark is allowed only at the very start", "[plan_text]") {
    CHECK(check("\xEF\xBB\xBFgroup: x\n").ok);
    CHECK(check("a: 1\n\xEF\xBB\xBFgroup: x\n").findings ==
          "2:1 E004 byte-order mark (U+FEFF) inside the file; only the very start may hold one\n");
}
