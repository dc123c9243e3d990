#include "iwg/report/meeting_view.hpp"

#include <unordered_set>

#include <fmt/format.h>

#include "iwg/plan/when.hpp"

namespace iwg {

PlanHeader header_of(const Plan& plan) {
    PlanHeader header{plan.group.value, plan.title.value, plan.year.value, plan.root, false, {}};
    for (const auto& zone : plan.display_timezones) {
        header.display_timezones.push_back(zone.value);
    }
    return header;
}

std::string plan_source_sentence(const PlanHeader& plan) {
    return plan.one_of_several ? fmt::format("Plan: {}.", plan.path) : std::string();
}

namespace {

SharedText shared(const std::string& text) {
    return text.empty() ? nullptr : std::make_shared<const std::string>(text);
}

}  // namespace

RowContext row_context(const Plan& plan, const std::optional<TimeZone>& reader) {
    RowContext context;
    for (const auto& name : plan.display_timezones) {
        if (auto zone = TimeZone::find(name.value)) {
            context.zones.push_back(std::move(*zone));
        }
    }
    context.reader = reader;
    if (plan.join.link) {
        context.plan_link = std::make_shared<const std::string>(plan.join.link->value);
    }
    context.plan_location = shared(plan.join.location);
    return context;
}

MeetingView view_of(const Plan& plan, const Meeting& meeting, const RowContext& context) {
    MeetingView view;
    view.index = meeting.index;
    if (meeting.month) {
        view.month = meeting.month->value;
    }
    view.kind = meeting.kind.value;
    view.status = meeting.status.value;
    const MeetingWhen when = when_of(plan, meeting);
    view.date = when.date;
    view.date_from_schedule = when.date_from_schedule;
    view.usual_date = when.usual_date;
    view.time = when.time;
    view.duration_minutes = when.duration_minutes;
    view.timezone = when.timezone;
    view.start_utc = when.start_utc;
    view.utc_offset_minutes = when.utc_offset_minutes;
    view.topic = meeting.topic.value;
    view.alternative = meeting.alternative;
    if (view.start_utc) {
        for (const auto& zone : context.zones) {
            view.elsewhere.push_back({zone.name(), zone.local_time(*view.start_utc)});
        }
        if (context.reader) {
            view.reader_time =
                ZoneTime{context.reader->name(), context.reader->local_time(*view.start_utc)};
        }
    }
    // Where to join: the row's, else the plan's (shared, not copied per row).
    if (meeting.kind.value != MeetingKind::break_) {
        const auto& join = meeting.join;
        view.link =
            join.link ? std::make_shared<const std::string>(join.link->value) : context.plan_link;
        view.location = join.location.empty() ? context.plan_location : shared(join.location);
    }
    view.speakers = meeting.speakers;
    view.goals = distinct_ids(meeting.goals);
    view.actions = distinct_ids(meeting.actions);
    view.notes = meeting.notes;
    return view;
}

LinkedTexts linked_texts(const Plan& plan, const std::vector<const MeetingView*>& rows) {
    std::unordered_set<std::string_view> goals;
    std::unordered_set<std::string_view> actions;
    for (const MeetingView* row : rows) {
        goals.insert(row->goals.begin(), row->goals.end());
        actions.insert(row->actions.begin(), row->actions.end());
    }
    LinkedTexts linked;
    for (const auto& goal : plan.goals) {
        if (goals.erase(goal.id.value) > 0) {  // erased: a duplicate id is listed once
            linked.goals.push_back({goal.id.value, goal.text.value});
        }
    }
    for (const auto& action : plan.actions) {
        if (actions.erase(action.id.value) > 0) {
            linked.actions.push_back({action.id.value, action.text.value});
        }
    }
    return linked;
}

}  // namespace iwg
