#include "iwg/plan/diagnostic.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "iwg/render/terminal.hpp"

namespace iwg {

Diagnostic& Diagnostics::add(const Rule& rule, Location location, std::string message,
                             std::string hint) {
    Diagnostic& d = items_.emplace_back();
    d.rule = &rule;
    d.severity = rule.severity;
    // Messages quote plan text; every format gets them as one printable line.
    d.message = sanitize_for_terminal(message);
    d.hint = sanitize_for_terminal(hint);
    d.location = std::move(location);
    return d;
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const auto& d) {
        return !d.accepted && d.severity == Severity::error;
    }));
}

std::size_t Diagnostics::warning_count() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const auto& d) {
        return !d.accepted && d.severity == Severity::warning;
    }));
}

std::size_t Diagnostics::accepted_count() const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [](const auto& d) { return d.accepted; }));
}

bool Diagnostics::has_input_error() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.rule->input_error; });
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.location.file, a.location.start, a.rule->id) <
               std::tie(b.location.file, b.location.start, b.rule->id);
    });
}

void Diagnostics::limit_each_rule_per_file(std::size_t limit) {
    std::map<std::pair<std::string, const Rule*>, std::size_t> seen;
    std::vector<Diagnostic> kept;
    std::vector<std::size_t> summaries;  // index in `kept` of each rule's "more" finding
    for (auto& d : items_) {
        std::size_t& count = seen[{d.location.file, d.rule}];
        ++count;
        if (count <= limit) {
            kept.push_back(std::move(d));
        } else if (count == limit + 1) {
            Diagnostic more = d;
            more.hint.clear();
            more.related.reset();
            more.related_message.clear();
            summaries.push_back(kept.size());
            kept.push_back(std::move(more));
        }
    }
    for (const std::size_t index : summaries) {
        Diagnostic& more = kept[index];
        const std::size_t hidden = seen[{more.location.file, more.rule}] - limit;
        more.message = fmt::format("{} more {} finding{} in this file, from here on, not shown",
                                   hidden, more.rule->id, hidden == 1 ? "" : "s");
    }
    items_ = std::move(kept);
}

int exit_code_for(const Diagnostics& diagnostics, bool strict) {
    if (diagnostics.has_input_error()) {
        return exit_usage;
    }
    if (diagnostics.error_count() > 0 || (strict && diagnostics.warning_count() > 0)) {
        return exit_plan_errors;
    }
    return exit_ok;
}

}  // namespace iwg
