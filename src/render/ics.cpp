#include "iwg/render/ics.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "iwg/report/when_text.hpp"
#include "iwg/util/terminal_text.hpp"
#include "iwg/util/text_util.hpp"
#include "iwg/util/version.hpp"

namespace iwg {

std::string ics_escape_text(std::string_view text) {
    const std::string clean = sanitize_for_terminal(text, /*keep_newlines=*/true);
    std::string out;
    out.reserve(clean.size());
    for (char c : clean) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

// The octets of the character starting at `i`: a lead byte and the continuation bytes it
// announces (at most 3), or one octet for anything else, so invalid UTF-8 never makes a unit
// longer than 4 octets.
std::size_t unit_length(std::string_view line, std::size_t i) {
    const auto lead = static_cast<unsigned char>(line[i]);
    const std::size_t expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    std::size_t length = 1;
    while (length < expected && i + length < line.size() &&
           (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) {
        ++length;
    }
    return length;
}

// A continuation line that would start with "::" and a name: the GitHub Actions runner trims
// the leading blank and reads a workflow command ("::add-mask::…").
bool starts_command(std::string_view rest) {
    return rest.starts_with("::") && rest.size() > 2 && rest[2] != ':';
}

}  // namespace

std::string ics_fold_line(std::string_view line) {
    constexpr std::size_t limit = 75;
    std::string out;
    out.reserve(line.size() + line.size() / 32 + 2);
    std::size_t start = 0;          // where the current physical line starts, in `line`
    std::size_t width = 0;          // its octets so far
    std::size_t previous_unit = 0;  // the start of the last character on it
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t length = unit_length(line, i);
        // Lines stay within 75 octets, and no physical line holds "##[" (the runner's legacy
        // command form, read anywhere in a line): unfolding joins them back.
        const bool fold = width + length > limit ||
                          (line[i] == '[' && i >= start + 2 && line.substr(i - 2, 2) == "##");
        if (fold && i > start) {
            std::size_t at = i;
            if (starts_command(line.substr(at)) && previous_unit > start) {
                at = previous_unit;  // ":" + "::name" starts no command
            }
            out.insert(out.size() - (i - at), "\r\n ");
            start = at;
            width = 1 + (i - at);
        }
        out.append(line.substr(i, length));
        width += length;
        previous_unit = i;
        i += length;
    }
    return out + "\r\n";
}

namespace {

std::string compact_date(const Date& date) {
    return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

// Minutes since 1970-01-01 00:00 in the row's own clock.
long minutes_of(const Date& date, const TimeOfDay& time) {
    return days_from_civil(date) * 1440L + time.hour * 60L + time.minute;
}

std::string utc_date_time(long minutes) {
    const long days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
    const long rest = minutes - days * 1440;
    return fmt::format("{}T{:02}{:02}00Z", compact_date(civil_from_days(days)), rest / 60,
                       rest % 60);
}

std::string floating_date_time(long minutes) {
    std::string out = utc_date_time(minutes);
    out.pop_back();  // no "Z": local time wherever the reader is
    return out;
}

std::string_view event_status(MeetingStatus status) {
    switch (status) {
        case MeetingStatus::planned:
            return "TENTATIVE";
        case MeetingStatus::confirmed:
        case MeetingStatus::held:
            return "CONFIRMED";
        case MeetingStatus::cancelled:
            return "CANCELLED";
    }
    return "TENTATIVE";
}

// Ids only: an event naming a goal carries its id, not its text, so that a goal named by many
// rows does not multiply the calendar's size (docs/reports.md, "Output budget").
std::string ids_text(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        out += (out.empty() ? " " : ", ") + id;
    }
    return out;
}

std::string description_of(const MeetingView& m) {
    std::string out = fmt::format("Status: {}", to_string(m.status));
    if (m.kind != MeetingKind::meeting) {
        out += fmt::format("\nKind: {}", to_string(m.kind));
    }
    if (!m.alternative.empty()) {
        out += fmt::format("\nAlternative topic: {}", m.alternative);
    }
    if (m.time && !m.date) {
        out += "\nTime: " + format_when(m);
    } else if ((m.time && m.timezone) || m.usual_date) {
        // DTSTART is in UTC: the organiser's zone and clock, and a move, stay readable here.
        out += "\nWhen: " + format_when(m);
    }
    if (!m.elsewhere.empty()) {
        out += "\nElsewhere: " + format_elsewhere(m);
    }
    if (m.link) {
        out += "\nJoin: " + *m.link;
    }
    if (!m.speakers.empty()) {
        out += "\nSpeakers: ";
        for (std::size_t i = 0; i < m.speakers.size(); ++i) {
            out += (i == 0 ? "" : ", ") + m.speakers[i];
        }
    }
    if (!m.goals.empty()) {
        out += "\nGoals:" + ids_text(m.goals);
    }
    if (!m.actions.empty()) {
        out += "\nActions:" + ids_text(m.actions);
    }
    if (!m.notes.empty()) {
        out += "\nNotes: " + m.notes;
    }
    return out;
}

class IcsWriter {
  public:
    void line(std::string_view name, std::string_view value) {
        out_ += ics_fold_line(fmt::format("{}:{}", name, value));
    }
    std::string take() { return std::move(out_); }

