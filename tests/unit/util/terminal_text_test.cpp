#include "iwg/util/terminal_text.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("plan text cannot drive the terminal", "[terminal]") {
    CHECK(sanitize_for_terminal("plain é text") == "plain é text");
    CHECK(sanitize_for_terminal("\x1b[2J\x07") == "\\x1b[2J\\x07");
    CHECK(sanitize_for_terminal("a\nb") == "a\\nb");
    CHECK(sanitize_for_terminal("a\nb", true) == "a\nb");
    CHECK(sanitize_for_terminal("a\rb") == "a\\x0db");
    CHECK(sanitize_for_terminal("\xC2\x9B"
                                "31m") == "\\x9b31m");
    CHECK(sanitize_for_terminal("x\xE2\x80\xAEy") == "x<U+202E>y");
    CHECK(sanitize_for_terminal("\xFF") == "\\xff");
    CHECK(sanitize_for_terminal("tab\tok") == "tab\tok");
}

TEST_CASE("display width counts terminal columns", "[terminal]") {
    CHECK(display_width("abc") == 3);
    CHECK(display_width("été") == 3);
    CHECK(display_width("数据") == 4);
    CHECK(display_width("e\xCC\x81") == 1);  // e + combining acute accent
    CHECK(display_width("\xFF") == 1);
}

TEST_CASE("invisible characters are shown, so look-alike words differ", "[terminal]") {
    CHECK(sanitize_for_terminal("\xEF\xBB\xBFgroup") == "<U+FEFF>group");
    CHECK(sanitize_for_terminal("to\xE2\x80\x8Bpic") == "to<U+200B>pic");
    CHECK(sanitize_for_terminal("a\xE2\x80\xA8z") == "a<U+2028>z");
}
