#!/usr/bin/python3
"""iwg validate over a generated repository of many plans (groups, years, errors in some):
- parallel and single-threaded runs print the same bytes, in every format, run after run;
- every plan is in the JSON and SARIF documents, one document each;
- an accepted finding is in SARIF as an in-source suppression with its justification;
- a repository of a thousand plan directories is checked (one plan per worker at a time);
- a year directory that cannot be listed is E001 (exit 2), the other plans still checked.
  Tests run as root, where permissions stop nothing: iwg then runs as nobody (setpriv).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


PLAN = """format: 1
group: {group}
title: Plan {year}
year: {year}
goals:
  - id: G1
    text: Share what works in {group}
actions:
  - id: A1
    text: Run monthly meetings
    goals: [{goal}]
meetings:
  - month: may
    topic: Kick-off {year}
  # iwg: allow W204 -- decided at the kick-off
  - topic: Open data day
"""


def make_repository(root, groups, years):
    for g in range(groups):
        for y in years:
            directory = os.path.join(root, f"group{g:04d}", str(y))
            os.makedirs(directory)
            # Every seventh plan refers to a goal that does not exist (E202).
            broken = (g * len(years) + y) % 7 == 0
            with open(os.path.join(directory, "plan.yaml"), "w") as f:
                f.write(PLAN.format(group=f"Group {g}", year=y, goal="G9" if broken else "G1"))


def run(iwg, *args):
    proc = subprocess.run([iwg, "validate", *args], capture_output=True)
    return proc.returncode, proc.stdout, proc.stderr


def as_unprivileged(command):
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]


def check_unreadable_directory(iwg):
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)
        root = os.path.join(tmp, "plans")
        make_repository(root, groups=1, years=[2024, 2025])
        group = os.path.join(root, "group0000")
        for path in [root, group, *(os.path.join(group, y) for y in ["2024", "2025"])]:
            os.chmod(path, 0o755)
        for name in os.listdir(os.path.join(group, "2024")):
            os.chmod(os.path.join(group, "2024", name), 0o644)
        os.chmod(os.path.join(group, "2025"), 0)
        probe = subprocess.run(as_unprivileged([iwg, "version"]), capture_output=True)
        if probe.returncode != 0:
            print(f"SKIP unreadable directory: iwg cannot run unprivileged: {probe.stderr[:200]!r}")
            return
        proc = subprocess.run(as_unprivileged([iwg, "validate", root]), capture_output=True)
        out = proc.stdout.decode()
        check(proc.returncode == 2, f"unreadable directory: exit {proc.returncode}, expected 2")
        check(f"{group}/2025: error[E001]: cannot list the directory: Permission denied" in out,
              f"unreadable directory: {out[:300]!r}")
        check(f"{group}/2024 ok" in out, f"unreadable directory: 2024 not checked: {out[:300]!r}")
        os.chmod(os.path.join(group, "2025"), 0o755)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = parser.parse_args().iwg
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "plans")
        make_repository(root, groups=12, years=[2024, 2025, 2026])
        for fmt in ["text", "json", "github", "sarif"]:
            single = run(iwg, "-j", "1", "-f", fmt, root)
            check(single[0] == 1, f"{fmt}: exit {single[0]}, expected 1 (some plans have errors)")
            check(single[2] == b"", f"{fmt}: stderr {single[2][:200]!r}")
            for jobs in ["2", "8", "8"]:
                parallel = run(iwg, "-j", jobs, "-f", fmt, root)
                check(parallel == single, f"{fmt}: -j {jobs} differs from -j 1")

        doc = json.loads(run(iwg, "-f", "json", root)[1])
        check(len(doc["plans"]) == 36, f"json: {len(doc['plans'])} plans, expected 36")
        check([p["path"] for p in doc["plans"]] == sorted(p["path"] for p in doc["plans"]),
              "json: plans not in path order")
        check(doc["summary"]["accepted"] == 36, f"json: accepted {doc['summary']['accepted']}")
        errors = sum(1 for p in doc["plans"] if p["errors"])
        check(doc["summary"]["errors"] == errors and errors > 0, "json: error counts")

        sarif = json.loads(run(iwg, "-f", "sarif", root)[1])
        results = sarif["runs"][0]["results"]
        suppressed = [r for r in results if "suppressions" in r]
        check(len(suppressed) == 36, f"sarif: {len(suppressed)} suppressed results, expected 36")
        for result in suppressed:
            check(result["ruleId"] == "W204", f"sarif: suppressed {result['ruleId']}")
            check(result["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                              "justification": "decided at the kick-off"}],
                  f"sarif: suppression {result['suppressions']}")
        problems = doc["summary"]["errors"] + doc["summary"]["warnings"]
        check(len(results) - len(suppressed) == problems, "sarif: one result per finding")

        text = run(iwg, root)[1].decode()
        check(text.rstrip().endswith("; 36 files (36 findings accepted)"),
              f"text summary: {text.splitlines()[-1]!r}")
        check("24 plans ok" in text or "plans more ok" in text or " more ok" in text,
              f"text summary counts the plans without findings: {text.splitlines()[-1]!r}")

    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "plans")
        make_repository(root, groups=500, years=[2024, 2025])
        code, out, err = run(iwg, "-q", "-f", "json", root)
        doc = json.loads(out)
        check(len(doc["plans"]) == 1000, f"1000 plans: {len(doc['plans'])} checked")
        check(code == 1 and err == b"", f"1000 plans: exit {code}, stderr {err[:200]!r}")

    check_unreadable_directory(iwg)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
