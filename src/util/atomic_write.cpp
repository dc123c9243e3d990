#include "iwg/util/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <set>
#include <system_error>

#include <fmt/format.h>

namespace iwg {
namespace fs = std::filesystem;

WriteError::WriteError(Kind kind, fs::path path, std::string reason)
    : std::runtime_error(fmt::format("{}: {}", path.string(), reason)),
      kind_(kind),
      path_(std::move(path)),
      reason_(std::move(reason)) {}

namespace {

std::string system_message(int error) {
    return std::strerror(error);
}

// Closes a file descriptor once, on every path out of a scope.
class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    int get() const { return fd_; }
    // Closes now, so that a failing close (a delayed write error) is seen. Returns errno or 0.
    int close() {
        const int result = ::close(fd_);
        fd_ = -1;
        return result == 0 ? 0 : errno;
    }

  private:
    int fd_;
};

// ".NAME.iwg-" and six random letters or digits.
std::string hidden_name(const std::string& name) {
    static constexpr std::string_view letters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
    std::string out = "." + name + ".iwg-";
    for (int i = 0; i < 6; ++i) {
        out += letters[pick(random)];
    }
    return out;
}

constexpr int attempts = 100;

// The absolute path without "." or ".." and without a trailing separator: "plans/2025/"
// and "plans/./2025" name the directory "2025" in "plans".
fs::path normal_target(const fs::path& path) {
    fs::path normal = fs::absolute(path).lexically_normal();
    if (normal.filename().empty() && normal.has_parent_path() && normal != normal.root_path()) {
        normal = normal.parent_path();
    }
    return normal;
}

void write_all(int fd, const std::string& bytes, const fs::path& shown) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw WriteError(WriteError::Kind::io, shown,
                             fmt::format("cannot write: {}", system_message(errno)));
        }
        done += static_cast<std::size_t>(n);
    }
}

void sync_and_close(FileDescriptor& fd, const fs::path& shown) {
    if (::fsync(fd.get()) != 0) {
        throw WriteError(WriteError::Kind::io, shown,
                         fmt::format("cannot write: {}", system_message(errno)));
    }
    if (const int error = fd.close(); error != 0) {
        throw WriteError(WriteError::Kind::io, shown,
                         fmt::format("cannot write: {}", system_message(error)));
    }
}

// Makes a new, empty directory beside `target` and returns its path.
fs::path make_hidden_directory(const fs::path& target, const fs::path& shown) {
    const fs::path parent = target.parent_path();
    for (int i = 0; i < attempts; ++i) {
        const fs::path candidate = parent / hidden_name(target.filename().string());
        if (::mkdir(candidate.c_str(), 0777) == 0) {
            return candidate;
        }
        if (errno != EEXIST) {
            throw WriteError(
                WriteError::Kind::io, shown,
                fmt::format("cannot create a directory beside it: {}", system_message(errno)));
        }
    }
    throw WriteError(WriteError::Kind::io, shown,
                     "cannot create a directory beside it: every name tried exists");
}

void check_names(const std::vector<GeneratedFile>& files) {
    std::set<std::string> seen;
    for (const auto& file : files) {
        if (file.name.empty() || file.name == "." || file.name == ".." ||
            file.name.find('/') != std::string::npos || file.name.find('\0') != std::string::npos) {
            throw std::invalid_argument("not a plain file name: '" + file.name + "'");
        }
        if (!seen.insert(file.name).second) {
            throw std::invalid_argument("a file name given twice: '" + file.name + "'");
        }
    }
}

// Best effort: a crash right after the rename should not lose the new entry. A failure here
// changes nothing the caller can act on, so it is not reported.
void sync_directory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

void write_directory_atomically(const fs::path& dir, const std::vector<GeneratedFile>& files,
                                const std::function<void()>& before_rename) {
    check_names(files);
    const fs::path target = normal_target(dir);
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(target, ec);
    if (fs::is_symlink(status)) {
        throw WriteError(WriteError::Kind::exists, dir, "is a symbolic link");
    }
    if (fs::exists(status)) {
        if (!fs::is_directory(status)) {
            throw WriteError(WriteError::Kind::exists, dir, "exists and is not a directory");
        }
        const bool empty = fs::is_empty(target, ec);
        if (ec) {
            throw WriteError(WriteError::Kind::io, dir,
                             fmt::format("cannot list the directory: {}", ec.message()));
        }
        if (!empty) {
            throw WriteError(WriteError::Kind::exists, dir, "not empty");
        }
    }

    const fs::path hidden = make_hidden_directory(target, dir);
    try {
        for (const auto& file : files) {
            const fs::path path = hidden / file.name;
            FileDescriptor fd(
                ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666));
            if (fd.get() < 0) {
                throw WriteError(WriteError::Kind::io, dir / file.name,
                                 fmt::format("cannot create: {}", system_message(errno)));
            }
            write_all(fd.get(), file.bytes, dir / file.name);
            sync_and_close(fd, dir / file.name);
        }
        sync_directory(hidden);
        if (before_rename) {
            before_rename();
        }
        if (::rename(hidden.c_str(), target.c_str()) != 0) {
            const int error = errno;
            // Someone filled or replaced the directory since it was checked.
            if (error == ENOTEMPTY || error == EEXIST) {
                throw WriteError(WriteError::Kind::exists, dir, "not empty");
            }
            if (error == ENOTDIR) {
                throw WriteError(WriteError::Kind::exists, dir, "exists and is not a directory");
            }
            throw WriteError(
                WriteError::Kind::io, dir,
                fmt::format("cannot rename the new directory onto it: {}", system_message(error)));
        }
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(hidden, ignored);
        throw;
    }
    sync_directory(target.parent_path());
}

void write_file_atomically(const fs::path& path, const std::string& bytes) {
    const fs::path target = normal_target(path);
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(target, ec);
    if (fs::is_directory(status)) {
        throw WriteError(WriteError::Kind::exists, path, "is a directory");
    }
    struct stat existing {};
    const bool keep_mode = fs::is_regular_file(status) && ::stat(target.c_str(), &existing) == 0;

    const fs::path parent = target.parent_path();
    fs::path temporary;
    int raw_fd = -1;
    for (int i = 0; i < attempts && raw_fd < 0; ++i) {
        temporary = parent / hidden_name(target.filename().string());
        raw_fd =
            ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (raw_fd < 0 && errno != EEXIST) {
            throw WriteError(
                WriteError::Kind::io, path,
                fmt::format("cannot create a file beside it: {}", system_message(errno)));
        }
    }
    if (raw_fd < 0) {
        throw WriteError(WriteError::Kind::io, path,
                         "cannot create a file beside it: every name tried exists");
    }
    FileDescriptor fd(raw_fd);
    try {
        if (keep_mode && ::fchmod(fd.get(), existing.st_mode & 07777) != 0) {
            throw WriteError(WriteError::Kind::io, path,
                             fmt::format("cannot keep its permissions: {}", system_message(errno)));
        }
        write_all(fd.get(), bytes, path);
        sync_and_close(fd, path);
        if (::rename(temporary.c_str(), target.c_str()) != 0) {
            throw WriteError(
                WriteError::Kind::io, path,
                fmt::format("cannot rename the new file onto it: {}", system_message(errno)));
        }
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    sync_directory(parent);
}

}  // namespace iwg
