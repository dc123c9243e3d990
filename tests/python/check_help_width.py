#!/usr/bin/python3
"""Every --help text of iwg fits in 80 columns and has exactly one "Exit codes:" section."""
import argparse
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--iwg", required=True)
args = parser.parse_args()

commands = [[]] + [[name] for name in
                   ("agenda", "validate", "summary", "status", "remind", "schema", "version",
                    "completions", "help")]
failures = []
for command in commands:
    shown = " ".join(["iwg"] + command + ["--help"])
    result = subprocess.run([args.iwg] + command + ["--help"], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        failures.append(f"{shown}: exit {result.returncode}")
    lines = result.stdout.split("\n")
    for number, line in enumerate(lines, 1):
        if len(line) >= 80:
            failures.append(f"{shown}: line {number} has {len(line)} columns: {line}")
    if not any(line.startswith("  141  ") and "pipe" in line for line in lines):
        failures.append(f"{shown}: the exit codes do not say what a closed pipe does (141)")
    sections = sum(1 for line in lines if line == "Exit codes:")
    if sections != 1:
        failures.append(f"{shown}: {sections} 'Exit codes:' sections, expected 1")

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
