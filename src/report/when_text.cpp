#include "iwg/report/when_text.hpp"

#include <fmt/format.h>

namespace iwg {
namespace {

std::string day_text(const Date& date, WhenDetail detail = WhenDetail::full) {
    const std::string_view weekday = weekday_name(date);
    return fmt::format("{} {}", detail == WhenDetail::brief ? weekday.substr(0, 3) : weekday,
                       format_date(date));
}

// " UTC", " +02:00", " Europe/Madrid (+02:00)": an IANA zone with the offset in force.
std::string zone_text(const std::string& zone, std::optional<int> offset) {
    const bool named = zone != "UTC" && zone.front() != '+' && zone.front() != '-';
    if (named && offset) {
        return fmt::format(" {} ({})", zone, format_utc_offset(*offset));
    }
    return " " + zone;
}

}  // namespace

std::string format_when(const MeetingView& m, WhenDetail detail) {
    std::string out;
    if (m.date) {
        out = day_text(*m.date, detail);
    }
    if (m.time) {
        out += fmt::format("{}{}", out.empty() ? "" : " ", format_time(*m.time));
        if (m.timezone) {
            out += zone_text(*m.timezone,
                             m.start_utc ? std::optional<int>(m.utc_offset_minutes) : std::nullopt);
        }
        if (m.duration_minutes && detail == WhenDetail::full) {
            out += fmt::format(", {} minutes", *m.duration_minutes);
        }
    }
    if (m.usual_date && detail == WhenDetail::full) {
        out += fmt::format(", moved from {}", day_text(*m.usual_date));
    }
    return out;
}

std::string format_zone_time(const ZoneTime& time) {
    return fmt::format("{} {}{}", day_text(time.local.date), format_time(time.local.time),
                       zone_text(time.zone, time.local.offset_minutes));
}

std::string format_elsewhere(const MeetingView& m) {
    std::string out;
    for (const auto& time : m.elsewhere) {
        out += fmt::format("{}{} {}", out.empty() ? "" : ", ", format_time(time.local.time),
                           time.zone);
        if (m.date && time.local.date != *m.date) {
            out += fmt::format(" ({})", weekday_name(time.local.date));
        }
    }
    return out;
}

}  // namespace iwg
