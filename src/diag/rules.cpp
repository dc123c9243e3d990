#include "iwg/diag/rules.hpp"

#include <algorithm>
#include <array>

namespace iwg {
namespace {

const std::array catalogue{
    &rules::unreadable,
    &rules::too_large,
    &rules::invalid_utf8,
    &rules::control_character,
    &rules::yaml_syntax,
    &rules::multiple_documents,
    &rules::duplicate_key,
    &rules::too_deep,
    &rules::alias,
    &rules::no_plan_files,
    &rules::wrong_type,
    &rules::unknown_key,
    &rules::missing_field,
    &rules::bad_enum,
    &rules::bad_month,
    &rules::bad_id,
    &rules::bad_date,
    &rules::bad_number,
    &rules::duplicate_section,
    &rules::bad_format_version,
    &rules::bad_time,
    &rules::empty_value,
    &rules::bad_link,
    &rules::bad_day_rule,
    &rules::too_many_zones,
    &rules::duplicate_id,
    &rules::unknown_goal,
    &rules::unknown_action,
    &rules::date_outside_year,
    &rules::date_month_mismatch,
    &rules::date_without_month,
    &rules::meeting_in_break,
    &rules::empty_plan,
    &rules::nonexistent_time,
    &rules::focus_areas_position,
    &rules::repeated_default_too_long,
    &rules::shared_month,
    &rules::unserved_goal,
    &rules::action_without_goal,
    &rules::unscheduled_row,
    &rules::duplicate_reference,
    &rules::ambiguous_time,
    &rules::year_mismatch,
    &rules::duplicate_plan,
    &rules::mixed_layout,
    &rules::group_mismatch,
    &rules::skipped_path,
    &rules::bad_allow,
    &rules::unused_allow,
};

}  // namespace

std::span<const Rule* const> all_rules() {
    return catalogue;
}

const Rule* find_rule(std::string_view id) {
    const auto it = std::find_if(catalogue.begin(), catalogue.end(),
                                 [id](const Rule* rule) { return rule->id == id; });
    return it == catalogue.end() ? nullptr : *it;
}

}  // namespace iwg
