#include "iwg/suggest.hpp"

#include <algorithm>
#include <cctype>

namespace iwg {

int edit_distance(std::string_view a, std::string_view b) {
    // Plan words are short; cap the work for hostile input.
    if (a.size() > 256 || b.size() > 256) {
        return 1 << 20;
    }
    auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i) {
        d[i][0] = static_cast<int>(i);
    }
    for (std::size_t j = 0; j <= m; ++j) {
        d[0][j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1])) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string_view>& candidates) {
    // One edit for short words, two or a third of the length for longer ones.
    const int limit = word.size() <= 3 ? 1 : std::max(2, static_cast<int>(word.size()) / 3);
    std::optional<std::string> best;
    int best_distance = limit + 1;
    for (const auto candidate : candidates) {
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
