#!/usr/bin/python3
"""Draws docs/images/status.svg, the README's picture: what `iwg status` shows a coordinator
at a terminal, in its colours, from the real output of the built iwg on the shipped plan.
The test docs.readme fails when the picture is stale.
Usage: scripts/readme_picture.py [--check] --iwg PATH ROOT"""
import argparse
import html
import re
import subprocess
import sys

COMMAND = ["--plan", "plans/2024", "status", "--as-of", "2024-09-02", "--color", "always"]
LINES = 14  # through the first stale row; "…" stands for the rest
COLOURS = {"31": "#f47067", "32": "#57ab5a", "33": "#c69026", "34": "#539bf5", "36": "#39c5cf"}
CHAR_W, LINE_H, PAD = 8.4, 19, 16


def spans(line):
    """(text, bold, dim, colour) pieces of one line with ANSI SGR codes."""
    bold = dim = False
    colour = None
    for piece in re.split(r"(\x1b\[[0-9;]*m)", line):
        if piece.startswith("\x1b["):
            for code in piece[2:-1].split(";") or ["0"]:
                if code in ("", "0"):
                    bold = dim = False
                    colour = None
                elif code == "1":
                    bold = True
                elif code == "2":
                    dim = True
                elif code in COLOURS:
                    colour = COLOURS[code]
        elif piece:
            yield piece, bold, dim, colour


def draw(output):
    lines = output.split("\n")[:LINES]
    width = PAD * 2 + CHAR_W * 82
    height = PAD * 2 + LINE_H * (len(lines) + 2)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height}" '
           f'viewBox="0 0 {width:.0f} {height}" role="img" '
           'aria-label="iwg status on the 2024 plan, in a terminal">',
           f'<rect width="100%" height="100%" rx="8" fill="#22272e"/>',
           '<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" '
           'fill="#adbac7" xml:space="preserve">']
    y = PAD + LINE_H
    out.append(f'<text x="{PAD}" y="{y}" fill="#768390">$ iwg status --as-of 2024-09-02</text>')
    for line in lines:
        y += LINE_H
        pieces = []
        for text, bold, dim, colour in spans(line):
            attrs = ""
            if bold:
                attrs += ' font-weight="bold"'
            if colour:
                attrs += f' fill="{colour}"'
            elif dim:
                attrs += ' fill="#768390"'
            pieces.append(f"<tspan{attrs}>{html.escape(text)}</tspan>")
        out.append(f'<text x="{PAD}" y="{y}">{"".join(pieces)}</text>')
    y += LINE_H
    out.append(f'<text x="{PAD}" y="{y}" fill="#768390">  …</text>')
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--iwg", required=True)
    parser.add_argument("root")
    args = parser.parse_args()
    result = subprocess.run([args.iwg, *COMMAND], cwd=args.root, capture_output=True,
                            text=True, check=True, env={"TERM": "xterm", "LC_ALL": "C.UTF-8"})
    picture = draw(result.stdout)
    target = f"{args.root}/docs/images/status.svg"
    if args.check:
        with open(target, encoding="utf-8") as f:
            if f.read() != picture:
                print("docs/images/status.svg is stale: run scripts/readme_picture.py",
                      file=sys.stderr)
                sys.exit(1)
        return
    with open(target, "w", encoding="utf-8") as f:
        f.write(picture)


main()
