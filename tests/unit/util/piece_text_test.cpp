#include "iwg/util/piece_text.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace iwg;

TEST_CASE("piece text joins what was appended, across pieces, exactly", "[piece_text]") {
    PieceText text;
    CHECK(text.empty());
    std::string expected;
    // Appends of every size, some longer than a piece, so that pieces seal mid-way.
    for (std::size_t i = 0; expected.size() < 3 * PieceText::piece_size + 17; ++i) {
        const std::string part((i * 7919) % (PieceText::piece_size / 3) + 1,
                               static_cast<char>('a' + i % 26));
        text += part;
        text += '\n';
        text.append(i % 5, ' ');
        expected += part + '\n' + std::string(i % 5, ' ');
        REQUIRE(text.size() == expected.size());
    }
    CHECK_FALSE(text.empty());
    const std::string joined = text.take(1);
    CHECK(joined == expected);
    CHECK(joined.capacity() >= expected.size() + 1);
    CHECK(text.empty());
    CHECK(text.take().empty());
}

TEST_CASE("piece text under a piece is handed over as it is", "[piece_text]") {
    PieceText text;
    text += "short";
    CHECK(text.take() == "short");
    text += "again";
    CHECK(text.take() == "again");
}
