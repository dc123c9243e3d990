// Findings as one line each, "line:column RULE message [related line:column]", for exact
// comparisons in tests.
#pragma once

#include <string>

#include "iwg/diag/diagnostic.hpp"

namespace iwg::test {

inline std::string describe_findings(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.items()) {
        out += std::to_string(d.location.start.line) + ":" +
               std::to_string(d.location.start.column) + " " + std::string(d.rule->id) + " " +
               d.message;
        if (d.related) {
            out += " [" + d.related_message + " " + std::to_string(d.related->start.line) + ":" +
                   std::to_string(d.related->start.column) + "]";
        }
        out += "\n";
    }
    return out;
}

}  // namespace iwg::test
