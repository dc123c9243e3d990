#include "iwg/publish/site_writer.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "iwg/util/sha256.hpp"
#include "scratch.hpp"

using namespace iwg;
using namespace iwg::publish;
namespace fs = std::filesystem;

namespace {

using test::read_bytes;
using test::Scratch;

// Every file under `dir` with its bytes (a link: where it leads), by relative path.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_symlink() || !entry.is_directory()) {
            files[fs::relative(entry.path(), dir).generic_string()] =
                entry.is_symlink() ? "-> " + fs::read_symlink(entry.path()).string()
                                   : read_bytes(entry.path());
        }
    }
    return files;
}

const Date as_of{2024, 6, 1};

SiteContent plan_site(const std::string& directory, const std::string& stamp) {
    const std::string prefix = directory.empty() ? "" : directory + "/";
    return {{prefix + "index.html", "page " + stamp},
            {prefix + "plan.ics", "ics " + stamp},
            {prefix + "plan.json", "json " + stamp},
            {prefix + "README.md", "readme " + stamp}};
}

SiteContent repository_site(const std::string& stamp, std::vector<std::string> years = {"2024"}) {
    SiteContent files{{"index.html", "index " + stamp}};
    for (const auto& year : years) {
        files.merge(plan_site(year, stamp));
    }
    return files;
}

PublishResult publish_to(const fs::path& site, const SiteContent& files,
                         const PublishHooks& hooks = {}, const RunInputs& inputs = {}) {
    return Site(site.string()).publish(files, as_of, inputs, hooks);
}

std::string manifest_with(const std::string& path, const std::string& bytes) {
    return R"({"generator": "iwg publish", "version": 2, "as_of": "2024-06-01", )"
           R"("state": "complete", "files": [{"path": ")" +
           path + R"(", "sha256": ")" + sha256_hex(bytes) + R"("}]})";
}

}  // namespace

TEST_CASE("a directory of the site swapped for a link after the checks leads no write outside",
          "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    publish_to(site, repository_site("1"));
    const fs::path outside = scratch.path() / "outside";
    fs::create_directory(outside);
    scratch.write("outside/index.html", "theirs");
    const auto before = snapshot(outside);
    // The attacker moves the site's 2024 away and puts a link to `outside` in its place.
    PublishHooks hooks;
    hooks.after_checks = [&] {
        fs::rename(site / "2024", scratch.path() / "moved");
        fs::create_directory_symlink(outside, site / "2024");
    };
    try {
        publish_to(site, repository_site("2"), hooks);
    } catch (const SiteError&) {
        // Refusing is fine; writing outside is not.
    }
    CHECK(snapshot(outside) == before);
}

TEST_CASE("a directory swapped for a link while old files are removed leads no delete outside",
          "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    publish_to(site, repository_site("1", {"2024", "2025"}));
    // Outside: copies of the files the run will remove, bytes and all.
    const fs::path outside = scratch.path() / "outside";
    fs::copy(site / "2025", outside);
    const auto before = snapshot(outside);
    PublishHooks hooks;
    hooks.after_checks = [&] {
        fs::rename(site / "2025", scratch.path() / "moved");
        fs::create_directory_symlink(outside, site / "2025");
    };
    try {
        publish_to(site, repository_site("1", {"2024"}), hooks);
    } catch (const SiteError&) {
    }
    CHECK(snapshot(outside) == before);
}

TEST_CASE(
    "the site's root swapped for a link after it was opened: the writes stay in the "
    "directory opened",
    "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    fs::create_directory(site);
    const fs::path outside = scratch.path() / "outside";
    fs::create_directory(outside);
    Site opened(site.string());
    fs::rename(site, scratch.path() / "moved");
    fs::create_directory_symlink(outside, site);
    opened.publish(plan_site("", "1"), as_of, {});
    CHECK(fs::is_empty(outside));
    CHECK(read_bytes(scratch.path() / "moved" / "plan.ics") == "ics 1");
}

TEST_CASE(
    "publish writes the files and a manifest of their hashes, and a second run changes nothing",
    "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    const auto first = publish_to(site, repository_site("1"));
    CHECK(first.written == 5);
    CHECK(read_bytes(site / "2024" / "plan.ics") == "ics 1");
    const std::string manifest = read_bytes(site / "iwg-manifest.json");
    CHECK(manifest.find("\"state\": \"complete\"") != std::string::npos);
    CHECK(manifest.find(sha256_hex("ics 1")) != std::string::npos);
    const auto second = publish_to(site, repository_site("1"));
    CHECK(second.written == 0);
    CHECK(second.unchanged == 5);
    CHECK(read_bytes(site / "iwg-manifest.json") == manifest);
    CHECK(Site(site.string()).check(repository_site("1"), as_of).empty());
    // A file removed and written again: the manifest ends complete, as it was.
    fs::remove(site / "2024" / "plan.ics");
    CHECK(publish_to(site, repository_site("1")).written == 1);
    CHECK(read_bytes(site / "iwg-manifest.json") == manifest);
}

