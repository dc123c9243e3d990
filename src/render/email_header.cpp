#include "iwg/render/email_header.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "iwg/util/terminal_text.hpp"
#include "iwg/util/utf8.hpp"

namespace iwg {
namespace {

std::string base64(std::string_view bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        unsigned chunk = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size()) {
            chunk |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        }
        if (i + 2 < bytes.size()) {
            chunk |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 2]));
        }
        out += alphabet[(chunk >> 18) & 63];
        out += alphabet[(chunk >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(chunk >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? alphabet[chunk & 63] : '=';
    }
    return out;
}

constexpr std::size_t header_width = 78;

// Encoded words of at most 75 characters (45 bytes of text), never splitting a character.
std::string encode_words(std::string_view value) {
    constexpr std::size_t max_bytes = 45;
    std::string out;
    std::size_t begin = 0;
    while (begin < value.size()) {
        // Whole characters only; an invalid byte counts as one.
        std::size_t end = begin;
        while (end < value.size()) {
            char32_t code_point = 0;
            const std::size_t length =
                std::max<std::size_t>(decode_utf8(value, end, code_point), 1);
            if (end + length - begin > max_bytes && end > begin) {
                break;
            }
            end += length;
        }
        if (!out.empty()) {
            out += "\n ";
        }
        out += fmt::format("=?UTF-8?B?{}?=", base64(value.substr(begin, end - begin)));
        begin = end;
    }
    return out;
}

std::string fold_at_spaces(std::string_view head, std::string_view value) {
    std::string out(head);
    std::size_t column = out.size();
    std::size_t begin = 0;
    bool first = true;
    while (true) {
        const std::size_t end = value.find(' ', begin);
        const std::string_view word = value.substr(
            begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
        if (!first) {
            // Folding puts the line break before the space, which unfolding keeps.
            if (column + 1 + word.size() > header_width && column > 1) {
                out += '\n';
                column = 0;
            }
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        if (end == std::string_view::npos) {
            break;
        }
        begin = end + 1;
        first = false;
    }
    return out;
}

bool is_header_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(),
                                        [](char c) { return c > ' ' && c < 0x7F && c != ':'; });
}

}  // namespace

std::string encode_header_line(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !is_header_name(line.substr(0, colon))) {
        return std::string(line);
    }
    const std::size_t value_start = line.find_first_not_of(' ', colon + 1);
    if (value_start == std::string_view::npos) {
        return std::string(line);
    }
    const std::string head(line.substr(0, value_start));
    const std::string_view value = line.substr(value_start);
    const bool plain_ascii =
        std::all_of(value.begin(), value.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
        value.find("=?") == std::string_view::npos;
    if (plain_ascii) {
        return fold_at_spaces(head, value);
    }
    return fmt::format("{}{}", head, encode_words(value));
}

std::string encode_email_headers(const std::string& message) {
    std::string out;
    std::size_t begin = 0;
    while (begin < message.size()) {
        const std::size_t end = message.find('\n', begin);
        const std::string_view line = std::string_view(message).substr(
            begin, end == std::string::npos ? std::string::npos : end - begin);
        if (line.empty()) {
            out += message.substr(begin);  // the body, as it is
            return out;
        }
        out += encode_header_line(line);
        if (end == std::string::npos) {
            break;
        }
        out += '\n';
        begin = end + 1;
    }
    return out;
}

namespace {

std::string_view trim_blanks(std::string_view text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// RFC 5322 dot-atom characters for the local part; letters, digits, '-' and '.' for the
// domain.
bool is_address(std::string_view address) {
    const std::size_t at = address.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == address.size() ||
        address.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    const std::string_view local = address.substr(0, at);
    const std::string_view domain = address.substr(at + 1);
    return std::all_of(local.begin(), local.end(),
                       [&](char c) {
                           return alnum(c) || std::string_view("!#$%&'*+/=?^_`{|}~.-").find(c) !=
                                                  std::string_view::npos;
                       }) &&
           std::all_of(domain.begin(), domain.end(),
                       [&](char c) { return alnum(c) || c == '-' || c == '.'; }) &&
           domain.front() != '.' && domain.back() != '.';
}

// The address of one mailbox: "a@b" or "Name <a@b>"; empty when malformed.
std::string_view address_of(std::string_view mailbox) {
    mailbox = trim_blanks(mailbox);
    const std::size_t open = mailbox.find('<');
    if (open == std::string_view::npos) {
        return is_address(mailbox) ? mailbox : std::string_view();
    }
    if (mailbox.back() != '>') {
        return {};
    }
    const std::string_view name = mailbox.substr(0, open);
    const bool plain_name = std::all_of(name.begin(), name.end(), [](char c) {
        // RFC 5322 atext and spaces: a '.' would need quotes ("Dr. Smith").
        return c == ' ' || c == '-' || c == '\'' || (c >= 'a' && c <= 'z') ||
               (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    const std::string_view address = mailbox.substr(open + 1, mailbox.size() - open - 2);
    return plain_name && is_address(address) ? address : std::string_view();
}

}  // namespace

std::optional<std::string> mailbox_problem(std::string_view text) {
    if (text.find(',') != std::string_view::npos) {
        return fmt::format(
            "'{}' holds a comma: give one address (several need a Sender: "
            "header), and a name without commas",
            sanitize_for_terminal(text));
    }
    return mailbox_list_problem(text);
}

std::optional<std::string> mailbox_list_problem(std::string_view text) {
    if (text.empty()) {
        return std::string("it is empty");
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string_view mailbox = text.substr(start, comma - start);
        if (address_of(mailbox).empty()) {
            return fmt::format(
                "'{}' is not an e-mail address: write name@example.org or "
                "Name <name@example.org> (plain ASCII; letters, digits, spaces, '-' and ' "
                "in a name)",
                sanitize_for_terminal(trim_blanks(mailbox)));
        }
        start = comma + 1;
    }
    return std::nullopt;
}

std::string mail_domain(std::string_view mailboxes) {
    const std::string_view address = address_of(mailboxes.substr(0, mailboxes.find(',')));
    const std::size_t at = address.find('@');
    return at == std::string_view::npos ? std::string() : std::string(address.substr(at + 1));
}

}  // namespace iwg
