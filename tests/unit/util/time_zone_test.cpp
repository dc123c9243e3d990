#include "iwg/util/time_zone.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace iwg;

namespace {

// Minutes since the epoch of a UTC date and time, as the tests write them.
UtcMinutes utc(const Date& date, int hour, int minute) {
    return days_from_civil(date) * 1440L + hour * 60L + minute;
}

void check_instant(const ZonedInstant& got, ZonedInstant::Kind kind, UtcMinutes instant, int offset,
                   int other_offset) {
    CHECK(got.kind == kind);
    CHECK(got.utc == instant);
    CHECK(got.offset_minutes == offset);
    CHECK(got.other_offset_minutes == other_offset);
}

}  // namespace

TEST_CASE("find accepts UTC, offsets and IANA names", "[time_zone]") {
    for (const char* name : {"UTC", "utc", "Z"}) {
        const auto zone = TimeZone::find(name);
        REQUIRE(zone);
        CHECK(zone->name() == "UTC");
        CHECK(zone->is_fixed());
        CHECK(zone->offset_at(0) == 0);
    }
    const auto plus = TimeZone::find("+02:00");
    REQUIRE(plus);
    CHECK(plus->name() == "+02:00");
    CHECK(plus->is_fixed());
    CHECK(plus->offset_at(0) == 120);
    const auto minus = TimeZone::find("-03:30");
    REQUIRE(minus);
    CHECK(minus->offset_at(utc(Date{2024, 7, 1}, 0, 0)) == -210);
    CHECK(TimeZone::find("+14:00"));
    const auto madrid = TimeZone::find("Europe/Madrid");
    REQUIRE(madrid);
    CHECK(madrid->name() == "Europe/Madrid");
    CHECK_FALSE(madrid->is_fixed());
    CHECK(madrid->offset_at(utc(Date{2024, 1, 15}, 12, 0)) == 60);
    CHECK(madrid->offset_at(utc(Date{2024, 7, 15}, 12, 0)) == 120);
    const auto etc_utc = TimeZone::find("Etc/UTC");
    REQUIRE(etc_utc);
    CHECK(etc_utc->name() == "Etc/UTC");
    CHECK(etc_utc->offset_at(utc(Date{2024, 7, 15}, 12, 0)) == 0);
}

TEST_CASE("find refuses abbreviations, Etc/GMT offsets, bad offsets and unknown names",
          "[time_zone]") {
    for (const char* name :
         {"CET", "EST", "Japan", "Etc/GMT+3", "+15:00", "+02:60", "+2:00", "02:00", "Europe/Madird",
          "europe/madrid", "Europe/Madrid ", "", "Europe/../Madrid", "/etc/passwd"}) {
        INFO(name);
        CHECK_FALSE(TimeZone::find(name));
    }
}

TEST_CASE("resolve finds the one instant of an ordinary local time", "[time_zone]") {
    const ZonedInstant summer =
        TimeZone::find("Europe/Madrid")->resolve(Date{2024, 6, 18}, TimeOfDay{15, 0});
    check_instant(summer, ZonedInstant::Kind::unique, utc(Date{2024, 6, 18}, 13, 0), 120, 120);
    CHECK(summer.utc == 28645260);
    const ZonedInstant fixed =
        TimeZone::find("-03:30")->resolve(Date{2024, 1, 1}, TimeOfDay{22, 0});
    check_instant(fixed, ZonedInstant::Kind::unique, utc(Date{2024, 1, 2}, 1, 30), -210, -210);
}

TEST_CASE("resolve in the spring gap: nonexistent, as if the winter offset held", "[time_zone]") {
    // 2024-03-31 in Madrid: 02:00 +01:00 jumps to 03:00 +02:00.
    const ZonedInstant gap =
        TimeZone::find("Europe/Madrid")->resolve(Date{2024, 3, 31}, TimeOfDay{2, 30});
    check_instant(gap, ZonedInstant::Kind::nonexistent, utc(Date{2024, 3, 31}, 1, 30), 60, 120);
    CHECK(gap.utc == 28530810);
}

