// `iwg validate`'s output formats: the ValidationReport as text, JSON, GitHub Actions workflow
// commands and SARIF 2.1.0, each escaping the findings' text by its own rules.
// docs/validation.md describes each format.
#pragma once

#include <string>
#include <string_view>

#include "iwg/diag/rules.hpp"
#include "iwg/input/source.hpp"
#include "iwg/render/text.hpp"
#include "iwg/report/validation.hpp"

namespace iwg {

// Every finding as render_diagnostic_text prints it, accepted ones left out, then the summary
// line unless !summary.
std::string render_validation_text(const ValidationReport& report, const SourceLookup& sources,
                                   const TextStyle& style, bool summary);

// The version of the JSON document's layout; raised only for incompatible changes.
inline constexpr int validation_json_version = 1;
std::string render_validation_json(const ValidationReport& report);

// The Actions toolkit's escaping (toCommandValue then escapeData / escapeProperty); other
// control characters are first made visible as in sanitize_for_terminal.
std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);
// One "::error file=…,line=…,col=…,title=…::message" line per finding not accepted (no end
// position: GitHub reads endColumn as inclusive, ours is exclusive, and the start is what matters).
std::string render_validation_github(const ValidationReport& report);

// A file path as a relative URI reference for SARIF: "./" dropped, unsafe bytes %-encoded.
std::string sarif_uri(std::string_view path);
// GitHub's anchor for the rule's heading in docs/validation.md ("e001-unreadable-file-error-
// exit-2"), for helpUri.
std::string sarif_rule_anchor(const Rule& rule);

// SARIF 2.1.0 with every rule of the catalogue (descriptions and help in text and Markdown),
// for GitHub code scanning. Each result has partialFingerprints["iwg/v1"]: a hash of the
// rule, the file, the finding's source line (trimmed; its number left out) and how many
// identical keys came before, so a finding keeps its identity when lines move above it.
std::string render_validation_sarif(const ValidationReport& report, const SourceLookup& sources);

}  // namespace iwg
