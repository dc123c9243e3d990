// Allow comments: a plan says that a finding is intended, in the line it is about.
//
//     - topic: Data projects fair  # iwg: allow W204 -- the source gives this row no month
//
// An allow on a line of its own accepts the findings of the next line that is not blank or a
// comment. Only rules marked `acceptable` can be accepted; the reason after `--` is required.
#pragma once

#include <string>
#include <vector>

#include "iwg/input/source.hpp"
#include "iwg/plan/diagnostic.hpp"

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

// Marks the findings that the allow comments of `sources` accept. An allow that accepts
// nothing is reported (W402) when `report_unused`: callers pass false when loader errors may
// have kept the checks quiet, since the allow may then be right after all.
void apply_allow_comments(const std::vector<const SourceFile*>& sources, Diagnostics& diagnostics,
                          bool report_unused);

}  // namespace iwg
