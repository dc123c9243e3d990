#!/usr/bin/python3
"""Time zones, the schedule and the e-mail headers, checked against independent oracles:
Python's zoneinfo for every conversion (both sides of each 2024 daylight-saving change, 30-
and 45-minute zones, a skipped and a repeated local time), the calendar module for the
schedule's dates in every month of 2024 and 2025, python3-icalendar and python3-vobject for
the calendar's UTC instants, and the email package for the reminder's headers."""
import argparse
import calendar
import email
import email.policy
import email.utils
import json
import os
import subprocess
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import vobject

from reportlib import check, fail, finish, run_iwg

UTC = timezone.utc
ZONES = ["Europe/Madrid", "America/New_York", "America/Sao_Paulo", "Australia/Sydney",
         "Asia/Kolkata", "Asia/Kathmandu"]
# The days around each 2024 change (Sao Paulo has had none since 2019; Kolkata and
# Kathmandu have none): the day before and the day after, at noon and in the evening.
CHANGES = {
    "Europe/Madrid": [date(2024, 3, 31), date(2024, 10, 27)],
    "America/New_York": [date(2024, 3, 10), date(2024, 11, 3)],
    "America/Sao_Paulo": [date(2024, 2, 18), date(2024, 11, 3)],
    "Australia/Sydney": [date(2024, 4, 7), date(2024, 10, 6)],
    "Asia/Kolkata": [date(2024, 3, 31)],
    "Asia/Kathmandu": [date(2024, 10, 27)],
}
HEADER = "format: 1\ngroup: Zones\ntitle: Zones\nyear: {year}\n"
GOALS = "goals:\n  - id: G1\n    text: g\nactions:\n  - id: A1\n    text: a\n    goals: [G1]\n"


def write_plan(directory, text):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "plan.yaml"), "w") as f:
        f.write(text)
    return directory


def iso_utc(instant):
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:00Z")


def offset_text(moment):
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"


def meetings_of(report):
    return [m for month in report["months"] for m in month["meetings"]]


def check_conversions(iwg, tmp):
    rows = []
    for zone, days in CHANGES.items():
        for day in days:
            for when in (day - timedelta(days=1), day + timedelta(days=1)):
                for clock in ("12:00", "21:45"):
                    rows.append((zone, when, clock))
    text = HEADER.format(year=2024)
    text += "display_timezones: [UTC, " + ", ".join(ZONES) + "]\n" + GOALS + "meetings:\n"
    for zone, when, clock in rows:
        text += (f"  - month: {calendar.month_name[when.month].lower()}\n"
                 f"    topic: {zone} {when} {clock}\n    shares_month: true\n"
                 f"    date: {when}\n    time: \"{clock}\"\n    timezone: {zone}\n")
    plan = write_plan(os.path.join(tmp, "conversions"), text)
    reminded = 0
    report = json.loads(run_iwg(iwg, "--plan", plan, "agenda", "--all", "-f", "json"))
    check(report["plan"]["display_timezones"] == ["UTC"] + ZONES, "the plan's display zones")
    by_topic = {m["topic"]: m for m in meetings_of(report)}
    for zone, when, clock in rows:
        meeting = by_topic[f"{zone} {when} {clock}"]
        local = datetime.combine(when, time.fromisoformat(clock), ZoneInfo(zone))
        where = f"{clock} {zone} on {when}"
        check(meeting["start_utc"] == iso_utc(local),
              f"{where}: start_utc {meeting['start_utc']}, zoneinfo says {iso_utc(local)}")
        check(meeting["utc_offset"] == offset_text(local),
              f"{where}: offset {meeting['utc_offset']}, zoneinfo says {offset_text(local)}")
        # The reminder shows the start in every display zone and in --tz's.
        reminder = json.loads(run_iwg(iwg, "--plan", plan, "remind", "--within", "0", "-t", "json",
                                      "--as-of", when.isoformat(), "--tz", "Asia/Kathmandu"))
        if reminder["meeting"]["topic"] != meeting["topic"]:
            continue  # another row of that day comes first; it is checked on its own
        expected = []
        for other in ["UTC"] + ZONES:
            there = local.astimezone(ZoneInfo(other))
            text = f"{there:%H:%M} {other}"
            if there.date() != when:
                text += f" ({there:%A})"
            expected.append(text)
        check(reminder["elsewhere"] == ", ".join(expected),
              f"{where}: elsewhere {reminder['elsewhere']!r}, zoneinfo says {expected}")
        reader = local.astimezone(ZoneInfo("Asia/Kathmandu"))
        check(reminder["your_time"] == f"{reader:%A %Y-%m-%d %H:%M} Asia/Kathmandu (+05:45)",
              f"{where}: --tz Asia/Kathmandu {reminder['your_time']!r}")
        reminded += 1
    check(reminded >= 12, f"reminders checked: {reminded}")  # the first row of each day
    print(f"  {len(rows)} meetings in {len(ZONES)} zones agree with zoneinfo")


