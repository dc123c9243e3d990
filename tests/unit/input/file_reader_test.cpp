#include "iwg/input/file_reader.hpp"

#include <unistd.h>

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "scratch.hpp"

using namespace iwg;

namespace {

std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("iwg-test-" + std::to_string(::getpid()) + "-" + name))
        .string();
}

}  // namespace

TEST_CASE("read_file_bytes refuses what is not a regular file", "[file_reader]") {
    Diagnostics diagnostics;
    std::string out;
    const std::string dir = temp_path("dir.yaml");
    std::filesystem::create_directory(dir);
    CHECK_FALSE(read_file_bytes(dir, ReadLimits{}, out, diagnostics));
    CHECK_FALSE(read_file_bytes("/dev/null", ReadLimits{}, out, diagnostics));
    CHECK_FALSE(read_file_bytes(temp_path("missing.yaml"), ReadLimits{}, out, diagnostics));
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics.items()[0].message == "not a regular file: it is a directory");
    CHECK(diagnostics.items()[0].location.file == dir);
    CHECK(diagnostics.items()[1].message == "not a regular file: it is a device");
    CHECK(diagnostics.items()[2].message == "cannot open the file: No such file or directory");
    CHECK(diagnostics.has_input_error());
    std::filesystem::remove(dir);
}

TEST_CASE("the default size limit refuses a file past 1 MiB without reading it", "[file_reader]") {
    const std::string path = temp_path("sparse.yaml");
    { std::ofstream f(path); }
    std::filesystem::resize_file(path, 1024 * 1024);  // sparse: nothing to read
    Diagnostics accepted;
    std::string text;
    CHECK(read_file_bytes(path, ReadLimits{}, text, accepted));
    CHECK(text.size() == 1024 * 1024);
    std::filesystem::resize_file(path, 1024 * 1024 + 1);
    Diagnostics diagnostics;
    std::string out;
    CHECK_FALSE(read_file_bytes(path, ReadLimits{}, out, diagnostics));
    CHECK(out.empty());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.items()[0].rule->id == "E002");
    CHECK(diagnostics.items()[0].message ==
          "the file is 1048577 bytes, more than the limit of 1048576 bytes");
    std::filesystem::remove(path);
}

TEST_CASE("read_file_bytes enforces the size limit before reading", "[file_reader]") {
    const std::string path = temp_path("big.yaml");
    {
        std::ofstream f(path);
        f << std::string(100, 'a');
    }
    Diagnostics diagnostics;
    std::string out;
    CHECK(read_file_bytes(path, ReadLimits{100}, out, diagnostics));
    CHECK(out.size() == 100);
    CHECK_FALSE(read_file_bytes(path, ReadLimits{99}, out, diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.items()[0].rule->id == "E002");
    CHECK(diagnostics.items()[0].message ==
          "the file is 100 bytes, more than the limit of 99 bytes");
    CHECK(diagnostics.items()[0].hint == "raise the limit with --max-file-size 100");
    std::filesystem::remove(path);
}

TEST_CASE("read_file_bytes reads no file outside its root, however links lead there",
          "[file_reader]") {
    namespace fs = std::filesystem;
    test::Scratch scratch;
    const fs::path root = scratch.path() / "plans";
    const std::string secret = "password: SECRET-b41c\n";
    scratch.write("outside/secret.yaml", secret);
    scratch.write("plans/shared/goals.yaml", "goals: []\n");
    fs::create_directories(root / "2024");
    // Out: absolute, relative, a chain of links, through a link to a directory, /proc.
    fs::create_symlink(scratch.path() / "outside/secret.yaml", root / "2024/absolute.yaml");
    fs::create_symlink("../../outside/secret.yaml", root / "2024/relative.yaml");
    fs::create_symlink("hop.yaml", root / "2024/chain.yaml");
    fs::create_symlink("../shared/hop.yaml", root / "2024/hop.yaml");
    fs::create_symlink("../../outside/secret.yaml", root / "shared/hop.yaml");
    fs::create_directory_symlink("../../outside", root / "2024/out");
    fs::create_symlink("out/secret.yaml", root / "2024/through.yaml");
    fs::create_symlink("/proc/self/environ", root / "2024/env.yaml");
    fs::create_symlink("/etc/passwd", root / "2024/passwd.yaml");
    // In: a link to a file elsewhere in the root, and one that leaves and comes back.
    fs::create_symlink("../shared/goals.yaml", root / "2024/goals.yaml");
    fs::create_symlink("../plans/shared/goals.yaml", scratch.path() / "outside/back.yaml");
    fs::create_symlink("../../outside/back.yaml", root / "2024/back.yaml");

    ReadLimits limits;
    limits.root = root.string();
    for (const char* name : {"absolute.yaml", "relative.yaml", "chain.yaml", "through.yaml",
                             "env.yaml", "passwd.yaml"}) {
        INFO(name);
        Diagnostics diagnostics;
        std::string out;
        const std::string link = (root / "2024" / name).string();
        CHECK_FALSE(read_file_bytes(link, limits, out, diagnostics));
        CHECK(out.empty());
        REQUIRE(diagnostics.size() == 1);
        const Diagnostic& refused = diagnostics.items().front();
        CHECK(refused.rule->id == "E001");
        CHECK(refused.location.file == link);
        CHECK(refused.message == fmt::format("not read: with its links followed it lies "
                                             "outside '{}', and iwg reads no file outside it",
                                             root.string()));
        CHECK(refused.message.find("SECRET") == std::string::npos);
        CHECK(refused.message.find("outside/") == std::string::npos);  // nor the target's name
        CHECK(refused.hint.find("SECRET") == std::string::npos);
    }
    for (const char* name : {"goals.yaml", "back.yaml"}) {
        INFO(name);
        Diagnostics diagnostics;
        std::string out;
        CHECK(read_file_bytes((root / "2024" / name).string(), limits, out, diagnostics));
        CHECK(out == "goals: []\n");
        CHECK(diagnostics.empty());
    }
    // A root of a link's own: what counts is where the root really is.
    fs::create_directory_symlink(root, scratch.path() / "linked-plans");
    limits.root = (scratch.path() / "linked-plans").string();
    Diagnostics diagnostics;
    std::string out;
    CHECK(read_file_bytes((root / "2024/goals.yaml").string(), limits, out, diagnostics));
    CHECK_FALSE(read_file_bytes((root / "2024/relative.yaml").string(), limits, out, diagnostics));
    // Without a root, the caller has said where may be read.
    out.clear();
    CHECK(read_file_bytes((root / "2024/relative.yaml").string(), ReadLimits{}, out, diagnostics));
    CHECK(out == secret);
}

TEST_CASE("work_tree_of: the nearest directory with a .git entry, else the current one",
          "[file_reader]") {
    namespace fs = std::filesystem;
    test::Scratch scratch;
    scratch.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    scratch.write("repo/.github/reminder.txt", "{topic}\n");
    scratch.write("worktree/.git", "gitdir: /elsewhere\n");  // a worktree's .git is a file
    scratch.write("worktree/a/b/t.txt", "");
    scratch.write("plain/t.txt", "");
    CHECK(work_tree_of((scratch.path() / "repo/.github/reminder.txt").string()) ==
          (scratch.path() / "repo").string());
    CHECK(work_tree_of((scratch.path() / "worktree/a/b/t.txt").string()) ==
          (scratch.path() / "worktree").string());
    CHECK(work_tree_of((scratch.path() / "repo/x/../.github/reminder.txt").string()) ==
          (scratch.path() / "repo").string());
    CHECK(work_tree_of((scratch.path() / "plain/t.txt").string()) == fs::current_path().string());
}
