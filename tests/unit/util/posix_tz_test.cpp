#include "iwg/util/posix_tz.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "iwg/util/time_zone.hpp"

using namespace iwg;

namespace {

// The expectations tests/data/zone_cases.py writes from Python's zoneinfo.
std::string zoneinfo_cases() {
    const std::string command = "/usr/bin/python3 " IWG_SOURCE_DIR "/tests/data/zone_cases.py";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    char buffer[65536];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) {
        out.append(buffer, n);
    }
    return out;
}

const char* kind_word(ZonedInstant::Kind kind) {
    switch (kind) {
        case ZonedInstant::Kind::unique:
            return "unique";
        case ZonedInstant::Kind::nonexistent:
            return "nonexistent";
        case ZonedInstant::Kind::ambiguous:
            return "ambiguous";
    }
    return "?";
}

}  // namespace

TEST_CASE("time zones after 2037 agree with zoneinfo, both ways, and footer rules in every form",
          "[time_zone]") {
    std::istringstream cases(zoneinfo_cases());
    std::vector<std::string> wrong;
    std::size_t checked = 0;
    std::size_t zones_seen = 0;
    std::string last_zone;
    for (std::string line; std::getline(cases, line);) {
        std::istringstream in(line);
        std::string what, zone_name;
        in >> what >> zone_name;
        std::string got;
        std::string expected;
        if (what == "rule") {
            long long seconds = 0;
            int offset = 0;
            in >> seconds >> offset;
            const auto rule = PosixZoneRule::parse(zone_name);
            expected = std::to_string(offset);
            got = rule ? std::to_string(rule->offset_at(seconds)) : "no rule";
        } else {
            if (zone_name != last_zone) {
                ++zones_seen;
                last_zone = zone_name;
            }
            const auto zone = TimeZone::find(zone_name);
            REQUIRE(zone);
            long minutes = 0;
            in >> minutes;
            if (what == "utc") {
                int offset = 0;
                in >> offset;
                expected = std::to_string(offset);
                got = std::to_string(zone->offset_at(minutes));
            } else {
                std::string kind;
                long utc = 0;
                int offset = 0, other = 0;
                in >> kind >> utc >> offset >> other;
                expected = fmt::format("{} {} {} {}", kind, utc, offset, other);
                const auto days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
                const Date date = civil_from_days(days);
                const long rest = minutes - days * 1440;
                const ZonedInstant resolved = zone->resolve(
                    date, TimeOfDay{static_cast<int>(rest / 60), static_cast<int>(rest % 60)});
                got = fmt::format("{} {} {} {}", kind_word(resolved.kind), resolved.utc,
                                  resolved.offset_minutes, resolved.other_offset_minutes);
            }
        }
        ++checked;
        if (got != expected) {
            wrong.push_back(fmt::format("{}: got {}", line, got));
        }
    }
    INFO(fmt::format("{} of {} cases wrong, the first: {}", wrong.size(), checked,
                     wrong.empty() ? "" : wrong.front()));
    for (std::size_t i = 0; i < wrong.size() && i < 10; ++i) {
        UNSCOPED_INFO(wrong[i]);
    }
    CHECK(checked > 50000);
    CHECK(zones_seen >= 20);
    CHECK(wrong.empty());
}

TEST_CASE("a 2038 meeting at 15:00 UTC is 17:00 in Madrid", "[time_zone]") {
    const auto madrid = TimeZone::find("Europe/Madrid");
    REQUIRE(madrid);
    const ZonedInstant utc = TimeZone::find("UTC")->resolve(Date{2038, 6, 15}, TimeOfDay{15, 0});
    const LocalTime local = madrid->local_time(utc.utc);
    CHECK(local.time == TimeOfDay{17, 0});
    CHECK(local.offset_minutes == 120);
}

TEST_CASE("POSIX TZ strings: what parses and what does not", "[time_zone]") {
    for (const char* good : {"CET-1CEST,M3.5.0,M10.5.0/3", "<-04>4<-03>,M9.1.6/24,M4.1.6/24",
                             "<+0330>-3:30", "UTC0", "EST5EDT,J60/2,300/2", "EST5EDT",
                             "IST-2IDT,M3.4.4/26,M10.5.0", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0"}) {
        CAPTURE(good);
        CHECK(PosixZoneRule::parse(good));
    }
    for (const char* bad :
         {"", "C-1", "CET", "CET-1CEST,M13.1.0,M10.5.0", "CET-1CEST,M3.6.0,M1.1.0",
          "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,J0,J5", "CET-1CEST,366,5", "CET-1CEST,M3.5.0",
          "CET-25", "<+03-3", "CET-1CEST,M3.5.0,M10.5.0x"}) {
        CAPTURE(bad);
        CHECK_FALSE(PosixZoneRule::parse(bad));
    }
    // US rule when none is given, as tzcode does.
    const auto us = PosixZoneRule::parse("EST5EDT");
    REQUIRE(us);
    CHECK(us->offset_at(2192140800) == -4 * 3600);  // 2039-06-20
    CHECK(us->offset_at(2177452800) == -5 * 3600);  // 2039-01-01
}

TEST_CASE("read_tzif_footer: the system's zone files", "[time_zone]") {
    std::FILE* file = std::fopen("/usr/share/zoneinfo/Europe/Madrid", "rb");
    REQUIRE(file);
    std::string bytes(1 << 16, '\0');
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file));
    std::fclose(file);
    const auto footer = read_tzif_footer(bytes);
    REQUIRE(footer);
    CHECK(footer->rule == "CET-1CEST,M3.5.0,M10.5.0/3");
    REQUIRE(footer->last_transition);
    CHECK(*footer->last_transition >= 2140000000);  // 2037
    CHECK_FALSE(read_tzif_footer(bytes.substr(0, 100)));
    CHECK_FALSE(read_tzif_footer("TZif1"));
    CHECK_FALSE(read_tzif_footer(""));
}
