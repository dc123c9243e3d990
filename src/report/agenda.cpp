#include "iwg/report/agenda.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "iwg/report/when_text.hpp"

namespace iwg {

bool AgendaMonth::is_break() const {
    return !meetings.empty() &&
           std::all_of(meetings.begin(), meetings.end(),
                       [](const MeetingView& m) { return m.kind == MeetingKind::break_; });
}

AgendaReport build_agenda(const Plan& plan, YearMonth from, YearMonth to, bool include_unscheduled,
                          const std::optional<TimeZone>& reader) {
    const RowContext context = row_context(plan, reader);
    AgendaReport report;
    report.plan = header_of(plan);
    report.from = from;
    report.to = to;
    report.include_unscheduled = include_unscheduled;
    const int year = plan.year.value;
    const YearMonth first = std::max(from, YearMonth{year, 1});
    const YearMonth last = std::min(to, YearMonth{year, 12});
    for (YearMonth ym = first; ym <= last; ym = next_month(ym)) {
        AgendaMonth& month = report.months.emplace_back();
        month.month = ym;
        for (const auto& meeting : plan.meetings) {
            if (meeting.month && meeting.month->value == ym.month) {
                month.meetings.push_back(view_of(plan, meeting, context));
            }
        }
    }
    report.outside_plan_year = report.months.empty();
    report.clipped = !report.outside_plan_year && (first != from || last != to);
    if (include_unscheduled) {
        for (const auto& meeting : plan.meetings) {
            if (!meeting.month) {
                report.unscheduled.push_back(view_of(plan, meeting, context));
            }
        }
    }
    std::vector<const MeetingView*> rows;
    for (const auto& month : report.months) {
        for (const auto& meeting : month.meetings) {
            rows.push_back(&meeting);
        }
    }
    for (const auto& meeting : report.unscheduled) {
        rows.push_back(&meeting);
    }
    report.linked = linked_texts(plan, rows);
    return report;
}

namespace {

// The texts of the goals and actions the rows above name, once each.
void layout_linked(doc::Document& document, const LinkedTexts& linked) {
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
    if (m.location) {
        fields.items.push_back({"Location", *m.location, doc::Tone::normal});
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

void layout_month(doc::Document& document, const AgendaMonth& month, int level) {
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

doc::Document layout_agenda(const AgendaReport& report) {
    doc::Document document;
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
        return document;
    }
    if (report.months.size() == 1 && report.months.front().meetings.empty() &&
        !report.include_unscheduled) {
        document.paragraph(
            fmt::format("Nothing planned for {}{}.", format_year_month(report.months.front().month),
                        report.plan.one_of_several ? fmt::format(" in {}", report.plan.path) : ""));
        return document;
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
    return document;
}

}  // namespace iwg