  private:
    std::string out_;
};

void write_event(IcsWriter& ics, const PlanHeader& plan, const MeetingView& m, std::size_t position,
                 const Date& as_of) {
    ics.line("BEGIN", "VEVENT");
    ics.line("UID", ics_uid(plan, *m.month, position));
    ics.line("DTSTAMP", compact_date(as_of) + "T000000Z");
    ics.line("SEQUENCE", std::to_string(ics_sequence(as_of)));
    if (m.date && m.time && m.start_utc) {
        // A known zone: the instant in UTC, which every client reads the same way.
        ics.line("DTSTART", utc_date_time(*m.start_utc));
        ics.line("DTEND", utc_date_time(*m.start_utc + m.duration_minutes.value_or(0)));
    } else if (m.date && m.time) {
        // No zone anywhere in the plan: floating time, the same clock time wherever one is.
        const long start = minutes_of(*m.date, *m.time);
        ics.line("DTSTART", floating_date_time(start));
        ics.line("DTEND", floating_date_time(start + m.duration_minutes.value_or(0)));
    } else if (m.date) {
        ics.line("DTSTART;VALUE=DATE", compact_date(*m.date));
        ics.line("DTEND;VALUE=DATE", compact_date(add_days(*m.date, 1)));
    } else {
        const YearMonth next = next_month(YearMonth{plan.year, *m.month});
        ics.line("DTSTART;VALUE=DATE", compact_date(Date{plan.year, *m.month, 1}));
        ics.line("DTEND;VALUE=DATE", compact_date(Date{next.year, next.month, 1}));
        ics.line("TRANSP", "TRANSPARENT");
    }
    ics.line("SUMMARY", ics_escape_text(m.topic));
    ics.line("DESCRIPTION", ics_escape_text(description_of(m)));
    if (m.location) {
        ics.line("LOCATION", ics_escape_text(*m.location));
    }
    if (m.link) {
        ics.line("URL", *m.link);  // link_problem accepted it: no character needs escaping
    }
    ics.line("STATUS", event_status(m.status));
    ics.line("END", "VEVENT");
}

}  // namespace

std::string ics_uid(const PlanHeader& plan, int month, std::size_t position_in_month) {
    return fmt::format("{:04}-{:02}-{}-{:016x}@iwg", plan.year, month, position_in_month + 1,
                       fnv1a(fmt::format("{}\n{}", plan.group, plan.year)));
}

int ics_sequence(const Date& as_of) {
    return static_cast<int>(
        std::max(0L, days_from_civil(as_of) - days_from_civil(Date{2000, 1, 1})));
}

std::string render_ics(const AgendaReport& report, const Date& stamp) {
    IcsWriter ics;
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", fmt::format("-//iwg//iwg {}//EN", version()));
    ics.line("CALSCALE", "GREGORIAN");
    ics.line("METHOD", "PUBLISH");
    ics.line("X-WR-CALNAME",
             ics_escape_text(fmt::format("{} · {}", report.plan.group, report.plan.title)));
    bool any_event = false;
    for (const auto& month : report.months) {
        for (std::size_t position = 0; position < month.meetings.size(); ++position) {
            if (month.meetings[position].kind == MeetingKind::break_) {
                continue;
            }
            write_event(ics, report.plan, month.meetings[position], position, stamp);
            any_event = true;
        }
    }
    if (!any_event) {
        // RFC 5545 §3.6: a calendar holds at least one component. A month with nothing to
        // put in it (a break) gets the UTC zone, which no client shows as an event.
        ics.line("BEGIN", "VTIMEZONE");
        ics.line("TZID", "UTC");
        ics.line("BEGIN", "STANDARD");
        ics.line("DTSTART", "19700101T000000");
        ics.line("TZOFFSETFROM", "+0000");
        ics.line("TZOFFSETTO", "+0000");
        ics.line("TZNAME", "UTC");
        ics.line("END", "STANDARD");
        ics.line("END", "VTIMEZONE");
    }
    ics.line("END", "VCALENDAR");
    return ics.take();
}

}  // namespace iwg