def check_gaps_and_repeats(iwg, tmp):
    # Europe/Madrid skipped 02:00-03:00 on 2024-03-31 and repeated it on 2024-10-27.
    skipped = datetime(2024, 3, 31, 2, 30)
    repeated = datetime(2024, 10, 27, 2, 30)
    madrid = ZoneInfo("Europe/Madrid")
    text = HEADER.format(year=2024) + GOALS + "meetings:\n"
    for moment in (skipped, repeated):
        text += (f"  - month: {calendar.month_name[moment.month].lower()}\n    topic: t\n"
                 f"    date: {moment.date()}\n    time: \"02:30\"\n    timezone: Europe/Madrid\n")
    plan = write_plan(os.path.join(tmp, "gaps"), text)
    result = subprocess.run([iwg, "validate", "--format", "json", plan], capture_output=True)
    findings = json.loads(result.stdout)["findings"]
    check([f["rule"] for f in findings] == ["E209", "W206"],
          f"a skipped and a repeated time: {[f['rule'] for f in findings]}")
    check(result.returncode == 1, "a time the clocks skip is an error")
    if len(findings) == 2:
        check("from +01:00 to +02:00" in findings[0]["message"], findings[0]["message"])
        check("from +02:00 to +01:00" in findings[1]["message"], findings[1]["message"])
    # The repeated time alone: iwg takes the first of the two, as zoneinfo's fold=0 does.
    text = HEADER.format(year=2024) + GOALS + (
        "meetings:\n  - month: october\n    topic: t\n    date: 2024-10-27\n"
        "    time: \"02:30\"\n    timezone: Europe/Madrid\n")
    plan = write_plan(os.path.join(tmp, "repeat"), text)
    meeting = meetings_of(json.loads(run_iwg(iwg, "--plan", plan, "agenda", "--all", "-f",
                                             "json")))[0]
    first = repeated.replace(tzinfo=madrid, fold=0)
    check(meeting["start_utc"] == iso_utc(first) == "2024-10-27T00:30:00Z",
          f"the repeated 02:30 is the first: {meeting['start_utc']}")


def rule_date(year, month, ordinal, weekday):
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[-1] if ordinal == "last" else days[["first", "second", "third",
                                                    "fourth"].index(ordinal)]


