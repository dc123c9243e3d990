#include "iwg/render/report_format.hpp"

namespace iwg {

std::string_view to_string(ReportFormat format) {
    switch (format) {
        case ReportFormat::text:
            return "text";
        case ReportFormat::markdown:
            return "markdown";
        case ReportFormat::json:
            return "json";
        case ReportFormat::ics:
            return "ics";
    }
    return "text";
}

std::optional<ReportFormat> report_format_from(std::string_view name) {
    for (auto format :
         {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::ics}) {
        if (to_string(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

}  // namespace iwg
