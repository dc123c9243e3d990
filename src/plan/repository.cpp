#include "iwg/plan/repository.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <thread>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "iwg/plan/checks.hpp"
#include "iwg/util/suggest.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {
namespace fs = std::filesystem;

namespace {

bool looks_like_year(std::string_view name) {
    return name.size() >= 4 && is_decimal_digits(name.substr(0, 4));
}

std::optional<int> year_of_directory(const fs::path& directory) {
    const std::string name = directory.filename().string();
    if (is_year_name(name)) {
        return std::stoi(name);
    }
    return std::nullopt;
}

// Git's own directory: a pull request adds nothing to it, and it can be large.
bool is_git_directory(std::string_view name) {
    return name == ".git";
}

fs::path canonical_or_empty(const fs::path& path) {
    std::error_code ec;
    fs::path canonical = fs::canonical(path, ec);
    return ec ? fs::path() : canonical;
}

bool is_within(const fs::path& path, const fs::path& root) {
    const auto [end, _] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return end == root.end();
}

// A plan file somewhere under `directory` (links inside it not followed), as a path relative
// to it: nullopt when there is none, "" when the directory cannot be listed (it may hold one).
std::optional<std::string> plan_file_under(const fs::path& directory) {
    std::error_code ec;
    fs::recursive_directory_iterator it(directory, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code type_ec;
        if (is_git_directory(name)) {
            it.disable_recursion_pending();
        } else if (is_plan_file_name(name) && !it->is_directory(type_ec)) {
            return it->path().lexically_relative(directory).generic_string();
        }
    }
    return ec ? std::optional<std::string>("") : std::nullopt;
}

struct Entry {
    std::string name;
    fs::path path;
    bool directory = false;  // a directory, or a link to one
    bool link = false;
    bool plan_file = false;
};

// Walks a directory of plans: two levels at most (groups, then years), so no link loop can
// make it go on; links to directories are followed only inside the repository, once each.
// Every directory under the path that holds plan files is read as a plan or named in a
// finding (docs/plan-format.md, "A repository of plans").
class Finder {
  public:
    explicit Finder(Repository& repository) : repository_(repository) {}

