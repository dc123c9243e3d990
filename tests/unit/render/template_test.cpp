#include "iwg/render/template.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>

#include "scratch.hpp"

using namespace iwg;

namespace {

const std::vector<std::string_view> names{"topic", "goals", "notes", "alternative", "month"};

std::string render(std::string_view text, const TemplateValues& values,
                   TemplateFormat format = TemplateFormat::text) {
    auto parsed = parse_template(text, names);
    if (!parsed) {
        FAIL(parsed.error().message);
    }
    return render_template(*parsed, values, format);
}

std::string error_of(std::string_view text) {
    auto parsed = parse_template(text, names);
    REQUIRE_FALSE(parsed);
    const auto& error = parsed.error();
    return std::to_string(error.position.line) + ":" + std::to_string(error.position.column) +
           ": " + error.message;
}

}  // namespace

TEST_CASE("placeholders are replaced and doubled braces are literal", "[template]") {
    CHECK(render("Next: {topic} in {month}.\n", {{"topic", {"Data"}}, {"month", {"May"}}}) ==
          "Next: Data in May.\n");
    CHECK(render("{{topic}} }} {{", {{"topic", {"Data"}}}) == "{topic} } {");
    CHECK(render("{topic}", {}) == "");
}

TEST_CASE("plan text is inserted once: braces in values are not expanded", "[template]") {
    CHECK(render("{topic}", {{"topic", {"{month} and {{x}}"}}, {"month", {"May"}}}) ==
          "{month} and {{x}}");
}

TEST_CASE("sections show their text when the value is (not) empty", "[template]") {
    const std::string_view text =
        "{#alternative}Or: {alternative}\n{/alternative}"
        "{^alternative}No alternative.\n{/alternative}";
    CHECK(render(text, {{"alternative", {"B"}}}) == "Or: B\n");
    CHECK(render(text, {}) == "No alternative.\n");
    CHECK(render("{#topic}[{#month}{month}{/month}]{/topic}", {{"topic", {"x"}}}) == "[]");
}

TEST_CASE("template errors name their line and column", "[template]") {
    CHECK(error_of("Hi\n  {topik}") ==
          "2:3: unknown placeholder '{topik}'; did you mean '{topic}'?");
    CHECK(error_of("{zzzzzzzz}") ==
          "1:1: unknown placeholder '{zzzzzzzz}'; known placeholders: topic, goals, notes, "
          "alternative or month");
    CHECK(error_of("a } b") == "1:3: unmatched '}' (write '}}' for a literal '}')");
    CHECK(error_of("x {topic\n}") ==
          "1:3: '{' is not closed on its line (write '{{' for a literal '{')");
    CHECK(error_of("{}") == "1:1: empty placeholder '{}' (write '{{' and '}}' for literal braces)");
    CHECK(error_of("{Topic}") ==
          "1:1: '{Topic}' is not a placeholder: names are lower-case "
          "letters, digits and '_' (write '{{' for a literal '{')");
    CHECK(error_of("{ topic }") ==
          "1:1: '{ topic }' is not a placeholder: names are lower-case "
          "letters, digits and '_' (write '{{' for a literal '{')");
    CHECK(error_of("ok\n{/goals}") == "2:1: '{/goals}' closes no open section");
    CHECK(error_of("{#goals}\n{#notes} {/goals}") ==
          "2:10: '{/goals}' does not close '{#notes}' opened at line 2, column 1");
    CHECK(error_of("\n{^goals}") == "2:1: section '{^goals}' is not closed (add '{/goals}')");
}

TEST_CASE("template columns count characters, not bytes", "[template]") {
    CHECK(error_of("Café → {topik}") ==
          "1:8: unknown placeholder '{topik}'; did you mean '{topic}'?");
}

TEST_CASE("single-line values lose line breaks and show control characters", "[template]") {
    CHECK(render("[{topic}]", {{"topic", {"a\nb\r\nc\rd\x1b[31m"}}}) == "[a b c d\\x1b[31m]");
}

TEST_CASE("multi-line values repeat an indentation or list prefix", "[template]") {
    const TemplateValues values{{"goals", {"G1: one\nG2: two", true}},
                                {"notes", {"first\n\nthird", true}}};
    CHECK(render("Goals:\n  - {goals}\n", values) == "Goals:\n  - G1: one\n  - G2: two\n");
    CHECK(render("> {notes}\n", values) == "> first\n>\n> third\n");
    CHECK(render("Notes: {notes}\n", values) == "Notes: first\n\nthird\n");
}

TEST_CASE("markdown format escapes markup in values only", "[template]") {
    const TemplateValues values{{"topic", {"*a* _b_ [c](d) <e> `f` #g |h| ~i~ &j \\k"}},
                                {"notes", {"- item\n# head\n12. num\n+ plus", true}}};
    CHECK(render("**{topic}**", values, TemplateFormat::markdown) ==
          "**\\*a\\* \\_b\\_ \\[c\\](d) &lt;e&gt; \\`f\\` \\#g \\|h\\| \\~i\\~ &amp;j \\\\k**");
    // Like the Markdown reports: a block opener after leading spaces, '!' and tabs too.
    CHECK(render("{notes}", {{"notes", {"  - a\n\t!b", true}}}, TemplateFormat::markdown) ==
          "  \\- a  \n \\!b");  // two spaces: a hard line break
    CHECK(render("{notes}", values, TemplateFormat::markdown) ==
          "\\- item  \n\\# head  \n12\\. num  \n\\+ plus");
    CHECK(render("x {notes}", {{"notes", {"- a", true}}}, TemplateFormat::markdown) == "x - a");
}

