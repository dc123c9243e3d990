#include "iwg/util/time_zone.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

#include <date/tz.h>
#include <fmt/format.h>

#include "iwg/util/posix_tz.hpp"
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

// After its file's last transition a zone follows its footer's rule: date-tz would keep the
// last offset instead (a 2038 summer in Madrid at +01:00).
struct TimeZone::Footer {
    UtcMinutes from = 0;  // the last transition: the rule decides after it
    PosixZoneRule rule;
};

namespace {

// The footer of the zone's file in the system's tzdata, read once per zone; nullptr when the
// file has none (version 1) or cannot be read: date-tz's offsets then hold.
std::shared_ptr<const TimeZone::Footer> footer_of(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const TimeZone::Footer>> read;
    const std::lock_guard lock(mutex);
    const auto [it, inserted] = read.try_emplace(name);
    if (!inserted) {
        return it->second;
    }
    // `name` is a zone date-tz found, of letters, digits and / _ - + only: no "..".
    std::ifstream file("/usr/share/zoneinfo/" + name, std::ios::binary);
    constexpr std::size_t max_zone_file = 1 << 20;  // a zone file is a few KiB
    std::string bytes;
    bytes.resize(max_zone_file);
    file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(file.gcount(), 0)));
    const auto footer = read_tzif_footer(bytes);
    const auto rule = footer ? PosixZoneRule::parse(footer->rule) : std::nullopt;
    if (rule) {
        auto out = std::make_shared<TimeZone::Footer>();
        out->rule = *rule;
        // No transition at all: the rule holds from the start.
        const UtcSeconds from = footer->last_transition.value_or(INT64_MIN / 2);
        out->from = static_cast<UtcMinutes>(from >= 0 ? from / 60 : (from - 59) / 60);
        it->second = std::move(out);
    }
    return it->second;
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
    if (const auto footer = footer_after(instant); footer && instant > footer->from) {
        return footer->rule.offset_at(static_cast<UtcSeconds>(instant) * 60) / 60;
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
    // A day past the last transition, whatever the offset: the footer's rule alone decides.
    if (const auto footer = footer_after(local - 1440); footer && local - 1440 > footer->from) {
        return resolve_by_offsets(local, footer->rule);
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

std::shared_ptr<const TimeZone::Footer> TimeZone::footer_after(UtcMinutes instant) const {
    // The zone files list every change up to 2037 (date-tz reads them right); the footer is read
    // only for later times, so that naming zones (did-you-mean reads all 600) reads no file.
    constexpr UtcMinutes start_of_2037 = 2114380800L / 60;
    return instant < start_of_2037 ? nullptr : footer_of(name_);
}

ZonedInstant TimeZone::resolve_by_offsets(UtcMinutes local, const PosixZoneRule& rule) const {
    // The rule has one or two offsets: a local time is each one's instant if that offset
    // holds then.
    const int standard = rule.standard_offset() / 60;
    const int daylight = rule.daylight_offset().value_or(standard * 60) / 60;
    if (standard == daylight) {
        return {ZonedInstant::Kind::unique, local - standard, standard, standard};
    }
    const auto holds = [&](int offset) { return offset_at(local - offset) == offset; };
    // The earlier instant first: the larger offset.
    const int early = std::max(standard, daylight);
    const int late = std::min(standard, daylight);
    if (holds(early) && holds(late)) {
        return {ZonedInstant::Kind::ambiguous, local - early, early, late};
    }
    for (const int offset : {early, late}) {
        if (holds(offset)) {
            return {ZonedInstant::Kind::unique, local - offset, offset, offset};
        }
    }
    // A gap: the offset before it is the one of the earlier candidate instant.
    const int before = offset_at(local - early);
    return {ZonedInstant::Kind::nonexistent, local - before, before,
            before == early ? late : early};
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
