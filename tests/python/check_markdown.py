#!/usr/bin/python3
"""Markdown output: hostile plan text cannot break a table row or inject HTML, and the
output renders as meant in real renderers: cmark-gfm (with and without raw HTML) and
Python-Markdown 3.4 see the same lists, items and line breaks."""
import argparse
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree

import markdown

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
        check(re.search(r"<(?!https://)", text) is None, f"{name}: an HTML tag")
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
    check("| October | meeting | Newline inside the topic |" in summary,
          "newline stays in one row")
    # The rich plan's action text holds "[link](http://example.com)": text, not a link, in
    # every renderer (GitHub's autolinker included).
    for renderer, html in renderings(summary).items():
        check("example.com" in html and 'href="http://example.com"' not in html,
              f"summary in {renderer}: plan text became a link")
    check_renderers(iwg)
    finish("check_markdown")


def structure(html):
    """The lists of a rendered page: items per list, and line breaks per item."""
    tree = ElementTree.fromstring(f"<root>{html}</root>")
    return [[len(item.findall(".//br")) for item in lst.findall("li")]
            for lst in tree.iter() if lst.tag in ("ul", "ol")]


def renderings(text):
    # -e autolink: GitHub links bare addresses; plan text must not become a link that way.
    safe = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink"], input=text.encode(),
                          capture_output=True, check=True).stdout.decode()
    unsafe = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink", "--unsafe"],
                            input=text.encode(),
                            capture_output=True, check=True).stdout.decode()
    python = markdown.markdown(text, extensions=["tables"], output_format="xhtml")
    return {"cmark-gfm": safe, "cmark-gfm --unsafe": unsafe, "Python-Markdown": python}


def check_renderers(iwg):
    """Each goal of the status report, each row of a month, and each reminder line is its
    own list item or line, in every renderer."""
    cases = {
        # Three goals: three lists of three fields, not one loose list of nine.
        "status": (["--plan", "tests/fixtures/plan-2024", "status", "-f", "markdown",
                    "--as-of", "2024-06-15"], None),
        # March has two rows: two lists.
        "agenda": (["--plan", "tests/fixtures/rich", "agenda", "--month", "mar", "-f",
                    "markdown"], None),
        # A note of two lines keeps its line break; the fields' list keeps its items.
        "rich agenda": (["--plan", "tests/fixtures/rich", "agenda", "--month", "jan", "-f",
                         "markdown"], None),
    }
    for name, (args, expected) in cases.items():
        text = run_iwg(iwg, *args).decode()
        seen = {renderer: structure(html) for renderer, html in renderings(text).items()}
        first = seen["cmark-gfm"]
        for renderer, lists in seen.items():
            check(lists == first, f"{name}: {renderer} sees {lists}, cmark-gfm {first}")
        if expected is not None:
            check(first == expected, f"{name}: lists {first}, expected {expected}")
        if name == "status":
            goals = [lst for lst in first if len(lst) == 3]
            check(len(goals) == 5, f"status: each of the 5 goals is a list: {first}")
        if name == "agenda":
            check(len(first) == 2 and all(len(lst) >= 3 for lst in first),
                  f"agenda: March's two rows are two lists: {first}")
        if name == "rich agenda":
            check(first == [[0, 0, 0, 0, 0, 0, 0, 1]],
                  f"rich agenda: the two-line note keeps its break: {first}")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml") as plan:
        plan.write("group: G\ntitle: T\nyear: 2024\nmeetings:\n  - month: may\n    topic: t\n"
                   "    notes: |\n      Minutes are on the wiki.\n      Second line of notes.\n")
        plan.flush()
        reminder = run_iwg(iwg, "--plan", plan.name, "remind", "--month", "may", "-t",
                           "markdown", "--as-of", "2024-05-01").decode()
    for renderer, html in renderings(reminder).items():
        check("Minutes are on the wiki.<br" in html and "Second line of notes." in html,
              f"reminder in {renderer}: the note's lines stay apart: {html[-300:]!r}")


if __name__ == "__main__":
    main()
