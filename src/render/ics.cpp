#include "iwg/render/ics.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "iwg/input/utf8.hpp"
#include "iwg/render/terminal.hpp"
#include "iwg/util/text_util.hpp"

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

std::string ics_fold_line(std::string_view line) {
    constexpr std::size_t limit = 75;
    std::string out;
    std::size_t width = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        // A whole character, or one byte that is not part of one: a lead byte followed by
        // any number of continuation bytes is no character and must not make a long line.
        char32_t code_point = 0;
        const std::size_t length = std::max<std::size_t>(decode_utf8(line, i, code_point), 1);
        if (width + length > limit) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line.substr(i, length));
        width += length;
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

// "+02:00" -> 120; "UTC"/"Z" -> 0.
int offset_minutes(const std::string& zone) {
    if (zone.size() != 6) {
        return 0;
    }
    const int hours = (zone[1] - '0') * 10 + (zone[2] - '0');
    const int minutes = (zone[4] - '0') * 10 + (zone[5] - '0');
    return (zone[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
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

std::string links_text(const std::vector<LinkView>& links) {
    std::string out;
    for (const auto& link : links) {
        out += link.text.empty() ? fmt::format("\n  {}", link.id)
                                 : fmt::format("\n  {} {}", link.id, link.text);
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
        out += fmt::format("\nTime: {}{}{}", format_time(*m.time), m.timezone ? " " : "",
                           m.timezone.value_or(""));
    }
    if (!m.speakers.empty()) {
        out += "\nSpeakers: ";
        for (std::size_t i = 0; i < m.speakers.size(); ++i) {
            out += (i == 0 ? "" : ", ") + m.speakers[i];
        }
    }
    if (!m.goals.empty()) {
        out += "\nGoals:" + links_text(m.goals);
    }
    if (!m.actions.empty()) {
        out += "\nActions:" + links_text(m.actions);
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
                 const std::string& stamp) {
    ics.line("BEGIN", "VEVENT");
    ics.line("UID", ics_uid(plan, *m.month, position));
    ics.line("DTSTAMP", stamp);
    if (m.date && m.time) {
        const long start = minutes_of(*m.date, *m.time);
        if (m.timezone) {
            const long utc = start - offset_minutes(*m.timezone);
            ics.line("DTSTART", utc_date_time(utc));
            if (m.duration_minutes) {
                ics.line("DTEND", utc_date_time(utc + *m.duration_minutes));
            }
        } else {
            ics.line("DTSTART", floating_date_time(start));
            if (m.duration_minutes) {
                ics.line("DTEND", floating_date_time(start + *m.duration_minutes));
            }
        }
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
    ics.line("STATUS", event_status(m.status));
    ics.line("END", "VEVENT");
}

}  // namespace

std::string ics_uid(const PlanHeader& plan, int month, std::size_t position_in_month) {
    return fmt::format("{:04}-{:02}-{}-{:016x}@iwg", plan.year, month, position_in_month + 1,
                       fnv1a(fmt::format("{}\n{}", plan.group, plan.year)));
}

std::string render_ics(const AgendaReport& report, const Date& stamp) {
    IcsWriter ics;
    const std::string dtstamp = compact_date(stamp) + "T000000Z";
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", fmt::format("-//iwg//iwg {}//EN", IWG_VERSION));
    ics.line("CALSCALE", "GREGORIAN");
    ics.line("METHOD", "PUBLISH");
    ics.line("X-WR-CALNAME",
             ics_escape_text(fmt::format("{} · {}", report.plan.group, report.plan.title)));
    for (const auto& month : report.months) {
        for (std::size_t position = 0; position < month.meetings.size(); ++position) {
            const MeetingView& meeting = month.meetings[position];
            if (meeting.kind == MeetingKind::break_) {
                continue;
            }
            write_event(ics, report.plan, meeting, position, dtstamp);
        }
    }
    ics.line("END", "VCALENDAR");
    return ics.take();
}

}  // namespace iwg
