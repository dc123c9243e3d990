#include "iwg/plan/rules.hpp"

#include <algorithm>
#include <array>

namespace iwg {
namespace {

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;

// Keep in step with docs/validation.md. Ids are never renumbered or reused.
constexpr std::array catalogue{
    Rule{"E001", E, "unreadable-file", "A plan file cannot be read",
         "Check the path: it must be a readable regular file (or a directory of .yaml files).",
         true},
    Rule{"E002", E, "file-too-large", "A plan file is larger than the size limit",
         "Split the plan into smaller files, or raise the limit with --max-file-size BYTES.", true},
    Rule{"E003", E, "invalid-utf8", "A plan file is not valid UTF-8", "Save the file as UTF-8."},
    Rule{"E004", E, "control-character", "A plan file holds a NUL or other control character",
         "Remove the character; only tab, line feed and CR+LF line ends are allowed."},
    Rule{"E005", E, "yaml-syntax", "The file is not valid YAML",
         "Fix the YAML syntax at the position shown."},
    Rule{"E006", E, "multiple-documents", "A plan file holds more than one YAML document",
         "Remove the '---' separator, or move the second document to a file of its own."},
    Rule{"E007", E, "duplicate-key", "A key appears twice in one mapping",
         "Remove one of the two entries, or merge them."},
    Rule{"E008", E, "nesting-too-deep", "Collections are nested deeper than the limit",
         "Plans need a few levels at most: flatten the structure."},
    Rule{"E009", E, "alias", "A YAML alias (*name) is used",
         "Aliases are not supported in plan files: write the value out."},
    Rule{"E010", E, "no-plan-files", "A plan directory holds no .yaml files",
         "Point --plan at a directory with plan files, or at a single .yaml file.", true},
    Rule{"E101", E, "wrong-type", "A value has the wrong type",
         "Use the type that docs/plan-format.md gives for the field."},
    Rule{"E102", E, "unknown-key", "A key that the plan format does not define",
         "Check the spelling against docs/plan-format.md, or remove the key."},
    Rule{"E103", E, "missing-field", "A required field is missing", "Add the field."},
    Rule{"E104", E, "bad-enum-value", "A value is not one of the allowed words",
         "Use one of the values listed in the message."},
    Rule{"E105", E, "bad-month", "A month is not a month name",
         "Write the month's English name, e.g. 'may'."},
    Rule{"E106", E, "bad-id", "An id does not have the expected form",
         "Goal ids look like G1, action ids like A1."},
    Rule{"E107", E, "bad-date", "A date is malformed or does not exist",
         "Write dates as YYYY-MM-DD, with a day that exists."},
    Rule{"E108", E, "bad-number", "A number is malformed or out of range",
         "Write a plain decimal number without leading zeros."},
    Rule{"E109", E, "duplicate-section", "A top-level section appears in two files",
         "Keep each section (goals, actions, meetings, …) in one file."},
    Rule{"E110", E, "unsupported-format", "The plan's format version is not supported",
         "Set 'format: 1', or upgrade iwg."},
    Rule{"E111", E, "bad-time", "A time or time zone is malformed",
         "Write times as HH:MM (24-hour) and time zones as UTC or an offset like +02:00."},
    Rule{"E112", E, "empty-value", "A text field is empty", "Write the text, or remove the field."},
    // Meaning (E2xx errors, W2xx warnings): checks.cpp, on a decoded plan.
    Rule{"E201", E, "duplicate-id", "Two goals or two actions have the same id",
         "Give each goal and each action an id of its own, across all plan files."},
    Rule{"E202", E, "unknown-goal", "A row or action refers to a goal the plan does not define",
         "Refer to one of the plan's goal ids, or define the goal."},
    Rule{"E203", E, "unknown-action", "A row refers to an action the plan does not define",
         "Refer to one of the plan's action ids, or define the action."},
    Rule{"E204", E, "date-outside-year", "A date lies outside the plan's year",
         "Correct the year of the date, or move the row to the plan of that year."},
    Rule{"E205", E, "date-month-mismatch", "A row's date lies in another month than the row's",
         "Make the date and the row's month agree."},
    Rule{"E206", E, "date-without-month", "A row has a date but no month",
         "Add the month the date lies in, so that agendas list the row under it."},
    Rule{"E207", E, "meeting-in-break",
         "A meeting or event is planned in a month marked as a break",
         "Move the meeting to another month, cancel it, or remove the break row."},
    Rule{"E208", E, "empty-plan", "The plan has no goals, no actions and no meetings",
         "Add the plan's goals, actions and meetings."},
    Rule{"W201", W, "shared-month", "Two rows give topics for the same month",
         "If both are intended, set 'shares_month: true' on a row of that month; else move one."},
    Rule{"W202", W, "unserved-goal", "No action serves a goal",
         "List the goal under 'goals' of the actions that serve it, or drop the goal."},
    Rule{"W203", W, "action-without-goal", "An action serves no goal",
         "List the goals the action serves under its 'goals'."},
    Rule{"W204", W, "unscheduled-row", "A row has no month",
         "Add the row's month once it is known; until then agendas show it only with --all."},
};

}  // namespace

std::span<const Rule> all_rules() {
    return catalogue;
}

const Rule* find_rule(std::string_view id) {
    const auto it = std::find_if(catalogue.begin(), catalogue.end(),
                                 [id](const Rule& rule) { return rule.id == id; });
    return it == catalogue.end() ? nullptr : &*it;
}

}  // namespace iwg
