#!/usr/bin/python3
"""Writes a generated plan directory of about SIZE bytes for benchmarks and size tests:
genplan.py OUT_DIR SIZE. The plan is four files, as a large real plan would be split: plan.yaml
(the plan's fields and many focus areas), goals.yaml, actions.yaml and meetings.yaml (rows with
goals, actions, speakers and topics), each about a quarter of SIZE. Within the default limits
(1 MiB per file, 4 MiB per plan) for any SIZE up to 4 MiB."""
import os
import sys

out, size = sys.argv[1], int(sys.argv[2])
per_file = size // 4
months = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def fill(head, row):
    """head, then row(1), row(2), … while the file stays within per_file bytes."""
    parts, total, i = [head], len(head), 0
    while True:
        i += 1
        text = row(i)
        if total + len(text) > per_file:
            return "".join(parts), i - 1
        parts.append(text)
        total += len(text)


os.makedirs(out, exist_ok=True)
plan, _ = fill("format: 1\ngroup: Generated Group\ntitle: Generated plan\nyear: 2024\n"
               "timezone: Europe/Berlin\nfocus_areas:\n",
               lambda i: f"  - Focus area {i}, on data, governance and reuse\n")
goals, goal_count = fill("goals:\n", lambda i: f"  - id: G{i}\n    text: Goal number {i} of "
                         "the generated plan.\n")
goal_count = max(goal_count, 1)
actions, action_count = fill("actions:\n", lambda i: f"  - id: A{i}\n    text: Action number "
                             f"{i}.\n    goals: [G{i % goal_count + 1}]\n")
action_count = max(action_count, 1)
meetings, _ = fill("meetings:\n", lambda i: (
    f"  - month: {months[i % 12]}\n    topic: \"Generated topic {i}: data, governance and "
    f"reuse\"\n    status: planned\n    speakers: [Ana {i}, Bo {i}]\n"
    f"    goals: [G{i % goal_count + 1}]\n    actions: [A{i % action_count + 1}]\n"
    "    shares_month: true\n"))
for name, text in (("plan.yaml", plan), ("goals.yaml", goals), ("actions.yaml", actions),
                   ("meetings.yaml", meetings)):
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
