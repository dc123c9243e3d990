// Allow comments: a plan says that a finding is intended, in the line it is about.
//
//     - topic: Data projects fair  # iwg: allow W204 -- the source gives this row no month
//
// An allow on a line of its own accepts the findings of the next line that is not blank or a
// comment. Only rules marked `acceptable` can be accepted; the reason after `--` is required.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/input/source.hpp"

namespace iwg {

struct AllowComment {
    std::vector<const Rule*> rules;
    std::string reason;
    Location location;   // the comment, from its '#'
    int applies_to = 0;  // the line whose findings it accepts
};

// The allow comments of one file. A malformed one (no reason, an unknown rule, a rule that
// cannot be accepted) is reported as W401 and not returned.
std::vector<AllowComment> find_allow_comments(const SourceFile& source, Diagnostics& findings);

// The allow comments of a plan's files, which accept findings as they are made
// (Diagnostics::accept_with), and then tell which allows accepted nothing. check_loaded_plan
// reports unused allows only if the loader found no errors, since those may have kept the
// checks quiet and the allow may then be right after all.
class AllowComments final : public FindingAcceptor {
  public:
    // Reads the allows of `sources`, reporting malformed ones to `findings`.
    AllowComments(const std::vector<const SourceFile*>& sources, Diagnostics& findings);
    // Allows read before (waiting()), to judge again.
    explicit AllowComments(std::vector<AllowComment> allows);

    // The reason of the allow that accepts a finding of `rule` at `location`, which counts as
    // used; nullptr if none does.
    const std::string* accept(const Rule& rule, const Location& location) override;

    // Reports each allow that accepted nothing (W402), except those that name a rule made
    // across plans (W301), unless `across_plans_checked`: they wait for that check.
    void report_unused(Diagnostics& findings, bool across_plans_checked = false) const;
    // The allows that accepted nothing and name a rule made across plans (W301), which
    // check_repository makes after every plan's allows were matched.
    std::vector<AllowComment> waiting() const;

  private:
    void index();  // fills by_line_ and used_ from allows_

    std::vector<AllowComment> allows_;
    // (file, line) -> the allows for that line; findings look themselves up once each.
    std::map<std::pair<std::string_view, int>, std::vector<std::size_t>> by_line_;
    std::vector<bool> used_;
};

}  // namespace iwg
