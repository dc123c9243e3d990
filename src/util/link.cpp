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

int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = lower_ascii(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// `name` percent-decoded (once, as a server decodes it) and in lower case.
std::string decoded_name(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '%' && i + 2 < name.size() && hex_digit(name[i + 1]) >= 0 &&
            hex_digit(name[i + 2]) >= 0) {
            out += static_cast<char>(hex_digit(name[i + 1]) * 16 + hex_digit(name[i + 2]));
            i += 2;
        } else {
            out += name[i];
        }
    }
    return lower_ascii(out);
}

// Parameters that carry a call's passcode (Zoom's ?pwd=): passwords too.
bool is_secret_name(std::string_view decoded) {
    for (std::string_view secret : {"pwd", "passwd", "password", "passcode"}) {
        if (decoded == secret) {
            return true;
        }
    }
    return false;
}

// Where a secret stands in a URL: the passcode parameter's decoded name, and its value as
// offsets into the URL (value_begin == value_end when it has none).
struct SecretParameter {
    std::string name;
    std::size_t value_begin = 0;
    std::size_t value_end = 0;
};

// Every `name=value` piece after the host: path segments and their `;` parameters, the
// query's parameters (split at '&' and ';'), and the fragment's (single-page apps keep a query
// there: #/join?pwd=…). A passcode name counts wherever it stands, percent-decoded and in any
// case; outside the query only with a value, so a path like /password or an anchor #pwd is
// no secret. Without "://" the whole text is read as a path.
std::vector<SecretParameter> secret_parameters(std::string_view url) {
    std::size_t start = 0;
    if (const std::size_t scheme_end = url.find("://"); scheme_end != std::string_view::npos) {
        start = std::min(url.find_first_of("/?#", scheme_end + 3), url.size());
    }
    enum class Part { path, query, fragment } part = Part::path;
    std::vector<SecretParameter> secrets;
    while (start < url.size()) {
        const char separator = url[start];
        if (separator == '?' && part == Part::path) {
            part = Part::query;
        } else if (separator == '#') {
            part = Part::fragment;
        }
        const std::size_t begin =
            std::string_view("/?&;#").find(separator) != std::string_view::npos ? start + 1 : start;
        const std::size_t end = std::min(url.find_first_of("/?&;#", begin), url.size());
        const std::size_t equals = std::min(url.find('=', begin), end);
        const bool has_value = equals < end;
        std::string name = decoded_name(url.substr(begin, equals - begin));
        if (is_secret_name(name) && (has_value || part == Part::query)) {
            secrets.push_back({std::move(name), has_value ? equals + 1 : end, end});
        }
        start = end;
    }
    return secrets;
}

// The user name and password of an URL, as offsets; empty (begin == end) when it has none.
std::pair<std::size_t, std::size_t> user_info(std::string_view url) {
    const std::size_t scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) {
        return {0, 0};
    }
    const std::size_t authority = scheme_end + 3;
    const std::size_t authority_end = std::min(url.find_first_of("/?#", authority), url.size());
    const std::size_t at = url.rfind('@', authority_end);
    if (at == std::string_view::npos || at < authority) {
        return {0, 0};
    }
    return {authority, at};
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
    if (const auto secrets = secret_parameters(url); !secrets.empty()) {
        return fmt::format("a link must not hold a passcode ({}=…): give it to members another way",
                           secrets.front().name);
    }
    return std::nullopt;
}

std::string link_without_secrets(std::string_view url) {
    std::string out(url);
    // Replaced from the last secret back, so the offsets before it stay right.
    const auto secrets = secret_parameters(url);
    for (auto it = secrets.rbegin(); it != secrets.rend(); ++it) {
        if (it->value_begin < it->value_end) {
            out.replace(it->value_begin, it->value_end - it->value_begin, "***");
        }
    }
    if (const auto [begin, end] = user_info(url); begin < end) {
        out.replace(begin, end - begin, "***");
    }
    return out;
}

void mask_link_secrets(std::string& text) {
    auto mask = [&text](std::size_t begin, std::size_t end) {
        std::fill(text.begin() + static_cast<std::ptrdiff_t>(begin),
                  text.begin() + static_cast<std::ptrdiff_t>(end), '*');
    };
    for (std::size_t start = 0; start < text.size();) {
        if (!allowed_in_url(text[start])) {
            ++start;
            continue;
        }
        std::size_t end = start;
        while (end < text.size() && allowed_in_url(text[end])) {
            ++end;
        }
        // A single-quoted YAML value: its quotes are not part of the link.
        std::size_t begin = start;
        std::size_t stop = end;
        if (text[begin] == '\'' && stop - begin >= 2 && text[stop - 1] == '\'') {
            ++begin;
            --stop;
        }
        const std::string_view token = std::string_view(text).substr(begin, stop - begin);
        for (const auto& secret : secret_parameters(token)) {
            mask(begin + secret.value_begin, begin + secret.value_end);
        }
        if (const auto [user, at] = user_info(token); user < at) {
            mask(begin + user, begin + at);
        }
        start = end;
    }
}

}  // namespace iwg
