#include "iwg/plan/plan.hpp"

#include <algorithm>
#include <unordered_set>

namespace iwg {

const std::vector<std::string_view>& day_ordinal_words() {
    static const std::vector<std::string_view> words{"first", "second", "third", "fourth", "last"};
    return words;
}

std::string to_string(const MonthlyDay& day) {
    const std::size_t ordinal = day.ordinal < 0 ? 4 : static_cast<std::size_t>(day.ordinal - 1);
    return std::string(day_ordinal_words()[ordinal]) + ' ' +
           std::string(weekday_words()[static_cast<std::size_t>(day.weekday)]);
}

Date date_in_month(const MonthlyDay& day, YearMonth month) {
    if (day.ordinal < 0) {
        const Date last{month.year, month.month, days_in_month(month.year, month.month)};
        const int back = (weekday_of(last) - day.weekday + 7) % 7;
        return Date{month.year, month.month, last.day - back};
    }
    const int first_weekday = weekday_of(Date{month.year, month.month, 1});
    const int first = 1 + (day.weekday - first_weekday + 7) % 7;
    return Date{month.year, month.month, first + 7 * (day.ordinal - 1)};
}

Location Plan::locate(const Span& span) const {
    if (!span.known() || span.file >= sources.size()) {
        return {};
    }
    return sources[span.file]->locate(span);
}

std::size_t source_bytes(const Plan& plan) {
    std::size_t bytes = 0;
    for (const auto& source : plan.sources) {
        bytes += source ? source->text().size() : 0;
    }
    return bytes;
}

std::vector<std::string> distinct_ids(const std::vector<Located<std::string>>& ids) {
    std::vector<std::string> out;
    std::unordered_set<std::string_view> seen;
    for (const auto& id : ids) {
        if (seen.insert(id.value).second) {
            out.push_back(id.value);
        }
    }
    return out;
}

std::vector<std::string_view> paragraphs(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = std::string_view::npos;  // the current paragraph's first byte
    std::size_t end = 0;                         // one past its last non-blank line
    std::size_t line = 0;
    while (line < text.size()) {
        std::size_t next = text.find('\n', line);
        next = next == std::string_view::npos ? text.size() : next + 1;
        const std::string_view content = text.substr(line, next - line);
        if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            if (start != std::string_view::npos) {
                out.push_back(text.substr(start, end - start));
                start = std::string_view::npos;
            }
        } else {
            if (start == std::string_view::npos) {
                start = line;
            }
            end = next;
            while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) {
                --end;
            }
        }
        line = next;
    }
    if (start != std::string_view::npos) {
        out.push_back(text.substr(start, end - start));
    }
    return out;
}

std::unordered_map<std::string, std::vector<const Action*>> actions_by_goal(const Plan& plan) {
    std::unordered_map<std::string, std::vector<const Action*>> serving;
    for (const auto& action : plan.actions) {
        for (const auto& goal : action.goals) {
            auto& actions = serving[goal.value];
            if (actions.empty() || actions.back() != &action) {  // a goal listed twice
                actions.push_back(&action);
            }
        }
    }
    return serving;
}

}  // namespace iwg
