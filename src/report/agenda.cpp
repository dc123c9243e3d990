#include "iwg/report/agenda.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "iwg/plan/when.hpp"
#include "iwg/report/when_text.hpp"

namespace iwg {

PlanHeader header_of(const Plan& plan) {
    PlanHeader header{plan.group.value, plan.title.value, plan.year.value, plan.root, false, {}};
    for (const auto& zone : plan.display_timezones) {
        header.display_timezones.push_back(zone.value);
    }
    return header;
}

std::string plan_source_sentence(const PlanHeader& plan) {
    return plan.one_of_several ? fmt::format("Plan: {}.", plan.path) : std::string();
}

TimeDisplay time_display(const Plan& plan, const std::optional<TimeZone>& reader) {
    TimeDisplay display;
    for (const auto& name : plan.display_timezones) {
        if (auto zone = TimeZone::find(name.value)) {
            display.zones.push_back(std::move(*zone));
        }
    }
    display.reader = reader;
    return display;
}

MeetingView schedule_view_of(const Plan& plan, const Meeting& meeting) {
    MeetingView view;
    view.index = meeting.index;
    if (meeting.month) {
        view.month = meeting.month->value;
    }
    view.kind = meeting.kind.value;
    view.status = meeting.status.value;
    const MeetingWhen when = when_of(plan, meeting);
    view.date = when.date;
    view.date_from_schedule = when.date_from_schedule;
    view.usual_date = when.usual_date;
    view.time = when.time;
    view.duration_minutes = when.duration_minutes;
    view.timezone = when.timezone;
    view.start_utc = when.start_utc;
    view.utc_offset_minutes = when.utc_offset_minutes;
    return view;
}

MeetingView view_of(const Plan& plan, const Meeting& meeting, const TimeDisplay& display) {
    MeetingView view = schedule_view_of(plan, meeting);
    view.topic = meeting.topic.value;
    view.alternative = meeting.alternative;
    if (view.start_utc) {
        for (const auto& zone : display.zones) {
            view.elsewhere.push_back({zone.name(), zone.local_time(*view.start_utc)});
        }
        if (display.reader) {
            view.reader_time =
                ZoneTime{display.reader->name(), display.reader->local_time(*view.start_utc)};
        }
    }
    // Where to join: the row's, else the plan's.
    if (meeting.kind.value != MeetingKind::break_) {
        const auto& link = meeting.join.link ? meeting.join.link : plan.join.link;
        if (link) {
            view.link = link->value;
        }
        view.location = meeting.join.location.empty() ? plan.join.location : meeting.join.location;
    }
    view.speakers = meeting.speakers;
    view.goals = distinct_ids(meeting.goals);
    view.actions = distinct_ids(meeting.actions);
    view.notes = meeting.notes;
    return view;
}

LinkedTexts linked_texts(const Plan& plan, const std::vector<const Meeting*>& rows) {
    std::unordered_set<std::string_view> goals;
    std::unordered_set<std::string_view> actions;
    for (const Meeting* row : rows) {
        for (const auto& id : row->goals) {
            goals.insert(id.value);
        }
        for (const auto& id : row->actions) {
            actions.insert(id.value);
        }
    }
    LinkedTexts linked;
    for (const auto& goal : plan.goals) {
        if (goals.erase(goal.id.value) > 0) {  // erased: a duplicate id is listed once
            linked.goals.push_back({goal.id.value, goal.text.value});
        }
    }
    for (const auto& action : plan.actions) {
        if (actions.erase(action.id.value) > 0) {
            linked.actions.push_back({action.id.value, action.text.value});
        }
    }
    return linked;
}

bool AgendaMonth::is_break() const {
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        if (meetings.meeting(i).kind.value != MeetingKind::break_) {
            return false;
        }
    }
    return !meetings.empty();
}

