// Reading a file's bytes, safely: regular files only, the size checked before reading.
#pragma once

#include <cstdint>
#include <string>

#include "iwg/plan/diagnostic.hpp"

namespace iwg {

struct ReadLimits {
    std::uint64_t max_file_size = 32ull * 1024 * 1024;
};

// Reads a file's bytes, refusing anything that is not a regular file or is larger than the
// limit (checked before reading). On failure, adds E001/E002 and returns false.
bool read_file_bytes(const std::string& path, const ReadLimits& limits, std::string& out,
                     Diagnostics& diagnostics);

}  // namespace iwg
