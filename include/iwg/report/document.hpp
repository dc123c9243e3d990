// A report's layout as data: headings, fields, tables, lists. A layout returns a Document and
// each renderer (text, Markdown, HTML) takes one: no report prints by hand.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "iwg/util/enum_words.hpp"

namespace iwg::doc {

// Semantic emphasis; the text renderer maps it to colour on a terminal, Markdown mostly ignores it,
// HTML makes its word a class.
enum class Tone { normal, muted, strong, good, warn, bad };
constexpr std::array<EnumWord<Tone>, 6> words_of(Tone) {
    return {{
        {Tone::normal, "normal"},
        {Tone::muted, "muted"},
        {Tone::strong, "strong"},
        {Tone::good, "good"},
        {Tone::warn, "warn"},
        {Tone::bad, "bad"},
    }};
}

struct Heading {
    int level = 1;  // 1 = report title, 2 = section, 3 = item
    std::string text;
    std::string anchor = {};  // HTML: the heading's id, for links to it; other formats ignore it
};

struct Paragraph {
    std::string text;
    Tone tone = Tone::normal;
};

struct Field {
    std::string label;
    std::string value;
    Tone tone = Tone::normal;
    bool link = false;  // `value` is a URL that link_problem accepted: Markdown links it
};

struct Fields {
    std::vector<Field> items;
    int min_label_width = 0;  // so that several blocks of one report line up
};

struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
    bool row_headers = false;  // each row's first cell names the row (HTML: <th scope="row">)
};

struct List {
    std::vector<std::string> items;
};

using Block = std::variant<Heading, Paragraph, Fields, Table, List>;

// A layout's blocks, in order.
struct Document {
    std::vector<Block> blocks;

    void heading(int level, std::string text) {
        blocks.emplace_back(Heading{level, std::move(text)});
    }
    void paragraph(std::string text, Tone tone = Tone::normal) {
        blocks.emplace_back(Paragraph{std::move(text), tone});
    }
    void fields(Fields f) { blocks.emplace_back(std::move(f)); }
    void table(Table t) { blocks.emplace_back(std::move(t)); }
    void list(List l) { blocks.emplace_back(std::move(l)); }
};

}  // namespace iwg::doc
