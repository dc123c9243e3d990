#include "iwg/util/link.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace iwg;

TEST_CASE("https links with a host, path, query and fragment are accepted", "[link]") {
    CHECK_FALSE(link_problem("https://meet.example.org/iwg"));
    CHECK_FALSE(link_problem("https://meet.example.org"));
    CHECK_FALSE(link_problem("HTTPS://meet.example.org/iwg"));
    CHECK_FALSE(link_problem("https://meet.example.org/nairobi?room=4#audio"));
    CHECK_FALSE(link_problem("https://meet.example.org/j/1?pwdx=1&mypwd=2#pwd=3"));
    CHECK(link_problem("https://zoom.us/j/123?pwd=abc") ==
          "a link must not hold a passcode (pwd=…): give it to members another way");
    CHECK(link_problem("https://zoom.us/j/123?x=1&Passcode=abc#top") ==
          "a link must not hold a passcode (passcode=…): give it to members another way");
    CHECK_FALSE(link_problem("https://meet.example.org:8443/a%20b?x=1&y=(2)"));
    CHECK_FALSE(link_problem("https://[2001:db8::1]/room"));
    CHECK_FALSE(link_problem("https://example.org/?next=user@host"));  // '@' after the host
}

TEST_CASE("links of other schemes or without one are refused", "[link]") {
    CHECK(link_problem("http://meet.example.org/iwg") == "only https: links are allowed");
    CHECK(link_problem("ftp://files.example.org/") == "only https: links are allowed");
    CHECK(link_problem("javascript:alert(1)") == "only https: links are allowed");
    CHECK(link_problem("meet.example.org/iwg") == "a link must start with https://");
    CHECK(link_problem("") == "a link must start with https://");
}

TEST_CASE("links with a user name or password are refused", "[link]") {
    CHECK(link_problem("https://user:secret@meet.example.org/iwg") ==
          "a link must not hold a user name or password (user@host)");
    CHECK(link_problem("https://user@meet.example.org") ==
          "a link must not hold a user name or password (user@host)");
}

TEST_CASE("links with characters to escape are refused", "[link]") {
    const std::string escape =
        "a link holds only the characters URLs allow: write a space as %20, and quotes and "
        "angle brackets percent-encoded";
    CHECK(link_problem("https://meet.example.org/my room") == escape);
    CHECK(link_problem("https://meet.example.org/\"x\"") == escape);
    CHECK(link_problem("https://meet.example.org/<script>") == escape);
    CHECK(link_problem("https://meet.example.org/\n") == escape);
    CHECK(link_problem("https://meet.example.org/caf\xC3\xA9") == escape);
}

TEST_CASE("links over 2000 characters are refused", "[link]") {
    const std::string head = "https://example.org/";
    CHECK_FALSE(link_problem(head + std::string(2000 - head.size(), 'a')));
    CHECK(link_problem(head + std::string(2001 - head.size(), 'a')) ==
          "a link is at most 2000 characters long");
}

TEST_CASE("links without a host are refused", "[link]") {
    const std::string no_host = "a link needs a host: https://host/path";
    CHECK(link_problem("https://") == no_host);
    CHECK(link_problem("https:///path") == no_host);
    CHECK(link_problem("https://?q=1") == no_host);
    CHECK(link_problem("https://:443/path") == no_host);
}
