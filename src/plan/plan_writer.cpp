#include "iwg/plan/plan_writer.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

#include "iwg/util/calendar.hpp"
#include "iwg/util/text_util.hpp"
#include "iwg/util/utf8.hpp"

#ifndef IWG_INSTALLED_SCHEMA
#define IWG_INSTALLED_SCHEMA "/usr/share/iwg/plan.schema.json"
#endif

namespace iwg {
namespace fs = std::filesystem;

namespace {

// Characters a double-quoted scalar writes as an escape, so that the file shows them:
// controls, layout controls, invisible characters and spaces that do not look like one.
bool must_escape(char32_t cp) {
    return cp < 0x20 || is_control(cp) || is_layout_control(cp) || is_invisible(cp) ||
           cp == 0x00A0 || cp == 0x00AD || cp == 0x034F || cp == 0x1680 || cp == 0x180E ||
           (cp >= 0x2000 && cp <= 0x200F) || cp == 0x202F || (cp >= 0x205F && cp <= 0x2064) ||
           cp == 0x3000 || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF ||
           (cp >= 0xE0000 && cp <= 0xE007F);  // tags: invisible copies of ASCII
}

bool is_ascii_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// Punctuation a plain scalar may hold after its first character: none of them starts a
// comment, a mapping value, a quote or an escape there.
bool is_plain_punctuation(char32_t cp) {
    return std::u32string_view(U" .,;()/'?!-+&_").find(cp) != std::u32string_view::npos;
}

// Words that YAML (1.1 or 1.2) reads as null or a boolean when they stand alone.
bool is_yaml_word(std::string_view text) {
    static constexpr std::array<std::string_view, 9> words{"null", "true", "false", "yes", "no",
                                                           "on",   "off",  "y",     "n"};
    const std::string lower = lower_ascii(text);
    return std::find(words.begin(), words.end(), lower) != words.end();
}

// Letters, digits, spaces and a little punctuation, starting with a letter (so never a
// number, a date or an indicator), not ending with a space, not a YAML word.
bool is_plainly_safe(std::string_view text) {
    if (text.empty() || text.back() == ' ' || is_yaml_word(text)) {
        return false;
    }
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            return false;
        }
        const bool non_ascii = cp >= 0x80 && !must_escape(cp);
        const bool ok = i == 0 ? is_ascii_letter(cp) || non_ascii
                               : is_ascii_letter(cp) || (cp >= '0' && cp <= '9') ||
                                     is_plain_punctuation(cp) || non_ascii;
        if (!ok) {
            return false;
        }
        i += length;
    }
    return true;
}

std::string double_quoted(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            out += "\\uFFFD";
            ++i;
            continue;
        }
        switch (cp) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (must_escape(cp)) {
                    out += cp <= 0xFFFF ? fmt::format("\\u{:04X}", static_cast<std::uint32_t>(cp))
                                        : fmt::format("\\U{:08X}", static_cast<std::uint32_t>(cp));
                } else {
                    out.append(text.substr(i, length));
                }
        }
        i += length;
    }
    out += '"';
    return out;
}

// A literal block (|) keeps several lines readable. It can hold the text exactly when every
// character may stand as it is (no tab, carriage return or escaped character), no line ends
// in a space, the first line starts with neither a space nor nothing (which would need an
// indentation indicator), and the text does not end with a line break (the loader drops it).
bool fits_literal_block(std::string_view text) {
    if (text.find('\n') == std::string_view::npos || text.front() == ' ' || text.front() == '\n' ||
        text.back() == '\n' || text.back() == ' ' || text.find(" \n") != std::string_view::npos) {
        return false;
    }
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0 || (cp != '\n' && must_escape(cp))) {
            return false;
        }
        i += length;
    }
    return true;
}

// "key: value\n" at `indent` spaces; a text of several lines as a literal block when it fits.
std::string field(int indent, std::string_view key, std::string_view text) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    if (!fits_literal_block(text)) {
        return fmt::format("{}{}: {}\n", pad, key, yaml_scalar(text));
    }
    std::string out = fmt::format("{}{}: |\n", pad, key);
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        out += line.empty() ? "\n" : fmt::format("{}  {}\n", pad, line);
        start = end + 1;
    }
    return out;
}

// Goal and action ids: plain when they are letters and digits (G1, A12), else quoted.
std::string id_scalar(std::string_view id) {
    const bool simple =
        !id.empty() && is_ascii_letter(static_cast<unsigned char>(id.front())) &&
        std::all_of(id.begin(), id.end(),
                    [](char c) {
                        return is_ascii_letter(static_cast<unsigned char>(c)) || is_ascii_digit(c);
                    }) &&
        !is_yaml_word(id);
    return simple ? std::string(id) : double_quoted(id);
}

