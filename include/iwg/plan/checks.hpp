// Semantic checks over a decoded plan (references, dates, months, coverage).
#pragma once

#include <string>

#include "iwg/plan/diagnostic.hpp"
#include "iwg/plan/loader.hpp"
#include "iwg/plan/plan.hpp"

namespace iwg {

// Adds every semantic finding about `plan` to `diagnostics` (rules E2xx, W2xx). Structure and
// types were checked by the loader, whose findings `diagnostics` already holds: the plan may be
// partly decoded, and the checks stay quiet where a loader error could be the cause (an item
// whose id failed to decode, a list that may lack items), so one mistake is reported once.
void check_plan(const Plan& plan, Diagnostics& diagnostics);

// Loads the plan at `path`, checks it unless some input could not be read, and sorts the
// findings (by file, then position): what every command does before it reports.
LoadResult load_and_check_plan(const std::string& path, const LoadOptions& options);

// load_and_check_plan's checks on a plan already loaded (by load_plan or load_plan_texts).
void check_loaded_plan(LoadResult& result);

}  // namespace iwg