    void add_path(const std::string& path) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            repository_.findings.add(rules::unreadable, Location{path, {}, {}},
                                     ec && ec != std::errc::no_such_file_or_directory
                                         ? fmt::format("cannot read: {}", ec.message())
                                         : std::string("no such file or directory"));
            return;
        }
        if (!fs::is_directory(status)) {
            // A file named by itself: its plan may read the files of its directory.
            const std::string plan = plan_path_for(path);
            const fs::path directory = fs::path(path).parent_path();
            add_plan({plan,
                      {},
                      plan == path ? std::nullopt : year_of_directory(plan),
                      {},
                      {},
                      directory.empty() ? std::string(".") : directory.string()});
            return;
        }
        root_ = canonical_or_empty(path);
        root_path_ = path;
        if (!root_.empty()) {
            seen_.emplace(root_.string(), path);
        }
        add_directory(path, /*group=*/{}, /*may_hold_groups=*/true);
    }

  private:
    void add_plan(PlanLocation location) { repository_.plans.push_back(std::move(location)); }

    void skip(const fs::path& path, std::string why) {
        repository_.findings.add(rules::skipped_path, Location{path.string(), {}, {}},
                                 fmt::format("skipped: {}", why));
    }

    // The entries of `directory`, sorted by name; nullopt if it cannot be listed. With
    // `report`, what cannot be read is a finding (a plan directory's loader reports its own).
    std::optional<std::vector<Entry>> list(const fs::path& directory, bool report) {
        std::vector<Entry> entries;
        std::error_code ec;
        for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
            Entry entry;
            entry.name = it->path().filename().string();
            entry.path = directory / entry.name;
            std::error_code type_ec;
            entry.directory = it->is_directory(type_ec);
            entry.link = it->is_symlink(type_ec);
            entry.plan_file = !entry.directory && is_plan_file_name(entry.name);
            if (entry.link && !entry.directory && !entry.plan_file && !it->exists(type_ec)) {
                // A link that cannot be followed: a loop, or a missing target. (A plan file's
                // is reported by the loader, which tries to read it.)
                if (report && !entry.name.starts_with(".")) {
                    skip(entry.path,
                         "a symbolic link that cannot be followed (a loop, or its "
                         "target is missing)");
                }
                continue;
            }
            entries.push_back(std::move(entry));
        }
        if (ec) {
            if (report) {
                repository_.findings.add(
                    rules::unreadable, Location{directory.string(), {}, {}},
                    fmt::format("cannot list the directory: {}", ec.message()));
            }
            return std::nullopt;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry& a, const Entry& b) { return a.name < b.name; });
        return entries;
    }

    // Nothing outside the repository is read, not even listed: a link to a directory outside
    // it is skipped (as is every link when the repository's own place is unknown).
    bool inside_repository(const Entry& entry) {
        if (!entry.link) {
            return true;
        }
        const fs::path canonical = canonical_or_empty(entry.path);
        if (!root_.empty() && !canonical.empty() && is_within(canonical, root_)) {
            return true;
        }
        skip(entry.path, "a symbolic link to a directory outside the repository");
        return false;
    }

    // Each directory is read once however many links lead to it.
    bool admit(const Entry& entry) {
        const fs::path canonical = canonical_or_empty(entry.path);
        if (!canonical.empty()) {
            const auto [it, inserted] = seen_.emplace(canonical.string(), entry.path.string());
            if (!inserted) {
                skip(entry.path, fmt::format("the same directory as '{}'", it->second));
                return false;
            }
        }
        return true;
    }

    // A directory no command reads is named when it holds plan files: nothing that looks like
    // a plan is left out of validation without a word.
    void skip_if_holds_plan_files(const Entry& entry, std::string_view what) {
        if (const auto file = plan_file_under(entry.path)) {
            skip(entry.path,
                 file->empty()
                     ? fmt::format("{} that cannot be listed; no command reads it", what)
                     : fmt::format("{} that holds plan files (such as {}); no command reads them",
                                   what, quote_for_message(*file)));
        }
    }

    // A plan directory's subdirectories are not part of its plan.
    void skip_subdirectories(const fs::path& plan_directory, const std::vector<Entry>& entries) {
        for (const Entry& entry : entries) {
            if (entry.directory && !is_git_directory(entry.name) && inside_repository(entry)) {
                skip_if_holds_plan_files(entry,
                                         fmt::format("a directory inside the plan directory '{}'",
                                                     plan_directory.string()));
            }
        }
    }

    bool holds_year_directories(const fs::path& directory) {
        std::error_code ec;
        for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (is_year_name(it->path().filename().string()) && it->is_directory(type_ec)) {
                return true;
            }
        }
        return false;
    }

    // E303: one directory, several layouts. Every plan in it is still checked.
    void report_mixed_layout(const fs::path& directory, bool plan_files,
                             const std::vector<const Entry*>& years,
                             const std::vector<const Entry*>& groups) {
        std::vector<std::string> parts;
        if (plan_files) {
            parts.emplace_back("plan files");
        }
        if (!years.empty()) {
            parts.push_back(fmt::format("year directories (such as '{}')", years.front()->name));
        }
        if (!groups.empty()) {
            parts.push_back(fmt::format("group directories (such as '{}')", groups.front()->name));
        }
        if (parts.size() < 2) {
            return;
        }
        const std::string held = parts.size() == 2
                                     ? fmt::format("{} and {}", parts[0], parts[1])
                                     : fmt::format("{}, {} and {}", parts[0], parts[1], parts[2]);
        std::string hint;  // plan files beside years: the rule's help says it
        if (!groups.empty()) {
            hint = plan_files ? fmt::format(
                                    "move the plan files into the year directory of "
                                    "their group ('{}/GROUP/YEAR')",
                                    directory.string())
                              : fmt::format(
                                    "move the year directories into a group directory "
                                    "('{}/GROUP/{}'), so that --group can name them",
                                    directory.string(), years.front()->name);
        }
        repository_.findings.add(rules::mixed_layout, Location{directory.string(), {}, {}},
                                 fmt::format("this directory holds {}; {}", held,
                                             groups.empty() ? "each is checked as a plan of its own"
                                                            : "every plan in it is checked"),
                                 std::move(hint));
    }

    void add_directory(const fs::path& directory, const std::string& group, bool may_hold_groups) {
        const auto entries = list(directory, /*report=*/true);
        if (!entries) {
            return;
        }
        const bool has_plan_files = std::any_of(entries->begin(), entries->end(),
                                                [](const Entry& e) { return e.plan_file; });
        std::vector<const Entry*> years;
        std::vector<const Entry*> groups;
        std::vector<const Entry*> others;
        for (const Entry& entry : *entries) {
            if (!entry.directory || is_git_directory(entry.name) || !inside_repository(entry)) {
                continue;
            }
            if (entry.name.starts_with(".")) {
                skip_if_holds_plan_files(entry, "a hidden directory");
            } else if (is_year_name(entry.name)) {
                years.push_back(&entry);
            } else if (may_hold_groups && !looks_like_year(entry.name) &&
                       holds_year_directories(entry.path)) {
                groups.push_back(&entry);
            } else {
                others.push_back(&entry);
            }
        }
        const bool plan_directory = has_plan_files && years.empty() && groups.empty();
        if (has_plan_files) {
            add_plan({directory.string(),
                      group,
                      year_of_directory(directory),
                      {},
                      plan_directory ? std::string() : root_path_,
                      root_path_});
        }
        if (plan_directory) {
            skip_subdirectories(directory, *entries);
            return;
        }
        report_mixed_layout(directory, has_plan_files, years, groups);
        for (const Entry* year : years) {
            if (admit(*year)) {
                add_plan({year->path.string(), group, std::stoi(year->name), directory.string(),
                          root_path_, root_path_});
                if (const auto inside = list(year->path, /*report=*/false)) {
                    skip_subdirectories(year->path, *inside);
                }
            }
        }
        for (const Entry* other_group : groups) {
            if (admit(*other_group)) {
                add_directory(other_group->path, other_group->name, /*may_hold_groups=*/false);
            }
        }
        for (const Entry* other : others) {
            if (looks_like_year(other->name)) {
                skip(other->path,
                     fmt::format("'{}' is not a year directory (a year is four digits, e.g. "
                                 "{})",
                                 other->name, other->name.substr(0, 4)));
            } else {
                skip(other->path, may_hold_groups
                                      ? "neither a year directory (YYYY) nor a group directory "
                                        "that holds year directories"
                                      : "not a year directory (YYYY)");
            }
        }
        if (!has_plan_files && years.empty() && groups.empty() && may_hold_groups) {
            repository_.findings.add(
                rules::no_plan_files, Location{directory.string(), {}, {}},
                "no plan files (*.yaml or *.yml), year directories or group directories in "
                "this directory");
        }
    }

    Repository& repository_;
    fs::path root_;
    std::string root_path_;
    std::map<std::string, std::string> seen_;  // canonical directory -> the path that read it
};

}  // namespace