std::string file_start(std::string_view schema_line) {
    if (schema_line.find_first_of("\r\n") != std::string_view::npos) {
        throw std::invalid_argument("the schema line must be one line");
    }
    return schema_line.empty() ? std::string{} : fmt::format("{}\n", schema_line);
}

std::string meetings_file(std::string_view schema_line, int year) {
    std::string out = file_start(schema_line);
    out += fmt::format(
        "# The meetings of {}: one row per topic. For each month, remove the '# ' before its\n"
        "# two lines and write the topic; add kind, date, time and the rest as\n"
        "# docs/plan-format.md describes. A month with no meeting may stay commented out.\n"
        "meetings:\n",
        year);
    for (int month = 1; month <= months_to_fill_in; ++month) {
        out += fmt::format("  # - month: {}\n  #   topic: ...\n",
                           month_words()[static_cast<std::size_t>(month - 1)]);
    }
    return out;
}

}  // namespace

bool carried_over(const Action& action) {
    const ActionStatus status = action.status.value;
    return status != ActionStatus::done && status != ActionStatus::dropped;
}

std::string yaml_scalar(std::string_view text) {
    return is_plainly_safe(text) ? std::string(text) : double_quoted(text);
}

std::string replace_year_in_title(std::string_view title, int old_year, int new_year) {
    const std::string old_word = std::to_string(old_year);
    const std::string new_word = std::to_string(new_year);
    const auto is_word_char = [](char c) {
        return is_ascii_digit(c) || is_ascii_letter(static_cast<unsigned char>(c)) || c == '_';
    };
    std::string out;
    std::size_t done = 0;
    for (std::size_t at = title.find(old_word); at != std::string_view::npos;
         at = title.find(old_word, at + 1)) {
        const std::size_t end = at + old_word.size();
        const bool alone = (at == 0 || !is_word_char(title[at - 1])) &&
                           (end == title.size() || !is_word_char(title[end]));
        if (alone && at >= done) {
            out.append(title.substr(done, at - done));
            out += new_word;
            done = end;
        }
    }
    out.append(title.substr(done));
    return out;
}

// The `document` mapping, its texts with the new year where they named the old one
// ("IWG meeting scheduled for 2024").
std::string document_layout(const DocumentLayout& layout, int old_year, int new_year) {
    std::string out;
    if (layout.focus_areas_after) {
        out += fmt::format("  focus_areas_after: {}\n", layout.focus_areas_after->value);
    }
    if (!layout.actions_intro.empty()) {
        out += field(2, "actions_intro",
                     replace_year_in_title(layout.actions_intro, old_year, new_year));
    }
    std::string titles;
    for (const auto& [key, title] :
         {std::pair{"goals", &layout.goals_title}, std::pair{"actions", &layout.actions_title},
          std::pair{"meetings", &layout.meetings_title}}) {
        if (!title->empty()) {
            titles += field(4, key, replace_year_in_title(*title, old_year, new_year));
        }
    }
    if (!titles.empty()) {
        out += "  titles:\n" + titles;
    }
    if (!layout.editorial.empty()) {
        std::string parts;
        for (const auto part : layout.editorial) {
            parts += fmt::format("{}{}", parts.empty() ? "" : ", ", to_string(part));
        }
        out += fmt::format("  editorial: [{}]\n", parts);
    }
    return out.empty() ? out : "document:\n" + out;
}

