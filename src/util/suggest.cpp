#include "iwg/util/suggest.hpp"

#include <algorithm>

#include "iwg/util/text_util.hpp"

namespace iwg {

int edit_distance(std::string_view a, std::string_view b) {
    // Plan words are short; a long word is no typo of one, and hostile input stays cheap.
    constexpr std::size_t max_length = 64;
    if (a.size() > max_length || b.size() > max_length) {
        return 1 << 20;
    }
    const auto lower = [](char c) { return lower_ascii(c); };
    const std::size_t m = b.size();
    // Three rows of the Damerau-Levenshtein table: the one before last is for transpositions.
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1])) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string_view>& candidates) {
    // One edit for short words, two or a third of the length for longer ones.
    const int limit = word.size() <= 3 ? 1 : std::max(2, static_cast<int>(word.size()) / 3);
    std::optional<std::string> best;
    int best_distance = limit + 1;
    for (const auto candidate : candidates) {
        const auto gap = word.size() > candidate.size() ? word.size() - candidate.size()
                                                        : candidate.size() - word.size();
        if (gap > static_cast<std::size_t>(limit)) {
            continue;  // the distance is at least the difference in length
        }
        const int distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = std::string(candidate);
        }
    }
    return best;
}

std::string join_alternatives(const std::vector<std::string_view>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            out += i + 1 == words.size() ? " or " : ", ";
        }
        out += words[i];
    }
    return out;
}

}  // namespace iwg
