// `iwg validate --format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.
#include <algorithm>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/util/link.hpp"
#include "iwg/util/text_util.hpp"
#include "iwg/util/version.hpp"

namespace iwg {
namespace {

using nlohmann::ordered_json;

std::string level(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

ordered_json text(std::string value) {
    return {{"text", std::move(value)}};
}

// The build's public address (cmake -DIWG_PROJECT_URL=…), under which docs/ resolves; empty
// while the project has none, and then no URIs are written.
constexpr std::string_view project_url = IWG_PROJECT_URL;

ordered_json sarif_rule(const Rule& rule) {
    ordered_json out;
    out["id"] = std::string(rule.id);
    out["name"] = std::string(rule.name);
    out["shortDescription"] = text(std::string(rule.summary));
    out["fullDescription"] = text(fmt::format("{}. {}", rule.summary, rule.help));
    out["help"] = {
        {"text", fmt::format("{} See docs/validation.md, rule {}.", rule.help, rule.id)},
        {"markdown", fmt::format("**{} {}**: {}.\n\n{}\n\nSee `docs/validation.md`, rule {}, "
                                 "for a failing and a passing example.",
                                 rule.id, rule.name, escape_markdown(rule.summary),
                                 escape_markdown(rule.help), rule.id)}};
    if (!project_url.empty()) {
        out["helpUri"] =
            fmt::format("{}/docs/validation.md#{}", project_url, sarif_rule_anchor(rule));
    }
    out["defaultConfiguration"] = {{"level", level(rule.severity)}};
    return out;
}

// What identifies a finding across commits: not its line number, which moves, but the
// text of its line. Each line is hashed once, however many findings it has, so a hostile
// 16 MB line costs one pass.
class Fingerprints {
  public:
    explicit Fingerprints(const SourceLookup& sources) : sources_(sources) {}

    std::string next(const Diagnostic& d) {
        const std::string key =
            fmt::format("{}\n{}\n{:016x}\n{}", d.rule->id, sarif_uri(d.location.file),
                        line_hash(d.location), d.location.start.known() ? "" : d.message);
        return fmt::format("{:016x}:{}", fnv1a(key), ++seen_[key]);
    }

  private:
    std::uint64_t line_hash(const Location& where) {
        const SourceFile* source = sources_ ? sources_(where.file) : nullptr;
        if (source == nullptr || !where.start.known()) {
            return 0;
        }
        const auto [it, inserted] = lines_.try_emplace({where.file, where.start.line}, 0);
        if (inserted) {
            std::string_view line = source->line_text(where.start.line);
            const std::size_t first = line.find_first_not_of(" \t");
            line = first == std::string_view::npos ? std::string_view{} : line.substr(first);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
                line.remove_suffix(1);
            }
            // Masked as excerpts are: a hash of a line with a six-digit passcode gives it away.
            std::string masked(line);
            mask_link_secrets(masked);
            it->second = fnv1a(masked);
        }
        return it->second;
    }

    const SourceLookup& sources_;
    std::map<std::pair<std::string, int>, std::uint64_t> lines_;
    std::unordered_map<std::string, int> seen_;  // key -> findings with it so far
};

// A file-level finding (no position) gets line 1: GitHub code scanning needs a start line.
ordered_json region(const Location& where) {
    ordered_json out;
    if (!where.start.known()) {
        out["startLine"] = 1;
        return out;
    }
    out["startLine"] = where.start.line;
    out["startColumn"] = std::max(where.start.column, 1);
    if (where.end.known() && where.end >= where.start) {
        out["endLine"] = where.end.line;
        out["endColumn"] = std::max(where.end.column, 1);
    }
    return out;
}

ordered_json location(const Location& where) {
    ordered_json physical;
    physical["artifactLocation"] = {{"uri", sarif_uri(where.file)}};
    physical["region"] = region(where);
    return {{"physicalLocation", std::move(physical)}};
}

}  // namespace

// GitHub's anchor for the rule's heading in docs/validation.md, "#### E001 unreadable-file
// (error, exit 2)": lower case, punctuation dropped, spaces as hyphens.
std::string sarif_rule_anchor(const Rule& rule) {
    const std::string heading = fmt::format("{} {}{}", rule.id, rule.name,
                                            rule.input_error ? " (error, exit 2)"
                                            : rule.severity == Severity::warning ? " (warning)"
                                                                                 : "");
    std::string out;
    for (const char c : heading) {
        if (c == ' ') {
            out += '-';
        } else if (c == '-' || is_ascii_digit(c) || (c >= 'a' && c <= 'z') ||
                   (c >= 'A' && c <= 'Z')) {
            out += lower_ascii(c);
        }
    }
    return out;
}

std::string sarif_uri(std::string_view path) {
    while (path.starts_with("./")) {
        path.remove_prefix(2);
    }
    std::string out = path.starts_with("/") ? "file://" : "";
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool safe = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                          is_ascii_digit(c) ||
                          std::string_view("-._~/!$&'()*+,;=@").find(c) != std::string_view::npos;
        if (safe) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out.empty() ? "." : out;
}

std::string render_validation_sarif(const ValidationReport& report, const SourceLookup& sources) {
    ordered_json driver;
    driver["name"] = "iwg";
    driver["version"] = version();
    driver["semanticVersion"] = version();
    if (!project_url.empty()) {
        driver["informationUri"] = std::string(project_url);
    }
    driver["rules"] = ordered_json::array();
    const auto rules = all_rules();
    for (const Rule* rule : rules) {
        driver["rules"].push_back(sarif_rule(*rule));
    }

    ordered_json results = ordered_json::array();
    Fingerprints fingerprints(sources);
    const auto result_of = [&rules](const Diagnostic& d, const std::string& fingerprint) {
        ordered_json result;
        result["ruleId"] = d.rule->id;
        const auto index = std::find(rules.begin(), rules.end(), d.rule);
        if (index != rules.end()) {
            result["ruleIndex"] = index - rules.begin();
        }
        result["level"] = level(d.severity);
        std::string message = d.message.empty() ? std::string("(no message)") : d.message;
        if (!d.hint.empty()) {
            message += "\nhint: " + d.hint;
        }
        result["message"] = text(std::move(message));
        result["locations"] = ordered_json::array({location(d.location)});
        result["partialFingerprints"] = {{"iwg/v1", fingerprint}};
        if (d.accepted) {
            result["suppressions"] = ordered_json::array({{{"kind", "inSource"},
                                                           {"status", "accepted"},
                                                           {"justification", d.justification}}});
        }
        if (d.related) {
            ordered_json related = location(*d.related);
            related["id"] = 1;
            related["message"] =
                text(d.related_message.empty() ? std::string("related") : d.related_message);
            result["relatedLocations"] = ordered_json::array({std::move(related)});
        }
        return result;
    };
    // The catalogue and the document around the results come first; the results get the rest
    // of the budget. A fingerprint's size does not depend on the findings before it.
    const std::size_t before = dumped_size(driver, 3) + validation_tail_reserve;
    const std::size_t room = report.output_budget > before ? report.output_budget - before : 0;
    // A fingerprint is a hash and a count: 16 hex digits, ':' and at most 20 digits.
    const std::string longest_fingerprint(16 + 1 + 20, '0');
    const std::size_t listed = listed_findings(report, room, [&](const Diagnostic& d) {
        return dumped_size(result_of(d, longest_fingerprint), 4);
    });
    for (std::size_t i = 0; i < listed; ++i) {
        const Diagnostic& d = report.diagnostics[i];
        results.push_back(result_of(d, fingerprints.next(d)));
    }
    if (const auto more = unlisted_findings(report, listed, true)) {
        results.push_back(result_of(*more, fingerprints.next(*more)));
    }

    ordered_json run;
    run["tool"] = {{"driver", std::move(driver)}};
    // Our columns count code points, not SARIF's default UTF-16 code units.
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results);

    ordered_json doc;
    doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    doc["version"] = "2.1.0";
    doc["runs"] = ordered_json::array({std::move(run)});
    return dump_json(doc);
}

}  // namespace iwg
