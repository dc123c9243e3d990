// Findings about a plan: every problem the loader and the checks see, collected, never thrown.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/input/source.hpp"
#include "iwg/plan/rules.hpp"

namespace iwg {

struct Diagnostic {
    const Rule* rule = nullptr;  // one of rules.hpp's constants; set by Diagnostics::add
    Severity severity = Severity::error;
    std::string message;
    std::string hint;  // a likely fix, or empty
    Location location;
    // A second place that explains the first, e.g. where a duplicate key was first defined.
    std::optional<Location> related;
    std::string related_message;
    // Accepted by an allow comment (`# iwg: allow ID -- reason`): still listed by the JSON and
    // SARIF output, but it counts for neither the exit code nor --strict.
    bool accepted = false;
    std::string justification;  // the allow comment's reason
};

class Diagnostics {
  public:
    // Adds a finding with the rule's severity.
    Diagnostic& add(const Rule& rule, Location location, std::string message,
                    std::string hint = {});

    const std::vector<Diagnostic>& items() const { return items_; }
    std::vector<Diagnostic>& items() { return items_; }
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }

    // Findings not accepted by an allow comment.
    std::size_t error_count() const;
    std::size_t warning_count() const;
    std::size_t accepted_count() const;
    // True when some finding means the input could not be read at all (exit 2).
    bool has_input_error() const;

    void append(const Diagnostics& other);
    // Sorts by file, then position, then rule; stable for equal keys.
    void sort();

    // Keeps the first `limit` findings of each rule in each file (in the current order) and
    // replaces the rest by one finding that counts them, so that a hostile file cannot make
    // the output huge. Call after sort().
    void limit_each_rule_per_file(std::size_t limit);

  private:
    std::vector<Diagnostic> items_;
};

// What one rule may list about one file before the rest are counted, not listed.
inline constexpr std::size_t findings_per_rule_and_file = 100;

// Exit codes, shared by every command (documented in --help and docs/).
inline constexpr int exit_ok = 0;
inline constexpr int exit_plan_errors = 1;
inline constexpr int exit_usage = 2;

// 2 if any input could not be read; 1 if errors (or warnings when strict); else 0.
int exit_code_for(const Diagnostics& diagnostics, bool strict);

}  // namespace iwg
