#!/usr/bin/python3
"""The README shows real output: every ```console block's `$ iwg …` command is run from the
repository root and must print exactly what the README shows; and its picture
(docs/images/status.svg) must be what scripts/readme_picture.py draws now."""
import argparse
import os
import re
import shlex
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--iwg", required=True)
parser.add_argument("--root", required=True)
args = parser.parse_args()
failures = []

with open(os.path.join(args.root, "README.md"), encoding="utf-8") as f:
    blocks = re.findall(r"```console\n(.*?)```", f.read(), re.S)
env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8", "TERM": "dumb"}
checked = 0
for block in blocks:
    command, _, expected = block.partition("\n")
    if not command.startswith("$ iwg "):
        failures.append(f"a console block that does not start with '$ iwg': {command!r}")
        continue
    words = shlex.split(command[2:])
    result = subprocess.run([args.iwg, *words[1:]], cwd=args.root, env=env, capture_output=True,
                            text=True, check=False)
    shown = result.stdout + result.stderr  # validate's findings go to stdout; nothing to stderr
    if shown != expected:
        failures.append(f"README: {command}\n--- shown\n{expected}--- printed\n{shown}")
    checked += 1
if checked < 4:
    failures.append(f"only {checked} console blocks checked; expected the tour's")

picture = subprocess.run([sys.executable, os.path.join(args.root, "scripts", "readme_picture.py"),
                          "--check", "--iwg", args.iwg, args.root],
                         capture_output=True, text=True, check=False)
if picture.returncode != 0:
    failures.append(picture.stderr.strip())

for failure in failures:
    print(failure, file=sys.stderr)
print(f"readme: {checked} commands, " + ("ok" if not failures else f"{len(failures)} failure(s)"))
sys.exit(1 if failures else 0)
