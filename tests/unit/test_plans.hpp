// Small in-memory plans for report unit tests (no YAML, no files).
#pragma once

#include <string>

#include "iwg/plan/plan.hpp"

namespace iwg::test {

inline Meeting make_meeting(std::size_t index, std::optional<int> month, std::string topic,
                            MeetingStatus status = MeetingStatus::planned,
                            MeetingKind kind = MeetingKind::meeting) {
    Meeting m;
    m.index = static_cast<std::uint32_t>(index);
    if (month) {
        m.month = Located<int>{*month, {}};
    }
    m.topic.value = std::move(topic);
    m.status.value = status;
    m.kind.value = kind;
    return m;
}

// Two goals, three actions, a held, a cancelled, a planned, a break and an unscheduled row.
inline Plan small_plan() {
    Plan plan;
    plan.group.value = "WG";
    plan.title.value = "Plan";
    plan.year.value = 2024;
    Goal g1;
    g1.id.value = "G1";
    g1.text.value = "First goal";
    Goal g2;
    g2.id.value = "G2";
    g2.text.value = "Second goal";
    plan.goals = {g1, g2};
    Action a1;
    a1.id.value = "A1";
    a1.text.value = "Do one";
    a1.goals = {Located<std::string>{"G1", {}}};
    a1.status.value = ActionStatus::done;
    Action a2;
    a2.id.value = "A2";
    a2.text.value = "Do two";
    a2.goals = {Located<std::string>{"G1", {}}};
    Action a3;
    a3.id.value = "A3";
    a3.text.value = "Do three";
    a3.status.value = ActionStatus::dropped;
    plan.actions = {a1, a2, a3};
    Meeting held = make_meeting(0, 2, "Held one", MeetingStatus::held);
    held.date = Located<Date>{Date{2024, 2, 6}, {}};
    held.actions = {Located<std::string>{"A1", {}}};
    plan.meetings.push_back(held);
    plan.meetings.push_back(make_meeting(1, 3, "Called off", MeetingStatus::cancelled));
    plan.meetings.push_back(make_meeting(2, 4, "Still planned"));
    plan.meetings.push_back(
        make_meeting(3, 7, "Summer", MeetingStatus::planned, MeetingKind::break_));
    plan.meetings.push_back(make_meeting(4, 9, "Autumn", MeetingStatus::confirmed));
    plan.meetings.push_back(make_meeting(5, std::nullopt, "Someday"));
    return plan;
}

}  // namespace iwg::test
