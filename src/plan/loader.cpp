#include "iwg/plan/loader.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"
#include "iwg/input/plan_text.hpp"
#include "iwg/util/link.hpp"
#include "iwg/util/suggest.hpp"
#include "iwg/util/text_util.hpp"
#include "iwg/util/time_zone.hpp"
#include "iwg/util/utf8.hpp"

namespace iwg {
namespace fs = std::filesystem;

namespace {

// Adds a file to the plan; its index is the file of its spans.
std::uint16_t add_plan_file(Plan& plan, std::shared_ptr<const SourceFile> source) {
    // load_plan reads at most LoadOptions::max_files; a span's file index is 16 bits.
    if (plan.files.size() >= Span::no_file) {
        throw std::length_error("a plan of more than 65 534 files");
    }
    plan.files.push_back(source->path());
    plan.sources.push_back(std::move(source));
    return static_cast<std::uint16_t>(plan.files.size() - 1);
}

}  // namespace

std::uint16_t LoadResult::add_source(std::shared_ptr<const SourceFile> source) {
    sources_by_path_.emplace(source->path(), source.get());
    return add_plan_file(plan, std::move(source));
}

const SourceFile* LoadResult::find_source(const std::string& path) const {
    const auto it = sources_by_path_.find(path);
    return it == sources_by_path_.end() ? nullptr : it->second;
}

namespace {

// The keys of each mapping the format defines, in documentation order.
const std::vector<std::string_view> plan_keys{
    "format",   "group",    "title",    "year", "introduction", "focus_areas",       "document",
    "timezone", "duration", "schedule", "link", "location",     "display_timezones", "goals",
    "actions",  "meetings"};
const std::vector<std::string_view> document_keys{"focus_areas_after", "actions_intro", "titles",
                                                  "editorial"};
const std::vector<std::string_view> document_title_keys{"goals", "actions", "meetings"};
const std::vector<std::string_view> schedule_keys{"day", "time", "timezone", "duration"};
const std::vector<std::string_view> goal_keys{"id", "text", "notes"};
const std::vector<std::string_view> action_keys{"id", "text", "goals", "status", "notes"};
const std::vector<std::string_view> meeting_keys{
    "month",    "topic", "alternative", "kind",     "status", "date",    "time",  "duration",
    "timezone", "link",  "location",    "speakers", "goals",  "actions", "notes", "shares_month"};

// What the files of one plan have said at the top level so far.
struct PlanSections {
    std::map<std::string, Location> found;  // section -> where it was first defined
    std::set<std::string> misspelt;         // sections an unknown key was taken for
};

// "'notes'": a field's name as messages quote it.
std::string quote_field(std::string_view field) {
    return fmt::format("'{}'", field);
}

std::string did_you_mean(std::string_view match) {
    return fmt::format("did you mean '{}'?", match);
}

// For a text where a list belongs: "write a list: goals: [G1]".
std::string write_a_list(const YamlNode& node, std::string_view field) {
    return node.is_scalar() ? fmt::format("write a list: {}: [{}]", field, node.value)
                            : std::string{};
}

// Decodes one file's YAML tree into the plan, adding a finding for every problem.
class Decoder {
  public:
    // `file` is the source's index in plan.files.
    Decoder(const SourceFile& source, std::uint16_t file, Plan& plan, Diagnostics& diagnostics,
            PlanSections& sections)
        : source_(source),
          file_(file),
          plan_(plan),
          diagnostics_(diagnostics),
          sections_(sections) {}

    void decode(const YamlNode& root) {
        if (root.is_null()) {
            diagnostics_.add(rules::wrong_type, Location{source_.path(), {1, 1}, {}},
                             "the file is empty; expected a mapping of plan sections",
                             "start with e.g. 'goals:' or delete the file");
            return;
        }
        if (!root.is_mapping()) {
            wrong_type(root, "the file", "a mapping of plan sections (goals:, meetings:, …)");
            plan_.all_files_read = false;  // whatever sections it meant to hold are missing
            return;
        }
        const Entries entries = for_each_entry(
            root, plan_keys, "the plan",
            [&](const std::string& key, const YamlNode& value, const YamlNode& key_node) {
                const auto [it, inserted] = sections_.found.emplace(key, where(at(key_node)));
                if (!inserted) {
                    plan_.incomplete_sections.insert(key);  // its second copy is not read
                }
                if (!inserted && it->second.file == source_.path()) {
                    return;  // a duplicate key in one file: E007 has said so
                }
                if (!inserted) {
                    Diagnostic& d =
                        diagnostics_.add(rules::duplicate_section, where(at(key_node)),
                                         fmt::format("section '{}' is defined twice", key),
                                         "keep each section in one file");
                    d.related = it->second;
                    d.related_message = "first defined";
                    return;
                }
                decode_section(key, value);
            });
        sections_.misspelt.insert(entries.misspelt.begin(), entries.misspelt.end());
        plan_.incomplete_sections.insert(entries.misspelt.begin(), entries.misspelt.end());
        plan_.incomplete_sections.insert(entries.lost.begin(), entries.lost.end());
    }

  private:
    Span at(const YamlNode& node) const {
        // Plan files are far below 4 GiB (ReadLimits), so an offset fits in 32 bits.
        return Span{static_cast<std::uint32_t>(node.offset), file_, 0};
    }
    // yaml-cpp places an empty value at the next token; the key is where the reader looks.
    Span at_value(const YamlNode& node) const { return node.is_null() ? key_location_ : at(node); }

    // A plain one-line text's span ends where it does; others only start.
    Span span(const YamlNode& node) const {
        Span location = at(node);
        if (node.is_scalar() && node.plain && node.value.find('\n') == std::string::npos) {
            const int columns = count_code_points(node.value);
            location.columns = columns <= UINT16_MAX ? static_cast<std::uint16_t>(columns) : 0;
        }
        return location;
    }

