// The summary report: the whole plan at a glance (goals and the actions serving them, the
// twelve months, unscheduled rows, counts), as data.
#pragma once

#include <string>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/agenda.hpp"
#include "iwg/report/document.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg {

struct GoalSummary {
    std::string id;
    std::string text;
    std::vector<std::string> actions;  // the ids of the actions that name this goal, in plan order
};

struct ActionSummary {
    std::string id;
    std::string text;
    ActionStatus status = ActionStatus::planned;
    std::vector<std::string> goals;  // the ids it names (each once)
};

// Every action with the goals it names, in plan order: the summary's and the document's.
std::vector<ActionSummary> summarize_actions(const Plan& plan);

struct SummaryCounts {
    int goals = 0;
    int actions = 0;
    int meetings = 0;     // scheduled rows that are not breaks (meetings, surveys, events)
    int breaks = 0;       // scheduled break rows
    int unscheduled = 0;  // rows without a month, of any kind
};

struct SummaryReport {
    PlanHeader plan;
    std::vector<GoalSummary> goals;
    std::vector<ActionSummary> actions;
    std::vector<AgendaMonth> months;  // always the plan year's twelve months
    std::vector<MeetingView> unscheduled;
    SummaryCounts counts;
};

SummaryReport build_summary(const Plan& plan);

doc::Document layout_summary(const SummaryReport& report);

// `iwg summary --all`: one line per plan of a repository, so an organisation sees all its
// groups at once.
struct PlanLine {
    std::string path;
    std::string group;
    std::string title;
    int year = 0;
    int held = 0;      // as of the report's date (status.hpp's row states)
    int upcoming = 0;  // planned, still ahead
    int stale = 0;
    int open_actions = 0;  // planned or in progress
    int errors = 0;        // the plan has errors: it is not read, only counted
};

struct PlansOverview {
    Date as_of;
    std::vector<PlanLine> plans;  // by path
};

// The line of a plan without errors, as of `as_of`.
PlanLine plan_line(const Plan& plan, const Date& as_of);

doc::Document layout_plans_overview(const PlansOverview& overview);

}  // namespace iwg
