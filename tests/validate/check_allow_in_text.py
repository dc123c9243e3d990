#!/usr/bin/python3
"""An allow comment counts only where YAML has a comment, on generated plans.

Each case is plans/2024 with its meetings.yaml replaced: rows whose `topic`, `notes`,
`location`, `alternative` and `speakers` take every scalar style (plain over several lines;
single- and double-quoted over several lines with escapes and ''; literal and folded with
chomping and indentation indicators, headers and tags or anchors on lines of their own, comments
after and between them; explicit keys (`? notes` / `: |`); list items `- |`; flow collections
over several lines; blank lines, tabs, CRLF), and a row with an unknown goal (`goals: [G9]`,
E202; or a flow mapping over several lines whose quoted topic ends on the goal's line). A
`# iwg: allow E202 -- x` line is put at a random place above the goal's line, at a random
indentation.

The oracle is PyYAML: if the allow line's text is part of a parsed string, it is text and iwg
must still report E202 (else a plan's text accepts its own error: a bypass); if it is a comment
and nothing but blank lines and comments stands between it and the `goals:` line, iwg must
accept the finding; otherwise E202 stands. A document PyYAML refuses, or iwg refuses as YAML
(E003 to E009: yaml-cpp and PyYAML differ on some edge cases), is skipped and counted, and a
minimum of checked cases of each kind is required, so the test cannot pass by checking nothing.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = os.path.join(HERE, "..", "..", "plans", "2024")
ALLOW = "# iwg: allow E202 -- x"
CASES = 500
MIN_TEXT = 60  # checked cases where the allow line is a value's text
MIN_COMMENT = 60  # checked cases where it is a comment right above the finding

WORDS = ["open", "data", "#", "a: b", "x#y", "it''s", "- item", "key:", "[1]", "{a}", "%", "@"]


def words(rng, quote=None):
    out = []
    for _ in range(rng.randint(1, 3)):
        w = rng.choice(WORDS)
        if quote == "'":
            w = w.replace("'", "''") if "''" not in w else w
        elif quote == '"':
            w = rng.choice([w, w + "\\\"", "\\t" + w, w + "\\\\", "\\u00e9"])
        elif quote is None:
            w = w.replace("''", "'")
        out.append(w)
    return " ".join(out)


def properties(rng):
    """A tag, an anchor, both or neither."""
    return rng.choice(["", "", "!!str", "&a", "!!str &b", "&c !!str", "!<tag:yaml.org,2002:str>"])


def comments(rng, column):
    return [" " * column + f"# c{rng.randrange(10**9)}" for _ in range(rng.choice([0, 0, 1, 2]))]


def block_value(rng, indent):
    """A block scalar after `key:` (or `- `) whose node is at column `indent`: the rest of the
    key's line and the further lines (header, properties and comments on lines of their own,
    content)."""
    head = rng.choice("|>")
    chomp = rng.choice(["", "-", "+"])
    indicator = rng.choice([0, 0, 0, 1, 2, 3])
    order = [str(indicator) if indicator else "", chomp]
    rng.shuffle(order)
    header = head + "".join(order)
    if rng.random() < 0.3:
        header += "  # after the header"
    content = indent + (indicator if indicator else rng.randint(1, 4))
    props = properties(rng)
    lines = []
    layout = rng.choice(["inline", "inline", "header below", "properties below"])
    if layout == "inline":
        first = " " + (props + " " if props else "") + header
    else:
        # The header (and maybe the properties) on a line of its own, deeper than the key
        # or at the content's column; comments may stand between.
        first = (" " + props) if props and layout == "header below" else ""
        if first and rng.random() < 0.5:
            first += "  # after the properties"
        lines.extend(comments(rng, indent + rng.randint(1, 3)))
        below = " " * (indent + rng.randint(1, 4))
        if layout == "properties below":
            if props and rng.random() < 0.5:
                lines.append(below + props)
                lines.extend(comments(rng, indent + rng.randint(1, 3)))
                lines.append(" " * (indent + rng.randint(1, 4)) + header)
            else:
                lines.append(below + (props + " " if props else "") + header)
        else:
            lines.append(below + header)
    body = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.15:
            body.append("")
        elif r < 0.25:
            body.append(" " * content + f"# looks like a comment {rng.randrange(10**9)}")
        elif r < 0.35:
            body.append(" " * (content + rng.randint(1, 3)) + "more indented " + words(rng))
        elif r < 0.4:
            body.append(" " * content + "\ttab inside " + words(rng))
        else:
            body.append(" " * content + words(rng))
    if indicator == 0 and body and not body[0].strip():
        body.insert(0, " " * content + "first")  # the first line sets the indentation
    if indicator == 0 and body and body[0].strip() and body[0][content] == " ":
        body[0] = " " * content + body[0].lstrip(" ")
    return first, lines + body


def quoted_value(rng, indent, quote):
    lines = []
    for _ in range(rng.randint(0, 3)):
        if rng.random() < 0.2:
            lines.append("")
        else:
            lines.append(" " * (indent + rng.randint(1, 4)) + words(rng, quote))
    last = " " * (indent + rng.randint(1, 4)) + words(rng, quote) + quote
    if rng.random() < 0.3:
        last += "  # after"
    if not lines:
        return " " + quote + words(rng, quote) + quote, []
    return " " + quote + words(rng, quote), lines + [last]


def plain_value(rng, indent):
    lines = []
    for _ in range(rng.randint(0, 3)):
        if rng.random() < 0.2:
            lines.append("")
        else:
            lines.append(" " * (indent + rng.randint(1, 4)) + rng.choice(["more", "text x#y", "z"]))
    return " " + rng.choice(["plain", "plain text", "a-b x#y"]), lines


def flow_value(rng, indent):
    inner = " " * (indent + rng.randint(1, 4))
    if rng.random() < 0.5:
        return " [one,", [inner + "'two", inner + "  lines', \"three", inner + ' x"]']
    return " {a: one,", [inner + "b: 'two", inner + "  more'}"]


def value(rng, indent, text_only=False):
    """(rest of the key's line, further lines) of a value whose key is at column `indent`."""
    kinds = ["block", "block", "single", "double", "plain"] + ([] if text_only else ["flow"])
    kind = rng.choice(kinds)
    if kind == "block":
        return block_value(rng, indent)
    if kind == "single":
        return quoted_value(rng, indent, "'")
    if kind == "double":
        return quoted_value(rng, indent, '"')
    if kind == "plain":
        return plain_value(rng, indent)
    return flow_value(rng, indent)


def speakers(rng, indent):
    """A `speakers:` list: items `- |`, `- "…"`, plain; the dashes at `indent` or deeper."""
    dash = indent + rng.choice([0, 2])
    lines = []
    for _ in range(rng.randint(1, 2)):
        first, more = value(rng, dash, text_only=True)
        lines.append(" " * dash + "-" + first)
        lines.extend(more)
    return "", lines


def row(rng, key_indent, keys):
    """The lines of one row (its first key after `- `), its values in random styles."""
    lines = []
    for n, key in enumerate(keys):
        prefix = " " * (key_indent - 2) + "- " if n == 0 else " " * key_indent
        if key == "month":
            lines.append(prefix + "month: may")
            continue
        if key == "speakers":
            first, more = speakers(rng, key_indent)
        elif key == "goals-bad":
            lines.append(prefix + "goals: [G9]")
            continue
        else:
            # A flow collection over several lines, for `notes` only (a type error, which
            # leaves E202 to be reported).
            first, more = value(rng, key_indent, text_only=key != "notes")
        if n > 0 and rng.random() < 0.1:
            lines.append(prefix + "? " + key)  # an explicit key; its value after ':'
            lines.append(" " * key_indent + ":" + first)
        else:
            lines.append(prefix + key + ":" + first)
        lines.extend(more)
    return lines


def flow_row(rng, key_indent):
    """A row written as a flow mapping over several lines whose unknown goal is on the line
    that ends a quoted topic, or on a line of its own in a flow sequence."""
    dash = " " * (key_indent - 2) + "- "
    inner = " " * (key_indent + rng.randint(1, 4))
    if rng.random() < 0.3:
        return [dash + "{month: may, topic: t, goals: [G1,", inner + "G9]}"]
    quote = rng.choice("'\"")
    lines = [dash + "{month: may, topic: " + quote + words(rng, quote)]
    for _ in range(rng.randint(0, 2)):
        lines.append(inner + words(rng, quote))
    lines.append(inner + words(rng, quote) + quote + ", goals: [G9]}")
    return lines


def meetings(rng):
    """The lines of meetings.yaml, the index of the line of the unknown goal and the rows'
    key column."""
    key_indent = rng.choice([2, 4])  # rows at the key's column, or indented under it
    lines = ["# generated", "meetings:"]
    for _ in range(rng.randint(0, 2)):
        keys = ["month", rng.choice(["topic", "notes", "location", "speakers"])]
        if "topic" not in keys:
            keys.append("topic")
        lines.extend(row(rng, key_indent, keys))
    styled = rng.choice(["topic", "notes", "alternative", "location", "speakers"])
    shape = rng.random()
    if shape < 0.2:
        lines.extend(flow_row(rng, key_indent))
    elif shape < 0.6:
        # `goals:` as a key of the row whose styled value comes just before it.
        keys = ["month"] + ([] if styled == "topic" else ["topic"]) + [styled, "goals-bad"]
        if rng.random() < 0.3:
            keys = [styled] + [k for k in keys if k != styled]
            keys.remove("goals-bad")
            keys.append("goals-bad")
        lines.extend(row(rng, key_indent, keys))
    else:
        # `- goals:` starts the next row, after a row that ends with the styled value.
        keys = ["month"] + ([] if styled == "topic" else ["topic"]) + [styled]
        lines.extend(row(rng, key_indent, keys))
        lines.extend(row(rng, key_indent, ["goals-bad", "month", "topic"]))
    goals_at = next(i for i, line in enumerate(lines) if "G9]" in line)
    if rng.random() < 0.3:
        lines.extend(row(rng, key_indent, ["month", "topic"]))
    return lines, goals_at, key_indent


def place_allow(rng, lines, goals_at, key_indent):
    """Puts the allow line (and maybe blank lines and comments around it) above the goals
    line; returns the new lines, the allow's index and the goals line's index."""
    # Mostly just above the goals line (that is where a bypass would be); sometimes higher.
    if rng.random() < 0.75:
        at = goals_at
    else:
        at = rng.randint(2, goals_at)
    indent = rng.choice([0, key_indent - 2, key_indent, key_indent + 1, key_indent + 2,
                         key_indent + 3, key_indent + 4, key_indent + 6])
    allow = (" " * indent) + ("\t" if rng.random() < 0.05 else "") + ALLOW
    between = []
    for _ in range(rng.choice([0, 0, 0, 1, 2])):
        if rng.random() < 0.5:
            between.append("")
        else:
            between.append(" " * rng.choice([0, key_indent, key_indent + 2]) +
                           f"# c{rng.randrange(10**9)}")
    before = []
    if rng.random() < 0.2:
        before.append("")
    new = lines[:at] + before + [allow] + between + lines[at:]
    allow_at = at + len(before)
    return new, allow_at, allow_at + 1 + len(between) + (goals_at - at)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from strings(k)
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def has_bad_goal(node):
    rows = node.get("meetings") if isinstance(node, dict) else None
    return isinstance(rows, list) and any(
        isinstance(r, dict) and "G9" in (r.get("goals") or []) for r in rows)


def run_iwg(iwg, plan):
    result = subprocess.run([iwg, "validate", "--format", "json", plan], capture_output=True,
                            text=True, timeout=20)
    if result.returncode not in (0, 1):
        return None, result
    return json.loads(result.stdout), result


def rules_of(report):
    """The rules of the findings no allow accepted."""
    return [f["rule"] for f in report["findings"] if not f["accepted"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--show", action="store_true", help="print every failing document")
    args = parser.parse_args()

    failures = []
    counts = {"text": 0, "comment above": 0, "comment elsewhere": 0, "skipped by PyYAML": 0,
              "skipped: not a row with goals [G9]": 0, "skipped by iwg (YAML)": 0}
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "2024")
        shutil.copytree(PLAN, plan)
        for case in range(args.cases):
            rng = random.Random(args.seed * 100003 + case)
            lines, goals_at, key_indent = meetings(rng)
            lines, allow_at, goals_at = place_allow(rng, lines, goals_at, key_indent)
            assert "G9]" in lines[goals_at]
            newline = "\r\n" if rng.random() < 0.1 else "\n"
            document = newline.join(lines) + newline
            try:
                loaded = yaml.safe_load(document)
            except yaml.YAMLError:
                counts["skipped by PyYAML"] += 1
                continue
            if not has_bad_goal(loaded):
                counts["skipped: not a row with goals [G9]"] += 1
                continue
            texts = list(strings(loaded))
            is_text = any(ALLOW in s for s in texts)
            comments_between = all(
                not line.strip() or (line.strip().startswith("#") and
                                     not any(line.strip() in s for s in texts))
                for line in lines[allow_at + 1:goals_at])
            with open(os.path.join(plan, "meetings.yaml"), "w", newline="") as f:
                f.write(document)
            report, result = run_iwg(args.iwg, plan)
            if report is None:
                failures.append(f"case {case}: exit {result.returncode}: {result.stderr.strip()}")
                continue
            rules = rules_of(report)
            if any(r in rules for r in ["E003", "E004", "E005", "E006", "E007", "E008", "E009"]):
                counts["skipped by iwg (YAML)"] += 1
                continue
            if is_text:
                kind, expect_e202 = "text", True
            elif comments_between:
                kind, expect_e202 = "comment above", False
            else:
                kind, expect_e202 = "comment elsewhere", True
            counts[kind] += 1
            if ("E202" in rules) != expect_e202:
                what = ("bypass: an allow inside a value's text accepted E202" if kind == "text"
                        else "E202 not accepted by an allow comment right above it"
                        if kind == "comment above" else "E202 accepted by a distant allow")
                failures.append(f"case {case} (seed {args.seed}): {what}; line {allow_at + 1}")
                if args.show or len(failures) <= 5:
                    print(f"--- case {case}: {what}\n{document}---")
    print("; ".join(f"{k}: {v}" for k, v in counts.items()))
    if counts["text"] < MIN_TEXT or counts["comment above"] < MIN_COMMENT:
        failures.append(f"too few checked cases (at least {MIN_TEXT} of text and {MIN_COMMENT} "
                        "of a comment right above)")
    for failure in failures:
        print("FAIL: " + failure)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
