// Template text -> a reminder of a fixed, hostile plan in every template format.
//
// The input is checked as `iwg remind --template-file` checks a file (check_template_text), parsed
// with the reminder placeholders and rendered for several months of the plan below. Properties:
// text and Markdown output is plain text (properties.hpp); a parse error's message is too (the
// command line prints it as it is); the e-mail format's header block holds only the header fields
// the template wrote: plan text cannot add a field or name one (check_email_headers).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/plan/checks.hpp"
#include "iwg/plan/loader.hpp"
#include "iwg/render/reminder_format.hpp"
#include "iwg/render/template.hpp"
#include "iwg/report/remind.hpp"
#include "properties.hpp"

namespace {

using namespace iwg;
using fuzz::check_plain_text;
using fuzz::violation;

// A valid plan (control characters are refused by the loader) whose text tries to escape
// its place: line breaks, header lines, leading spaces, Markdown and HTML, encoded words.
constexpr std::string_view plan_text = R"yaml(format: 1
group: "Hostile <Group> & Co: {group}"
title: "Title\t*2024*\nTo: x@example.org"
year: 2024
goals:
  - {id: G1, text: "Goal *one*\nSubject: injected"}
actions:
  - {id: A1, text: "Action [one](javascript:x)", goals: [G1]}
meetings:
  - month: may
    topic: "Implementação: use {topic} and {{braces}} red *now*"
    alternative: "first line\nSubject: injected\r\nBcc: victim@example.org"
    speakers: ["_Ana_", "<script>", " leading space"]
    goals: [G1]
    actions: [A1]
    notes: |
      - not a list item
         indented line
      # not a heading

      Bcc: after an empty line
  - month: june
    topic: "=?UTF-8?B?SGk=?= looks encoded, ünïcödé"
    date: 2024-06-14
    time: "15:00"
    timezone: "+02:00"
    duration: 90
  - month: july
    topic: " A long plain topic that goes on and on so that the subject header has to be folded twice over at spaces, and then some more words, Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    kind: survey
  - month: august
    topic: "Bcc: victim@example.org"
    notes: "\n\nBcc: after empty lines"
)yaml";

std::vector<Reminder> reminders() {
    LoadResult loaded = load_plan_texts("hostile.yaml", {{"hostile.yaml", std::string(plan_text)}});
    check_loaded_plan(loaded);
    if (loaded.has_errors()) {
        violation("the fixed plan has errors", "template_fuzz", "");
    }
    std::vector<Reminder> out;
    for (int month = 5; month <= 8; ++month) {
        auto selection = select_for_month(loaded.plan, YearMonth{2024, month}, Date{2024, 5, 1});
        if (auto* reminder = std::get_if<Reminder>(&selection)) {
            out.push_back(*reminder);
        }
    }
    if (out.size() != 4) {
        violation("the fixed plan gives fewer reminders than expected", "template_fuzz", "");
    }
    return out;
}

// The header block's lines, up to the first empty line (or the whole text without one).
std::vector<std::string_view> header_lines(std::string_view message) {
    std::vector<std::string_view> lines;
    std::size_t begin = 0;
    while (begin < message.size()) {
        const std::size_t end = message.find('\n', begin);
        const std::string_view line = message.substr(
            begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
        if (line.empty()) {
            break;
        }
        lines.push_back(line);
        if (end == std::string_view::npos) {
            break;
        }
        begin = end + 1;
    }
    return lines;
}

// "Name" of a "Name: value" line (RFC 5322 field name: printable ASCII but ':'), else empty.
std::string_view header_name(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos) {
        return {};
    }
    for (const char c : line.substr(0, colon)) {
        if (c <= ' ' || c > '~') {
            return {};
        }
    }
    return line.substr(0, colon);
}

bool is_continuation(std::string_view line) {
    return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// Lines that start a header field (not folded continuations).
std::vector<std::string_view> fields(std::string_view message) {
    std::vector<std::string_view> out;
    for (const auto line : header_lines(message)) {
        if (!is_continuation(line)) {
            out.push_back(line);
        }
    }
    return out;
}

// The e-mail property: the same template rendered with harmless values ("x x" for every value
// that is not empty, so that sections choose the same way) shows which header fields the
// template wrote. The real values may not add a field, nor name one the template did not name.
// A template that puts a placeholder where a name goes ("{topic}: …", or "{notes}" alone on
// a line, whose leading spaces make it continue the line before) lets the plan choose that
// name or join the lines: the template's choice, not checked. Such a field has no name in the
// harmless rendering ("x x" is none).
void check_email_headers(const Template& parsed, const TemplateValues& values,
                         const std::string& out) {
    TemplateValues harmless = values;
    for (auto& [name, value] : harmless) {
        if (!value.text.empty()) {
            value.text = "x x";
        }
    }
    const std::string expected = render_template(parsed, harmless, TemplateFormat::email);
    const auto want = fields(expected);
    const auto got = fields(out);
    const auto report = [&](std::string_view what) {
        violation(what, "remind --template-format email", out + "\n--- expected\n" + expected);
    };
    if (got.size() > want.size()) {
        report("plan text added an e-mail header field");
    }
    std::vector<std::string_view> names;
    bool unnamed = false;
    for (const auto field : want) {
        names.push_back(header_name(field));
        unnamed = unnamed || names.back().empty();
    }
    for (const auto field : got) {
        const std::string_view name = header_name(field);
        if (!name.empty() && !unnamed &&
            std::find(names.begin(), names.end(), name) == names.end()) {
            report("plan text named an e-mail header field");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<Reminder> fixed = reminders();
    if (size > max_template_file_size) {
        return -1;  // read_template_file refuses it
    }
    auto checked =
        check_template_text("template", std::string(reinterpret_cast<const char*>(data), size));
    if (!checked) {
        check_plain_text(checked.error().message, "--template-file: a message about bad bytes");
        return -1;
    }
    const std::string& text = *checked;
    auto parsed = parse_template(text, reminder_placeholder_names());
    if (!parsed) {
        check_plain_text(parsed.error().message, "--template-file: a parse error");
        return 0;
    }
    const Template& templ = *parsed;
    for (const Reminder& reminder : fixed) {
        const TemplateValues values = reminder_values(reminder);
        for (const auto format :
             {TemplateFormat::text, TemplateFormat::markdown, TemplateFormat::email}) {
            // As remind renders it: within 32 bytes per byte of plan and template + 64 KiB, or
            // refused (nothing).
            const std::size_t budget = template_output_budget(plan_text.size(), text.size());
            const auto rendered = render_template_within(templ, values, format, budget);
            if (!rendered) {
                continue;
            }
            const std::string& out = *rendered;
            if (out.size() > budget) {
                violation("a template's output over its budget", "remind --template-file", out);
            }
            check_plain_text(out, "remind --template-file");
            if (format == TemplateFormat::email) {
                check_email_headers(templ, values, out);
            }
        }
    }
    return 0;
}
