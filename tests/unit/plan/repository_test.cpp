#include "iwg/plan/repository.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
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
        return chosen ? chosen->path : "error: " + chosen.error();
    };
    CHECK(path("a", 2024) == "p/a/2024");
    CHECK(path("a", 2030) == "p/a/2025");
    CHECK(path("b", 2030) == "p/b/2024");
    CHECK(path("", 2024) == "error: the plans are of several groups; pick one with --group (a, b)");
    CHECK(path("zzz", 2024) == "error: --group: no group 'zzz'; the groups are a, b");
    repository.plans.pop_back();
    CHECK(path("", 2024) == "p/a/2024");  // one group: no --group needed
}

TEST_CASE("load_plan_at: the findings in position order, where the plan is among them",
          "[repository]") {
    // E301 (the plan's year against its directory) is found after the checks, yet it stands
    // first: every command lists the findings as load_plan_at leaves them.
    Scratch scratch;
    scratch.write("plans/2025/plan.yaml", plan_text("G", 2024, "G7"));
    const Repository repository = find_plans({(scratch.path() / "plans").string()});
    REQUIRE(repository.plans.size() == 1);
    const LoadResult loaded = load_plan_at(repository.plans.front(), {});
    CHECK(rules_of(loaded.diagnostics) == std::vector<std::string>{"E301", "W202", "E202"});
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

TEST_CASE("find_plans: a plan file beside group directories is E303, every plan still checked",
          "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    scratch.write("plans/iwg/2024/plan.yaml", plan_text("IWG", 2024));
    scratch.write("plans/odc/2025/plan.yaml", plan_text("ODC", 2025, "G9"));  // E202
    scratch.write("plans/example.yaml", plan_text("Example", 2024));
    const Repository repository = find_plans({(root / "plans").string()});
    CHECK(paths_of(repository, root) ==
          std::vector<std::string>{"plans", "plans/iwg/2024", "plans/odc/2025"});
    REQUIRE(rules_of(repository.findings) == std::vector<std::string>{"E303"});
    const Diagnostic& mixed = repository.findings.items().front();
    CHECK(mixed.location.file == (root / "plans").string());
    CHECK(mixed.message ==
          "this directory holds plan files and group directories (such as 'iwg'); every plan "
          "in it is checked");
    CHECK(mixed.hint.find("/GROUP/YEAR") != std::string::npos);
    Diagnostics all;
    for (const auto& plan : check_repository(repository, {}, 2)) {
        all.append(plan.diagnostics);
    }
    CHECK(rules_of(all) == std::vector<std::string>{"W202", "E202"});  // odc's, both
    // The groups stay what they were: --group names each, the stray plan is in none.
    CHECK(repository.groups() == std::vector<std::string>{"iwg", "odc"});

    // The same one level down: a plan file beside a group's year directories.
    scratch.write("plans/odc/notes.yml", "group: ODC\n");
    const Repository deeper = find_plans({(root / "plans").string()});
    CHECK(rules_of(deeper.findings) == std::vector<std::string>{"E303", "E303"});
    CHECK(paths_of(deeper, root) ==
          std::vector<std::string>{"plans", "plans/iwg/2024", "plans/odc", "plans/odc/2025"});
}

TEST_CASE("find_plans: year directories beside group directories are E303", "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    scratch.write("plans/2024/plan.yaml", plan_text("Top", 2024));
    scratch.write("plans/odc/2024/plan.yaml", plan_text("ODC", 2024));
    const Repository repository = find_plans({(root / "plans").string()});
    CHECK(paths_of(repository, root) == std::vector<std::string>{"plans/2024", "plans/odc/2024"});
    REQUIRE(rules_of(repository.findings) == std::vector<std::string>{"E303"});
    const Diagnostic& mixed = repository.findings.items().front();
    CHECK(mixed.message ==
          "this directory holds year directories (such as '2024') and group directories (such "
          "as 'odc'); every plan in it is checked");
    CHECK(mixed.hint == fmt::format("move the year directories into a group directory "
                                    "('{}/GROUP/2024'), so that --group can name them",
                                    (root / "plans").string()));
}

TEST_CASE("find_plans: hidden directories and a plan directory's subdirectories are named",
          "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    scratch.write("plans/2024/plan.yaml", plan_text("G", 2024));
    scratch.write("plans/2024/drafts/goals.yaml", "goals: []\n");      // not part of the plan
    scratch.write("plans/2024/2025/plan.yaml", plan_text("G", 2025));  // copied in by mistake
    scratch.write("plans/2024/assets/logo.svg", "<svg/>");             // no plan files: silent
    scratch.write("plans/.hidden/2025/plan.yaml", plan_text("G", 2025));
    scratch.write("plans/.github/notes.txt", "");  // hidden, no plan files: silent
    scratch.write("plans/.git/config", "");
    scratch.write("plans/.draft.yaml", "");  // a hidden file is not a plan file
    const Repository repository = find_plans({(root / "plans").string()});
    CHECK(paths_of(repository, root) == std::vector<std::string>{"plans/2024"});
    std::vector<std::string> named;
    for (const auto& d : repository.findings.items()) {
        CHECK(d.rule->id == "W302");
        named.push_back(fs::path(d.location.file).lexically_relative(root).string() + ": " +
                        d.message);
    }
    CHECK(named ==
          std::vector<std::string>{
              "plans/.hidden: skipped: a hidden directory that holds plan files (such as "
              "'2025/plan.yaml'); no command reads them",
              fmt::format("plans/2024/2025: skipped: a directory inside the plan directory "
                          "'{}' that holds plan files (such as 'plan.yaml'); no command reads "
                          "them",
                          (root / "plans/2024").string()),
              fmt::format("plans/2024/drafts: skipped: a directory inside the plan directory "
                          "'{}' that holds plan files (such as 'goals.yaml'); no command reads "
                          "them",
                          (root / "plans/2024").string())});

    // The same directory given itself is the top of a repository, where a year directory
    // beside plan files is E303 (and checked), and every other directory is named.
    const Repository plan = find_plans({(root / "plans/2024").string()});
    CHECK(paths_of(plan, root) == std::vector<std::string>{"plans/2024", "plans/2024/2025"});
    CHECK(rules_of(plan.findings) == std::vector<std::string>{"E303", "W302", "W302"});
    // A plan directory given itself: its subdirectories with plan files are named.
    fs::remove_all(root / "plans/2024/2025");
    const Repository alone = find_plans({(root / "plans/2024").string()});
    CHECK(paths_of(alone, root) == std::vector<std::string>{"plans/2024"});
    REQUIRE(rules_of(alone.findings) == std::vector<std::string>{"W302"});
    CHECK(alone.findings.items().front().location.file == (root / "plans/2024/drafts").string());
}

TEST_CASE("find_plans: each plan's root is the path given, or a file's directory", "[repository]") {
    Scratch scratch;
    const fs::path root = scratch.path();
    scratch.write("plans/odc/2024/plan.yaml", plan_text("ODC", 2024));
    scratch.write("plans/odc/2024/goals.yaml", "goals: []\n");
    scratch.write("single/one.yaml", plan_text("G", 2024));
    const std::string plans = (root / "plans").string();
    const Repository repository = find_plans({plans});
    REQUIRE(repository.plans.size() == 1);
    CHECK(repository.plans[0].root == plans);
    const Repository file = find_plans({(root / "plans/odc/2024/goals.yaml").string()});
    REQUIRE(file.plans.size() == 1);
    CHECK(file.plans[0].path == (root / "plans/odc/2024").string());
    CHECK(file.plans[0].root == (root / "plans/odc/2024").string());
    const Repository single = find_plans({(root / "single/one.yaml").string()});
    REQUIRE(single.plans.size() == 1);
    CHECK(single.plans[0].root == (root / "single").string());
}

namespace {

// Random trees of plans: years, groups, stray plan files and directories at every level,
// empty and hidden directories, `.bak` copies, links to directories and files inside the
// root and outside it (where every file holds `secret`).
class LayoutGenerator {
  public:
    LayoutGenerator(std::uint32_t seed, fs::path root, fs::path outside)
        : random_(seed), root_(std::move(root)), outside_(std::move(outside)) {}

    void generate() {
        fs::create_directories(root_);
        fs::create_directories(outside_ / "2025");
        write(outside_ / "2025/plan.yaml", std::string(secret));
        write(outside_ / "secret.yaml", std::string(secret));
        directories_.push_back(root_);
        fill(root_, 0);
    }

    static constexpr std::string_view secret = "group: SECRET-7f3a\ntitle: SECRET-7f3a\n";

  private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

    static void write(const fs::path& file, const std::string& text) {
        std::ofstream(file, std::ios::binary) << text;
    }

    void fill(const fs::path& directory, int depth) {
        static const std::vector<std::string> names{"2024",    "2025",  "2026",     "odc",
                                                    "iwg",     "notes", "2024.bak", "20245",
                                                    ".hidden", ".git",  "sub"};
        const int count = pick(depth == 0 ? 7 : 5);
        for (int i = 0; i < count; ++i) {
            const fs::path name = names[static_cast<std::size_t>(pick(int(names.size())))];
            std::error_code ec;
            switch (pick(12)) {
                case 0:
                case 1:
                case 2:
                    if (depth < 4 && !fs::exists(fs::symlink_status(directory / name, ec))) {
                        fs::create_directory(directory / name);
                        directories_.push_back(directory / name);
                        fill(directory / name, depth + 1);
                    }
                    break;
                case 3: {
                    static const std::vector<std::string> files{"plan.yaml", "goals.yml",
                                                                "example.yaml", ".draft.yaml"};
                    const int year = 2024 + pick(3);
                    write(directory / files[static_cast<std::size_t>(pick(4))],
                          plan_text("G", year));
                    break;
                }
                case 4:
                    write(directory / "README.md", "notes\n");
                    break;
                case 5:
                    fs::create_directory(directory / name, ec);  // empty, or already there
                    break;
                case 6: {  // a link to a directory inside: an ancestor, a sibling, itself
                    const fs::path target =
                        directories_[static_cast<std::size_t>(pick(int(directories_.size())))];
                    fs::create_directory_symlink(target, directory / name, ec);
                    break;
                }
                case 7:  // a link to a directory outside, absolute or relative
                    fs::create_directory_symlink(
                        pick(2) == 0 ? outside_ : fs::relative(outside_, directory),
                        directory / name, ec);
                    break;
                case 8: {  // a plan file that is a link out, directly or through a chain
                    const fs::path link = directory / "linked.yaml";
                    if (pick(2) == 0) {
                        fs::create_symlink(outside_ / "secret.yaml", link, ec);
                    } else {
                        fs::create_symlink(outside_ / "secret.yaml", directory / "hop", ec);
                        fs::create_symlink("hop", link, ec);
                    }
                    break;
                }
                case 9:  // a plan file reached through a directory link that leads out
                    fs::create_directory_symlink(outside_ / "2025", directory / "out", ec);
                    fs::create_symlink("out/plan.yaml", directory / "through.yaml", ec);
                    break;
                case 10:
                    fs::create_symlink(directory / "missing", directory / name, ec);
                    break;
                default:
                    write(directory / "shared.yaml", "goals: []\n");
                    break;
            }
        }
    }

    std::mt19937 random_;
    fs::path root_;
    fs::path outside_;
    std::vector<fs::path> directories_;
};

bool holds_plan_file(const fs::path& directory) {
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        if (is_plan_file_name(it->path().filename().string())) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE(
    "find_plans on generated layouts: every plan read is checked, every other "
    "directory with plan files is named, nothing outside is read",
    "[repository]") {
    for (std::uint32_t seed = 1; seed <= 150; ++seed) {
        INFO("seed " << seed);
        Scratch scratch;
        const fs::path root = scratch.path() / "plans";
        LayoutGenerator(seed, root, scratch.path() / "outside").generate();
        const Repository repository = find_plans({root.string()});

        // What validate loads; every plan a report can choose is one of them.
        std::set<std::string> loaded;
        std::set<std::string> read{root.string()};  // the directories read as plans or of plans
        for (const auto& plan : repository.plans) {
            loaded.insert(plan.path);
            read.insert(plan.path);
            if (!plan.parent.empty()) {
                read.insert(plan.parent);
            }
        }
        std::vector<std::string> groups = repository.groups();
        groups.emplace_back();
        for (const auto& group : groups) {
            for (int year = 2023; year <= 2027; ++year) {
                const auto chosen = choose_plan(repository, group, year);
                if (chosen) {
                    CHECK(loaded.contains(chosen->path));
                }
            }
        }

        // Every real directory with plan files (links are not walked: their targets are) is a
        // plan, or it or a directory above it that is not read is named in a finding.
        std::set<std::string> named;
        for (const auto& d : repository.findings.items()) {
            named.insert(d.location.file);
        }
        const auto covered = [&](fs::path directory) {
            if (loaded.contains(directory.string())) {
                return true;
            }
            for (; directory != root; directory = directory.parent_path()) {
                if (named.contains(directory.string()) && !read.contains(directory.string())) {
                    return true;
                }
            }
            return false;
        };
        std::error_code ec;
        if (holds_plan_file(root)) {
            CHECK(loaded.contains(root.string()));
        }
        for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end;
             it.increment(ec)) {
            std::error_code type_ec;
            if (it->is_symlink(type_ec) || !it->is_directory(type_ec)) {
                continue;
            }
            if (it->path().filename() == ".git") {
                it.disable_recursion_pending();
                continue;
            }
            if (holds_plan_file(it->path())) {
                INFO("directory " << it->path().lexically_relative(root).string());
                CHECK(covered(it->path()));
            }
        }
        REQUIRE_FALSE(ec);

        // No byte of a file outside reaches a finding or a kept text.
        for (const auto& plan : check_repository(repository, {}, 2)) {
            for (const auto& d : plan.diagnostics.items()) {
                CHECK(d.message.find("SECRET") == std::string::npos);
                CHECK(d.hint.find("SECRET") == std::string::npos);
            }
            for (const auto& source : plan.sources) {
                CHECK(std::string(source->text()).find("SECRET") == std::string::npos);
            }
        }
    }
}
