// Writing files so that a reader (or a crash) never sees them half-written: everything is
// written beside the target first and then renamed onto it in one step.
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace iwg {

// One file of a directory to write: its name inside the directory (no '/') and its bytes.
struct GeneratedFile {
    std::string name;
    std::string bytes;
};

// Why a write failed. `path` is the path as the caller gave it; `reason` is lower-case words
// without the path ("not empty", "cannot create …: No such file or directory").
class WriteError : public std::runtime_error {
  public:
    enum class Kind {
        exists,  // the target exists and may not be replaced (not empty, not a directory)
        io,      // the system refused: missing parent, no space, no permission, …
    };
    WriteError(Kind kind, std::filesystem::path path, std::string reason);

    Kind kind() const { return kind_; }
    const std::filesystem::path& path() const { return path_; }
    const std::string& reason() const { return reason_; }

  private:
    Kind kind_;
    std::filesystem::path path_;
    std::string reason_;
};

// Writes `files` as the new directory `dir`, all or nothing. `dir` must not exist, or be an
// empty directory (it is replaced); anything else (a non-empty directory, a file, a symbolic
// link) is refused with WriteError::Kind::exists and left as it was.
//
// The files are written (each one fsync'ed) into a hidden directory beside `dir`
// (".NAME.iwg-XXXXXX" in the same parent, created with mkdir, so it gets the mode a plain
// mkdir would), then `before_rename` is called (a hook for tests; it may throw), then the
// directory is renamed onto `dir`. On any failure, the exception is rethrown after the hidden
// directory is removed: `dir` is untouched and nothing half-written is left. A missing parent
// is a WriteError (io); the parent is never created. Names must be plain file names, each
// given once (std::invalid_argument otherwise: a programming error, not bad input).
void write_directory_atomically(const std::filesystem::path& dir,
                                const std::vector<GeneratedFile>& files,
                                const std::function<void()>& before_rename = {});

// Writes `bytes` to `path` through a hidden temporary file in the same directory
// (".NAME.iwg-XXXXXX", fsync'ed) renamed onto it: readers see the old file or the new one,
// never a mix. An existing file keeps its permission bits; a new one gets 0666 less the
// umask. A directory at `path` is refused (Kind::exists); a symbolic link is replaced by the
// file, not followed. On failure the temporary file is removed and `path` is untouched.
void write_file_atomically(const std::filesystem::path& path, const std::string& bytes);

}  // namespace iwg
