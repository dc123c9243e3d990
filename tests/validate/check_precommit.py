#!/usr/bin/python3
"""The pre-commit hook definition has what pre-commit needs and runs on the shipped plan, and
every YAML example in docs/ci.md parses."""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

import yaml

parser = argparse.ArgumentParser()
parser.add_argument("--iwg", required=True)
parser.add_argument("--root", required=True)
args = parser.parse_args()
failures = []

with open(f"{args.root}/.pre-commit-hooks.yaml", encoding="utf-8") as f:
    hooks = yaml.safe_load(f)
if not isinstance(hooks, list):
    failures.append(".pre-commit-hooks.yaml is not a list of hooks")
    hooks = []
for hook in hooks:
    for field in ("id", "name", "entry", "language"):
        if field not in hook:
            failures.append(f"hook {hook.get('id')}: no '{field}'")
hook = next((h for h in hooks if h.get("id") == "iwg-validate"), None)
if hook is None:
    failures.append("no hook with id iwg-validate")
else:
    files = re.compile(hook["files"])
    plan_files = ["plans/2024/goals.yaml", "plans/2024/meetings.yaml"]
    if not all(files.search(name) for name in plan_files) or files.search("src/main.yaml"):
        failures.append(f"'files: {hook['files']}' should match plan files only")
    # pre-commit runs the entry with the changed files as arguments.
    command = hook["entry"].split()
    command[0] = args.iwg
    result = subprocess.run(command + plan_files, cwd=args.root, capture_output=True,
                            text=True, check=False)
    if result.returncode != 0:
        failures.append(f"the hook fails on the shipped plan: {result.stdout}{result.stderr}")

with open(f"{args.root}/docs/ci.md", encoding="utf-8") as f:
    blocks = re.findall(r"```yaml\n(.*?)```", f.read(), re.S)
if len(blocks) < 5:
    failures.append(f"docs/ci.md has {len(blocks)} YAML examples, expected at least 5")
for number, block in enumerate(blocks, 1):
    try:
        yaml.safe_load(block)
    except yaml.YAMLError as error:
        failures.append(f"docs/ci.md YAML example {number} does not parse: {error}")

# The iwg commands of the CI examples run against the shipped plan (in a scratch directory
# that sees the repository's plans/, so the files they write go nowhere).
commands = [m.group(1) for block in blocks
            for m in re.finditer(r"(\./build/iwg [^\n]*)", block)]
if len(commands) < 4:
    failures.append(f"docs/ci.md: only {len(commands)} iwg commands found")
with tempfile.TemporaryDirectory() as scratch:
    os.symlink(os.path.join(os.path.abspath(args.root), "plans"), os.path.join(scratch, "plans"))
    for command in commands:
        line = command.replace("./build/iwg", shlex.quote(os.path.abspath(args.iwg)), 1)
        result = subprocess.run(["bash", "-c", line], cwd=scratch, capture_output=True,
                                text=True, check=False)
        if result.returncode != 0:
            failures.append(f"docs/ci.md: '{command}' exits {result.returncode}: "
                            f"{result.stdout}{result.stderr}")

for failure in failures:
    print(failure, file=sys.stderr)
print("precommit and ci: " + ("ok" if not failures else f"{len(failures)} failure(s)"))
sys.exit(1 if failures else 0)
