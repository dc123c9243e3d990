// "Did you mean …?" from an edit distance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iwg {

// Case-insensitive Damerau-Levenshtein distance (adjacent transpositions count once).
int edit_distance(std::string_view a, std::string_view b);

// The closest candidate within a distance that scales with the word's length, or nullopt.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string_view>& candidates);

// "a, b or c"
std::string join_alternatives(const std::vector<std::string_view>& words);

}  // namespace iwg
