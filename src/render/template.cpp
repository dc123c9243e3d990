#include "iwg/render/template.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"
#include "iwg/input/file_reader.hpp"
#include "iwg/input/plan_text.hpp"
#include "iwg/input/source.hpp"
#include "iwg/render/email_header.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/util/suggest.hpp"
#include "iwg/util/terminal_text.hpp"
#include "iwg/util/text_util.hpp"
#include "iwg/util/utf8.hpp"

namespace iwg {
namespace {

bool is_name(std::string_view name) {
    if (name.empty() || name[0] < 'a' || name[0] > 'z') {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || is_ascii_digit(c) || c == '_';
    });
}

std::string quoted(std::string_view text) {
    return fmt::format("'{}'", sanitize_for_terminal(text));
}

class TemplateParser {
  public:
    TemplateParser(std::string_view text, const std::vector<std::string_view>& known_names)
        : text_(text), known_names_(known_names) {}

    tl::expected<Template, TemplateError> parse() {
        while (offset_ < text_.size() && !error_) {
            const char c = text_[offset_];
            if (c == '{' && peek(1) == '{') {
                add_literal("{", 2);
            } else if (c == '}' && peek(1) == '}') {
                add_literal("}", 2);
            } else if (c == '{') {
                tag();
            } else if (c == '}') {
                fail(position_, "unmatched '}' (write '}}' for a literal '}')");
            } else {
                add_literal(text_.substr(offset_, 1), 1);
            }
        }
        if (!error_ && !open_.empty()) {
            const TemplateNode& section = open_.back();
            fail(section.position, fmt::format("section {} is not closed (add '{{/{}}}')",
                                               tag_text(section), section.text));
        }
        if (error_) {
            return tl::make_unexpected(*error_);
        }
        flush_literal();
        return Template{std::move(nodes_)};
    }

  private:
    char peek(std::size_t ahead) const {
        return offset_ + ahead < text_.size() ? text_[offset_ + ahead] : '\0';
    }

    void advance(std::size_t bytes) {
        const std::size_t end = std::min(offset_ + bytes, text_.size());
        while (offset_ < end) {
            const std::size_t line_end = text_.find('\n', offset_);
            if (line_end == std::string_view::npos || line_end >= end) {
                position_.column += count_code_points(text_.substr(offset_, end - offset_));
                offset_ = end;
            } else {
                ++position_.line;
                position_.column = 1;
                offset_ = line_end + 1;
            }
        }
    }

    std::vector<TemplateNode>& current() { return open_.empty() ? nodes_ : open_.back().children; }

    void add_literal(std::string_view text, std::size_t consumed) {
        if (literal_.empty()) {
            literal_position_ = position_;
        }
        literal_ += text;
        advance(consumed);
    }

    void flush_literal() {
        if (!literal_.empty()) {
            current().push_back(
                {TemplateNode::Kind::literal, std::move(literal_), literal_position_, {}});
            literal_.clear();
        }
    }

    void fail(Position position, std::string message) {
        error_ = TemplateError{position, std::move(message)};
    }

    static std::string tag_text(const TemplateNode& node) {
        const char sigil = node.kind == TemplateNode::Kind::inverted_section ? '^' : '#';
        return fmt::format("'{{{}{}}}'", sigil, node.text);
    }

    void tag() {
        const Position start = position_;
        const std::size_t close = text_.find_first_of("}\n", offset_ + 1);
        if (close == std::string_view::npos || text_[close] == '\n') {
            fail(start, "'{' is not closed on its line (write '{{' for a literal '{')");
            return;
        }
        const std::string_view inner = text_.substr(offset_ + 1, close - offset_ - 1);
        if (inner.empty()) {
            fail(start, "empty placeholder '{}' (write '{{' and '}}' for literal braces)");
            return;
        }
        const char sigil = inner[0] == '#' || inner[0] == '^' || inner[0] == '/' ? inner[0] : '\0';
        const std::string_view name = sigil != '\0' ? inner.substr(1) : inner;
        if (!is_name(name)) {
            fail(start, fmt::format("{} is not a placeholder: names are lower-case letters, "
                                    "digits and '_' (write '{{{{' for a literal '{{')",
                                    quoted(fmt::format("{{{}}}", inner))));
            return;
        }
        if (sigil == '/') {
            close_section(start, name);
        } else if (std::find(known_names_.begin(), known_names_.end(), name) ==
                   known_names_.end()) {
            unknown_name(start, name);
        } else {
            flush_literal();
            TemplateNode node{sigil == '\0'  ? TemplateNode::Kind::placeholder
                              : sigil == '#' ? TemplateNode::Kind::section
                                             : TemplateNode::Kind::inverted_section,
                              std::string(name),
                              start,
                              {}};
            if (sigil == '\0') {
                current().push_back(std::move(node));
            } else {
                open_.push_back(std::move(node));
            }
        }
        advance(close + 1 - offset_);
    }

