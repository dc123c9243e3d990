#include "iwg/util/atomic_write.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "scratch.hpp"

using namespace iwg;
namespace fs = std::filesystem;

namespace {

using test::read_bytes;
using test::Scratch;

// The names in a directory, sorted.
std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

const std::vector<GeneratedFile> two_files{{"a.yaml", "a: 1\n"}, {"b.yaml", ""}};

}  // namespace

TEST_CASE("a new directory gets every file with its bytes", "[atomic_write]") {
    Scratch scratch;
    const fs::path dir = scratch.path() / "2025";
    write_directory_atomically(dir, two_files);
    CHECK(names_in(dir) == std::vector<std::string>{"a.yaml", "b.yaml"});
    CHECK(read_bytes(dir / "a.yaml") == "a: 1\n");
    CHECK(read_bytes(dir / "b.yaml").empty());
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"2025"});
}

TEST_CASE("the new directory gets the mode mkdir gives, files 0666 less the umask",
          "[atomic_write]") {
    Scratch scratch;
    const mode_t mask = ::umask(022);
    write_directory_atomically(scratch.path() / "2025", two_files);
    ::umask(mask);
    struct stat dir_status {};
    struct stat file_status {};
    REQUIRE(::stat((scratch.path() / "2025").c_str(), &dir_status) == 0);
    REQUIRE(::stat((scratch.path() / "2025" / "a.yaml").c_str(), &file_status) == 0);
    CHECK((dir_status.st_mode & 07777) == 0755);
    CHECK((file_status.st_mode & 07777) == 0644);
}

TEST_CASE("an existing empty directory is replaced, also when named with a trailing slash",
          "[atomic_write]") {
    Scratch scratch;
    const fs::path dir = scratch.path() / "2025";
    fs::create_directory(dir);
    write_directory_atomically(dir.string() + "/", two_files);
    CHECK(names_in(dir) == std::vector<std::string>{"a.yaml", "b.yaml"});
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"2025"});
}

TEST_CASE("a directory that holds anything is refused and left as it was", "[atomic_write]") {
    Scratch scratch;
    const fs::path dir = scratch.path() / "2025";
    fs::create_directory(dir);
    std::ofstream(dir / ".keep") << "mine";
    try {
        write_directory_atomically(dir, two_files);
        FAIL("no error");
    } catch (const WriteError& e) {
        CHECK(e.kind() == WriteError::Kind::exists);
        CHECK(e.path() == dir);
        CHECK(e.reason() == "not empty");
        CHECK(std::string(e.what()) == dir.string() + ": not empty");
    }
    CHECK(names_in(dir) == std::vector<std::string>{".keep"});
    CHECK(read_bytes(dir / ".keep") == "mine");
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"2025"});
}

TEST_CASE("a file or a symbolic link where the directory should be is refused", "[atomic_write]") {
    Scratch scratch;
    const fs::path file = scratch.path() / "2025";
    std::ofstream(file) << "mine";
    CHECK_THROWS_MATCHES(write_directory_atomically(file, two_files), WriteError,
                         Catch::Message(file.string() + ": exists and is not a directory"));
    CHECK(read_bytes(file) == "mine");

    fs::create_directory(scratch.path() / "empty");
    const fs::path link = scratch.path() / "link";
    fs::create_directory_symlink(scratch.path() / "empty", link);
    CHECK_THROWS_MATCHES(write_directory_atomically(link, two_files), WriteError,
                         Catch::Message(link.string() + ": is a symbolic link"));
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"2025", "empty", "link"});
    CHECK(fs::is_empty(scratch.path() / "empty"));
}

TEST_CASE("a hook that throws before the rename leaves nothing behind", "[atomic_write]") {
    Scratch scratch;
    const fs::path dir = scratch.path() / "2025";
    std::vector<std::string> seen_beside;
    CHECK_THROWS_MATCHES(write_directory_atomically(dir, two_files,
                                                    [&] {
                                                        seen_beside = names_in(scratch.path());
                                                        throw std::runtime_error("crash");
                                                    }),
                         std::runtime_error, Catch::Message("crash"));
    // While it ran, the files sat in one hidden directory beside the target.
    REQUIRE(seen_beside.size() == 1);
    CHECK(seen_beside.front().starts_with(".2025.iwg-"));
    CHECK(seen_beside.front().size() == std::string(".2025.iwg-").size() + 6);
    CHECK(names_in(scratch.path()).empty());

    // An existing empty directory stays as it was.
    fs::create_directory(dir);
    CHECK_THROWS(write_directory_atomically(dir, two_files, [] { throw 42; }));
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"2025"});
    CHECK(fs::is_empty(dir));
}