    // A span as findings show it.
    Location where(const Span& span) const { return source_.locate(span); }

    void wrong_type(const YamlNode& node, std::string_view what, std::string_view expected,
                    std::string hint = {}) {
        diagnostics_.add(rules::wrong_type, where(node.is_null() ? at_value(node) : span(node)),
                         fmt::format("{} must be {}, not {}", what, expected, describe(node.kind)),
                         std::move(hint));
    }

    // What for_each_entry saw besides the entries it handled.
    struct Entries {
        std::set<std::string> misspelt;  // known keys that unknown keys looked like
        std::set<std::string> lost;      // known keys whose value was refused (an alias)
    };

    // Calls `handle(key, value, key_node)` for each known key; reports unknown and non-text keys.
    template <class Handle>
    Entries for_each_entry(const YamlNode& mapping, const std::vector<std::string_view>& known,
                           std::string_view owner, Handle&& handle) {
        Entries entries;
        if (mapping.duplicate_key) {
            ++unreported_losses_;  // E007 was reported by the reader
        }
        for (std::size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
            const YamlNode& key = mapping.children[i];
            const YamlNode& value = mapping.children[i + 1];
            if (!key.is_scalar()) {
                // Not wrong_type: an empty key is a null node, and it is the key we point at.
                diagnostics_.add(rules::wrong_type, where(at(key)),
                                 fmt::format("a key must be a text, not {}", describe(key.kind)));
                continue;
            }
            if (std::find(known.begin(), known.end(), key.value) == known.end()) {
                std::string hint;
                if (auto match = closest_match(key.value, known)) {
                    hint = did_you_mean(*match);
                    entries.misspelt.insert(*match);
                } else {
                    hint = fmt::format("expected one of: {}", join_alternatives(known));
                }
                diagnostics_.add(
                    rules::unknown_key, where(span(key)),
                    fmt::format("unknown key {} in {}", quote_for_message(key.value), owner), hint);
                continue;
            }
            key_location_ = at(key);
            if (value.refused) {
                entries.lost.insert(std::string(key.value));
                ++unreported_losses_;  // E009 was reported by the reader
            } else {
                handle(std::string(key.value), value, key);
            }
        }
        return entries;
    }

    // Grows with every problem met while decoding (the loader's findings are all errors, and
    // refused or duplicate nodes were reported by the reader): compare before and after
    // decoding an item to know whether it may lack a field.
    std::size_t losses() const { return diagnostics_.size() + unreported_losses_; }

    const YamlNode* find(const YamlNode& mapping, std::string_view key) const {
        for (std::size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
            if (mapping.children[i].is_scalar() && mapping.children[i].value == key) {
                return &mapping.children[i + 1];
            }
        }
        return nullptr;
    }

    // Call after for_each_entry: a key reported as a likely misspelling of `key` already
    // explains why `key` is missing.
    void require(const YamlNode& mapping, std::string_view key, std::string_view owner,
                 const Entries& entries) {
        if (find(mapping, key) == nullptr && entries.misspelt.count(std::string(key)) == 0) {
            diagnostics_.add(rules::missing_field, where(at(mapping)),
                             fmt::format("{} has no '{}'", owner, key),
                             fmt::format("add '{}: …'", key));
        }
    }

    // Text value: any scalar. Null or empty text is reported when `required`.
    std::optional<Located<std::string>> text(const YamlNode& node, std::string_view field) {
        if (node.is_null() || (node.is_scalar() && node.value.empty())) {
            diagnostics_.add(rules::empty_value, where(at_value(node)),
                             fmt::format("'{}' is empty", field),
                             "write the text, or remove the field");
            return std::nullopt;
        }
        if (!node.is_scalar()) {
            wrong_type(node, quote_field(field), "a text");
            return std::nullopt;
        }
        if (!check_characters(node, field)) {
            return std::nullopt;
        }
        // A block scalar (|) keeps its final line break; a value does not need it.
        std::string value(node.value);
        while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) {
            value.pop_back();
        }
        return Located<std::string>{std::move(value), span(node)};
    }

    // The file's bytes were checked, but a double-quoted "\e" or "\u202E" makes the same
    // characters, and a raw U+202E is valid UTF-8: refuse them in values, so plan text never
    // carries them to any output.
    bool check_characters(const YamlNode& node, std::string_view field) {
        const std::string_view v = node.value;
        for (std::size_t i = 0; i < v.size();) {
            char32_t cp = 0;
            const std::size_t length = std::max<std::size_t>(decode_utf8(v, i, cp), 1);
            const bool control = is_control(cp);
            if (control || is_layout_control(cp)) {
                diagnostics_.add(rules::control_character, where(span(node)),
                                 fmt::format("'{}' holds {} U+{:04X}", field,
                                             control ? "control character" : "layout control",
                                             static_cast<std::uint32_t>(cp)),
                                 "remove it; plan text is printed to terminals and CI logs");
                return false;
            }
            i += length;
        }
        return true;
    }

    std::string optional_text(const YamlNode& node, std::string_view field) {
        if (node.is_null()) {
            return {};
        }
        auto value = text(node, field);
        return value ? value->value : std::string{};
    }

    std::vector<std::string> text_list(const YamlNode& node, std::string_view field) {
        std::vector<std::string> out;
        if (node.is_null()) {
            return out;
        }
        if (!node.is_sequence()) {
            wrong_type(node, quote_field(field), "a list of texts", write_a_list(node, field));
            return out;
        }
        for (const auto& item : node.children) {
            if (item.refused) {
                ++unreported_losses_;
                continue;
            }
            if (auto value = text(item, field)) {
                out.push_back(std::move(value->value));
            }
        }
        return out;
    }

