#include "iwg/render/actions_log.hpp"

#include <fmt/format.h>

#include "iwg/util/text_util.hpp"

namespace iwg {

bool may_hold_workflow_command(std::string_view text) {
    return text.find("::") != std::string_view::npos || text.find("##[") != std::string_view::npos;
}

std::string stop_commands_token(std::string_view text) {
    const std::string lower = lower_ascii(text);
    // Tries the hash, then the hash of the hash, … until the token is absent: each attempt
    // that fails needs the token in the text, so few ever run.
    std::uint64_t seed = fnv1a(text);
    for (;;) {
        std::string token = fmt::format("iwg{:016x}", seed);
        if (lower.find(token) == std::string::npos) {
            return token;
        }
        seed = fnv1a(token);
    }
}

std::string guard_text_for_actions_log(std::string text) {
    if (!may_hold_workflow_command(text)) {
        return text;
    }
    const std::string token = stop_commands_token(text);
    std::string out = fmt::format("::stop-commands::{}\n", token);
    out += text;
    if (!text.empty() && text.back() != '\n') {
        out += '\n';
    }
    out += fmt::format("::{}::\n", token);
    return out;
}

std::string guard_json_for_actions_log(std::string json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '[' && i >= 2 && json[i - 1] == '#' && json[i - 2] == '#') {
            out += "\\u005b";
        } else {
            out += json[i];
        }
    }
    return out;
}

}  // namespace iwg