AgendaReport build_agenda(const Plan& plan, YearMonth from, YearMonth to, bool include_unscheduled,
                          const std::optional<TimeZone>& reader) {
    const RowViewer viewer(plan, time_display(plan, reader));
    AgendaReport report;
    report.plan = header_of(plan);
    report.unscheduled = MeetingRows(viewer);
    report.from = from;
    report.to = to;
    report.include_unscheduled = include_unscheduled;
    const int year = plan.year.value;
    const YearMonth first = std::max(from, YearMonth{year, 1});
    const YearMonth last = std::min(to, YearMonth{year, 12});
    // Rows per month, counted first: each month's list is allocated once, at its size.
    std::array<std::size_t, 13> rows_in_month{};
    std::size_t unscheduled = 0;
    for (const auto& meeting : plan.meetings) {
        if (!meeting.month) {
            ++unscheduled;
        } else if (meeting.month->value >= 1 && meeting.month->value <= 12) {
            ++rows_in_month[static_cast<std::size_t>(meeting.month->value)];
        }
    }
    for (YearMonth ym = first; ym <= last; ym = next_month(ym)) {
        AgendaMonth& month = report.months.emplace_back();
        month.month = ym;
        month.meetings = MeetingRows(viewer);
        month.meetings.reserve(rows_in_month[static_cast<std::size_t>(ym.month)]);
        for (const auto& meeting : plan.meetings) {
            if (meeting.month && meeting.month->value == ym.month) {
                month.meetings.push_back(meeting);
            }
        }
    }
    report.outside_plan_year = report.months.empty();
    report.clipped = !report.outside_plan_year && (first != from || last != to);
    if (include_unscheduled) {
        report.unscheduled.reserve(unscheduled);
        for (const auto& meeting : plan.meetings) {
            if (!meeting.month) {
                report.unscheduled.push_back(meeting);
            }
        }
    }
    std::vector<const Meeting*> rows;
    for (const auto& month : report.months) {
        for (std::size_t i = 0; i < month.meetings.size(); ++i) {
            rows.push_back(&month.meetings.meeting(i));
        }
    }
    for (std::size_t i = 0; i < report.unscheduled.size(); ++i) {
        rows.push_back(&report.unscheduled.meeting(i));
    }
    report.linked = linked_texts(plan, rows);
    return report;
}