    // A decimal integer without sign or leading zeros (YAML 1.1 would read 017 as octal).
    std::optional<Located<int>> integer(const YamlNode& node, std::string_view field, int min,
                                        int max) {
        if (!node.is_scalar()) {
            wrong_type(node, quote_field(field), "a number");
            return std::nullopt;
        }
        const std::string_view v = node.value;
        const bool digits = v.size() <= 9 && is_decimal_digits(v);
        if (!digits || (v.size() > 1 && v[0] == '0')) {
            diagnostics_.add(
                rules::bad_number, where(span(node)),
                fmt::format("'{}' must be a decimal number, not {}", field, quote_for_message(v)),
                v.size() > 1 && v[0] == '0' && digits
                    ? fmt::format("write it without leading zeros: {}", std::stoi(std::string(v)))
                    : std::string{});
            return std::nullopt;
        }
        const int value = std::stoi(std::string(v));
        if (value < min || value > max) {
            diagnostics_.add(
                rules::bad_number, where(span(node)),
                fmt::format("'{}' must be between {} and {}, not {}", field, min, max, v));
            return std::nullopt;
        }
        return Located<int>{value, span(node)};
    }

    std::optional<bool> boolean(const YamlNode& node, std::string_view field) {
        if (node.is_scalar() && (node.value == "true" || node.value == "false")) {
            return node.value == "true";
        }
        std::string hint;
        if (node.is_scalar()) {
            // YAML 1.1 words for booleans; iwg reads YAML 1.2's true and false only.
            static const std::set<std::string, std::less<>> yes{"yes", "Yes", "YES", "on",
                                                                "On",  "ON",  "y",   "Y"};
            static const std::set<std::string, std::less<>> no{"no",  "No",  "NO", "off",
                                                               "Off", "OFF", "n",  "N"};
            if (yes.count(node.value) != 0) {
                hint = "write true";
            } else if (no.count(node.value) != 0) {
                hint = "write false";
            }
        }
        diagnostics_.add(rules::wrong_type, where(span(node)),
                         fmt::format("'{}' must be true or false, not {}", field,
                                     node.is_scalar() ? quote_for_message(node.value)
                                                      : std::string(describe(node.kind))),
                         hint);
        return std::nullopt;
    }

    template <HasWords Enum>
    std::optional<Located<Enum>> enumeration(const YamlNode& node, std::string_view field) {
        const std::vector<std::string_view> words = enum_words<Enum>();
        if (!node.is_scalar()) {
            wrong_type(node, quote_field(field),
                       fmt::format("one of {}", join_alternatives(words)));
            return std::nullopt;
        }
        // Words are case-insensitive, as month names are ("Held", "PLANNED").
        if (auto value = parse_enum<Enum>(lower_ascii(node.value))) {
            return Located<Enum>{*value, span(node)};
        }
        std::string hint;
        if constexpr (std::is_same_v<Enum, MeetingStatus>) {
            if (equal_ignoring_case(node.value, "done")) {
                hint = "a meeting that took place is 'held' ('done' is for actions)";
            }
        }
        if (hint.empty()) {
            if (auto match = closest_match(node.value, words)) {
                hint = did_you_mean(*match);
            }
        }
        diagnostics_.add(rules::bad_enum, where(span(node)),
                         fmt::format("'{}' must be {}, not {}", field, join_alternatives(words),
                                     quote_for_message(node.value)),
                         hint);
        return std::nullopt;
    }

    std::optional<Located<std::string>> id(const YamlNode& node, char prefix,
                                           std::string_view what) {
        auto value = text(node, what);
        if (!value) {
            return std::nullopt;
        }
        const std::string& v = value->value;
        const bool number_follows =
            v.size() >= 2 && is_decimal_digits(std::string_view(v).substr(1));
        const bool ok = number_follows && v.size() <= 10 && v[0] == prefix && v[1] != '0';
        if (!ok) {
            std::string hint = fmt::format("write it as {0}1, {0}2, …", prefix);
            if (number_follows && lower_ascii(v[0]) == lower_ascii(prefix)) {
                // "g1" or "G01": the same id, written another way.
                const std::size_t first_digit = v.find_first_not_of('0', 1);
                if (first_digit != std::string::npos) {
                    hint = did_you_mean(fmt::format("{}{}", prefix, v.substr(first_digit)));
                }
            }
            diagnostics_.add(
                rules::bad_id, where(value->location),
                fmt::format("{} {} must look like {}1", what, quote_for_message(v), prefix), hint);
            return std::nullopt;
        }
        return value;
    }

    std::vector<Located<std::string>> id_list(const YamlNode& node, char prefix,
                                              std::string_view field, std::string_view what) {
        std::vector<Located<std::string>> out;
        if (node.is_null()) {
            return out;
        }
        if (!node.is_sequence()) {
            wrong_type(node, quote_field(field),
                       fmt::format("a list of ids, e.g. [{0}1, {0}2]", prefix),
                       write_a_list(node, field));
            return out;
        }
        for (const auto& item : node.children) {
            if (item.refused) {
                ++unreported_losses_;
                continue;
            }
            if (auto value = id(item, prefix, what)) {
                out.push_back(std::move(*value));
            }
        }
        return out;
    }