TEST_CASE("email format keeps plan text from adding header lines", "[template]") {
    const TemplateValues values{{"topic", {"Hi\r\nBcc: x@example.org"}},
                                {"notes", {"line 1\nline 2", true}}};
    CHECK(render("Subject: {topic} {notes}\n\n{notes}\n", values, TemplateFormat::email) ==
          "Subject: Hi Bcc: x@example.org line 1 line 2\n\nline 1\nline 2\n");
}

TEST_CASE("template files are regular and bounded and UTF-8 with CRLF read as LF", "[template]") {
    const std::string dir = std::string(IWG_FIXTURES) + "/remind/templates/";
    auto text = read_template_file(dir + "crlf.txt", max_template_file_size);
    REQUIRE(text);
    CHECK(*text == "Topic: {topic}\nMonth: {month}\n");

    auto bad = read_template_file(dir + "bad-utf8.txt", max_template_file_size);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().position == Position{2, 1});
    CHECK(bad.error().message == "invalid UTF-8 byte 0xFF; save the template as UTF-8");

    auto big = read_template_file(dir + "chat.txt", 10);
    REQUIRE_FALSE(big);
    CHECK_FALSE(big.error().position.known());

    auto directory = read_template_file(dir, max_template_file_size);
    REQUIRE_FALSE(directory);
    CHECK(directory.error().message == "not a regular file: it is a directory");
}

TEST_CASE("many placeholders on one line or on many lines: each value in its place", "[template]") {
    // The output keeps its line and header state as it grows (no placeholder searches what
    // was written before it); the time this saves is measured in bench/, not here.
    for (const std::string_view line :
         {std::string_view("{topic}"), std::string_view("- {topic}\n")}) {
        std::string text;
        for (int i = 0; i < 20000; ++i) {
            text += line;
        }
        const auto parsed = parse_template(text, names);  // names: the file's, "topic" among them
        REQUIRE(parsed);
        for (const auto format :
             {TemplateFormat::text, TemplateFormat::markdown, TemplateFormat::email}) {
            const std::string out = render_template(*parsed, {{"topic", {"x", false}}}, format);
            CHECK(std::count(out.begin(), out.end(), 'x') == 20000);
        }
    }
}

TEST_CASE("template text in memory gets a file's checks", "[template]") {
    auto text = check_template_text("t.txt", "A\r\nB\n");
    REQUIRE(text);
    CHECK(*text == "A\nB\n");
    auto bad = check_template_text("t.txt", "ok\n\x1b[31m");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().position == Position{2, 1});
}

TEST_CASE("a template is read only inside the work tree that holds it", "[template]") {
    namespace fs = std::filesystem;
    test::Scratch scratch;
    scratch.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    scratch.write("repo/templates/reminder.txt", "Topic: {topic}\n");
    scratch.write("outside/secret.txt", "SECRET-91e0 {topic}\n");
    const fs::path github = scratch.path() / "repo/.github";
    fs::create_directories(github);
    fs::create_symlink("../templates/reminder.txt", github / "inside.txt");
    fs::create_symlink(scratch.path() / "outside/secret.txt", github / "absolute.txt");
    fs::create_symlink("../../outside/secret.txt", github / "relative.txt");
    fs::create_symlink("relative.txt", github / "chain.txt");
    fs::create_directory_symlink("../../outside", github / "out");
    fs::create_symlink("out/secret.txt", github / "through.txt");
    fs::create_symlink("/proc/self/environ", github / "env.txt");

    const auto inside = read_template_file((github / "inside.txt").string(), 1024);
    REQUIRE(inside);
    CHECK(*inside == "Topic: {topic}\n");
    for (const char* name : {"absolute.txt", "relative.txt", "chain.txt", "out/secret.txt",
                             "through.txt", "env.txt"}) {
        INFO(name);
        const auto refused = read_template_file((github / name).string(), 1024);
        REQUIRE_FALSE(refused);
        const std::string& message = refused.error().message;
        CHECK(message == fmt::format("not read: with its links followed it lies outside "
                                     "'{}', and iwg reads no file outside it",
                                     (scratch.path() / "repo").string()));
    }
}

TEST_CASE("template output stops at its budget, checked as it grows", "[template]") {
    auto parsed = parse_template("- - - - {notes}\n{topic}{topic}{topic}\n", names);
    REQUIRE(parsed);
    const Template& t = *parsed;
    const TemplateValues values{{"notes", {"a\nb\nc", true}}, {"topic", {"xyz"}}};
    const std::string whole = render_template(t, values, TemplateFormat::text);
    CHECK(whole == "- - - - a\n- - - - b\n- - - - c\nxyzxyzxyz\n");
    CHECK(render_template_within(t, values, TemplateFormat::text, whole.size()) == whole);
    CHECK_FALSE(render_template_within(t, values, TemplateFormat::text, whole.size() - 1));
    // A 100-byte prefix repeated before a million lines is refused without being written out.
    const std::string source = std::string(100, '-') + " {notes}\n";
    auto prefixed = parse_template(source, names);
    REQUIRE(prefixed);
    std::string lines;
    for (int i = 0; i < 1000000; ++i) {
        lines += "n\n";
    }
    const TemplateValues many{{"notes", {lines, true}}};
    CHECK_FALSE(render_template_within(*prefixed, many, TemplateFormat::markdown,
                                       template_output_budget(lines.size(), source.size())));
    CHECK(template_output_budget(1000, 24) == 32 * 1024 + 64 * 1024);
    // E-mail header lines count twice (they are encoded afterwards).
    auto mail = parse_template("Subject: {topic}\n\nbody\n", names);
    REQUIRE(mail);
    const TemplateValues subject{{"topic", {"é"}}};
    const std::string message = render_template(*mail, subject, TemplateFormat::email);
    CHECK(render_template_within(*mail, subject, TemplateFormat::email, 2 * message.size()) ==
          message);
}
