#include "iwg/report/status.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "iwg/report/when_text.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {

namespace {

bool is_past(const MeetingView& meeting, int plan_year, const Date& as_of) {
    if (meeting.date) {
        return *meeting.date < as_of;
    }
    return YearMonth{plan_year, *meeting.month} < YearMonth{as_of.year, as_of.month};
}

// Puts items[order[0]], items[order[1]], … first, in place: follows each cycle of the
// permutation once, so that every item moves once and no second list is made.
template <class T>
void put_in_order(std::vector<T>& items, const std::vector<std::size_t>& order) {
    std::vector<bool> placed(items.size(), false);
    for (std::size_t start = 0; start < items.size(); ++start) {
        if (placed[start]) {
            continue;
        }
        T held = std::move(items[start]);
        std::size_t at = start;
        while (order[at] != start) {
            items[at] = std::move(items[order[at]]);
            placed[at] = true;
            at = order[at];
        }
        items[at] = std::move(held);
        placed[at] = true;
    }
}

// Calendar order: by month, dated rows by day before month-only rows, then plan order.
bool calendar_before(const MeetingView& a, const MeetingView& b) {
    auto key = [](const MeetingView& m) {
        const int day = m.date ? m.date->day : 99;
        const int minute = m.time ? m.time->hour * 60 + m.time->minute : -1;
        return std::tuple{m.month.value_or(13), day, minute, m.index};
    };
    return key(a) < key(b);
}

}  // namespace

std::string row_when(const MeetingView& meeting, int plan_year) {
    if (!meeting.date) {
        return meeting.month ? format_year_month({plan_year, *meeting.month}) : "unscheduled";
    }
    return format_when(meeting, WhenDetail::brief);
}

std::string stale_message(const MeetingView& meeting, int plan_year) {
    return fmt::format("{} is past and still {}: mark it held or cancelled",
                       row_when(meeting, plan_year), to_string(meeting.status));
}

