// `--format` for report commands: one spelling, case-insensitive, checked by CLI11.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "common.hpp"
#include "iwg/render/report_format.hpp"
#include "iwg/report/document.hpp"

namespace iwg::cli {

// Adds `-f,--format` accepting the given formats in any case (default: text).
CLI::Option* add_format_option(CLI::App& app, ReportFormat& format,
                               const std::vector<ReportFormat>& accepted);

// A report's layout as text (coloured only on a terminal), Markdown or a standalone HTML page;
// JSON and iCalendar come from report data.
std::string render_document(const doc::Document& document, ReportFormat format,
                            const GlobalOptions& global);

// What a report in `format` holds, for write_stdout's care of a GitHub Actions log.
OutputKind output_kind(ReportFormat format);

}  // namespace iwg::cli
