// The small parsers and escapers, each against its own property.
//
// The first two bytes choose a wrap width and indent; the rest is the text, given to every
// function below (most take one line: the text up to its first line feed is used too).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/publish/manifest.hpp"
#include "iwg/publish/site_layout.hpp"
#include "iwg/render/email_header.hpp"
#include "iwg/render/html.hpp"
#include "iwg/render/ics.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/render/text.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/report/validation.hpp"
#include "iwg/util/calendar.hpp"
#include "iwg/util/month_option.hpp"
#include "iwg/util/terminal_text.hpp"
#include "properties.hpp"

namespace {

using namespace iwg;
using fuzz::check_plain_text;
using fuzz::check_utf8;
using fuzz::violation;

bool is_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            return false;
        }
        i += length;
    }
    return true;
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\n') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') {
            ++end;
        }
        out.push_back(text.substr(i, end - i));
        i = end;
    }
    return out;
}

void check_calendar(std::string_view text) {
    const Date as_of{2024, 5, 14};
    const auto month = parse_month_option(text, as_of);
    if (month && (month->month < 1 || month->month > 12)) {
        violation("parse_month_option gave a month outside 1-12", "month_option", text);
    }
    if (const auto m = month_from_name(text); m && (*m < 1 || *m > 12)) {
        violation("month_from_name gave a month outside 1-12", "calendar", text);
    }
    if (const auto date = parse_date(text)) {
        if (!is_valid_date(date->year, date->month, date->day)) {
            violation("parse_date accepted a date that does not exist", "calendar", text);
        }
        if (parse_date(format_date(*date)) != date) {
            violation("format_date does not read back", "calendar", text);
        }
        if (civil_from_days(days_from_civil(*date)) != *date) {
            violation("days_from_civil does not read back", "calendar", text);
        }
    }
    if (const auto time = parse_time(text)) {
        if (time->hour < 0 || time->hour > 23 || time->minute < 0 || time->minute > 59) {
            violation("parse_time accepted a time that does not exist", "calendar", text);
        }
        if (parse_time(format_time(*time)) != time) {
            violation("format_time does not read back", "calendar", text);
        }
    }
}

void check_terminal_and_markdown(std::string_view text) {
    for (const bool keep_newlines : {false, true}) {
        const std::string clean = sanitize_for_terminal(text, keep_newlines);
        check_plain_text(clean, "sanitize_for_terminal");
        if (!keep_newlines && clean.find('\n') != std::string::npos) {
            violation("sanitize_for_terminal kept a newline", "sanitize_for_terminal", clean);
        }
        if (sanitize_for_terminal(clean, keep_newlines) != clean) {
            violation("sanitize_for_terminal is not idempotent", "sanitize_for_terminal", clean);
        }
    }
    (void)display_width(text);
    for (const auto& escaped : {escape_markdown(text), escape_markdown_line_start(text)}) {
        check_plain_text(escaped, "escape_markdown", /*tab_ok=*/false);
        if (escaped.find('\n') != std::string::npos) {
            violation("escape_markdown kept a line break", "escape_markdown", escaped);
        }
    }
}

void check_html(std::string_view text) {
    const std::string escaped = escape_html(text);
    check_plain_text(escaped, "escape_html");
    if (escaped.find_first_of("<>\"'") != std::string::npos) {
        violation("escape_html kept a markup character", "escape_html", escaped);
    }
    for (std::size_t i = 0; i < escaped.size();) {
        char32_t cp = 0;
        i += std::max<std::size_t>(decode_utf8(escaped, i, cp), 1);
        if (is_invisible(cp) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            violation("escape_html kept an invisible character or a noncharacter", "escape_html",
                      escaped);
        }
    }
}

void check_github(std::string_view text) {
    const std::string data = escape_github_data(text);
    check_plain_text(data, "escape_github_data");
    if (data.find('\n') != std::string::npos) {
        violation("escape_github_data kept a line break", "escape_github_data", data);
    }
    const std::string property = escape_github_property(text);
    check_plain_text(property, "escape_github_property");
    if (property.find_first_of("\n:,") != std::string::npos) {
        violation("escape_github_property kept a line break, ':' or ','", "escape_github_property",
                  property);
    }
}

void check_ics(std::string_view text) {
    const std::string escaped = ics_escape_text(text);
    check_utf8(escaped, "ics_escape_text");
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c == '\n' || c == '\r') {
            violation("ics_escape_text kept a line break", "ics_escape_text", escaped);
        }
        if (c == '\\') {
            ++i;  // the escaped character
        } else if (c == ';' || c == ',') {
            violation("ics_escape_text kept a ';' or ','", "ics_escape_text", escaped);
        }
    }
    for (const std::string_view line : {std::string_view(escaped), text}) {
        if (line.find_first_of("\r\n") != std::string_view::npos) {
            continue;  // content lines never hold line breaks
        }
        const std::string folded = ics_fold_line(line);
        std::string unfolded;
        std::size_t begin = 0;
        while (begin < folded.size()) {
            const std::size_t crlf = folded.find("\r\n", begin);
            if (crlf == std::string::npos) {
                violation("an ics_fold_line line that does not end in CRLF", "ics_fold_line",
                          folded);
            }
            if (crlf - begin > 75) {
                violation("an ics_fold_line line longer than 75 octets", "ics_fold_line", folded);
            }
            // Unfolding drops CRLF and the one space after it.
            unfolded +=
                folded.substr(begin == 0 ? 0 : begin + 1, crlf - (begin == 0 ? 0 : begin + 1));
            begin = crlf + 2;
        }
        if (unfolded != line) {
            violation("ics_fold_line does not unfold to its line", "ics_fold_line", folded);
        }
    }
}