    std::optional<Located<int>> month(const YamlNode& node) {
        if (!node.is_scalar()) {
            wrong_type(node, "'month'", "a month name such as may");
            return std::nullopt;
        }
        if (auto m = month_from_word(node.value)) {
            return Located<int>{*m, span(node)};
        }
        std::string hint;
        const std::string_view v = node.value;
        const std::size_t blank = v.find(' ');
        const std::string_view first_word = std::string_view(v).substr(0, blank);
        const bool digits = v.size() <= 2 && is_decimal_digits(v);
        if (blank != std::string::npos && month_from_word(first_word) &&
            is_decimal_digits(std::string_view(v).substr(blank + 1))) {
            // "july 2024": the year is the plan's.
            hint = fmt::format(
                "the year comes from the plan's 'year': write '{}'",
                month_words()[static_cast<std::size_t>(*month_from_word(first_word) - 1)]);
        } else if (digits && std::stoi(std::string(v)) >= 1 && std::stoi(std::string(v)) <= 12) {
            hint =
                fmt::format("write the month's name: '{}'",
                            month_words()[static_cast<std::size_t>(std::stoi(std::string(v)) - 1)]);
        } else if (v == "no" || v == "No" || v == "NO") {
            // YAML 1.1 reads a bare no as false; here it is most likely November cut short.
            hint = "did you mean 'november'? (write the whole name)";
        } else if (auto match = closest_match(v, month_words())) {
            hint = did_you_mean(*match);
        } else if (v.size() >= 3) {
            // "sept", "dec": the start of a month's name.
            const std::string lower = lower_ascii(v);
            for (auto word : month_words()) {
                if (word.starts_with(lower)) {
                    hint = did_you_mean(word);
                    break;
                }
            }
        }
        diagnostics_.add(rules::bad_month, where(span(node)),
                         fmt::format("'month' must be a month name (january … december, or jan, "
                                     "sept, …), not {}",
                                     quote_for_message(v)),
                         hint);
        return std::nullopt;
    }

    void decode_section(const std::string& key, const YamlNode& value) {
        if (key == "format") {
            if (auto format = integer(value, "format", 0, 1000000)) {
                if (format->value != 1) {
                    diagnostics_.add(rules::bad_format_version, where(format->location),
                                     fmt::format("plan format {} is not supported; this iwg "
                                                 "reads format 1",
                                                 format->value),
                                     "set 'format: 1', or upgrade iwg");
                }
                plan_.format = format->value;
            }
        } else if (key == "group") {
            if (auto v = text(value, key)) {
                plan_.group = *v;
            }
        } else if (key == "title") {
            if (auto v = text(value, key)) {
                plan_.title = *v;
            }
        } else if (key == "year") {
            if (auto v = integer(value, key, 1000, 9999)) {
                plan_.year = *v;
            }
        } else if (key == "introduction") {
            plan_.introduction = optional_text(value, key);
        } else if (key == "focus_areas") {
            plan_.focus_areas = text_list(value, key);
        } else if (key == "document") {
            decode_document_layout(value);
        } else if (key == "timezone") {
            plan_.timezone = time_zone(value, key);
        } else if (key == "duration") {
            plan_.duration_minutes = duration(value);
        } else if (key == "schedule") {
            decode_schedule(value);
        } else if (key == "link" || key == "location") {
            decode_join_field(key, value, plan_.join);
        } else if (key == "display_timezones") {
            decode_display_timezones(value);
        } else if (is_list_section(key)) {
            decode_list(value, key);
        }
    }

    static bool is_list_section(std::string_view key) {
        return key == "goals" || key == "actions" || key == "meetings";
    }

    void decode_list(const YamlNode& node, const std::string& field) {
        if (node.is_null()) {
            return;
        }
        if (!node.is_sequence()) {
            wrong_type(node, quote_field(field), fmt::format("a list of {}", field));
            plan_.incomplete_sections.insert(field);
            return;
        }
        for (const auto& item : node.children) {
            decode_list_item(field, item);
        }
    }

    // An item that is not kept whole enough to be referred to (a mapping with its id) leaves
    // its section incomplete.
    void decode_list_item(const std::string& field, const YamlNode& item) {
        const bool kept = !item.refused && (field == "goals"     ? decode_goal(item)
                                            : field == "actions" ? decode_action(item)
                                                                 : decode_meeting(item));
        if (!kept) {
            plan_.incomplete_sections.insert(field);
        }
    }

    // The fields goals and actions share. Returns false for any other key.
    template <class Item>
    bool decode_item_field(const std::string& key, const YamlNode& v, Item& item, char prefix,
                           std::string_view what) {
        if (key == "id") {
            if (auto x = id(v, prefix, what)) {
                item.id = std::move(*x);
            }
        } else if (key == "text") {
            if (auto x = text(v, key)) {
                item.text = std::move(*x);
            }
        } else if (key == "notes") {
            item.notes = optional_text(v, key);
        } else {
            return false;
        }
        return true;
    }

    // A goal or an action is kept whole enough to be referred to when it has its id and lost
    // no duplicate key (the lost value may have been its id).
    template <class Item>
    static bool referable(const Item& item, const YamlNode& node) {
        return !item.id.value.empty() && !node.duplicate_key;
    }

    bool decode_goal(const YamlNode& node) {
        if (!node.is_mapping()) {
            wrong_type(node, "a goal", "a mapping with 'id' and 'text'");
            return false;
        }
        const std::size_t losses_before = losses();
        Goal goal;
        goal.location = at(node);
        const Entries entries =
            for_each_entry(node, goal_keys, "a goal",
                           [&](const std::string& key, const YamlNode& v, const YamlNode&) {
                               decode_item_field(key, v, goal, 'G', "goal id");
                           });
        require(node, "id", "this goal", entries);
        require(node, "text", "this goal", entries);
        goal.partial = losses() != losses_before;
        const bool kept = referable(goal, node);
        plan_.goals.push_back(std::move(goal));
        return kept;
    }

