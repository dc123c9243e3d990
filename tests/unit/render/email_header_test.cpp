#include "iwg/render/email_header.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace iwg;

TEST_CASE("header lines are RFC 2047-encoded when not plain ASCII, else folded", "[email_header]") {
    CHECK(encode_header_line("Subject: Reunião") == "Subject: =?UTF-8?B?UmV1bmnDo28=?=");
    CHECK(encode_header_line("Subject: =?x?") == "Subject: =?UTF-8?B?PT94Pw==?=");
    CHECK(encode_header_line("MIME-Version: 1.0") == "MIME-Version: 1.0");
    CHECK(encode_header_line("not a header ü") == "not a header ü");
    const std::string words(20, 'w');
    CHECK(encode_header_line("Subject: " + words + " " + words + " " + words + " " + words) ==
          "Subject: " + words + " " + words + " " + words + "\n " + words);
    // 45 bytes per encoded word; a two-byte character is never split.
    const std::string long_text = std::string(44, 'a') + "é";
    CHECK(encode_header_line("Subject: " + long_text) ==
          "Subject: =?UTF-8?B?YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=?=\n"
          " =?UTF-8?B?w6k=?=");
}

TEST_CASE("a message's header block is encoded up to the first empty line", "[email_header]") {
    CHECK(encode_email_headers("Subject: Reunião\nTo: a@example.org\n\nReunião\n") ==
          "Subject: =?UTF-8?B?UmV1bmnDo28=?=\nTo: a@example.org\n\nReunião\n");
    CHECK(encode_email_headers("Subject: x") == "Subject: x");
    CHECK(encode_email_headers("") == "");
}
