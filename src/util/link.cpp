#include "iwg/util/link.hpp"

#include <algorithm>

#include <fmt/format.h>

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
    // A call's passcode in the query (Zoom's ?pwd=) is a password too.
    const std::size_t query = rest.find('?');
    if (query != std::string_view::npos) {
        std::string_view parameters = rest.substr(query + 1, rest.find('#') - query - 1);
        while (!parameters.empty()) {
            const std::size_t amp = parameters.find('&');
            const std::string_view name = parameters.substr(0, std::min(parameters.find('='), amp));
            for (std::string_view secret : {"pwd", "passwd", "password", "passcode"}) {
                if (equal_ignoring_case(name, secret)) {
                    return fmt::format(
                        "a link must not hold a passcode ({}=…): give it to "
                        "members another way",
                        secret);
                }
            }
            parameters =
                amp == std::string_view::npos ? std::string_view() : parameters.substr(amp + 1);
        }
    }
    return std::nullopt;
}

}  // namespace iwg