TEST_CASE("resolve in the autumn overlap: ambiguous, the earlier instant", "[time_zone]") {
    // 2024-10-27 in Madrid: 03:00 +02:00 goes back to 02:00 +01:00.
    const ZonedInstant twice =
        TimeZone::find("Europe/Madrid")->resolve(Date{2024, 10, 27}, TimeOfDay{2, 30});
    check_instant(twice, ZonedInstant::Kind::ambiguous, utc(Date{2024, 10, 27}, 0, 30), 120, 60);
    CHECK(twice.utc == 28833150);
}

TEST_CASE("local_time in zones a quarter or half an hour off", "[time_zone]") {
    const UtcMinutes instant = utc(Date{2024, 6, 18}, 13, 0);
    const LocalTime kathmandu = TimeZone::find("Asia/Kathmandu")->local_time(instant);
    CHECK(kathmandu.date == Date{2024, 6, 18});
    CHECK(kathmandu.time == TimeOfDay{18, 45});
    CHECK(kathmandu.offset_minutes == 345);
    const LocalTime kolkata = TimeZone::find("Asia/Kolkata")->local_time(instant);
    CHECK(kolkata.time == TimeOfDay{18, 30});
    CHECK(kolkata.offset_minutes == 330);
    // Across midnight, backwards and forwards.
    const LocalTime sao_paulo =
        TimeZone::find("America/Sao_Paulo")->local_time(utc(Date{2024, 6, 18}, 1, 0));
    CHECK(sao_paulo.date == Date{2024, 6, 17});
    CHECK(sao_paulo.time == TimeOfDay{22, 0});
    CHECK(sao_paulo.offset_minutes == -180);
    const LocalTime tokyo = TimeZone::find("Asia/Tokyo")->local_time(utc(Date{2024, 6, 18}, 15, 0));
    CHECK(tokyo.date == Date{2024, 6, 19});
    CHECK(tokyo.time == TimeOfDay{0, 0});
    // Before 1970 too.
    const LocalTime early = TimeZone::find("UTC")->local_time(-1);
    CHECK(early.date == Date{1969, 12, 31});
    CHECK(early.time == TimeOfDay{23, 59});
}

TEST_CASE("local_time on either side of a jump", "[time_zone]") {
    const auto madrid = TimeZone::find("Europe/Madrid");
    const UtcMinutes jump = utc(Date{2024, 3, 31}, 1, 0);
    CHECK(madrid->local_time(jump - 1).time == TimeOfDay{1, 59});
    CHECK(madrid->local_time(jump - 1).offset_minutes == 60);
    CHECK(madrid->local_time(jump).time == TimeOfDay{3, 0});
    CHECK(madrid->local_time(jump).offset_minutes == 120);
}

TEST_CASE("format_utc_offset and format_iso_utc", "[time_zone]") {
    CHECK(format_utc_offset(0) == "+00:00");
    CHECK(format_utc_offset(120) == "+02:00");
    CHECK(format_utc_offset(345) == "+05:45");
    CHECK(format_utc_offset(-210) == "-03:30");
    CHECK(format_utc_offset(-30) == "-00:30");
    CHECK(format_iso_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(format_iso_utc(28645260) == "2024-06-18T13:00:00Z");
    CHECK(format_iso_utc(-1) == "1969-12-31T23:59:00Z");
}

TEST_CASE("closest_zone_name corrects spelling and case", "[time_zone]") {
    CHECK(closest_zone_name("Europe/Madird") == "Europe/Madrid");
    CHECK(closest_zone_name("america/sao_paulo") == "America/Sao_Paulo");
    CHECK(closest_zone_name("europe/madrid") == "Europe/Madrid");
    CHECK(closest_zone_name("Eurpoe/Madrid") == "Europe/Madrid");
    CHECK_FALSE(closest_zone_name("Nowhere/Atlantis-Under-The-Sea"));
}

TEST_CASE("known_zone_names are the names find accepts, sorted", "[time_zone]") {
    const auto& names = known_zone_names();
    REQUIRE_FALSE(names.empty());
    CHECK(std::is_sorted(names.begin(), names.end()));
    CHECK(std::find(names.begin(), names.end(), "Europe/Madrid") != names.end());
    CHECK(std::find(names.begin(), names.end(), "CET") == names.end());
    CHECK(std::find(names.begin(), names.end(), "Etc/GMT+3") == names.end());
}
