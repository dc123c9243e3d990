#include "iwg/report/meeting_view.hpp"

#include <catch2/catch.hpp>
#include <optional>

#include "iwg/render/html.hpp"
#include "iwg/render/ics.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/render/reminder_format.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/render/site.hpp"
#include "iwg/render/text.hpp"
#include "iwg/report/agenda.hpp"
#include "iwg/report/plan_document.hpp"
#include "iwg/report/remind.hpp"
#include "iwg/report/status.hpp"
#include "iwg/report/summary.hpp"
#include "iwg/report/year_glance.hpp"
#include "test_plans.hpp"

using namespace iwg;

namespace {

// small_plan with a place and a call every row inherits, and a row that names a goal.
Plan joined_plan() {
    Plan plan = test::small_plan();
    plan.join.link = Located<std::string>{"https://meet.example.org/wg", {}};
    plan.join.location = "Room 4";
    plan.meetings[4].goals = {Located<std::string>{"G2", {}}};
    return plan;
}

// Every text the reports could show, changed: a report that still pointed into the plan
// would show these (or garbage, once the plan is gone) instead of what it was built from.
void scribble_over(Plan& plan) {
    plan.group.value = "changed";
    plan.title.value = "changed";
    plan.join.link->value = "https://changed.example.org/";
    plan.join.location = "changed";
    for (auto& goal : plan.goals) {
        goal.text.value = "changed";
    }
    for (auto& action : plan.actions) {
        action.text.value = "changed";
    }
    for (auto& meeting : plan.meetings) {
        meeting.topic.value = "changed";
    }
}

}  // namespace

TEST_CASE("a report outlives the plan it was built from: the same bytes", "[meeting_view]") {
    const Date as_of{2024, 6, 1};
    std::optional<Plan> plan = joined_plan();
    const auto reader = TimeZone::find("Asia/Tokyo");

    AgendaReport agenda = build_agenda(*plan, {2024, 1}, {2024, 12}, true, reader);
    StatusReport status = build_status(*plan, as_of, reader);
    SummaryReport summary = build_summary(*plan);
    PlanDocument document = build_plan_document(*plan);
    YearGlance glance = build_year_glance(*plan, as_of);
    const ReminderSelection selection = select_for_month(*plan, {2024, 9}, as_of, reader);
    REQUIRE(std::holds_alternative<Reminder>(selection));
    const Reminder& reminder = std::get<Reminder>(selection);

    const auto agenda_bytes = [&as_of](const AgendaReport& report) {
        return render_text(layout_agenda(report), {}) + render_markdown(layout_agenda(report)) +
               render_agenda_json(report) + render_ics(report, as_of);
    };
    const auto status_bytes = [](const StatusReport& report) {
        return render_text(layout_status(report), {}) + render_status_json(report);
    };
    const auto summary_bytes = [](const SummaryReport& report) {
        return render_text(layout_summary(report), {}) + render_summary_json(report);
    };
    const auto document_bytes = [](const PlanDocument& report) {
        return render_html_document(layout_plan_document(report)) + render_document_json(report);
    };
    const std::string agenda_before = agenda_bytes(agenda);
    const std::string status_before = status_bytes(status);
    const std::string summary_before = summary_bytes(summary);
    const std::string document_before = document_bytes(document);
    const std::string glance_before = render_year_glance_html(glance);
    const std::string reminder_before = render_reminder_json(reminder);
    // What the reports show of the plan, so that the comparison cannot pass on empty output.
    CHECK(agenda_before.find("Room 4") != std::string::npos);
    CHECK(agenda_before.find("https://meet.example.org/wg") != std::string::npos);
    CHECK(agenda_before.find("Second goal") != std::string::npos);
    CHECK(status_before.find("Still planned") != std::string::npos);
    CHECK(summary_before.find("Someday") != std::string::npos);
    CHECK(document_before.find("Autumn") != std::string::npos);
    CHECK(glance_before.find("Room 4") != std::string::npos);
    CHECK(reminder_before.find("Second goal") != std::string::npos);

    scribble_over(*plan);
    plan.reset();
    // Moved, too: a report is a value.
    const AgendaReport moved_agenda = std::move(agenda);
    CHECK(agenda_bytes(moved_agenda) == agenda_before);
    CHECK(status_bytes(status) == status_before);
    CHECK(summary_bytes(summary) == summary_before);
    CHECK(document_bytes(document) == document_before);
    CHECK(render_year_glance_html(glance) == glance_before);
    CHECK(render_reminder_json(reminder) == reminder_before);
}

TEST_CASE("rows hold a text they inherit once, however many show it", "[meeting_view]") {
    const Plan plan = joined_plan();
    const AgendaReport report = build_agenda(plan, {2024, 1}, {2024, 12}, false);
    std::vector<const MeetingView*> rows;
    for (const auto& month : report.months) {
        for (const auto& meeting : month.meetings) {
            if (meeting.kind != MeetingKind::break_) {
                rows.push_back(&meeting);
            }
        }
    }
    REQUIRE(rows.size() == 4);
    for (const MeetingView* row : rows) {
        REQUIRE(row->location);
        CHECK(*row->location == "Room 4");
        CHECK(row->location == rows.front()->location);  // one string, shared
        CHECK(row->link == rows.front()->link);
    }
    // A row's own place is its own.
    Plan own = joined_plan();
    own.meetings[2].join.location = "Nairobi";
    const AgendaReport with_own = build_agenda(own, {2024, 4}, {2024, 4}, false);
    CHECK(text_of(with_own.months[0].meetings[0].location) == "Nairobi");
    // A break shows no place to join.
    CHECK_FALSE(report.months[6].meetings[0].location);
    CHECK(text_of(report.months[6].meetings[0].location).empty());
}