namespace {

// The texts of the goals and actions the rows above name, once each.
void layout_linked(doc::Sink& document, const LinkedTexts& linked) {
    const auto table = [&document](std::string_view heading, std::string_view column,
                                   const std::vector<IdText>& items) {
        if (items.empty()) {
            return;
        }
        document.heading(2, std::string(heading));
        doc::Table rows{{std::string(column), "Text"}, {}};
        for (const auto& item : items) {
            rows.rows.push_back({item.id, item.text});
        }
        document.table(std::move(rows));
    };
    table("Goals named above", "Goal", linked.goals);
    table("Actions named above", "Action", linked.actions);
}

// When, in the reader's zone and the plan's display zones, and where to join.
void add_when_and_where(doc::Fields& fields, const MeetingView& m) {
    if (const std::string when = format_when(m); !when.empty()) {
        fields.items.push_back({"When", when, doc::Tone::normal});
    }
    if (m.reader_time) {
        fields.items.push_back({"Your time", format_zone_time(*m.reader_time), doc::Tone::normal});
    }
    if (!m.elsewhere.empty()) {
        fields.items.push_back({"Elsewhere", format_elsewhere(m), doc::Tone::normal});
    }
    if (m.link) {
        fields.items.push_back({"Join", *m.link, doc::Tone::normal, true});
    }
    if (!m.location.empty()) {
        fields.items.push_back({"Location", m.location, doc::Tone::normal});
    }
}

doc::Fields meeting_fields(const MeetingView& m) {
    doc::Fields fields;
    fields.min_label_width = 12;  // "Alternative:": every month's values start in one column
    fields.items.push_back({"Topic", m.topic, doc::Tone::strong});
    if (!m.alternative.empty()) {
        fields.items.push_back({"Alternative", m.alternative, doc::Tone::normal});
    }
    if (m.kind == MeetingKind::break_) {
        // A break is not a meeting: its status says nothing, so it is not shown.
        fields.items.push_back({"Kind", "break: no meeting this month", doc::Tone::muted});
        if (!m.notes.empty()) {
            fields.items.push_back({"Notes", m.notes, doc::Tone::normal});
        }
        return fields;
    }
    fields.items.push_back({"Kind", std::string(to_string(m.kind)), doc::Tone::normal});
    const doc::Tone status_tone = m.status == MeetingStatus::cancelled ? doc::Tone::bad
                                  : m.status == MeetingStatus::held    ? doc::Tone::good
                                                                       : doc::Tone::normal;
    fields.items.push_back({"Status", std::string(to_string(m.status)), status_tone});
    add_when_and_where(fields, m);
    if (!m.speakers.empty()) {
        std::string speakers;
        for (const auto& s : m.speakers) {
            speakers += (speakers.empty() ? "" : ", ") + s;
        }
        fields.items.push_back({"Speakers", speakers, doc::Tone::normal});
    }
    if (!m.goals.empty()) {
        fields.items.push_back(
            {"Goals", fmt::format("{}", fmt::join(m.goals, ", ")), doc::Tone::normal});
    }
    if (!m.actions.empty()) {
        fields.items.push_back(
            {"Actions", fmt::format("{}", fmt::join(m.actions, ", ")), doc::Tone::normal});
    }
    if (!m.notes.empty()) {
        fields.items.push_back({"Notes", m.notes, doc::Tone::normal});
    }
    return fields;
}

void layout_month(doc::Sink& document, const AgendaMonth& month, int level) {
    document.heading(level, format_year_month(month.month));
    if (month.meetings.empty()) {
        document.paragraph("Nothing planned.", doc::Tone::muted);
        return;
    }
    for (const auto& meeting : month.meetings) {
        document.fields(meeting_fields(meeting));
    }
}

}  // namespace

void layout_agenda(const AgendaReport& report, doc::Sink& document) {
    const std::string plan_title = fmt::format("{} · {}", report.plan.group, report.plan.title);
    if (report.outside_plan_year) {
        const std::string range = report.from == report.to
                                      ? format_year_month(report.from)
                                      : fmt::format("{} to {}", format_year_month(report.from),
                                                    format_year_month(report.to));
        document.paragraph(fmt::format(
            "No plan for {}: the plan{} covers {}.", range,
            report.plan.one_of_several ? fmt::format(" read ({})", report.plan.path) : "",
            report.plan.year));
        return;
    }
    if (report.months.size() == 1 && report.months.front().meetings.empty() &&
        !report.include_unscheduled) {
        document.paragraph(
            fmt::format("Nothing planned for {}{}.", format_year_month(report.months.front().month),
                        report.plan.one_of_several ? fmt::format(" in {}", report.plan.path) : ""));
        return;
    }
    document.heading(1, plan_title);
    if (const std::string source = plan_source_sentence(report.plan); !source.empty()) {
        document.paragraph(source, doc::Tone::muted);
    }
    for (const auto& month : report.months) {
        layout_month(document, month, 2);
    }
    if (report.include_unscheduled && !report.unscheduled.empty()) {
        document.heading(2, "Unscheduled");
        document.paragraph("These rows have no month in the plan.", doc::Tone::muted);
        for (const auto& meeting : report.unscheduled) {
            document.fields(meeting_fields(meeting));
        }
    }
    layout_linked(document, report.linked);
    if (report.clipped) {
        document.paragraph(
            fmt::format("Months outside {0} are not shown: the plan covers {0}.", report.plan.year),
            doc::Tone::muted);
    }
}

doc::Document layout_agenda(const AgendaReport& report) {
    doc::Document document;
    layout_agenda(report, document);
    return document;
}

}  // namespace iwg
