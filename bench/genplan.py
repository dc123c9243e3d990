#!/usr/bin/python3
"""Writes a generated plan of about SIZE bytes (a plan file with many goals,
actions and meetings) for benchmarks and size tests: genplan.py OUT SIZE."""
import sys

out, size = sys.argv[1], int(sys.argv[2])
months = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
parts = ["format: 1\ngroup: Generated Group\ntitle: Generated plan\nyear: 2024\n"]
total = len(parts[0])
goals = ["goals:\n"]
for i in range(1, 51):
    goals.append(f"  - id: G{i}\n    text: Goal number {i} of the generated plan.\n")
parts.append("".join(goals))
parts.append("actions:\n")
total += sum(len(p) for p in parts[1:])
i = 0
meeting_lines = ["meetings:\n"]
body = []
while total < size:
    i += 1
    row = (f"  - month: {months[i % 12]}\n    topic: \"Generated topic {i}: data, "
           f"governance and reuse\"\n    status: planned\n    speakers: [Ana {i}, Bo {i}]\n"
           f"    goals: [G{i % 50 + 1}]\n    shares_month: true\n")
    body.append(row)
    total += len(row)
with open(out, "w") as f:
    f.write("".join(parts))
    f.write("  - id: A1\n    text: The one action.\n    goals: [G1]\n")
    f.write("".join(meeting_lines))
    f.write("".join(body))
