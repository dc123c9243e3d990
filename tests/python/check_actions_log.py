#!/usr/bin/python3
"""Under GITHUB_ACTIONS=true no plan text reaches a job log as a workflow command, in any
command or format, and every format stays what it was (lossless).

The runner's reading of a log line (actions/runner ActionCommand.TryParseV2 / TryParse, and
ActionCommandManager's stop-commands) is emulated: a line is a command when, after trimming
leading whitespace, it starts with "::NAME" (NAME up to a blank or the next "::"), or when it
holds "##[NAME" (NAME up to a blank or "]") anywhere; "::stop-commands::TOKEN" pauses until
a command named TOKEN (any case). The fixture tests/fixtures/actions-log holds both forms in
every field iwg prints.
"""
import argparse
import json
import os
import re
import subprocess
import sys

from reportlib import FAILURES, check

COMMANDS = {"add-mask", "add-path", "set-env", "set-output", "save-state", "error", "warning",
            "notice", "debug", "group", "endgroup", "echo", "add-matcher", "remove-matcher",
            "stop-commands"}


def commands_in(line):
    """The command names the runner would parse from one line (V2 first, else legacy)."""
    stripped = line.lstrip()
    if stripped.startswith("::"):
        end = stripped.find("::", 2)
        if end >= 0:
            info = stripped[2:end]
            return [info.split(" ", 1)[0], stripped[end + 2:]]
    match = re.search(r"##\[([^\] ]*)", line)
    if match:
        rest = line[match.end():]
        data = rest[rest.find("]") + 1:] if "]" in rest else ""
        return [match.group(1), data]
    return None


def live_commands(output, own_commands_allowed):
    """The commands the runner would act on, besides a stop-commands pair."""
    live = []
    stopped_token = None
    for line in output.split("\n"):
        line = line.rstrip("\r")
        parsed = commands_in(line)
        if parsed is None:
            continue
        name, data = parsed
        if stopped_token is not None:
            if name.lower() == stopped_token.lower():
                stopped_token = None
            continue
        if name == "stop-commands":
            stopped_token = data
            continue
        if name in COMMANDS and not own_commands_allowed:
            live.append(line)
    check(stopped_token is None, "output ends with commands still stopped")
    return live


def unwrap(text):
    lines = text.split("\n")
    if lines and lines[0].startswith("::stop-commands::"):
        token = lines[0][len("::stop-commands::"):]
        check(lines[-2] == f"::{token}::", f"the wrapper ends with ::{token}::")
        return "\n".join(lines[1:-2]) + "\n"
    return text


def unfold_ics(text):
    return text.replace("\r\n ", "")


def run(iwg, args, actions):
    env = dict(os.environ)
    env.pop("GITHUB_ACTIONS", None)
    if actions:
        env["GITHUB_ACTIONS"] = "true"
    proc = subprocess.run([iwg, *args], capture_output=True, env=env)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--root", required=True)
    options = parser.parse_args()
    plan = os.path.join(options.root, "tests", "fixtures", "actions-log")
    base = ["--plan", plan, "--as-of", "2024-05-10"]
    cases = [
        (["agenda", "--all"], "text"), (["agenda", "--all", "-f", "markdown"], "text"),
        (["agenda", "--all", "-f", "json"], "json"), (["agenda", "--all", "-f", "ics"], "ics"),
        (["summary"], "text"), (["summary", "-f", "markdown"], "text"),
        (["summary", "-f", "json"], "json"), (["status"], "text"),
        (["status", "-f", "markdown"], "text"), (["status", "-f", "json"], "json"),
        (["summary", "--all"], "text"), (["summary", "--all", "-f", "json"], "json"),
        (["document"], "text"), (["document", "-f", "markdown"], "text"),
        (["document", "-f", "html"], "text"), (["document", "-f", "json"], "json"),
        (["remind", "--month", "may"], "text"), (["remind", "--month", "may", "-t", "markdown"], "text"),
        (["remind", "--month", "may", "-t", "email"], "text"),
        (["remind", "--month", "may", "-t", "json"], "json"),
        (["validate", plan], "text"), (["validate", "-f", "json", plan], "json"),
        (["validate", "-f", "sarif", plan], "json"),
    ]
    for args, kind in cases:
        where = " ".join(args)
        code, plain, _ = run(options.iwg, base + args, False)
        check(code == 0, f"{where}: exit {code}")
        code, guarded, err = run(options.iwg, base + args, True)
        check(code == 0 and err == "", f"{where} under GITHUB_ACTIONS: exit {code}, {err[:200]!r}")
        live = live_commands(guarded, False)
        check(not live, f"{where}: live workflow commands: {live[:3]}")
        live_err = live_commands(err, False)
        check(not live_err, f"{where}: live workflow commands on stderr: {live_err[:3]}")
        if kind == "json":
            check(json.loads(guarded) == json.loads(plain), f"{where}: JSON differs once parsed")
        elif kind == "ics":
            check(unfold_ics(guarded) == unfold_ics(plain), f"{where}: calendar differs")
            for line in guarded.split("\r\n"):
                check(len(line.encode()) <= 75, f"{where}: line over 75 octets")
        else:
            check(unwrap(guarded) == plain, f"{where}: text differs inside the wrapper")
        # The fixture is hostile on purpose: the unguarded output must show the danger, or
        # this test proves nothing.
        # (Markdown escapes both forms on its own, the calendar folds around them, and a clean
        # plan's validate prints no plan text.)
        if kind == "text" and "markdown" not in args and args[0] != "validate":
            check(live_commands(plain, False), f"{where}: the fixture injects nothing here")

    # Findings on stderr (a report refusing a plan with errors) are guarded too.
    code, _, err = run(options.iwg, ["--plan", os.path.join(plan, "plan.yaml"), "--as-of",
                                     "2024-05-10", "--group", "nope", "agenda"], True)
    check(code == 2 and not live_commands(err, False), f"usage error on stderr: {err[:200]!r}")

    # validate --format github keeps its own annotations (no plan finding here: none).
    code, out, _ = run(options.iwg, ["validate", "-f", "github", plan], True)
    check(code == 0 and out == "", f"github format on a clean plan: {out[:200]!r}")

    # Output to a file is not the log: written as it is.
    target = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"iwg-actions-log-{os.getpid()}.txt")
    env = dict(os.environ, GITHUB_ACTIONS="true")
    with open(target, "wb") as f:
        subprocess.run([options.iwg, *base, "agenda", "--month", "may"], stdout=f, env=env)
    with open(target, encoding="utf-8") as f:
        written = f.read()
    os.unlink(target)
    check(not written.startswith("::stop-commands::"), "a file got the log wrapper")

    print(f"{len(cases)} outputs checked, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
