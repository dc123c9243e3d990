#!/usr/bin/python3
"""One fixture per rule, and the JSON Schema agreeing with iwg on structure.

tests/fixtures/validate/<RULE>-<name>/{fail,pass}/ are plans. For each rule:
- fail: `iwg validate` reports the rule and exits 1 (2 for input errors; 0 for warnings,
  1 under --strict). Findings of the
  meaning rules (E2xx, W2xx) must be exactly that rule: one mistake, one finding.
- pass: `iwg validate --strict` reports nothing and exits 0.
A fixture directory may hold `args` (extra arguments) and `target` (the path to validate,
relative to the fixture, instead of the directory itself).

Schema agreement: every file of every pass fixture, of the meaning rules' fail fixtures and of
plans/2024 is valid under schema/plan.schema.json; every structure rule's (E1xx) fail fixture
has a file the schema rejects, except for rules a per-file schema cannot see (listed below).
Every rule of the catalogue has a fixture and a section in docs/validation.md.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

import jsonschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plan_yaml  # noqa: E402

# A schema checks one file's shape: it cannot know that a date does not exist, nor see a
# section repeated in another file.
SCHEMA_BLIND = {"E107", "E109"}
INPUT_ERRORS = {"E001", "E002", "E010"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run_iwg(iwg, fixture, extra):
    args = []
    if os.path.exists(os.path.join(fixture, "args")):
        args = open(os.path.join(fixture, "args")).read().split()
    target = fixture
    if os.path.exists(os.path.join(fixture, "target")):
        target = os.path.join(fixture, open(os.path.join(fixture, "target")).read().strip())
    proc = subprocess.run([iwg, "validate", "--format", "json", *extra, *args, target],
                          capture_output=True)
    try:
        doc = json.loads(proc.stdout)
    except ValueError:
        fail(f"{fixture}: output is not JSON: {proc.stdout[:200]!r} {proc.stderr[:200]!r}")
        return proc.returncode, []
    # Accepted findings (allow comments) are listed, but count as none.
    return proc.returncode, [f["rule"] for f in doc["findings"] if not f["accepted"]]


def yaml_files(directory):
    return sorted(glob.glob(os.path.join(directory, "*.yaml")))


def schema_errors(validator, path):
    try:
        document = plan_yaml.load(path)
    except Exception as e:  # PyYAML refuses it: so would any schema-based editor
        return [f"unreadable: {e.__class__.__name__}"]
    return [e.message for e in validator.iter_errors(document)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--root", required=True, help="the repository")
    options = parser.parse_args()
    root = options.root
    with open(os.path.join(root, "schema", "plan.schema.json")) as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    fixtures = sorted(glob.glob(os.path.join(root, "tests", "fixtures", "validate", "[EW]*")))
    rules_seen = set()
    for directory in fixtures:
        rule = os.path.basename(directory).split("-")[0]
        rules_seen.add(rule)
        fail_dir = os.path.join(directory, "fail")
        pass_dir = os.path.join(directory, "pass")

        code, rules = run_iwg(options.iwg, fail_dir, [])
        expected_code = 2 if rule in INPUT_ERRORS else 0 if rule.startswith("W") else 1
        if rule not in rules:
            fail(f"{fail_dir}: expected {rule}, got {rules}")
        if code != expected_code:
            fail(f"{fail_dir}: exit {code}, expected {expected_code}")
        if rule[1] == "2" and rules != [rule]:
            fail(f"{fail_dir}: expected exactly [{rule}], got {rules}")
        if any(r[1] == "2" for r in rules if r != rule):
            fail(f"{fail_dir}: a meaning rule followed from {rule}: {rules}")
        if rule.startswith("W"):
            code, _ = run_iwg(options.iwg, fail_dir, ["--strict"])
            if code != 1:
                fail(f"{fail_dir}: exit {code} under --strict, expected 1")

        code, rules = run_iwg(options.iwg, pass_dir, ["--strict"])
        if rules or code != 0:
            fail(f"{pass_dir}: expected no findings and exit 0, got {rules}, exit {code}")

        for path in yaml_files(pass_dir):
            for error in schema_errors(validator, path):
                fail(f"{path}: valid for iwg, but the schema says: {error}")
        if rule[1] == "2":
            for path in yaml_files(fail_dir):
                for error in schema_errors(validator, path):
                    fail(f"{path}: structurally valid, but the schema says: {error}")
        elif rule[1] == "1" and rule not in SCHEMA_BLIND:
            if not any(schema_errors(validator, path) for path in yaml_files(fail_dir)):
                fail(f"{fail_dir}: iwg reports {rule}, but the schema accepts every file")

    # The schema iwg prints is the repository's file, byte for byte.
    printed = subprocess.run([options.iwg, "schema", "plan"], capture_output=True).stdout
    with open(os.path.join(root, "schema", "plan.schema.json"), "rb") as f:
        if printed != f.read():
            fail("iwg schema plan differs from schema/plan.schema.json")

    for path in yaml_files(os.path.join(root, "plans", "2024")):
        for error in schema_errors(validator, path):
            fail(f"{path}: the shipped plan fails the schema: {error}")

    catalogue = json.loads(subprocess.run([options.iwg, "validate", "--format", "sarif",
                                           os.path.join(root, "plans", "2024")],
                                          capture_output=True).stdout)
    with open(os.path.join(root, "docs", "validation.md"), encoding="utf-8") as f:
        docs = f.read()
    for rule in catalogue["runs"][0]["tool"]["driver"]["rules"]:
        if rule["id"] not in rules_seen:
            fail(f"rule {rule['id']} has no fixture under tests/fixtures/validate/")
        if f"#### {rule['id']} {rule['name']}" not in docs:
            fail(f"rule {rule['id']} {rule['name']} has no section in docs/validation.md")

    print(f"{len(fixtures)} rules checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
