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

namespace {

template <class Item>
std::shared_ptr<const Plan::IdIndex> index_of(const std::vector<Item>& items) {
    auto index = std::make_shared<Plan::IdIndex>();
    index->data = items.data();
    index->size = items.size();
    index->positions.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        index->positions.emplace(items[i].id.value, i);  // keeps the first of equal ids
    }
    return index;
}

template <class Item>
const Item* find_by_id(const std::vector<Item>& items, std::shared_ptr<const Plan::IdIndex>& index,
                       std::string_view id) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!index || index->data != items.data() || index->size != items.size()) {
            index = index_of(items);
        }
        const auto it = index->positions.find(std::string(id));
        if (it == index->positions.end()) {
            return nullptr;
        }
        if (it->second < items.size() && items[it->second].id.value == id) {
            return &items[it->second];
        }
        index.reset();  // an id changed in place since the index was built
    }
    return nullptr;
}

}  // namespace

const Goal* Plan::find_goal(std::string_view id) const {
    return find_by_id(goals, goal_index, id);
}

const Action* Plan::find_action(std::string_view id) const {
    return find_by_id(actions, action_index, id);
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

void Plan::reindex() const {
    goal_index.reset();
    action_index.reset();
}

}  // namespace iwg
