#include "iwg/util/link.hpp"

#include <algorithm>
#include <utility>
#include <vector>

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

// Query parameters that carry a call's passcode (Zoom's ?pwd=): passwords too.
bool is_secret_parameter(std::string_view name) {
    for (std::string_view secret : {"pwd", "passwd", "password", "passcode"}) {
        if (equal_ignoring_case(name, secret)) {
            return true;
        }
    }
    return false;
}

// Calls `each(name, value_start, value_end)` for each parameter of the query in
// `url[query_start, query_end)`; positions are offsets into `url`.
template <class Each>
void for_each_parameter(std::string_view url, std::size_t query_start, std::size_t query_end,
                        Each each) {
    for (std::size_t start = query_start; start < query_end;) {
        const std::size_t end = std::min(url.find('&', start), query_end);
        const std::size_t equals = std::min(url.find('=', start), end);
        // A parameter without '=' has no value: value_start is npos.
        each(url.substr(start, equals - start), equals < end ? equals + 1 : std::string_view::npos,
             end);
        start = end + 1;
    }
}

// Where the query of an https:// URL starts and ends (after '?', before '#'); npos when it
// has none.
std::pair<std::size_t, std::size_t> query_of(std::string_view url) {
    const std::size_t question = url.find('?');
    if (question == std::string_view::npos) {
        return {std::string_view::npos, std::string_view::npos};
    }
    return {question + 1, std::min(url.find('#', question), url.size())};
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
    const auto [query_start, query_end] = query_of(url);
    std::optional<std::string> secret;
    if (query_start != std::string_view::npos) {
        for_each_parameter(url, query_start, query_end,
                           [&](std::string_view name, std::size_t, std::size_t) {
                               if (!secret && is_secret_parameter(name)) {
                                   secret = lower_ascii(name);
                               }
                           });
    }
    if (secret) {
        return fmt::format("a link must not hold a passcode ({}=…): give it to members another way",
                           *secret);
    }
    return std::nullopt;
}

std::string link_without_secrets(std::string_view url) {
    std::string out(url);
    const std::size_t scheme_end = out.find("://");
    if (scheme_end != std::string::npos) {
        const std::size_t authority = scheme_end + 3;
        const std::size_t authority_end = std::min(out.find_first_of("/?#", authority), out.size());
        const std::size_t at = out.rfind('@', authority_end);
        if (at != std::string::npos && at >= authority) {
            out.replace(authority, at - authority, "***");
        }
    }
    // Replaced from the last parameter back, so the offsets before it stay right.
    std::vector<std::pair<std::size_t, std::size_t>> values;
    const auto [query_start, query_end] = query_of(out);
    if (query_start != std::string::npos) {
        for_each_parameter(out, query_start, query_end,
                           [&](std::string_view name, std::size_t begin, std::size_t end) {
                               if (is_secret_parameter(name) && begin != std::string::npos) {
                                   values.emplace_back(begin, end);
                               }
                           });
    }
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        out.replace(it->first, it->second - it->first, "***");
    }
    return out;
}

}  // namespace iwg
