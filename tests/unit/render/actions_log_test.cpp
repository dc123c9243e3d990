#include "iwg/render/actions_log.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "iwg/util/text_util.hpp"

using namespace iwg;

TEST_CASE("may_hold_workflow_command: a double colon or the legacy form anywhere",
          "[actions_log]") {
    CHECK_FALSE(may_hold_workflow_command("Topic: Data fair at 15:00\n"));
    CHECK(may_hold_workflow_command("  ::add-mask::secret\n"));
    CHECK(may_hold_workflow_command("a ##[error]b"));
}

TEST_CASE("guard_text_for_actions_log: stop-commands around text that needs it", "[actions_log]") {
    CHECK(guard_text_for_actions_log("plain\n") == "plain\n");
    const std::string text = "Topic:\n    ::add-mask::x\n##[error]y\n";
    const std::string token = stop_commands_token(text);
    CHECK(token == stop_commands_token(text));  // reproducible
    CHECK(token.starts_with("iwg"));
    CHECK(guard_text_for_actions_log(text) ==
          "::stop-commands::" + token + "\n" + text + "::" + token + "::\n");
    CHECK(guard_text_for_actions_log("no newline ::x") ==
          "::stop-commands::" + stop_commands_token("no newline ::x") +
              "\nno newline ::x\n::" + stop_commands_token("no newline ::x") + "::\n");
}

TEST_CASE("stop_commands_token: never a token the text holds, in any case", "[actions_log]") {
    // Text that holds the first token it would get (in upper case) gets another.
    const std::string probe = "x ::y";
    const std::string first = stop_commands_token(probe);
    std::string hostile = probe;
    for (int round = 0; round < 3; ++round) {
        const std::string token = stop_commands_token(hostile);
        hostile += " ##[" + std::string(token.begin(), token.end()) + "]";
        std::string upper = hostile;
        for (char& c : upper) {
            c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        const std::string next = stop_commands_token(upper);
        CHECK(lower_ascii(upper).find(next) == std::string::npos);
    }
    CHECK_FALSE(first.empty());
}

TEST_CASE("guard_json_for_actions_log: the legacy form inside strings gets an escaped bracket",
          "[actions_log]") {
    CHECK(guard_json_for_actions_log(R"({"topic": "##[error] x [y] #[z]"})") ==
          R"({"topic": "##\u005berror] x [y] #[z]"})");
    CHECK(guard_json_for_actions_log("[1, 2]") == "[1, 2]");
}
