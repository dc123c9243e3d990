#include "iwg/render/ics.hpp"

#include <catch2/catch.hpp>

using namespace iwg;

TEST_CASE("ics TEXT escaping", "[render_ics]") {
    CHECK(ics_escape_text("a, b; c \\ d\ne") == "a\\, b\\; c \\\\ d\\ne");
    CHECK(ics_escape_text("\x1b[1m") == "\\\\x1b[1m");
}

TEST_CASE("ics folding keeps lines within 75 octets and UTF-8 whole", "[render_ics]") {
    CHECK(ics_fold_line("SHORT:x") == "SHORT:x\r\n");
    const std::string long_line(80, 'a');
    CHECK(ics_fold_line(long_line) ==
          std::string(75, 'a') + "\r\n " + std::string(5, 'a') + "\r\n");
    // 74 ASCII octets, then a 2-octet character that would end at 76: it moves to the next line.
    const std::string line = std::string(74, 'a') + "é" + "b";
    CHECK(ics_fold_line(line) == std::string(74, 'a') + "\r\n é" + "b\r\n");
}

TEST_CASE("ics_fold_line keeps lines within 75 octets on invalid UTF-8", "[render_ics]") {
    // U+0460 (2 octets), then 99 continuation bytes that belong to no character: each counts
    // alone. Found by small_fuzz (tests/fuzz/regressions/small_fuzz/).
    const std::string line = "\xd1\xa0" + std::string(99, '\xa0');
    CHECK(ics_fold_line(line) == line.substr(0, 75) + "\r\n " + line.substr(75) + "\r\n");
    // A valid character is still never split.
    const std::string mixed = std::string(74, '\xa0') + "é";
    CHECK(ics_fold_line(mixed) == std::string(74, '\xa0') + "\r\n é\r\n");
}

TEST_CASE("ics UIDs depend on the plan and the row's place, not its text", "[render_ics]") {
    const PlanHeader plan{"WG", "Plan", 2024, "plans/2024", false};
    CHECK(ics_uid(plan, 5, 0) ==
          ics_uid(PlanHeader{"WG", "Other title", 2024, "plans/2024", false}, 5, 0));
    CHECK(ics_uid(plan, 5, 0).substr(0, 10) == "2024-05-1-");
    CHECK(ics_uid(plan, 5, 0) != ics_uid(plan, 5, 1));
    CHECK(ics_uid(plan, 5, 0) !=
          ics_uid(PlanHeader{"Other", "Plan", 2024, "plans/2024", false}, 5, 0));
}

TEST_CASE("ics calendar for timed, all-day and month-only rows", "[render_ics]") {
    AgendaReport report;
    report.plan = PlanHeader{"WG", "Plan", 2024, "plans/2024", false};
    AgendaMonth may;
    may.month = YearMonth{2024, 5};
    MeetingView timed;
    timed.month = 5;
    timed.topic = "Timed";
    timed.status = MeetingStatus::confirmed;
    timed.date = Date{2024, 5, 31};
    timed.time = TimeOfDay{23, 30};
    timed.duration_minutes = 60;
    timed.timezone = "-02:00";
    MeetingView month_only;
    month_only.month = 5;
    month_only.topic = "Sometime";
    MeetingView pause;
    pause.month = 5;
    pause.kind = MeetingKind::break_;
    pause.topic = "Pause";
    may.meetings = {timed, month_only, pause};
    report.months = {may};
    const std::string uid = ics_uid(report.plan, 5, 0).substr(10);
    CHECK(render_ics(report, Date{2024, 6, 1}) ==
          "BEGIN:VCALENDAR\r\n"
          "VERSION:2.0\r\n"
          "PRODID:-//iwg//iwg " IWG_VERSION
          "//EN\r\n"
          "CALSCALE:GREGORIAN\r\n"
          "METHOD:PUBLISH\r\n"
          "X-WR-CALNAME:WG · Plan\r\n"
          "BEGIN:VEVENT\r\n"
          "UID:2024-05-1-" +
              uid +
              "\r\n"
              "DTSTAMP:20240601T000000Z\r\n"
              "DTSTART:20240601T013000Z\r\n"
              "DTEND:20240601T023000Z\r\n"
              "SUMMARY:Timed\r\n"
              "DESCRIPTION:Status: confirmed\r\n"
              "STATUS:CONFIRMED\r\n"
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:2024-05-2-" +
              uid +
              "\r\n"
              "DTSTAMP:20240601T000000Z\r\n"
              "DTSTART;VALUE=DATE:20240501\r\n"
              "DTEND;VALUE=DATE:20240601\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "SUMMARY:Sometime\r\n"
              "DESCRIPTION:Status: planned\r\n"
              "STATUS:TENTATIVE\r\n"
              "END:VEVENT\r\n"
              "END:VCALENDAR\r\n");
}