std::vector<GeneratedFile> next_year_plan(const Plan& from, int year,
                                          std::string_view schema_line) {
    std::string plan = file_start(schema_line);
    plan += fmt::format(
        "# The plan for {}, started from the plan for {} by iwg init: check every text.\n", year,
        from.year.value);
    plan += fmt::format("format: {}\n", from.format);
    plan += field(0, "group", from.group.value);
    plan += field(0, "title", replace_year_in_title(from.title.value, from.year.value, year));
    plan += fmt::format("year: {}\n", year);
    if (!from.introduction.empty()) {
        plan += field(0, "introduction", from.introduction);
    }
    if (!from.focus_areas.empty()) {
        plan += "focus_areas:\n";
        for (const auto& area : from.focus_areas) {
            plan += fmt::format("  - {}\n", yaml_scalar(area));
        }
    }
    plan += document_layout(from.document, from.year.value, year);
    // How the group meets carries over: zones, cadence, where to join.
    if (from.timezone) {
        plan += field(0, "timezone", from.timezone->value);
    }
    if (from.duration_minutes) {
        plan += fmt::format("duration: {}\n", from.duration_minutes->value);
    }
    if (from.schedule) {
        const Schedule& schedule = *from.schedule;
        plan += "schedule:\n";
        plan += fmt::format("  day: {}\n", to_string(schedule.day.value));
        if (schedule.time) {
            plan += fmt::format("  time: \"{}\"\n", format_time(schedule.time->value));
        }
        if (schedule.timezone) {
            plan += field(2, "timezone", schedule.timezone->value);
        }
        if (schedule.duration_minutes) {
            plan += fmt::format("  duration: {}\n", schedule.duration_minutes->value);
        }
    }
    if (from.join.link) {
        plan += field(0, "link", from.join.link->value);
    }
    if (!from.join.location.empty()) {
        plan += field(0, "location", from.join.location);
    }
    if (!from.display_timezones.empty()) {
        plan += "display_timezones:\n";
        for (const auto& zone : from.display_timezones) {
            plan += fmt::format("  - {}\n", yaml_scalar(zone.value));
        }
    }

    std::string goals = file_start(schema_line);
    goals += fmt::format("# The goals as the plan for {} gave them: keep, change or add.\n",
                         from.year.value);
    goals += from.goals.empty() ? "goals: []\n" : "goals:\n";
    for (const auto& goal : from.goals) {
        goals += fmt::format("  - id: {}\n", id_scalar(goal.id.value));
        goals += field(4, "text", goal.text.value);
        if (!goal.notes.empty()) {
            goals += field(4, "notes", goal.notes);
        }
    }

    std::string actions = file_start(schema_line);
    actions +=
        fmt::format("# The actions of {} that were not done or dropped, planned again for {}.\n",
                    from.year.value, year);
    std::string rows;
    for (const auto& action : from.actions) {
        if (!carried_over(action)) {
            continue;
        }
        rows += fmt::format("  - id: {}\n", id_scalar(action.id.value));
        rows += field(4, "text", action.text.value);
        if (!action.goals.empty()) {
            std::string ids;
            for (const auto& goal : action.goals) {
                ids += (ids.empty() ? "" : ", ") + id_scalar(goal.value);
            }
            rows += fmt::format("    goals: [{}]\n", ids);
        }
        if (!action.notes.empty()) {
            rows += field(4, "notes", action.notes);
        }
    }
    actions += rows.empty() ? "actions: []\n" : "actions:\n" + rows;

    return {{"plan.yaml", plan},
            {"goals.yaml", goals},
            {"actions.yaml", actions},
            {"meetings.yaml", meetings_file(schema_line, year)}};
}

std::vector<GeneratedFile> skeleton_plan(int year, std::string_view schema_line) {
    std::string plan = file_start(schema_line);
    plan += fmt::format(
        "# The plan for {}, started by iwg init. Write each \"\" below; iwg validate lists\n"
        "# what is left. docs/plan-format.md describes every key.\n"
        "format: 1\n"
        "group: \"\"\n"
        "title: \"\"\n"
        "year: {}\n"
        "# introduction: |\n"
        "#   A few paragraphs.\n"
        "# focus_areas:\n"
        "#   - ...\n",
        year, year);

    std::string goals = file_start(schema_line);
    goals +=
        "# The plan's goals: G1, G2, … Write the first one's text; add the others below it.\n"
        "goals:\n"
        "  - id: G1\n"
        "    text: \"\"\n";

    std::string actions = file_start(schema_line);
    actions +=
        "# The plan's actions: A1, A2, …, each with the goals it serves.\n"
        "actions:\n"
        "  - id: A1\n"
        "    text: \"\"\n"
        "    goals: [G1]\n";

    return {{"plan.yaml", plan},
            {"goals.yaml", goals},
            {"actions.yaml", actions},
            {"meetings.yaml", meetings_file(schema_line, year)}};
}

std::string installed_schema_path() {
    return IWG_INSTALLED_SCHEMA;
}

std::string schema_line_for(const fs::path& dir) {
    fs::path target = fs::absolute(dir).lexically_normal();
    if (target.filename().empty() && target.has_parent_path()) {
        target = target.parent_path();
    }
    std::error_code ec;
    for (fs::path at = target.parent_path();; at = at.parent_path()) {
        const fs::path candidate = at / "schema" / "plan.schema.json";
        if (fs::is_regular_file(candidate, ec)) {
            return "# yaml-language-server: $schema=" +
                   candidate.lexically_relative(target).generic_string();
        }
        if (at == at.parent_path()) {
            break;
        }
    }
    return "# yaml-language-server: $schema=" + installed_schema_path();
}

}  // namespace iwg