    void close_section(Position start, std::string_view name) {
        const std::string closer = fmt::format("'{{/{}}}'", name);
        if (open_.empty()) {
            fail(start, fmt::format("{} closes no open section", closer));
            return;
        }
        if (open_.back().text != name) {
            const TemplateNode& open = open_.back();
            fail(start, fmt::format("{} does not close {} opened at line {}, column {}", closer,
                                    tag_text(open), open.position.line, open.position.column));
            return;
        }
        flush_literal();
        TemplateNode section = std::move(open_.back());
        open_.pop_back();
        current().push_back(std::move(section));
    }

    void unknown_name(Position start, std::string_view name) {
        std::string message = fmt::format("unknown placeholder '{{{}}}'", name);
        if (auto suggestion = closest_match(name, known_names_)) {
            message += fmt::format("; did you mean '{{{}}}'?", *suggestion);
        } else {
            message += fmt::format("; known placeholders: {}", join_alternatives(known_names_));
        }
        fail(start, message);
    }

    std::string_view text_;
    const std::vector<std::string_view>& known_names_;
    std::size_t offset_ = 0;
    Position position_{1, 1};
    std::vector<TemplateNode> nodes_;
    std::vector<TemplateNode> open_;  // sections not closed yet, innermost last
    std::string literal_;
    Position literal_position_;
    std::optional<TemplateError> error_;
};

// ---- Rendering ----

std::string normalize_line_breaks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t") == std::string_view::npos;
}

// The output being built, with what insert_value needs to know about it kept up to date as
// it grows (where the current line starts, whether it holds only a list prefix or blanks,
// whether the e-mail header block has ended), so that no placeholder searches the output
// already written: rendering stays linear in the template and the values. It never grows past
// its budget: text that would is dropped, and the output is marked as over it.
class TemplateOutput {
  public:
    TemplateOutput(TemplateFormat format, std::size_t max_bytes)
        : email_(format == TemplateFormat::email), max_bytes_(max_bytes) {}

    void append(std::string_view text) {
        // Header lines are encoded and folded afterwards (encode_email_headers), which at most
        // doubles them: counted twice while in the header block.
        const std::size_t weight = email_ && !header_done_ ? 2 : 1;
        if (over_ || text.size() > (max_bytes_ - used_) / weight) {
            over_ = true;
            return;
        }
        used_ += weight * text.size();
        for (const char c : text) {
            if (c == '\n') {
                // An empty line (or a first line that is empty) ends the header block.
                header_done_ = header_done_ || out_.size() == line_start_;
                out_ += c;
                line_start_ = out_.size();
                line_prefix_only_ = true;
                line_blank_ = true;
            } else {
                out_ += c;
                line_prefix_only_ = line_prefix_only_ && is_prefix_char(c);
                line_blank_ = line_blank_ && (c == ' ' || c == '\t');
            }
        }
    }

    bool over_budget() const { return over_; }
    bool in_email_header() const { return !header_done_; }
    bool line_is_blank() const { return line_blank_; }
    // The current line when it holds only a list prefix ("  - "), else empty.
    std::string_view list_prefix() const {
        return line_prefix_only_ ? std::string_view(out_).substr(line_start_) : std::string_view();
    }
    std::string take() { return std::move(out_); }

  private:
    static bool is_prefix_char(char c) {
        return std::string_view(" \t-*+>").find(c) != std::string_view::npos;
    }

    const bool email_;
    const std::size_t max_bytes_;
    std::size_t used_ = 0;  // bytes appended, header lines counted twice
    bool over_ = false;
    std::string out_;
    std::size_t line_start_ = 0;
    bool line_prefix_only_ = true;
    bool line_blank_ = true;
    bool header_done_ = false;
};

