// A repository of plans: where the plans under a path are, and checking them all.
//
// A path is a plan file, a plan directory (it holds *.yaml files), or a directory of plans:
// year directories (plans/2024, plans/2025, …), or group directories that hold year
// directories (plans/<group>/<year>). A YAML file in a directory that holds a plan.yaml stands
// for that directory's plan; any other YAML file is a plan of its own. Every directory under
// the path that holds plan files is read as a plan or named in a finding: E303 where the
// layout cannot tell what is what (plan files beside year or group directories, years beside
// groups; all of them still checked), W302 where it is skipped. docs/plan-format.md ("A
// repository of plans") states the same rule for users, as a table.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/plan/loader.hpp"
#include "iwg/plan/plan.hpp"

namespace iwg {

struct PlanLocation {
    std::string path;         // a plan directory or a plan file, as found
    std::string group;        // the group directory's name; empty without one
    std::optional<int> year;  // the name of the plan's directory, when it is a year
    // The directory of plans it was found in ("" for a plan named directly): plans of one
    // such directory belong to one group and must agree on `group`.
    std::string parent;
    // The directory of plans it was found under (the path given); "" for a plan named
    // directly. Two plans of one repository must not be for the same group and year.
    std::string repository;
    // The directory its files must lie in once every link is resolved: the path given, or
    // the directory of a file given (nothing outside it is read, docs/security.md).
    std::string root{};

    friend bool operator==(const PlanLocation&, const PlanLocation&) = default;
};

struct Repository {
    std::vector<PlanLocation> plans;  // sorted by path, no repeats
    Diagnostics findings;             // the layout's: skipped paths, mixed or unreadable dirs

    // The groups' directory names, sorted; empty when no plan is in a group directory.
    std::vector<std::string> groups() const;
};

// A directory name that is a year: four digits, not starting with 0.
bool is_year_name(std::string_view name);

// The plan that a file stands for: its directory if that holds a plan.yaml (or plan.yml),
// else the file itself. Directories stand for themselves.
std::string plan_path_for(const std::string& path);

// Finds the plans under each path (see the top of this file). Never throws: a path that does
// not exist or cannot be listed is a finding.
Repository find_plans(const std::vector<std::string>& paths);

// Why `group` names no group directory of the repository (with a did-you-mean), or nullopt.
std::optional<std::string> unknown_group(const Repository& repository, std::string_view group);

// The one plan a report shows: of `group` when given (required when there are several
// groups), then the plan of `year`, else the latest. An error message when none fits.
tl::expected<PlanLocation, std::string> choose_plan(const Repository& repository,
                                                    std::string_view group, int year);

// Findings about where a plan is: a plan in a year directory must say that year (E301).
void check_plan_location(const Plan& plan, const PlanLocation& location, Diagnostics& diagnostics);

// What every command runs before it reports or validates: loads the plan at `location`, its
// files read only inside the location's root, and checks it (check_plan_at).
LoadResult load_plan_at(const PlanLocation& location, LoadOptions options);

// load_plan_at's checks on a plan already loaded: check_loaded_plan, then where it is
// (check_plan_location), then the findings sorted by file and position, so that every command
// lists them in one order.
void check_plan_at(LoadResult& result, const PlanLocation& location);

// One plan, checked: its findings, and the texts they point into (only the files with
// findings are kept, so that checking thousands of plans holds one plan per worker).
// A plan's value kept after the plan is gone, with where it was.
template <class T>
struct LocatedInFile {
    T value{};
    Location location;
};

template <class T>
LocatedInFile<T> keep_located(const Plan& plan, const Located<T>& located) {
    return {located.value, plan.locate(located.location)};
}

struct CheckedPlan {
    PlanLocation location;
    std::vector<std::string> files;
    Diagnostics diagnostics;  // sorted
    std::vector<std::shared_ptr<const SourceFile>> sources;
    LocatedInFile<std::string> group;  // as the plan says, for the checks across plans
    LocatedInFile<int> year;
    std::vector<AllowComment> waiting_allows;  // LoadResult's: judged across plans
};

// Loads and checks every plan of the repository on `jobs` threads (at least 1), then checks
// across plans (E302 duplicate plans, W301 disagreeing groups). The result is in the
// repository's order, whatever the scheduling.
std::vector<CheckedPlan> check_repository(const Repository& repository, const LoadOptions& options,
                                          unsigned jobs);

}  // namespace iwg
