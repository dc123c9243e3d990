#include "iwg/checks.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

#include "iwg/rules.hpp"
#include "iwg/suggest.hpp"

namespace iwg {
namespace {

std::string quote(std::string_view text) {
    constexpr std::size_t max = 60;
    if (text.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        return "'" + std::string(text.substr(0, cut)) + "...'";
    }
    return "'" + std::string(text) + "'";
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return out;
}

// The number in an id such as "G12" (0 if there is none: ids from the loader always have one).
long id_number(std::string_view id) {
    long number = 0;
    if (id.size() > 1) {
        std::from_chars(id.data() + 1, id.data() + id.size(), number);
    }
    return number;
}

// "G1..G5", "G1..G3, G5 and G7": ids in numeric order, runs of three or more as ranges.
std::string describe_ids(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end(),
              [](const auto& a, const auto& b) { return id_number(a) < id_number(b); });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < ids.size();) {
        std::size_t j = i;
        while (j + 1 < ids.size() && id_number(ids[j + 1]) == id_number(ids[j]) + 1) {
            ++j;
        }
        if (j - i >= 2) {
            parts.push_back(ids[i] + ".." + ids[j]);
        } else {
            for (std::size_t k = i; k <= j; ++k) {
                parts.push_back(ids[k]);
            }
        }
        i = j + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += i + 1 == parts.size() ? " and " : ", ";
        }
        out += parts[i];
    }
    return out;
}

// A likely typo of an id: one digit too many or too few, or two digits swapped. A changed
// digit (G7 for G1) is as likely a different goal, so it earns no suggestion.
std::optional<std::string> likely_id(const std::string& wrong,
                                     const std::vector<std::string>& ids) {
    std::optional<std::string> found;
    for (const auto& id : ids) {
        if (edit_distance(wrong, id) != 1) {
            continue;
        }
        std::string a = wrong;
        std::string b = id;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (wrong.size() != id.size() || a == b) {
            if (found && *found != id) {
                return std::nullopt;  // ambiguous
            }
            found = id;
        }
    }
    return found;
}

class Checker {
  public:
    Checker(const Plan& plan, Diagnostics& diagnostics) : plan_(plan), diagnostics_(diagnostics) {
        // The loader's errors, to keep one mistake from causing findings elsewhere.
        for (const auto& d : diagnostics.items()) {
            if (d.severity == Severity::error) {
                loader_errors_.push_back(d);
            }
        }
    }

    void run() {
        if (plan_.goals.empty() && plan_.actions.empty() && plan_.meetings.empty()) {
            if (loader_errors_.empty()) {
                const std::string file = plan_.files.empty() ? plan_.root : plan_.files.front();
                diagnostics_.add(rules::empty_plan, Location{file, {}, {}},
                                 "the plan has no goals, no actions and no meetings",
                                 "add the plan's goals, actions and meetings");
            }
            return;
        }
        check_duplicates();
        check_references();
        check_coverage();
        check_dates();
        check_months();
    }

  private:
    // An error the loader reported at or after `start`, before `next` (same file).
    bool has_error_between(const Location& start, const std::optional<Location>& next) const {
        return std::any_of(loader_errors_.begin(), loader_errors_.end(), [&](const Diagnostic& d) {
            return d.location.file == start.file && d.location.start >= start.start &&
                   (!next || d.location.file != next->file || d.location.start < next->start);
        });
    }

    // The loader reported an error inside this list item (between it and the next item).
    template <class Item>
    bool item_has_errors(const std::vector<Item>& items, std::size_t i) const {
        std::optional<Location> next;
        if (i + 1 < items.size()) {
            next = items[i + 1].location;
        }
        return has_error_between(items[i].location, next);
    }

    // A list may lack items when a file failed to read or parse, when a section was dropped as
    // a duplicate, or when a file that holds such items has errors: references to it are then
    // not checked.
    template <class Item>
    bool complete(const std::vector<Item>& items) const {
        std::set<std::string> files;
        for (const auto& item : items) {
            files.insert(item.location.file);
        }
        return std::none_of(loader_errors_.begin(), loader_errors_.end(), [&](const Diagnostic& d) {
            return items.empty() || d.rule.starts_with("E0") ||
                   d.rule == rules::duplicate_section || files.count(d.location.file) > 0;
        });
    }

