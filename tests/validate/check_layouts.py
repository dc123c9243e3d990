#!/usr/bin/python3
"""Plan discovery and read roots on generated layouts, through the real binary:
- every plan a report reads (agenda, status, summary, document, remind, summary --all; with
  and without --group) is one that `validate` checked;
- every directory under the path that holds plan files is a plan `validate` checked, or it or
  a directory above it that is not read is named in a finding;
- no byte of a file outside the plans' path reaches any output of any command or format, nor
  one outside a template's work tree (links: absolute, relative, chains, through a directory
  link). The trees hold stray files and directories at every level, years beside groups,
  empty and hidden directories, `.bak` copies and links to directories inside and out.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

SECRET = "SECRET-c0ffee"
NAMES = ["2024", "2025", "2026", "odc", "iwg", "notes", "2024.bak", "20245", ".hidden", ".git",
         "sub"]
GROUPS = ["odc", "iwg", "notes", "sub"]
PLAN = """format: 1
group: G
title: Plan {year}
year: {year}
goals:
  - id: G1
    text: Share what works
actions:
  - id: A1
    text: Run monthly meetings
    goals: [G1]
meetings:
  - month: may
    topic: Kick-off {year}
"""

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


def is_plan_file(name):
    return not name.startswith(".") and (name.endswith(".yaml") or name.endswith(".yml"))


def generate(rng, root, outside):
    os.makedirs(os.path.join(outside, "2025"))
    for path in [os.path.join(outside, "2025", "plan.yaml"), os.path.join(outside, "secret.yaml")]:
        with open(path, "w") as f:
            f.write(f"group: {SECRET}\ntitle: {SECRET}\nyear: 2025\n")
    os.makedirs(root)
    directories = [root]

    def link(target, path):
        try:
            os.symlink(target, path)
        except FileExistsError:
            pass

    def fill(directory, depth):
        for _ in range(rng.randrange(7 if depth == 0 else 5)):
            name = rng.choice(NAMES)
            path = os.path.join(directory, name)
            kind = rng.randrange(12)
            if kind <= 2 and depth < 4 and not os.path.lexists(path):
                os.mkdir(path)
                directories.append(path)
                fill(path, depth + 1)
            elif kind == 3:
                file = rng.choice(["plan.yaml", "goals.yml", "example.yaml", ".draft.yaml"])
                with open(os.path.join(directory, file), "w") as f:
                    f.write(PLAN.format(year=rng.choice([2024, 2025, 2026])))
            elif kind == 4:
                with open(os.path.join(directory, "README.md"), "w") as f:
                    f.write("notes\n")
            elif kind == 5:
                os.makedirs(path, exist_ok=True) if not os.path.islink(path) else None
            elif kind == 6:
                link(rng.choice(directories), path)
            elif kind == 7:
                link(rng.choice([outside, os.path.relpath(outside, directory)]), path)
            elif kind == 8:
                if rng.randrange(2):
                    link(os.path.join(outside, "secret.yaml"), os.path.join(directory, "linked.yaml"))
                else:
                    link(os.path.join(outside, "secret.yaml"), os.path.join(directory, "hop"))
                    link("hop", os.path.join(directory, "linked.yaml"))
            elif kind == 9:
                link(os.path.join(outside, "2025"), os.path.join(directory, "out"))
                link("out/plan.yaml", os.path.join(directory, "through.yaml"))
            elif kind == 10:
                link(os.path.join(directory, "missing"), path)
            else:
                with open(os.path.join(directory, "shared.yaml"), "w") as f:
                    f.write("goals: []\n")

    fill(root, 0)


def run(iwg, args, cwd=None):
    proc = subprocess.run([iwg, *args], capture_output=True, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


def check_no_secret(what, out, err):
    check(SECRET.encode() not in out and SECRET.encode() not in err,
          f"{what}: a byte of a file outside the root was printed")


def check_tree(iwg, seed):
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "plans")
        generate(random.Random(seed), root, os.path.join(tmp, "outside"))
        where = f"seed {seed}"
        code, out, err = run(iwg, ["validate", "-f", "json", root])
        check(code in (0, 1, 2) and err == b"", f"{where}: validate exit {code}, stderr {err[:200]!r}")
        check_no_secret(f"{where}: validate json", out, err)
        doc = json.loads(out)
        loaded = {plan["path"] for plan in doc["plans"]}
        named = {finding["file"] for finding in doc["findings"]}
        for fmt in ["text", "github", "sarif"]:
            _, out, err = run(iwg, ["validate", "-f", fmt, root])
            check_no_secret(f"{where}: validate {fmt}", out, err)

        # The directories read as plans or as directories of plans: a finding there names
        # only itself, never what lies below.
        read = {root} | loaded | {os.path.dirname(p) for p in loaded if p != root}

        def covered(directory):
            if directory in loaded:
                return True
            while directory != root:
                if directory in named and directory not in read:
                    return True
                directory = os.path.dirname(directory)
            return False

        for directory, subdirectories, files in os.walk(root):  # links are not walked
            subdirectories[:] = [d for d in subdirectories if d != ".git"]
            if any(is_plan_file(f) for f in files):
                check(covered(directory) or directory == root and root in loaded,
                      f"{where}: {os.path.relpath(directory, tmp)} holds plan files, and is "
                      f"neither checked nor named")

        reports = [["agenda", "--all", "-f", "json"], ["status", "-f", "json"],
                   ["summary", "-f", "json"], ["document", "-f", "json"],
                   ["remind", "--month", "may", "-t", "json"]]
        for group in [None, *GROUPS]:
            options = ["--plan", root, "--as-of", "2025-06-01"]
            if group:
                options += ["--group", group]
            for report in reports:
                code, out, err = run(iwg, [*options, *report])
                check_no_secret(f"{where}: {group} {report[0]}", out, err)
                if code == 0 and out:
                    path = json.loads(out)["plan"]["path"]
                    check(path in loaded, f"{where}: {report[0]} read {path}, not validated")
            code, out, err = run(iwg, [*options, "summary", "--all", "-f", "json"])
            check_no_secret(f"{where}: {group} summary --all", out, err)
            if code in (0, 1) and out:
                for plan in json.loads(out)["plans"]:
                    check(plan["path"] in loaded,
                          f"{where}: summary --all read {plan['path']}, not validated")


def check_template_root(iwg):
    with tempfile.TemporaryDirectory() as tmp:
        repo = os.path.join(tmp, "repo")
        os.makedirs(os.path.join(repo, ".git"))
        os.makedirs(os.path.join(repo, "plans", "2025"))
        os.makedirs(os.path.join(repo, ".github"))
        os.makedirs(os.path.join(tmp, "outside"))
        with open(os.path.join(repo, "plans", "2025", "plan.yaml"), "w") as f:
            f.write(PLAN.format(year=2025))
        with open(os.path.join(tmp, "outside", "reminder.txt"), "w") as f:
            f.write(f"{SECRET} {{topic}}\n")
        with open(os.path.join(repo, "templates.txt"), "w") as f:
            f.write("Topic: {topic}\n")
        links = {"absolute.txt": os.path.join(tmp, "outside", "reminder.txt"),
                 "relative.txt": "../../outside/reminder.txt",
                 "chain.txt": "relative.txt",
                 "env.txt": "/proc/self/environ",
                 "inside.txt": "../templates.txt"}
        for name, target in links.items():
            os.symlink(target, os.path.join(repo, ".github", name))
        os.symlink("../../outside", os.path.join(repo, ".github", "out"))
        for name in ["absolute.txt", "relative.txt", "chain.txt", "env.txt", "out/reminder.txt",
                     "inside.txt"]:
            for fmt in ["text", "markdown", "email"]:
                code, out, err = run(iwg, ["--as-of", "2025-05-01", "remind", "--month", "may",
                                           "--template-file", f".github/{name}",
                                           "--template-format", fmt], cwd=repo)
                check_no_secret(f"template {name}", out, err)
                if name == "inside.txt":
                    check(code == 0 and out == b"Topic: Kick-off 2025\n",
                          f"template {name}: exit {code}, {out[:100]!r} {err[:200]!r}")
                else:
                    check(code == 2 and b"not read: with its links followed it lies outside"
                          in err, f"template {name}: exit {code}, {err[:200]!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--trees", type=int, default=25)
    args = parser.parse_args()
    for seed in range(1, args.trees + 1):
        check_tree(args.iwg, seed)
    check_template_root(args.iwg)
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print(f"ok: {args.trees} generated layouts, templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
