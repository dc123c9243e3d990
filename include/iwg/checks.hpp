// Semantic checks over a decoded plan (references, dates, months, coverage).
#pragma once

#include "iwg/diagnostic.hpp"
#include "iwg/plan.hpp"

namespace iwg {

// Adds every semantic finding about `plan` to `diagnostics`. Structure and types were
// checked by the loader; this sees only well-typed values.
void check_plan(const Plan& plan, Diagnostics& diagnostics);

}  // namespace iwg
