#include "iwg/plan/repository.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "scratch.hpp"

using namespace iwg;
namespace fs = std::filesystem;
using test::Scratch;

namespace {

std::string plan_text(std::string_view group, int year, std::string_view goal = "G1") {
    return fmt::format(
        "format: 1\ngroup: {}\ntitle: Plan {}\nyear: {}\ngoals:\n  - id: G1\n    text: Share\n"
        "actions:\n  - id: A1\n    text: Meet\n    goals: [{}]\nmeetings:\n  - month: may\n"
        "    topic: Kick-off\n",
        group, year, year, goal);
}

std::vector<std::string> paths_of(const Repository& repository, const fs::path& root) {
    std::vector<std::string> out;
    for (const auto& plan : repository.plans) {
        out.push_back(fs::path(plan.path).lexically_relative(root).string());
    }
    return out;
}

std::vector<std::string> rules_of(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items()) {
        out.push_back(std::string(d.rule->id));
    }
    return out;
}

}  // namespace

TEST_CASE("is_year_name: four digits, not starting with 0", "[repository]") {
    CHECK(is_year_name("2024"));
    CHECK_FALSE(is_year_name("0999"));
    CHECK_FALSE(is_year_name("20245"));
    CHECK_FALSE(is_year_name("2024.bak"));
    CHECK_FALSE(is_year_name("202a"));
}

TEST_CASE("find_plans: a file, a plan directory, years, groups of years", "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    scratch.write("single.yaml", plan_text("G", 2024));
    scratch.write("plan/plan.yaml", plan_text("G", 2024));
    scratch.write("plan/goals.yaml", "goals: []\n");
    scratch.write("years/2024/plan.yaml", plan_text("G", 2024));
    scratch.write("years/2025/plan.yaml", plan_text("G", 2025));
    scratch.write("groups/b/2024/plan.yaml", plan_text("B", 2024));
    scratch.write("groups/a/2025/plan.yaml", plan_text("A", 2025));
    scratch.write("groups/.git/config", "");

    const auto single = find_plans({(root / "single.yaml").string()});
    CHECK(paths_of(single, root) == std::vector<std::string>{"single.yaml"});
    // A file beside a plan.yaml stands for its directory's plan.
    const auto part = find_plans({(root / "plan/goals.yaml").string()});
    CHECK(paths_of(part, root) == std::vector<std::string>{"plan"});
    const auto years = find_plans({(root / "years").string()});
    CHECK(paths_of(years, root) == std::vector<std::string>{"years/2024", "years/2025"});
    CHECK(years.plans[1].year == 2025);
    CHECK(years.plans[1].group.empty());
    CHECK(years.findings.empty());
    const auto groups = find_plans({(root / "groups").string()});
    CHECK(paths_of(groups, root) == std::vector<std::string>{"groups/a/2025", "groups/b/2024"});
    CHECK(groups.groups() == std::vector<std::string>{"a", "b"});
    CHECK(groups.findings.empty());  // hidden entries are skipped silently
    // Several paths, repeats removed.
    const auto both = find_plans({(root / "years").string(), (root / "years/2024").string()});
    CHECK(paths_of(both, root) == std::vector<std::string>{"years/2024", "years/2025"});
}

TEST_CASE("find_plans: what is skipped, mixed layouts, nothing found", "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    scratch.write("plans/2024/plan.yaml", plan_text("G", 2024));
    scratch.write("plans/2024.bak/plan.yaml", plan_text("G", 2024));
    scratch.write("plans/notes/README", "");
    fs::create_directory_symlink(root / "plans/2024", root / "plans/2027");
    fs::create_directory_symlink(fs::temp_directory_path(), root / "plans/outside");
    fs::create_symlink(root / "plans/loop", root / "plans/loop");
    const auto repository = find_plans({(root / "plans").string()});
    CHECK(paths_of(repository, root) == std::vector<std::string>{"plans/2024"});
    CHECK(rules_of(repository.findings) ==
          std::vector<std::string>{"W302", "W302", "W302", "W302", "W302"});

    scratch.write("mixed/plan.yaml", plan_text("G", 2023));
    scratch.write("mixed/2024/plan.yaml", plan_text("G", 2024));
    const auto mixed = find_plans({(root / "mixed").string()});
    CHECK(paths_of(mixed, root) == std::vector<std::string>{"mixed", "mixed/2024"});
    CHECK(rules_of(mixed.findings) == std::vector<std::string>{"E303"});

    fs::create_directory(root / "empty");
    CHECK(rules_of(find_plans({(root / "empty").string()}).findings) ==
          std::vector<std::string>{"E010"});
    CHECK(rules_of(find_plans({(root / "missing").string()}).findings) ==
          std::vector<std::string>{"E001"});
}

