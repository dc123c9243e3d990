#include "iwg/plan/allow.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include <fmt/format.h>

#include "iwg/input/yaml_reader.hpp"
#include "iwg/util/suggest.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

constexpr std::string_view directive = "iwg:";

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (is_blank(text.back()) || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

// Where a comment starting with "iwg:" begins in `line`, from `from` on: a '#' at the line's
// start or after a blank, as YAML starts a comment. npos if none.
std::size_t directive_comment(std::string_view line, std::size_t from = 0) {
    for (std::size_t hash = line.find('#', from); hash != std::string_view::npos;
         hash = line.find('#', hash + 1)) {
        if (hash > 0 && !is_blank(line[hash - 1])) {
            continue;
        }
        if (trim(line.substr(hash + 1)).starts_with(directive)) {
            return hash;
        }
    }
    return std::string_view::npos;
}

// A comment-only or blank line: an allow on such a line looks past it.
bool is_comment_or_blank(std::string_view line) {
    const std::string_view text = trim(line);
    return text.empty() || text.front() == '#';
}

std::vector<std::string_view> acceptable_rule_ids() {
    std::vector<std::string_view> ids;
    for (const Rule* rule : all_rules()) {
        if (rule->acceptable) {
            ids.push_back(rule->id);
        }
    }
    return ids;
}

// Parses "allow W204, E202 -- reason" (the text after "iwg:"). Returns an error message, or
// an empty string with `allow` filled in.
std::string parse_allow(std::string_view text, AllowComment& allow) {
    text = trim(text);
    if (!text.starts_with("allow") || (text.size() > 5 && !is_blank(text[5]))) {
        const std::string_view word = text.substr(0, text.find_first_of(" \t"));
        return fmt::format("unknown iwg comment {}; expected 'iwg: allow RULE -- reason'",
                           quote_for_message(word));
    }
    text.remove_prefix(5);
    const std::size_t dashes = text.find("--");
    const std::string_view ids = dashes == std::string_view::npos ? text : text.substr(0, dashes);
    if (dashes == std::string_view::npos || trim(text.substr(dashes + 2)).empty()) {
        return "the allow gives no reason; write '-- ' and why the finding is intended";
    }
    allow.reason = std::string(trim(text.substr(dashes + 2)));
    std::size_t start = 0;
    while (start < ids.size()) {
        std::size_t end = ids.find_first_of(", \t", start);
        end = end == std::string_view::npos ? ids.size() : end;
        const std::string_view id = ids.substr(start, end - start);
        start = end + 1;
        if (id.empty()) {
            continue;
        }
        const Rule* rule = find_rule(id);
        if (rule == nullptr) {
            const auto match = closest_match(id, acceptable_rule_ids());
            return match
                       ? fmt::format("no rule {}; did you mean {}?", quote_for_message(id), *match)
                       : fmt::format("no rule {}", quote_for_message(id));
        }
        if (!rule->acceptable) {
            return fmt::format(
                "{} cannot be accepted: only warnings and the checks' errors about meaning "
                "(E2xx, W2xx, W301) can; a reading or loading finding means the plan may not "
                "have been read as written",
                rule->id);
        }
        allow.rules.push_back(rule);
    }
    if (allow.rules.empty()) {
        return "the allow names no rule; write e.g. 'iwg: allow W204 -- reason'";
    }
    return {};
}

// W301 is made by check_repository, after each plan's allows were matched.
bool names_rule_across_plans(const AllowComment& allow) {
    return std::find(allow.rules.begin(), allow.rules.end(), &rules::group_mismatch) !=
           allow.rules.end();
}

}  // namespace

