#include "iwg/util/atomic_write.hpp"

#include <dirent.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "iwg/util/directory.hpp"

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

// The directory that holds `path`, opened as the system resolves it (physically: "lnk/.."
// is the parent of the link's target, never the directory a lexical reading would give).
Directory open_parent(const fs::path& path, std::string& name, std::string_view what) {
    try {
        return Directory::open_parent_of(path, name);
    } catch (const DirectoryError& e) {
        throw WriteError(WriteError::Kind::io, path,
                         fmt::format("{}: {}", what, system_message(e.error)));
    }
}

bool is_empty(const Directory& dir) {
    const int fd = ::dup(dir.fd());
    DIR* listing = fd < 0 ? nullptr : ::fdopendir(fd);
    if (listing == nullptr) {
        if (fd >= 0) {
            ::close(fd);
        }
        throw DirectoryError{errno, "cannot list the directory"};
    }
    bool empty = true;
    while (const dirent* entry = ::readdir(listing)) {
        const std::string_view name = entry->d_name;
        if (name != "." && name != "..") {
            empty = false;
            break;
        }
    }
    ::closedir(listing);
    return empty;
}

}  // namespace

void write_directory_atomically(const fs::path& dir, const std::vector<GeneratedFile>& files,
                                const std::function<void()>& before_rename) {
    check_names(files);
    std::string name;
    const Directory parent = open_parent(dir, name, "cannot create a directory beside it");
    if (name == "." || name == "..") {
        throw WriteError(WriteError::Kind::exists, dir, "is not the name of a new directory");
    }
    try {
        switch (parent.type_of(name)) {
            case EntryType::none:
                break;
            case EntryType::symlink:
                throw WriteError(WriteError::Kind::exists, dir, "is a symbolic link");
            case EntryType::directory:
                if (!is_empty(*parent.open_directory(name))) {
                    throw WriteError(WriteError::Kind::exists, dir, "not empty");
                }
                break;
            default:
                throw WriteError(WriteError::Kind::exists, dir, "exists and is not a directory");
        }
    } catch (const DirectoryError& e) {
        throw WriteError(WriteError::Kind::io, dir, e.message());
    }

    std::string hidden_name;
    Directory hidden;
    try {
        hidden = parent.make_hidden_directory(name, hidden_name);
    } catch (const DirectoryError& e) {
        throw WriteError(
            WriteError::Kind::io, dir,
            fmt::format("cannot create a directory beside it: {}", system_message(e.error)));
    }
    try {
        for (const auto& file : files) {
            try {
                hidden.write_file(file.name, file.bytes);
            } catch (const DirectoryError& e) {
                throw WriteError(WriteError::Kind::io, dir / file.name, e.message());
            }
        }
        hidden.sync();
        if (before_rename) {
            before_rename();
        }
        try {
            parent.rename_to(hidden_name, parent, name);
        } catch (const DirectoryError& e) {
            // Someone filled or replaced the directory since it was checked.
            if (e.error == ENOTEMPTY || e.error == EEXIST) {
                throw WriteError(WriteError::Kind::exists, dir, "not empty");
            }
            if (e.error == ENOTDIR) {
                throw WriteError(WriteError::Kind::exists, dir, "exists and is not a directory");
            }
            throw WriteError(WriteError::Kind::io, dir, e.message());
        }
    } catch (...) {
        for (const auto& file : files) {
            try {
                hidden.remove_file(file.name);
            } catch (const DirectoryError&) {
                // Best effort: the error being reported is the one that matters.
            }
        }
        parent.remove_empty_directory(hidden_name);
        throw;
    }
    parent.sync();
}

void write_file_atomically(const fs::path& path, const std::string& bytes) {
    std::string name;
    const Directory parent = open_parent(path, name, "cannot create a file beside it");
    try {
        if (name == "." || name == ".." || parent.type_of(name) == EntryType::directory) {
            throw WriteError(WriteError::Kind::exists, path, "is a directory");
        }
        parent.write_file(name, bytes);
    } catch (const DirectoryError& e) {
        throw WriteError(WriteError::Kind::io, path, e.message());
    }
}

}  // namespace iwg
