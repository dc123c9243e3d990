#include "iwg/report/document.hpp"

namespace iwg::doc {

namespace {

template <class Row>
void make_plain(std::vector<Row>& rows, GeneratedRows<Row>& more) {
    rows.reserve(rows.size() + more.count);
    for (std::size_t i = 0; i < more.count; ++i) {
        more.generate(i, rows.emplace_back());
    }
    more = {};
}

}  // namespace

void Document::add(Block block) {
    if (auto* table = std::get_if<Table>(&block)) {
        make_plain(table->rows, table->more);
    } else if (auto* list = std::get_if<List>(&block)) {
        make_plain(list->items, list->more);
    }
    blocks.push_back(std::move(block));
}

}  // namespace iwg::doc
