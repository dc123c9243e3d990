#!/usr/bin/python3
"""No output of `iwg validate` shows a link's secret: not E113's message, not the source
excerpt under it or under any other finding on that line, in no format (text, json, github,
sarif), however the link spells its passcode (percent-encoded names, ';' parameters, the
path, the fragment, a user name and password).

Each case is a plan whose line holds a link with the secret and, for some, another mistake
on the same line (an unknown key, a bad month) that is reported with its own excerpt.
"""
import argparse
import os
import subprocess
import sys
import tempfile

SECRET = "Zq7SECRETx9"

HEAD = """format: 1
group: Test Group
title: Test Plan
year: 2024
goals:
  - id: G1
    text: Share what works
actions:
  - id: A1
    text: Run monthly meetings
    goals: [G1]
meetings:
"""

LINKS = [
    f"https://zoom.us/j/1?pwd={SECRET}",
    f"https://zoom.us/j/1?x=1&PWD={SECRET}&y=2",
    f"https://zoom.us/j/1?%70wd={SECRET}",
    f"https://zoom.us/j/1?pass%63ode={SECRET}",
    f"https://zoom.us/j/1?x=1;password={SECRET}",
    f"https://zoom.us/j/1;pwd={SECRET}",
    f"https://zoom.us/j/1/passwd={SECRET}/x",
    f"https://zoom.us/j/1#pwd={SECRET}",
    f"https://zoom.us/j/1#/join?passcode={SECRET}",
    f"https://ana:{SECRET}@zoom.us/j/1",
    # Refused for another reason first (a space), the secret still hidden.
    f"https://zoom.us/j/1?pwd={SECRET}&x=a b",
]

# How the row holds the link: the {link} line alone, or beside other mistakes on its line.
ROWS = [
    "  - month: may\n    topic: Kick-off\n    link: {link}\n",
    "  - month: may\n    topic: Kick-off\n    link: \"{link}\"\n",
    "  - month: may\n    topic: Kick-off\n    link: '{link}'  # the call\n",
    "  - {{month: may, topic: Kick-off, link: \"{link}\", colour: red}}\n",
    "  - {{month: mayy, topic: Kick-off, link: \"{link}\"}}\n",
    "  - {{topic: Kick-off, link: \"{link}\", month: mayy, speakers: 5}}\n",
    "  - month: may\n    topic: Kick-off\n    link: {link}\n    colour: red\n",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (link, row) in enumerate((link, row) for link in LINKS for row in ROWS):
            plan = os.path.join(tmp, f"case{n}.yaml")
            with open(plan, "w") as f:
                f.write(HEAD + row.format(link=link))
            shown_rules = set()
            for fmt in ("text", "json", "github", "sarif"):
                proc = subprocess.run([args.iwg, "validate", "--format", fmt, plan],
                                      capture_output=True, text=True, check=False)
                if proc.returncode != 1:
                    failures.append(f"case {n} {fmt}: exit {proc.returncode}: {proc.stderr}")
                if SECRET in proc.stdout or SECRET in proc.stderr:
                    failures.append(f"case {n} ({link!r}) {fmt}: the secret is shown:\n"
                                    + proc.stdout)
                if "E1" not in proc.stdout:
                    failures.append(f"case {n} {fmt}: no finding:\n{proc.stdout}")
                if fmt == "text":
                    # The excerpt is there (masked), not left out.
                    shown_rules = {line for line in proc.stdout.splitlines() if " | " in line}
                    if not any("zoom.us" in line for line in shown_rules):
                        failures.append(f"case {n}: no excerpt of the link's line:\n"
                                        + proc.stdout)
    for failure in failures:
        print("FAIL: " + failure)
    print(f"{len(LINKS) * len(ROWS)} cases, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
