#!/usr/bin/python3
"""JSON output: valid UTF-8, parses, versioned, the documented fields with the right values."""
import argparse
import json

from reportlib import check, finish, run_iwg

# The loop's checks hold for any plan, so they also run on the shipped plan. Checks of values
# run on the frozen copy tests/fixtures/plan-2024, so editing plans/2024 does not break them.
PLANS = ["plans/2024", "tests/fixtures/plan-2024", "tests/fixtures/rich"]
FROZEN = "tests/fixtures/plan-2024"
MEETING_KEYS = ["row", "month", "topic", "alternative", "kind", "status", "date", "time",
                "duration_minutes", "timezone", "date_source", "usual_date", "start_utc",
                "utc_offset", "link", "location", "speakers",
                "goals", "actions", "notes"]


def load(iwg, *args):
    raw = run_iwg(iwg, *args)
    text = raw.decode("utf-8")  # raises on invalid UTF-8: the check fails
    return json.loads(text)


def check_header(doc, report, where):
    check(list(doc)[:3] == ["report", "version", "plan"], f"{where}: header keys {list(doc)[:3]}")
    check(doc["report"] == report, f"{where}: report is {doc['report']!r}")
    check(doc["version"] == 2, f"{where}: version is {doc['version']!r}")
    check(set(doc["plan"]) == {"group", "title", "year", "path", "display_timezones"},
          f"{where}: plan keys")
    check(doc["plan"]["year"] == 2024, f"{where}: year")


def check_meeting(meeting, where):
    check(list(meeting) == MEETING_KEYS, f"{where}: meeting keys {list(meeting)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = parser.parse_args().iwg

    for plan in PLANS:
        agenda = load(iwg, "--plan", plan, "agenda", "--all", "--format", "json",
                      "--as-of", "2024-06-15")
        check_header(agenda, "agenda", plan)
        check(len(agenda["months"]) == 12, f"{plan}: agenda --all has 12 months")
        for month in agenda["months"]:
            for meeting in month["meetings"]:
                check_meeting(meeting, plan)
        check(isinstance(agenda["unscheduled"], list), f"{plan}: unscheduled listed with --all")

        summary = load(iwg, "--plan", plan, "summary", "--format", "json", "--as-of", "2024-06-15")
        check_header(summary, "summary", plan)
        check(list(summary["counts"]) == ["goals", "actions", "meetings", "breaks", "unscheduled"],
              f"{plan}: summary counts keys")
        check(summary["counts"]["goals"] == len(summary["goals"]), f"{plan}: goal count")

        status = load(iwg, "--plan", plan, "status", "--format", "json", "--as-of", "2024-06-15")
        check_header(status, "status", plan)
        counts = status["counts"]
        for state in ["held", "cancelled", "upcoming", "stale"]:
            rows = [r for r in status["rows"] if r["state"] == state]
            check(len(rows) == counts[state], f"{plan}: {state} count {counts[state]} != rows")
        for row in status["rows"]:
            check((row["message"] is not None) == (row["state"] == "stale"),
                  f"{plan}: message only on stale rows")

    frozen = load(iwg, "--plan", FROZEN, "summary", "-f", "json", "--as-of", "2024-06-15")
    check(frozen["counts"] == {"goals": 5, "actions": 6, "meetings": 8, "breaks": 1,
                               "unscheduled": 1}, f"plan-2024 counts {frozen['counts']}")
    stale = load(iwg, "--plan", FROZEN, "status", "-f", "json", "--as-of", "2024-06-15")
    messages = [r["message"] for r in stale["rows"] if r["state"] == "stale"]
    check(messages == ["April 2024 is past and still planned: mark it held or cancelled",
                       "May 2024 is past and still planned: mark it held or cancelled"],
          f"stale messages {messages}")
    check(stale["next_meeting"]["topic"] == "Data projects fair", "next meeting")

    rich = load(iwg, "--plan", "tests/fixtures/rich", "agenda", "--all", "-f", "json",
                "--as-of", "2024-06-15")
    by_month = {m["month"]: m for m in rich["months"]}
    kickoff = by_month["2024-01"]["meetings"][0]
    check(kickoff["speakers"] == ["Ana Pérez", "Bob | Builder"], "speakers survive")
    check(kickoff["notes"] == "Minutes are on the wiki.\nSecond line of notes.", "notes survive")
    check(kickoff["goals"] == ["G1"], "rows name goals by id")
    check({"id": "G1", "text": "Ship <script>alert(1)</script> safely"} in rich["goals"],
          "the report carries each named goal's text once")
    check(len(rich["goals"]) == len({g["id"] for g in rich["goals"]}), "each goal once")
    check(kickoff["timezone"] == "+02:00" and kickoff["duration_minutes"] == 90, "time fields")
    check(kickoff["start_utc"] == "2024-01-16T13:00:00Z" and kickoff["utc_offset"] == "+02:00"
          and kickoff["date_source"] == "row", f"the start in UTC: {kickoff['start_utc']}")
    escapes = by_month["2024-09"]["meetings"][0]["topic"]
    check(escapes == "Escapes such as \\e[31m and <U+202E> stay text",
          f"JSON carries plan text exactly (escaped by JSON): {escapes!r}")
    check(by_month["2024-11"]["meetings"] == [], "empty month")
    check(by_month["2024-07"]["is_break"] is True, "break month")

    outside = load(iwg, "--plan", FROZEN, "agenda", "--month", "2025-01", "-f", "json",
                   "--as-of", "2024-06-15")
    check(outside["outside_plan_year"] is True and outside["months"] == [], "outside plan year")
    finish("check_json")


if __name__ == "__main__":
    main()
