#include "iwg/input/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "iwg/plan/rules.hpp"

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

}  // namespace

bool read_file_bytes(const std::string& path, const ReadLimits& limits, std::string& out,
                     Diagnostics& diagnostics) {
    const Location where{path, {}, {}};
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
