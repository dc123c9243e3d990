#include "iwg/diag/diagnostic.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

namespace iwg {

namespace {

// Kept per rule and file: the findings listed, and the one that will count the rest.
constexpr std::size_t kept_per_rule_and_file = findings_per_rule_and_file + 1;

}  // namespace

Diagnostic& Diagnostics::add(const Rule& rule, Location location, std::string message,
                             std::string hint) {
    Diagnostic* d = admit(rule, std::move(location));
    return d == nullptr ? counted_ : describe(*d, std::move(message), std::move(hint));
}

Diagnostic* Diagnostics::admit(const Rule& rule, Location location) {
    const std::string* reason = allows_ == nullptr ? nullptr : allows_->accept(rule, location);
    if (!keep(location.file, rule, location.start, reason != nullptr)) {
        counted_ = Diagnostic{};
        return nullptr;
    }
    Diagnostic& d = items_.emplace_back();
    d.rule = &rule;
    d.severity = rule.severity;
    d.location = std::move(location);
    if (reason != nullptr) {
        d.accepted = true;
        d.justification = *reason;
    }
    return &d;
}

Diagnostic& Diagnostics::describe(Diagnostic& d, std::string message, std::string hint) {
    // Messages quote plan text as it is: each format escapes it where it is printed.
    d.message = std::move(message);
    d.hint = std::move(hint);
    return d;
}

Diagnostics::Tally& Diagnostics::tally(const std::string& file, const Rule& rule) {
    return tallies_[file][&rule];
}

bool Diagnostics::keep(const std::string& file, const Rule& rule, Position start, bool accepted) {
    Tally& t = tally(file, rule);
    auto& kept = t.kept;
    // After the kept findings at or before `start`: sort() is stable, so ties stay as added.
    const auto at = std::upper_bound(kept.begin(), kept.end(), start,
                                     [](Position p, const Tally::Kept& k) { return p < k.start; });
    const auto before = static_cast<std::size_t>(at - kept.begin());
    const auto unaccepted_before = static_cast<std::size_t>(
        std::count_if(kept.begin(), at, [](const Tally::Kept& k) { return !k.accepted; }));
    if (before >= kept_per_rule_and_file &&
        (accepted || unaccepted_before >= kept_per_rule_and_file)) {
        count(t, 1, accepted ? 1U : 0U);
        return false;
    }
    kept.insert(at, {start, accepted});
    // A finding before the last kept ones (added out of order) pushes those out: counted now.
    std::size_t rank = 0;
    std::size_t unaccepted_rank = 0;
    for (std::size_t i = 0; i < kept.size();) {
        const bool listed = rank++ < kept_per_rule_and_file;
        const bool listed_unaccepted =
            !kept[i].accepted && unaccepted_rank++ < kept_per_rule_and_file;
        if (listed || listed_unaccepted) {
            ++i;
            continue;
        }
        std::size_t tie = 0;
        while (tie < i && kept[i - tie - 1].start == kept[i].start) {
            ++tie;
        }
        count(t, 1, kept[i].accepted ? 1U : 0U);
        const Position pushed_out = kept[i].start;
        kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
        remove_kept(file, rule, pushed_out, tie);
    }
    return true;
}

void Diagnostics::count(Tally& t, std::size_t findings, std::size_t accepted) {
    t.counted += findings;
    t.counted_accepted += accepted;
    counted_total_ += findings;
}

void Diagnostics::remove_kept(const std::string& file, const Rule& rule, Position start,
                              std::size_t tie) {
    // items_ holds the findings of one rule at one position in the order they came (sort()
    // and append() keep it). A linear search: only findings added out of order get here.
    for (auto it = items_.begin(); it != items_.end(); ++it) {
        if (it->rule == &rule && it->location.start == start && it->location.file == file &&
            tie-- == 0) {
            items_.erase(it);
            return;
        }
    }
}

void Diagnostics::store(const Diagnostic& d) {
    if (keep(d.location.file, *d.rule, d.location.start, d.accepted)) {
        items_.push_back(d);
    }
}

std::size_t Diagnostics::unaccepted(Severity severity) const {
    auto n =
        static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [&](const auto& d) {
            return !d.accepted && d.severity == severity;
        }));
    for (const auto& [file, by_rule] : tallies_) {
        for (const auto& [rule, t] : by_rule) {
            if (rule->severity == severity) {
                n += t.counted - t.counted_accepted;
            }
        }
    }
    return n;
}

std::size_t Diagnostics::error_count() const {
    return unaccepted(Severity::error);
}

std::size_t Diagnostics::warning_count() const {
    return unaccepted(Severity::warning);
}

std::size_t Diagnostics::accepted_count() const {
    auto n = static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [](const auto& d) { return d.accepted; }));
    for (const auto& [file, by_rule] : tallies_) {
        for (const auto& [rule, t] : by_rule) {
            n += t.counted_accepted;
        }
    }
    return n;
}

bool Diagnostics::has_input_error() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.rule->input_error; });
}

Diagnostics Diagnostics::unaccepted_errors() const {
    Diagnostics errors;
    for (const auto& d : items_) {
        if (d.severity == Severity::error && !d.accepted) {
            errors.store(d);
        }
    }
    for (const auto& [file, by_rule] : tallies_) {
        for (const auto& [rule, t] : by_rule) {
            if (rule->severity == Severity::error) {
                errors.count(errors.tally(file, *rule), t.counted - t.counted_accepted, 0);
            }
        }
    }
    return errors;
}

void Diagnostics::append(const Diagnostics& other) {
    // Through the cap: other's findings come after this one's, as they would in one list.
    for (const auto& d : other.items_) {
        store(d);
    }
    for (const auto& [file, by_rule] : other.tallies_) {
        for (const auto& [rule, t] : by_rule) {
            count(tally(file, *rule), t.counted, t.counted_accepted);
        }
    }
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.location.file, a.location.start, a.rule->id) <
               std::tie(b.location.file, b.location.start, b.rule->id);
    });
}

void Diagnostics::limit_each_rule_per_file() {
    constexpr std::size_t limit = findings_per_rule_and_file;
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
        std::size_t hidden = seen[{more.location.file, more.rule}] - limit;
        if (const auto file = tallies_.find(more.location.file); file != tallies_.end()) {
            if (const auto t = file->second.find(more.rule); t != file->second.end()) {
                hidden += t->second.counted;
            }
        }
        more.stands_for = hidden;
        more.message = fmt::format("{} more {} finding{} in this file, from here on, not shown",
                                   hidden, more.rule->id, hidden == 1 ? "" : "s");
    }
    items_ = std::move(kept);
    tallies_.clear();  // the "more" findings count what was counted
    counted_total_ = 0;
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
