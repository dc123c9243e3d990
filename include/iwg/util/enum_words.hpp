// The words of an enum, in one table beside the enum, and the conversions every reader and
// writer of those words shares: the loader, the command line, the renderers, help and hints.
//
// An enum gets words by declaring, in its own namespace,
//     constexpr std::array<EnumWord<Kind>, N> words_of(Kind) { return {{…}}; }
// which to_string, parse_enum and enum_words find by argument-dependent lookup.
#pragma once

#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace iwg {

template <class Enum>
struct EnumWord {
    Enum value;
    std::string_view word;
};

template <class Enum>
concept HasWords = std::is_enum_v<Enum> && requires {
    words_of(Enum{});
};

// The value's word; empty for a value the table lacks (never for a valid value).
template <HasWords Enum>
constexpr std::string_view to_string(Enum value) {
    for (const auto& entry : words_of(value)) {
        if (entry.value == value) {
            return entry.word;
        }
    }
    return {};
}

// The value a word names, exactly (case counts: callers that accept any case normalise first).
template <HasWords Enum>
constexpr std::optional<Enum> parse_enum(std::string_view word) {
    for (const auto& entry : words_of(Enum{})) {
        if (entry.word == word) {
            return entry.value;
        }
    }
    return std::nullopt;
}

// Every value, in table order.
template <HasWords Enum>
std::vector<Enum> enum_values() {
    std::vector<Enum> out;
    for (const auto& entry : words_of(Enum{})) {
        out.push_back(entry.value);
    }
    return out;
}

// Every word, in table order: for hints, help and completions.
template <HasWords Enum>
std::vector<std::string_view> enum_words() {
    std::vector<std::string_view> out;
    for (const auto& entry : words_of(Enum{})) {
        out.push_back(entry.word);
    }
    return out;
}

}  // namespace iwg
