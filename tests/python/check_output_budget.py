#!/usr/bin/python3
"""The output budget (docs/reports.md): for the built-in formats, no command prints more than
BUDGET_FACTOR bytes per byte of plan, plus BUDGET_CONSTANT (publish: in each file it
writes), on generated worst cases that
make naive reports quadratic: long linked texts named many times, many rows naming one goal,
many goals named by one held meeting, and one action serving every goal named by every row;
and on the widest linear case, the smallest rows there are, each shown in full (JSON writes
every key of every row) and in twelve display zones; with the longest link and location E211
lets those rows repeat, made of what formats escape most. Custom templates: within 32x the
plan and the template + 64 KiB, or refused (exit 2, nothing written). Findings across a
repository of many plans, and a plan of empty files: every validation format within 32x the
files read and their names + 64 KiB, and the reports' errors on stderr too.
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


def repeated_cost(text):
    """E211's count (src/plan/checks.cpp, repeated_cost): a byte as the widest format writes it."""
    cost = 0
    for byte in text.encode():
        if byte >= 0x80:
            cost += 7
        elif chr(byte) in "\n\t\r":
            cost += 16
        elif chr(byte) in "&<>\"'":
            cost += 6
        elif chr(byte).isalnum() or byte == 0x20:
            cost += 1
        else:
            cost += 2
    return cost


# What E211 lets rows repeat: three times the plan's bytes plus 24 KiB.
REPEATED_PER_BYTE = 3
REPEATED_ALLOWANCE = 24 * 1024


def repeated_defaults(location_unit, link_unit, rows, over=False):
    """The smallest rows in twelve zones, each repeating the plan's location and link, as long
    as E211 allows (or just past it, `over`): the largest values that every row may repeat,
    made of what formats escape most (HTML entities, invisible characters, line breaks)."""
    def plan(units):
        location = (location_unit * units).rstrip("\n")  # as `|-` reads it
        block = "".join(f"    {line}\n" for line in location.split("\n"))
        link = "https://meet.example.org/x?" + link_unit * units
        text = (header() + "schedule: {day: last tuesday, time: '15:00', timezone: Europe/Madrid}\n"
                + TWELVE_ZONES + f"link: {link}\nlocation: |-\n{block}meetings:\n"
                + "".join(f"- {{month: {['may', 'jun'][i % 2]}, topic: t}}\n" for i in range(rows)))
        repeated = rows * (repeated_cost(location) + repeated_cost(link))
        return text, repeated <= REPEATED_PER_BYTE * len(text.encode()) + REPEATED_ALLOWANCE
    assert plan(1)[1], "a unit too many for E211 already: fewer rows"
    low, high = 1, 1
    while plan(high)[1]:
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if plan(middle)[1] else (low, middle)
    return plan(high if over else low)[0]


def template_cases():
    """Custom templates that repeat what they can: a long list prefix before every line of a
    multi-line value, and every placeholder many times (each line of the template under the
    64 KiB cap)."""
    prefixed = ("- " * 100 + "{notes}\n") * 300
    every = ("{group}{title}{topic}{link}{location}{notes}{goals}{actions}\n") * 800
    return {"prefix before each line": prefixed, "every placeholder": every}


def template_plan():
    """A plan whose one May row has notes of 10 000 short lines (the issue's 30 KB case)."""
    notes = "".join("      n\n" for _ in range(10000))
    return (header() + "link: https://meet.example.org/x\nlocation: Room 4\n"
            "goals:\n  - {id: G1, text: g}\nactions:\n  - {id: A1, text: a, goals: [G1]}\n"
            "meetings:\n  - month: may\n    topic: t\n    goals: [G1]\n    actions: [A1]\n"
            "    notes: |\n" + notes)


def repository_of_findings(root, plans=300):
    """300 small plans (groups), each listing 300 findings (three rules, 100 each): the
    findings per rule and file are capped, the findings of a run must be too."""
    body = ("format: 1\ngroup: g@\ntitle: t\nyear: 2024\ngoals: [" + ", ".join(["a"] * 110) +
            "]\nmeetings: [" + ", ".join(["{zz: 1}"] * 110) + "]\n")
    size = 0
    for i in range(plans):
        os.makedirs(os.path.join(root, f"g{i}", "2024"))
        text = body.replace("@", str(i))
        size += len(text.encode()) + len(os.path.join(root, f"g{i}", "2024", "plan.yaml"))
        with open(os.path.join(root, f"g{i}", "2024", "plan.yaml"), "w") as f:
            f.write(text)
    return size


def empty_files(root, files=300):
    """A plan of 300 empty files: no bytes of plan, a finding each."""
    os.makedirs(os.path.join(root, "2024"))
    size = 0
    for i in range(files):
        path = os.path.join(root, "2024", f"f{i}.yaml")
        open(path, "w").close()
        size += len(path)
    return size


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


def worst_cases():
    return {"long text named often": long_text_named_often(),
            "many rows name one goal": many_rows_one_goal(),
            "many goals, one meeting": many_goals_one_meeting(),
            "one action serves every goal": one_action_serving_all(),
            "tiny rows": tiny_rows(False),
            "tiny rows in twelve zones": tiny_rows(True),
            # E211's edge: the longest link and location the rows may repeat, then just past.
            "repeated quotes and line breaks": repeated_defaults('"&<\n', "&", 600),
            "repeated invisible characters": repeated_defaults("\u00ad\u200b", "%20", 600),
            "repeated letters, tiny rows": repeated_defaults("Room ", "abc", 1200),
            "repeated letters, weekly rows": repeated_defaults("Room ", "abc", 52),
            "repeated letters, few rows": repeated_defaults("Room ", "abc", 12)}


