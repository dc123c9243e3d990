#include "iwg/report/year_glance.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

namespace iwg {

namespace {

// A row that counts as a meeting of the year: not a break, not cancelled.
bool takes_place(const Meeting& meeting) {
    return meeting.kind.value != MeetingKind::break_ &&
           meeting.status.value != MeetingStatus::cancelled;
}

std::string quarter_sentence(int quarter) {
    static constexpr std::array<std::string_view, 4> names{"first", "second", "third", "fourth"};
    const int first = quarter * 3 + 1;
    return fmt::format("No meeting in the {} quarter ({} to {}).",
                       names[static_cast<std::size_t>(quarter)], month_name(first),
                       month_name(first + 2));
}

}  // namespace

std::string_view state_word(const GlanceRow& row) {
    if (row.state) {
        return to_string(*row.state);
    }
    return row.meeting->kind.value == MeetingKind::break_ ? "break" : "no month yet";
}

YearGlance build_year_glance(const Plan& plan, const Date& as_of) {
    YearGlance glance;
    glance.plan = header_of(plan);
    glance.as_of = as_of;
    glance.ids_editorial = plan.document.is_editorial(EditorialPart::ids);
    glance.served_by_editorial = plan.document.is_editorial(EditorialPart::action_goals);
    glance.meetings_editorial = plan.document.is_editorial(EditorialPart::meeting_links);
    for (int m = 1; m <= 12; ++m) {
        glance.months[static_cast<std::size_t>(m - 1)].month = m;
    }
    const StatusReport status = build_status(plan, as_of);
    for (const StatusRow& row : status.rows) {  // scheduled, not breaks, in calendar order
        glance.months[static_cast<std::size_t>(row.meeting->month->value - 1)].rows.push_back(
            {row.meeting, row.state});
    }
    glance.view = RowViewer(plan, time_display(plan, std::nullopt));
    // A month's breaks come first, the last one given first.
    std::array<std::vector<GlanceRow>, 12> breaks;
    for (const Meeting& meeting : plan.meetings) {
        if (!meeting.month) {
            glance.unscheduled.push_back({&meeting, std::nullopt});
        } else if (meeting.kind.value == MeetingKind::break_) {
            breaks[static_cast<std::size_t>(meeting.month->value - 1)].push_back(
                {&meeting, std::nullopt});
        }
    }
    for (std::size_t m = 0; m < breaks.size(); ++m) {
        auto& rows = glance.months[m].rows;
        rows.insert(rows.begin(), breaks[m].rbegin(), breaks[m].rend());
    }
    for (auto& row : glance.unscheduled) {  // not judged by date: they have none
        if (row.meeting->status.value == MeetingStatus::held) {
            row.state = RowState::held;
        } else if (row.meeting->status.value == MeetingStatus::cancelled) {
            row.state = RowState::cancelled;
        }
    }

    // Which goals each month touches: through the goals a row names and the actions serving
    // them. Indexed by id, so linear in the references.
    std::unordered_map<std::string_view, std::vector<std::string_view>> goals_of_action;
    for (const Action& action : plan.actions) {
        for (const auto& goal : action.goals) {
            goals_of_action[action.id.value].push_back(goal.value);
        }
    }
    std::unordered_map<std::string_view, std::vector<int>> months_of_goal;
    for (const GlanceMonth& month : glance.months) {
        std::unordered_set<std::string_view> touched;
        for (const GlanceRow& row : month.rows) {
            if (!takes_place(*row.meeting)) {
                continue;
            }
            const auto& actions = row.meeting->actions;
            glance.meetings_name_goals =
                glance.meetings_name_goals || !row.meeting->goals.empty() || !actions.empty();
            for (const auto& goal : row.meeting->goals) {
                touched.insert(goal.value);
            }
            for (const auto& action : actions) {
                if (auto it = goals_of_action.find(action.value); it != goals_of_action.end()) {
                    touched.insert(it->second.begin(), it->second.end());
                }
            }
        }
        for (auto goal : touched) {
            months_of_goal[goal].push_back(month.month);
        }
    }
    const auto serving = actions_by_goal(plan);
    for (const Goal& goal : plan.goals) {
        GoalCoverage& coverage = glance.goals.emplace_back();
        coverage.id = goal.id.value;
        coverage.text = goal.text.value;
        if (auto it = serving.find(goal.id.value); it != serving.end()) {
            for (const Action* action : it->second) {
                coverage.actions.push_back(action->id.value);
            }
        }
        if (auto it = months_of_goal.find(goal.id.value); it != months_of_goal.end()) {
            coverage.months = it->second;
            std::sort(coverage.months.begin(), coverage.months.end());
        }
    }

    for (const GoalCoverage& goal : glance.goals) {
        if (goal.actions.empty()) {
            glance.gaps.push_back(fmt::format("No action serves {}.", goal.id));
        }
    }
    if (!glance.goals.empty()) {
        if (!glance.meetings_name_goals) {
            glance.gaps.push_back(
                "No meeting names a goal or an action, so no goal is touched by a meeting.");
        } else {
            for (const GoalCoverage& goal : glance.goals) {
                if (goal.months.empty()) {
                    glance.gaps.push_back(fmt::format("No meeting touches {}.", goal.id));
                }
            }
        }
    }
    for (int quarter = 0; quarter < 4; ++quarter) {
        bool met = false;
        for (int m = quarter * 3; m < quarter * 3 + 3; ++m) {
            for (const GlanceRow& row : glance.months[static_cast<std::size_t>(m)].rows) {
                met = met || (takes_place(*row.meeting) &&
                              (row.meeting->kind.value == MeetingKind::meeting ||
                               row.meeting->kind.value == MeetingKind::event));
            }
        }
        if (!met) {
            glance.gaps.push_back(quarter_sentence(quarter));
        }
    }
    return glance;
}

}  // namespace iwg
