#include "iwg/report/summary.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "iwg/report/status.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {

std::vector<ActionSummary> summarize_actions(const Plan& plan) {
    std::vector<ActionSummary> actions;
    for (const auto& action : plan.actions) {
        actions.push_back(
            {action.id.value, action.text.value, action.status.value, distinct_ids(action.goals)});
    }
    return actions;
}

SummaryReport build_summary(const Plan& plan) {
    SummaryReport report;
    report.plan = header_of(plan);
    const auto serving = actions_by_goal(plan);
    for (const auto& goal : plan.goals) {
        GoalSummary& summary = report.goals.emplace_back();
        summary.id = goal.id.value;
        summary.text = goal.text.value;
        if (const auto it = serving.find(goal.id.value); it != serving.end()) {
            for (const Action* action : it->second) {
                summary.actions.push_back(action->id.value);
            }
        }
    }
    report.actions = summarize_actions(plan);
    AgendaReport year =
        build_agenda(plan, YearMonth{plan.year.value, 1}, YearMonth{plan.year.value, 12}, true);
    report.months = std::move(year.months);
    report.unscheduled = std::move(year.unscheduled);

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

std::string ids_of(const std::vector<std::string>& ids) {
    return ids.empty() ? "-" : fmt::format("{}", fmt::join(ids, ", "));
}

std::string topic_text(const Meeting& meeting) {
    const std::string& alternative = meeting.alternative;
    if (alternative.empty()) {
        return meeting.topic.value;
    }
    return fmt::format("{} (or: {})", meeting.topic.value, alternative);
}

}  // namespace

void layout_summary(const SummaryReport& report, doc::Sink& document) {
    document.heading(1, fmt::format("{} · {}", report.plan.group, report.plan.title));
    if (const std::string source = plan_source_sentence(report.plan); !source.empty()) {
        document.paragraph(source, doc::Tone::muted);
    }
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
    // One row per meeting, or one for an empty month, made as the table is written.
    doc::Table months{{"Month", "Kind", "Topic"}, {}};
    std::vector<std::size_t> month_starts;  // the table's first row of each month
    for (const auto& month : report.months) {
        month_starts.push_back(months.more.count);
        months.more.count += std::max<std::size_t>(month.meetings.size(), 1);
    }
    months.more.generate = [&](std::size_t row, std::vector<std::string>& cells) {
        const std::size_t m = static_cast<std::size_t>(
            std::upper_bound(month_starts.begin(), month_starts.end(), row) - month_starts.begin() -
            1);
        const AgendaMonth& month = report.months[m];
        const std::size_t at = row - month_starts[m];
        std::string name(at == 0 ? month_name(month.month.month) : "");
        if (month.meetings.empty()) {
            cells = {std::move(name), "-", "(nothing planned)"};
            return;
        }
        const Meeting& meeting = month.meetings.meeting(at);
        cells = {std::move(name), std::string(to_string(meeting.kind.value)), topic_text(meeting)};
    };
    document.table(std::move(months));

    if (!report.unscheduled.empty()) {
        document.heading(2, "Unscheduled");
        doc::Table unscheduled{{"Kind", "Topic"}, {}};
        unscheduled.more.count = report.unscheduled.size();
        unscheduled.more.generate = [&report](std::size_t row, std::vector<std::string>& cells) {
            const Meeting& meeting = report.unscheduled.meeting(row);
            cells = {std::string(to_string(meeting.kind.value)), topic_text(meeting)};
        };
        document.table(std::move(unscheduled));
    }
}

doc::Document layout_summary(const SummaryReport& report) {
    doc::Document document;
    layout_summary(report, document);
    return document;
}

PlanLine plan_line(const Plan& plan, const Date& as_of) {
    const StatusReport status = build_status(plan, as_of);
    PlanLine line;
    line.path = plan.root;
    line.group = plan.group.value;
    line.title = plan.title.value;
    line.year = plan.year.value;
    line.held = status.held;
    line.upcoming = status.upcoming;
    line.stale = status.stale;
    line.open_actions = static_cast<int>(
        std::count_if(plan.actions.begin(), plan.actions.end(), [](const Action& action) {
            return action.status.value == ActionStatus::planned ||
                   action.status.value == ActionStatus::in_progress;
        }));
    return line;
}

void layout_plans_overview(const PlansOverview& overview, doc::Sink& document) {
    document.heading(1, "Plans");
    document.paragraph(
        fmt::format("As of {}: {}.", format_date(overview.as_of),
                    count_of(static_cast<long long>(overview.plans.size()), "plan", "plans")));
    doc::Table table{{"Group", "Year", "Held", "Upcoming", "Stale", "Open actions", "Plan"}, {}};
    for (const auto& line : overview.plans) {
        if (line.errors > 0) {
            table.rows.push_back(
                {line.group, line.year > 0 ? std::to_string(line.year) : "", "", "", "",
                 fmt::format("{} (run iwg validate)", count_of(line.errors, "error", "errors")),
                 line.path});
            continue;
        }
        table.rows.push_back({line.group, std::to_string(line.year), std::to_string(line.held),
                              std::to_string(line.upcoming), std::to_string(line.stale),
                              std::to_string(line.open_actions), line.path});
    }
    document.table(std::move(table));
}

doc::Document layout_plans_overview(const PlansOverview& overview) {
    doc::Document document;
    layout_plans_overview(overview, document);
    return document;
}

}  // namespace iwg
