"""Shared helpers for the report checks: run the built iwg and fail loudly."""
import os
import subprocess
import sys

FAILURES = []


def run_iwg(iwg, *args):
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8", "TERM": "dumb"}
    result = subprocess.run([iwg, *args], capture_output=True, env=env, check=False)
    if result.returncode != 0:
        fail(f"iwg {' '.join(args)} exited {result.returncode}: {result.stderr!r}")
    return result.stdout


def check(condition, message):
    if not condition:
        fail(message)


def fail(message):
    FAILURES.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def finish(name):
    if FAILURES:
        print(f"{name}: {len(FAILURES)} failure(s)", file=sys.stderr)
        sys.exit(1)
    print(f"{name}: ok")


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
