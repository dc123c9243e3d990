// The plan as the document it came from: title, introduction with its focus areas, goals,
// actions and the meeting table, in the source's order (`iwg document`, `iwg publish`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/document.hpp"
#include "iwg/report/meeting_view.hpp"
#include "iwg/report/summary.hpp"

namespace iwg {

struct PlanDocument {
    PlanHeader plan;
    std::vector<std::string> introduction;  // paragraphs
    std::vector<std::string> focus_areas;
    std::size_t focus_areas_after = 0;  // paragraphs of the introduction before the focus areas
    std::string goals_title;            // the plan's, else "Goals"
    std::string actions_title;
    std::string actions_intro;
    std::string meetings_title;
    std::vector<EditorialPart> editorial;  // what the document marks as added to the source
    std::vector<IdText> goals;
    std::vector<ActionSummary> actions;
    std::vector<MeetingView> meetings;  // every row, in plan order

    bool is_editorial(EditorialPart part) const;
};

PlanDocument build_plan_document(const Plan& plan);

// The mark of an editorial addition, and the sentence that explains it (empty when the plan
// marks nothing).
inline constexpr std::string_view editorial_mark = "\u2020";
std::string editorial_legend(const PlanDocument& document);

// "Opening data in practice … Or connect discussion with UNWDF.": a row's topic with its
// alternative as the source writes it.
std::string topic_with_alternative(const MeetingView& meeting);

doc::Document layout_plan_document(const PlanDocument& document);

}  // namespace iwg
