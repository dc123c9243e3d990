// JSON documents for reports: one versioned document per report, built from the report's
// data (never from its layout). Field names are stable; see docs/json-output.md.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

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

// Each report's document as dump_json writes it, built a row at a time (JsonWriter).
std::string render_agenda_json(const AgendaReport& report);
std::string render_summary_json(const SummaryReport& report);
// `summary --all`: {"report": "plans", "version": 1, "as_of", "plans": [...]}.
std::string render_plans_overview_json(const PlansOverview& overview);
std::string render_status_json(const StatusReport& report);
std::string render_document_json(const PlanDocument& document);

// Two-space indented text ending in a newline; invalid UTF-8 is replaced by U+FFFD so the
// output is always valid UTF-8. Keys keep a fixed order (report, version, plan first), so the
// output is reproducible.
std::string dump_json(const nlohmann::ordered_json& document);
// The bytes `value` takes in a document that dump_json writes, as an item `depth` levels deep,
// with the separator before it: for a budget that must know an item's size before adding it.
std::size_t dumped_size(const nlohmann::ordered_json& value, std::size_t depth);

// Writes a document exactly as dump_json writes it whole, but a member or an item at a time,
// so that a report's rows become JSON one by one: a large plan's report as one JSON tree took
// more memory than the text it dumps to.
class JsonWriter {
  public:
    void begin_object() { open('{'); }
    void begin_array() { open('['); }
    void end();  // closes the innermost object or array
    // Names the member that the next value, object or array is.
    void key(std::string_view name);
    void value(const nlohmann::ordered_json& value);
    void member(std::string_view name, const nlohmann::ordered_json& value) {
        key(name);
        this->value(value);
    }
    // The text, as dump_json ends it. Call once every object and array is closed.
    std::string finish() &&;

  private:
    struct Level {
        char close;
        bool empty = true;
    };
    void open(char bracket);
    void start_item();  // a comma, a new line and the indent, unless a key came just before

    std::string text_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

}  // namespace iwg