TEST_CASE("a file someone else wrote is neither replaced nor removed, even if a manifest lists it",
          "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    // Their file, under a manifest that lists it with another content's hash.
    scratch.write("site/2025/plan.ics", "their calendar");
    scratch.write("site/iwg-manifest.json", manifest_with("2025/plan.ics", "what iwg wrote"));
    const auto result = publish_to(site, repository_site("1"));
    CHECK(result.removed == 0);
    CHECK(read_bytes(site / "2025" / "plan.ics") == "their calendar");
    // Generated this time: refused, not replaced.
    CHECK_THROWS_MATCHES(publish_to(site, repository_site("1", {"2024", "2025"})), SiteError,
                         Catch::Message((site / "2025/plan.ics").string() +
                                        ": exists and was not written by iwg publish; move it "
                                        "away or publish to another directory"));
    CHECK(read_bytes(site / "2025" / "plan.ics") == "their calendar");
}

TEST_CASE("a forged manifest that lists a plan file with its correct hash removes nothing",
          "[site_writer]") {
    Scratch scratch;
    const fs::path plan = scratch.path() / "2024";
    scratch.write("2024/goals.yaml", "goals: []\n");
    scratch.write("2024/iwg-manifest.json", manifest_with("goals.yaml", "goals: []\n"));
    CHECK_THROWS_WITH(
        Site(plan.string()),
        Catch::Contains("not a manifest iwg publish wrote (entry 1 of its \"files\" is not a "
                        "path publish generates)"));
    CHECK(read_bytes(plan / "goals.yaml") == "goals: []\n");
    // A manifest naming a page of the layout does not make the plan's directory a site.
    scratch.write("2024/plan.ics", "ics 0");
    scratch.write("2024/iwg-manifest.json", manifest_with("plan.ics", "ics 0"));
    RunInputs inputs{{plan.string()}, {(plan / "goals.yaml").string()}};
    CHECK_THROWS_WITH(publish_to(plan, plan_site("", "1"), {}, inputs),
                      Catch::Contains("the plan directory '" + plan.string() + "' this run reads"));
    CHECK(snapshot(plan) == std::map<std::string, std::string>{
                                {"goals.yaml", "goals: []\n"},
                                {"iwg-manifest.json", manifest_with("plan.ics", "ics 0")},
                                {"plan.ics", "ics 0"}});
}

TEST_CASE("never inside, above or below a plan directory the run reads", "[site_writer]") {
    Scratch scratch;
    scratch.write("plans/2024/plan.yaml", "year: 2024\n");
    const RunInputs inputs{{(scratch.path() / "plans/2024").string()},
                           {(scratch.path() / "plans/2024/plan.yaml").string()}};
    for (const auto* dir : {"plans/2024", "plans/2024/site", "plans/2024/new/.", "plans", "."}) {
        INFO(dir);
        const auto before = snapshot(scratch.path());
        CHECK_THROWS_AS(publish_to(scratch.path() / dir, plan_site("", "1"), {}, inputs),
                        SiteError);
        CHECK(snapshot(scratch.path()) == before);
    }
    // Beside the plans is fine.
    CHECK(publish_to(scratch.path() / "site", plan_site("", "1"), {}, inputs).written == 4);
}

TEST_CASE("a file the run reads, linked into the site, is never replaced", "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    publish_to(site, plan_site("", "1"));
    // plan.ics is made a hard link of a plan file, with publish's own bytes.
    const fs::path input = scratch.write("plans/plan.yaml", "ics 1");
    fs::remove(site / "plan.ics");
    fs::create_hard_link(input, site / "plan.ics");
    const RunInputs inputs{{(scratch.path() / "plans").string()}, {input.string()}};
    CHECK_THROWS_WITH(publish_to(site, plan_site("", "2"), {}, inputs),
                      Catch::Contains("a file this run reads as input"));
    CHECK(read_bytes(input) == "ics 1");
}

TEST_CASE("DIR that is a symbolic link is refused, and 'lnk/..' is the link target's parent",
          "[site_writer]") {
    Scratch scratch;
    fs::create_directories(scratch.path() / "real" / "inner");
    fs::create_directory_symlink(scratch.path() / "real", scratch.path() / "lnk");
    CHECK_THROWS_WITH(Site((scratch.path() / "lnk").string()),
                      Catch::Contains("a symbolic link; publish never writes through one"));
    CHECK_THROWS_WITH(Site((scratch.path() / "lnk").string() + "/"),
                      Catch::Contains("a symbolic link"));
    // Through "lnk/inner/..": the system's reading, real/ (not the lexical scratch/).
    publish_to(scratch.path() / "lnk" / "inner" / "..", plan_site("", "1"));
    CHECK(read_bytes(scratch.path() / "real" / "plan.ics") == "ics 1");
    CHECK_FALSE(fs::exists(scratch.path() / "plan.ics"));
}

