#include "iwg/render/markdown.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "iwg/util/terminal_text.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {

std::string escape_markdown(std::string_view text) {
    const std::string clean = sanitize_for_terminal(text, /*keep_newlines=*/true);
    std::string out;
    out.reserve(clean.size());
    for (std::size_t i = 0; i < clean.size(); ++i) {
        const char c = clean[i];
        // GitHub's Markdown links bare addresses ("http://…", "www.…"): plan text gives links
        // only through the fields meant for them, so these stay text, written with an entity
        // that every renderer shows as the character and no autolinker reads.
        if (c == ':' && std::string_view(clean).substr(i + 1, 2) == "//") {
            out += "&#58;";
            continue;
        }
        if ((c == 'w' || c == 'W') &&
            (i == 0 || !std::isalnum(static_cast<unsigned char>(clean[i - 1]))) &&
            lower_ascii(std::string_view(clean).substr(i, 4)) == "www.") {
            out.append(clean, i, 3);
            out += "&#46;";
            i += 3;
            continue;
        }
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '\n':
            case '\t':
                out += ' ';
                break;
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '#':
            case '|':
            case '~':
            case '!':
                out += '\\';
                out += c;
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

// What could open a block at the start of a line (after its leading spaces): a list item, a
// thematic break or setext underline (- + =), an ordered list item (1. or 1)). Headings (#)
// and quotes (&gt;) are escaped everywhere already.
std::string escape_block_start(std::string out) {
    const std::size_t start = out.find_first_not_of(' ');
    if (start == std::string::npos) {
        return out;
    }
    const char first = out[start];
    if (first == '-' || first == '+' || first == '=') {
        out.insert(start, 1, '\\');
        return out;
    }
    const std::size_t digits = out.find_first_not_of("0123456789", start);
    if (digits > start && digits != std::string::npos &&
        (out[digits] == '.' || out[digits] == ')')) {
        out.insert(digits, 1, '\\');
    }
    return out;
}

// Text that starts a line of a report must not start a block of its own, nor an indented
// code block: leading spaces go.
std::string escape_line_start(std::string_view text) {
    std::string out = escape_markdown(text);
    out.erase(0, std::min(out.find_first_not_of(' '), out.size()));
    return escape_block_start(std::move(out));
}

}  // namespace

std::string escape_markdown_line_start(std::string_view text) {
    return escape_block_start(escape_markdown(text));
}

std::string escape_markdown_lines(std::string_view text, std::size_t indent) {
    std::string out;
    std::size_t begin = 0;
    while (true) {
        const std::size_t end = text.find('\n', begin);
        const std::string_view line = text.substr(
            begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
        if (begin == 0) {
            out += escape_markdown(line);
        } else {
            out += "  \n" + std::string(indent, ' ') + escape_line_start(line);
        }
        if (end == std::string_view::npos) {
            return out;
        }
        begin = end + 1;
    }
}

namespace {

// Writes a document's blocks one after another.
class MarkdownRenderer {
  public:
    void add(const doc::Block& block) {
        const bool is_list =
            std::holds_alternative<doc::Fields>(block) || std::holds_alternative<doc::List>(block);
        if (!out_.empty()) {
            out_ += '\n';
        }
        if (is_list && previous_is_list_) {
            out_ += "---\n\n";  // a blank line alone would join the two lists into one
        }
        std::visit([this](const auto& b) { emit(b); }, block);
        previous_is_list_ = is_list;
    }
    std::string take() { return std::move(out_); }

  private:
    void emit(const doc::Heading& heading) {
        const int level = std::clamp(heading.level, 1, 6);
        out_ += std::string(static_cast<std::size_t>(level), '#') + ' ' +
                escape_markdown(heading.text) + '\n';
    }

    void emit(const doc::Paragraph& paragraph) {
        out_ +=
            escape_block_start(escape_markdown_lines(
                std::string_view(paragraph.text)
                    .substr(std::min(paragraph.text.find_first_not_of(' '), paragraph.text.size())),
                0)) +
            '\n';
    }

    void emit(const doc::Fields& fields) {
        for (const auto& field : fields.items) {
            // An autolink's text is literal: a checked URL goes in as it is.
            out_ += fmt::format("- **{}:** {}\n", escape_markdown(field.label),
                                field.link ? fmt::format("<{}>", field.value)
                                           : escape_markdown_lines(field.value, 2));
        }
    }

    void emit(const doc::List& list) {
        for (const std::string& item : list.items) {
            out_ += "- " +
                    escape_block_start(
                        escape_markdown_lines(std::string_view(item).substr(std::min(
                                                  item.find_first_not_of(' '), item.size())),
                                              2)) +
                    '\n';
        }
    }

    void emit(const doc::Table& table) {
        const std::size_t columns = table.headers.size();
        auto row_line = [columns](const std::vector<std::string>& cells) {
            std::string line = "|";
            for (std::size_t c = 0; c < columns; ++c) {
                const std::string cell = c < cells.size() ? escape_markdown(cells[c]) : "";
                line += cell.empty() ? " |" : ' ' + cell + " |";
            }
            return line + '\n';
        };
        out_ += row_line(table.headers);
        std::string rule = "|";
        for (std::size_t c = 0; c < columns; ++c) {
            rule += " --- |";
        }
        out_ += rule + '\n';
        for (const auto& row : table.rows) {
            out_ += row_line(row);
        }
    }

    std::string out_;
    bool previous_is_list_ = false;
};

}  // namespace

std::string render_markdown(const doc::Document& document) {
    MarkdownRenderer renderer;
    for (const auto& block : document.blocks) {
        renderer.add(block);
    }
    return renderer.take();
}

}  // namespace iwg
