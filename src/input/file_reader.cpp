#include "iwg/input/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"

namespace iwg {
namespace {

std::string_view file_type_name(mode_t mode) {
    if (S_ISDIR(mode)) {
        return "a directory";
    }
    if (S_ISFIFO(mode)) {
        return "a pipe";
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return "a device";
    }
    if (S_ISSOCK(mode)) {
        return "a socket";
    }
    return "not a regular file";
}

class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

// Where `path` really is, every link resolved; nullopt if it cannot be resolved.
std::optional<std::string> real_path(const std::string& path) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved == nullptr) {
        return std::nullopt;
    }
    std::string out(resolved);
    std::free(resolved);  // NOLINT(cppcoreguidelines-no-malloc): realpath's buffer
    return out;
}

// The real path of the file open as `fd` (`opened` is its fstat): /proc names it; without
// /proc, the real path of `path` if that is still the file opened.
std::optional<std::string> real_path_of(int fd, const std::string& path,
                                        const struct stat& opened) {
    const std::string link = "/proc/self/fd/" + std::to_string(fd);
    std::string target(PATH_MAX, '\0');
    const ssize_t n = ::readlink(link.c_str(), target.data(), target.size());
    if (n > 0 && static_cast<std::size_t>(n) < target.size() && target[0] == '/') {
        target.resize(static_cast<std::size_t>(n));
        return target;
    }
    auto real = real_path(path);
    struct stat now {};
    if (real && ::stat(real->c_str(), &now) == 0 && now.st_dev == opened.st_dev &&
        now.st_ino == opened.st_ino) {
        return real;
    }
    return std::nullopt;
}

bool is_within(std::string_view path, std::string_view root) {
    return path.starts_with(root) &&
           (path.size() == root.size() || root.ends_with('/') || path[root.size()] == '/');
}

// The finding for a file outside its root: it names the path given, never the target.
void refuse_outside(const std::string& path, const std::string& root, Diagnostics& diagnostics) {
    diagnostics.add(rules::unreadable, Location{path, {}, {}},
                    fmt::format("not read: with its links followed it lies outside '{}', and "
                                "iwg reads no file outside it",
                                root),
                    fmt::format("put the file itself, not a link to it, inside '{}'", root));
}

}  // namespace

std::string work_tree_of(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path directory = fs::absolute(path, ec).lexically_normal().parent_path();
    while (!ec && !directory.empty()) {
        std::error_code missing;  // not there, or not a directory above it: look further up
        if (fs::exists(fs::symlink_status(directory / ".git", missing))) {
            return directory.string();
        }
        if (directory == directory.root_path()) {
            break;
        }
        directory = directory.parent_path();
    }
    return fs::current_path(ec).string();
}

bool read_file_bytes(const std::string& path, const ReadLimits& limits, std::string& out,
                     Diagnostics& diagnostics) {
    const Location where{path, {}, {}};
    std::optional<std::string> root;
    if (!limits.root.empty()) {
        // Checked before opening too: opening a device or a FIFO outside may do something.
        root = real_path(limits.root);
        const auto real = real_path(path);
        if (!root || (real && !is_within(*real, *root))) {
            refuse_outside(path, limits.root, diagnostics);
            return false;
        }
    }
    // O_NONBLOCK: opening a FIFO must not hang; we refuse it after fstat anyway.
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        diagnostics.add(rules::unreadable, where,
                        fmt::format("cannot open the file: {}", std::strerror(errno)));
        return false;
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        diagnostics.add(rules::unreadable, where,
                        fmt::format("cannot read the file: {}", std::strerror(errno)));
        return false;
    }
    if (root) {
        // The file opened, wherever it is now: a link swapped in since the check is refused.
        const auto real = real_path_of(fd.get(), path, info);
        if (!real || !is_within(*real, *root)) {
            refuse_outside(path, limits.root, diagnostics);
            return false;
        }
    }
    if (!S_ISREG(info.st_mode)) {
        diagnostics.add(rules::unreadable, where,
                        fmt::format("not a regular file: it is {}", file_type_name(info.st_mode)));
        return false;
    }
    const auto size = static_cast<std::uint64_t>(info.st_size);
    const auto too_large = [&](std::uint64_t seen) {
        diagnostics.add(rules::too_large, where,
                        fmt::format("the file is {} bytes, more than the limit of {} bytes", seen,
                                    limits.max_file_size),
                        fmt::format("raise the limit with --max-file-size {}", seen));
    };
    if (size > limits.max_file_size) {
        too_large(size);
        return false;
    }
    out.assign(static_cast<std::size_t>(size), '\0');
    std::size_t filled = 0;
    char chunk[65536];
    for (;;) {
        // Fill the buffer fstat sized; past it (the file grew), read into a chunk so that
        // every file does not keep a spare 64 KiB.
        const bool in_place = filled < out.size();
        char* target = in_place ? out.data() + filled : chunk;
        const std::size_t room = in_place ? out.size() - filled : sizeof chunk;
        const ssize_t n = ::read(fd.get(), target, room);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            diagnostics.add(rules::unreadable, where,
                            fmt::format("cannot read the file: {}", std::strerror(errno)));
            return false;
        }
        if (n == 0) {
            break;
        }
        const auto got = static_cast<std::size_t>(n);
        if (!in_place) {
            if (filled + got > limits.max_file_size) {
                too_large(filled + got);
                return false;
            }
            out.append(chunk, got);
        }
        filled += got;
    }
    out.resize(filled);
    return true;
}

}  // namespace iwg
