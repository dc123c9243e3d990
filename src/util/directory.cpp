#include "iwg/util/directory.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include <fmt/format.h>

namespace iwg {

FileIdentity identity_of(const struct stat& status) {
    return {static_cast<std::uint64_t>(status.st_dev), static_cast<std::uint64_t>(status.st_ino)};
}

std::string DirectoryError::message() const {
    return fmt::format("{}: {}", what, std::strerror(error));
}

namespace {

[[noreturn]] void fail(std::string what) {
    throw DirectoryError{errno, std::move(what)};
}

constexpr int attempts = 100;

void write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("cannot write");
        }
        done += static_cast<std::size_t>(n);
    }
}

// A directory opened to list and sync when it may be read, else only to work in (O_PATH): a
// directory that may be searched but not read (a home directory of mode 0711 above a site)
// takes the same *at calls, and only sync() and listing it fail.
int open_directory_at(int at, const char* path, int flags) {
    const int fd = ::openat(at, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | flags);
    if (fd >= 0 || errno != EACCES) {
        return fd;
    }
    return ::openat(at, path, O_PATH | O_DIRECTORY | O_CLOEXEC | flags);
}

}  // namespace

std::string hidden_name(std::string_view name) {
    static constexpr std::string_view letters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
    std::string out = fmt::format(".{}.iwg-", name);
    for (int i = 0; i < 6; ++i) {
        out += letters[pick(random)];
    }
    return out;
}

Directory& Directory::operator=(Directory&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = other.fd_;
        other.fd_ = -1;
    }
    return *this;
}

Directory::~Directory() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

Directory Directory::open_parent_of(const std::filesystem::path& path, std::string& name) {
    std::string text = path.native();
    while (text.size() > 1 && text.back() == '/') {
        text.pop_back();
    }
    std::string parent = ".";
    name = text;
    if (text == "/") {
        parent = "/";
        name = ".";
    } else if (const auto slash = text.rfind('/'); slash != std::string::npos) {
        parent = slash == 0 ? "/" : text.substr(0, slash);
        name = text.substr(slash + 1);
    }
    const int fd = open_directory_at(AT_FDCWD, parent.c_str(), 0);
    if (fd < 0) {
        fail("cannot open the directory that holds it");
    }
    return Directory(fd);
}

std::optional<Directory> Directory::open_followed(const std::filesystem::path& path) {
    const int fd = open_directory_at(AT_FDCWD, path.c_str(), 0);
    return fd < 0 ? std::nullopt : std::optional<Directory>(Directory(fd));
}

std::optional<struct stat> Directory::status_of(const std::string& name) const {
    struct stat status {};
    if (::fstatat(fd_, name.c_str(), &status, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT) {
            return std::nullopt;
        }
        fail("cannot look at it");
    }
    return status;
}

EntryType Directory::type_of(const std::string& name) const {
    const auto status = status_of(name);
    if (!status) {
        return EntryType::none;
    }
    if (S_ISREG(status->st_mode)) {
        return EntryType::regular;
    }
    if (S_ISDIR(status->st_mode)) {
        return EntryType::directory;
    }
    return S_ISLNK(status->st_mode) ? EntryType::symlink : EntryType::other;
}

struct stat Directory::status() const {
    struct stat status {};
    if (::fstat(fd_, &status) != 0) {
        fail("cannot look at the directory");
    }
    return status;
}

FileIdentity Directory::identity() const {
    return identity_of(status());
}

std::optional<Directory> Directory::open_directory(const std::string& name) const {
    const bool dots = name == "." || name == "..";
    const int fd = open_directory_at(fd_, name.c_str(), dots ? 0 : O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) {
            return std::nullopt;
        }
        if (errno == ELOOP) {
            errno = ENOTDIR;  // O_NOFOLLOW's answer for a link: not a directory to us
        }
        fail("cannot open the directory");
    }
    return Directory(fd);
}

Directory Directory::make_directory(const std::string& name, mode_t mode) const {
    if (::mkdirat(fd_, name.c_str(), mode) != 0 && errno != EEXIST) {
        fail("cannot create the directory");
    }
    auto made = open_directory(name);
    if (!made) {
        errno = ENOENT;
        fail("cannot create the directory");
    }
    return std::move(*made);
}

int Directory::open_file(const std::string& name) const {
    const int fd = ::openat(fd_, name.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        return -1;
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        errno = EINVAL;
        return -1;
    }
    return fd;
}

void Directory::write_file(const std::string& name, std::string_view bytes) const {
    const auto existing = status_of(name);
    if (existing && S_ISDIR(existing->st_mode)) {
        errno = EISDIR;
        fail("cannot write");
    }
    std::string temporary;
    int fd = -1;
    for (int i = 0; i < attempts && fd < 0; ++i) {
        temporary = hidden_name(name);
        fd = ::openat(fd_, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                      0666);
        if (fd < 0 && errno != EEXIST) {
            fail("cannot create a file beside it");
        }
    }
    if (fd < 0) {
        fail("cannot create a file beside it");
    }
    try {
        if (existing && S_ISREG(existing->st_mode) &&
            ::fchmod(fd, existing->st_mode & 07777) != 0) {
            fail("cannot keep its permissions");
        }
        write_all(fd, bytes);
        if (::fsync(fd) != 0) {
            fail("cannot write");
        }
        const int closed = ::close(fd);
        fd = -1;
        if (closed != 0) {
            fail("cannot write");
        }
        if (::renameat(fd_, temporary.c_str(), fd_, name.c_str()) != 0) {
            fail("cannot rename the new file onto it");
        }
    } catch (...) {
        if (fd >= 0) {
            ::close(fd);
        }
        ::unlinkat(fd_, temporary.c_str(), 0);
        throw;
    }
    sync();
}

bool Directory::remove_file(const std::string& name) const {
    if (::unlinkat(fd_, name.c_str(), 0) != 0) {
        if (errno == ENOENT) {
            return false;
        }
        fail("cannot remove it");
    }
    return true;
}

bool Directory::remove_empty_directory(const std::string& name) const {
    return ::unlinkat(fd_, name.c_str(), AT_REMOVEDIR) == 0;
}

void Directory::rename_to(const std::string& from, const Directory& target,
                          const std::string& to) const {
    if (::renameat(fd_, from.c_str(), target.fd_, to.c_str()) != 0) {
        fail("cannot rename the new directory onto it");
    }
}

Directory Directory::make_hidden_directory(const std::string& name, std::string& created) const {
    for (int i = 0; i < attempts; ++i) {
        created = hidden_name(name);
        if (::mkdirat(fd_, created.c_str(), 0777) == 0) {
            auto made = open_directory(created);
            if (made) {
                return std::move(*made);
            }
        } else if (errno != EEXIST) {
            fail("cannot create a directory beside it");
        }
    }
    errno = EEXIST;
    fail("cannot create a directory beside it");
}

void Directory::sync() const {
    ::fsync(fd_);
}

}  // namespace iwg
