#include "iwg/util/posix_tz.hpp"

#include <array>

#include "iwg/util/calendar.hpp"

namespace iwg {
namespace {

// Reads a POSIX TZ string from the front of `text`, advancing it.
class Reader {
  public:
    explicit Reader(std::string_view text) : text_(text) {}

    bool done() const { return text_.empty(); }
    bool take(char c) {
        if (!text_.empty() && text_.front() == c) {
            text_.remove_prefix(1);
            return true;
        }
        return false;
    }
    char peek() const { return text_.empty() ? '\0' : text_.front(); }

    // "CET", "<+0330>", "<-04>": three or more letters, or anything but '>' in angle brackets.
    bool name() {
        if (take('<')) {
            const std::size_t close = text_.find('>');
            if (close == std::string_view::npos || close < 3) {
                return false;
            }
            text_.remove_prefix(close + 1);
            return true;
        }
        std::size_t n = 0;
        while (n < text_.size() &&
               ((text_[n] >= 'A' && text_[n] <= 'Z') || (text_[n] >= 'a' && text_[n] <= 'z'))) {
            ++n;
        }
        text_.remove_prefix(n);
        return n >= 3;
    }

    // [+-]h[h[h]][:mm[:ss]] -> seconds, hours up to `max_hours`.
    std::optional<int> clock(int max_hours) {
        const int sign = take('-') ? -1 : (take('+'), 1);
        const auto hours = number(3);
        if (!hours || *hours > max_hours) {
            return std::nullopt;
        }
        int seconds = *hours * 3600;
        for (int unit : {60, 1}) {
            if (!take(':')) {
                break;
            }
            const auto part = number(2);
            if (!part || *part > 59) {
                return std::nullopt;
            }
            seconds += *part * unit;
        }
        return sign * seconds;
    }

    // Up to `digits` decimal digits, at least one.
    std::optional<int> number(int digits) {
        int value = 0;
        int n = 0;
        while (n < digits && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (peek() - '0');
            text_.remove_prefix(1);
            ++n;
        }
        return n == 0 ? std::nullopt : std::optional<int>(value);
    }

    // ",Mm.w.d[/time]", ",Jn[/time]" or ",n[/time]".
    std::optional<PosixZoneRule::Change> change() {
        using Form = PosixZoneRule::Change::Form;
        PosixZoneRule::Change out;
        if (!take(',')) {
            return std::nullopt;
        }
        if (take('M')) {
            out.month = number(2).value_or(0);
            out.week = take('.') ? number(1).value_or(0) : 0;
            out.weekday = take('.') ? number(1).value_or(-1) : -1;
            if (out.month < 1 || out.month > 12 || out.week < 1 || out.week > 5 ||
                out.weekday < 0 || out.weekday > 6) {
                return std::nullopt;
            }
        } else {
            out.form = take('J') ? Form::julian_no_leap : Form::zero_based;
            const auto day = number(3);
            const int first = out.form == Form::julian_no_leap ? 1 : 0;
            if (!day || *day < first || *day > 365) {
                return std::nullopt;
            }
            out.day = *day;
        }
        if (take('/')) {
            const auto time = clock(167);  // RFC 8536 allows -167..167 hours
            if (!time) {
                return std::nullopt;
            }
            out.seconds = *time;
        }
        return out;
    }

  private:
    std::string_view text_;
};

// The local second (seconds since 1970-01-01 00:00, local) at which `change` happens in `year`.
std::int64_t local_second_of(const PosixZoneRule::Change& change, int year) {
    using Form = PosixZoneRule::Change::Form;
    long days = 0;
    switch (change.form) {
        case Form::month_week_day: {
            const Date first{year, change.month, 1};
            // weekday_of: 0 = Monday; the rule's: 0 = Sunday.
            const int first_weekday = (weekday_of(first) + 1) % 7;
            int day = 1 + (change.weekday - first_weekday + 7) % 7 + (change.week - 1) * 7;
            while (day > days_in_month(year, change.month)) {
                day -= 7;
            }
            days = days_from_civil(Date{year, change.month, day});
            break;
        }
        case Form::julian_no_leap:
            // February 29 is never counted: day 60 is March 1.
            days = days_from_civil(Date{year, 1, 1}) + change.day - 1 +
                   (is_leap_year(year) && change.day >= 60 ? 1 : 0);
            break;
        case Form::zero_based:
            days = days_from_civil(Date{year, 1, 1}) + change.day;
            break;
    }
    return static_cast<std::int64_t>(days) * 86400 + change.seconds;
}

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    }
    return value;
}

}  // namespace