TEST_CASE("a missing parent directory is an error, and is not created", "[atomic_write]") {
    Scratch scratch;
    const fs::path dir = scratch.path() / "missing" / "2025";
    try {
        write_directory_atomically(dir, two_files);
        FAIL("no error");
    } catch (const WriteError& e) {
        CHECK(e.kind() == WriteError::Kind::io);
        CHECK(e.path() == dir);
        CHECK(e.reason() == "cannot create a directory beside it: No such file or directory");
    }
    CHECK(names_in(scratch.path()).empty());
}

TEST_CASE("file names must be plain and given once", "[atomic_write]") {
    Scratch scratch;
    const fs::path dir = scratch.path() / "2025";
    CHECK_THROWS_AS(write_directory_atomically(dir, {{"../x.yaml", ""}}), std::invalid_argument);
    CHECK_THROWS_AS(write_directory_atomically(dir, {{"", ""}}), std::invalid_argument);
    CHECK_THROWS_AS(write_directory_atomically(dir, {{"a", ""}, {"a", ""}}), std::invalid_argument);
    CHECK(names_in(scratch.path()).empty());
}

TEST_CASE("one file is replaced through a hidden file beside it", "[atomic_write]") {
    Scratch scratch;
    const fs::path file = scratch.path() / "plan.yaml";
    write_file_atomically(file, "new\n");
    CHECK(read_bytes(file) == "new\n");

    fs::permissions(file, fs::perms(0640));
    write_file_atomically(file, "newer\n");
    CHECK(read_bytes(file) == "newer\n");
    CHECK(fs::status(file).permissions() == fs::perms(0640));
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"plan.yaml"});

    CHECK_THROWS_MATCHES(write_file_atomically(scratch.path(), "x"), WriteError,
                         Catch::Message(scratch.path().string() + ": is a directory"));
    const fs::path missing = scratch.path() / "missing" / "plan.yaml";
    CHECK_THROWS_MATCHES(
        write_file_atomically(missing, "x"), WriteError,
        Catch::Message(missing.string() +
                       ": cannot create a file beside it: No such file or directory"));
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"plan.yaml"});
}

TEST_CASE("'lnk/inner/../x' is read as the system reads it: beside inner, in the link's target",
          "[atomic_write]") {
    Scratch scratch;
    fs::create_directories(scratch.path() / "real" / "inner");
    fs::create_directory_symlink(scratch.path() / "real", scratch.path() / "lnk");
    const fs::path dir = scratch.path() / "lnk" / "inner" / ".." / "2025";
    write_directory_atomically(dir, two_files);
    CHECK(names_in(scratch.path() / "real" / "2025") ==
          std::vector<std::string>{"a.yaml", "b.yaml"});
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"lnk", "real"});
    write_file_atomically(scratch.path() / "lnk" / "inner" / ".." / "one.yaml", "x");
    CHECK(read_bytes(scratch.path() / "real" / "one.yaml") == "x");
    CHECK(names_in(scratch.path()) == std::vector<std::string>{"lnk", "real"});
}

TEST_CASE(
    "the directory that holds the target swapped for a link after the check: the write "
    "stays where it was checked",
    "[atomic_write]") {
    Scratch scratch;
    fs::create_directory(scratch.path() / "parent");
    fs::create_directory(scratch.path() / "outside");
    const fs::path dir = scratch.path() / "parent" / "2025";
    write_directory_atomically(dir, two_files, [&] {
        fs::rename(scratch.path() / "parent", scratch.path() / "moved");
        fs::create_directory_symlink(scratch.path() / "outside", scratch.path() / "parent");
    });
    CHECK(fs::is_empty(scratch.path() / "outside"));
    CHECK(names_in(scratch.path() / "moved" / "2025") ==
          std::vector<std::string>{"a.yaml", "b.yaml"});
}

TEST_CASE("'.' and '..' are not a new directory's name", "[atomic_write]") {
    Scratch scratch;
    for (const auto* name : {".", ".."}) {
        CHECK_THROWS_MATCHES(write_directory_atomically(scratch.path() / name, two_files),
                             WriteError,
                             Catch::Message((scratch.path() / name).string() +
                                            ": is not the name of a new directory"));
    }
    CHECK(names_in(scratch.path()).empty());
}

TEST_CASE("a parent that may be searched but not read takes a new directory", "[atomic_write]") {
    Scratch scratch;
    const fs::path parent = scratch.path() / "home";
    fs::create_directory(parent);
    const int result = test::as_ordinary_user(parent, [&parent] {
        fs::permissions(parent, fs::perms::owner_write | fs::perms::owner_exec);
        write_directory_atomically(parent / "2025", two_files);
        return 0;
    });
    fs::permissions(parent, fs::perms::owner_all);
    CHECK(result == 0);
    CHECK(read_bytes(parent / "2025" / "a.yaml") == "a: 1\n");
}
