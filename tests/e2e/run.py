#!/usr/bin/python3
"""Runs golden transcripts (*.t) against the built iwg binary.

A transcript holds cases. Each case is a `$ command` line, the expected stdout,
optionally `[stderr]` and the expected stderr, and `[exit N]`. The command is
split like a shell would (shlex) but not run by one; leading VAR=value words set
environment variables and `iwg` is the binary under test. Lines holding control
characters (or a trailing CR) are written as a Python repr followed by ` (esc)`;
output without a final newline ends with a line ` (no-eol)`. A command ending in `> FILE`
sends stdout to FILE (not compared): `> /dev/null` for a case about stderr and the exit code,
`> /dev/full` for a write error. `$TMP` in a command is a directory the transcript may write
in: made empty for each transcript, removed after it, and written back as `$TMP` in the
output, so that cases can build on the files earlier cases wrote.

    run.py --iwg build/iwg tests/e2e/agenda.t           # check
    run.py --iwg build/iwg --update tests/e2e/agenda.t  # rewrite, then review the diff
"""
import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ENV_WORD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
PRINTABLE = re.compile(r"^[^\x00-\x08\x0a-\x1f\x7f]*$")


def encode_output(data: bytes) -> list[str]:
    if not data:
        return []
    text = data.decode("utf-8", errors="surrogateescape")
    lines = text.split("\n")
    no_eol = lines[-1] != ""
    if not no_eol:
        lines.pop()
    out = []
    for line in lines:
        try:
            line.encode("utf-8")
            plain = PRINTABLE.match(line) is not None and not line.endswith(" (esc)")
        except UnicodeEncodeError:
            plain = False
        if plain:
            out.append(line)
        else:
            raw = line.encode("utf-8", errors="surrogateescape")
            out.append(repr(raw)[2:-1] + " (esc)")
    if no_eol:
        out.append(" (no-eol)")
    return out


def parse(path):
    """Returns a list of items: ('text', line) for comments/blank lines, ('case', cmd, expected)."""
    items = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("$ "):
            items.append(("text", line))
            i += 1
            continue
        command = line[2:]
        i += 1
        expected = []
        while i < len(lines) and not re.fullmatch(r"\[exit \d+\]", lines[i]):
            if lines[i].startswith("$ "):
                sys.exit(f"{path}: case '{command}' has no [exit N] line")
            expected.append(lines[i])
            i += 1
        if i == len(lines):
            sys.exit(f"{path}: case '{command}' has no [exit N] line")
        expected.append(lines[i])
        i += 1
        items.append(("case", command, expected))
    return items


def run_case(iwg, command, tmp):
    words = [word.replace("$TMP", tmp) for word in shlex.split(command)]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "TERM": "dumb",
    }
    while words and ENV_WORD.match(words[0]):
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    stdout_path = None
    if len(words) >= 2 and words[-2] == ">":
        stdout_path = words[-1]
        words = words[:-2]
    if not words or words[0] != "iwg":
        sys.exit(f"command must start with 'iwg': {command}")
    words[0] = iwg
    if stdout_path is not None:
        with open(stdout_path, "wb") as sink:
            result = subprocess.run(words, env=env, stdin=subprocess.DEVNULL, stdout=sink,
                                    stderr=subprocess.PIPE, timeout=60)
        result.stdout = b""
    else:
        result = subprocess.run(words, env=env, stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=60)
    actual = encode_output(result.stdout.replace(tmp.encode(), b"$TMP"))
    if result.stderr:
        actual.append("[stderr]")
        actual += encode_output(result.stderr.replace(tmp.encode(), b"$TMP"))
    actual.append(f"[exit {result.returncode}]")
    return actual


def run_transcript(iwg, path, tmp, update):
    """Runs one transcript's cases (rewriting it with --update); returns (passed, failed)."""
    passed = failed = 0
    rewritten = []
    for item in parse(path):
        if item[0] == "text":
            rewritten.append(item[1])
            continue
        _, command, expected = item
        actual = run_case(iwg, command, tmp)
        rewritten.append("$ " + command)
        rewritten += actual
        if actual == expected:
            passed += 1
            continue
        failed += 1
        if not update:
            print(f"FAIL {path}: $ {command}")
            for line in difflib.unified_diff(expected, actual, "expected", "actual",
                                             lineterm=""):
                print("  " + line)
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(rewritten) + "\n")
    return passed, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iwg", required=True, help="the iwg binary")
    parser.add_argument("--update", action="store_true", help="rewrite expectations")
    parser.add_argument("transcripts", nargs="+")
    args = parser.parse_args()
    iwg = os.path.abspath(args.iwg)
    passed = failed = 0
    for path in args.transcripts:
        tmp = tempfile.mkdtemp(prefix="iwg-e2e-")
        try:
            outcome = run_transcript(iwg, path, tmp, args.update)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        passed += outcome[0]
        failed += outcome[1]
    if args.update:
        print(f"updated: {passed} unchanged, {failed} rewritten")
        return 0
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
