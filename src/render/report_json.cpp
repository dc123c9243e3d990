#include "iwg/render/report_json.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "iwg/input/utf8.hpp"

namespace iwg {
namespace {

using json = nlohmann::ordered_json;

json text_or_null(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

json header_to_json(const std::string& report, const PlanHeader& plan) {
    return {{"report", report},
            {"version", report_json_version},
            {"plan",
             {{"group", plan.group},
              {"title", plan.title},
              {"year", plan.year},
              {"path", plan.path},
              // Rows give start_utc: a reader converts it to these zones (not repeated per row).
              {"display_timezones", plan.display_timezones}}}};
}

json month_to_json(const AgendaMonth& month) {
    json meetings = json::array();
    for (const auto& meeting : month.meetings) {
        meetings.push_back(meeting_to_json(meeting));
    }
    return {{"month", format_iso_year_month(month.month)},
            {"is_break", month.is_break()},
            {"meetings", std::move(meetings)}};
}

json meetings_to_json(const std::vector<MeetingView>& meetings) {
    json out = json::array();
    for (const auto& meeting : meetings) {
        out.push_back(meeting_to_json(meeting));
    }
    return out;
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
        {"location", text_or_null(m.location)},
        {"speakers", m.speakers},
        {"goals", m.goals},
        {"actions", m.actions},
        {"notes", text_or_null(m.notes)},
    };
}

json agenda_to_json(const AgendaReport& report) {
    json out = header_to_json("agenda", report.plan);
    out["from"] = format_iso_year_month(report.from);
    out["to"] = format_iso_year_month(report.to);
    out["outside_plan_year"] = report.outside_plan_year;
    json months = json::array();
    for (const auto& month : report.months) {
        months.push_back(month_to_json(month));
    }
    out["months"] = std::move(months);
    out["unscheduled"] =
        report.include_unscheduled ? meetings_to_json(report.unscheduled) : json(nullptr);
    out["goals"] = texts_to_json(report.linked.goals);
    out["actions"] = texts_to_json(report.linked.actions);
    return out;
}

json plans_overview_to_json(const PlansOverview& overview) {
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
    return {{"report", "plans"},
            {"version", report_json_version},
            {"as_of", format_date(overview.as_of)},
            {"plans", std::move(plans)}};
}

json summary_to_json(const SummaryReport& report) {
    json out = header_to_json("summary", report.plan);
    json goals = json::array();
    for (const auto& goal : report.goals) {
        goals.push_back({{"id", goal.id}, {"text", goal.text}, {"actions", goal.actions}});
    }
    out["goals"] = std::move(goals);
    json actions = json::array();
    for (const auto& action : report.actions) {
        actions.push_back({{"id", action.id},
                           {"text", action.text},
                           {"status", std::string(to_string(action.status))},
                           {"goals", action.goals}});
    }
    out["actions"] = std::move(actions);
    json months = json::array();
    for (const auto& month : report.months) {
        months.push_back(month_to_json(month));
    }
    out["months"] = std::move(months);
    out["unscheduled"] = meetings_to_json(report.unscheduled);
    const SummaryCounts& c = report.counts;
    out["counts"] = {{"goals", c.goals},
                     {"actions", c.actions},
                     {"meetings", c.meetings},
                     {"breaks", c.breaks},
                     {"unscheduled", c.unscheduled}};
    return out;
}

json document_to_json(const PlanDocument& document) {
    json out = header_to_json("document", document.plan);
    out["introduction"] = document.introduction;
    out["focus_areas"] = document.focus_areas;
    out["focus_areas_after"] = document.focus_areas_after;
    out["titles"] = {{"goals", document.goals_title},
                     {"actions", document.actions_title},
                     {"meetings", document.meetings_title}};
    out["actions_intro"] = text_or_null(document.actions_intro);
    json editorial = json::array();
    for (const auto part : document.editorial) {
        editorial.push_back(std::string(to_string(part)));
    }
    out["editorial"] = std::move(editorial);
    out["goals"] = texts_to_json(document.goals);
    json actions = json::array();
    for (const auto& action : document.actions) {
        actions.push_back({{"id", action.id},
                           {"text", action.text},
                           {"status", std::string(to_string(action.status))},
                           {"goals", action.goals}});
    }
    out["actions"] = std::move(actions);
    out["meetings"] = meetings_to_json(document.meetings);
    return out;
}

json status_to_json(const StatusReport& report) {
    json out = header_to_json("status", report.plan);
    out["as_of"] = format_date(report.as_of);
    out["phase"] = std::string(to_string(report.phase));
    out["counts"] = {{"held", report.held},
                     {"cancelled", report.cancelled},
                     {"upcoming", report.upcoming},
                     {"stale", report.stale},
                     {"unscheduled", report.unscheduled}};
    json rows = json::array();
    for (const auto& row : report.rows) {
        rows.push_back({{"state", std::string(to_string(row.state))},
                        {"message", text_or_null(row.message)},
                        {"meeting", meeting_to_json(row.meeting)}});
    }
    out["rows"] = std::move(rows);
    out["next_meeting"] =
        report.next_meeting ? meeting_to_json(*report.next_meeting) : json(nullptr);
    json actions = json::array();
    for (const auto& action : report.actions) {
        actions.push_back({{"id", action.id},
                           {"text", action.text},
                           {"status", std::string(to_string(action.status))}});
    }
    out["actions"] = std::move(actions);
    json goals = json::array();
    for (const auto& goal : report.goals) {
        json held_rows = json::array();
        for (const std::size_t r : goal.held_rows) {
            held_rows.push_back(report.rows[r].meeting.index);  // a row's "row" in "rows"
        }
        goals.push_back({{"id", goal.id},
                         {"text", goal.text},
                         {"actions_total", goal.actions_total},
                         {"actions_done", goal.actions_done},
                         {"actions_dropped", goal.actions_dropped},
                         {"held_rows", held_rows},
                         {"more_held", goal.more_held}});
    }
    out["goals"] = std::move(goals);
    return out;
}

std::string dump_json(const json& document) {
    std::string text = document.dump(2, ' ', false, json::error_handler_t::replace);
    // Characters that reorder text or cannot be seen are written as \u escapes, as every
    // other format makes them visible: a JSON reader gets the same string back. They can only
    // stand inside strings, so the document stays valid. Reports run to tens of megabytes:
    // without such a character, the dump itself is the output, never copied.
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

}  // namespace iwg
