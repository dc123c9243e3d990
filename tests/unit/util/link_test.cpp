#include "iwg/util/link.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace iwg;

TEST_CASE("https links with a host, path, query and fragment are accepted", "[link]") {
    CHECK_FALSE(link_problem("https://meet.example.org/iwg"));
    CHECK_FALSE(link_problem("https://meet.example.org"));
    CHECK_FALSE(link_problem("HTTPS://meet.example.org/iwg"));
    CHECK_FALSE(link_problem("https://meet.example.org/nairobi?room=4#audio"));
    CHECK_FALSE(link_problem("https://meet.example.org/j/1?pwdx=1&mypwd=2#pwdx=3"));
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

// Each URL and the passcode name link_problem reports, or "" when it holds none.
TEST_CASE("a passcode is found wherever it stands in the link, however it is spelt", "[link]") {
    const auto [url, name] = GENERATE(table<std::string, std::string>({
        {"https://zoom.us/j/1?pwd=abc", "pwd"},
        {"https://zoom.us/j/1?PWD=abc", "pwd"},
        {"https://zoom.us/j/1?%70wd=abc", "pwd"},
        {"https://zoom.us/j/1?%50%57%44=abc", "pwd"},
        {"https://zoom.us/j/1?pass%63ode=abc", "passcode"},
        {"https://zoom.us/j/1?pass%43ode=abc", "passcode"},
        {"https://zoom.us/j/1?x=1;pwd=abc", "pwd"},
        {"https://zoom.us/j/1?x=1&x=2;Password=abc&y=3", "password"},
        {"https://zoom.us/j/1?pwd", "pwd"},
        {"https://zoom.us/j/1?pwd=", "pwd"},
        {"https://zoom.us/j/1;pwd=abc", "pwd"},
        {"https://zoom.us/j/1;x=2;passwd=abc/more", "passwd"},
        {"https://zoom.us/j/pwd=abc", "pwd"},
        {"https://zoom.us/pa%73%73word=abc/j/1", "password"},
        {"https://zoom.us/j/1#pwd=abc", "pwd"},
        {"https://zoom.us/j/1#/join?pwd=abc", "pwd"},
        {"https://zoom.us/j/1#x=1&passcode=abc", "passcode"},
        {"https://zoom.us/j/1#x=1;%70asscode=abc", "passcode"},
        {"https://zoom.us/j/1?x=1#pwd=abc", "pwd"},
        // Not passcodes: other names, names in values, paths and anchors without a value.
        {"https://zoom.us/j/1?pwdx=abc", ""},
        {"https://zoom.us/j/1?mypwd=abc", ""},
        {"https://zoom.us/j/1?%70wdx=abc", ""},
        {"https://zoom.us/j/1?pw%64%64=abc", ""},
        {"https://zoom.us/j/1?%2570wd=abc", ""},  // decoded once, as a server does: "%70wd"
        {"https://zoom.us/j/1?next=pwd", ""},
        {"https://zoom.us/j/1?next=pwd%3Dabc", ""},
        {"https://zoom.us/j/1?next=%26pwd%3Dabc", ""},
        {"https://example.org/password-reset", ""},
        {"https://example.org/password", ""},
        {"https://example.org/help/pwd/", ""},
        {"https://example.org/help#password", ""},
        {"https://example.org/help#pwd", ""},
        {"https://pwd.example.org/j/1", ""},
        {"https://example.org/a=pwd", ""},
        {"https://example.org/?q=passcode+help", ""},
    }));
    CAPTURE(url);
    const auto problem = link_problem(url);
    if (name.empty()) {
        CHECK_FALSE(problem);
        CHECK(link_without_secrets(url) == url);
    } else {
        REQUIRE(problem);
        CHECK(*problem ==
              "a link must not hold a passcode (" + name + "=…): give it to members another way");
        CHECK(link_without_secrets(url).find("abc") == std::string::npos);
    }
}

TEST_CASE("link_without_secrets hides every passcode and the user info", "[link]") {
    CHECK(link_without_secrets("https://zoom.us/j/1?pwd=abc&x=1") ==
          "https://zoom.us/j/1?pwd=***&x=1");
    CHECK(link_without_secrets("https://u:p@zoom.us/j/1;%70wd=abc#pwd=def") ==
          "https://***@zoom.us/j/1;%70wd=***#pwd=***");
    CHECK(link_without_secrets("zoom.us/j/1?pwd=abc") == "zoom.us/j/1?pwd=***");
    CHECK(link_without_secrets("https://zoom.us/j/1?pwd") == "https://zoom.us/j/1?pwd");
}

TEST_CASE("mask_link_secrets masks in place every link of a line, keeping its length", "[link]") {
    const auto masked = [](std::string text) {
        mask_link_secrets(text);
        return text;
    };
    CHECK(masked("    link: https://zoom.us/j/1?pwd=abc123  # the call") ==
          "    link: https://zoom.us/j/1?pwd=******  # the call");
    CHECK(masked("  link: 'https://zoom.us/j/1?%70wd=abc'") ==
          "  link: 'https://zoom.us/j/1?%70wd=***'");
    CHECK(masked("  link: \"https://me:secret@zoom.us/j/1;pwd=ab\", at: x") ==
          "  link: \"https://*********@zoom.us/j/1;pwd=**\", at: x");
    CHECK(masked("- {topic: a, link: https://zoom.us/j/1#passcode=9}") ==
          "- {topic: a, link: https://zoom.us/j/1#passcode=*}");
    CHECK(masked("  link: zoom.us/j/1?pwd=abc") == "  link: zoom.us/j/1?pwd=***");
    // Lines without secrets are left alone.
    for (const std::string line :
         {"  topic: Password reset day", "  link: https://example.org/password-reset",
          "  notes: see https://example.org/help#pwd and ?pwdx=1", ""}) {
        CHECK(masked(line) == line);
    }
}
