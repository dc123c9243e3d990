// What iwg is: its version, the git revision it was built from, the formats it reads.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace iwg {

// The project's version, "0.1.0" (CMakeLists.txt), and the git revision: "g1a2b3c4d" (with
// "-dirty" for uncommitted changes) when built from a git checkout, else empty. Both are
// defined in a source generated at build time (cmake/GitRevision.cmake), so that a new
// revision recompiles that file alone.
std::string_view version();
std::string_view build_revision();

// "iwg 0.1.0 (g1a2b3c4d)", or "iwg 0.1.0" without a revision.
std::string version_line();

// The plan format versions this iwg reads (the plan's `format:` key).
std::span<const int> plan_format_versions();

}  // namespace iwg
