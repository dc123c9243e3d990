// `iwg validate --format json`: one document, layout version validation_json_version.
#include <nlohmann/json.hpp>

#include "iwg/render/report_json.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/util/version.hpp"

namespace iwg {
namespace {

using nlohmann::ordered_json;

// A position's line and column, or nulls for a finding about a whole file.
void put_position(ordered_json& out, const Position& position) {
    if (position.known()) {
        out["line"] = position.line;
        out["column"] = position.column;
    } else {
        out["line"] = nullptr;
        out["column"] = nullptr;
    }
}

ordered_json finding(const Diagnostic& d) {
    ordered_json out;
    out["file"] = d.location.file;
    put_position(out, d.location.start);
    if (d.location.start.known() && d.location.end.known()) {
        out["end"] = {{"line", d.location.end.line}, {"column", d.location.end.column}};
    } else {
        out["end"] = nullptr;
    }
    out["rule"] = d.rule->id;
    out["severity"] = std::string(to_string(d.severity));
    out["message"] = d.message;
    out["hint"] = d.hint.empty() ? ordered_json(nullptr) : ordered_json(d.hint);
    if (d.related) {
        ordered_json related;
        related["file"] = d.related->file;
        put_position(related, d.related->start);
        related["message"] = d.related_message;
        out["related"] = std::move(related);
    } else {
        out["related"] = nullptr;
    }
    out["accepted"] = d.accepted;
    out["justification"] = d.accepted ? ordered_json(d.justification) : ordered_json(nullptr);
    return out;
}

}  // namespace

std::string render_validation_json(const ValidationReport& report) {
    ordered_json doc;
    doc["version"] = validation_json_version;
    doc["tool"] = {{"name", "iwg"}, {"version", version()}};
    doc["summary"] = {{"errors", report.errors},
                      {"warnings", report.warnings},
                      {"files", report.files.size()},
                      {"accepted", report.accepted}};
    // One entry per plan, also for a single plan, so that scripts need no special case.
    doc["plans"] = ordered_json::array();
    for (const auto& plan : report.plans) {
        doc["plans"].push_back({{"path", plan.path},
                                {"errors", plan.errors},
                                {"warnings", plan.warnings},
                                {"accepted", plan.accepted},
                                {"files", plan.files}});
    }
    doc["files"] = report.files;
    doc["findings"] = ordered_json::array();
    const std::size_t before = dump_json(doc).size() + validation_tail_reserve;
    const std::size_t room = report.output_budget > before ? report.output_budget - before : 0;
    const std::size_t listed = listed_findings(
        report, room, [](const Diagnostic& d) { return dumped_size(finding(d), 2); });
    for (std::size_t i = 0; i < listed; ++i) {
        doc["findings"].push_back(finding(report.diagnostics[i]));
    }
    if (const auto more = unlisted_findings(report, listed, true)) {
        doc["findings"].push_back(finding(*more));
    }
    // Paths come from the command line and may not be UTF-8: replace, never throw.
    return dump_json(doc);
}

}  // namespace iwg
