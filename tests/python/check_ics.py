#!/usr/bin/python3
"""iCalendar output: CRLF, folding at 75 octets, parsed by python3-icalendar, required
properties, stable UIDs across runs and across month selections, UTC conversion."""
import argparse
from datetime import date, datetime, timezone

import icalendar

from reportlib import check, finish, run_iwg

# The loop's checks hold for any plan, so they also run on the shipped plan. Checks of values
# run on the frozen copy tests/fixtures/plan-2024, so editing plans/2024 does not break them.
PLANS = ["plans/2024", "tests/fixtures/plan-2024", "tests/fixtures/rich"]
FROZEN = "tests/fixtures/plan-2024"


def physical_checks(raw, where):
    check(raw.endswith(b"\r\n"), f"{where}: ends in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        check(b"\n" not in line and b"\r" not in line, f"{where}:{number}: bare LF or CR")
        check(len(line) <= 75, f"{where}:{number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, f"{where}:{number}: fold split a UTF-8 character")


def events(raw):
    calendar = icalendar.Calendar.from_ical(raw)
    return calendar, [c for c in calendar.walk("VEVENT")]


def check_empty_calendar(iwg):
    """August is a break: the calendar has no event, and still one component (RFC 5545)."""
    raw = run_iwg(iwg, "--plan", FROZEN, "agenda", "--month", "aug", "--format", "ics")
    calendar, vevents = events(raw)
    check(vevents == [], "august has no event")
    check(len(calendar.subcomponents) >= 1, "an empty calendar still holds a component")
    check(b"BEGIN:VTIMEZONE\r\nTZID:UTC\r\n" in raw, "the placeholder is the UTC zone")
    check(icalendar.Calendar.from_ical(raw).to_ical().count(b"BEGIN:") >= 2, "re-serialises")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = parser.parse_args().iwg
    check_empty_calendar(iwg)

    for plan in PLANS:
        args = ["--plan", plan, "agenda", "--all", "--format", "ics"]
        first = run_iwg(iwg, *args, "--as-of", "2024-06-15")
        second = run_iwg(iwg, *args, "--as-of", "2024-06-15")
        check(first == second, f"{plan}: two runs differ")
        physical_checks(first, plan)
        calendar, vevents = events(first)
        check(str(calendar["VERSION"]) == "2.0", f"{plan}: VERSION")
        check("PRODID" in calendar, f"{plan}: PRODID")
        uids = []
        for event in vevents:
            for prop in ["UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"]:
                check(prop in event, f"{plan}: VEVENT without {prop}")
            check(event["DTSTAMP"].dt == datetime(2024, 6, 15, tzinfo=timezone.utc),
                  f"{plan}: DTSTAMP is --as-of in UTC")
            uids.append(str(event["UID"]))
        check(len(uids) == len(set(uids)), f"{plan}: UIDs unique")
        # A later --as-of changes DTSTAMP only: the UIDs stay, so a re-import updates.
        later = run_iwg(iwg, *args, "--as-of", "2024-09-01")
        check([str(e["UID"]) for e in events(later)[1]] == uids, f"{plan}: UIDs moved with as-of")
        summaries = [str(e["SUMMARY"]) for e in vevents]
        check("summer break" not in [s.lower() for s in summaries], f"{plan}: a break became an event")

    _, frozen = events(run_iwg(iwg, "--plan", FROZEN, "agenda", "--all", "-f", "ics",
                               "--as-of", "2024-06-15"))
    check(len(frozen) == 8, f"plan-2024: {len(frozen)} events, expected 8 (no break, "
          "no unscheduled row)")
    may = [e for e in frozen if e["DTSTART"].dt == date(2024, 5, 1)]
    check(len(may) == 1 and may[0]["DTEND"].dt == date(2024, 6, 1)
          and str(may[0]["TRANSP"]) == "TRANSPARENT", "month-only row spans its month")

    rich_all = run_iwg(iwg, "--plan", "tests/fixtures/rich", "agenda", "--all", "-f", "ics",
                       "--as-of", "2024-06-15")
    _, rich = events(rich_all)
    by_summary = {str(e["SUMMARY"]): e for e in rich}
    kickoff = by_summary["Kick-off"]
    check(kickoff["DTSTART"].dt == datetime(2024, 1, 16, 13, 0, tzinfo=timezone.utc),
          "15:00 +02:00 is 13:00 UTC")
    check(kickoff["DTEND"].dt == datetime(2024, 1, 16, 14, 30, tzinfo=timezone.utc),
          "duration 90 minutes")
    late = by_summary["Late-night call across midnight"]
    check(late["DTSTART"].dt == datetime(2024, 6, 1, 1, 30, tzinfo=timezone.utc),
          "23:30 -02:00 on 31 May is 01:30 UTC on 1 June")
    cancelled = by_summary["Cancelled, sadly; see \\ notes"]
    check(cancelled["DTSTART"].dt == date(2024, 2, 20) and cancelled["DTEND"].dt == date(2024, 2, 21),
          "dated row without a time is all-day")
    check(str(cancelled["STATUS"]) == "CANCELLED", "cancelled row")
    check("Table | breaker <script>alert('x')</script>" in by_summary, "hostile text round-trips")
    check("Newline\ninside the topic" in by_summary, "newline escaped and restored")
    check("Speakers: Ana Pérez, Bob | Builder" in str(kickoff["DESCRIPTION"]),
          "description names the speakers")

    january = run_iwg(iwg, "--plan", "tests/fixtures/rich", "agenda", "--month", "january",
                      "-f", "ics", "--as-of", "2024-06-15")
    check([str(e["UID"]) for e in events(january)[1]] == [str(kickoff["UID"])],
          "a month's export has the same UID as the year's")
    finish("check_ics")


if __name__ == "__main__":
    main()
