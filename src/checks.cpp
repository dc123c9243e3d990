#include "iwg/checks.hpp"

namespace iwg {

void check_plan(const Plan& /*plan*/, Diagnostics& /*diagnostics*/) {}

}  // namespace iwg
