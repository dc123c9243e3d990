#include "iwg/input/file_reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

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

TEST_CASE("the default size limit refuses 50 MiB without reading it", "[file_reader]") {
    const std::string path = temp_path("sparse.yaml");
    { std::ofstream f(path); }
    std::filesystem::resize_file(path, 50ull * 1024 * 1024);  // sparse: nothing to read
    Diagnostics diagnostics;
    std::string out;
    CHECK_FALSE(read_file_bytes(path, ReadLimits{}, out, diagnostics));
    CHECK(out.empty());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.items()[0].rule->id == "E002");
    CHECK(ReadLimits{}.max_file_size >= 16ull * 1024 * 1024);
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
