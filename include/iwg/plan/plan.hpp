// The plan model (format version 1): what the YAML files mean, with where each value came from.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iwg/input/source.hpp"
#include "iwg/util/calendar.hpp"
#include "iwg/util/enum_words.hpp"

namespace iwg {

template <class T>
struct Located {
    T value{};
    Span location;  // Plan::locate gives its file, line and column
};

enum class MeetingKind { meeting, break_, survey, event };
enum class MeetingStatus { planned, confirmed, held, cancelled };
enum class ActionStatus { planned, in_progress, done, dropped };

constexpr std::array<EnumWord<MeetingKind>, 4> words_of(MeetingKind) {
    return {{
        {MeetingKind::meeting, "meeting"},
        {MeetingKind::break_, "break"},
        {MeetingKind::survey, "survey"},
        {MeetingKind::event, "event"},
    }};
}

constexpr std::array<EnumWord<MeetingStatus>, 4> words_of(MeetingStatus) {
    return {{
        {MeetingStatus::planned, "planned"},
        {MeetingStatus::confirmed, "confirmed"},
        {MeetingStatus::held, "held"},
        {MeetingStatus::cancelled, "cancelled"},
    }};
}

constexpr std::array<EnumWord<ActionStatus>, 4> words_of(ActionStatus) {
    return {{
        {ActionStatus::planned, "planned"},
        {ActionStatus::in_progress, "in-progress"},
        {ActionStatus::done, "done"},
        {ActionStatus::dropped, "dropped"},
    }};
}

struct Goal {
    Located<std::string> id;  // "G1"
    Located<std::string> text;
    std::string notes;
    Span location;         // the goal's mapping
    bool partial = false;  // the loader reported a problem inside it: a field may be missing
};

struct Action {
    Located<std::string> id;  // "A1"
    Located<std::string> text;
    std::vector<Located<std::string>> goals;  // ids of the goals it serves
    Located<ActionStatus> status{ActionStatus::planned, {}};
    std::string notes;
    Span location;
    bool partial = false;  // the loader reported a problem inside it: a field may be missing
    // `goals` may lack ids: a goal id did not decode, the list had the wrong type, the action
    // lost a duplicate key, or an unknown key looked like 'goals'.
    bool goals_incomplete = false;
};

// Where to join: a call's address and a place, on a meeting or as the plan's default.
struct JoinInfo {
    std::optional<Located<std::string>> link;  // an https: URL without user or password
    std::string location;                      // free text: a room, an address
    Span location_at;                          // where `location` is written
};

// "last tuesday": which weekday of the month a group meets on.
struct MonthlyDay {
    int ordinal = 1;  // 1..4 (first … fourth); -1: last
    int weekday = 0;  // 0 = Monday … 6 = Sunday
};
// "first" … "fourth", "last": the words of MonthlyDay::ordinal 1..4 and -1, in that order.
const std::vector<std::string_view>& day_ordinal_words();
// "last tuesday", as plan files write it.
std::string to_string(const MonthlyDay& day);
// The date of the rule's day in a month.
Date date_in_month(const MonthlyDay& day, YearMonth month);

// The group's cadence (plan-level 'schedule'): meetings and events without their own date
// fall on `day`, at `time`.
struct Schedule {
    Located<MonthlyDay> day;
    std::optional<Located<TimeOfDay>> time;
    std::optional<Located<std::string>> timezone;
    std::optional<Located<int>> duration_minutes;
    Span location;
};

// A meeting row.
struct Meeting {
    std::optional<Located<int>> month;  // 1..12; absent = unscheduled
    Span location;
    Located<std::string> topic;
    std::string alternative;  // an alternative topic, if the plan names one
    Located<MeetingKind> kind{MeetingKind::meeting, {}};
    Located<MeetingStatus> status{MeetingStatus::planned, {}};
    std::optional<Located<Date>> date;
    std::optional<Located<TimeOfDay>> time;
    std::optional<Located<int>> duration_minutes;
    // "UTC", an offset such as "+02:00", or an IANA name: TimeZone::find accepts it.
    std::optional<Located<std::string>> timezone;
    JoinInfo join;
    std::vector<std::string> speakers;
    std::vector<Located<std::string>> goals;    // ids of the goals it serves
    std::vector<Located<std::string>> actions;  // ids of the actions the meeting works on
    std::string notes;
    std::uint32_t index = 0;    // position among the plan's meeting rows, 0-based
    bool shares_month = false;  // the plan intends another topic in the same month
    bool partial = false;       // the loader reported a problem inside it: a field may be missing
};

// The parts of a plan that its maintainers added to the source document (plan-level
// `document.editorial`): the published document marks them, so readers can tell the source's
// words from the repository's.
enum class EditorialPart { ids, action_goals, meeting_links, meeting_kinds };
constexpr std::array<EnumWord<EditorialPart>, 4> words_of(EditorialPart) {
    return {{
        {EditorialPart::ids, "ids"},
        {EditorialPart::action_goals, "action_goals"},
        {EditorialPart::meeting_links, "meeting_links"},
        {EditorialPart::meeting_kinds, "meeting_kinds"},
    }};
}

// How `iwg document` gives the plan back as the document it came from (plan-level
// `document`). Everything is optional: a plan without it reads as a plain document.
struct DocumentLayout {
    // The introduction's paragraph (1-based) that the focus areas follow; absent: the last.
    std::optional<Located<int>> focus_areas_after;
    std::string actions_intro;  // the sentence that leads into the actions
    // Section titles; empty: "Goals", "Actions", "Meetings".
    std::string goals_title;
    std::string actions_title;
    std::string meetings_title;
    std::vector<EditorialPart> editorial;

