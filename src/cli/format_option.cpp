#include "format_option.hpp"

#include <vector>

#include "iwg/render/markdown.hpp"
#include "option_checks.hpp"

namespace iwg::cli {

CLI::Option* add_format_option(CLI::App& app, ReportFormat& format,
                               std::initializer_list<ReportFormat> accepted) {
    std::vector<std::string> names;
    std::string listed;
    for (auto f : accepted) {
        names.emplace_back(to_string(f));
        listed += (listed.empty() ? "" : ", ") + names.back();
    }
    return app
        .add_option_function<std::string>(
            "-f,--format",
            [&format](const std::string& name) {
                // one_of below has already normalised the case.
                format = report_format_from(name).value_or(ReportFormat::text);
            },
            "Output: " + listed + " (default: text)")
        ->transform(one_of(names))
        ->type_name("FORMAT");
}

std::string render_document(const doc::Document& document, ReportFormat format,
                            const GlobalOptions& global) {
    if (format == ReportFormat::markdown) {
        return render_markdown(document);
    }
    return render_text(document, stdout_text_style(global));
}

}  // namespace iwg::cli
