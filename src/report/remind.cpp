#include "iwg/report/remind.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "iwg/plan/when.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {

namespace {

// A break is no meeting; a cancelled one will not happen; a held one has happened.
bool can_remind(const Meeting& meeting) {
    return meeting.kind.value != MeetingKind::break_ &&
           meeting.status.value != MeetingStatus::cancelled &&
           meeting.status.value != MeetingStatus::held;
}

std::size_t unscheduled_count(const Plan& plan) {
    return static_cast<std::size_t>(std::count_if(plan.meetings.begin(), plan.meetings.end(),
                                                  [](const Meeting& m) { return !m.month; }));
}

// The month's rows in plan order, and the first one a reminder may speak about. With
// `undated_only`, dated rows are not candidates (the dated rule has already looked at them).
struct MonthLook {
    std::vector<const Meeting*> rows;
    const Meeting* pick = nullptr;
};

// The row's date with the schedule applied.
std::optional<Date> date_of(const Plan& plan, const Meeting& meeting) {
    return when_of(plan, meeting).date;
}

MonthLook look_at_month(const Plan& plan, YearMonth ym, bool undated_only) {
    MonthLook look;
    if (ym.year != plan.year.value) {
        return look;
    }
    for (const auto& meeting : plan.meetings) {
        if (meeting.month && meeting.month->value == ym.month) {
            look.rows.push_back(&meeting);
            if (look.pick == nullptr && can_remind(meeting) &&
                !(undated_only && date_of(plan, meeting))) {
                look.pick = &meeting;
            }
        }
    }
    return look;
}

// Why a month gives no reminder; `look.pick` is null.
NothingToRemind silence_for_month(const Plan& plan, YearMonth ym, const MonthLook& look) {
    if (ym.year != plan.year.value) {
        return {SilenceReason::outside_plan_year,
                fmt::format("{} is outside the plan's year {}", format_year_month(ym),
                            plan.year.value)};
    }
    if (look.rows.empty()) {
        std::string message = "the plan has no row for " + format_year_month(ym);
        if (const std::size_t n = unscheduled_count(plan); n > 0) {
            message += n == 1 ? " (1 row has no month and is never reminded)"
                              : fmt::format(" ({} rows have no month and are never reminded)", n);
        }
        return {SilenceReason::no_row, message};
    }
    const bool all_breaks = std::all_of(look.rows.begin(), look.rows.end(), [](const Meeting* m) {
        return m->kind.value == MeetingKind::break_;
    });
    if (all_breaks) {
        return {SilenceReason::break_month, format_year_month(ym) + " is a break"};
    }
    const bool none_to_come = std::all_of(look.rows.begin(), look.rows.end(), [](const Meeting* m) {
        return m->kind.value == MeetingKind::break_ ||
               m->status.value == MeetingStatus::cancelled ||
               m->status.value == MeetingStatus::held;
    });
    if (none_to_come) {
        const bool any_held = std::any_of(look.rows.begin(), look.rows.end(), [](const Meeting* m) {
            return m->kind.value != MeetingKind::break_ && m->status.value == MeetingStatus::held;
        });
        if (any_held) {
            return {SilenceReason::held,
                    fmt::format("the meeting of {} was held", format_year_month(ym))};
        }
        return {SilenceReason::cancelled,
                fmt::format("the meeting of {} is cancelled", format_year_month(ym))};
    }
    // Only reachable with undated_only: the remaining rows are dated outside the window.
    std::string dates;
    for (const Meeting* m : look.rows) {
        if (!can_remind(*m)) {
            continue;
        }
        if (const auto date = date_of(plan, *m)) {
            dates += (dates.empty() ? "" : ", ") + format_date(*date);
        }
    }
    return {
        SilenceReason::dated_elsewhere,
        fmt::format("{}'s meeting is dated {}, outside the window", format_year_month(ym), dates)};
}

Reminder make_reminder(const Plan& plan, const Meeting& meeting, YearMonth month, const Date& as_of,
                       ReminderRule rule, int days, const std::optional<TimeZone>& reader) {
    Reminder reminder{header_of(plan),
                      as_of,
                      month,
                      view_of(plan, meeting, row_context(plan, reader)),
                      rule,
                      days,
                      {}};
    reminder.linked = linked_texts(plan, {&reminder.meeting});
    return reminder;
}

// A row the dated rule may pick, with its effective date and time.
struct Dated {
    const Meeting* meeting;
    Date date;
    std::optional<TimeOfDay> time;
};

// Sort key for the dated rule: date, then time with untimed rows last, then plan order.
bool dated_before(const Dated& a, const Dated& b) {
    if (a.date != b.date) {
        return a.date < b.date;
    }
    if (a.time.has_value() != b.time.has_value()) {
        return a.time.has_value();
    }
    if (a.time && *a.time != *b.time) {
        return *a.time < *b.time;
    }
    return a.meeting->index < b.meeting->index;
}

}  // namespace

