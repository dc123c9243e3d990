// A directory held open: every name is resolved relative to it and no link is followed, so a
// directory swapped for a symbolic link while iwg works cannot redirect a write or a delete.
// `iwg init` and `iwg publish` write only through it.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace iwg {

// What a name in a directory is, without following a link.
enum class EntryType { none, regular, directory, symlink, other };

// A file's identity on its file system: the same file whatever path or link led to it.
struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    friend auto operator<=>(const FileIdentity&, const FileIdentity&) = default;
};
FileIdentity identity_of(const struct stat& status);

// Thrown by the operations below: `errno` of the call that failed and the call's words.
struct DirectoryError {
    int error = 0;
    std::string what;             // "cannot create", "cannot rename the new file onto it", …
    std::string message() const;  // what + ": " + strerror
};

// An open directory (O_DIRECTORY | O_NOFOLLOW below its first), moved, never copied. Opened
// with O_PATH when it may be searched but not read: then only sync() and listing fail.
class Directory {
  public:
    Directory() = default;
    explicit Directory(int fd) : fd_(fd) {}
    Directory(Directory&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    Directory& operator=(Directory&& other) noexcept;
    Directory(const Directory&) = delete;
    Directory& operator=(const Directory&) = delete;
    ~Directory();

    int fd() const { return fd_; }
    bool is_open() const { return fd_ >= 0; }

    // The directory that holds `path` as the system resolves it (links and ".." physically:
    // "lnk/.." is the parent of the link's target), and the last name of `path` (trailing
    // slashes dropped; "." when `path` ends in "." or is "/"). Throws DirectoryError.
    static Directory open_parent_of(const std::filesystem::path& path, std::string& name);
    // The directory at `path`, links followed; nullopt when it is not one or cannot be opened.
    static std::optional<Directory> open_followed(const std::filesystem::path& path);

    EntryType type_of(const std::string& name) const;
    std::optional<struct stat> status_of(const std::string& name) const;  // no link followed
    struct stat status() const;
    FileIdentity identity() const;

    // The subdirectory `name`, never through a link: nullopt when nothing has that name;
    // DirectoryError (ENOTDIR) for a link or anything that is not a directory. "." and ".."
    // are opened as they are (they are never links).
    std::optional<Directory> open_directory(const std::string& name) const;
    // mkdir `name` (EEXIST is not an error when a directory is there) and open it.
    Directory make_directory(const std::string& name, mode_t mode = 0777) const;
    // A regular file opened for reading, never through a link; -1 and errno otherwise.
    int open_file(const std::string& name) const;

    // Writes `bytes` as `name` through a hidden file in this directory (".NAME.iwg-XXXXXX",
    // fsync'ed) renamed onto it: readers see the old file or the new one. An existing file
    // keeps its permission bits; a link at `name` is replaced, not followed. On failure the
    // hidden file is removed and `name` is as it was.
    void write_file(const std::string& name, std::string_view bytes) const;
    // unlinkat; false when nothing was there.
    bool remove_file(const std::string& name) const;
    // rmdir; false when it is not empty or not there.
    bool remove_empty_directory(const std::string& name) const;
    // Renames `from` in this directory to `to` in `target`, replacing an empty directory.
    void rename_to(const std::string& from, const Directory& target, const std::string& to) const;
    // A new hidden subdirectory ".NAME.iwg-XXXXXX"; its name in `created`.
    Directory make_hidden_directory(const std::string& name, std::string& created) const;
    // fsync, best effort: a crash right after a rename should not lose it.
    void sync() const;

  private:
    int fd_ = -1;
};

// ".NAME.iwg-" and six random letters or digits.
std::string hidden_name(std::string_view name);

}  // namespace iwg
