#!/usr/bin/python3
"""A closed pipe ends iwg quietly, by SIGPIPE (`iwg agenda --all | head -1`), as the README and
every --help say; any other write error (a full disk) is exit 2 with a message."""
import argparse
import os
import signal
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--iwg", required=True)
args = parser.parse_args()
plan = ["--plan", "tests/fixtures/plan-2024", "--as-of", "2024-05-01"]
commands = [
    plan + ["agenda", "--all"],
    plan + ["agenda", "--all", "--format", "json"],
    plan + ["summary"],
    plan + ["status"],
    plan + ["document"],
    ["validate", "tests/fixtures/plan-2024"],
    ["schema"],
    ["--help"],
    ["completions", "bash"],
]
failures = []
for command in commands:
    shown = " ".join(["iwg"] + command)
    # The reader is gone before iwg writes: every write meets a closed pipe.
    read_end, write_end = os.pipe()
    os.close(read_end)
    proc = subprocess.run([args.iwg] + command, stdout=write_end, stderr=subprocess.PIPE,
                          check=False)
    os.close(write_end)
    if proc.returncode != -signal.SIGPIPE:
        failures.append(f"{shown} | (closed): exit {proc.returncode}, expected SIGPIPE")
    if proc.stderr:
        failures.append(f"{shown} | (closed): wrote on stderr: {proc.stderr!r}")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([args.iwg] + command, stdout=full, stderr=subprocess.PIPE,
                              check=False)
    if proc.returncode != 2 or b"cannot write the output" not in proc.stderr:
        failures.append(f"{shown} > /dev/full: exit {proc.returncode}, {proc.stderr!r}")
    # Through a shell, as a user sees it: 141 (or 0 when head read before iwg was done).
    proc = subprocess.run(["/bin/bash", "-c", 'set -o pipefail; "$0" "$@" | head -c 1 >/dev/null',
                           args.iwg] + command, check=False, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 141) or proc.stderr:
        failures.append(f"{shown} | head: exit {proc.returncode}, {proc.stderr!r}")
for failure in failures:
    print("FAIL: " + failure)
sys.exit(1 if failures else 0)
