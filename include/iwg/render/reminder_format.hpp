// Turning a Reminder into bytes: the placeholders it offers to templates, the built-in
// templates (text, markdown, email) and the JSON document for bots.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/render/template.hpp"
#include "iwg/report/remind.hpp"

namespace iwg {

struct PlaceholderInfo {
    std::string_view name;
    std::string_view meaning;  // for docs and --help; docs/reminders.md has the same table
    bool multiline = false;
};

// Every placeholder a reminder template may use, in documentation order.
const std::vector<PlaceholderInfo>& reminder_placeholders();
std::vector<std::string_view> reminder_placeholder_names();

// The e-mail headers iwg cannot know: --mail-from and --mail-to, checked by
// mailbox_list_problem.
struct MailOptions {
    std::string from;
    std::string to;
};

TemplateValues reminder_values(const Reminder& reminder, const MailOptions& mail = {});

// The built-in templates of `iwg remind --template`, in --help order.
enum class BuiltinTemplateName { text, markdown, email, json };
constexpr std::array<EnumWord<BuiltinTemplateName>, 4> words_of(BuiltinTemplateName) {
    return {{
        {BuiltinTemplateName::text, "text"},
        {BuiltinTemplateName::markdown, "markdown"},
        {BuiltinTemplateName::email, "email"},
        {BuiltinTemplateName::json, "json"},
    }};
}

struct BuiltinTemplate {
    std::string_view source;  // template text; empty for json
    TemplateFormat format = TemplateFormat::text;
    bool json = false;
};
BuiltinTemplate builtin_template(BuiltinTemplateName name);

// The JSON document (format version 1), pretty-printed, ending with a newline.
inline constexpr int reminder_json_version = 2;
std::string render_reminder_json(const Reminder& reminder);

}  // namespace iwg
