// The catalogue of rules. Ids are stable: never renumber, never reuse a retired id.
#pragma once

#include <span>
#include <string_view>

#include "iwg/plan/diagnostic.hpp"

namespace iwg {

struct Rule {
    std::string_view id;
    Severity severity;
    std::string_view name;     // kebab-case, e.g. "duplicate-key"
    std::string_view summary;  // one line
    std::string_view help;     // what to do about it
    bool input_error = false;  // the input could not be read at all: exit 2
};

std::span<const Rule> all_rules();
// nullptr for an unknown id.
const Rule* find_rule(std::string_view id);

namespace rules {
// Reading files (E0xx).
inline constexpr std::string_view unreadable = "E001";
inline constexpr std::string_view too_large = "E002";
inline constexpr std::string_view invalid_utf8 = "E003";
inline constexpr std::string_view control_character = "E004";
inline constexpr std::string_view yaml_syntax = "E005";
inline constexpr std::string_view multiple_documents = "E006";
inline constexpr std::string_view duplicate_key = "E007";
inline constexpr std::string_view too_deep = "E008";
inline constexpr std::string_view alias = "E009";
inline constexpr std::string_view no_plan_files = "E010";
// Structure and types (E1xx).
inline constexpr std::string_view wrong_type = "E101";
inline constexpr std::string_view unknown_key = "E102";
inline constexpr std::string_view missing_field = "E103";
inline constexpr std::string_view bad_enum = "E104";
inline constexpr std::string_view bad_month = "E105";
inline constexpr std::string_view bad_id = "E106";
inline constexpr std::string_view bad_date = "E107";
inline constexpr std::string_view bad_number = "E108";
inline constexpr std::string_view duplicate_section = "E109";
inline constexpr std::string_view bad_format_version = "E110";
inline constexpr std::string_view bad_time = "E111";
inline constexpr std::string_view empty_value = "E112";
// Meaning (E2xx errors, W2xx warnings).
inline constexpr std::string_view duplicate_id = "E201";
inline constexpr std::string_view unknown_goal = "E202";
inline constexpr std::string_view unknown_action = "E203";
inline constexpr std::string_view date_outside_year = "E204";
inline constexpr std::string_view date_month_mismatch = "E205";
inline constexpr std::string_view date_without_month = "E206";
inline constexpr std::string_view meeting_in_break = "E207";
inline constexpr std::string_view empty_plan = "E208";
inline constexpr std::string_view shared_month = "W201";
inline constexpr std::string_view unserved_goal = "W202";
inline constexpr std::string_view action_without_goal = "W203";
inline constexpr std::string_view unscheduled_row = "W204";
}  // namespace rules

}  // namespace iwg