bool is_year_name(std::string_view name) {
    return name.size() == 4 && name[0] != '0' && is_decimal_digits(name);
}

std::string plan_path_for(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        return path;
    }
    const fs::path file(path);
    const fs::path directory = file.has_parent_path() ? file.parent_path() : fs::path(".");
    for (const auto* name : {"plan.yaml", "plan.yml"}) {
        if (fs::is_regular_file(directory / name, ec)) {
            return file.has_parent_path() ? directory.string() : std::string(".");
        }
    }
    return path;
}

std::vector<std::string> Repository::groups() const {
    std::set<std::string> names;
    for (const auto& plan : plans) {
        if (!plan.group.empty()) {
            names.insert(plan.group);
        }
    }
    return {names.begin(), names.end()};
}

Repository find_plans(const std::vector<std::string>& paths) {
    Repository repository;
    for (const auto& path : paths) {
        Finder(repository).add_path(path);
    }
    auto& plans = repository.plans;
    std::stable_sort(plans.begin(), plans.end(),
                     [](const PlanLocation& a, const PlanLocation& b) { return a.path < b.path; });
    plans.erase(
        std::unique(plans.begin(), plans.end(),
                    [](const PlanLocation& a, const PlanLocation& b) { return a.path == b.path; }),
        plans.end());
    repository.findings.sort();
    return repository;
}