    template <class Item>
    void check_unique(const std::vector<Item>& items, std::string_view what) {
        std::map<std::string, const Item*> first;
        for (const auto& item : items) {
            if (item.id.value.empty()) {
                continue;  // its id did not decode: already reported
            }
            const auto [it, inserted] = first.emplace(item.id.value, &item);
            if (!inserted) {
                Diagnostic& d = diagnostics_.add(
                    rules::duplicate_id, item.id.location,
                    "duplicate " + std::string(what) + " id '" + item.id.value + "'",
                    "give this " + std::string(what) + " an id of its own");
                d.related = it->second->id.location;
                d.related_message = "first defined";
            }
        }
    }

    void check_duplicates() {
        check_unique(plan_.goals, "goal");
        check_unique(plan_.actions, "action");
    }

    template <class Item>
    static std::vector<std::string> ids_of(const std::vector<Item>& items) {
        std::vector<std::string> ids;
        for (const auto& item : items) {
            if (!item.id.value.empty()) {
                ids.push_back(item.id.value);
            }
        }
        return ids;
    }

    void check_reference(const Located<std::string>& ref, const std::vector<std::string>& ids,
                         std::string_view rule, std::string_view what, std::string_view plural) {
        if (std::find(ids.begin(), ids.end(), ref.value) != ids.end()) {
            return;
        }
        std::string known;
        if (ids.empty()) {
            known = "the plan has no " + std::string(plural);
        } else if (ids.size() == 1) {
            known = "the only " + std::string(what) + " is " + ids.front();
        } else {
            known = std::string(plural) + " are " + describe_ids(ids);
        }
        std::string hint;
        if (auto match = likely_id(ref.value, ids)) {
            hint = "did you mean '" + *match + "'?";
        }
        diagnostics_.add(rule, ref.location,
                         "unknown " + std::string(what) + " '" + ref.value + "' (" + known + ")",
                         hint);
    }

    void check_references() {
        const std::vector<std::string> goal_ids = ids_of(plan_.goals);
        const std::vector<std::string> action_ids = ids_of(plan_.actions);
        if (complete(plan_.goals)) {
            for (const auto& action : plan_.actions) {
                for (const auto& ref : action.goals) {
                    check_reference(ref, goal_ids, rules::unknown_goal, "goal", "goals");
                }
            }
            for (const auto& meeting : plan_.meetings) {
                for (const auto& ref : meeting.goals) {
                    check_reference(ref, goal_ids, rules::unknown_goal, "goal", "goals");
                }
            }
        }
        if (complete(plan_.actions)) {
            for (const auto& meeting : plan_.meetings) {
                for (const auto& ref : meeting.actions) {
                    check_reference(ref, action_ids, rules::unknown_action, "action", "actions");
                }
            }
        }
    }

    void check_coverage() {
        if (complete(plan_.goals) && complete(plan_.actions)) {
            for (const auto& goal : plan_.goals) {
                if (goal.id.value.empty()) {
                    continue;
                }
                const bool served =
                    std::any_of(plan_.actions.begin(), plan_.actions.end(), [&](const Action& a) {
                        return std::any_of(a.goals.begin(), a.goals.end(), [&](const auto& ref) {
                            return ref.value == goal.id.value;
                        });
                    });
                if (!served) {
                    diagnostics_.add(
                        rules::unserved_goal, goal.id.location,
                        "no action serves goal '" + goal.id.value + "'",
                        "add '" + goal.id.value + "' to the 'goals' of the actions that serve it");
                }
            }
        }
        for (std::size_t i = 0; i < plan_.actions.size(); ++i) {
            const Action& action = plan_.actions[i];
            if (!action.id.value.empty() && action.goals.empty() &&
                !item_has_errors(plan_.actions, i)) {
                diagnostics_.add(rules::action_without_goal, action.id.location,
                                 "action '" + action.id.value + "' serves no goal",
                                 "add 'goals: [...]' with the ids of the goals it serves");
            }
        }
    }

