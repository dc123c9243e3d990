// JSON documents for reports: one versioned document per report, built from the report's
// data (never from its layout). Field names are stable; see docs/json-output.md.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "iwg/report/agenda.hpp"
#include "iwg/report/plan_document.hpp"
#include "iwg/report/status.hpp"
#include "iwg/report/summary.hpp"

namespace iwg {

// Bumped when a field is renamed, removed or changes meaning (adding a field is not a bump).
inline constexpr int report_json_version = 2;

nlohmann::ordered_json meeting_to_json(const MeetingView& meeting);
// [{"id", "text"}]: the goals or actions a report names, each once.
nlohmann::ordered_json texts_to_json(const std::vector<IdText>& items);
nlohmann::ordered_json agenda_to_json(const AgendaReport& report);
nlohmann::ordered_json summary_to_json(const SummaryReport& report);
// `summary --all`: {"report": "plans", "version": 1, "as_of", "plans": [...]}.
nlohmann::ordered_json plans_overview_to_json(const PlansOverview& overview);
nlohmann::ordered_json status_to_json(const StatusReport& report);
nlohmann::ordered_json document_to_json(const PlanDocument& document);

// Two-space indented text ending in a newline; invalid UTF-8 is replaced by U+FFFD so the
// output is always valid UTF-8. Keys keep a fixed order (report, version, plan first), so the
// output is reproducible.
std::string dump_json(const nlohmann::ordered_json& document);

}  // namespace iwg
