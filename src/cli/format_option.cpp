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

std::string render_layout(const std::function<void(doc::Sink&)>& layout, ReportFormat format,
                          const GlobalOptions& global) {
    if (format == ReportFormat::markdown) {
        MarkdownSink sink;
        layout(sink);
        return std::move(sink).finish();
    }
    if (format == ReportFormat::html) {
        HtmlPageSink sink{HtmlPage{}};
        layout(sink);
        return std::move(sink).finish();
    }
    TextSink sink(stdout_text_style(global));
    layout(sink);
    return std::move(sink).finish();
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