    void check_dates() {
        const int year = plan_.year.value;
        for (std::size_t i = 0; i < plan_.meetings.size(); ++i) {
            const Meeting& meeting = plan_.meetings[i];
            if (!meeting.date) {
                continue;
            }
            const Date& date = meeting.date->value;
            const std::string shown = format_date(date);
            if (year != 0 && date.year != year) {
                diagnostics_.add(
                    rules::date_outside_year, meeting.date->location,
                    "date " + shown + " lies outside the plan's year " + std::to_string(year),
                    "correct the year, or move the row to the " + std::to_string(date.year) +
                        " plan");
            }
            if (meeting.month) {
                if (meeting.month->value != date.month) {
                    Diagnostic& d = diagnostics_.add(
                        rules::date_month_mismatch, meeting.date->location,
                        "date " + shown + " lies in " + std::string(month_name(date.month)) +
                            ", but the row's month is " +
                            std::string(month_name(meeting.month->value)),
                        "make the date and 'month' agree");
                    d.related = meeting.month->location;
                    d.related_message = "the row's month";
                }
            } else if (!item_has_errors(plan_.meetings, i)) {
                diagnostics_.add(rules::date_without_month, meeting.date->location,
                                 "the row has a date (" + shown + ") but no month",
                                 "add 'month: " + lower(month_name(date.month)) + "'");
            }
        }
    }

    static bool counts_as_topic(const Meeting& meeting) {
        return meeting.kind.value != MeetingKind::break_ &&
               meeting.status.value != MeetingStatus::cancelled;
    }

    void check_months() {
        std::map<int, std::vector<const Meeting*>> by_month;
        for (std::size_t i = 0; i < plan_.meetings.size(); ++i) {
            const Meeting& meeting = plan_.meetings[i];
            if (meeting.month) {
                by_month[meeting.month->value].push_back(&meeting);
            } else if (!meeting.date && !item_has_errors(plan_.meetings, i)) {
                diagnostics_.add(
                    rules::unscheduled_row,
                    meeting.topic.value.empty() ? meeting.location : meeting.topic.location,
                    "row " + quote(meeting.topic.value) + " has no month",
                    "add its month once it is known; until then agendas show it "
                    "only with --all");
            }
        }
        for (const auto& [month, rows] : by_month) {
            const std::string name(month_name(month));
            const Meeting* break_row = nullptr;
            std::vector<const Meeting*> topics;
            bool shares = false;
            for (const Meeting* row : rows) {
                if (row->kind.value == MeetingKind::break_ &&
                    row->status.value != MeetingStatus::cancelled && break_row == nullptr) {
                    break_row = row;
                }
                if (counts_as_topic(*row)) {
                    topics.push_back(row);
                    shares = shares || row->shares_month;
                }
            }
            for (const Meeting* row : topics) {
                if (break_row != nullptr && (row->kind.value == MeetingKind::meeting ||
                                             row->kind.value == MeetingKind::event)) {
                    Diagnostic& d = diagnostics_.add(
                        rules::meeting_in_break, row->month->location,
                        std::string(to_string(row->kind.value)) + " " + quote(row->topic.value) +
                            " is planned in " + name + ", which the plan marks as a break",
                        "move it to another month, or set 'status: cancelled'");
                    d.related = break_row->month->location;
                    d.related_message = "the break";
                }
            }
            if (shares || topics.size() < 2) {
                continue;
            }
            for (std::size_t i = 1; i < topics.size(); ++i) {
                Diagnostic& d = diagnostics_.add(
                    rules::shared_month, topics[i]->month->location,
                    name + " already has a topic: " + quote(topics.front()->topic.value),
                    "if both are intended, set 'shares_month: true' on a row of " + name +
                        "; else move one");
                d.related = topics.front()->month->location;
                d.related_message = "the month's first topic";
            }
        }
    }

    const Plan& plan_;
    Diagnostics& diagnostics_;
    std::vector<Diagnostic> loader_errors_;
};

}  // namespace

void check_plan(const Plan& plan, Diagnostics& diagnostics) {
    Checker(plan, diagnostics).run();
}

}  // namespace iwg
