// The catalogue of rules: one typed constant per rule, so that a finding names its rule by
// the constant (a misspelt rule does not compile) and every output format reads the same
// id, name, severity and help. Ids are stable: never renumber, never reuse a retired id.
// docs/validation.md lists exactly these rules (rules_test.cpp checks it).
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "iwg/util/enum_words.hpp"

namespace iwg {

enum class Severity { error, warning };
constexpr std::array<EnumWord<Severity>, 2> words_of(Severity) {
    return {{
        {Severity::error, "error"},
        {Severity::warning, "warning"},
    }};
}

struct Rule {
    std::string_view id;       // "E007"
    Severity severity;         // the findings' severity: E… errors, W… warnings
    std::string_view name;     // kebab-case, e.g. "duplicate-key"
    std::string_view summary;  // one line
    std::string_view help;     // what to do about it
    bool input_error = false;  // the input could not be read at all: exit 2
    // An allow comment (`# iwg: allow ID -- reason`) may accept it: the checks' findings about
    // meaning, never what the reader or the loader found (a plan that may not have been read
    // as written).
    bool acceptable = false;
};

namespace rules {
// Reading files (E0xx): src/input/ and the loader. input_error: exit 2.
inline constexpr Rule unreadable{
    .id = "E001",
    .severity = Severity::error,
    .name = "unreadable-file",
    .summary = "A plan file cannot be read",
    .help = "Check the path: it must be a readable regular file (or a directory of .yaml files).",
    .input_error = true,
};
inline constexpr Rule too_large{
    .id = "E002",
    .severity = Severity::error,
    .name = "file-too-large",
    .summary = "A plan file, or a plan's files together, are larger than the size limit",
    .help =
        "Split a large file, or raise the limit: --max-file-size BYTES for one file, "
        "--max-plan-size BYTES for all of a plan's files.",
    .input_error = true,
};
inline constexpr Rule invalid_utf8{
    .id = "E003",
    .severity = Severity::error,
    .name = "invalid-utf8",
    .summary = "A plan file is not valid UTF-8",
    .help = "Save the file as UTF-8.",
};
inline constexpr Rule control_character{
    .id = "E004",
    .severity = Severity::error,
    .name = "control-character",
    .summary = "A plan file holds a NUL or other control character",
    .help = "Remove the character; only tab, line feed and CR+LF line ends are allowed.",
};
inline constexpr Rule yaml_syntax{
    .id = "E005",
    .severity = Severity::error,
    .name = "yaml-syntax",
    .summary = "The file is not valid YAML",
    .help = "Fix the YAML syntax at the position shown.",
};
inline constexpr Rule multiple_documents{
    .id = "E006",
    .severity = Severity::error,
    .name = "multiple-documents",
    .summary = "A plan file holds more than one YAML document",
    .help = "Remove the '---' separator, or move the second document to a file of its own.",
};
inline constexpr Rule duplicate_key{
    .id = "E007",
    .severity = Severity::error,
    .name = "duplicate-key",
    .summary = "A key appears twice in one mapping",
    .help = "Remove one of the two entries, or merge them.",
};
inline constexpr Rule too_deep{
    .id = "E008",
    .severity = Severity::error,
    .name = "nesting-too-deep",
    .summary = "Collections are nested deeper than the limit",
    .help = "Plans need a few levels at most: flatten the structure.",
};
inline constexpr Rule alias{
    .id = "E009",
    .severity = Severity::error,
    .name = "alias",
    .summary = "A YAML alias (*name) is used",
    .help = "Aliases are not supported in plan files: write the value out.",
};
inline constexpr Rule no_plan_files{
    .id = "E010",
    .severity = Severity::error,
    .name = "no-plan-files",
    .summary = "A plan directory holds no .yaml files",
    .help = "Point --plan at a directory with plan files, or at a single .yaml file.",
    .input_error = true,
};

// Structure and types (E1xx): the loader.
inline constexpr Rule wrong_type{
    .id = "E101",
    .severity = Severity::error,
    .name = "wrong-type",
    .summary = "A value has the wrong type",
    .help = "Use the type that docs/plan-format.md gives for the field.",
};
inline constexpr Rule unknown_key{
    .id = "E102",
    .severity = Severity::error,
    .name = "unknown-key",
    .summary = "A key that the plan format does not define",
    .help = "Check the spelling against docs/plan-format.md, or remove the key.",
};
inline constexpr Rule missing_field{
    .id = "E103",
    .severity = Severity::error,
    .name = "missing-field",
    .summary = "A required field is missing",
    .help = "Add the field.",
};
inline constexpr Rule bad_enum{
    .id = "E104",
    .severity = Severity::error,
    .name = "bad-enum-value",
    .summary = "A value is not one of the allowed words",
    .help = "Use one of the values listed in the message.",
};
inline constexpr Rule bad_month{
    .id = "E105",
    .severity = Severity::error,
    .name = "bad-month",
    .summary = "A month is not a month name",
    .help = "Write the month's English name, e.g. 'may'.",
};
inline constexpr Rule bad_id{
    .id = "E106",
    .severity = Severity::error,
    .name = "bad-id",
    .summary = "An id does not have the expected form",
    .help = "Goal ids look like G1, action ids like A1.",
};
inline constexpr Rule bad_date{
    .id = "E107",
    .severity = Severity::error,
    .name = "bad-date",
    .summary = "A date is malformed or does not exist",
    .help = "Write dates as YYYY-MM-DD, with a day that exists.",
};
inline constexpr Rule bad_number{
    .id = "E108",
    .severity = Severity::error,
    .name = "bad-number",
    .summary = "A number is malformed or out of range",
    .help = "Write a plain decimal number without leading zeros.",
};
inline constexpr Rule duplicate_section{
    .id = "E109",
    .severity = Severity::error,
    .name = "duplicate-section",
    .summary = "A top-level section appears in two files",
    .help = "Keep each section (goals, actions, meetings, …) in one file.",
};
inline constexpr Rule bad_format_version{
    .id = "E110",
    .severity = Severity::error,
    .name = "unsupported-format",
    .summary = "The plan's format version is not supported",
    .help = "Set 'format: 1', or upgrade iwg.",
};
inline constexpr Rule bad_time{
    .id = "E111",
    .severity = Severity::error,
    .name = "bad-time",
    .summary = "A time or time zone is malformed or unknown",
    .help =
        "Write times as HH:MM (24-hour) and time zones as IANA names (Europe/Madrid), UTC or "
        "an offset like +02:00.",
};
inline constexpr Rule empty_value{
    .id = "E112",
    .severity = Severity::error,
    .name = "empty-value",
    .summary = "A text field is empty",
    .help = "Write the text, or remove the field.",
};

inline constexpr Rule bad_link{
    .id = "E113",
    .severity = Severity::error,
    .name = "bad-link",
    .summary = "A link is not an https: address, or holds a user name or password",
    .help =
        "Write the call's address as https://host/path; plan files are public, so leave "
        "passwords out of them.",
};
inline constexpr Rule bad_day_rule{
    .id = "E114",
    .severity = Severity::error,
    .name = "bad-day-rule",
    .summary = "A schedule's day is not an ordinal and a weekday",
    .help = "Write first, second, third, fourth or last and a weekday, e.g. 'last tuesday'.",
};
inline constexpr Rule too_many_zones{
    .id = "E115",
    .severity = Severity::error,
    .name = "too-many-zones",
    .summary = "The plan lists more than 12 display time zones",
    .help = "Keep the zones most members live in: each one adds a line to every meeting.",
};

// Meaning (E2xx errors, W2xx warnings): checks.cpp, on a decoded plan.
inline constexpr Rule duplicate_id{
    .id = "E201",
    .severity = Severity::error,
    .name = "duplicate-id",
    .summary = "Two goals or two actions have the same id",
    .help = "Give each goal and each action an id of its own, across all plan files.",
    .acceptable = true,
};
inline constexpr Rule unknown_goal{
    .id = "E202",
    .severity = Severity::error,
    .name = "unknown-goal",
    .summary = "A row or action refers to a goal the plan does not define",
    .help = "Refer to one of the plan's goal ids, or define the goal.",
    .acceptable = true,
};
inline constexpr Rule unknown_action{
    .id = "E203",
    .severity = Severity::error,
    .name = "unknown-action",
    .summary = "A row refers to an action the plan does not define",
    .help = "Refer to one of the plan's action ids, or define the action.",
    .acceptable = true,
};
inline constexpr Rule date_outside_year{
    .id = "E204",
    .severity = Severity::error,
    .name = "date-outside-year",
    .summary = "A date lies outside the plan's year",
    .help = "Correct the year of the date, or move the row to the plan of that year.",
    .acceptable = true,
};
inline constexpr Rule date_month_mismatch{
    .id = "E205",
    .severity = Severity::error,
    .name = "date-month-mismatch",
    .summary = "A row's date lies in another month than the row's",
    .help = "Make the date and the row's month agree.",
    .acceptable = true,
};
inline constexpr Rule date_without_month{
    .id = "E206",
    .severity = Severity::error,
    .name = "date-without-month",
    .summary = "A row has a date but no month",
    .help = "Add the month the date lies in, so that agendas list the row under it.",
    .acceptable = true,
};
inline constexpr Rule meeting_in_break{
    .id = "E207",
    .severity = Severity::error,
    .name = "meeting-in-break",
    .summary = "A meeting or event is planned in a month marked as a break",
    .help = "Move the meeting to another month, cancel it, or remove the break row.",
    .acceptable = true,
};
inline constexpr Rule empty_plan{
    .id = "E208",
    .severity = Severity::error,
    .name = "empty-plan",
    .summary = "The plan has no goals, no actions and no meetings",
    .help = "Add the plan's goals, actions and meetings.",
    .acceptable = true,
};
inline constexpr Rule nonexistent_time{
    .id = "E209",
    .severity = Severity::error,
    .name = "nonexistent-time",
    .summary = "A meeting's local time does not exist on its date (the clocks jump over it)",
    .help = "Move the meeting out of the daylight-saving gap, or give its time in UTC.",
    .acceptable = true,
};
inline constexpr Rule focus_areas_position{
    .id = "E210",
    .severity = Severity::error,
    .name = "focus-areas-position",
    .summary = "'document.focus_areas_after' names a paragraph the introduction lacks",
    .help =
        "Give the number of the introduction's paragraph that the focus areas follow (1 is "
        "the first), or remove it to place them after the introduction.",
    .acceptable = true,
};
inline constexpr Rule repeated_default_too_long{
    .id = "E211",
    .severity = Severity::error,
    .name = "repeated-default-too-long",
    .summary = "The plan's link or location is too long for the rows that repeat it",
    .help =
        "Shorten the plan's link or location: every row that gives none repeats it in "
        "agendas, calendars and pages. Or give those rows their own.",
};
inline constexpr Rule shared_month{
    .id = "W201",
    .severity = Severity::warning,
    .name = "shared-month",
    .summary = "Two rows give topics for the same month",
    .help = "If both are intended, set 'shares_month: true' on a row of that month; else move one.",
    .acceptable = true,
};
inline constexpr Rule unserved_goal{
    .id = "W202",
    .severity = Severity::warning,
    .name = "unserved-goal",
    .summary = "No action serves a goal",
    .help = "List the goal under 'goals' of the actions that serve it, or drop the goal.",
    .acceptable = true,
};
inline constexpr Rule action_without_goal{
    .id = "W203",
    .severity = Severity::warning,
    .name = "action-without-goal",
    .summary = "An action serves no goal",
    .help = "List the goals the action serves under its 'goals'.",
    .acceptable = true,
};
inline constexpr Rule unscheduled_row{
    .id = "W204",
    .severity = Severity::warning,
    .name = "unscheduled-row",
    .summary = "A row has no month",
    .help = "Add the row's month once it is known; until then agendas show it only with --all.",
    .acceptable = true,
};
inline constexpr Rule duplicate_reference{
    .id = "W205",
    .severity = Severity::warning,
    .name = "duplicate-reference",
    .summary = "A list of goals or actions names one id twice",
    .help = "Remove the second mention: reports name each goal and action once.",
    .acceptable = true,
};
inline constexpr Rule ambiguous_time{
    .id = "W206",
    .severity = Severity::warning,
    .name = "ambiguous-time",
    .summary = "A meeting's local time happens twice on its date (the clocks go back)",
    .help =
        "Move the meeting out of the repeated hour, or give its time in UTC; iwg takes the "
        "first of the two.",
    .acceptable = true,
};

// Repositories of plans (E3xx, W3xx): plan/repository.cpp, across the plans found.
inline constexpr Rule year_mismatch{
    .id = "E301",
    .severity = Severity::error,
    .name = "year-mismatch",
    .summary = "A plan in a year directory says another year",
    .help = "Make 'year:' and the directory's name agree: fix the year, or move the plan.",
};
inline constexpr Rule duplicate_plan{
    .id = "E302",
    .severity = Severity::error,
    .name = "duplicate-plan",
    .summary = "Two plans are for the same group and year",
    .help = "Keep one plan per group and year: merge the two, or correct a 'year:' or 'group:'.",
};
inline constexpr Rule mixed_layout{
    .id = "E303",
    .severity = Severity::error,
    .name = "mixed-layout",
    .summary = "A directory of plans mixes plan files, year directories and group directories",
    .help =
        "Keep one layout per directory: move plan files into the year directory they belong "
        "to, and year directories into a group directory.",
};
inline constexpr Rule group_mismatch{
    .id = "W301",
    .severity = Severity::warning,
    .name = "group-mismatch",
    .summary = "The plans of one group directory name different groups",
    .help = "Give every plan in the directory the same 'group:', or move the odd one out.",
    // Made across plans, after each plan's allows were matched: check_repository judges its
    // allows (AllowComments::waiting).
    .acceptable = true,
};
inline constexpr Rule skipped_path{
    .id = "W302",
    .severity = Severity::warning,
    .name = "skipped-path",
    .summary = "A path in a directory of plans was skipped",
    .help =
        "Name year directories YYYY (e.g. 2025), keep them inside the repository, and move "
        "anything else out of the plans directory.",
};

// Allow comments (W4xx): plan/allow.cpp.
inline constexpr Rule bad_allow{
    .id = "W401",
    .severity = Severity::warning,
    .name = "bad-allow",
    .summary = "An allow comment is malformed or names a rule it cannot accept",
    .help = "Write '# iwg: allow RULE -- reason', naming a rule that can be accepted.",
};
inline constexpr Rule unused_allow{
    .id = "W402",
    .severity = Severity::warning,
    .name = "unused-allow",
    .summary = "An allow comment accepts no finding",
    .help = "Remove the comment: the finding it accepted is gone (or it is on the wrong line).",
};
}  // namespace rules

// Every rule: by section (E0xx, E1xx, E2xx and W2xx, …), errors first (SARIF's ruleIndex is the
// position here).
std::span<const Rule* const> all_rules();
// nullptr for an unknown id.
const Rule* find_rule(std::string_view id);

}  // namespace iwg
