#!/usr/bin/python3
"""`iwg validate --format sarif` against the SARIF 2.1.0 schema (tests/data, from OASIS) and
the further demands of GitHub code scanning: no empty strings, lines from 1, one location per
result with a relative uri, rule ids that the driver lists with short and full descriptions
and help."""
import argparse
import glob
import json
import re
import os
import subprocess
import sys

import jsonschema

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def walk(node, path="$"):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}[{i}]")
    else:
        yield path, node


def check(document, label, sarif_validator):
    for error in sarif_validator.iter_errors(document):
        fail(f"{label}: schema: {error.message} at {list(error.absolute_path)}")
    for path, value in walk(document):
        if value == "":
            fail(f"{label}: empty string at {path}")
    if document.get("version") != "2.1.0" or "$schema" not in document:
        fail(f"{label}: version or $schema missing")
    run = document["runs"][0]
    driver = run["tool"]["driver"]
    rules = {rule["id"]: rule for rule in driver["rules"]}
    for rule in rules.values():
        for key in ("shortDescription", "fullDescription", "help"):
            if not rule.get(key, {}).get("text"):
                fail(f"{label}: rule {rule['id']} has no {key}")
        if not rule["help"].get("markdown", "").startswith(f"**{rule['id']} {rule['name']}**"):
            fail(f"{label}: rule {rule['id']} has no Markdown help")
    for i, result in enumerate(run["results"]):
        where = f"{label}: results[{i}]"
        if result["ruleId"] not in rules:
            fail(f"{where}: ruleId {result['ruleId']} not in the driver's rules")
        elif driver["rules"][result["ruleIndex"]]["id"] != result["ruleId"]:
            fail(f"{where}: ruleIndex does not point at ruleId")
        if result["level"] not in ("error", "warning"):
            fail(f"{where}: level {result['level']}")
        if not result["message"]["text"]:
            fail(f"{where}: no message")
        if len(result["locations"]) != 1:
            fail(f"{where}: expected one location")
        fingerprint = result.get("partialFingerprints", {}).get("iwg/v1", "")
        if not re.fullmatch(r"[0-9a-f]{16}:[1-9][0-9]*", fingerprint):
            fail(f"{where}: partialFingerprints iwg/v1 is {fingerprint!r}")
        for location in result["locations"] + result.get("relatedLocations", []):
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            if uri.startswith("/") or uri.startswith("./") or "://" in uri:
                fail(f"{where}: uri {uri!r} is not repository-relative")
            region = physical.get("region")
            if region is None or region.get("startLine", 0) < 1:
                fail(f"{where}: region without a start line from 1: {region}")
            for key in ("startColumn", "endLine", "endColumn"):
                if key in region and region[key] < 1:
                    fail(f"{where}: {key} below 1")
    fingerprints = [r["partialFingerprints"]["iwg/v1"] for r in run["results"]
                    if "partialFingerprints" in r]
    if len(set(fingerprints)) != len(fingerprints):
        fail(f"{label}: two results share a fingerprint")
    return len(run["results"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--root", required=True)
    options = parser.parse_args()
    os.chdir(options.root)
    with open("tests/data/sarif-schema-2.1.0.json") as f:
        sarif_schema = json.load(f)
    sarif_validator = jsonschema.Draft4Validator(sarif_schema)

    fail_fixtures = sorted(glob.glob("tests/fixtures/validate/*/fail"))
    runs = {
        "plans/2024": ["plans/2024"],
        "every failing fixture": fail_fixtures + ["tests/fixtures/validate/hostile",
                                                 "tests/fixtures/validate/hostile-key"],
        "a missing file": ["tests/fixtures/validate/E001-unreadable-file/fail/missing.yaml"],
        "a clean plan": ["tests/fixtures/validate/W204-unscheduled-row/pass"],
    }
    for label, paths in runs.items():
        proc = subprocess.run([options.iwg, "validate", "--format", "sarif", *paths],
                              capture_output=True)
        try:
            document = json.loads(proc.stdout)
        except ValueError:
            fail(f"{label}: not JSON: {proc.stdout[:200]!r}")
            continue
        count = check(document, label, sarif_validator)
        print(f"{label}: {count} results checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