def check_schedule(iwg, tmp):
    checked = 0
    five_tuesdays = 0
    for year in (2024, 2025):
        for ordinal in ("first", "second", "third", "fourth", "last"):
            for weekday, name in enumerate(calendar.day_name):
                text = HEADER.format(year=year)
                text += (f"schedule: {{day: {ordinal} {name.lower()}, time: \"15:00\", "
                         f"timezone: UTC}}\n") + GOALS + "meetings:\n"
                for month in range(1, 13):
                    text += f"  - month: {calendar.month_name[month].lower()}\n    topic: m{month}\n"
                plan = write_plan(os.path.join(tmp, f"schedule-{year}-{ordinal}-{weekday}"), text)
                report = json.loads(run_iwg(iwg, "--plan", plan, "agenda", "--all", "-f", "json"))
                for meeting in meetings_of(report):
                    expected = rule_date(year, meeting["month"], ordinal, weekday)
                    check(meeting["date"] == expected.isoformat() and
                          meeting["date_source"] == "schedule",
                          f"{ordinal} {name} of {year}-{meeting['month']:02}: "
                          f"{meeting['date']}, expected {expected}")
                    checked += 1
                    if ordinal == "last" and name == "Tuesday":
                        tuesdays = len([d for d in calendar.Calendar().itermonthdates(
                            year, meeting["month"]) if d.month == meeting["month"]
                            and d.weekday() == 1])
                        five_tuesdays += tuesdays == 5
    check(five_tuesdays >= 4, f"months with five Tuesdays covered: {five_tuesdays}")
    print(f"  {checked} schedule dates agree with the calendar module")

    # A row's own values win over the schedule, which wins over the plan's defaults; breaks
    # and surveys get no date; the shipped fixture shows a moved meeting.
    report = json.loads(run_iwg(iwg, "--plan", "tests/fixtures/zones", "agenda", "--all", "-f",
                                "json"))
    by_month = {m["month"]: m for m in meetings_of(report)}
    check(by_month[4]["date"] == "2024-04-23" and by_month[4]["usual_date"] == "2024-04-30"
          and by_month[4]["date_source"] == "row", f"a moved meeting: {by_month[4]}")
    check(by_month[5]["date"] == "2024-05-28" and by_month[5]["timezone"] == "Africa/Nairobi"
          and by_month[5]["duration_minutes"] == 180 and by_month[5]["time"] == "10:00",
          "the row's own time, zone and duration win")
    check(by_month[3]["duration_minutes"] == 90 and by_month[3]["timezone"] == "Europe/Madrid",
          "the schedule's duration and zone")
    check(by_month[9]["date"] is None and by_month[8]["date"] is None,
          "surveys and breaks take no date from the schedule")
    # remind --within and status use the schedule's dates.
    reminder = json.loads(run_iwg(iwg, "--plan", "tests/fixtures/zones", "remind", "--within",
                                  "7", "-t", "json", "--as-of", "2024-03-20"))
    check(reminder["rule"] == "dated" and reminder["meeting"]["date"] == "2024-03-26",
          f"--within finds the schedule's date: {reminder['rule']} {reminder['meeting']['date']}")
    check(run_iwg(iwg, "--plan", "tests/fixtures/zones", "remind", "--within", "4", "--as-of",
                  "2024-03-20") == b"", "nothing within 4 days of 2024-03-20")
    for as_of, state in (("2024-03-26", "upcoming"), ("2024-03-27", "stale")):
        status = json.loads(run_iwg(iwg, "--plan", "tests/fixtures/zones", "status", "-f", "json",
                                    "--as-of", as_of))
        march = [r for r in status["rows"] if r["meeting"]["month"] == 3][0]
        check(march["state"] == state, f"status on {as_of}: March is {march['state']}")
    check(by_month[3]["link"] == "https://meet.example.org/zones" and
          by_month[4]["location"] == "Room 4, Calle Mayor 1, Madrid",
          "the plan's link, the row's location")


def utc_of(value):
    return value if value.tzinfo else None


def check_calendar(iwg):
    raw = run_iwg(iwg, "--plan", "tests/fixtures/zones", "agenda", "--all", "-f", "ics",
                  "--as-of", "2024-02-01")
    expected = {  # the plan's meetings, converted by zoneinfo
        "Spring review": (datetime(2024, 3, 26, 15, 0, tzinfo=ZoneInfo("Europe/Madrid")), 90),
        "Moved for Easter": (datetime(2024, 4, 23, 15, 0, tzinfo=ZoneInfo("Europe/Madrid")), 90),
        "In person in Nairobi": (datetime(2024, 5, 28, 10, 0,
                                          tzinfo=ZoneInfo("Africa/Nairobi")), 180),
        "After the clocks change": (datetime(2024, 10, 29, 15, 0,
                                             tzinfo=ZoneInfo("Europe/Madrid")), 90),
        "Fixed offset row": (datetime(2024, 11, 12, 12, 30, tzinfo=UTC), 90),
    }
    parsed = {}
    for event in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
        parsed[str(event["SUMMARY"])] = (event["DTSTART"].dt, event["DTEND"].dt,
                                         int(event["SEQUENCE"]), str(event.get("URL", "")))
    second = {}
    for event in vobject.readOne(raw.decode("utf-8")).vevent_list:
        second[event.summary.value] = (event.dtstart.value, event.dtend.value)
    for topic, (start, minutes) in expected.items():
        for parser, events in (("icalendar", parsed), ("vobject", second)):
            if topic not in events:
                fail(f"{parser}: no event {topic!r}")
                continue
            got_start, got_end = events[topic][0], events[topic][1]
            check(got_start.tzinfo is not None and got_start == start,
                  f"{parser}: {topic} starts {got_start}, zoneinfo says {start.astimezone(UTC)}")
            check(got_end - got_start == timedelta(minutes=minutes),
                  f"{parser}: {topic} lasts {got_end - got_start}")
    sequence = (date(2024, 2, 1) - date(2000, 1, 1)).days
    check(all(p[2] == sequence for p in parsed.values()), f"SEQUENCE is {sequence}")
    check(parsed["Spring review"][3] == "https://meet.example.org/zones", "URL")
    descriptions = {str(e["SUMMARY"]): str(e["DESCRIPTION"])
                    for e in icalendar.Calendar.from_ical(raw).walk("VEVENT")}
    check("When: Tuesday 2024-03-26 15:00 Europe/Madrid (+01:00), 90 minutes"
          in descriptions["Spring review"], "the description keeps the organiser's zone")
    later = run_iwg(iwg, "--plan", "tests/fixtures/zones", "agenda", "--all", "-f", "ics",
                    "--as-of", "2024-02-02")
    check([int(e["SEQUENCE"]) for e in icalendar.Calendar.from_ical(later).walk("VEVENT")][0]
          == sequence + 1, "a later export has a higher SEQUENCE")