TEST_CASE("choose_plan: group, then the year asked, else the latest", "[repository]") {
    Repository repository;
    repository.plans = {{"p/a/2024", "a", 2024, "p/a", "p"},
                        {"p/a/2025", "a", 2025, "p/a", "p"},
                        {"p/b/2024", "b", 2024, "p/b", "p"}};
    const auto path = [&](std::string_view group, int year) {
        auto chosen = choose_plan(repository, group, year);
        return std::holds_alternative<PlanLocation>(chosen)
                   ? std::get<PlanLocation>(chosen).path
                   : "error: " + std::get<std::string>(chosen);
    };
    CHECK(path("a", 2024) == "p/a/2024");
    CHECK(path("a", 2030) == "p/a/2025");
    CHECK(path("b", 2030) == "p/b/2024");
    CHECK(path("", 2024) == "error: the plans are of several groups; pick one with --group (a, b)");
    CHECK(path("zzz", 2024) == "error: --group: no group 'zzz'; the groups are a, b");
    repository.plans.pop_back();
    CHECK(path("", 2024) == "p/a/2024");  // one group: no --group needed
}

TEST_CASE("check_repository: year and group checks, the same result on any number of threads",
          "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    for (int year = 2020; year < 2032; ++year) {
        // 2025 is copied forward with its year left; 2027 names another group; 2029 has an
        // unknown goal.
        const int said = year == 2025 ? 2024 : year;
        scratch.write(fmt::format("plans/{}/plan.yaml", year),
                      plan_text(year == 2027 ? "Other" : "G", said, year == 2029 ? "G9" : "G1"));
    }
    const Repository repository = find_plans({(root / "plans").string()});
    REQUIRE(repository.plans.size() == 12);
    const auto summary = [](const std::vector<CheckedPlan>& plans) {
        std::vector<std::string> out;
        for (const auto& plan : plans) {
            for (const auto& d : plan.diagnostics.items()) {
                out.push_back(fmt::format("{} {}:{} {}", plan.location.path, d.location.start.line,
                                          d.rule->id, d.message));
            }
        }
        return out;
    };
    const auto one = check_repository(repository, {}, 1);
    const auto expected = summary(one);
    CHECK(rules_of([&] {
              Diagnostics all;
              for (const auto& plan : one) {
                  all.append(plan.diagnostics);
              }
              return all;
          }()) == std::vector<std::string>{"E301", "W301", "W202", "E202"});
    for (unsigned jobs : {2U, 3U, 8U, 64U}) {
        CHECK(summary(check_repository(repository, {}, jobs)) == expected);
    }
    // Only the files with findings are kept for their text.
    std::size_t kept = 0;
    for (const auto& plan : one) {
        kept += plan.sources.size();
    }
    CHECK(kept == 12);  // each plan's one file: it holds `group` and `year`
}

TEST_CASE("check_repository: an allow accepts W301, and is unused only where W301 was judged",
          "[repository][allow]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    const auto with_group_line = [](std::string text, std::string_view line) {
        const std::size_t at = text.find("group: ");
        text.replace(at, text.find('\n', at) - at, line);
        return text;
    };
    scratch.write("plans/2024/plan.yaml", plan_text("G", 2024));
    scratch.write("plans/2025/plan.yaml",
                  with_group_line(plan_text("G", 2025),
                                  "group: Other  # iwg: allow W301 -- renamed this year"));
    // An allow on a line of its own, and one that accepts nothing.
    scratch.write(
        "plans/2026/plan.yaml",
        with_group_line(plan_text("G", 2026), "# iwg: allow W301 -- renamed again\ngroup: Third"));
    scratch.write("plans/2027/plan.yaml",
                  with_group_line(plan_text("G", 2027), "group: G  # iwg: allow W301 -- stale"));
    const auto findings = [](const std::vector<CheckedPlan>& plans) {
        std::vector<std::string> out;
        for (const auto& plan : plans) {
            for (const auto& d : plan.diagnostics.items()) {
                out.push_back(fmt::format("{}:{} {}{}",
                                          fs::path(plan.location.path).filename().string(),
                                          d.location.start.line, d.rule->id,
                                          d.accepted ? " accepted: " + d.justification : ""));
            }
        }
        return out;
    };
    const auto all = check_repository(find_plans({(root / "plans").string()}), {}, 2);
    CHECK(findings(all) == std::vector<std::string>{
                               "2025:2 W301 accepted: renamed this year",
                               "2026:3 W301 accepted: renamed again",
                               "2027:2 W402",
                           });
    CHECK(all[3].diagnostics.items().front().message == "no W301 finding on line 2 to accept");
    // One plan alone: W301 cannot be judged, so its allow is neither a finding nor unused.
    for (const std::string year : {"2025", "2026", "2027"}) {
        const auto alone = check_repository(find_plans({(root / "plans" / year).string()}), {}, 1);
        CHECK(findings(alone).empty());
    }
}
