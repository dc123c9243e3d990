// Reading a file's bytes, safely: regular files only, the size checked before reading.
#pragma once

#include <cstdint>
#include <string>

#include "iwg/diag/diagnostic.hpp"

namespace iwg {

// A real plan is about 10 KB. One MiB per file is a hundred times that, and small enough that a
// plan's plain structures (a std::string per text, a line index) stay within the memory goals
// (docs/performance.md).
inline constexpr std::uint64_t default_max_file_size = 1024 * 1024;

struct ReadLimits {
    std::uint64_t max_file_size = default_max_file_size;
    // The directory the file must lie in once every link is resolved (a plan's root, a
    // template's work tree); empty: anywhere. A link out of it is not read, so that no byte of
    // a file elsewhere (/proc/self/environ, .git/config) reaches an output.
    std::string root{};
};

// Reads a file's bytes, refusing anything that is not a regular file, is larger than the
// limit (checked before reading) or lies outside `limits.root`: checked before opening, and
// again on the file opened, so that a link swapped in between is refused too. On failure,
// adds E001/E002 (naming `path`, never the link's target) and returns false.
bool read_file_bytes(const std::string& path, const ReadLimits& limits, std::string& out,
                     Diagnostics& diagnostics);

// The git work tree that holds `path`: the nearest directory above it (by name, links not
// resolved) with a `.git` entry; else the current directory. The root of files such as
// templates that are named on the command line but kept in a repository.
std::string work_tree_of(const std::string& path);

}  // namespace iwg
