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

namespace {

std::string not_an_address(const std::string& shown) {
    return "'" + shown +
           "' is not an e-mail address: write name@example.org or Name <name@example.org> "
           "(plain ASCII; letters, digits, spaces, '-' and ' in a name)";
}

}  // namespace

TEST_CASE("From and To take addresses and named addresses, comma-separated", "[email_header]") {
    CHECK_FALSE(mailbox_list_problem("a@example.org"));
    CHECK_FALSE(mailbox_list_problem("IWG <iwg@example.org>"));
    CHECK_FALSE(mailbox_list_problem("Ana O'Neil <ana@example.net>"));
    CHECK_FALSE(mailbox_list_problem("a@x.org, b@y.org"));
    CHECK_FALSE(mailbox_list_problem("a@x.org,b@y.org"));
    CHECK_FALSE(mailbox_list_problem("J Smith-Jones <j.smith+iwg@mail.example.org>, c@z.org"));
    // A '.' in a name needs quotes in RFC 5322 ("Dr. Smith"): refused, not passed on.
    CHECK(mailbox_list_problem("Dr. Smith <s@x.org>") == not_an_address("Dr. Smith <s@x.org>"));
    CHECK(mailbox_problem("a@x.org, b@y.org") ==
          "'a@x.org, b@y.org' holds a comma: give one address (several need a Sender: "
          "header), and a name without commas");
    CHECK_FALSE(mailbox_problem("IWG <iwg@example.org>"));
}

TEST_CASE("From and To refuse what could end the header or start another", "[email_header]") {
    CHECK(mailbox_list_problem("") == "it is empty");
    CHECK(mailbox_list_problem("a@x.org\r\nBcc: z@w.org") ==
          not_an_address("a@x.org\\x0d\\nBcc: z@w.org"));
    CHECK(mailbox_list_problem("a@x.org\nBcc: z@w.org") ==
          not_an_address("a@x.org\\nBcc: z@w.org"));
    CHECK(mailbox_list_problem("\"Ana\" <ana@example.net>") ==
          not_an_address("\"Ana\" <ana@example.net>"));
    CHECK(mailbox_list_problem("Ana <x <ana@example.net>") ==
          not_an_address("Ana <x <ana@example.net>"));
    CHECK(mailbox_list_problem("Ana <<ana@example.net>>") ==
          not_an_address("Ana <<ana@example.net>>"));
    CHECK(mailbox_list_problem("Ana Núñez <ana@example.net>") ==
          not_an_address("Ana Núñez <ana@example.net>"));
    CHECK(mailbox_list_problem("ana@exämple.net") == not_an_address("ana@exämple.net"));
    CHECK(mailbox_list_problem("a@x.org,") == not_an_address(""));
    CHECK(mailbox_list_problem("a@x.org, , b@y.org") == not_an_address(""));
    CHECK(mailbox_list_problem(" ") == not_an_address(""));
}

TEST_CASE("From and To refuse malformed addresses", "[email_header]") {
    CHECK(mailbox_list_problem("example.org") == not_an_address("example.org"));
    CHECK(mailbox_list_problem("@example.org") == not_an_address("@example.org"));
    CHECK(mailbox_list_problem("a@") == not_an_address("a@"));
    CHECK(mailbox_list_problem("a@b@example.org") == not_an_address("a@b@example.org"));
    CHECK(mailbox_list_problem("a@.example.org") == not_an_address("a@.example.org"));
    CHECK(mailbox_list_problem("a@example.org.") == not_an_address("a@example.org."));
    CHECK(mailbox_list_problem("a b@example.org") == not_an_address("a b@example.org"));
    CHECK(mailbox_list_problem("Ana <ana@example.net") == not_an_address("Ana <ana@example.net"));
    CHECK(mailbox_list_problem("Ana <>") == not_an_address("Ana <>"));
}

TEST_CASE("mail_domain is the first mailbox's domain", "[email_header]") {
    CHECK(mail_domain("IWG <iwg@example.org>") == "example.org");
    CHECK(mail_domain("a@x.org, b@y.org") == "x.org");
    CHECK(mail_domain(" a@x.org ") == "x.org");
    CHECK(mail_domain("") == "");
    CHECK(mail_domain("not an address") == "");
    CHECK(mail_domain("Ana <") == "");
}