std::optional<std::string> unknown_group(const Repository& repository, std::string_view group) {
    const std::vector<std::string> groups = repository.groups();
    if (std::find(groups.begin(), groups.end(), group) != groups.end()) {
        return std::nullopt;
    }
    if (groups.empty()) {
        return std::string("--group: no plan here is in a group directory (plans/GROUP/YEAR)");
    }
    const std::vector<std::string_view> names(groups.begin(), groups.end());
    const auto match = closest_match(group, names);
    return fmt::format("--group: no group {}{}; the groups are {}", quote_for_message(group),
                       match ? fmt::format(" (did you mean '{}'?)", *match) : "",
                       fmt::join(names, ", "));
}

tl::expected<PlanLocation, std::string> choose_plan(const Repository& repository,
                                                    std::string_view group, int year) {
    const std::vector<std::string> groups = repository.groups();
    std::vector<const PlanLocation*> candidates;
    if (!group.empty()) {
        if (auto error = unknown_group(repository, group)) {
            return tl::make_unexpected(*error);
        }
    } else if (groups.size() > 1) {
        const std::vector<std::string_view> names(groups.begin(), groups.end());
        return tl::make_unexpected(fmt::format(
            "the plans are of several groups; pick one with --group ({})", fmt::join(names, ", ")));
    }
    for (const auto& plan : repository.plans) {
        if (group.empty() || plan.group == group) {
            candidates.push_back(&plan);
        }
    }
    if (candidates.empty()) {
        return tl::make_unexpected("no plan found");
    }
    for (const PlanLocation* plan : candidates) {
        if (plan->year == year) {
            return *plan;
        }
    }
    // The latest year; a plan without a year directory counts as earlier than any.
    const PlanLocation* latest = candidates.front();
    for (const PlanLocation* plan : candidates) {
        if (plan->year.value_or(0) > latest->year.value_or(0)) {
            latest = plan;
        }
    }
    return *latest;
}

void check_plan_location(const Plan& plan, const PlanLocation& location, Diagnostics& diagnostics) {
    if (!location.year || !plan.year.location.known() || plan.year.value == *location.year) {
        return;
    }
    const std::string directory = fs::path(location.path).filename().string();
    diagnostics.add(
        rules::year_mismatch, plan.locate(plan.year.location),
        fmt::format("the plan says year {}, but its directory is '{}'", plan.year.value, directory),
        fmt::format("set 'year: {}' if this is the {} plan (copied forward from {}?), "
                    "or move it to a directory named {}",
                    *location.year, *location.year, plan.year.value, plan.year.value));
}

LoadResult load_plan_at(const PlanLocation& location, LoadOptions options) {
    if (!location.root.empty()) {
        options.read.root = location.root;
    }
    LoadResult result = load_plan(location.path, options);
    check_plan_at(result, location);
    return result;
}

void check_plan_at(LoadResult& result, const PlanLocation& location) {
    check_loaded_plan(result);
    check_plan_location(result.plan, location, result.diagnostics);
    result.diagnostics.sort();
}

