#include "format_option.hpp"

#include "iwg/render/html.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/render/text.hpp"
#include "option_checks.hpp"

namespace iwg::cli {

CLI::Option* add_format_option(CLI::App& app, ReportFormat& format,
                               const std::vector<ReportFormat>& accepted) {
    std::string listed;
    for (const ReportFormat f : accepted) {
        listed += (listed.empty() ? "" : ", ") + std::string(to_string(f));
    }
    return add_enum_option(app, "-f,--format", format, "Output: " + listed + " (default: text)",
                           accepted)
        ->type_name("FORMAT");
}

std::string render_document(const doc::Document& document, ReportFormat format,
                            const GlobalOptions& global) {
    if (format == ReportFormat::markdown) {
        return render_markdown(document);
    }
    if (format == ReportFormat::html) {
        return render_html_document(document);
    }
    return render_text(document, stdout_text_style(global));
}

OutputKind output_kind(ReportFormat format) {
    switch (format) {
        case ReportFormat::json:
            return OutputKind::json;
        case ReportFormat::ics:
            return OutputKind::calendar;
        case ReportFormat::text:
        case ReportFormat::markdown:
        case ReportFormat::html:  // inert text in the log; the stop-commands wrapper guards it
            break;
    }
    return OutputKind::text;
}

}  // namespace iwg::cli