void insert_value(TemplateOutput& out, const TemplateValue& value, TemplateFormat format) {
    const bool multiline =
        value.multiline && !(format == TemplateFormat::email && out.in_email_header());
    std::string text = normalize_line_breaks(value.text);
    if (!multiline) {
        std::replace(text.begin(), text.end(), '\n', ' ');
    }
    text = sanitize_for_terminal(text, true);

    // Taken before the value grows the line: what later lines of the value repeat.
    const bool first_at_line_start = out.line_is_blank();
    const bool has_more_lines = text.find('\n') != std::string::npos;
    const std::string prefix = has_more_lines ? std::string(out.list_prefix()) : std::string();
    const bool prefix_is_blank = is_blank(prefix);
    std::string trimmed_prefix = prefix;
    while (!trimmed_prefix.empty() &&
           (trimmed_prefix.back() == ' ' || trimmed_prefix.back() == '\t')) {
        trimmed_prefix.pop_back();
    }

    std::size_t begin = 0;
    bool first = true;
    while (!out.over_budget()) {
        const std::size_t end = text.find('\n', begin);
        const std::string_view line = std::string_view(text).substr(
            begin, end == std::string::npos ? std::string::npos : end - begin);
        if (!first) {
            // Markdown joins a paragraph's lines: two spaces make each line break a hard one.
            out.append(format == TemplateFormat::markdown ? "  \n" : "\n");
            out.append(line.empty() ? trimmed_prefix : prefix);
        }
        if (format == TemplateFormat::markdown && !value.url) {
            const bool at_line_start = first ? first_at_line_start : prefix_is_blank;
            out.append(at_line_start ? escape_markdown_line_start(line) : escape_markdown(line));
        } else {
            out.append(line);
        }
        if (end == std::string::npos) {
            break;
        }
        begin = end + 1;
        first = false;
    }
}

void render_nodes(const std::vector<TemplateNode>& nodes, const TemplateValues& values,
                  TemplateFormat format, TemplateOutput& out) {
    static const TemplateValue empty;
    for (const auto& node : nodes) {
        if (out.over_budget()) {
            return;
        }
        const auto found = values.find(node.text);
        const TemplateValue& value = found != values.end() ? found->second : empty;
        switch (node.kind) {
            case TemplateNode::Kind::literal:
                out.append(node.text);
                break;
            case TemplateNode::Kind::placeholder:
                insert_value(out, value, format);
                break;
            case TemplateNode::Kind::section:
                if (!value.text.empty()) {
                    render_nodes(node.children, values, format, out);
                }
                break;
            case TemplateNode::Kind::inverted_section:
                if (value.text.empty()) {
                    render_nodes(node.children, values, format, out);
                }
                break;
        }
    }
}

}  // namespace

tl::expected<Template, TemplateError> parse_template(
    std::string_view text, const std::vector<std::string_view>& known_names) {
    return TemplateParser(text, known_names).parse();
}

std::optional<std::string> render_template_within(const Template& parsed,
                                                  const TemplateValues& values,
                                                  TemplateFormat format, std::size_t max_bytes) {
    TemplateOutput output(format, max_bytes);
    render_nodes(parsed.nodes, values, format, output);
    if (output.over_budget()) {
        return std::nullopt;
    }
    std::string out = output.take();
    if (format == TemplateFormat::email) {
        out = encode_email_headers(out);
    }
    if (out.size() > max_bytes) {
        return std::nullopt;  // not expected: the header block was counted twice
    }
    return out;
}

std::string render_template(const Template& parsed, const TemplateValues& values,
                            TemplateFormat format) {
    return *render_template_within(parsed, values, format, SIZE_MAX);
}

std::size_t template_output_budget(std::size_t plan_bytes, std::size_t template_bytes) {
    return template_output_per_input_byte * (plan_bytes + template_bytes) +
           template_output_allowance;
}

tl::expected<std::string, TemplateFileError> read_template_file(const std::string& path,
                                                                std::size_t max_size) {
    // A regular file under a size cap, inside the work tree that holds it (a link out of it
    // is not read), then the text's checks.
    Diagnostics findings;
    std::string text;
    if (!read_file_bytes(path, ReadLimits{max_size, work_tree_of(path)}, text, findings)) {
        const Diagnostic& first = findings.items().front();
        return tl::make_unexpected(TemplateFileError{first.location.start, first.message});
    }
    return check_template_text(path, std::move(text));
}

tl::expected<std::string, TemplateFileError> check_template_text(const std::string& path,
                                                                 std::string text) {
    // The plan reader's checks fit templates too: UTF-8 without control characters other
    // than tab and line breaks.
    Diagnostics findings;
    if (!check_plan_text(path, text, findings)) {
        const Diagnostic& first = findings.items().front();
        std::string message = first.message;
        if (first.rule == &rules::invalid_utf8) {
            message += "; save the template as UTF-8";
        }
        return tl::make_unexpected(TemplateFileError{first.location.start, message});
    }
    return normalize_line_breaks(text);
}

}  // namespace iwg
