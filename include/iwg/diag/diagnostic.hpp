// Findings about a plan: every problem the loader and the checks see, collected, never thrown.
#pragma once

#include <concepts>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/diag/location.hpp"
#include "iwg/diag/rules.hpp"

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
    // How many findings this one stands for: more than one for a finding that counts the rest
    // (limit_each_rule_per_file's "N more").
    std::size_t stands_for = 1;
};

// What accepts findings as they are made: the plan's allow comments (plan/allow's
// AllowComments), which live above this floor, since they read the plan's files.
class FindingAcceptor {
  public:
    // The reason a finding of `rule` at `location` is accepted; nullptr if it is not.
    virtual const std::string* accept(const Rule& rule, const Location& location) = 0;

  protected:
    ~FindingAcceptor() = default;
};

// What one rule may list about one file before the rest are counted, not listed.
inline constexpr std::size_t findings_per_rule_and_file = 100;

// The findings about a plan. Each rule keeps only the first findings in each file (by position)
// and counts the rest, as they are added, so that a file that makes one finding thousands of
// times costs no more memory than one that makes it a hundred times.
class Diagnostics {
  public:
    // Adds a finding with the rule's severity. Past the cap it is only counted, and the
    // Diagnostic returned is a scratch one that nothing reads: callers need not tell.
    Diagnostic& add(const Rule& rule, Location location, std::string message,
                    std::string hint = {});
    // As add(), but `message` is a function called only for a finding that is kept: for
    // checks that may repeat one finding thousands of times.
    template <std::invocable Message>
    Diagnostic& add(const Rule& rule, Location location, Message&& message, std::string hint = {}) {
        Diagnostic* d = admit(rule, std::move(location));
        return d == nullptr ? counted_ : describe(*d, message(), std::move(hint));
    }

    // While set, findings are accepted by these allow comments as they are added (the cap
    // keeps the first unaccepted findings too: load_checked_plan lists those). Unset: nullptr.
    void accept_with(FindingAcceptor* allows) { allows_ = allows; }

    // The findings kept. Changes made through items() bypass the cap's bookkeeping.
    const std::vector<Diagnostic>& items() const { return items_; }
    std::vector<Diagnostic>& items() { return items_; }
    bool empty() const { return items_.empty() && counted_total_ == 0; }
    // Every finding added, kept or counted: each add() makes it one more (the loader tells by
    // it whether an item had a problem).
    std::size_t size() const { return items_.size() + counted_total_; }

    // Findings not accepted by an allow comment, kept or counted.
    std::size_t error_count() const;
    std::size_t warning_count() const;
    std::size_t accepted_count() const;
    // True when some finding means the input could not be read at all (exit 2).
    bool has_input_error() const;

    // The errors no allow comment accepted, capped and counted as if added on their own.
    Diagnostics unaccepted_errors() const;

    void append(const Diagnostics& other);
    // Sorts by file, then position, then rule; stable for equal keys.
    void sort();

    // Lists the first findings_per_rule_and_file findings of each rule in each file and
    // replaces the rest, kept or counted, by one finding that counts them, so that a hostile
    // file cannot make the output huge. Call after sort(), and last: it ends the counting.
    void limit_each_rule_per_file();

  private:
    // Per rule and file: which findings the cap keeps, and how many it only counted. Kept are
    // the first findings_per_rule_and_file + 1 (the last becomes limit_each_rule_per_file's
    // "N more" finding), and as many unaccepted ones, for unaccepted_errors().
    struct Tally {
        struct Kept {
            Position start;
            bool accepted = false;
        };
        std::vector<Kept> kept;  // in list order: by position, then as added
        std::size_t counted = 0;
        std::size_t counted_accepted = 0;
    };

    // The new finding of `rule` at `location`, accepted or not, still without its message;
    // nullptr if it is only counted.
    Diagnostic* admit(const Rule& rule, Location location);
    Diagnostic& describe(Diagnostic& d, std::string message, std::string hint);
    Tally& tally(const std::string& file, const Rule& rule);
    // The cap: whether a finding at `start` is kept (making room for it) or only counted.
    bool keep(const std::string& file, const Rule& rule, Position start, bool accepted);
    // Removes the kept finding that is the `tie`-th (from 0) of its rule at `start` in `file`.
    void remove_kept(const std::string& file, const Rule& rule, Position start, std::size_t tie);
    void store(const Diagnostic& d);  // a finding made elsewhere, through the cap
    void count(Tally& t, std::size_t findings, std::size_t accepted);
    std::size_t unaccepted(Severity severity) const;

    std::vector<Diagnostic> items_;
    std::map<std::string, std::map<const Rule*, Tally>, std::less<>> tallies_;
    std::size_t counted_total_ = 0;  // the sum of the tallies' `counted`
    FindingAcceptor* allows_ = nullptr;
    Diagnostic counted_;  // add()'s answer for a finding only counted
};

// Exit codes, shared by every command (documented in --help and docs/).
inline constexpr int exit_ok = 0;
inline constexpr int exit_plan_errors = 1;
inline constexpr int exit_usage = 2;

// 2 if any input could not be read; 1 if errors (or warnings when strict); else 0.
int exit_code_for(const Diagnostics& diagnostics, bool strict);

}  // namespace iwg
