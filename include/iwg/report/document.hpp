// A report's layout as data: headings, fields, tables, lists. A report's layout gives its
// blocks to a Sink: a Document keeps them, a renderer's sink (text, Markdown, HTML) writes each
// as it comes. No report prints by hand.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
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

// A table's or a list's rows may be made as they are read (`generate(i, row)` makes row i),
// after the ones it holds: a table of every row of a large plan is then never held, only
// written (the text renderer reads it twice: to measure its columns, then to write them).
// A generator may point into the layout's data: it is read while the block is added, and a
// Document makes its rows into plain ones.
template <class Row>
struct GeneratedRows {
    std::size_t count = 0;
    std::function<void(std::size_t, Row&)> generate;

    // `held` first, then these, each made into one reused row.
    template <class F>
    void for_each(const std::vector<Row>& held, F&& f) const {
        for (const auto& row : held) {
            f(row);
        }
        Row row;
        for (std::size_t i = 0; i < count; ++i) {
            row.clear();
            generate(i, row);
            f(std::as_const(row));
        }
    }
};

struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
    GeneratedRows<std::vector<std::string>> more = {};

    // Every row, the held ones first.
    template <class F>
    void for_each_row(F&& f) const {
        more.for_each(rows, f);
    }
    bool empty() const { return rows.empty() && more.count == 0; }
};

struct List {
    std::vector<std::string> items;
    GeneratedRows<std::string> more = {};

    template <class F>
    void for_each_item(F&& f) const {
        more.for_each(items, f);
    }
    bool empty() const { return items.empty() && more.count == 0; }
};

using Block = std::variant<Heading, Paragraph, Fields, Table, List>;

// Where a layout puts its blocks, in order.
class Sink {
  public:
    virtual ~Sink() = default;
    virtual void add(Block block) = 0;

    void heading(int level, std::string text) { add(Heading{level, std::move(text)}); }
    void paragraph(std::string text, Tone tone = Tone::normal) {
        add(Paragraph{std::move(text), tone});
    }
    void fields(Fields f) { add(std::move(f)); }
    void table(Table t) { add(std::move(t)); }
    void list(List l) { add(std::move(l)); }
};

// The blocks kept, generated rows made plain (so a Document outlives the data it came from).
struct Document final : Sink {
    std::vector<Block> blocks;

    void add(Block block) override;
};

}  // namespace iwg::doc
