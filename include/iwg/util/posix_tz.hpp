// The rule that continues a zone after the last change its TZif file lists: the file's footer,
// a POSIX TZ string such as "CET-1CEST,M3.5.0,M10.5.0/3" (RFC 8536, section 3.3). The system's
// files list changes to 2037 only, and date-tz does not read the footer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace iwg {

// Seconds since 1970-01-01 00:00 UTC.
using UtcSeconds = std::int64_t;

class PosixZoneRule {
  public:
    // "CET-1CEST,M3.5.0,M10.5.0/3", "<-04>4<-03>,M9.1.6/24,M4.1.6/24", "<+0330>-3:30",
    // "EST5EDT,J60/2,300/2"; nullopt when it is not one.
    static std::optional<PosixZoneRule> parse(std::string_view text);

    // The offset from UTC (east positive, in seconds) at `instant`.
    int offset_at(UtcSeconds instant) const;
    int standard_offset() const { return standard_; }
    // The offset under daylight saving; nullopt for a zone without.
    std::optional<int> daylight_offset() const {
        return dst_ ? std::optional<int>(dst_->offset) : std::nullopt;
    }

    // A day of the year as the rule gives it (Mm.w.d, Jn, n) and the local time of the change.
    struct Change {
        enum class Form { month_week_day, julian_no_leap, zero_based } form = Form::month_week_day;
        int month = 0, week = 0, weekday = 0;  // Mm.w.d: weekday 0 = Sunday, week 5 = last
        int day = 0;                           // Jn: 1..365; n: 0..365
        int seconds = 2 * 3600;                // local time of the change; may pass 24:00
    };

  private:
    struct Daylight {
        int offset = 0;  // east of UTC, seconds
        Change start;    // in standard time
        Change end;      // in daylight-saving time
    };
    int standard_ = 0;  // east of UTC, seconds
    std::optional<Daylight> dst_;
};

// A TZif file (version 2 or later): the instant of its last transition (none for a file
// without) and its footer's rule text; nullopt for a version 1 file or one that does not parse.
struct TzifFooter {
    std::optional<UtcSeconds> last_transition;
    std::string rule;
};
std::optional<TzifFooter> read_tzif_footer(std::string_view bytes);

}  // namespace iwg