StatusReport build_status(const Plan& plan, const Date& as_of,
                          const std::optional<TimeZone>& reader) {
    const TimeDisplay display = time_display(plan, reader);
    StatusReport report;
    report.plan = header_of(plan);
    report.as_of = as_of;
    const int year = plan.year.value;
    report.phase = as_of.year < year   ? PlanPhase::not_started
                   : as_of.year > year ? PlanPhase::over
                                       : PlanPhase::in_progress;

    const auto is_scheduled = [](const Meeting& meeting) {
        return meeting.month && meeting.kind.value != MeetingKind::break_;
    };
    // The rows are made once, in plan order, and put in calendar order in place: a second list
    // of them (or stable_sort's buffer) would hold a large plan's rows twice.
    report.rows.reserve(static_cast<std::size_t>(
        std::count_if(plan.meetings.begin(), plan.meetings.end(), is_scheduled)));
    for (const auto& meeting : plan.meetings) {
        if (!meeting.month) {
            ++report.unscheduled;
        } else if (is_scheduled(meeting)) {
            report.rows.emplace_back().meeting = view_of(plan, meeting, display);
        }
    }
    std::vector<std::size_t> order(report.rows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&report](std::size_t a, std::size_t b) {
        return calendar_before(report.rows[a].meeting, report.rows[b].meeting);
    });
    put_in_order(report.rows, order);
    for (StatusRow& row : report.rows) {
        const MeetingView& meeting = row.meeting;
        switch (meeting.status) {
            case MeetingStatus::held:
                row.state = RowState::held;
                ++report.held;
                break;
            case MeetingStatus::cancelled:
                row.state = RowState::cancelled;
                ++report.cancelled;
                break;
            case MeetingStatus::planned:
            case MeetingStatus::confirmed:
                if (is_past(meeting, year, as_of)) {
                    row.state = RowState::stale;
                    row.message = stale_message(meeting, year);
                    ++report.stale;
                } else {
                    row.state = RowState::upcoming;
                    ++report.upcoming;
                    if (!report.next_meeting) {
                        report.next_meeting = meeting;
                    }
                }
                break;
        }
    }

    for (auto status : {ActionStatus::planned, ActionStatus::in_progress, ActionStatus::done,
                        ActionStatus::dropped}) {
        for (const auto& action : plan.actions) {
            if (action.status.value == status) {
                report.actions.push_back({action.id.value, action.text.value, status});
            }
        }
    }

    // Each goal's held meetings: the held rows that name it or an action serving it, in row
    // order, each once. Indexed by id, so that large plans stay linear.
    const auto serving = actions_by_goal(plan);
    std::unordered_map<std::string_view, std::vector<std::size_t>> held_rows_naming_goal;
    std::unordered_map<std::string_view, std::vector<std::size_t>> held_rows_naming_action;
    for (std::size_t r = 0; r < report.rows.size(); ++r) {
        const StatusRow& row = report.rows[r];
        if (row.state != RowState::held) {
            continue;
        }
        for (const auto& id : row.meeting.goals) {
            held_rows_naming_goal[id].push_back(r);
        }
        for (const auto& id : row.meeting.actions) {
            held_rows_naming_action[id].push_back(r);
        }
    }
    for (const auto& goal : plan.goals) {
        GoalProgress& progress = report.goals.emplace_back();
        progress.id = goal.id.value;
        progress.text = goal.text.value;
        // The first held rows of each list (each sorted) are enough to find the goal's
        // first ones: linear in the references, whatever the overlap.
        std::vector<std::size_t> held;
        auto add_held = [&](const auto& rows_naming, std::string_view id) {
            if (const auto it = rows_naming.find(id); it != rows_naming.end()) {
                const std::size_t take = std::min(it->second.size(), held_rows_listed + 1);
                held.insert(held.end(), it->second.begin(),
                            it->second.begin() + static_cast<std::ptrdiff_t>(take));
            }
        };
        add_held(held_rows_naming_goal, goal.id.value);
        if (const auto it = serving.find(goal.id.value); it != serving.end()) {
            for (const Action* action : it->second) {
                ++progress.actions_total;
                progress.actions_done += action->status.value == ActionStatus::done ? 1 : 0;
                progress.actions_dropped += action->status.value == ActionStatus::dropped ? 1 : 0;
                add_held(held_rows_naming_action, action->id.value);
            }
        }
        std::sort(held.begin(), held.end());
        held.erase(std::unique(held.begin(), held.end()), held.end());
        progress.more_held = held.size() > held_rows_listed;
        held.resize(std::min(held.size(), held_rows_listed));
        progress.held_rows = std::move(held);
    }
    return report;
}

namespace {

std::string action_count_text(const StatusReport& report, ActionStatus status) {
    return std::to_string(std::count_if(report.actions.begin(), report.actions.end(),
                                        [status](const auto& a) { return a.status == status; }));
}

std::string next_text(const MeetingView& meeting, int plan_year) {
    return fmt::format("{} · {}", row_when(meeting, plan_year), meeting.topic);
}

}  // namespace

