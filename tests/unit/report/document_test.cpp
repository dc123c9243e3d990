#include "iwg/report/document.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace iwg;

TEST_CASE("a document makes generated rows plain, after the held ones", "[document]") {
    std::vector<std::string> source{"b", "c"};
    doc::Document document;
    doc::Table table{{"Id"}, {{"a"}}};
    table.more = {source.size(),
                  [&source](std::size_t i, std::vector<std::string>& row) { row = {source[i]}; }};
    document.table(std::move(table));
    doc::List list{{"x"}};
    list.more = {1, [&source](std::size_t i, std::string& item) { item = source[i]; }};
    document.list(std::move(list));
    source = {"changed", "changed"};  // the document no longer reads it

    const auto& kept = std::get<doc::Table>(document.blocks[0]);
    CHECK(kept.rows == std::vector<std::vector<std::string>>{{"a"}, {"b"}, {"c"}});
    CHECK(kept.more.count == 0);
    CHECK_FALSE(kept.more.generate);
    const auto& items = std::get<doc::List>(document.blocks[1]);
    CHECK(items.items == std::vector<std::string>{"x", "b"});
    CHECK(items.more.count == 0);
}

TEST_CASE("a table reads held rows, then generated ones, each once", "[document]") {
    int made = 0;
    doc::Table table{{"Id"}, {{"a"}}};
    table.more = {2, [&made](std::size_t i, std::vector<std::string>& row) {
                      ++made;
                      row.push_back(std::to_string(i));  // given cleared
                  }};
    std::vector<std::vector<std::string>> seen;
    table.for_each_row([&seen](const std::vector<std::string>& row) { seen.push_back(row); });
    CHECK(seen == std::vector<std::vector<std::string>>{{"a"}, {"0"}, {"1"}});
    CHECK(made == 2);
    CHECK_FALSE(table.empty());
    CHECK(doc::Table{{"Id"}, {}}.empty());
}
