// The output formats reports share, so every command spells and checks them the same way.
#pragma once

#include <array>

#include "iwg/util/enum_words.hpp"

namespace iwg {

enum class ReportFormat { text, markdown, json, ics, html };
constexpr std::array<EnumWord<ReportFormat>, 5> words_of(ReportFormat) {
    return {{
        {ReportFormat::text, "text"},
        {ReportFormat::markdown, "markdown"},
        {ReportFormat::json, "json"},
        {ReportFormat::ics, "ics"},
        {ReportFormat::html, "html"},
    }};
}

}  // namespace iwg
