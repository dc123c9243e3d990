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

struct Entry {
    std::string name;
    fs::path path;
    bool directory = false;
    bool plan_file = false;
};

// Walks a directory of plans: two levels at most (groups, then years), so no link loop can
// make it go on; links to directories are followed only inside the repository, once each.
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
            const std::string plan = plan_path_for(path);
            add_plan({plan, {}, plan == path ? std::nullopt : year_of_directory(plan), {}, {}});
            return;
        }
        root_ = canonical_or_empty(path);
        root_path_ = path;
        add_directory(path, /*group=*/{}, /*may_hold_groups=*/true);
    }

  private:
    static fs::path canonical_or_empty(const fs::path& path) {
        std::error_code ec;
        fs::path canonical = fs::canonical(path, ec);
        return ec ? fs::path() : canonical;
    }

    void add_plan(PlanLocation location) { repository_.plans.push_back(std::move(location)); }

    void skip(const fs::path& path, std::string why) {
        repository_.findings.add(rules::skipped_path, Location{path.string(), {}, {}},
                                 fmt::format("skipped: {}", why));
    }

    // The entries of `directory`, sorted by name; nullopt (reported) if it cannot be listed.
    std::optional<std::vector<Entry>> list(const fs::path& directory) {
        std::vector<Entry> entries;
        std::error_code ec;
        for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
            Entry entry;
            entry.name = it->path().filename().string();
            entry.path = directory / entry.name;
            std::error_code type_ec;
            entry.directory = it->is_directory(type_ec);
            entry.plan_file = !entry.directory && is_plan_file_name(entry.name);
            if (!entry.directory && it->is_symlink(type_ec) && !it->exists(type_ec)) {
                // A link that cannot be followed: a loop, or a missing target.
                if (!entry.name.starts_with(".")) {
                    skip(entry.path,
                         "a symbolic link that cannot be followed (a loop, or its "
                         "target is missing)");
                }
                continue;
            }
            entries.push_back(std::move(entry));
        }
        if (ec) {
            repository_.findings.add(rules::unreadable, Location{directory.string(), {}, {}},
                                     fmt::format("cannot list the directory: {}", ec.message()));
            return std::nullopt;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry& a, const Entry& b) { return a.name < b.name; });
        return entries;
    }

    // A directory reached through a link must stay inside the repository, and each directory
    // is read once however many links lead to it.
    bool admit(const Entry& entry) {
        std::error_code ec;
        const bool link = fs::is_symlink(entry.path, ec);
        const fs::path canonical = canonical_or_empty(entry.path);
        if (link && !root_.empty()) {
            const auto [end, _] =
                std::mismatch(root_.begin(), root_.end(), canonical.begin(), canonical.end());
            if (canonical.empty() || end != root_.end()) {
                skip(entry.path, "a symbolic link to a directory outside the repository");
                return false;
            }
        }
        if (!canonical.empty()) {
            const auto [it, inserted] = seen_.emplace(canonical.string(), entry.path.string());
            if (!inserted) {
                skip(entry.path, fmt::format("the same directory as '{}'", it->second));
                return false;
            }
        }
        return true;
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

    void add_directory(const fs::path& directory, const std::string& group, bool may_hold_groups) {
        const auto entries = list(directory);
        if (!entries) {
            return;
        }
        const bool has_plan_files = std::any_of(entries->begin(), entries->end(),
                                                [](const Entry& e) { return e.plan_file; });
        std::vector<const Entry*> years;
        std::vector<const Entry*> others;
        for (const Entry& entry : *entries) {
            if (entry.directory && !entry.name.starts_with(".")) {
                (is_year_name(entry.name) ? years : others).push_back(&entry);
            }
        }
        if (has_plan_files) {
            add_plan({directory.string(),
                      group,
                      year_of_directory(directory),
                      {},
                      years.empty() ? std::string() : root_path_});
            if (years.empty()) {
                return;  // a plan directory: its other subdirectories are not plans
            }
            repository_.findings.add(
                rules::mixed_layout, Location{directory.string(), {}, {}},
                fmt::format("this directory holds plan files and year directories (such as "
                            "'{}'); each is checked as a plan of its own",
                            years.front()->name));
        }
        for (const Entry* year : years) {
            if (admit(*year)) {
                add_plan({year->path.string(), group, std::stoi(year->name), directory.string(),
                          root_path_});
            }
        }
        std::size_t groups_found = 0;
        for (const Entry* other : others) {
            if (looks_like_year(other->name)) {
                skip(other->path,
                     fmt::format("'{}' is not a year directory (a year is four digits, e.g. "
                                 "{})",
                                 other->name, other->name.substr(0, 4)));
            } else if (may_hold_groups && holds_year_directories(other->path)) {
                if (admit(*other)) {
                    ++groups_found;
                    add_directory(other->path, other->name, /*may_hold_groups=*/false);
                }
            } else {
                skip(other->path, may_hold_groups
                                      ? "neither a year directory (YYYY) nor a group directory "
                                        "that holds year directories"
                                      : "not a year directory (YYYY)");
            }
        }
        if (!has_plan_files && years.empty() && groups_found == 0 && may_hold_groups) {
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

std::variant<PlanLocation, std::string> choose_plan(const Repository& repository,
                                                    std::string_view group, int year) {
    const std::vector<std::string> groups = repository.groups();
    std::vector<const PlanLocation*> candidates;
    if (!group.empty()) {
        if (auto error = unknown_group(repository, group)) {
            return *error;
        }
    } else if (groups.size() > 1) {
        const std::vector<std::string_view> names(groups.begin(), groups.end());
        return fmt::format("the plans are of several groups; pick one with --group ({})",
                           fmt::join(names, ", "));
    }
    for (const auto& plan : repository.plans) {
        if (group.empty() || plan.group == group) {
            candidates.push_back(&plan);
        }
    }
    if (candidates.empty()) {
        return std::string("no plan found");
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

namespace {

CheckedPlan check_one(const PlanLocation& location, const LoadOptions& options) {
    LoadResult result = load_and_check_plan(location.path, options);
    check_plan_location(result.plan, location, result.diagnostics);
    result.diagnostics.sort();
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
