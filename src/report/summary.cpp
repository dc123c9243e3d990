#include "iwg/report/summary.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "iwg/util/text_util.hpp"

namespace iwg {

SummaryReport build_summary(const Plan& plan) {
    SummaryReport report;
    report.plan = header_of(plan);
    const auto serving = actions_by_goal(plan);
    const PlanIndex index(plan);
    for (const auto& goal : plan.goals) {
        GoalSummary& summary = report.goals.emplace_back();
        summary.id = goal.id.value;
        summary.text = goal.text.value;
        if (const auto it = serving.find(goal.id.value); it != serving.end()) {
            for (const Action* action : it->second) {
                summary.actions.push_back({action->id.value, action->text.value});
            }
        }
    }
    for (const auto& action : plan.actions) {
        ActionSummary& summary = report.actions.emplace_back();
        summary.id = action.id.value;
        summary.text = action.text.value;
        summary.status = action.status.value;
        for (const auto& id : action.goals) {
            const Goal* goal = index.goal(id.value);
            summary.goals.push_back({id.value, goal != nullptr ? goal->text.value : std::string{}});
        }
    }
    const AgendaReport year =
        build_agenda(plan, YearMonth{plan.year.value, 1}, YearMonth{plan.year.value, 12}, true);
    report.months = year.months;
    report.unscheduled = year.unscheduled;

    report.counts.goals = static_cast<int>(plan.goals.size());
    report.counts.actions = static_cast<int>(plan.actions.size());
    for (const auto& meeting : plan.meetings) {
        if (!meeting.month) {
            ++report.counts.unscheduled;
        } else if (meeting.kind.value == MeetingKind::break_) {
            ++report.counts.breaks;
        } else {
            ++report.counts.meetings;
        }
    }
    return report;
}

namespace {

std::string ids_of(const std::vector<LinkView>& links) {
    std::string out;
    for (const auto& link : links) {
        out += (out.empty() ? "" : ", ") + link.id;
    }
    return out.empty() ? "-" : out;
}

std::string topic_text(const MeetingView& meeting) {
    if (meeting.alternative.empty()) {
        return meeting.topic;
    }
    return fmt::format("{} (or: {})", meeting.topic, meeting.alternative);
}

}  // namespace

doc::Document layout_summary(const SummaryReport& report) {
    doc::Document document;
    document.heading(1, fmt::format("{} · {}", report.plan.group, report.plan.title));
    const SummaryCounts& c = report.counts;
    document.paragraph(fmt::format(
        "Plan year {}: {}, {}, {}, {}, {}.", report.plan.year, count_of(c.goals, "goal", "goals"),
        count_of(c.actions, "action", "actions"), count_of(c.meetings, "meeting", "meetings"),
        count_of(c.breaks, "break", "breaks"),
        count_of(c.unscheduled, "unscheduled row", "unscheduled rows")));

    document.heading(2, "Goals");
    if (report.goals.empty()) {
        document.paragraph("The plan names no goals.", doc::Tone::muted);
    } else {
        doc::Table goals{{"Goal", "Served by", "Text"}, {}};
        for (const auto& goal : report.goals) {
            goals.rows.push_back({goal.id, ids_of(goal.actions), goal.text});
        }
        document.table(std::move(goals));
    }

    document.heading(2, "Actions");
    if (report.actions.empty()) {
        document.paragraph("The plan names no actions.", doc::Tone::muted);
    } else {
        doc::Table actions{{"Action", "Goals", "Text"}, {}};
        for (const auto& action : report.actions) {
            actions.rows.push_back({action.id, ids_of(action.goals), action.text});
        }
        document.table(std::move(actions));
    }

    document.heading(2, "Months");
    doc::Table months{{"Month", "Kind", "Topic"}, {}};
    for (const auto& month : report.months) {
        const std::string name(month_name(month.month.month));
        if (month.meetings.empty()) {
            months.rows.push_back({name, "-", "(nothing planned)"});
            continue;
        }
        bool first = true;
        for (const auto& meeting : month.meetings) {
            months.rows.push_back(
                {first ? name : "", std::string(to_string(meeting.kind)), topic_text(meeting)});
            first = false;
        }
    }
    document.table(std::move(months));

    if (!report.unscheduled.empty()) {
        document.heading(2, "Unscheduled");
        doc::Table unscheduled{{"Kind", "Topic"}, {}};
        for (const auto& meeting : report.unscheduled) {
            unscheduled.rows.push_back({std::string(to_string(meeting.kind)), topic_text(meeting)});
        }
        document.table(std::move(unscheduled));
    }
    return document;
}

}  // namespace iwg
