// `iwg validate --format github`: GitHub Actions workflow commands, one per finding.
#include <fmt/format.h>

#include <string>

#include "iwg/diag/rules.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/util/terminal_text.hpp"

namespace iwg {
namespace {

// The runner would pass escape sequences through to the log: make every control character
// but CR and LF visible first; CR and LF are then %-encoded as the toolkit does.
std::string visible(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\r' || text[i] == '\n') {
            out += sanitize_for_terminal(text.substr(start, i - start));
            if (i < text.size()) {
                out += text[i];
            }
            start = i + 1;
        }
    }
    return out;
}

std::string escape(std::string_view text, bool property) {
    std::string out;
    for (const char c : visible(text)) {
        switch (c) {
            case '\t':
                out += ' ';  // an annotation is one line: a tab would only break its columns
                break;
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

std::string escape_github_data(std::string_view text) {
    return escape(text, false);
}

std::string escape_github_property(std::string_view text) {
    return escape(text, true);
}

namespace {

std::string github_line(const Diagnostic& d) {
    if (d.accepted) {
        return {};  // an annotation would show what the plan says is intended
    }
    const Location& where = d.location;
    std::string out = d.severity == Severity::error ? "::error " : "::warning ";
    out += fmt::format("file={}", escape_github_property(where.file));
    if (where.start.known()) {
        out += fmt::format(",line={},col={}", where.start.line, where.start.column);
    }
    out += ",title=" + escape_github_property(fmt::format("{} {}", d.rule->id, d.rule->name));
    // Plan text as the finding quotes it: escape_github_data makes it safe for the log.
    std::string message = d.message;
    if (!d.hint.empty()) {
        message += "\nhint: " + d.hint;
    }
    out += fmt::format("::{}\n", escape_github_data(message));
    return out;
}

}  // namespace

std::string render_validation_github(const ValidationReport& report) {
    std::string out;
    const std::size_t room = report.output_budget > validation_tail_reserve
                                 ? report.output_budget - validation_tail_reserve
                                 : 0;
    const std::size_t listed =
        listed_findings(report, room, [](const Diagnostic& d) { return github_line(d).size(); });
    for (std::size_t i = 0; i < listed; ++i) {
        out += github_line(report.diagnostics[i]);
    }
    if (const auto more = unlisted_findings(report, listed, false)) {
        out += github_line(*more);
    }
    return out;
}

}  // namespace iwg