    bool decode_action(const YamlNode& node) {
        if (!node.is_mapping()) {
            wrong_type(node, "an action", "a mapping with 'id' and 'text'");
            return false;
        }
        const std::size_t losses_before = losses();
        Action action;
        action.location = at(node);
        const Entries entries =
            for_each_entry(node, action_keys, "an action",
                           [&](const std::string& key, const YamlNode& v, const YamlNode&) {
                               if (decode_item_field(key, v, action, 'A', "action id")) {
                                   return;
                               }
                               if (key == "goals") {
                                   const std::size_t before = losses();
                                   action.goals = id_list(v, 'G', key, "goal id");
                                   action.goals_incomplete |= losses() != before;
                               } else if (key == "status") {
                                   if (auto x = enumeration<ActionStatus>(v, key)) {
                                       action.status = *x;
                                   }
                               }
                           });
        // A misspelt 'goals' key ("goal:") was not read: the goals it names are unknown.
        action.goals_incomplete |= entries.misspelt.count("goals") != 0 ||
                                   entries.lost.count("goals") != 0 || node.duplicate_key;
        require(node, "id", "this action", entries);
        require(node, "text", "this action", entries);
        action.partial = losses() != losses_before;
        const bool kept = referable(action, node);
        plan_.actions.push_back(std::move(action));
        return kept;
    }

    // Meetings have no id: a meeting is never referred to, so it always counts as kept.
    bool decode_meeting(const YamlNode& node) {
        if (!node.is_mapping()) {
            wrong_type(node, "a meeting", "a mapping with at least 'topic'");
            return false;
        }
        const std::size_t losses_before = losses();
        Meeting meeting;
        meeting.location = at(node);
        meeting.index = static_cast<std::uint32_t>(plan_.meetings.size());
        const Entries entries =
            for_each_entry(node, meeting_keys, "a meeting",
                           [&](const std::string& key, const YamlNode& v, const YamlNode&) {
                               if (key == "month") {
                                   meeting.month = month(v);
                               } else if (key == "topic") {
                                   if (auto x = text(v, key)) {
                                       meeting.topic = std::move(*x);
                                   }
                               } else if (key == "alternative") {
                                   meeting.alternative = optional_text(v, key);
                               } else if (key == "kind") {
                                   if (auto x = enumeration<MeetingKind>(v, key)) {
                                       meeting.kind = *x;
                                   }
                               } else if (key == "status") {
                                   if (auto x = enumeration<MeetingStatus>(v, key)) {
                                       meeting.status = *x;
                                   }
                               } else if (key == "date") {
                                   decode_date(v, meeting);
                               } else if (key == "time") {
                                   meeting.time = time_of_day(v);
                               } else if (key == "duration") {
                                   meeting.duration_minutes = duration(v);
                               } else if (key == "timezone") {
                                   meeting.timezone = time_zone(v, key);
                               } else if (key == "link" || key == "location") {
                                   decode_join_field(key, v, meeting.join);
                               } else if (key == "speakers") {
                                   meeting.speakers = text_list(v, key);
                               } else if (key == "goals") {
                                   meeting.goals = id_list(v, 'G', key, "goal id");
                               } else if (key == "actions") {
                                   meeting.actions = id_list(v, 'A', key, "action id");
                               } else if (key == "notes") {
                                   meeting.notes = optional_text(v, key);
                               } else if (key == "shares_month") {
                                   if (auto x = boolean(v, key)) {
                                       meeting.shares_month = *x;
                                   }
                               }
                           });
        require(node, "topic", "this meeting", entries);
        meeting.partial = losses() != losses_before;
        plan_.meetings.push_back(std::move(meeting));
        return true;
    }

    void decode_date(const YamlNode& node, Meeting& meeting) {
        auto value = text(node, "date");
        if (!value) {
            return;
        }
        if (auto date = parse_date(value->value)) {
            meeting.date = Located<Date>{*date, value->location};
            return;
        }
        const bool shaped =
            value->value.size() == 10 && value->value[4] == '-' && value->value[7] == '-';
        diagnostics_.add(
            rules::bad_date, where(value->location),
            shaped
                ? fmt::format("date {} does not exist", quote_for_message(value->value))
                : fmt::format("'date' must be YYYY-MM-DD, not {}", quote_for_message(value->value)),
            shaped ? "check the day against the month's length" : "e.g. 2024-05-14");
    }

    std::optional<Located<TimeOfDay>> time_of_day(const YamlNode& node) {
        auto x = text(node, "time");
        if (!x) {
            return std::nullopt;
        }
        if (auto t = parse_time(x->value)) {
            return Located<TimeOfDay>{*t, x->location};
        }
        diagnostics_.add(
            rules::bad_time, where(x->location),
            fmt::format("'time' must be HH:MM (24-hour), not {}", quote_for_message(x->value)),
            "e.g. time: \"15:00\"");
        return std::nullopt;
    }

    std::optional<Located<int>> duration(const YamlNode& node) {
        return integer(node, "duration", 1, 24 * 60);
    }

    // UTC, an offset or an IANA name; stored as TimeZone::find names it ("utc" is "UTC").
    std::optional<Located<std::string>> time_zone(const YamlNode& node, std::string_view field) {
        auto x = text(node, field);
        if (!x) {
            return std::nullopt;
        }
        if (auto zone = TimeZone::find(x->value)) {
            x->value = zone->name();
            return x;
        }
        diagnostics_.add(
            rules::bad_time, where(x->location),
            fmt::format("{} must be an IANA time zone (Europe/Madrid), UTC or an "
                        "offset such as +02:00, not {}",
                        field == "display_timezones" ? std::string("a zone in 'display_timezones'")
                                                     : quote_field(field),
                        quote_for_message(x->value)),
            time_zone_hint(x->value));
        return std::nullopt;
    }