TEST_CASE("a run cut short leaves an intent record that the next run completes", "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    PublishHooks hooks;
    int writes = 0;
    hooks.before_write = [&](const std::string&) {
        if (++writes == 3) {
            throw DirectoryError{ENOSPC, "cannot write"};
        }
    };
    try {
        publish_to(site, repository_site("1"), hooks);
        FAIL("no error");
    } catch (const SiteError& e) {
        CHECK(e.written() == 2);
        CHECK(e.unfinished());
        CHECK(e.reason() == "cannot write: No space left on device");
    }
    const std::string record = read_bytes(site / "iwg-manifest.json");
    CHECK(record.find("\"state\": \"writing\"") != std::string::npos);
    CHECK(record.find(sha256_hex("readme 1")) != std::string::npos);
    const auto stale = Site(site.string()).check(repository_site("1"), as_of);
    REQUIRE_FALSE(stale.empty());
    CHECK(stale.back().state == "unfinished: a run was cut short");
    // The next day's pages differ; the files written before are still publish's.
    const auto next = publish_to(site, repository_site("2"));
    CHECK(next.completed_cut_short);
    CHECK(next.written == 5);
    CHECK(read_bytes(site / "iwg-manifest.json").find("\"state\": \"complete\"") !=
          std::string::npos);
    CHECK(Site(site.string()).check(repository_site("2"), as_of).empty());
}

TEST_CASE("a run cut short while replacing keeps the old files owned", "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    publish_to(site, repository_site("1", {"2024", "2025"}));
    PublishHooks hooks;
    hooks.before_write = [](const std::string& path) {
        if (path == "2024/plan.ics") {
            throw DirectoryError{EIO, "cannot write"};
        }
    };
    CHECK_THROWS_AS(publish_to(site, repository_site("2", {"2024"}), hooks), SiteError);
    // Not yet replaced, not yet removed: both still publish's, by the record's "replacing".
    const auto done = publish_to(site, repository_site("3", {"2024"}));
    CHECK(done.removed == 4);
    CHECK_FALSE(fs::exists(site / "2025"));
    CHECK(read_bytes(site / "2024" / "plan.ics") == "ics 3");
}

TEST_CASE("a version 1 manifest: files that hold this run's bytes are kept, others refused",
          "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    scratch.write("site/plan.ics", "ics 1");
    scratch.write("site/plan.json", "json 0");
    scratch.write("site/iwg-manifest.json",
                  R"({"generator": "iwg publish", "version": 1, "as_of": "2024-06-01",
                      "files": ["plan.ics", "plan.json"]})");
    CHECK_THROWS_WITH(publish_to(site, plan_site("", "1")),
                      Catch::Contains("plan.json: exists and iwg publish cannot tell that it "
                                      "wrote it (the manifest, from an earlier iwg, records no "
                                      "hashes)"));
    fs::remove(site / "plan.json");
    const auto result = publish_to(site, plan_site("", "1"));
    CHECK(result.unchanged == 1);
    CHECK(result.written == 3);
}

TEST_CASE("a directory named like a generated file is refused before any write", "[site_writer]") {
    SiteContent files = repository_site("1");
    files.merge(plan_site("index.html/2024", "1"));
    Scratch scratch;
    CHECK_THROWS_AS(publish_to(scratch.path() / "site", files), SiteError);
    CHECK(fs::is_empty(scratch.path()));
}

TEST_CASE("a directory above the site that may be searched but not read does not stop publish",
          "[site_writer]") {
    // The layout of a user's web directory: /home/USER is 0711, the site below it.
    Scratch scratch;
    const fs::path above = scratch.path() / "home";
    fs::create_directory(above);
    const int result = test::as_ordinary_user(above, [&above] {
        fs::permissions(above, fs::perms::owner_write | fs::perms::owner_exec |
                                   fs::perms::group_exec | fs::perms::others_exec);
        const auto first = publish_to(above / "site", plan_site("", "1"));
        const auto second = publish_to(above / "site", plan_site("", "2"));
        return first.written == 4 && second.written == 4 ? 0 : 1;
    });
    fs::permissions(above, fs::perms::owner_all);
    CHECK(result == 0);
    CHECK(read_bytes(above / "site" / "plan.ics") == "ics 2");
}

TEST_CASE("a file of the site that cannot be read is named, by publish and by check",
          "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    publish_to(site, plan_site("", "1"));
    const std::string expected = (site / "plan.ics").string() + ": cannot read it: ";
    const int result = test::as_ordinary_user(site, [&] {
        fs::permissions(site / "plan.ics", fs::perms::none);
        try {
            Site(site.string()).check(plan_site("", "1"), as_of);
            return 1;
        } catch (const SiteError& e) {
            if (!std::string(e.what()).starts_with(expected)) {
                return 2;
            }
        }
        try {
            publish_to(site, plan_site("", "2"));
            return 3;
        } catch (const SiteError& e) {
            if (!std::string(e.what()).starts_with(expected)) {
                return 4;
            }
        }
        // The manifest too: not "not a manifest iwg publish wrote (not a regular file)".
        fs::permissions(site / "iwg-manifest.json", fs::perms::none);
        try {
            Site opened(site.string());
            return 5;
        } catch (const SiteError& e) {
            return std::string(e.what()).starts_with((site / "iwg-manifest.json").string() +
                                                     ": cannot read it: ")
                       ? 0
                       : 6;
        }
    });
    CHECK(result == 0);
}
