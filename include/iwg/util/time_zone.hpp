// Time zones: UTC, fixed offsets and IANA names (the system's tzdata, through date-tz), and the
// conversions reports need between a meeting's local time and UTC.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/util/calendar.hpp"

namespace iwg {

class PosixZoneRule;

// A point in time: minutes since 1970-01-01 00:00 UTC. Plans give times to the minute.
using UtcMinutes = long;

// A wall-clock time in some zone, and the zone's offset from UTC then.
struct LocalTime {
    Date date;
    TimeOfDay time;
    int offset_minutes = 0;  // +120 for +02:00
};

// What a local date and time mean in a zone: one instant, none (a daylight-saving gap: the
// clocks jumped over it) or two (the clocks went back and it happened twice).
struct ZonedInstant {
    enum class Kind { unique, nonexistent, ambiguous } kind = Kind::unique;
    UtcMinutes utc = 0;            // unique: the instant; ambiguous: the earlier one;
                                   // nonexistent: as if the offset before the gap held
    int offset_minutes = 0;        // the offset of `utc`
    int other_offset_minutes = 0;  // nonexistent/ambiguous: the offset on the other side
};

class TimeZone {
  public:
    // "UTC" (any case), "Z", "+02:00"/"-03:30", or an IANA name of an area and a place in
    // its exact case ("Europe/Madrid"); nullopt for anything else (legacy names such as
    // "CET" or "Etc/GMT+3" too), and for IANA names when the system has no tzdata.
    static std::optional<TimeZone> find(std::string_view name);

    // The name as the plan wrote it ("UTC" for any spelling of it).
    const std::string& name() const { return name_; }
    // UTC or a fixed offset: the same offset on every date.
    bool is_fixed() const { return rules_ == nullptr; }

    int offset_at(UtcMinutes instant) const;
    LocalTime local_time(UtcMinutes instant) const;
    ZonedInstant resolve(const Date& date, const TimeOfDay& time) const;

    struct Footer;  // the zone file's rule after its last transition (time_zone.cpp)

  private:
    // The footer's rule when `instant` is late enough for it to matter; null before 2037.
    std::shared_ptr<const Footer> footer_after(UtcMinutes instant) const;
    ZonedInstant resolve_by_offsets(UtcMinutes local, const PosixZoneRule& rule) const;

    std::string name_;
    int fixed_offset_minutes_ = 0;
    // The zone's date::time_zone, opaque here: naming the library's `date` namespace in a
    // header would clash with every `date` variable and function that includes it.
    const void* rules_ = nullptr;
};

// "2024-06-18T13:00:00Z".
std::string format_iso_utc(UtcMinutes instant);

// "+02:00", "-03:30", "+00:00".
std::string format_utc_offset(int minutes);

// The IANA names the system knows (read from /usr/share/zoneinfo: links are names too), sorted;
// empty without tzdata. For did-you-mean.
const std::vector<std::string>& known_zone_names();

// The IANA name closest to a misspelt or wrongly cased one ("Europe/Madird", "europe/madrid").
std::optional<std::string> closest_zone_name(std::string_view name);

}  // namespace iwg
