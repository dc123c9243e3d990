#!/usr/bin/python3
"""Writes a plan of one of the shapes that once made the semantic checks or the reports
quadratic: shapes.py SHAPE N OUT.

  refs      N goals G1, G3, … and N references to missing even ids (unknown-goal errors)
  coverage  N goals and N actions serving them: a valid plan, no findings
  errors    N goals with an unknown key each and N dated meeting rows without a month
  reports   N goals, N actions and N meetings naming them (agenda, summary, status)
  longline  a 700 KB comment line, then a row naming G1 N times on one line: N findings whose
            positions lie past a long line and inside another (the line index's column
            checkpoints); within the 1 MiB file limit up to N = 80 000
  scalars   N list items that are plain scalars (the YAML tree of one large list); within the
            1 MiB file limit up to N = 60 000
  defaults  N of the smallest rows, each showing the plan's link and location, as long as
            E211 allows (every report repeats them per row)
"""
import os
import sys

HEADER = "format: 1\ngroup: g\ntitle: t\nyear: 2024\n"


def refs(n):
    goals = "".join(f"  - {{id: G{2 * i + 1}, text: x}}\n" for i in range(n))
    actions = "".join(f"  - {{id: A{i + 1}, text: x, goals: [G{2 * i + 1}]}}\n" for i in range(n))
    rows = "".join(f"  - {{month: may, topic: t{i}, shares_month: true, goals: [G{2 * i + 2}]}}\n"
                   for i in range(n))
    return HEADER + "goals:\n" + goals + "actions:\n" + actions + "meetings:\n" + rows


def coverage(n):
    goals = "".join(f"  - {{id: G{i}, text: x}}\n" for i in range(1, n + 1))
    actions = "".join(f"  - {{id: A{i}, text: x, goals: [G{i}]}}\n" for i in range(1, n + 1))
    return HEADER + "goals:\n" + goals + "actions:\n" + actions


def errors(n):
    goals = "".join(f"  - {{id: G{i}, text: x, zz: 1}}\n" for i in range(1, n + 1))
    rows = "".join(f"  - {{topic: t{i}, date: 2024-05-14}}\n" for i in range(n))
    return (HEADER + "goals:\n" + goals + "actions:\n  - {id: A1, text: x, goals: [G1]}\n"
            "meetings:\n" + rows)


def reports(n):
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
    goals = "".join(f"  - {{id: G{i}, text: goal {i}}}\n" for i in range(1, n + 1))
    actions = "".join(f"  - {{id: A{i}, text: action {i}, goals: [G{i}]}}\n"
                      for i in range(1, n + 1))
    rows = "".join(f"  - {{month: {months[i % 12]}, topic: t{i}, status: held, shares_month: "
                   f"true, goals: [G{i}], actions: [A{i}]}}\n" for i in range(1, n + 1))
    return HEADER + "goals:\n" + goals + "actions:\n" + actions + "meetings:\n" + rows


def longline(n):
    return ("# " + "x" * 700_000 + "\n" + HEADER + "goals:\n  - {id: G1, text: g}\n"
            "meetings:\n  - month: may\n    topic: t\n    goals: [" + ", ".join(["G1"] * n) +
            "]\n")


def scalars(n):
    return HEADER + "meetings:\n" + "".join(f"  - i{i:08d}\n" for i in range(n))


def defaults(n):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                    "python"))
    import check_output_budget  # noqa: E402 (the generator the budget test uses)
    return check_output_budget.repeated_defaults("Room 4, ", "abc", n)


SHAPES = {"refs": refs, "coverage": coverage, "errors": errors, "reports": reports,
          "longline": longline, "scalars": scalars, "defaults": defaults}

if __name__ == "__main__":
    shape, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(out, "w") as f:
        f.write(SHAPES[shape](n))
