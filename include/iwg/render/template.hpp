// A small template language for reminders: named placeholders, sections, escaped braces.
//
//   {name}            the value of `name`, escaped for the output format
//   {#name}…{/name}   the enclosed text only when `name` is not empty
//   {^name}…{/name}   the enclosed text only when `name` is empty
//   {{ and }}         a literal { and }
//
// Values are inserted once and never parsed again: braces in plan text stay braces.
// The language is documented for users in docs/reminders.md ("Custom templates").
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "iwg/input/source.hpp"
#include "iwg/util/enum_words.hpp"

namespace iwg {

struct TemplateNode {
    enum class Kind { literal, placeholder, section, inverted_section };
    Kind kind = Kind::literal;
    std::string text;   // literal text, or the placeholder's or section's name
    Position position;  // where it starts in the template (1-based, code-point columns)
    std::vector<TemplateNode> children;  // sections only
};

struct Template {
    std::vector<TemplateNode> nodes;
};

struct TemplateError {
    Position position;
    std::string message;  // without the position
};

// Parses `text`, accepting only the placeholder names in `known_names`.
tl::expected<Template, TemplateError> parse_template(
    std::string_view text, const std::vector<std::string_view>& known_names);

// How inserted values are escaped.
enum class TemplateFormat {
    text,      // plain text: control characters shown as visible escapes (\x1b)
    markdown,  // as text, and Markdown punctuation backslash-escaped
    email,     // a message: header lines up to the first empty line, then a text body;
               // header values RFC 2047-encoded when not plain ASCII, folded at 78 columns
};
constexpr std::array<EnumWord<TemplateFormat>, 3> words_of(TemplateFormat) {
    return {{
        {TemplateFormat::text, "text"},
        {TemplateFormat::markdown, "markdown"},
        {TemplateFormat::email, "email"},
    }};
}

struct TemplateValue {
    std::string text;
    // Multi-line values keep their line breaks (trailing ones dropped). New lines repeat the
    // text before the placeholder on its line when that is only indentation or list or quote
    // markers, such as "  - " or "> ". Single-line values have line breaks replaced by spaces.
    bool multiline = false;
    // A URL that link_problem accepted: it needs no escaping in any format, and Markdown
    // must not escape it (a template writes <{link}> to make it an autolink).
    bool url = false;
};
using TemplateValues = std::map<std::string, TemplateValue, std::less<>>;

// Renders a parsed template. Names missing from `values` render as empty.
std::string render_template(const Template& parsed, const TemplateValues& values,
                            TemplateFormat format);
// The same, or nothing when the output would be larger than `max_bytes`: checked as it is
// built, before it grows past that (a line's prefix is repeated before every line of a
// multi-line value and a placeholder may stand many times, so a small template and a small
// plan could otherwise make gigabytes).
std::optional<std::string> render_template_within(const Template& parsed,
                                                  const TemplateValues& values,
                                                  TemplateFormat format, std::size_t max_bytes);

// The budget of a custom template's output (docs/security.md): 32 bytes per byte of plan and
// of template, plus 64 KiB, as for every other output.
inline constexpr std::size_t template_output_per_input_byte = 32;
inline constexpr std::size_t template_output_allowance = 64 * 1024;
std::size_t template_output_budget(std::size_t plan_bytes, std::size_t template_bytes);

// Reads a template file: a regular file of at most `max_size` bytes, UTF-8 without control
// characters other than tab and line breaks (CRLF becomes LF, a leading BOM is dropped).
// Returns the text, or what is wrong: a message naming the file, or a position in it.
struct TemplateFileError {
    Position position;  // known for bad bytes in the text
    std::string message;
};
tl::expected<std::string, TemplateFileError> read_template_file(const std::string& path,
                                                                std::size_t max_size);
// read_template_file's checks on text already read (`path` names it in messages).
tl::expected<std::string, TemplateFileError> check_template_text(const std::string& path,
                                                                 std::string text);

inline constexpr std::size_t max_template_file_size = 64 * 1024;

}  // namespace iwg
