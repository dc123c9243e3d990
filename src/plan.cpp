#include "iwg/plan.hpp"

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

const Goal* Plan::find_goal(std::string_view id) const {
    const auto it = std::find_if(goals.begin(), goals.end(),
                                 [id](const Goal& goal) { return goal.id.value == id; });
    return it == goals.end() ? nullptr : &*it;
}

const Action* Plan::find_action(std::string_view id) const {
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [id](const Action& action) { return action.id.value == id; });
    return it == actions.end() ? nullptr : &*it;
}

}  // namespace iwg