std::string base64_decode(std::string_view text) {
    std::string out;
    unsigned chunk = 0;
    int bits = 0;
    for (const char c : text) {
        const std::string_view alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const std::size_t value = alphabet.find(c);
        if (value == std::string_view::npos) {
            break;  // '=' padding
        }
        chunk = (chunk << 6) | static_cast<unsigned>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((chunk >> bits) & 0xFF);
        }
    }
    return out;
}

// A header line either comes back as it is, or folded (unfolding gives it back), or as
// encoded words of at most 75 characters that decode to its value.
void check_email_header(std::string_view line) {
    const std::string out = encode_header_line(line);
    if (out == line) {
        return;
    }
    const std::size_t colon = line.find(':');
    const std::size_t value_start = line.find_first_not_of(' ', colon + 1);
    const std::string_view head = line.substr(0, value_start);
    const std::string_view value = line.substr(value_start);
    if (!out.starts_with(head)) {
        violation("encode_header_line changed the header name", "encode_header_line", out);
    }
    std::vector<std::string_view> parts;
    std::string_view rest = std::string_view(out).substr(head.size());
    while (true) {
        const std::size_t fold = rest.find('\n');
        parts.push_back(rest.substr(0, fold));
        if (fold == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(fold + 1);
        if (!rest.starts_with(' ')) {
            violation("a header line that is not a continuation", "encode_header_line", out);
        }
    }
    if (!out.starts_with(std::string(head) + "=?UTF-8?B?")) {
        std::string unfolded(head);
        for (const auto part : parts) {
            unfolded += part;
        }
        if (unfolded != line) {
            violation("a folded header does not unfold to its line", "encode_header_line", out);
        }
        return;
    }
    std::string decoded;
    for (auto part : parts) {
        if (part.starts_with(' ')) {
            part.remove_prefix(1);
        }
        if (part.size() > 75 || !part.starts_with("=?UTF-8?B?") || !part.ends_with("?=")) {
            violation("a malformed or long encoded word", "encode_header_line", out);
        }
        if (std::any_of(part.begin(), part.end(),
                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
            violation("non-ASCII in an encoded header", "encode_header_line", out);
        }
        decoded += base64_decode(part.substr(10, part.size() - 12));
    }
    if (decoded != value) {
        violation("encoded words do not decode to the value", "encode_header_line", out);
    }
}

void check_wrap(std::string_view text, int width, int indent) {
    const std::string wrapped = wrap_text(text, width, indent / 2, indent);
    if (words(wrapped) != words(text)) {
        violation("wrap_text changed the words", "wrap_text", wrapped);
    }
    if (is_utf8(text) && !is_utf8(wrapped)) {
        violation("wrap_text broke UTF-8", "wrap_text", wrapped);
    }
}

}  // namespace

// publish's manifest is input: whatever the text, a short reason that quotes none of it, or a
// manifest of layout paths that writes back and reads back the same.
void check_manifest(std::string_view text) {
    const auto manifest = publish::parse_manifest(text);
    if (!manifest) {
        if (manifest.error().size() > 200) {
            violation("parse_manifest's reason is long (does it quote the text?)", "manifest",
                      manifest.error());
        }
        return;
    }
    for (const auto* list : {&manifest->files, &manifest->replacing}) {
        for (const auto& entry : *list) {
            if (!publish::is_generated_path(entry.path)) {
                violation("parse_manifest accepted a path outside the layout, or itself",
                          "manifest", entry.path);
            }
        }
    }
    if (manifest->version == publish::manifest_version) {
        const auto back = publish::parse_manifest(publish::manifest_json(*manifest));
        if (!back || back->files != manifest->files || back->replacing != manifest->replacing ||
            back->complete != manifest->complete || back->as_of != manifest->as_of) {
            violation("manifest_json does not read back", "manifest", text);
        }
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) {
        return -1;
    }
    const int width = data[0] % 100;
    const int indent = data[1] % 20;
    const std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
    const std::string_view line = text.substr(0, text.find('\n'));

    check_calendar(line);
    check_terminal_and_markdown(text);
    check_html(text);
    check_github(text);
    check_ics(line);
    check_email_header(line);
    check_wrap(text, width, indent);
    check_manifest(text);
    return 0;
}