std::optional<PosixZoneRule> PosixZoneRule::parse(std::string_view text) {
    Reader in(text);
    PosixZoneRule rule;
    if (!in.name()) {
        return std::nullopt;
    }
    const auto standard = in.clock(24);
    if (!standard) {
        return std::nullopt;
    }
    rule.standard_ = -*standard;  // POSIX counts west of UTC
    if (in.done()) {
        return rule;
    }
    if (!in.name()) {
        return std::nullopt;
    }
    Daylight dst;
    dst.offset = rule.standard_ + 3600;
    if (in.peek() != ',' && !in.done()) {
        const auto offset = in.clock(24);
        if (!offset) {
            return std::nullopt;
        }
        dst.offset = -*offset;
    }
    if (in.done()) {
        // No rule: POSIX leaves it to the implementation; tzcode uses the US rule.
        dst.start = Change{Change::Form::month_week_day, 3, 2, 0, 0, 2 * 3600};
        dst.end = Change{Change::Form::month_week_day, 11, 1, 0, 0, 2 * 3600};
    } else {
        const auto start = in.change();
        const auto end = start ? in.change() : std::nullopt;
        if (!start || !end || !in.done()) {
            return std::nullopt;
        }
        dst.start = *start;
        dst.end = *end;
    }
    rule.dst_ = dst;
    return rule;
}

int PosixZoneRule::offset_at(UtcSeconds instant) const {
    if (!dst_) {
        return standard_;
    }
    // The year as the zone's standard time reads it; the changes of that year decide.
    const std::int64_t local = instant + standard_;
    const long days = static_cast<long>(local >= 0 ? local / 86400 : (local - 86399) / 86400);
    const int year = civil_from_days(days).year;
    const UtcSeconds start = local_second_of(dst_->start, year) - standard_;
    const UtcSeconds end = local_second_of(dst_->end, year) - dst_->offset;
    const bool daylight = start < end ? (instant >= start && instant < end)
                                      : (instant < end || instant >= start);  // southern
    return daylight ? dst_->offset : standard_;
}

std::optional<TzifFooter> read_tzif_footer(std::string_view bytes) {
    constexpr std::size_t header_size = 44;
    if (bytes.size() < header_size || bytes.substr(0, 4) != "TZif" || bytes[4] < '2') {
        return std::nullopt;
    }
    // The header's counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
    const auto counts = [&](std::size_t at) {
        std::uint64_t c[6];
        for (std::size_t i = 0; i < 6; ++i) {
            c[i] = big_endian(bytes, at + 20 + 4 * i);
        }
        return std::array<std::uint64_t, 6>{c[0], c[1], c[2], c[3], c[4], c[5]};
    };
    const auto v1 = counts(0);
    const std::uint64_t v1_size = v1[3] * 5 + v1[4] * 6 + v1[5] + v1[2] * 8 + v1[1] + v1[0];
    const std::uint64_t second = header_size + v1_size;
    if (second + header_size > bytes.size() || bytes.substr(second, 4) != "TZif") {
        return std::nullopt;
    }
    const auto v2 = counts(second);
    const std::uint64_t times = second + header_size;
    const std::uint64_t v2_size = v2[3] * 9 + v2[4] * 6 + v2[5] + v2[2] * 12 + v2[1] + v2[0];
    const std::uint64_t footer = times + v2_size;
    if (footer + 2 > bytes.size() || bytes[footer] != '\n') {
        return std::nullopt;
    }
    const std::size_t end = bytes.find('\n', footer + 1);
    if (end == std::string_view::npos) {
        return std::nullopt;
    }
    TzifFooter out;
    out.rule = std::string(bytes.substr(footer + 1, end - footer - 1));
    if (v2[3] > 0) {
        const std::size_t last = times + (v2[3] - 1) * 8;
        const std::uint64_t value = (static_cast<std::uint64_t>(big_endian(bytes, last)) << 32) |
                                    big_endian(bytes, last + 4);
        out.last_transition = static_cast<UtcSeconds>(value);
    }
    return out;
}

}  // namespace iwg
