// The bytes plan text (plan files and reminder templates) may hold, checked before parsing.
#pragma once

#include <string>

#include "iwg/diag/diagnostic.hpp"

namespace iwg {

// Checks that `text` is UTF-8 without NUL or other control characters (tab, CR+LF and LF
// are fine) and strips a leading byte-order mark. Reports at most a few findings per file.
bool check_plan_text(const std::string& path, std::string& text, Diagnostics& diagnostics);

}  // namespace iwg
