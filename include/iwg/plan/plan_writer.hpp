// Writing a plan as YAML files (format 1, docs/plan-format.md), for `iwg init`: the next
// year's plan started from this year's, or an empty skeleton. The files are bytes in memory;
// write_directory_atomically (util/atomic_write.hpp) puts them on disk.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/util/atomic_write.hpp"

namespace iwg {

// plan.yaml, goals.yaml, actions.yaml and meetings.yaml for `year`, started from `from`:
// format, group, introduction, focus areas and goals (id, text, notes) as they are; the
// title with `from`'s year, where it stands as a word of its own, replaced by `year`; the
// actions that are not done or dropped (carried_over), with their goals and notes but no
// status (planned again). Meetings are not carried: meetings.yaml holds an empty
// `meetings:` and one commented row per month to fill in. Each file starts with
// `schema_line` (see schema_line_for; empty: none). Any text the loader can read comes
// back byte for byte (see yaml_scalar).
std::vector<GeneratedFile> next_year_plan(const Plan& from, int year, std::string_view schema_line);

// The same four files with nothing but `year` filled in. `iwg validate` then names each
// placeholder that is left: an empty (`""`) group and title, and one goal G1 and one action
// A1 (serving G1) whose texts are empty ("'group' is empty", E112 empty-value, each at its
// line). meetings.yaml is as in next_year_plan.
std::vector<GeneratedFile> skeleton_plan(int year, std::string_view schema_line);

// Whether next_year_plan carries the action: it is not done or dropped.
bool carried_over(const Action& action);

// The meeting months left to fill in by next_year_plan and skeleton_plan (one commented row
// each).
inline constexpr int months_to_fill_in = 12;

// `text` as one YAML scalar for a block mapping value or a block sequence item: plain when
// it is plainly safe (letters, digits, spaces and a few punctuation marks, starting with a
// letter; not a word YAML could read as null, a boolean or a number), else double-quoted
// with escapes: \" \\ \t \n \r, and \u or \U for controls (C0, DEL, C1), layout and
// invisible characters (bidi controls, U+2028/2029, zero-width characters, BOM, odd
// spaces), so the file shows every character for what it is. Invalid UTF-8 (which the
// loader never produces) is written as U+FFFD.
std::string yaml_scalar(std::string_view text);

// `title` with each `old_year` that stands as a word (not inside a longer run of letters or
// digits) replaced by `new_year`: "Action Plan 2024" -> "Action Plan 2025".
std::string replace_year_in_title(std::string_view title, int old_year, int new_year);

// "# yaml-language-server: $schema=PATH" for files written into `dir`: PATH is relative
// from `dir` to the first schema/plan.schema.json found in `dir`'s parent or above it
// (plans/2025 in the repository -> ../../schema/plan.schema.json), else the installed
// schema (installed_schema_path).
std::string schema_line_for(const std::filesystem::path& dir);

// Where `cmake --install` puts the plan schema: <prefix>/share/iwg/plan.schema.json for the
// prefix configured at build time (/usr/share/iwg/plan.schema.json if none was).
std::string installed_schema_path();

}  // namespace iwg