    // A zone abbreviation names an offset that changes with daylight saving, and some name
    // several zones: say which zones and offsets it may mean.
    static std::string time_zone_hint(std::string_view text) {
        struct Abbreviation {
            std::string_view name;
            std::string_view meaning;
        };
        static constexpr std::array<Abbreviation, 20> abbreviations{{
            {"GMT", "UTC, or Europe/London (+00:00 in winter, +01:00 in summer)"},
            {"WET", "Europe/Lisbon (+00:00 in winter, +01:00 in summer)"},
            {"WEST", "Europe/Lisbon (+00:00 in winter, +01:00 in summer)"},
            {"BST", "Europe/London (+00:00 in winter, +01:00 in summer)"},
            {"CET",
             "Europe/Madrid, Europe/Berlin, Europe/Paris, … (+01:00 in winter, +02:00 in "
             "summer)"},
            {"CEST",
             "Europe/Madrid, Europe/Berlin, Europe/Paris, … (+01:00 in winter, +02:00 in "
             "summer)"},
            {"EET", "Europe/Athens, Europe/Helsinki, … (+02:00 in winter, +03:00 in summer)"},
            {"EEST", "Europe/Athens, Europe/Helsinki, … (+02:00 in winter, +03:00 in summer)"},
            {"MSK", "Europe/Moscow (+03:00)"},
            {"IST",
             "Asia/Kolkata (+05:30), Europe/Dublin (+01:00 in summer) or Asia/Jerusalem "
             "(+02:00 in winter)"},
            {"JST", "Asia/Tokyo (+09:00)"},
            {"AEST",
             "Australia/Sydney (+10:00 in winter, +11:00 in summer) or "
             "Australia/Brisbane (+10:00)"},
            {"AEDT", "Australia/Sydney (+10:00 in winter, +11:00 in summer)"},
            {"BRT", "America/Sao_Paulo (-03:00)"},
            {"EST", "America/New_York (-05:00 in winter, -04:00 in summer)"},
            {"EDT", "America/New_York (-05:00 in winter, -04:00 in summer)"},
            {"CST",
             "America/Chicago (-06:00 in winter, -05:00 in summer) or Asia/Shanghai "
             "(+08:00)"},
            {"CDT", "America/Chicago (-06:00 in winter, -05:00 in summer)"},
            {"MST",
             "America/Denver (-07:00 in winter, -06:00 in summer) or America/Phoenix "
             "(-07:00)"},
            {"PST", "America/Los_Angeles (-08:00 in winter, -07:00 in summer)"},
        }};
        for (const auto& abbreviation : abbreviations) {
            if (equal_ignoring_case(text, abbreviation.name)) {
                return fmt::format(
                    "'{}' is an abbreviation, not a zone: write the zone it "
                    "stands for, e.g. {}",
                    abbreviation.name, abbreviation.meaning);
            }
        }
        if (text.find('/') != std::string_view::npos && known_zone_names().empty()) {
            return "this system has no time zone database: install tzdata";
        }
        if (auto match = closest_zone_name(text)) {
            return did_you_mean(*match);
        }
        return "e.g. timezone: Europe/Madrid, timezone: UTC or timezone: \"+02:00\"";
    }

    void decode_join_field(const std::string& key, const YamlNode& node, JoinInfo& join) {
        if (key == "location") {
            join.location = optional_text(node, key);
            join.location_at = at(node);
            return;
        }
        auto x = text(node, key);
        if (!x) {
            return;
        }
        if (auto problem = link_problem(x->value)) {
            diagnostics_.add(
                rules::bad_link, where(x->location),
                fmt::format("'link' {}: {}", quote_for_message(link_without_secrets(x->value)),
                            *problem),
                "e.g. link: https://meet.example.org/iwg");
            return;
        }
        join.link = std::move(*x);
    }

    void decode_display_timezones(const YamlNode& node) {
        if (node.is_null()) {
            return;
        }
        if (!node.is_sequence()) {
            wrong_type(node, "'display_timezones'", "a list of time zones",
                       write_a_list(node, "display_timezones"));
            return;
        }
        if (node.children.size() > max_display_timezones) {
            diagnostics_.add(rules::too_many_zones, where(at(node.children[max_display_timezones])),
                             fmt::format("'display_timezones' lists {} zones; at most {} are shown",
                                         node.children.size(), max_display_timezones),
                             "keep the zones most members live in");
            return;
        }
        for (const auto& item : node.children) {
            if (item.refused) {
                ++unreported_losses_;
                continue;
            }
            if (auto zone = time_zone(item, "display_timezones")) {
                plan_.display_timezones.push_back(std::move(*zone));
            }
        }
    }

    void decode_document_layout(const YamlNode& node) {
        if (node.is_null()) {
            return;
        }
        if (!node.is_mapping()) {
            wrong_type(node, "'document'", "a mapping",
                       "e.g. document: {actions_intro: \"We propose these actions:\"}");
            return;
        }
        DocumentLayout& layout = plan_.document;
        for_each_entry(node, document_keys, "'document'",
                       [&](const std::string& key, const YamlNode& v, const YamlNode&) {
                           if (key == "focus_areas_after") {
                               layout.focus_areas_after = integer(v, key, 1, 1000);
                           } else if (key == "actions_intro") {
                               layout.actions_intro = optional_text(v, key);
                           } else if (key == "titles") {
                               decode_document_titles(v, layout);
                           } else if (key == "editorial") {
                               decode_editorial(v, layout);
                           }
                       });
    }

    void decode_document_titles(const YamlNode& node, DocumentLayout& layout) {
        if (!node.is_mapping()) {
            wrong_type(node, "'titles'", "a mapping of section titles",
                       "e.g. titles: {goals: Goals, actions: Specific actions}");
            return;
        }
        for_each_entry(node, document_title_keys, "'titles'",
                       [&](const std::string& key, const YamlNode& v, const YamlNode&) {
                           std::string title = optional_text(v, key);
                           (key == "goals"     ? layout.goals_title
                            : key == "actions" ? layout.actions_title
                                               : layout.meetings_title) = std::move(title);
                       });
    }

    void decode_editorial(const YamlNode& node, DocumentLayout& layout) {
        if (node.is_null()) {
            return;
        }
        if (!node.is_sequence()) {
            wrong_type(node, "'editorial'", "a list", write_a_list(node, "editorial"));
            return;
        }
        for (const auto& item : node.children) {
            if (item.refused) {
                ++unreported_losses_;
            } else if (auto part = enumeration<EditorialPart>(item, "editorial")) {
                if (!layout.is_editorial(part->value)) {
                    layout.editorial.push_back(part->value);
                }
            }
        }
    }

