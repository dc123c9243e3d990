#include "iwg/util/time_zone.hpp"

#include <algorithm>
#include <chrono>
#include <exception>

#include <date/tz.h>
#include <fmt/format.h>

#include "iwg/util/suggest.hpp"
#include "iwg/util/text_util.hpp"

namespace iwg {
namespace {

// The system's tzdata, read on first use (a plan with only UTC and offsets never reads it);
// nullptr when it is missing or unreadable.
const date::tzdb* database() {
    static const date::tzdb* const db = []() -> const date::tzdb* {
        try {
            return &date::get_tzdb();
        } catch (const std::exception&) {
            return nullptr;
        }
    }();
    return db;
}

// "+02:00" -> 120; nullopt unless exactly ±HH:MM with HH <= 14 and MM <= 59.
std::optional<int> parse_offset(std::string_view text) {
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':') {
        return std::nullopt;
    }
    if (!is_decimal_digits(text.substr(1, 2)) || !is_decimal_digits(text.substr(4, 2))) {
        return std::nullopt;
    }
    const int hours = (text[1] - '0') * 10 + (text[2] - '0');
    const int minutes = (text[4] - '0') * 10 + (text[5] - '0');
    if (hours > 14 || minutes > 59) {
        return std::nullopt;
    }
    return (text[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
}

date::sys_seconds to_sys(UtcMinutes instant) {
    return date::sys_seconds{std::chrono::minutes{instant}};
}

int minutes_of(std::chrono::seconds offset) {
    return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(offset).count());
}

UtcMinutes local_minutes(const Date& date, const TimeOfDay& time) {
    return days_from_civil(date) * 1440L + time.hour * 60L + time.minute;
}

LocalTime local_time_at(UtcMinutes instant, int offset) {
    const UtcMinutes local = instant + offset;
    const long days = local >= 0 ? local / 1440 : (local - 1439) / 1440;
    const long rest = local - days * 1440;
    return LocalTime{civil_from_days(days),
                     TimeOfDay{static_cast<int>(rest / 60), static_cast<int>(rest % 60)}, offset};
}

}  // namespace

std::optional<TimeZone> TimeZone::find(std::string_view name) {
    TimeZone zone;
    if (equal_ignoring_case(name, "UTC") || name == "Z") {
        zone.name_ = "UTC";
        return zone;
    }
    if (auto offset = parse_offset(name)) {
        zone.name_ = std::string(name);
        zone.fixed_offset_minutes_ = *offset;
        return zone;
    }
    // IANA names hold letters, digits, '/', '_', '-' and '+', and name an area and a place.
    // The old names without one ("CET", "EST", "Japan") and Etc/GMT+3 (which is -03:00) are
    // refused: they read as abbreviations or offsets and mislead.
    const bool area_and_place = name.find('/') != std::string_view::npos &&
                                (!name.starts_with("Etc/") || name == "Etc/UTC");
    const bool plausible = area_and_place && !name.empty() && name.size() <= 64 &&
                           std::all_of(name.begin(), name.end(), [](char c) {
                               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                      (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-' ||
                                      c == '+';
                           });
    const date::tzdb* db = plausible ? database() : nullptr;
    if (db == nullptr) {
        return std::nullopt;
    }
    try {
        zone.rules_ = date::locate_zone(name);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    zone.name_ = std::string(name);
    return zone;
}

int TimeZone::offset_at(UtcMinutes instant) const {
    if (rules_ == nullptr) {
        return fixed_offset_minutes_;
    }
    return minutes_of(
        static_cast<const date::time_zone*>(rules_)->get_info(to_sys(instant)).offset);
}

LocalTime TimeZone::local_time(UtcMinutes instant) const {
    return local_time_at(instant, offset_at(instant));
}

ZonedInstant TimeZone::resolve(const Date& date, const TimeOfDay& time) const {
    const UtcMinutes local = local_minutes(date, time);
    if (rules_ == nullptr) {
        return {ZonedInstant::Kind::unique, local - fixed_offset_minutes_, fixed_offset_minutes_,
                fixed_offset_minutes_};
    }
    const auto info = static_cast<const date::time_zone*>(rules_)->get_info(
        date::local_seconds{std::chrono::minutes{local}});
    const int first = minutes_of(info.first.offset);
    const int second = minutes_of(info.second.offset);
    switch (info.result) {
        case date::local_info::unique:
            return {ZonedInstant::Kind::unique, local - first, first, first};
        case date::local_info::ambiguous:
            return {ZonedInstant::Kind::ambiguous, local - first, first, second};
        case date::local_info::nonexistent:
            return {ZonedInstant::Kind::nonexistent, local - first, first, second};
    }
    return {ZonedInstant::Kind::unique, local - first, first, first};
}

std::string format_iso_utc(UtcMinutes instant) {
    const LocalTime utc = local_time_at(instant, 0);
    return fmt::format("{}T{}:00Z", format_date(utc.date), format_time(utc.time));
}

std::string format_utc_offset(int minutes) {
    const int magnitude = minutes < 0 ? -minutes : minutes;
    return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

const std::vector<std::string>& known_zone_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        if (const date::tzdb* db = database()) {
            for (const auto& zone : db->zones) {
                if (TimeZone::find(zone.name())) {  // the names a plan may use
                    out.emplace_back(zone.name());
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }();
    return names;
}

std::optional<std::string> closest_zone_name(std::string_view name) {
    const auto& names = known_zone_names();
    for (const auto& known : names) {
        if (equal_ignoring_case(known, name)) {
            return known;  // "europe/madrid"
        }
    }
    // Only names in the same area ("Europe/…") when the plan names one: the distance then
    // compares the cities.
    const std::size_t slash = name.find('/');
    std::vector<std::string_view> candidates;
    for (const auto& known : names) {
        if (slash == std::string_view::npos ||
            equal_ignoring_case(std::string_view(known).substr(0, slash + 1),
                                name.substr(0, slash + 1))) {
            candidates.push_back(known);
        }
    }
    if (candidates.empty()) {  // the area is misspelt too ("Eurpoe/Madrid")
        candidates.assign(names.begin(), names.end());
    }
    return closest_match(name, candidates);
}

}  // namespace iwg
