#include "iwg/plan/checks.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"
#include "iwg/plan/allow.hpp"
#include "iwg/plan/when.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

// The number in an id such as "G12" (0 if there is none: ids from the loader always have one).
long id_number(std::string_view id) {
    long number = 0;
    if (id.size() > 1) {
        std::from_chars(id.data() + 1, id.data() + id.size(), number);
    }
    return number;
}

// "G1..G5", "G1..G3, G5 and G7": ids in numeric order, runs of three or more as ranges. A long
// list is cut to its first parts and its last, with the count: "G1, G3, G5, … G7999 (4000
// goals)", so that a message stays one readable line however large the plan.
std::string describe_ids(const std::vector<std::string>& ids, std::string_view plural) {
    std::vector<std::pair<long, const std::string*>> sorted;
    sorted.reserve(ids.size());
    for (const auto& id : ids) {
        sorted.emplace_back(id_number(id), &id);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end(),
                             [](const auto& a, const auto& b) { return *a.second == *b.second; }),
                 sorted.end());
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1].first == sorted[j].first + 1) {
            ++j;
        }
        if (j - i >= 2) {
            parts.push_back(fmt::format("{}..{}", *sorted[i].second, *sorted[j].second));
        } else {
            for (std::size_t k = i; k <= j; ++k) {
                parts.push_back(*sorted[k].second);
            }
        }
        i = j + 1;
    }
    constexpr std::size_t max_parts = 6;
    if (parts.size() > max_parts) {
        return fmt::format("{}, {}, {}, … {} ({} {})", parts[0], parts[1], parts[2], parts.back(),
                           sorted.size(), plural);
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

// The ids of one list, for references to it: a set to look them up, and the "(goals are …)"
// text every unknown reference shows, built once.
class IdCatalogue {
  public:
    IdCatalogue(std::vector<std::string> ids, std::string_view what, std::string_view plural) {
        for (const auto& id : ids) {
            by_lower_case_.emplace(lower_ascii(id), id);
            for (char c : id) {
                alphabet_.insert(lower_ascii(c));
            }
        }
        if (ids.empty()) {
            known_ = fmt::format("the plan has no {}", plural);
        } else if (ids.size() == 1) {
            known_ = fmt::format("the only {} is {}", what, ids.front());
        } else {
            known_ = fmt::format("{} are {}", plural, describe_ids(ids, plural));
        }
        ids_.insert(std::make_move_iterator(ids.begin()), std::make_move_iterator(ids.end()));
    }

    bool contains(const std::string& id) const { return ids_.count(id) > 0; }
    const std::string& known() const { return known_; }

    // A likely typo of an id: one character too many or too few, or two neighbours swapped
    // (ignoring case, as edit_distance does). A changed digit (G7 for G1) is as likely a
    // different goal, so it earns no suggestion. Generates the few candidate edits and looks
    // them up, instead of comparing with every id.
    std::optional<std::string> likely_id(const std::string& wrong) const {
        constexpr std::size_t max_length = 256;  // edit_distance's cap for hostile input
        if (wrong.empty() || wrong.size() > max_length) {
            return std::nullopt;
        }
        std::optional<std::string> found;
        bool ambiguous = false;
        auto consider = [&](const std::string& id) {
            if (found && *found != id) {
                ambiguous = true;
            }
            found = id;
        };
        const std::string lower = lower_ascii(wrong);
        for (std::size_t i = 0; i < lower.size(); ++i) {  // one character too many
            std::string candidate = lower;
            candidate.erase(i, 1);
            if (auto it = by_lower_case_.find(candidate); it != by_lower_case_.end()) {
                consider(it->second);
            }
        }
        if (lower.size() < max_length) {
            for (std::size_t i = 0; i <= lower.size(); ++i) {  // one character too few
                for (char c : alphabet_) {
                    std::string candidate = lower;
                    candidate.insert(i, 1, c);
                    if (auto it = by_lower_case_.find(candidate); it != by_lower_case_.end()) {
                        consider(it->second);
                    }
                }
            }
        }
        for (std::size_t i = 0; i + 1 < wrong.size(); ++i) {  // two neighbours swapped
            if (lower[i] == lower[i + 1]) {
                continue;  // swapping them changes nothing, or only case
            }
            std::string candidate = wrong;
            std::swap(candidate[i], candidate[i + 1]);
            if (ids_.count(candidate) > 0) {
                consider(candidate);
            }
        }
        return ambiguous ? std::nullopt : found;
    }

  private:
    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, std::string> by_lower_case_;
    std::set<char> alphabet_;  // the characters ids are made of, in lower case
    std::string known_;
};

class Checker {
  public:
    Checker(const Plan& plan, Diagnostics& diagnostics)
        : plan_(plan),
          diagnostics_(diagnostics),
          loader_reported_errors_(diagnostics.error_count() > 0) {}

    void run() {
        if (plan_.goals.empty() && plan_.actions.empty() && plan_.meetings.empty()) {
            if (!loader_reported_errors_) {
                const std::string file = plan_.files.empty() ? plan_.root : plan_.files.front();
                diagnostics_.add(rules::empty_plan, Location{file, {}, {}},
                                 "the plan has no goals, no actions and no meetings",
                                 "add the plan's goals, actions and meetings");
            }
            return;
        }
        check_duplicates();
        check_references();
        check_repeated_references();
        check_coverage();
        check_dates();
        check_local_times();
        check_months();
        check_document_layout();
        check_repeated_defaults();
    }

  private:
    // The loader records what it lost (Plan::incomplete_sections, Plan::all_files_read, each
    // item's `partial`): a list that may lack items is not checked for references into it, and
    // an item the loader reported a problem in is not blamed for a field it may have lost.
    bool complete(std::string_view section) const {
        return plan_.all_files_read && plan_.incomplete_sections.count(std::string(section)) == 0;
    }

    template <class Item>
    void check_unique(const std::vector<Item>& items, std::string_view what) {
        std::unordered_map<std::string, const Item*> first;
        for (const auto& item : items) {
            if (item.id.value.empty()) {
                continue;  // its id did not decode: already reported
            }
            const auto [it, inserted] = first.emplace(item.id.value, &item);
            if (!inserted) {
                Diagnostic& d =
                    diagnostics_.add(rules::duplicate_id, plan_.locate(item.id.location),
                                     fmt::format("duplicate {} id '{}'", what, item.id.value),
                                     fmt::format("give this {} an id of its own", what));
                d.related = plan_.locate(it->second->id.location);
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

    void check_reference(const Located<std::string>& ref, const IdCatalogue& ids, const Rule& rule,
                         std::string_view what) {
        if (ids.contains(ref.value)) {
            return;
        }
        std::string hint;
        if (auto match = ids.likely_id(ref.value)) {
            hint = fmt::format("did you mean '{}'?", *match);
            likely_meant_.insert(*match);  // "G55" for G5: G5 is not also "unserved"
        }
        diagnostics_.add(
            rule, plan_.locate(ref.location),
            [&] { return fmt::format("unknown {} '{}' ({})", what, ref.value, ids.known()); },
            hint);
    }

    void check_references() {
        if (complete("goals")) {
            const IdCatalogue goal_ids(ids_of(plan_.goals), "goal", "goals");
            for (const auto& action : plan_.actions) {
                for (const auto& ref : action.goals) {
                    check_reference(ref, goal_ids, rules::unknown_goal, "goal");
                }
            }
            for (const auto& meeting : plan_.meetings) {
                for (const auto& ref : meeting.goals) {
                    check_reference(ref, goal_ids, rules::unknown_goal, "goal");
                }
            }
        }
        if (complete("actions")) {
            const IdCatalogue action_ids(ids_of(plan_.actions), "action", "actions");
            for (const auto& meeting : plan_.meetings) {
                for (const auto& ref : meeting.actions) {
                    check_reference(ref, action_ids, rules::unknown_action, "action");
                }
            }
        }
    }

    // W205: a list that names one id twice (a copy-paste slip; reports name it once).
    void check_repeated_references(const std::vector<Located<std::string>>& refs,
                                   std::string_view what) {
        std::unordered_map<std::string_view, const Span*> first;
        for (const auto& ref : refs) {
            const auto [it, inserted] = first.try_emplace(ref.value, &ref.location);
            if (!inserted) {
                // A list may name one id thousands of times: the message is made only for the
                // findings that are listed, the rest are counted.
                Diagnostic& d = diagnostics_.add(
                    rules::duplicate_reference, plan_.locate(ref.location),
                    [&] {
                        return fmt::format("{} '{}' is named twice in this list", what, ref.value);
                    },
                    "remove the second mention");
                d.related = plan_.locate(*it->second);
                d.related_message = "first named";
            }
        }
    }

    void check_repeated_references() {
        for (const auto& action : plan_.actions) {
            check_repeated_references(action.goals, "goal");
        }
        for (const auto& meeting : plan_.meetings) {
            check_repeated_references(meeting.goals, "goal");
            check_repeated_references(meeting.actions, "action");
        }
    }

    void check_coverage() {
        const bool goal_lists_whole =
            std::none_of(plan_.actions.begin(), plan_.actions.end(),
                         [](const Action& action) { return action.goals_incomplete; });
        if (complete("goals") && complete("actions") && goal_lists_whole) {
            std::unordered_set<std::string_view> served;
            for (const auto& action : plan_.actions) {
                for (const auto& ref : action.goals) {
                    served.insert(ref.value);
                }
            }
            for (const auto& goal : plan_.goals) {
                if (!goal.id.value.empty() && served.count(goal.id.value) == 0 &&
                    likely_meant_.count(goal.id.value) == 0) {
                    diagnostics_.add(
                        rules::unserved_goal, plan_.locate(goal.id.location),
                        fmt::format("no action serves goal '{}'", goal.id.value),
                        fmt::format("add '{}' to the 'goals' of the actions that serve it",
                                    goal.id.value));
                }
            }
        }
        for (const Action& action : plan_.actions) {
            if (!action.id.value.empty() && action.goals.empty() && !action.partial) {
                diagnostics_.add(rules::action_without_goal, plan_.locate(action.id.location),
                                 fmt::format("action '{}' serves no goal", action.id.value),
                                 "add 'goals: [...]' with the ids of the goals it serves");
            }
        }
    }

    void check_dates() {
        const int year = plan_.year.value;
        for (const Meeting& meeting : plan_.meetings) {
            if (!meeting.date) {
                continue;
            }
            const Date& date = meeting.date->value;
            const std::string shown = format_date(date);
            if (year != 0 && date.year != year) {
                diagnostics_.add(
                    rules::date_outside_year, plan_.locate(meeting.date->location),
                    fmt::format("date {} lies outside the plan's year {}", shown, year),
                    fmt::format("correct the year, or move the row to the {} plan", date.year));
            }
            if (meeting.month) {
                if (meeting.month->value != date.month) {
                    Diagnostic& d = diagnostics_.add(
                        rules::date_month_mismatch, plan_.locate(meeting.date->location),
                        fmt::format("date {} lies in {}, but the row's month is {}", shown,
                                    month_name(date.month), month_name(meeting.month->value)),
                        "make the date and 'month' agree");
                    d.related = plan_.locate(meeting.month->location);
                    d.related_message = "the row's month";
                }
            } else if (!meeting.partial) {
                diagnostics_.add(
                    rules::date_without_month, plan_.locate(meeting.date->location),
                    fmt::format("the row has a date ({}) but no month", shown),
                    fmt::format("add 'month: {}'", lower_ascii(month_name(date.month))));
            }
        }
    }

    // A local time the clocks skip (E209) or pass twice (W206) on the meeting's date, in its
    // zone. Rows that take their time from the schedule share its position: one finding per
    // position and date.
    void check_local_times() {
        std::set<std::tuple<std::uint32_t, std::uint32_t, long>> reported;  // file, offset, day
        for (const Meeting& meeting : plan_.meetings) {
            const MeetingWhen when = when_of(plan_, meeting);
            if (!when.local_time_kind || *when.local_time_kind == ZonedInstant::Kind::unique) {
                continue;
            }
            const Span location = time_location(plan_, meeting);
            if (!reported.emplace(location.file, location.offset, days_from_civil(*when.date))
                     .second) {
                continue;
            }
            const auto zone = TimeZone::find(*when.timezone);
            const ZonedInstant instant = zone->resolve(*when.date, *when.time);
            const int shift = instant.other_offset_minutes - instant.offset_minutes;
            const int magnitude = std::abs(shift);
            const std::string shift_text = magnitude == 60 ? std::string("an hour")
                                           : magnitude % 60 == 0
                                               ? fmt::format("{} hours", magnitude / 60)
                                               : fmt::format("{} minutes", magnitude);
            const std::string when_text =
                fmt::format("{} {} on {} {}", format_time(*when.time), *when.timezone,
                            weekday_name(*when.date), format_date(*when.date));
            const std::string offsets =
                fmt::format("from {} to {}", format_utc_offset(instant.offset_minutes),
                            format_utc_offset(instant.other_offset_minutes));
            const bool own_time = meeting.time.has_value();
            const std::string whose = own_time ? std::string()
                                               : fmt::format(" (the schedule's time for {})",
                                                             month_name(meeting.month->value));
            if (*when.local_time_kind == ZonedInstant::Kind::nonexistent) {
                diagnostics_.add(
                    rules::nonexistent_time, plan_.locate(location),
                    fmt::format("{}{} does not exist: the clocks jump forward {} then ({})",
                                when_text, whose, shift_text, offsets),
                    own_time ? "move the meeting out of the gap, or give its time in UTC"
                             : "give this month's row its own 'time', or move the schedule's "
                               "time out of the gap");
            } else {
                diagnostics_.add(
                    rules::ambiguous_time, plan_.locate(location),
                    fmt::format("{}{} happens twice: the clocks go back {} then ({}); iwg takes "
                                "the first",
                                when_text, whose, shift_text, offsets),
                    own_time ? "move the meeting out of the repeated hour, or give its time "
                               "in UTC"
                             : "give this month's row its own 'time', or move the schedule's "
                               "time");
            }
        }
    }

    static bool counts_as_topic(const Meeting& meeting) {
        return meeting.kind.value != MeetingKind::break_ &&
               meeting.status.value != MeetingStatus::cancelled;
    }

    void check_months() {
        std::map<int, std::vector<const Meeting*>> by_month;
        for (const Meeting& meeting : plan_.meetings) {
            if (meeting.month) {
                by_month[meeting.month->value].push_back(&meeting);
            } else if (!meeting.date && !meeting.partial) {
                diagnostics_.add(
                    rules::unscheduled_row,
                    plan_.locate(meeting.topic.value.empty() ? meeting.location
                                                             : meeting.topic.location),
                    fmt::format("row {} has no month", quote_for_message(meeting.topic.value)),
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
                        rules::meeting_in_break, plan_.locate(row->month->location),
                        fmt::format("{} {} is planned in {}, which the plan marks as a break",
                                    to_string(row->kind.value), quote_for_message(row->topic.value),
                                    name),
                        "move it to another month, or set 'status: cancelled'");
                    d.related = plan_.locate(break_row->month->location);
                    d.related_message = "the break";
                }
            }
            if (shares || topics.size() < 2) {
                continue;
            }
            for (std::size_t i = 1; i < topics.size(); ++i) {
                Diagnostic& d = diagnostics_.add(
                    rules::shared_month, plan_.locate(topics[i]->month->location),
                    fmt::format("{} already has a topic: {}", name,
                                quote_for_message(topics.front()->topic.value)),
                    fmt::format("if both are intended, set 'shares_month: true' on a row of {}; "
                                "else move one",
                                name));
                d.related = plan_.locate(topics.front()->month->location);
                d.related_message = "the month's first topic";
            }
        }
    }

    void check_document_layout() {
        const auto& after = plan_.document.focus_areas_after;
        if (!after || !complete("introduction") || !complete("focus_areas")) {
            return;
        }
        const std::size_t count = paragraphs(plan_.introduction).size();
        if (plan_.focus_areas.empty()) {
            diagnostics_.add(rules::focus_areas_position, plan_.locate(after->location),
                             "'focus_areas_after' is set, but the plan has no 'focus_areas'",
                             "add the focus areas, or remove 'focus_areas_after'");
        } else if (static_cast<std::size_t>(after->value) > count) {
            diagnostics_.add(
                rules::focus_areas_position, plan_.locate(after->location),
                fmt::format("'focus_areas_after' is {}, but the introduction has {} paragraph{}",
                            after->value, count, count == 1 ? "" : "s"),
                count == 0 ? std::string("add the introduction, or remove 'focus_areas_after'")
                           : fmt::format("write a number from 1 to {}", count));
        }
    }

    // E211: the plan's link and location, times the rows that show them for want of their own.
    void check_repeated_defaults() {
        const std::string& location = plan_.join.location;
        const std::string_view link =
            plan_.join.link ? std::string_view(plan_.join.link->value) : std::string_view();
        if (location.empty() && link.empty()) {
            return;
        }
        std::size_t link_rows = 0;
        std::size_t location_rows = 0;
        for (const Meeting& meeting : plan_.meetings) {
            if (meeting.kind.value == MeetingKind::break_) {
                continue;  // a break shows no place to join
            }
            link_rows += meeting.join.link ? 0U : 1U;
            location_rows += meeting.join.location.empty() ? 1U : 0U;
        }
        const std::size_t link_cost = repeated_cost(link) * link_rows;
        const std::size_t location_cost = repeated_cost(location) * location_rows;
        const std::size_t plan_bytes = source_bytes(plan_);
        const std::size_t allowed =
            repeated_defaults_per_plan_byte * plan_bytes + repeated_defaults_allowance;
        if (link_cost + location_cost <= allowed) {
            return;
        }
        const bool link_is_larger = link_cost >= location_cost;
        const auto part = [](std::string_view field, std::size_t length, std::size_t rows) {
            return fmt::format("'{}' ({} bytes, repeated in {} row{})", field, length, rows,
                               rows == 1 ? "" : "s");
        };
        std::string repeated;
        if (link_cost > 0) {
            repeated = part("link", link.size(), link_rows);
        }
        if (location_cost > 0) {
            repeated += (repeated.empty() ? "" : " and ") +
                        part("location", location.size(), location_rows);
        }
        diagnostics_.add(
            rules::repeated_default_too_long,
            plan_.locate(link_is_larger ? plan_.join.link->location : plan_.join.location_at),
            fmt::format("the plan's {} come{} to {} bytes as the widest format writes {}, more "
                        "than this plan allows: {} (three times its {} bytes, plus 24 KiB)",
                        repeated, link_cost > 0 && location_cost > 0 ? "" : "s",
                        link_cost + location_cost,
                        link_cost > 0 && location_cost > 0 ? "them" : "it", allowed, plan_bytes),
            "shorten the plan's value, or give those rows their own 'link' and 'location'");
    }

    const Plan& plan_;
    Diagnostics& diagnostics_;
    const bool loader_reported_errors_;   // then an empty plan may have lost its lists
    std::set<std::string> likely_meant_;  // ids that unknown references probably meant
};

}  // namespace

std::size_t repeated_cost(std::string_view text) {
    std::size_t cost = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) {
            cost += 7;
        } else if (c == '\n' || c == '\t' || c == '\r') {
            cost += 16;
        } else if (std::string_view("&<>\"'").find(c) != std::string_view::npos) {
            cost += 6;
        } else if (is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   c == ' ') {
            cost += 1;
        } else {
            cost += 2;
        }
    }
    return cost;
}

void check_plan(const Plan& plan, Diagnostics& diagnostics) {
    Checker(plan, diagnostics).run();
}

void check_loaded_plan(LoadResult& result) {
    if (!result.diagnostics.has_input_error()) {
        // The loader's errors may keep checks quiet, and with them the findings allows accept.
        const bool loaded_cleanly = result.diagnostics.error_count() == 0;
        std::vector<const SourceFile*> sources;
        for (const auto& source : result.sources()) {
            sources.push_back(source.get());
        }
        Diagnostics allow_findings;
        AllowComments allows(sources, allow_findings);
        // Accepted as they are made, since which findings the cap keeps depends on it.
        result.diagnostics.accept_with(&allows);
        check_plan(result.plan, result.diagnostics);
        result.diagnostics.accept_with(nullptr);
        if (loaded_cleanly) {
            allows.report_unused(allow_findings);
        }
        result.waiting_allows = allows.waiting();
        result.diagnostics.append(allow_findings);
    }
}

}  // namespace iwg