namespace {

CheckedPlan check_one(const PlanLocation& location, const LoadOptions& options) {
    LoadResult result = load_plan_at(location, options);
    CheckedPlan checked;
    checked.location = location;
    checked.files = std::move(result.plan.files);
    checked.group = keep_located(result.plan, result.plan.group);
    checked.year = keep_located(result.plan, result.plan.year);
    // Keep the text of the files that findings point into (or may, across plans).
    std::set<std::string_view> wanted{checked.group.location.file, checked.year.location.file};
    for (const auto& d : result.diagnostics.items()) {
        wanted.insert(d.location.file);
        if (d.related) {
            wanted.insert(d.related->file);
        }
    }
    for (const auto& source : result.sources()) {
        if (wanted.contains(source->path())) {
            checked.sources.push_back(source);
        }
    }
    checked.diagnostics = std::move(result.diagnostics);
    checked.waiting_allows = std::move(result.waiting_allows);
    return checked;
}

void check_across_plans(std::vector<CheckedPlan>& plans) {
    // E302: two plans for one group and year. Only plans whose year and group were read.
    std::map<std::tuple<std::string, std::string, int>, std::size_t> first_of;
    // W301: the plans of one directory of plans name one group.
    std::map<std::string, std::size_t> first_in_directory;
    std::map<std::string, std::size_t> plans_in_directory;
    for (const CheckedPlan& plan : plans) {
        if (plan.group.location.start.known() && !plan.location.parent.empty()) {
            ++plans_in_directory[plan.location.parent];
        }
    }
    for (std::size_t i = 0; i < plans.size(); ++i) {
        CheckedPlan& plan = plans[i];
        // Allows of W301 are judged here, where it is made.
        AllowComments allows(std::move(plan.waiting_allows));
        plan.diagnostics.accept_with(&allows);
        // A plan whose year contradicts its directory was reported (E301): not a duplicate too.
        const bool has_year = plan.year.location.start.known() &&
                              plan.year.value == plan.location.year.value_or(plan.year.value);
        const bool has_group = plan.group.location.start.known();
        if (has_year && !plan.location.repository.empty()) {
            const auto [it, inserted] = first_of.try_emplace(
                {plan.location.repository, plan.group.value, plan.year.value}, i);
            if (!inserted) {
                const CheckedPlan& first = plans[it->second];
                Diagnostic& d = plan.diagnostics.add(
                    rules::duplicate_plan, plan.year.location,
                    fmt::format("'{}' is a second plan for {}{}", plan.location.path,
                                plan.year.value,
                                plan.group.value.empty()
                                    ? std::string()
                                    : fmt::format(" of {}", quote_for_message(plan.group.value))));
                d.related = first.year.location;
                d.related_message = fmt::format("the first is '{}'", first.location.path);
            }
        }
        if (has_group && !plan.location.parent.empty()) {
            const auto [it, inserted] = first_in_directory.try_emplace(plan.location.parent, i);
            const CheckedPlan& first = plans[it->second];
            if (!inserted && first.group.value != plan.group.value) {
                Diagnostic& d = plan.diagnostics.add(
                    rules::group_mismatch, plan.group.location,
                    fmt::format("group {} differs from {} of '{}' in the same directory",
                                quote_for_message(plan.group.value),
                                quote_for_message(first.group.value), first.location.path));
                d.related = first.group.location;
                d.related_message = "the group given first";
            }
        }
        plan.diagnostics.accept_with(nullptr);
        // Unused only where W301 was judged: not for a plan checked alone in its directory.
        if (plans_in_directory[plan.location.parent] > 1) {
            allows.report_unused(plan.diagnostics, true);
        }
        plan.diagnostics.sort();
    }
}

}  // namespace

std::vector<CheckedPlan> check_repository(const Repository& repository, const LoadOptions& options,
                                          unsigned jobs) {
    std::vector<CheckedPlan> checked(repository.plans.size());
    std::atomic<std::size_t> next{0};
    // Each worker takes the next plan; results land at the plan's index, so the order never
    // depends on the scheduling.
    const auto work = [&] {
        for (std::size_t i = next++; i < checked.size(); i = next++) {
            checked[i] = check_one(repository.plans[i], options);
        }
    };
    const std::size_t workers =
        std::min<std::size_t>(std::max(jobs, 1U), std::max<std::size_t>(checked.size(), 1));
    std::vector<std::jthread> threads;
    for (std::size_t i = 1; i < workers; ++i) {
        threads.emplace_back(work);
    }
    work();
    threads.clear();  // joins
    check_across_plans(checked);
    return checked;
}

}  // namespace iwg