std::vector<AllowComment> find_allow_comments(const SourceFile& source, Diagnostics& findings) {
    std::vector<AllowComment> allows;
    std::vector<std::size_t> waiting;  // own-line allows that wait for the next content line
    // Lines are read from the text, not the line index: a file without findings or allows
    // never needs that index (SourceFile builds it on first use).
    const std::string_view text = source.text();
    // Scalars whose text holds a '#', found on the first "# iwg:" (most files have none): an
    // allow written inside a value (a block scalar's line, a quoted text) is text, and a
    // plan's text must not accept its own findings.
    std::optional<std::vector<ScalarExtent>> text_extents;
    const auto inside_text = [&](std::size_t offset) {
        if (!text_extents) {
            text_extents = scalar_text_with_hashes(source, YamlLimits{});
        }
        const auto after = std::upper_bound(
            text_extents->begin(), text_extents->end(), offset,
            [](std::size_t at, const ScalarExtent& extent) { return at < extent.begin; });
        return after != text_extents->begin() && offset < std::prev(after)->end;
    };
    constexpr std::size_t after_last = std::string_view::npos;
    std::size_t next = 0;
    for (int number = 1; next != after_last; ++number) {
        const std::size_t begin = next;
        std::size_t end = text.find('\n', begin);
        next = end == std::string_view::npos ? after_last : end + 1;
        end = std::min(end, text.size());
        std::string_view line = text.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (!is_comment_or_blank(line)) {
            for (const std::size_t index : waiting) {
                allows[index].applies_to = number;
            }
            waiting.clear();
        }
        const std::size_t line_offset = begin;
        std::size_t hash = directive_comment(line);
        while (hash != std::string_view::npos && inside_text(line_offset + hash)) {
            hash = directive_comment(line, hash + 1);
        }
        if (hash == std::string_view::npos) {
            continue;
        }
        const std::size_t offset = line_offset + hash;
        AllowComment allow;
        allow.location = Location{source.path(), source.position_at(offset),
                                  source.position_at(offset + trim(line.substr(hash)).size())};
        const std::string_view after = trim(line.substr(hash + 1)).substr(directive.size());
        if (const std::string error = parse_allow(after, allow); !error.empty()) {
            findings.add(rules::bad_allow, allow.location, error);
            continue;
        }
        const bool own_line = trim(line.substr(0, hash)).empty();
        allow.applies_to = own_line ? 0 : number;
        if (own_line) {
            waiting.push_back(allows.size());
        }
        allows.push_back(std::move(allow));
    }
    return allows;
}

AllowComments::AllowComments(const std::vector<const SourceFile*>& sources, Diagnostics& findings) {
    for (const SourceFile* source : sources) {
        auto more = find_allow_comments(*source, findings);
        allows_.insert(allows_.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
    }
    index();
}

AllowComments::AllowComments(std::vector<AllowComment> allows) : allows_(std::move(allows)) {
    index();
}

void AllowComments::index() {
    for (std::size_t i = 0; i < allows_.size(); ++i) {
        if (allows_[i].applies_to > 0) {
            by_line_[{allows_[i].location.file, allows_[i].applies_to}].push_back(i);
        }
    }
    used_.assign(allows_.size(), false);
}

const std::string* AllowComments::accept(const Rule& rule, const Location& location) {
    if (!rule.acceptable || !location.start.known()) {
        return nullptr;
    }
    const auto it = by_line_.find({location.file, location.start.line});
    if (it == by_line_.end()) {
        return nullptr;
    }
    for (const std::size_t index : it->second) {
        const auto& rules = allows_[index].rules;
        if (std::find(rules.begin(), rules.end(), &rule) != rules.end()) {
            used_[index] = true;
            return &allows_[index].reason;
        }
    }
    return nullptr;
}

std::vector<AllowComment> AllowComments::waiting() const {
    std::vector<AllowComment> out;
    for (std::size_t i = 0; i < allows_.size(); ++i) {
        if (!used_[i] && names_rule_across_plans(allows_[i])) {
            out.push_back(allows_[i]);
        }
    }
    return out;
}

void AllowComments::report_unused(Diagnostics& findings, bool across_plans_checked) const {
    for (std::size_t i = 0; i < allows_.size(); ++i) {
        if (!used_[i] && (across_plans_checked || !names_rule_across_plans(allows_[i]))) {
            std::string ids;
            for (const Rule* rule : allows_[i].rules) {
                ids += ids.empty() ? rule->id : fmt::format(", {}", rule->id);
            }
            findings.add(rules::unused_allow, allows_[i].location,
                         allows_[i].applies_to == 0
                             ? fmt::format("this allow of {} is followed by no line to accept", ids)
                             : fmt::format("no {} finding on line {} to accept", ids,
                                           allows_[i].applies_to));
        }
    }
}

}  // namespace iwg