doc::Document layout_status(const StatusReport& report) {
    doc::Document document;
    const int year = report.plan.year;
    document.heading(1, fmt::format("{} · {}", report.plan.group, report.plan.title));
    if (const std::string source = plan_source_sentence(report.plan); !source.empty()) {
        document.paragraph(source, doc::Tone::muted);
    }
    document.paragraph(fmt::format("Status as of {}.", format_date(report.as_of)));

    const int done = static_cast<int>(
        std::count_if(report.actions.begin(), report.actions.end(),
                      [](const auto& a) { return a.status == ActionStatus::done; }));
    if (report.phase == PlanPhase::over) {
        const int meetings = report.held + report.cancelled + report.upcoming + report.stale;
        document.paragraph(
            fmt::format(
                "The {} plan year is over: {} of {} held, {} cancelled, {} never marked; "
                "{} of {} done.",
                year, report.held, count_of(meetings, "meeting", "meetings"), report.cancelled,
                report.stale, done,
                count_of(static_cast<long long>(report.actions.size()), "action", "actions")),
            doc::Tone::strong);
    } else if (report.phase == PlanPhase::not_started) {
        document.paragraph(fmt::format("The {} plan year has not started yet.", year));
    }

    doc::Fields overview;
    overview.items.push_back({"Held", std::to_string(report.held),
                              report.held > 0 ? doc::Tone::good : doc::Tone::normal});
    overview.items.push_back({"Cancelled", std::to_string(report.cancelled), doc::Tone::normal});
    overview.items.push_back({"Upcoming", std::to_string(report.upcoming), doc::Tone::normal});
    overview.items.push_back({"Stale", std::to_string(report.stale),
                              report.stale > 0 ? doc::Tone::warn : doc::Tone::normal});
    if (report.unscheduled > 0) {
        overview.items.push_back(
            {"Unscheduled", std::to_string(report.unscheduled), doc::Tone::muted});
    }
    overview.items.push_back(
        {"Next meeting",
         report.next_meeting ? next_text(*report.next_meeting, year) : std::string("none"),
         report.next_meeting ? doc::Tone::strong : doc::Tone::muted});
    document.fields(std::move(overview));

    if (report.stale > 0) {
        document.heading(2, "Stale rows");
        doc::List stale;
        for (const auto& row : report.rows) {
            if (row.state == RowState::stale) {
                stale.items.push_back(fmt::format("{} ({})", row.message, row.meeting.topic));
            }
        }
        document.list(std::move(stale));
    }

    document.heading(2, "Meetings");
    if (report.rows.empty()) {
        document.paragraph("No scheduled meetings.", doc::Tone::muted);
    } else {
        doc::Table meetings{{"When", "State", "Topic"}, {}};
        for (const auto& row : report.rows) {
            meetings.rows.push_back({row_when(row.meeting, year), std::string(to_string(row.state)),
                                     row.meeting.topic});
        }
        document.table(std::move(meetings));
    }

    document.heading(2, "Actions");
    doc::Fields counts;
    counts.items.push_back({"Planned", action_count_text(report, ActionStatus::planned)});
    counts.items.push_back({"In progress", action_count_text(report, ActionStatus::in_progress)});
    counts.items.push_back({"Done", action_count_text(report, ActionStatus::done)});
    counts.items.push_back({"Dropped", action_count_text(report, ActionStatus::dropped)});
    document.fields(std::move(counts));
    if (!report.actions.empty()) {
        doc::Table actions{{"Action", "Status", "Text"}, {}};
        for (const auto& action : report.actions) {
            actions.rows.push_back({action.id, std::string(to_string(action.status)), action.text});
        }
        document.table(std::move(actions));
    }

    document.heading(2, "Goals");
    if (report.goals.empty()) {
        document.paragraph("The plan names no goals.", doc::Tone::muted);
    }
    for (const auto& goal : report.goals) {
        doc::Fields fields;
        fields.items.push_back(
            {"Goal", fmt::format("{}  {}", goal.id, goal.text), doc::Tone::strong});
        std::string done_text =
            goal.actions_total == 0
                ? std::string("no action serves this goal")
                : fmt::format("{} of {} done", goal.actions_done,
                              count_of(goal.actions_total, "action", "actions"));
        if (goal.actions_dropped > 0) {
            done_text += fmt::format(" ({} dropped)", goal.actions_dropped);
        }
        fields.items.push_back({"Progress", done_text});
        // When, not the topic: the rows above show each topic once.
        std::string held;
        for (const std::size_t r : goal.held_rows) {
            held += fmt::format("{}{}", held.empty() ? "" : ", ",
                                row_when(report.rows[r].meeting, year));
        }
        if (goal.more_held) {
            held += " and more";
        }
        fields.items.push_back({"Held meetings", held.empty() ? "none yet" : held,
                                held.empty() ? doc::Tone::muted : doc::Tone::normal});
        document.fields(std::move(fields));
    }
    return document;
}

}  // namespace iwg
