#include "iwg/render/report_json.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "iwg/util/utf8.hpp"

namespace iwg {
namespace {

using json = nlohmann::ordered_json;

json text_or_null(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

// The members every report document starts with.
void write_header(JsonWriter& out, const std::string& report, const PlanHeader& plan) {
    out.member("report", report);
    out.member("version", report_json_version);
    out.member("plan", {{"group", plan.group},
                        {"title", plan.title},
                        {"year", plan.year},
                        {"path", plan.path},
                        // Rows give start_utc: a reader converts it to these zones (not
                        // repeated per row).
                        {"display_timezones", plan.display_timezones}});
}

// "actions": [{"id", "text", "status", "goals"}]: the summary's and the document's.
void write_actions(JsonWriter& out, const std::vector<ActionSummary>& actions) {
    out.key("actions");
    out.begin_array();
    for (const auto& action : actions) {
        out.value({{"id", action.id},
                   {"text", action.text},
                   {"status", std::string(to_string(action.status))},
                   {"goals", action.goals}});
    }
    out.end();
}

void write_meetings(JsonWriter& out, const std::vector<MeetingView>& meetings) {
    out.begin_array();
    for (const auto& meeting : meetings) {
        out.value(meeting_to_json(meeting));
    }
    out.end();
}

void write_months(JsonWriter& out, const std::vector<AgendaMonth>& months) {
    out.key("months");
    out.begin_array();
    for (const auto& month : months) {
        out.begin_object();
        out.member("month", format_iso_year_month(month.month));
        out.member("is_break", month.is_break());
        out.key("meetings");
        write_meetings(out, month.meetings);
        out.end();
    }
    out.end();
}

void write_texts(JsonWriter& out, std::string_view key, const std::vector<IdText>& items) {
    out.key(key);
    out.begin_array();
    for (const auto& item : items) {
        out.value({{"id", item.id}, {"text", item.text}});
    }
    out.end();
}

// Characters that reorder text or cannot be seen are written as \u escapes, as every other
// format makes them visible: a JSON reader gets the same string back. They can only stand
// inside strings, so the document stays valid. Reports run to tens of megabytes: without such
// a character, the text itself is the output, never copied. Ends it with a newline.
std::string finish_json_text(std::string text) {
    std::string out;
    std::size_t copied = 0;  // text up to here is in `out`
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = std::max<std::size_t>(decode_utf8(text, i, cp), 1);
        if (length > 1 && (is_layout_control(cp) || is_invisible(cp))) {
            out.append(text, copied, i - copied);
            out += cp > 0xFFFF ? fmt::format("\\u{:04x}\\u{:04x}", 0xD800 + ((cp - 0x10000) >> 10),
                                             0xDC00 + ((cp - 0x10000) & 0x3FF))
                               : fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
            copied = i + length;
        }
        i += length;
    }
    if (copied == 0) {
        text += '\n';
        return text;
    }
    out.append(text, copied);
    out += '\n';
    return out;
}

std::string dump_value(const json& value) {
    return value.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace

json texts_to_json(const std::vector<IdText>& items) {
    json out = json::array();
    for (const auto& item : items) {
        out.push_back({{"id", item.id}, {"text", item.text}});
    }
    return out;
}

json meeting_to_json(const MeetingView& m) {
    return {
        {"row", m.index},
        {"month", m.month ? json(*m.month) : json(nullptr)},
        {"topic", m.topic},
        {"alternative", text_or_null(m.alternative)},
        {"kind", std::string(to_string(m.kind))},
        {"status", std::string(to_string(m.status))},
        {"date", m.date ? json(format_date(*m.date)) : json(nullptr)},
        {"time", m.time ? json(format_time(*m.time)) : json(nullptr)},
        {"duration_minutes", m.duration_minutes ? json(*m.duration_minutes) : json(nullptr)},
        {"timezone", m.timezone ? json(*m.timezone) : json(nullptr)},
        {"date_source", !m.date                ? json(nullptr)
                        : m.date_from_schedule ? json("schedule")
                                               : json("row")},
        {"usual_date", m.usual_date ? json(format_date(*m.usual_date)) : json(nullptr)},
        {"start_utc", m.start_utc ? json(format_iso_utc(*m.start_utc)) : json(nullptr)},
        {"utc_offset", m.start_utc ? json(format_utc_offset(m.utc_offset_minutes)) : json(nullptr)},
        {"link", m.link ? json(*m.link) : json(nullptr)},
        {"location", text_or_null(text_of(m.location))},
        {"speakers", m.speakers},
        {"goals", m.goals},
        {"actions", m.actions},
        {"notes", text_or_null(m.notes)},
    };
}

std::size_t dumped_size(const nlohmann::ordered_json& value, std::size_t depth) {
    const std::string text = dump_value(value);
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    // dump_json writes invisible characters as \u escapes: at most twice their bytes.
    const auto non_ascii = static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    return text.size() + non_ascii + lines * 2 * depth + 2;  // indented lines; ",\n" before
}

std::string render_agenda_json(const AgendaReport& report) {
    JsonWriter out;
    out.begin_object();
    write_header(out, "agenda", report.plan);
    out.member("from", format_iso_year_month(report.from));
    out.member("to", format_iso_year_month(report.to));
    out.member("outside_plan_year", report.outside_plan_year);
    write_months(out, report.months);
    out.key("unscheduled");
    if (report.include_unscheduled) {
        write_meetings(out, report.unscheduled);
    } else {
        out.value(nullptr);
    }
    write_texts(out, "goals", report.linked.goals);
    write_texts(out, "actions", report.linked.actions);
    out.end();
    return std::move(out).finish();
}

std::string render_plans_overview_json(const PlansOverview& overview) {
    json plans = json::array();
    for (const auto& line : overview.plans) {
        const bool read = line.errors == 0;
        plans.push_back({{"path", line.path},
                         {"group", line.group},
                         {"title", line.title},
                         {"year", line.year > 0 ? json(line.year) : json(nullptr)},
                         {"errors", line.errors},
                         {"held", read ? json(line.held) : json(nullptr)},
                         {"upcoming", read ? json(line.upcoming) : json(nullptr)},
                         {"stale", read ? json(line.stale) : json(nullptr)},
                         {"open_actions", read ? json(line.open_actions) : json(nullptr)}});
    }
    return dump_json({{"report", "plans"},
                      {"version", report_json_version},
                      {"as_of", format_date(overview.as_of)},
                      {"plans", std::move(plans)}});
}

std::string render_summary_json(const SummaryReport& report) {
    JsonWriter out;
    out.begin_object();
    write_header(out, "summary", report.plan);
    out.key("goals");
    out.begin_array();
    for (const auto& goal : report.goals) {
        out.value({{"id", goal.id}, {"text", goal.text}, {"actions", goal.actions}});
    }
    out.end();
    write_actions(out, report.actions);
    write_months(out, report.months);
    out.key("unscheduled");
    write_meetings(out, report.unscheduled);
    const SummaryCounts& c = report.counts;
    out.member("counts", {{"goals", c.goals},
                          {"actions", c.actions},
                          {"meetings", c.meetings},
                          {"breaks", c.breaks},
                          {"unscheduled", c.unscheduled}});
    out.end();
    return std::move(out).finish();
}

std::string render_document_json(const PlanDocument& document) {
    JsonWriter out;
    out.begin_object();
    write_header(out, "document", document.plan);
    out.member("introduction", document.introduction);
    out.member("focus_areas", document.focus_areas);
    out.member("focus_areas_after", document.focus_areas_after);
    out.member("titles", {{"goals", document.goals_title},
                          {"actions", document.actions_title},
                          {"meetings", document.meetings_title}});
    out.member("actions_intro", text_or_null(document.actions_intro));
    json editorial = json::array();
    for (const auto part : document.editorial) {
        editorial.push_back(std::string(to_string(part)));
    }
    out.member("editorial", editorial);
    out.member("goals", texts_to_json(document.goals));
    write_actions(out, document.actions);
    out.key("meetings");
    write_meetings(out, document.meetings);
    out.end();
    return std::move(out).finish();
}

std::string render_status_json(const StatusReport& report) {
    JsonWriter out;
    out.begin_object();
    write_header(out, "status", report.plan);
    out.member("as_of", format_date(report.as_of));
    out.member("phase", std::string(to_string(report.phase)));
    out.member("counts", {{"held", report.held},
                          {"cancelled", report.cancelled},
                          {"upcoming", report.upcoming},
                          {"stale", report.stale},
                          {"unscheduled", report.unscheduled}});
    out.key("rows");
    out.begin_array();
    for (const auto& row : report.rows) {
        out.value({{"state", std::string(to_string(row.state))},
                   {"message", text_or_null(report.message(row))},
                   {"meeting", meeting_to_json(row.meeting)}});
    }
    out.end();
    out.member("next_meeting",
               report.next_meeting ? meeting_to_json(*report.next_meeting) : json(nullptr));
    out.key("actions");
    out.begin_array();
    for (const auto& action : report.actions) {
        out.value({{"id", action.id},
                   {"text", action.text},
                   {"status", std::string(to_string(action.status))}});
    }
    out.end();
    out.key("goals");
    out.begin_array();
    for (const auto& goal : report.goals) {
        json held_rows = json::array();
        for (const std::size_t r : goal.held_rows) {
            held_rows.push_back(report.rows[r].meeting.index);  // a row's "row" in "rows"
        }
        out.value({{"id", goal.id},
                   {"text", goal.text},
                   {"actions_total", goal.actions_total},
                   {"actions_done", goal.actions_done},
                   {"actions_dropped", goal.actions_dropped},
                   {"held_rows", held_rows},
                   {"more_held", goal.more_held}});
    }
    out.end();
    out.end();
    return std::move(out).finish();
}

std::string dump_json(const json& document) {
    return finish_json_text(dump_value(document));
}

void JsonWriter::start_item() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) {
        return;  // the document itself
    }
    Level& level = levels_.back();
    text_ += level.empty ? "\n" : ",\n";
    level.empty = false;
    text_.append(2 * levels_.size(), ' ');
}

void JsonWriter::key(std::string_view name) {
    start_item();
    text_ += dump_value(std::string(name));
    text_ += ": ";
    after_key_ = true;
}

void JsonWriter::open(char bracket) {
    start_item();
    text_ += bracket;
    levels_.push_back({bracket == '{' ? '}' : ']'});
}

void JsonWriter::end() {
    const Level level = levels_.back();
    levels_.pop_back();
    if (!level.empty) {
        text_ += '\n';
        text_.append(2 * levels_.size(), ' ');
    }
    text_ += level.close;
}

void JsonWriter::value(const json& value) {
    start_item();
    // Dumped on its own, its lines are indented from the left margin: shift them to this depth
    // (every new line in a dump is layout; a string's are escaped).
    const std::string dumped = dump_value(value);
    const std::size_t indent = 2 * levels_.size();
    std::size_t from = 0;
    for (std::size_t newline; (newline = dumped.find('\n', from)) != std::string::npos;
         from = newline + 1) {
        text_ += std::string_view(dumped).substr(from, newline + 1 - from);
        text_.append(indent, ' ');
    }
    text_ += std::string_view(dumped).substr(from);
}

std::string JsonWriter::finish() && {
    return finish_json_text(std::move(text_));
}

}  // namespace iwg
