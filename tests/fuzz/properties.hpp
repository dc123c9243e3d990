// What the fuzz targets assert about every output. A violation prints what and where, then
// aborts, so libFuzzer saves the input as a crash.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "iwg/util/utf8.hpp"

namespace iwg::fuzz {

[[noreturn]] inline void violation(std::string_view what, std::string_view where,
                                   std::string_view output) {
    std::fprintf(stderr, "iwg fuzz: property violated: %.*s in %.*s\n--- output (%zu bytes)\n",
                 static_cast<int>(what.size()), what.data(), static_cast<int>(where.size()),
                 where.data(), output.size());
    std::fwrite(output.data(), 1, std::min<std::size_t>(output.size(), 4096), stderr);
    std::fprintf(stderr, "\n---\n");
    std::abort();
}

// Valid UTF-8, and no character that could control a terminal or reorder text: no C0 control
// but line feed (and tab when `tab_ok`), no DEL or C1, no bidi embedding, override or isolate,
// no line or paragraph separator.
inline void check_plain_text(std::string_view text, std::string_view where, bool tab_ok = true) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            violation("invalid UTF-8", where, text);
        }
        if (cp == '\t' ? !tab_ok : (cp != '\n' && is_control(cp)) || cp == '\r') {
            violation("a control character", where, text);
        }
        if (is_layout_control(cp)) {
            violation("a bidi control or line separator", where, text);
        }
        i += length;
    }
}

// Only iwg's own markup: every tag is one the HTML renderers write, with attributes they
// write; an attribute value never holds '<' (plan text in attributes is escaped), and no
// link but an https: address or a relative or fragment one. Plan text cannot add an element,
// an attribute, a style or a script.
inline void check_html(std::string_view page, std::string_view where) {
    check_plain_text(page, where);
    static const std::vector<std::string_view> tags{
        "!DOCTYPE", "html",    "head", "meta", "title", "style", "body",  "a",     "main",
        "nav",      "section", "h1",   "h2",   "h3",    "h4",    "h5",    "h6",    "p",
        "br",       "dl",      "dt",   "dd",   "div",   "table", "thead", "tbody", "tr",
        "th",       "td",      "ul",   "ol",   "li",    "span"};
    static const std::vector<std::string_view> attributes{
        "lang", "charset", "name",  "content",         "http-equiv", "class",
        "href", "id",      "scope", "aria-labelledby", "aria-label", "aria-hidden"};
    const auto known = [](const auto& list, std::string_view word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    const std::size_t style_start = page.find("<style>");
    const std::size_t style_end = page.find("</style>");
    for (std::size_t open = page.find('<'); open != std::string_view::npos;
         open = page.find('<', open + 1)) {
        const std::size_t close = page.find('>', open);
        if (close == std::string_view::npos) {
            violation("an unclosed tag", where, page);
        }
        std::string_view tag = page.substr(open + 1, close - open - 1);
        if (style_start != std::string_view::npos && open > style_start && open < style_end) {
            violation("a '<' inside the stylesheet", where, page);
        }
        if (!tag.empty() && tag.front() == '/') {
            tag.remove_prefix(1);
        }
        const std::string_view name = tag.substr(0, tag.find(' '));
        if (!known(tags, name)) {
            violation("an element iwg does not write", where, page);
        }
        // Attributes: name="value" pairs; values never hold '"' or '<' (escaped).
        std::size_t at = name.size();
        while (at < tag.size()) {
            while (at < tag.size() && tag[at] == ' ') {
                ++at;
            }
            const std::size_t equals = tag.find('=', at);
            if (equals == std::string_view::npos) {
                if (name != "!DOCTYPE") {
                    violation("an attribute without a value", where, page);
                }
                break;
            }
            const std::string_view attribute = tag.substr(at, equals - at);
            if (!known(attributes, attribute) || equals + 1 >= tag.size() ||
                tag[equals + 1] != '"') {
                violation("an attribute iwg does not write", where, page);
            }
            const std::size_t value_end = tag.find('"', equals + 2);
            if (value_end == std::string_view::npos) {
                violation("an unterminated attribute value", where, page);
            }
            const std::string_view value = tag.substr(equals + 2, value_end - equals - 2);
            if (attribute == "href" && !value.starts_with("https://") && !value.starts_with("#") &&
                value.find(':') != std::string_view::npos) {
                violation("a link that is not https:", where, page);
            }
            at = value_end + 1;
        }
    }
}

// Valid UTF-8 throughout (for formats that escape controls their own way).
inline void check_utf8(std::string_view text, std::string_view where) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            violation("invalid UTF-8", where, text);
        }
        i += length;
    }
}

// JSON that parses, and plain text as well: JSON escapes control characters in strings, and
// iwg's writer escapes bidi controls and invisible characters (\u202e), so that plan text
// quoted in a finding's message cannot reorder a terminal that shows the JSON.
inline void check_json(std::string_view text, std::string_view where) {
    check_plain_text(text, where, /*tab_ok=*/false);
    if (!nlohmann::json::accept(text)) {
        violation("JSON that does not parse", where, text);
    }
}

// RFC 5545: every line ends in CRLF and holds at most 75 octets before it; no other CR or LF.
inline void check_ics_lines(std::string_view text, std::string_view where) {
    check_utf8(text, where);
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t lf = text.find('\n', begin);
        if (lf == std::string_view::npos || lf == begin || text[lf - 1] != '\r') {
            violation("an iCalendar line that does not end in CRLF", where, text);
        }
        const std::string_view line = text.substr(begin, lf - 1 - begin);
        if (line.size() > 75) {
            violation("an iCalendar line longer than 75 octets", where, text);
        }
        if (line.find('\r') != std::string_view::npos) {
            violation("a CR inside an iCalendar line", where, text);
        }
        begin = lf + 1;
    }
}

// GitHub workflow commands: every line is one "::error …::…" or "::warning …::…" command.
inline void check_github_lines(std::string_view text, std::string_view where) {
    check_plain_text(text, where);
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t lf = text.find('\n', begin);
        if (lf == std::string_view::npos) {
            violation("an annotation without a final newline", where, text);
        }
        const std::string_view line = text.substr(begin, lf - begin);
        if (!line.starts_with("::error ") && !line.starts_with("::warning ")) {
            violation("a line that is not one workflow command", where, text);
        }
        // "::command key=value,key=value::message": the properties hold no ':' and no ','
        // but the separators (escaped as %3A, %2C); the message may hold anything but a line
        // break.
        const std::size_t space = line.find(' ');
        const std::size_t data = line.find("::", space);
        if (data == std::string_view::npos) {
            violation("a workflow command without a message", where, text);
        }
        std::string_view properties = line.substr(space + 1, data - space - 1);
        while (!properties.empty()) {
            const std::size_t comma = properties.find(',');
            const std::string_view property = properties.substr(0, comma);
            const std::string_view key = property.substr(0, property.find('='));
            if (key != "file" && key != "line" && key != "col" && key != "title") {
                violation("an annotation property that is not ours", where, text);
            }
            if (property.find(':') != std::string_view::npos) {
                violation("a ':' in an annotation property", where, text);
            }
            properties =
                comma == std::string_view::npos ? std::string_view{} : properties.substr(comma + 1);
        }
        begin = lf + 1;
    }
}

}  // namespace iwg::fuzz