ReminderSelection select_for_month(const Plan& plan, YearMonth month, const Date& as_of,
                                   const std::optional<TimeZone>& reader) {
    const MonthLook look = look_at_month(plan, month, false);
    if (look.pick == nullptr) {
        return silence_for_month(plan, month, look);
    }
    return make_reminder(plan, *look.pick, month, as_of, ReminderRule::month, 0, reader);
}

ReminderSelection select_within(const Plan& plan, const Date& as_of, int days,
                                const std::optional<TimeZone>& reader) {
    const Date last = add_days(as_of, days);
    std::optional<Dated> earliest;
    for (const auto& meeting : plan.meetings) {
        if (!can_remind(meeting)) {
            continue;
        }
        const MeetingWhen when = when_of(plan, meeting);
        if (!when.date || *when.date < as_of || last < *when.date) {
            continue;
        }
        const Dated candidate{&meeting, *when.date, when.time};
        if (!earliest || dated_before(candidate, *earliest)) {
            earliest = candidate;
        }
    }
    if (earliest) {
        const Date& date = earliest->date;
        return make_reminder(plan, *earliest->meeting, YearMonth{date.year, date.month}, as_of,
                             ReminderRule::dated, days, reader);
    }

    const std::string window = days == 0 ? fmt::format("no dated meeting on {}", format_date(as_of))
                                         : fmt::format("no dated meeting from {} to {}",
                                                       format_date(as_of), format_date(last));
    const YearMonth next = next_month(YearMonth{as_of.year, as_of.month});
    const Date first_of_next{next.year, next.month, 1};
    if (last < first_of_next) {
        if (days == 0) {
            return NothingToRemind{SilenceReason::not_in_window,
                                   window + ", and --within 0 never reaches the next month"};
        }
        const int from_day = days_in_month(as_of.year, as_of.month) - days + 1;
        std::string message =
            fmt::format("{}, and {} is not in the last {} of {}", window, format_date(as_of),
                        count_of(days, "day", "days"), month_name(as_of.month));
        if (from_day > 1) {
            message +=
                fmt::format(" (from {})", format_date(Date{as_of.year, as_of.month, from_day}));
        }
        return NothingToRemind{SilenceReason::not_in_window, message};
    }
    const MonthLook look = look_at_month(plan, next, true);
    if (look.pick == nullptr) {
        NothingToRemind silence = silence_for_month(plan, next, look);
        silence.message = window + ", and " + silence.message;
        return silence;
    }
    return make_reminder(plan, *look.pick, next, as_of, ReminderRule::next_month, days, reader);
}

std::string explain(const Reminder& reminder) {
    const std::string about = fmt::format("reminder for {}: ", format_year_month(reminder.month));
    const std::string days = count_of(reminder.within_days, "day", "days");
    switch (reminder.rule) {
        case ReminderRule::month:
            return about + "the month's row, picked by --month";
        case ReminderRule::dated:
            return fmt::format("{}the meeting dated {} is within {} of {}", about,
                               format_date(*reminder.meeting.date), days,
                               format_date(reminder.as_of));
        case ReminderRule::next_month:
            return fmt::format("{}the month's row has no date and {} is in the last {} of {}",
                               about, format_date(reminder.as_of), days,
                               month_name(reminder.as_of.month));
    }
    return about;
}

}  // namespace iwg