def run_sized(iwg, args, size, where, worst):
    """Runs one command; checks its exit code and its output against the budget."""
    proc = subprocess.run([iwg, *args], capture_output=True)
    check(proc.returncode in (0, 1), f"{where}: exit {proc.returncode} {proc.stderr[:200]!r}")
    out = len(proc.stdout) + len(proc.stderr)
    check(out <= BUDGET_FACTOR * size + BUDGET_CONSTANT,
          f"{where}: {out} bytes for {size} bytes of input "
          f"(budget {BUDGET_FACTOR}x + {BUDGET_CONSTANT})")
    return max(worst, out / (BUDGET_FACTOR * size + BUDGET_CONSTANT)), proc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = os.path.abspath(parser.parse_args().iwg)  # templates run from their directory
    cases = worst_cases()
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
                worst = max(worst, out / (BUDGET_FACTOR * size + BUDGET_CONSTANT))
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
                worst = max(worst, out / (BUDGET_FACTOR * size + BUDGET_CONSTANT))
                check(out <= BUDGET_FACTOR * size + BUDGET_CONSTANT,
                      f"{name}: publish: {file}: {out} bytes for a {size}-byte plan "
                      f"(budget {BUDGET_FACTOR}x + {BUDGET_CONSTANT})")
        # Past E211's edge the plan has an error: reports refuse it (exit 1).
        past = os.path.join(tmp, "repeated-past-the-edge.yaml")
        with open(past, "w") as f:
            f.write(repeated_defaults('"&<\n', "&", 600, over=True))
        proc = subprocess.run([iwg, "--plan", past, "agenda", "--all"], capture_output=True)
        check(proc.returncode == 1 and b"E211" in proc.stderr,
              f"past E211's edge: exit {proc.returncode}, {proc.stderr[:300]!r}")

        # Custom templates: within 32x the plan and the template + 64 KiB, or refused (exit 2,
        # nothing on stdout, a message naming the budget).
        refused = 0
        plan_path = os.path.join(tmp, "template-plan.yaml")
        with open(plan_path, "w") as f:
            f.write(template_plan())
        for name, text in template_cases().items():
            template = os.path.join(tmp, name.replace(" ", "-") + ".txt")
            with open(template, "w") as f:
                f.write(text)
            check(len(text.encode()) <= 64 * 1024, f"template {name}: over the 64 KiB cap")
            size = os.path.getsize(plan_path) + len(text.encode())
            for template_format in ("text", "markdown", "email"):
                proc = subprocess.run(
                    [iwg, "--plan", plan_path, "--as-of", "2024-05-01", "remind", "--month", "may",
                     "--template-file", template, "--template-format", template_format],
                    capture_output=True, cwd=tmp)  # a template is read inside its root
                where = f"template {name} ({template_format})"
                out = len(proc.stdout) + len(proc.stderr)
                if proc.returncode == 0:
                    worst = max(worst, out / (BUDGET_FACTOR * size + BUDGET_CONSTANT))
                    check(out <= BUDGET_FACTOR * size + BUDGET_CONSTANT,
                          f"{where}: {out} bytes for {size} bytes of plan and template")
                else:  # refused: nothing written, the budget named
                    check(proc.returncode == 2 and not proc.stdout and
                          b"budget of" in proc.stderr,
                          f"{where}: exit {proc.returncode}, {len(proc.stdout)} bytes, "
                          f"{proc.stderr[:300]!r}")
                    refused += 1
        check(refused > 0, "no custom template was refused: the cases no longer test the budget")

        # Findings across many files: every validation format within the budget of the files
        # read and their names; the summary still counts every finding.
        for name, make in (("300 plans of 300 findings", repository_of_findings),
                           ("300 empty files", empty_files)):
            root = os.path.join(tmp, name.replace(" ", "-"))
            size = make(root)
            for validate_format in ("text", "json", "github", "sarif"):
                worst, proc = run_sized(iwg, ["validate", "-f", validate_format, root], size,
                                        f"{name}: validate -f {validate_format}", worst)
                check(proc.returncode == 1, f"{name}: validate exit {proc.returncode}")
            _, proc = run_sized(iwg, ["validate", root], size, f"{name}: validate", worst)
            check(b"not listed" in proc.stdout or name == "300 empty files",
                  f"{name}: no count of the findings not listed")
            if name.startswith("300 plans"):
                check(proc.stdout.rstrip().endswith(b"300 files") and
                      b"303 errors in " in proc.stdout,
                      f"{name}: the summary does not count every finding")
            _, proc = run_sized(iwg, ["--plan", os.path.join(root, "2024") if "empty" in name
                                      else os.path.join(root, "g0", "2024"), "agenda", "--all"],
                                size, f"{name}: agenda (errors on stderr)", worst)
    print(f"{len(cases)} plans x {len(COMMANDS) + 1} commands, templates, repositories; the "
          f"largest output is {worst:.0%} of its budget; {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
