#include "iwg/report/plan_document.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "iwg/report/when_text.hpp"

namespace iwg {

bool PlanDocument::is_editorial(EditorialPart part) const {
    return std::find(editorial.begin(), editorial.end(), part) != editorial.end();
}

PlanDocument build_plan_document(const Plan& plan) {
    PlanDocument document;
    document.plan = header_of(plan);
    for (auto paragraph : paragraphs(plan.introduction)) {
        document.introduction.emplace_back(paragraph);
    }
    document.focus_areas = plan.focus_areas;
    const DocumentLayout& layout = plan.document;
    document.focus_areas_after =
        layout.focus_areas_after
            ? std::min(static_cast<std::size_t>(layout.focus_areas_after->value),
                       document.introduction.size())
            : document.introduction.size();
    const auto or_default = [](const std::string& title, std::string_view fallback) {
        return title.empty() ? std::string(fallback) : title;
    };
    document.goals_title = or_default(layout.goals_title, "Goals");
    document.actions_title = or_default(layout.actions_title, "Actions");
    document.meetings_title = or_default(layout.meetings_title, "Meetings");
    document.actions_intro = layout.actions_intro;
    document.editorial = layout.editorial;
    for (const auto& goal : plan.goals) {
        document.goals.push_back({goal.id.value, goal.text.value});
    }
    document.actions = summarize_actions(plan);
    const RowContext context = row_context(plan, std::nullopt);
    document.meetings.reserve(plan.meetings.size());
    for (const auto& meeting : plan.meetings) {
        document.meetings.push_back(view_of(plan, meeting, context));
    }
    return document;
}

std::string editorial_legend(const PlanDocument& document) {
    std::vector<std::string_view> parts;
    if (document.is_editorial(EditorialPart::ids)) {
        parts.push_back("the ids of goals and actions");
    }
    if (document.is_editorial(EditorialPart::action_goals)) {
        parts.push_back("the goals each action serves");
    }
    if (document.is_editorial(EditorialPart::meeting_links)) {
        parts.push_back("the goals and actions each meeting names");
    }
    if (document.is_editorial(EditorialPart::meeting_kinds)) {
        parts.push_back("the kind of each meeting row");
    }
    if (parts.empty()) {
        return {};
    }
    std::string list(parts.front());
    for (std::size_t i = 1; i < parts.size(); ++i) {
        list += i + 1 == parts.size() ? ", and " : ", ";
        list += parts[i];
    }
    return fmt::format("{} marks what the plan's maintainers added to the source document: {}.",
                       editorial_mark, list);
}

std::string topic_with_alternative(const MeetingView& meeting) {
    if (meeting.alternative.empty()) {
        return meeting.topic;
    }
    return fmt::format("{} Or {}", meeting.topic, meeting.alternative);
}

namespace {

// "Id†": a column header, marked when the plan says its values are editorial.
std::string header(std::string_view name, const PlanDocument& document, EditorialPart part) {
    return document.is_editorial(part) ? fmt::format("{}{}", name, editorial_mark)
                                       : std::string(name);
}

// Empty for a row without a month, as the source's table leaves it.
std::string month_cell(const MeetingView& meeting) {
    return meeting.month ? std::string(month_name(*meeting.month)) : std::string();
}

// "G1, A2": the goals and actions a row names.
std::string links_cell(const MeetingView& meeting) {
    std::vector<std::string> ids = meeting.goals;
    ids.insert(ids.end(), meeting.actions.begin(), meeting.actions.end());
    return fmt::format("{}", fmt::join(ids, ", "));
}

}  // namespace

doc::Document layout_plan_document(const PlanDocument& document) {
    doc::Document out;
    out.heading(1, document.plan.group);
    out.heading(2, document.plan.title);
    if (auto legend = editorial_legend(document); !legend.empty()) {
        out.paragraph(std::move(legend), doc::Tone::muted);
    }
    for (std::size_t i = 0; i <= document.introduction.size(); ++i) {
        if (i == document.focus_areas_after && !document.focus_areas.empty()) {
            out.list({document.focus_areas});
        }
        if (i < document.introduction.size()) {
            out.paragraph(document.introduction[i]);
        }
    }

    if (!document.goals.empty()) {
        out.heading(3, document.goals_title);
        doc::Table goals{{header("Id", document, EditorialPart::ids), "Goal"}, {}};
        for (const auto& goal : document.goals) {
            goals.rows.push_back({goal.id, goal.text});
        }
        out.table(std::move(goals));
    }

    if (!document.actions.empty() || !document.actions_intro.empty()) {
        out.heading(3, document.actions_title);
        if (!document.actions_intro.empty()) {
            out.paragraph(document.actions_intro);
        }
        doc::Table actions{{header("Id", document, EditorialPart::ids),
                            header("Goals", document, EditorialPart::action_goals), "Action"},
                           {}};
        for (const auto& action : document.actions) {
            actions.rows.push_back(
                {action.id, fmt::format("{}", fmt::join(action.goals, ", ")), action.text});
        }
        if (!actions.rows.empty()) {
            out.table(std::move(actions));
        }
    }

    if (!document.meetings.empty()) {
        out.heading(3, document.meetings_title);
        // A column only when some row has something to say in it: a plan that gives no
        // dates, statuses or links (the source's table had none) gets none.
        const auto any = [&](auto predicate) {
            return std::any_of(document.meetings.begin(), document.meetings.end(), predicate);
        };
        const bool dated = any([](const MeetingView& m) { return m.date.has_value(); });
        const bool with_status =
            any([](const MeetingView& m) { return m.status != MeetingStatus::planned; });
        const bool linked =
            any([](const MeetingView& m) { return !m.goals.empty() || !m.actions.empty(); });
        doc::Table rows{{"Month", header("Kind", document, EditorialPart::meeting_kinds)}, {}};
        if (with_status) {
            rows.headers.push_back("Status");
        }
        if (dated) {
            rows.headers.push_back("Date");
        }
        if (linked) {
            rows.headers.push_back(header("Goals", document, EditorialPart::meeting_links));
        }
        rows.headers.push_back("Topic");
        for (const MeetingView& meeting : document.meetings) {
            std::vector<std::string>& row = rows.rows.emplace_back();
            row = {month_cell(meeting), std::string(to_string(meeting.kind))};
            if (with_status) {
                row.emplace_back(to_string(meeting.status));
            }
            if (dated) {
                row.push_back(meeting.date ? format_when(meeting, WhenDetail::brief) : "");
            }
            if (linked) {
                row.push_back(links_cell(meeting));
            }
            row.push_back(topic_with_alternative(meeting));
        }
        out.table(std::move(rows));
    }
    return out;
}

}  // namespace iwg
