// Text as a terminal or a CI log shows it: plan text is escaped so it cannot move the cursor,
// change colours, reorder text (bidi controls) or inject log commands; and its width in
// columns, to line it up.
#pragma once

#include <string>
#include <string_view>

namespace iwg {

// Replaces control characters (C0 but tab, DEL, C1), bidi overrides and isolates, and invalid
// UTF-8 with visible escapes such as "\x1b" and "<U+202E>". Newlines are kept when
// keep_newlines, else escaped as "\n".
std::string sanitize_for_terminal(std::string_view text, bool keep_newlines = false);

// Display width in terminal columns: wide (CJK) characters take 2, combining marks 0.
int display_width(std::string_view text);

}  // namespace iwg
