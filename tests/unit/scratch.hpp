// A fresh directory under the system's temporary directory, removed with everything in it.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <string>
#include <string_view>

namespace iwg::test {

class Scratch {
  public:
    Scratch() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("iwg-test-" + std::to_string(random()) + "-" + std::to_string(random()));
        std::filesystem::create_directory(path_);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    ~Scratch() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }

    // Writes `text` to the relative path `name`, creating its directories.
    std::filesystem::path write(const std::string& name, std::string_view text) const {
        const std::filesystem::path file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

  private:
    std::filesystem::path path_;
};

// A file's bytes (empty when it cannot be read).
inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs `body` as a user whom permissions bind: the tests' own user, or, when the tests run as
// root (who reads every directory), `nobody` in a child process that owns `tree` first. Its
// result; 99 when it throws.
inline int as_ordinary_user(const std::filesystem::path& tree, const std::function<int()>& body) {
    const auto run = [&body] {
        try {
            return body();
        } catch (...) {
            return 99;
        }
    };
    if (::geteuid() != 0) {
        return run();
    }
    const pid_t child = ::fork();
    if (child == 0) {
        const uid_t nobody = 65534;
        bool owned = ::chown(tree.c_str(), nobody, nobody) == 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(tree)) {
            owned = owned && ::lchown(entry.path().c_str(), nobody, nobody) == 0;
        }
        if (!owned || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            ::_exit(98);
        }
        ::_exit(run());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 97;
}

}  // namespace iwg::test
