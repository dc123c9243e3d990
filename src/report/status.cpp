#include "iwg/report/status.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "iwg/plan/when.hpp"
#include "iwg/report/when_text.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {

namespace {

bool is_past(const MeetingWhen& when, int month, int plan_year, const Date& as_of) {
    if (when.date) {
        return *when.date < as_of;
    }
    return YearMonth{plan_year, month} < YearMonth{as_of.year, as_of.month};
}

// Calendar order: by month, dated rows by day before month-only rows, then plan order.
std::tuple<int, int, int, std::size_t> calendar_key(const Meeting& meeting,
                                                    const MeetingWhen& when) {
    const int day = when.date ? when.date->day : 99;
    const int minute = when.time ? when.time->hour * 60 + when.time->minute : -1;
    return {meeting.month ? meeting.month->value : 13, day, minute, meeting.index};
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

std::string StatusReport::message(const StatusRow& row, const MeetingView& meeting) const {
    return row.state == RowState::stale ? stale_message(meeting, plan.year) : std::string();
}

StatusReport build_status(const Plan& plan, const Date& as_of,
                          const std::optional<TimeZone>& reader) {
    StatusReport report;
    report.view = RowViewer(plan, time_display(plan, reader));
    report.plan = header_of(plan);
    report.as_of = as_of;
    const int year = plan.year.value;
    report.phase = as_of.year < year   ? PlanPhase::not_started
                   : as_of.year > year ? PlanPhase::over
                                       : PlanPhase::in_progress;

    // Each scheduled row, judged from when it takes place (its own date, else the schedule's),
    // then put in calendar order.
    struct Judged {
        std::tuple<int, int, int, std::size_t> key;
        StatusRow row;
    };
    std::vector<Judged> judged;
    for (const auto& meeting : plan.meetings) {
        if (!meeting.month) {
            ++report.unscheduled;
            continue;
        }
        if (meeting.kind.value == MeetingKind::break_) {
            continue;
        }
        const MeetingWhen when = when_of(plan, meeting);
        RowState state = RowState::upcoming;
        switch (meeting.status.value) {
            case MeetingStatus::held:
                state = RowState::held;
                break;
            case MeetingStatus::cancelled:
                state = RowState::cancelled;
                break;
            case MeetingStatus::planned:
            case MeetingStatus::confirmed:
                state = is_past(when, meeting.month->value, year, as_of) ? RowState::stale
                                                                         : RowState::upcoming;
                break;
        }
        judged.push_back({calendar_key(meeting, when), {&meeting, state}});
    }
    std::stable_sort(judged.begin(), judged.end(),
                     [](const Judged& a, const Judged& b) { return a.key < b.key; });
    report.rows.reserve(judged.size());
    for (const Judged& j : judged) {
        report.rows.push_back(j.row);
        switch (j.row.state) {
            case RowState::held:
                ++report.held;
                break;
            case RowState::cancelled:
                ++report.cancelled;
                break;
            case RowState::stale:
                ++report.stale;
                break;
            case RowState::upcoming:
                ++report.upcoming;
                if (!report.next_meeting) {
                    report.next_meeting = report.view(*j.row.meeting);
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
        // A row that names an id twice is listed once (rows come in order: it was the last).
        const auto add = [r](std::vector<std::size_t>& rows) {
            if (rows.empty() || rows.back() != r) {
                rows.push_back(r);
            }
        };
        for (const auto& id : row.meeting->goals) {
            add(held_rows_naming_goal[id.value]);
        }
        for (const auto& id : row.meeting->actions) {
            add(held_rows_naming_action[id.value]);
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

void layout_status(const StatusReport& report, doc::Sink& document) {
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
        // Made as they are written: every row of a plan can be stale.
        std::vector<std::size_t> stale_rows;
        for (std::size_t r = 0; r < report.rows.size(); ++r) {
            if (report.rows[r].state == RowState::stale) {
                stale_rows.push_back(r);
            }
        }
        doc::List stale;
        stale.more.count = stale_rows.size();
        stale.more.generate = [&](std::size_t i, std::string& item) {
            const StatusRow& row = report.rows[stale_rows[i]];
            item = fmt::format("{} ({})", report.message(row, report.view.schedule(*row.meeting)),
                               row.meeting->topic.value);
        };
        document.list(std::move(stale));
    }

    document.heading(2, "Meetings");
    if (report.rows.empty()) {
        document.paragraph("No scheduled meetings.", doc::Tone::muted);
    } else {
        doc::Table meetings{{"When", "State", "Topic"}, {}};
        meetings.more.count = report.rows.size();
        meetings.more.generate = [&report, year](std::size_t r, std::vector<std::string>& cells) {
            const StatusRow& row = report.rows[r];
            cells = {row_when(report.view.schedule(*row.meeting), year),
                     std::string(to_string(row.state)), row.meeting->topic.value};
        };
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
                                row_when(report.view.schedule(*report.rows[r].meeting), year));
        }
        if (goal.more_held) {
            held += " and more";
        }
        fields.items.push_back({"Held meetings", held.empty() ? "none yet" : held,
                                held.empty() ? doc::Tone::muted : doc::Tone::normal});
        document.fields(std::move(fields));
    }
}

doc::Document layout_status(const StatusReport& report) {
    doc::Document document;
    layout_status(report, document);
    return document;
}

}  // namespace iwg
