#include "iwg/render/ics.hpp"

#include "iwg/util/version.hpp"
#include "test_plans.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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

namespace {

std::vector<std::string> physical_lines(const std::string& folded) {
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < folded.size();) {
        const std::size_t end = folded.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        lines.push_back(folded.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

std::string unfold(const std::string& folded) {
    std::string out;
    for (const auto& line : physical_lines(folded)) {
        out += out.empty() ? line : line.substr(1);
    }
    return out;
}

}  // namespace

TEST_CASE("ics_fold_line: 75 octets even for invalid UTF-8", "[render_ics]") {
    // A lead byte then 200 continuation bytes: each stray byte counts as one character.
    const std::string line = "SUMMARY:\xC3" + std::string(200, '\x80');
    const std::string folded = ics_fold_line(line);
    for (const auto& physical : physical_lines(folded)) {
        CHECK(physical.size() <= 75);
    }
    CHECK(unfold(folded) == line);
}

TEST_CASE("ics_fold_line: no workflow command on any physical line", "[render_ics]") {
    for (std::size_t pad = 0; pad < 80; ++pad) {
        const std::string line = "SUMMARY:" + std::string(pad, 'x') + "##[error]x ::add-mask::y " +
                                 std::string(pad, 'y') + ":::set-output::z";
        INFO(pad);
        const std::string folded = ics_fold_line(line);
        CHECK(unfold(folded) == line);
        const auto lines = physical_lines(folded);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            CHECK(lines[i].size() <= 75);
            CHECK(lines[i].find("##[") == std::string::npos);
            if (i > 0) {
                const std::string rest = lines[i].substr(1);
                CHECK_FALSE((rest.starts_with("::") && rest.size() > 2 && rest[2] != ':'));
            }
        }
    }
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
    const PlanHeader plan{"WG", "Plan", 2024, "plans/2024", false, {}};
    CHECK(ics_uid(plan, 5, 0) ==
          ics_uid(PlanHeader{"WG", "Other title", 2024, "plans/2024", false, {}}, 5, 0));
    CHECK(ics_uid(plan, 5, 0).substr(0, 10) == "2024-05-1-");
    CHECK(ics_uid(plan, 5, 0) != ics_uid(plan, 5, 1));
    CHECK(ics_uid(plan, 5, 0) !=
          ics_uid(PlanHeader{"Other", "Plan", 2024, "plans/2024", false, {}}, 5, 0));
}

TEST_CASE("ics sequence counts days since 2000 and only grows", "[render_ics]") {
    CHECK(ics_sequence(Date{2000, 1, 1}) == 0);
    CHECK(ics_sequence(Date{1999, 12, 31}) == 0);
    CHECK(ics_sequence(Date{2024, 6, 1}) == 8918);
    CHECK(ics_sequence(Date{2024, 6, 2}) == 8919);
}

TEST_CASE("ics calendar for timed, all-day and month-only rows", "[render_ics]") {
    Plan plan;
    plan.group.value = "WG";
    plan.title.value = "Plan";
    plan.year.value = 2024;
    plan.root = "plans/2024";
    Meeting timed = test::make_meeting(0, 5, "Timed", MeetingStatus::confirmed);
    timed.date = Located<Date>{Date{2024, 5, 31}, {}};
    timed.time = Located<TimeOfDay>{TimeOfDay{23, 30}, {}};
    timed.duration_minutes = Located<int>{60, {}};
    timed.timezone = Located<std::string>{"-02:00", {}};
    plan.meetings.push_back(timed);
    plan.meetings.push_back(test::make_meeting(1, 5, "Sometime"));
    plan.meetings.push_back(
        test::make_meeting(2, 5, "Pause", MeetingStatus::planned, MeetingKind::break_));
    const AgendaReport report = build_agenda(plan, {2024, 5}, {2024, 5}, false);
    const std::string uid = ics_uid(report.plan, 5, 0).substr(10);
    CHECK(render_ics(report, Date{2024, 6, 1}) ==
          "BEGIN:VCALENDAR\r\n"
          "VERSION:2.0\r\n"
          "PRODID:-//iwg//iwg " +
              std::string(version()) +
              "//EN\r\n"
              "CALSCALE:GREGORIAN\r\n"
              "METHOD:PUBLISH\r\n"
              "X-WR-CALNAME:WG · Plan\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:2024-05-1-" +
              uid +
              "\r\n"
              "DTSTAMP:20240601T000000Z\r\n"
              "SEQUENCE:8918\r\n"
              "DTSTART:20240601T013000Z\r\n"
              "DTEND:20240601T023000Z\r\n"
              "SUMMARY:Timed\r\n"
              "DESCRIPTION:Status: confirmed\\nWhen: Friday 2024-05-31 23:30 -02:00\\, 60 mi\r\n"
              " nutes\r\n"
              "STATUS:CONFIRMED\r\n"
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:2024-05-2-" +
              uid +
              "\r\n"
              "DTSTAMP:20240601T000000Z\r\n"
              "SEQUENCE:8918\r\n"
              "DTSTART;VALUE=DATE:20240501\r\n"
              "DTEND;VALUE=DATE:20240601\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "SUMMARY:Sometime\r\n"
              "DESCRIPTION:Status: planned\r\n"
              "STATUS:TENTATIVE\r\n"
              "END:VEVENT\r\n"
              "END:VCALENDAR\r\n");
}
