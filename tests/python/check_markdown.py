#!/usr/bin/python3
"""Markdown output: hostile plan text cannot break a table row or inject HTML."""
import argparse
import re

from reportlib import check, finish, run_iwg

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    iwg = parser.parse_args().iwg
    outputs = {
        "summary": run_iwg(iwg, "--plan", "tests/fixtures/rich", "summary", "-f", "markdown",
                           "--as-of", "2024-06-15"),
        "status": run_iwg(iwg, "--plan", "tests/fixtures/rich", "status", "-f", "markdown",
                          "--as-of", "2024-06-15"),
        "agenda": run_iwg(iwg, "--plan", "tests/fixtures/rich", "agenda", "--all", "-f",
                          "markdown", "--as-of", "2024-06-15"),
    }
    for name, raw in outputs.items():
        text = raw.decode("utf-8")
        check("\x1b" not in text, f"{name}: raw escape character")
        check("\u202e" not in text, f"{name}: raw bidi override")
        check(re.search(r"<(?!br>)", text) is None, f"{name}: an HTML tag other than <br>")
        lines = text.split("\n")
        for number, line in enumerate(lines, 1):
            if not line.startswith("|"):
                continue
            # Every row of a table has as many unescaped pipes as its header.
            start = number - 1
            while start > 0 and lines[start - 1].startswith("|"):
                start -= 1
            expected = len(UNESCAPED_PIPE.findall(lines[start]))
            check(len(UNESCAPED_PIPE.findall(line)) == expected,
                  f"{name}:{number}: row has a different number of cells: {line}")
            check(line.endswith("|"), f"{name}:{number}: row does not end the line")

    summary = outputs["summary"].decode("utf-8")
    check("| March | meeting | Table \\| breaker &lt;script&gt;alert('x')&lt;/script&gt; "
          "(or: Plan B \\| &lt;i&gt;C&lt;/i&gt;) |" in summary, "pipe and script row")
    check("| October | meeting | Newline<br>inside the topic |" in summary,
          "newline stays in one row")
    finish("check_markdown")


if __name__ == "__main__":
    main()