    bool is_editorial(EditorialPart part) const {
        return std::find(editorial.begin(), editorial.end(), part) != editorial.end();
    }
};

// Each zone multiplies a meeting's time in every report: the list is short by rule.
inline constexpr std::size_t max_display_timezones = 12;

struct Plan {
    int format = 1;
    Located<std::string> group;
    Located<std::string> title;
    Located<int> year;
    std::string introduction;
    std::vector<std::string> focus_areas;
    DocumentLayout document;
    // Defaults for the meetings: a row's own values win over `schedule`, which wins over these.
    std::optional<Located<std::string>> timezone;
    std::optional<Located<int>> duration_minutes;
    std::optional<Schedule> schedule;
    JoinInfo join;
    std::vector<Located<std::string>> display_timezones;  // at most max_display_timezones
    std::vector<Goal> goals;
    std::vector<Action> actions;
    std::vector<Meeting> meetings;
    std::vector<std::string> files;  // the files it was read from, in load order
    // Their text, by the same index (a Span's file), so that positions can be worked out.
    std::vector<std::shared_ptr<const SourceFile>> sources;
    // What the loader lost, so that the checks report no knock-on findings. A section
    // ("goals", "introduction", …) is incomplete when an item may be missing: the section
    // was given twice (the second copy is not read), had the wrong type or was misspelt, or an
    // item was dropped, lost a duplicate key or has no id. References into an incomplete list
    // are not checked.
    std::set<std::string> incomplete_sections;
    bool all_files_read = true;  // false: a file could not be read or parsed; lists may lack items
    std::string root;            // the path the plan was loaded from

    // Where a value of the plan is, as findings show it; no position for an unknown span.
    Location locate(const Span& span) const;
};

// The bytes of the plan's files: what output budgets are measured against.
std::size_t source_bytes(const Plan& plan);

// The ids a list names, each once, in its order (a list that names one twice is W205).
std::vector<std::string> distinct_ids(const std::vector<Located<std::string>>& ids);

// The introduction's paragraphs: the text between blank lines, each line's end kept inside.
std::vector<std::string_view> paragraphs(std::string_view text);

// The actions that serve each goal id, in plan order, each action once per goal.
std::unordered_map<std::string, std::vector<const Action*>> actions_by_goal(const Plan& plan);

}  // namespace iwg
