#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the fixtures (run from anywhere).

plan_fuzz: every fixture plan file (at most 16 KiB) alone, and every plan directory as one
input, its files joined by "#---file---" lines (plan.yaml last, as plan_fuzz names it).
template_fuzz: the reminder templates of tests/fixtures/remind/templates and the built-in
ones. small_fuzz: month specs, dates, times, header lines and hostile text, each after two
bytes that choose the wrap width and indent.
"""
import hashlib
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/fuzz/corpus"
MAX = 16 * 1024
MARKER = b"\n#---file---\n"


def write(target, name, data):
    directory = OUT / target
    directory.mkdir(parents=True, exist_ok=True)
    if len(data) <= MAX:
        (directory / name).write_bytes(data)


def plan_seeds():
    plan_files = sorted(
        p for p in list((ROOT / "tests/fixtures").rglob("*.y*ml")) + list((ROOT / "plans").rglob("*.y*ml"))
        if p.is_file())
    for path in plan_files:
        write("plan_fuzz", "file-" + str(path.relative_to(ROOT)).replace("/", "_"), path.read_bytes())
    for directory in sorted({p.parent for p in plan_files}):
        files = sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml"))
        if len(files) < 2:
            continue
        files.sort(key=lambda p: p.name in ("plan.yaml", "plan.yml"))
        joined = MARKER.join(p.read_bytes().rstrip(b"\n") for p in files) + b"\n"
        write("plan_fuzz", "dir-" + str(directory.relative_to(ROOT)).replace("/", "_"), joined)


def template_seeds():
    for path in sorted((ROOT / "tests/fixtures/remind/templates").iterdir()):
        write("template_fuzz", path.name, path.read_bytes())
    source = (ROOT / "src/render/reminder_format.cpp").read_text()
    # The built-in templates are C++ string literals (text_body is shared): join each one's.
    def literal(block):
        text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block))
        return text.encode().decode("unicode_escape").encode("latin-1")
    blocks = re.findall(r'(?:string_view (\w+)|std::string source) =(.*?);\n', source, re.S)
    body = b""
    for i, (name, block) in enumerate(blocks):
        text = literal(block) + (body if "text_body)" in block else b"")
        if name == "text_body":
            body = text
        write("template_fuzz", f"builtin-{i}", text)
    # Multi-line values and sections in an e-mail header block.
    write("template_fuzz", "email-header-values",
          b"Subject: {topic}\nX-Notes: {notes}\n{#alternative}X-Alt: {alternative}\n{/alternative}"
          b"{speakers}\n  {goals}\n{^date}X-Undated: yes\n{/date}\nBody:\n> {notes}\n- {actions}\n")


def small_seeds():
    lines = [
        "may", "MAY", "5", "05", "2024-05", "sep", "current", "next", "previous", "this", "last",
        "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "15:00", "24:00", "9:30",
        "Subject: Plain ASCII subject that goes on and on so that it has to be folded at spaces",
        "Subject: Implementação: ünïcödé", "Subject: =?UTF-8?B?SGk=?=", "To: a@example.org",
        "DESCRIPTION:A line\\, escaped\\; for iCalendar and long enough to be folded over 75 octets",
        "text with \x1b[31mcolour\x1b[0m, \u202eRLO\u202c, \u2066isolate\u2069, \x85 and \u2028",
        "*bold* _it_ `code` [link](x) <b>html</b> &amp; # heading\n- item\n> quote\n1. one",
        "::error file=a,line=1::injected\r\n%0A::warning::two",
        "tab\tseparated\tvalues and a very long word " + "x" * 120,
        "é" * 40 + " " + "日本語" * 20,
    ]
    for i, line in enumerate(lines):
        write("small_fuzz", f"seed-{i:02}", bytes([40 + i, i % 20]) + line.encode())
    write("small_fuzz", "invalid-utf8", b"\x28\x04" + b"a\xc0\x80\xed\xa0\x80\xff\xe2\x82 z")
    # publish's manifest (version 2, an intent record, version 1), whole.
    digest = "0" * 63 + "1"
    manifests = [
        '{"generator": "iwg publish", "version": 2, "as_of": "2024-06-01", "state": "complete",'
        ' "files": [{"path": "index.html", "sha256": "%s"},'
        ' {"path": "wg/2025/plan.ics", "sha256": "%s"}]}' % (digest, digest),
        '{"generator": "iwg publish", "version": 2, "as_of": "2024-06-01", "state": "writing",'
        ' "files": [{"path": "2024/README.md", "sha256": "%s"}],'
        ' "replacing": [{"path": "plan.json", "sha256": "%s"}]}' % (digest, digest),
        '{"generator": "iwg publish", "version": 1, "as_of": "2024-06-01",'
        ' "files": ["README.md", "2024/plan.json"]}',
    ]
    for i, text in enumerate(manifests):
        write("small_fuzz", f"manifest-{i}", b"\x28\x04" + text.encode())


def main():
    for target in ("plan_fuzz", "template_fuzz", "small_fuzz"):
        shutil.rmtree(OUT / target, ignore_errors=True)
    plan_seeds()
    template_seeds()
    small_seeds()


if __name__ == "__main__":
    main()
