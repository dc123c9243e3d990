// The output formats reports share, so every command spells and checks them the same way.
#pragma once

#include <optional>
#include <string_view>

namespace iwg {

enum class ReportFormat { text, markdown, json, ics };

std::string_view to_string(ReportFormat format);  // "text", "markdown", "json", "ics"
// Exact lowercase name; nullopt otherwise (the command line normalises case first).
std::optional<ReportFormat> report_format_from(std::string_view name);

}  // namespace iwg
