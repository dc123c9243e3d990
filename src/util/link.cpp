#include "iwg/util/link.hpp"

#include <algorithm>

#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

bool allowed_in_url(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    // RFC 3986 unreserved, reserved and '%'; not the quote, space, '<', '>', '\', '^', '`',
    // '{', '|', '}' that other contexts would need escaped.
    return std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(c) != std::string_view::npos;
}

}  // namespace

std::optional<std::string> link_problem(std::string_view url) {
    constexpr std::string_view scheme = "https://";
    if (url.size() < scheme.size() || !equal_ignoring_case(url.substr(0, scheme.size()), scheme)) {
        return url.find(':') != std::string_view::npos
                   ? std::string("only https: links are allowed")
                   : std::string("a link must start with https://");
    }
    if (url.size() > 2000) {
        return std::string("a link is at most 2000 characters long");
    }
    if (!std::all_of(url.begin(), url.end(), allowed_in_url)) {
        return std::string(
            "a link holds only the characters URLs allow: write a space as %20, and "
            "quotes and angle brackets percent-encoded");
    }
    const std::string_view rest = url.substr(scheme.size());
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find('@') != std::string_view::npos) {
        return std::string("a link must not hold a user name or password (user@host)");
    }
    if (authority.empty() || authority.front() == ':') {
        return std::string("a link needs a host: https://host/path");
    }
    return std::nullopt;
}

}  // namespace iwg
