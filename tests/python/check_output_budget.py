#!/usr/bin/python3
"""The output budget (docs/reports.md): for the built-in formats, no command prints more than
BUDGET_FACTOR bytes per byte of plan, plus BUDGET_CONSTANT (publish: in each file it
writes), on generated worst cases that
make naive reports quadratic: long linked texts named many times, many rows naming one goal,
many goals named by one held meeting, and one action serving every goal named by every row;
and on the widest linear case, the smallest rows there are, each shown in full (JSON writes
every key of every row) and in twelve display zones.
"""
import argparse
import os
import subprocess
import sys
import tempfile

from reportlib import FAILURES, check

BUDGET_FACTOR = 32
BUDGET_CONSTANT = 64 * 1024


def header():
    return "format: 1\ngroup: Budget\ntitle: Worst cases\nyear: 2024\n"


def long_text_named_often():
    text = "x" * 30000
    refs = ", ".join(["G1"] * 10000)
    return (header() + f"goals:\n  - id: G1\n    text: {text}\n"
            f"actions:\n  - id: A1\n    text: {text}\n    goals: [G1]\n"
            f"meetings:\n  - month: may\n    topic: t\n    status: held\n"
            f"    goals: [{refs}]\n    actions: [{', '.join(['A1'] * 1000)}]\n")


def many_rows_one_goal():
    rows = "".join(f"  - {{month: may, topic: t{i}, goals: [G1], shares_month: true}}\n"
                   for i in range(500))
    return (header() + f"goals:\n  - id: G1\n    text: {'y' * 20000}\n"
            "actions:\n  - {id: A1, text: a, goals: [G1]}\nmeetings:\n" + rows)


def many_goals_one_meeting():
    goals = "".join(f"  - {{id: G{i}, text: goal number {i} {'z' * 20}}}\n" for i in range(1, 2001))
    ids = ", ".join(f"G{i}" for i in range(1, 2001))
    return (header() + "goals:\n" + goals +
            f"actions:\n  - {{id: A1, text: a, goals: [{ids}]}}\n"
            f"meetings:\n  - month: may\n    topic: {'t' * 5000}\n    status: held\n"
            f"    goals: [{ids}]\n")


def one_action_serving_all():
    goals = "".join(f"  - {{id: G{i}, text: g{i}}}\n" for i in range(1, 1001))
    ids = ", ".join(f"G{i}" for i in range(1, 1001))
    rows = "".join(f"  - {{month: {['january', 'february', 'march'][i % 3]}, topic: {'w' * 200},"
                   f" status: held, actions: [A1], shares_month: true}}\n" for i in range(1, 1001))
    return (header() + "goals:\n" + goals + f"actions:\n  - {{id: A1, text: a, goals: [{ids}]}}\n"
            "meetings:\n" + rows)


TWELVE_ZONES = ("display_timezones: [UTC, Europe/Madrid, Europe/London, America/New_York, "
                "America/Sao_Paulo, Africa/Nairobi, Asia/Kolkata, Asia/Kathmandu, Asia/Tokyo, "
                "Australia/Sydney, Pacific/Auckland, America/Los_Angeles]\n")


def tiny_rows(zones):
    """The smallest rows there are, each given a date, time and link by the plan, and shown in
    twelve zones (the most display_timezones allows): every row costs its full view."""
    plan = header()
    if zones:
        plan += ("schedule: {day: last tuesday, time: '15:00', timezone: Europe/Madrid}\n"
                 "link: https://meet.example.org/x\nlocation: Room 4\n" + TWELVE_ZONES)
    rows = "".join(f"- {{month: {['may', 'jun'][i % 2]}, topic: t}}\n" for i in range(1200))
    return plan + "meetings:\n" + rows


COMMANDS = [
    ["agenda", "--all"], ["agenda", "--all", "-f", "markdown"], ["agenda", "--all", "-f", "json"],
    ["agenda", "--all", "-f", "ics"], ["summary"], ["summary", "-f", "markdown"],
    ["summary", "-f", "json"], ["status"], ["status", "-f", "markdown"], ["status", "-f", "json"],
    ["document"], ["document", "-f", "markdown"], ["document", "-f", "json"],
    ["document", "-f", "html"],
    ["agenda", "--all", "--tz", "Asia/Tokyo"], ["agenda", "--all", "-f", "json", "--tz", "UTC"],
    ["remind", "--month", "may"], ["remind", "--month", "may", "-t", "markdown"],
    ["remind", "--month", "may", "-t", "email"], ["remind", "--month", "may", "-t", "json"],
    ["validate"], ["validate", "-f", "json"], ["validate", "-f", "github"],
    ["validate", "-f", "sarif"],
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = parser.parse_args().iwg
    cases = {"long text named often": long_text_named_often(),
             "many rows name one goal": many_rows_one_goal(),
             "many goals, one meeting": many_goals_one_meeting(),
             "one action serves every goal": one_action_serving_all(),
             "tiny rows": tiny_rows(False),
             "tiny rows in twelve zones": tiny_rows(True)}
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in cases.items():
            path = os.path.join(tmp, name.replace(" ", "-").replace(",", "") + ".yaml")
            with open(path, "w") as f:
                f.write(text)
            size = len(text.encode())
            for command in COMMANDS:
                args = [iwg, "--plan", path, "--as-of", "2024-12-31", *command]
                if command[0] == "validate":
                    args = [iwg, "--as-of", "2024-12-31", *command, path]
                proc = subprocess.run(args, capture_output=True)
                where = f"{name}: {' '.join(command)}"
                check(proc.returncode in (0, 1), f"{where}: exit {proc.returncode} "
                      f"{proc.stderr[:200]!r}")
                out = len(proc.stdout) + len(proc.stderr)
                check(proc.stdout or command[0] in ("remind", "validate"), f"{where}: no output")
                worst = max(worst, out / size)
                check(out <= BUDGET_FACTOR * size + BUDGET_CONSTANT,
                      f"{where}: {out} bytes for a {size}-byte plan "
                      f"(budget {BUDGET_FACTOR}x + {BUDGET_CONSTANT})")
            # publish: each file of the plan's site within the budget.
            site = os.path.join(tmp, "site-" + os.path.basename(path))
            proc = subprocess.run([iwg, "--plan", path, "--as-of", "2024-12-31", "publish", site],
                                  capture_output=True)
            check(proc.returncode == 0, f"{name}: publish: exit {proc.returncode} "
                  f"{proc.stderr[:200]!r}")
            files = sorted(os.listdir(site)) if os.path.isdir(site) else []
            check("index.html" in files, f"{name}: publish wrote {files}")
            for file in files:
                out = os.path.getsize(os.path.join(site, file))
                worst = max(worst, out / size)
                check(out <= BUDGET_FACTOR * size + BUDGET_CONSTANT,
                      f"{name}: publish: {file}: {out} bytes for a {size}-byte plan "
                      f"(budget {BUDGET_FACTOR}x + {BUDGET_CONSTANT})")
    print(f"{len(cases)} plans x {len(COMMANDS) + 1} commands, worst {worst:.2f} bytes out per byte "
          f"in, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