    void decode_schedule(const YamlNode& node) {
        if (!node.is_mapping()) {
            wrong_type(node, "'schedule'", "a mapping with 'day' and 'time'",
                       "e.g. schedule: {day: last tuesday, time: \"15:00\", timezone: UTC}");
            return;
        }
        Schedule schedule;
        schedule.location = at(node);
        bool day_known = false;
        const Entries entries =
            for_each_entry(node, schedule_keys, "the schedule",
                           [&](const std::string& key, const YamlNode& v, const YamlNode&) {
                               if (key == "day") {
                                   if (auto day = monthly_day(v)) {
                                       schedule.day = *day;
                                       day_known = true;
                                   }
                               } else if (key == "time") {
                                   schedule.time = time_of_day(v);
                               } else if (key == "timezone") {
                                   schedule.timezone = time_zone(v, key);
                               } else if (key == "duration") {
                                   schedule.duration_minutes = duration(v);
                               }
                           });
        require(node, "day", "the schedule", entries);
        if (day_known) {
            plan_.schedule = std::move(schedule);
        }
    }

    // "last tuesday", in any case.
    std::optional<Located<MonthlyDay>> monthly_day(const YamlNode& node) {
        auto x = text(node, "day");
        if (!x) {
            return std::nullopt;
        }
        const auto& ordinals = day_ordinal_words();
        const std::string lower = lower_ascii(x->value);
        const std::size_t blank = lower.find(' ');
        const std::string_view first_word = std::string_view(lower).substr(0, blank);
        // Empty when nothing but blanks follows the first ("last "): substr(npos) would throw.
        const std::size_t second = lower.find_first_not_of(' ', blank);
        const std::string_view second_word = second == std::string::npos
                                                 ? std::string_view()
                                                 : std::string_view(lower).substr(second);
        const auto ordinal = std::find(ordinals.begin(), ordinals.end(), first_word);
        const auto& weekdays = weekday_words();
        const auto weekday = std::find(weekdays.begin(), weekdays.end(), second_word);
        if (ordinal != ordinals.end() && weekday != weekdays.end()) {
            const auto position = ordinal - ordinals.begin();
            return Located<MonthlyDay>{
                MonthlyDay{position == 4 ? -1 : static_cast<int>(position) + 1,
                           static_cast<int>(weekday - weekdays.begin())},
                x->location};
        }
        std::string hint;
        const auto weekday_like = [&](std::string_view word) -> std::optional<std::string> {
            for (auto name : weekdays) {
                if (word.size() >= 3 && name.starts_with(word)) {
                    return std::string(name);  // "tue", "thurs"
                }
            }
            return closest_match(word, weekdays);
        };
        if (blank == std::string::npos) {
            if (auto day = weekday_like(first_word)) {
                hint = fmt::format("say which {0} of the month, e.g. 'last {0}'", *day);
            }
        } else if (first_word == "fifth" || first_word == "5th") {
            hint = "not every month has a fifth one: write 'last'";
        } else {
            static const std::vector<std::string_view> numbered{"1st", "2nd", "3rd", "4th"};
            std::string ordinal_word = std::string(first_word);
            if (auto n = std::find(numbered.begin(), numbered.end(), first_word);
                n != numbered.end()) {
                ordinal_word =
                    std::string(ordinals[static_cast<std::size_t>(n - numbered.begin())]);
            } else if (auto match = closest_match(first_word, ordinals)) {
                ordinal_word = *match;
            }
            const auto day = weekday_like(second_word);
            if (std::find(ordinals.begin(), ordinals.end(), ordinal_word) != ordinals.end() &&
                day) {
                hint = did_you_mean(fmt::format("{} {}", ordinal_word, *day));
            }
        }
        diagnostics_.add(rules::bad_day_rule, where(x->location),
                         fmt::format("'day' must be first, second, third, fourth or last and a "
                                     "weekday, not {}",
                                     quote_for_message(x->value)),
                         hint.empty() ? "e.g. day: last tuesday" : hint);
        return std::nullopt;
    }

