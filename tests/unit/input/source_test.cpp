#include "iwg/input/source.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("positions are 1-based lines and code-point columns", "[source]") {
    SourceFile source("f.yaml", "a: 1\n\xC3\xA9t\xC3\xA9: x\r\nlast");
    CHECK(source.line_count() == 3);
    CHECK(source.position_at(0) == Position{1, 1});
    CHECK(source.position_at(3) == Position{1, 4});
    CHECK(source.position_at(5) == Position{2, 1});
    // "été: x": the 'x' is byte 7 of the line but code point 6.
    CHECK(source.position_at(12) == Position{2, 6});
    CHECK(source.position_from_mark(1, 7) == Position{2, 6});
    CHECK(source.line_text(2) == "\xC3\xA9t\xC3\xA9: x");  // CR stripped
    CHECK(source.line_text(3) == "last");
    CHECK(source.line_text(4).empty());
}

TEST_CASE("position lookups out of order stay correct", "[source]") {
    SourceFile source("f.yaml", "abc def ghi");
    CHECK(source.position_at(8) == Position{1, 9});
    CHECK(source.position_at(4) == Position{1, 5});
    CHECK(source.position_at(100) == Position{1, 12});
}

TEST_CASE("long lines: positions and byte offsets agree with a plain count", "[source]") {
    // Mixed one-, two- and three-byte characters, so checkpoints fall inside characters.
    std::string line;
    for (int i = 0; i < 5000; ++i) {
        line += i % 3 == 0 ? "a" : i % 3 == 1 ? "\xC3\xA9" : "\xE2\x82\xAC";
    }
    SourceFile source("f.yaml", "first\n" + line + "\nlast");
    const std::size_t line_start = 6;
    int column = 1;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const bool starts = (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
        if (starts) {
            INFO("byte " << i);
            REQUIRE(source.position_at(line_start + i) == Position{2, column});
            REQUIRE(source.byte_in_line(2, column) == i);
            ++column;
        }
    }
    CHECK(source.position_at(line_start + line.size()) == Position{2, 5001});
    CHECK(source.byte_in_line(2, 5001) == line.size());
    // Backwards after forwards: no memo to go stale.
    CHECK(source.position_at(line_start + 9000) == Position{2, 4501});
    CHECK(source.position_at(line_start + 3) == Position{2, 3});
}

TEST_CASE("positions and lines agree with a plain count across the line index", "[source]") {
    // 300 lines of varied length, CRLF on some, an empty last line.
    std::string text;
    std::vector<std::size_t> starts;
    for (int i = 0; i < 300; ++i) {
        starts.push_back(text.size());
        text += std::string(static_cast<std::size_t>(i % 7), 'x') + "é" + std::to_string(i);
        text += i % 5 == 0 ? "\r\n" : "\n";
    }
    starts.push_back(text.size());
    const SourceFile source("f.yaml", text);
    REQUIRE(source.line_count() == 301);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        CHECK(source.position_at(starts[i]) == Position{line, 1});
        if (i + 1 < starts.size()) {
            const std::string expected = std::string(i % 7, 'x') + "é" + std::to_string(i);
            CHECK(source.line_text(line) == expected);
            // The line feed ends its own line; the next character starts the next.
            const std::size_t feed = starts[i + 1] - 1;
            CHECK(source.position_at(feed).line == line);
            CHECK(source.position_from_mark(static_cast<int>(i), 0) == Position{line, 1});
        }
    }
    CHECK(source.line_text(301).empty());
    CHECK(source.line_text(302).empty());
    CHECK(source.position_at(text.size() + 10) == Position{301, 1});
}

TEST_CASE("every offset's position agrees with a plain count, long lines among short ones",
          "[source]") {
    // Short lines, a run of more than 64 lines, lines longer than the checkpoint stride (one
    // of them the last line), multi-byte characters and CRLF.
    std::string text;
    for (int i = 0; i < 100; ++i) {
        text += "ab\n";
    }
    text += std::string(5000, 'x') + "é\r\n";
    text += "short\n";
    for (int i = 0; i < 70; ++i) {
        text += std::string(static_cast<std::size_t>(i * 90), 'y') + "\n";
    }
    text += std::string(9000, 'z') + "ü" + std::string(100, 'z');
    const SourceFile source("f.yaml", text);
    int line = 1;
    int column = 1;
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
        if (offset > 0) {
            const char previous = text[offset - 1];
            if (previous == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(previous) & 0xC0) != 0x80) {
                ++column;
            }
        }
        if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
            continue;  // inside a character: not a position findings use
        }
        const Position expected{line, column};
        if (source.position_at(offset) != expected) {
            FAIL("offset " << offset << ": " << source.position_at(offset).line << ":"
                           << source.position_at(offset).column << ", expected " << line << ":"
                           << column);
        }
    }
    CHECK(source.line_count() == line);
    CHECK(source.line_text(101) == std::string(5000, 'x') + "é");
    CHECK(source.line_text(102) == "short");
    CHECK(source.line_text(line) == std::string(9000, 'z') + "ü" + std::string(100, 'z'));
    CHECK(source.byte_in_line(line, 9002) == 9002);  // after the two-byte ü
}
