// The plan model (format version 1): what the YAML files mean, with where each value came from.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iwg/input/source.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg {

template <class T>
struct Located {
    T value{};
    Location location;
};

enum class MeetingKind { meeting, break_, survey, event };
enum class MeetingStatus { planned, confirmed, held, cancelled };
enum class ActionStatus { planned, in_progress, done, dropped };

std::string_view to_string(MeetingKind kind);      // "meeting", "break", …
std::string_view to_string(MeetingStatus status);  // "planned", …
std::string_view to_string(ActionStatus status);   // "planned", "in-progress", …
std::optional<MeetingKind> meeting_kind_from(std::string_view text);
std::optional<MeetingStatus> meeting_status_from(std::string_view text);
std::optional<ActionStatus> action_status_from(std::string_view text);

struct Goal {
    Located<std::string> id;  // "G1"
    Located<std::string> text;
    std::string notes;
    Location location;     // the goal's mapping
    bool partial = false;  // the loader reported a problem inside it: a field may be missing
};

struct Action {
    Located<std::string> id;  // "A1"
    Located<std::string> text;
    std::vector<Located<std::string>> goals;  // ids of the goals it serves
    Located<ActionStatus> status{ActionStatus::planned, {}};
    std::string notes;
    Location location;
    bool partial = false;  // the loader reported a problem inside it: a field may be missing
    // `goals` may lack ids: a goal id did not decode, the list had the wrong type, the action
    // lost a duplicate key, or an unknown key looked like 'goals'.
    bool goals_incomplete = false;
};

struct Meeting {
    std::optional<Located<int>> month;  // 1..12; absent = unscheduled
    Located<std::string> topic;
    std::string alternative;  // an alternative topic, if the plan names one
    Located<MeetingKind> kind{MeetingKind::meeting, {}};
    Located<MeetingStatus> status{MeetingStatus::planned, {}};
    std::optional<Located<Date>> date;
    std::optional<Located<TimeOfDay>> time;
    std::optional<Located<int>> duration_minutes;
    std::optional<Located<std::string>> timezone;  // "UTC" or an offset such as "+02:00"
    std::vector<std::string> speakers;
    std::vector<Located<std::string>> goals;
    std::vector<Located<std::string>> actions;
    std::string notes;
    bool shares_month = false;  // the plan intends another topic in the same month
    Location location;
    std::size_t index = 0;  // position among the plan's meeting rows, 0-based
    bool partial = false;   // the loader reported a problem inside it: a field may be missing
};

struct Plan {
    int format = 1;
    Located<std::string> group;
    Located<std::string> title;
    Located<int> year;
    std::string introduction;
    std::vector<std::string> focus_areas;
    std::vector<Goal> goals;
    std::vector<Action> actions;
    std::vector<Meeting> meetings;
    std::vector<std::string> files;  // the files it was read from, in load order
    // What the loader lost, so that the checks report no knock-on findings. A list section
    // ("goals", "actions", "meetings") is incomplete when an item may be missing: the section
    // was given twice (the second copy is not read), had the wrong type or was misspelt, or an
    // item was dropped, lost a duplicate key or has no id. References into an incomplete list
    // are not checked.
    std::set<std::string> incomplete_sections;
    bool all_files_read = true;  // false: a file could not be read or parsed; lists may lack items
    std::string root;            // the path the plan was loaded from

    // The first goal (action) with this id, or nullptr. Constant time: an index is built on
    // the first lookup and rebuilt when the list has grown, shrunk or moved (a copy builds its
    // own), and a hit is checked against the item. Change an id in place only before the first
    // lookup, or call reindex() after.
    const Goal* find_goal(std::string_view id) const;
    const Action* find_action(std::string_view id) const;
    void reindex() const;

    // Where each id first occurs in a list; shared (read-only) between copies of a plan.
    struct IdIndex {
        const void* data = nullptr;
        std::size_t size = 0;
        std::unordered_map<std::string, std::size_t> positions;
    };
    mutable std::shared_ptr<const IdIndex> goal_index;
    mutable std::shared_ptr<const IdIndex> action_index;
};

// The actions that serve each goal id, in plan order, each action once per goal.
std::unordered_map<std::string, std::vector<const Action*>> actions_by_goal(const Plan& plan);

}  // namespace iwg
