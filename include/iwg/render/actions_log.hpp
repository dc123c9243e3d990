// Output that a GitHub Actions job log may show: plan text must not become a workflow command.
//
// The runner reads every log line: a line whose first non-blank characters are "::" is a
// command ("::add-mask::…"), and the legacy form "##[command]" is one anywhere in a line.
// "::stop-commands::TOKEN" pauses that until a line that parses as the command TOKEN
// ("::TOKEN::" or "##[TOKEN]", any case). docs/security.md has the details.
#pragma once

#include <string>
#include <string_view>

namespace iwg {

// Could a log line of `text` be read as a workflow command? True when it holds "::" or "##["
// anywhere (a cheap superset of what the runner parses).
bool may_hold_workflow_command(std::string_view text);

// A token for "::stop-commands::TOKEN": hex digits derived from `text`, so the same output
// gives the same bytes, and checked not to occur in `text` in any case, so nothing in `text`
// can resume command processing.
std::string stop_commands_token(std::string_view text);

// `text` between "::stop-commands::TOKEN" and "::TOKEN::" lines when it may hold a workflow
// command; else `text` unchanged.
std::string guard_text_for_actions_log(std::string text);

// JSON as the runner cannot misread: "##[" (only ever inside strings) written "##\u005b",
// which every JSON reader decodes back to "[". A "::" cannot start a line of iwg's JSON.
std::string guard_json_for_actions_log(std::string json);

}  // namespace iwg