    const SourceFile& source_;
    std::uint16_t file_;
    Plan& plan_;
    Diagnostics& diagnostics_;
    PlanSections& sections_;
    Span key_location_;                  // the key whose value is being decoded
    std::size_t unreported_losses_ = 0;  // refused or duplicate nodes met (see losses())
};

// Where a missing group/title/year is reported: the file holding the other plan fields,
// else plan.yaml, else the plan's path (a directory, or the one file).
Location where_plan_fields_belong(const std::string& path, const std::vector<std::string>& files,
                                  const PlanSections& sections) {
    for (const auto* field : {"group", "title", "year", "format", "introduction", "focus_areas"}) {
        if (auto it = sections.found.find(field); it != sections.found.end()) {
            return Location{it->second.file, {}, {}};
        }
    }
    for (const auto& file : files) {
        const std::string name = fs::path(file).filename().string();
        if (name == "plan.yaml" || name == "plan.yml") {
            return Location{file, {}, {}};
        }
    }
    return Location{files.size() == 1 ? files.front() : path, {}, {}};
}

// E002 for a plan whose files together are larger than LoadOptions::max_plan_size: `bytes` is
// their size, or what was read of them when they passed it.
void refuse_plan_size(const std::string& where, std::uint64_t bytes, std::uint64_t limit,
                      Diagnostics& diagnostics) {
    diagnostics.add(rules::too_large, Location{where, {}, {}},
                    fmt::format("the plan's files are {} bytes together, more than the limit of "
                                "{} bytes",
                                bytes, limit),
                    fmt::format("raise the limit with --max-plan-size {}", bytes));
}

// The plan's regular files, by their size before any is read (a link is counted as it is
// read: its target's size is not told). Files over the per-file limit are refused on their own.
std::uint64_t plan_size_before_reading(const std::vector<std::string>& files,
                                       std::uint64_t max_file_size) {
    std::uint64_t total = 0;
    for (const auto& file : files) {
        std::error_code ec;
        const fs::file_status status = fs::symlink_status(file, ec);
        if (ec || !fs::is_regular_file(status)) {
            continue;
        }
        const std::uint64_t size = fs::file_size(file, ec);
        if (!ec && size <= max_file_size) {
            total += size;
        }
    }
    return total;
}

// Reads (through `read`, one call per file in order), checks and decodes `files` into `result`:
// load_plan's work once it knows the files.
template <typename Read>
void decode_files(LoadResult& result, const std::string& path,
                  const std::vector<std::string>& files, const LoadOptions& options, Read read) {
    PlanSections sections;
    bool all_parsed = true;
    for (const auto& file : files) {
        std::string text;
        if (!read(file, text)) {
            all_parsed = false;
            continue;
        }
        const bool clean = check_plan_text(file, text, result.diagnostics);
        // Kept even when the bytes are bad: findings about them show the line.
        auto source = std::make_shared<const SourceFile>(file, std::move(text));
        const std::uint16_t index = result.add_source(source);
        if (!clean) {
            all_parsed = false;
            continue;
        }
        // A file that does not parse adds nothing to the plan.
        YamlTree tree;
        if (parse_yaml(*source, options.yaml, tree, result.diagnostics)) {
            Decoder(*source, index, result.plan, result.diagnostics, sections).decode(tree.root);
        } else {
            all_parsed = false;
        }
    }

    if (!all_parsed) {
        result.plan.all_files_read = false;
    }
    // A section may sit in a file that could not be parsed: only then is "missing" a guess.
    if (all_parsed) {
        const Location plan_location = where_plan_fields_belong(path, files, sections);
        for (const auto* required : {"group", "title", "year"}) {
            if (sections.found.count(required) == 0 && sections.misspelt.count(required) == 0) {
                result.diagnostics.add(rules::missing_field, plan_location,
                                       fmt::format("the plan has no '{}'", required),
                                       fmt::format("add '{}: …' to one of its files", required));
            }
        }
    }
}

}  // namespace

bool is_plan_file_name(std::string_view name) {
    return !name.starts_with(".") && (name.ends_with(".yaml") || name.ends_with(".yml"));
}

void decode_plan_file(std::shared_ptr<const SourceFile> source, const YamlNode& root, Plan& plan,
                      Diagnostics& diagnostics) {
    PlanSections sections;
    const SourceFile& text = *source;
    const std::uint16_t index = add_plan_file(plan, std::move(source));
    Decoder(text, index, plan, diagnostics, sections).decode(root);
}

LoadResult load_plan(const std::string& path, const LoadOptions& options) {
    LoadResult result;
    result.plan.root = path;
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (is_plan_file_name(name)) {
                files.push_back((fs::path(path) / name).string());
            }
        }
        if (ec) {
            result.diagnostics.add(rules::unreadable, Location{path, {}, {}},
                                   fmt::format("cannot list the directory: {}", ec.message()));
            result.plan.all_files_read = false;
            return result;
        }
        std::sort(files.begin(), files.end());
        const std::size_t max_files = std::min<std::size_t>(options.max_files, Span::no_file - 1);
        if (files.size() > max_files) {
            result.diagnostics.add(
                rules::unreadable, Location{path, {}, {}},
                fmt::format("{} plan files (*.yaml or *.yml) in this directory; a plan has at "
                            "most {}",
                            files.size(), max_files),
                "split the plan, or move files that are not part of it elsewhere");
            result.plan.all_files_read = false;
            return result;
        }
        if (files.empty()) {
            result.diagnostics.add(rules::no_plan_files, Location{path, {}, {}},
                                   "no plan files (*.yaml or *.yml) in this directory");
            result.plan.all_files_read = false;
            return result;
        }
    } else {
        files.push_back(path);
    }

    // Nothing outside the plan's root is read: the repository's when the caller gives it,
    // else the plan's own directory (a plan file's directory).
    ReadLimits read = options.read;
    if (read.root.empty()) {
        const fs::path parent = fs::path(path).parent_path();
        read.root = files.size() == 1 && files.front() == path
                        ? (parent.empty() ? std::string(".") : parent.string())
                        : path;
    }
    const std::uint64_t before_reading = plan_size_before_reading(files, read.max_file_size);
    if (before_reading > options.max_plan_size) {
        refuse_plan_size(path, before_reading, options.max_plan_size, result.diagnostics);
        result.plan.all_files_read = false;
        return result;
    }
    // Again as they are read (a file may have grown, a link is counted only now): at most
    // max_plan_size plus one file is ever held.
    std::uint64_t bytes_read = 0;
    decode_files(result, path, files, options, [&](const std::string& file, std::string& text) {
        if (bytes_read > options.max_plan_size ||
            !read_file_bytes(file, read, text, result.diagnostics)) {
            return false;
        }
        bytes_read += text.size();
        if (bytes_read > options.max_plan_size) {
            refuse_plan_size(file, bytes_read, options.max_plan_size, result.diagnostics);
            text.clear();
            return false;
        }
        return true;
    });
    return result;
}

LoadResult load_plan_texts(const std::string& path, const std::vector<PlanFileText>& files,
                           const LoadOptions& options) {
    LoadResult result;
    result.plan.root = path;
    std::vector<std::string> names;
    for (const auto& file : files) {
        names.push_back(file.path);
    }
    std::size_t next = 0;
    decode_files(result, path, names, options,
                 [&files, &next](const std::string&, std::string& text) {
                     text = files[next++].text;
                     return true;
                 });
    return result;
}

}  // namespace iwg
