#include "iwg/render/text.hpp"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "iwg/util/link.hpp"
#include "iwg/util/terminal_text.hpp"

namespace iwg {
namespace {

// Plan text as the text output shows it: sanitized for the terminal, and a tab as one space,
// since a raw tab would break the columns the output lines up.
std::string printable(std::string_view text, bool keep_newlines = false) {
    std::string out = sanitize_for_terminal(text, keep_newlines);
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out;
}

const char* tone_code(doc::Tone tone) {
    switch (tone) {
        case doc::Tone::normal:
            return "";
        case doc::Tone::muted:
            return "\x1b[2m";
        case doc::Tone::strong:
            return "\x1b[1m";
        case doc::Tone::good:
            return "\x1b[32m";
        case doc::Tone::warn:
            return "\x1b[33m";
        case doc::Tone::bad:
            return "\x1b[31m";
    }
    return "";
}

// Colours each line on its own, so a wrapped value never leaves colour on at a line end.
std::string paint(const std::string& text, const char* code, bool color) {
    if (!color || *code == '\0' || text.empty()) {
        return text;
    }
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string_view line = std::string_view(text).substr(start, end - start);
        const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
        out += line.substr(0, indent);
        if (indent < line.size()) {
            out += code;
            out += line.substr(indent);
            out += "\x1b[0m";
        }
        if (end == text.size()) {
            break;
        }
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::string spaces(int n) {
    return std::string(static_cast<std::size_t>(std::max(n, 0)), ' ');
}

// Writes a document's blocks one after another.
class TextRenderer {
  public:
    explicit TextRenderer(const TextStyle& style) : style_(style) {}

    void add(const doc::Block& block) {
        std::visit([this](const auto& b) { emit(b); }, block);
    }
    std::string take() { return std::move(out_); }

  private:
    void separate(bool after_heading_ok) {
        if (out_.empty()) {
            return;
        }
        if (!(after_heading_ok && last_was_heading_)) {
            out_ += '\n';
        }
    }

    void emit(const doc::Heading& heading) {
        separate(false);
        indent_ = heading.level <= 1 ? 0 : 2 * (heading.level - 1);
        const int own_indent = heading.level <= 1 ? 0 : 2 * (heading.level - 2);
        out_ += spaces(own_indent) + paint(printable(heading.text), "\x1b[1m", style_.color) + '\n';
        last_was_heading_ = true;
    }

    void emit(const doc::Paragraph& paragraph) {
        separate(true);
        const std::string text =
            wrap_text(printable(paragraph.text, true), style_.width, indent_, indent_);
        out_ += paint(text, tone_code(paragraph.tone), style_.color) + '\n';
        last_was_heading_ = false;
    }

    void emit(const doc::Fields& fields) {
        separate(true);
        int label_width = fields.min_label_width;
        for (const auto& field : fields.items) {
            label_width = std::max(label_width, display_width(field.label) + 1);
        }
        const int value_column = indent_ + label_width + 2;
        for (const auto& field : fields.items) {
            const std::string label = printable(field.label) + ":";
            std::string value =
                wrap_text(printable(field.value, true), style_.width, value_column, value_column);
            value.erase(0, static_cast<std::size_t>(value_column));
            out_ += spaces(indent_) + paint(label, "\x1b[2m", style_.color) +
                    spaces(value_column - indent_ - display_width(label)) +
                    paint(value, tone_code(field.tone), style_.color) + '\n';
        }
        last_was_heading_ = false;
    }

    void emit(const doc::List& list) {
        separate(true);
        for (const std::string& item : list.items) {
            std::string text =
                wrap_text(printable(item, true), style_.width, indent_ + 2, indent_ + 2);
            text.replace(static_cast<std::size_t>(indent_), 2, "- ");
            out_ += text + '\n';
        }
        last_was_heading_ = false;
    }

    void emit(const doc::Table& table) {
        separate(true);
        const std::size_t columns = table.headers.size();
        const auto cell = [](const std::vector<std::string>& row, std::size_t c) {
            return c < row.size() ? printable(row[c]) : std::string();
        };
        std::vector<int> widths(columns, 0);
        const auto measure = [&](const std::vector<std::string>& row) {
            for (std::size_t c = 0; c < columns; ++c) {
                widths[c] = std::max(widths[c], display_width(cell(row, c)));
            }
        };
        measure(table.headers);
        for (const auto& row : table.rows) {
            measure(row);
        }
        // Every column but the last keeps its width; the last wraps within the line.
        int last_column = indent_;
        for (std::size_t c = 0; c + 1 < columns; ++c) {
            last_column += widths[c] + 2;
        }
        const auto write = [&](const std::vector<std::string>& row, bool header) {
            std::string line = spaces(indent_);
            for (std::size_t c = 0; c + 1 < columns; ++c) {
                const std::string text = cell(row, c);
                line += text + spaces(widths[c] - display_width(text) + 2);
            }
            std::string last =
                wrap_text(cell(row, columns - 1), style_.width, last_column, last_column);
            last.erase(0, static_cast<std::size_t>(last_column));
            line += last;
            while (!line.empty() && line.back() == ' ') {
                line.pop_back();
            }
            out_ += (header ? paint(line, "\x1b[1m", style_.color) : line) + '\n';
        };
        write(table.headers, true);
        for (const auto& row : table.rows) {
            write(row, false);
        }
        last_was_heading_ = false;
    }

    TextStyle style_;
    std::string out_;
    int indent_ = 0;
    bool last_was_heading_ = false;
};

struct Snippet {
    std::string text;   // the line, or a window of it, sanitized
    int caret = 0;      // display column of the caret within `text`
    int underline = 1;  // carets, clipped to the window
};

// The source line around `column` (1-based code points), cut to a window on long lines.
// Work is bounded by the window, not the line: a 16 MB line costs as much as a short one.
Snippet snippet_window(const SourceFile& source, int line, int column, int length) {
    constexpr int before = 40;
    constexpr int max_width = 100;
    // Secrets of links are masked before anything is shown, in a stretch around the window
    // (so that a passcode's name before the window still hides its value in it) and not the
    // whole line (a 16 MB line is not copied for each finding).
    constexpr std::size_t mask_margin = 8192;
    const std::string_view line_text = source.line_text(line);
    const std::size_t caret_in_line = source.byte_in_line(line, column);
    const std::size_t stretch = caret_in_line - std::min(caret_in_line, mask_margin);
    std::string masked(line_text.substr(stretch, caret_in_line - stretch + 2 * mask_margin));
    mask_link_secrets(masked);
    const std::string_view text = masked;
    const std::size_t caret_byte = caret_in_line - stretch;
    auto is_start = [&](std::size_t i) {
        return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    };
    auto forward = [&](std::size_t i, int characters) {
        for (; characters > 0 && i < text.size(); --characters) {
            ++i;
            while (i < text.size() && !is_start(i)) {
                ++i;
            }
        }
        return i;
    };
    std::size_t first = caret_byte;
    for (int n = 0; n < before && first > 0; ++n) {
        --first;
        while (first > 0 && !is_start(first)) {
            --first;
        }
    }
    const std::size_t last = forward(first, max_width);
    const std::size_t underline_end = std::min(forward(caret_byte, std::max(length, 1)), last);

    auto show = [](std::string_view part) {
        std::string shown(part);
        return printable(shown);
    };
    const std::string prefix = first > 0 ? "..." : "";
    Snippet snippet;
    const std::string lead = prefix + show(text.substr(first, caret_byte - first));
    snippet.caret = display_width(lead);
    snippet.underline =
        std::max(1, display_width(show(text.substr(caret_byte, underline_end - caret_byte))));
    snippet.text =
        lead + show(text.substr(caret_byte, last - caret_byte)) + (last < text.size() ? "..." : "");
    return snippet;
}

}  // namespace

std::string wrap_text(std::string_view text, int width, int first_indent, int indent) {
    std::string out = spaces(first_indent);
    int column = first_indent;
    bool line_has_word = false;
    std::size_t i = 0;
    while (i <= text.size()) {
        if (i == text.size()) {
            break;
        }
        if (text[i] == '\n') {
            out += '\n' + spaces(indent);
            column = indent;
            line_has_word = false;
            ++i;
            continue;
        }
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') {
            ++end;
        }
        const std::string_view word = text.substr(i, end - i);
        const int word_width = display_width(word);
        if (line_has_word && column + 1 + word_width > width) {
            out += '\n' + spaces(indent);
            column = indent;
            line_has_word = false;
        }
        if (line_has_word) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word_width;
        line_has_word = true;
        i = end;
    }
    return out;
}

std::string render_text(const doc::Document& document, const TextStyle& style) {
    TextRenderer renderer(style);
    for (const auto& block : document.blocks) {
        renderer.add(block);
    }
    return renderer.take();
}

std::string render_diagnostic_text(const Diagnostic& diagnostic, const SourceLookup& sources,
                                   const TextStyle& style) {
    const bool color = style.color;
    const Location& where = diagnostic.location;
    const bool is_error = diagnostic.severity == Severity::error;
    std::string out = paint(printable(where.file), "\x1b[1m", color);
    if (where.start.known()) {
        out += paint(fmt::format(":{}:{}", where.start.line, where.start.column), "\x1b[1m", color);
    }
    out += ": ";
    out += paint(fmt::format("{}[{}]", to_string(diagnostic.severity), diagnostic.rule->id),
                 is_error ? "\x1b[1;31m" : "\x1b[1;33m", color);
    out += fmt::format(": {}\n", printable(diagnostic.message));

    const SourceFile* source = sources ? sources(where.file) : nullptr;
    if (source != nullptr && where.start.known() && where.start.line <= source->line_count()) {
        const std::string number = std::to_string(where.start.line);
        const std::string gutter = spaces(static_cast<int>(number.size()) + 1);
        int length = 1;
        if (where.end.known() && where.end.line == where.start.line &&
            where.end.column > where.start.column) {
            length = where.end.column - where.start.column;
        }
        const Snippet snippet =
            snippet_window(*source, where.start.line, where.start.column, length);
        const std::string bar = paint(gutter + "|", "\x1b[1;34m", color);
        out += fmt::format("{}\n", bar);
        out += fmt::format("{} {}\n", paint(number + " |", "\x1b[1;34m", color), snippet.text);
        out += fmt::format("{} {}{}\n", bar, spaces(snippet.caret),
                           paint(std::string(static_cast<std::size_t>(snippet.underline), '^'),
                                 is_error ? "\x1b[1;31m" : "\x1b[1;33m", color));
    }
    if (diagnostic.related) {
        const Location& related = *diagnostic.related;
        out += fmt::format("  = note: {} at {}", printable(diagnostic.related_message),
                           printable(related.file));
        if (related.start.known()) {
            out += fmt::format(":{}:{}", related.start.line, related.start.column);
        }
        out += "\n";
    }
    if (!diagnostic.hint.empty()) {
        out += fmt::format("  = {}: {}\n", paint("hint", "\x1b[1;36m", color),
                           printable(diagnostic.hint));
    }
    return out;
}

}  // namespace iwg
