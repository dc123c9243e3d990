#include "iwg/util/utf8.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

namespace {
std::size_t length_of(std::string_view text, char32_t expected = 0) {
    char32_t cp = 0;
    const std::size_t length = decode_utf8(text, 0, cp);
    if (length > 0) {
        CHECK(cp == expected);
    }
    return length;
}
}  // namespace

TEST_CASE("decode_utf8 accepts well-formed sequences", "[utf8]") {
    CHECK(length_of("a", U'a') == 1);
    CHECK(length_of("\xC3\xA9", U'é') == 2);
    CHECK(length_of("\xE2\x80\xAE", 0x202E) == 3);
    CHECK(length_of("\xF0\x9F\x98\x80", 0x1F600) == 4);
}

TEST_CASE("decode_utf8 refuses malformed sequences", "[utf8]") {
    CHECK(length_of("\xC3") == 0);              // truncated
    CHECK(length_of("\xC0\xAF") == 0);          // overlong
    CHECK(length_of("\xED\xA0\x80") == 0);      // surrogate
    CHECK(length_of("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
    CHECK(length_of("\x80") == 0);              // stray continuation
    CHECK(length_of("\xC3(") == 0);             // bad continuation
}

TEST_CASE("character classes for plan text and terminals", "[utf8]") {
    CHECK(is_control(0x1B));
    CHECK(is_control(0x7F));
    CHECK(is_control(0x9B));
    CHECK_FALSE(is_control('\t'));
    CHECK_FALSE(is_control('\n'));
    CHECK_FALSE(is_control(0xA0));
    CHECK(is_layout_control(0x202E));
    CHECK(is_layout_control(0x2066));
    CHECK(is_layout_control(0x2028));
    CHECK_FALSE(is_layout_control(0x200F));  // a mark: right-to-left text needs it
    CHECK(is_invisible(0x200F));
    CHECK(is_invisible(0xFEFF));
    CHECK(is_invisible(0x200B));
    CHECK_FALSE(is_invisible(0x200D));  // zero-width joiner: part of emoji and scripts
}