def check_mail(iwg):
    base = ["--plan", "tests/fixtures/zones", "remind", "--month", "april", "-t", "email"]
    mail = ["--mail-from", "IWG Coordinators <iwg@example.org>",
            "--mail-to", "members@example.org, Ana O'Neil <ana@example.net>"]
    args = [*base, "--as-of", "2024-04-16", *mail]
    first = run_iwg(iwg, *args)
    check(first == run_iwg(iwg, *args), "the same input gives the same message")
    message = email.message_from_bytes(first, policy=email.policy.default)
    check(message["From"].addresses[0].addr_spec == "iwg@example.org", f"From: {message['From']}")
    check([a.addr_spec for a in message["To"].addresses] ==
          ["members@example.org", "ana@example.net"], f"To: {message['To']}")
    check(email.utils.parsedate_to_datetime(message["Date"]) ==
          datetime(2024, 4, 16, tzinfo=UTC), f"Date: {message['Date']}")
    check(message["Message-ID"].startswith("<iwg.2024-04.20240416.") and
          message["Message-ID"].endswith("@example.org>"), f"Message-ID: {message['Message-ID']}")
    check(message["Subject"] == "Zones Group: April 2024 meeting: Moved for Easter",
          f"Subject: {message['Subject']}")
    body = message.get_content()
    check("Join: https://meet.example.org/zones\n" in body, "the body says where to join")
    check("When: Tuesday 2024-04-23 15:00 Europe/Madrid (+02:00), 90 minutes, moved from "
          "Tuesday 2024-04-30\n" in body, "the body says when, and that it moved")
    check("Elsewhere: 10:00 America/Sao_Paulo, 16:00 Africa/Nairobi, 18:30 Asia/Kolkata, "
          "23:00 Australia/Sydney\n" in body, "the body shows the display zones")
    with open("tests/fixtures/zones/plan.yaml") as f:
        text = f.read().replace("Moved for Easter", "Moved for Easter (corrected)")
    with tempfile.TemporaryDirectory() as tmp:
        plan = write_plan(tmp, text)
        fixed = run_iwg(iwg, "--plan", plan, *base[2:], "--as-of", "2024-04-16", *mail)
    check(email.message_from_bytes(fixed, policy=email.policy.default)["Message-ID"] !=
          message["Message-ID"], "a corrected reminder is another message")
    other = run_iwg(iwg, *base, "--as-of", "2024-04-17", *mail)
    check(email.message_from_bytes(other, policy=email.policy.default)["Message-ID"] !=
          message["Message-ID"], "another day's reminder is another message")
    # No option can add a header or break one.
    for hostile in ["a@example.org\nBcc: x@example.org", "a@example.org\r\nBcc: x@example.org",
                    "Ana <a@example.org> <b@example.org>", "\"Ana\" <a@example.org>",
                    "a@example.org, ", "=?UTF-8?B?QQ==?= <a@example.org>", "Ána <a@example.org>",
                    "Dr. Ana <a@example.org>"]:
        result = subprocess.run([iwg, *args[:-2], "--mail-to", hostile], capture_output=True)
        check(result.returncode == 2 and result.stdout == b"",
              f"--mail-to {hostile!r}: exit {result.returncode}")
    result = subprocess.run([iwg, *base, "--mail-from", "a@example.org, b@example.org"],
                            capture_output=True)
    check(result.returncode == 2, "--mail-from takes one address")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = parser.parse_args().iwg
    with tempfile.TemporaryDirectory() as tmp:
        check_conversions(iwg, tmp)
        check_gaps_and_repeats(iwg, tmp)
        check_schedule(iwg, tmp)
    check_calendar(iwg)
    check_mail(iwg)
    finish("check_time_zones")


if __name__ == "__main__":
    main()
