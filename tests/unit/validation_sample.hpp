// A small validation report for the report's and the renderers' tests: three findings in three
// files, a warning with a hint, an error with a related place, and one about the whole plan.
#pragma once

#include "iwg/diag/diagnostic.hpp"
#include "iwg/diag/rules.hpp"
#include "iwg/report/validation.hpp"

namespace iwg::test {

inline ValidationReport sample_validation_report() {
    Diagnostics d;
    d.add(rules::unscheduled_row, Location{"p/m.yaml", {3, 5}, {}}, "row 'x' has no month",
          "add its month");
    Diagnostic& dup =
        d.add(rules::duplicate_id, Location{"p/g.yaml", {4, 9}, {4, 11}}, "duplicate goal id 'G1'");
    dup.related = Location{"p/g.yaml", {2, 9}, {}};
    dup.related_message = "first defined";
    d.add(rules::empty_plan, Location{"p/a.yaml", {}, {}}, "the plan has no goals");
    return build_validation_report({"p/a.yaml", "p/g.yaml", "p/m.yaml", "p/g.yaml"}, d);
}

}  // namespace iwg::test
