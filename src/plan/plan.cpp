#include "iwg/plan/plan.hpp"

#include <algorithm>

namespace iwg {

std::string_view to_string(MeetingKind kind) {
    switch (kind) {
        case MeetingKind::meeting:
            return "meeting";
        case MeetingKind::break_:
            return "break";
        case MeetingKind::survey:
            return "survey";
        case MeetingKind::event:
            return "event";
    }
    return "meeting";
}

std::string_view to_string(MeetingStatus status) {
    switch (status) {
        case MeetingStatus::planned:
            return "planned";
        case MeetingStatus::confirmed:
            return "confirmed";
        case MeetingStatus::held:
            return "held";
        case MeetingStatus::cancelled:
            return "cancelled";
    }
    return "planned";
}

std::string_view to_string(ActionStatus status) {
    switch (status) {
        case ActionStatus::planned:
            return "planned";
        case ActionStatus::in_progress:
            return "in-progress";
        case ActionStatus::done:
            return "done";
        case ActionStatus::dropped:
            return "dropped";
    }
    return "planned";
}

std::optional<MeetingKind> meeting_kind_from(std::string_view text) {
    for (auto kind :
         {MeetingKind::meeting, MeetingKind::break_, MeetingKind::survey, MeetingKind::event}) {
        if (to_string(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<MeetingStatus> meeting_status_from(std::string_view text) {
    for (auto status : {MeetingStatus::planned, MeetingStatus::confirmed, MeetingStatus::held,
                        MeetingStatus::cancelled}) {
        if (to_string(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<ActionStatus> action_status_from(std::string_view text) {
    for (auto status : {ActionStatus::planned, ActionStatus::in_progress, ActionStatus::done,
                        ActionStatus::dropped}) {
        if (to_string(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

PlanIndex::PlanIndex(const Plan& plan) {
    goals_.reserve(plan.goals.size());
    for (const auto& goal : plan.goals) {
        goals_.emplace(goal.id.value, &goal);  // keeps the first of equal ids
    }
    actions_.reserve(plan.actions.size());
    for (const auto& action : plan.actions) {
        actions_.emplace(action.id.value, &action);
    }
}

const Goal* PlanIndex::goal(std::string_view id) const {
    const auto it = goals_.find(id);
    return it == goals_.end() ? nullptr : it->second;
}

const Action* PlanIndex::action(std::string_view id) const {
    const auto it = actions_.find(id);
    return it == actions_.end() ? nullptr : it->second;
}

std::unordered_map<std::string, std::vector<const Action*>> actions_by_goal(const Plan& plan) {
    std::unordered_map<std::string, std::vector<const Action*>> serving;
    for (const auto& action : plan.actions) {
        for (const auto& goal : action.goals) {
            auto& actions = serving[goal.value];
            if (actions.empty() || actions.back() != &action) {  // a goal listed twice
                actions.push_back(&action);
            }
        }
    }
    return serving;
}

}  // namespace iwg
