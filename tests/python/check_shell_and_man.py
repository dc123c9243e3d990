#!/usr/bin/python3
"""The shell completions and the man page that iwg writes from its own command-line
definitions: bash completes real command lines, zsh and fish parse their scripts (and fish
completes), iwg(1) renders with man and passes groff -ww, and --version names the build."""
import argparse
import json
import re
import subprocess
import tempfile

from reportlib import check, finish, repo_root as find_repo_root, run_iwg

parser = argparse.ArgumentParser()
parser.add_argument("--iwg", required=True)
args = parser.parse_args()
iwg = args.iwg

repo_root = find_repo_root()
COMMANDS = ["agenda", "validate", "summary", "status", "document", "publish", "remind", "init",
            "schema", "version", "completions", "help"]


def bash_completions(script, *words):
    """What the bash completion offers for a command line whose last word is being typed."""
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = (f"source {script}\n"
               f"COMP_WORDS=({quoted}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _iwg\n"
               'printf "%s\\n" "${COMPREPLY[@]}"\n')
    result = subprocess.run(["bash", "-c", program], capture_output=True, text=True,
                            check=False, cwd=repo_root)
    check(result.returncode == 0 and result.stderr == "",
          f"bash completion of {words}: {result.returncode} {result.stderr!r}")
    return [line for line in result.stdout.split("\n") if line]


with tempfile.TemporaryDirectory() as tmp:
    bash = f"{tmp}/iwg.bash"
    with open(bash, "wb") as f:
        f.write(run_iwg(iwg, "completions", "bash"))
    check(bash_completions(bash, "iwg", "ag") == ["agenda"], "iwg ag<TAB> -> agenda")
    check(bash_completions(bash, "iwg", "") == COMMANDS, "iwg <TAB> lists the commands")
    check(bash_completions(bash, "iwg", "agenda", "--format", "") ==
          ["text", "markdown", "json", "ics"], "agenda --format <TAB> lists its formats")
    check(bash_completions(bash, "iwg", "validate", "-f", "") ==
          ["text", "json", "github", "sarif"], "validate -f <TAB> lists its formats")
    check(bash_completions(bash, "iwg", "status", "--format", "") ==
          ["text", "markdown", "json"], "status has no ics")
    check(bash_completions(bash, "iwg", "--color", "") == ["auto", "always", "never"],
          "--color <TAB> before the command")
    check(bash_completions(bash, "iwg", "agenda", "--month", "n") == ["november", "next"],
          "month names and relative months")
    check(bash_completions(bash, "iwg", "remind", "--template", "") ==
          ["text", "markdown", "email", "json"], "built-in template names")
    check(bash_completions(bash, "iwg", "remind", "--template-f") ==
          ["--template-file", "--template-format"], "option names")
    check(bash_completions(bash, "iwg", "--plan", "plans/20") == ["plans/2024"],
          "--plan completes paths")
    check(bash_completions(bash, "iwg", "init", "--from", "plans/20") == ["plans/2024"],
          "init --from completes paths")
    check(bash_completions(bash, "iwg", "init", "plans/20") == ["plans/2024"],
          "init's DIR completes paths")
    check(bash_completions(bash, "iwg", "help", "su") == ["summary"], "help takes a command")
    check("generate" not in bash_completions(bash, "iwg", "g"), "hidden commands stay hidden")

    zsh = f"{tmp}/_iwg"
    with open(zsh, "wb") as f:
        f.write(run_iwg(iwg, "completions", "zsh"))
    result = subprocess.run(["zsh", "-n", zsh], capture_output=True, text=True, check=False)
    check(result.returncode == 0 and result.stderr == "", f"zsh -n: {result.stderr!r}")

    fish = f"{tmp}/iwg.fish"
    with open(fish, "wb") as f:
        f.write(run_iwg(iwg, "completions", "fish"))
    result = subprocess.run(["fish", "--no-execute", fish], capture_output=True, text=True,
                            check=False)
    check(result.returncode == 0 and result.stderr == "", f"fish --no-execute: {result.stderr!r}")
    result = subprocess.run(["fish", "--no-config", "-c",
                             f"source {fish}; complete -C 'iwg agenda --format '"],
                            capture_output=True, text=True, check=False)
    offered = [line.split("\t")[0] for line in result.stdout.split("\n") if line]
    check(sorted(offered) == ["ics", "json", "markdown", "text"],
          f"fish: agenda --format <TAB> offers {offered}")

    page = f"{tmp}/iwg.1"
    with open(page, "wb") as f:
        f.write(run_iwg(iwg, "generate", "man"))
    result = subprocess.run(["groff", "-ww", "-man", "-z", page], capture_output=True,
                            text=True, check=False)
    check(result.returncode == 0 and result.stderr == "", f"groff -ww: {result.stderr!r}")
    result = subprocess.run(["man", "-l", page], capture_output=True, text=True, check=False,
                            env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    check(result.returncode == 0 and result.stderr == "", f"man -l: {result.stderr!r}")
    rendered = result.stdout
    for command in COMMANDS:
        if command != "help":
            check(f"iwg {command}" in rendered, f"the man page has a section for {command}")
    for text in ("--format", "--fail-on-stale", "--template-file", "Exit codes:", "IWG_PLAN",
                 "iwg-plan(5)"):
        check(text in rendered, f"the man page mentions {text}")

plan_page = f"{repo_root}/man/iwg-plan.5"
result = subprocess.run(["groff", "-ww", "-man", "-z", plan_page], capture_output=True,
                        text=True, check=False)
check(result.returncode == 0 and result.stderr == "", f"groff -ww iwg-plan.5: {result.stderr!r}")
result = subprocess.run(["man", "-l", plan_page], capture_output=True, text=True, check=False,
                        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
check(result.returncode == 0 and result.stderr == "" and "shares_month" in result.stdout,
      f"man -l iwg-plan.5: {result.stderr!r}")

version = run_iwg(iwg, "--version").decode()
check(re.fullmatch(r"iwg \d+\.\d+\.\d+( \(g[0-9a-f]{8}(-dirty)?\))?\n", version) is not None,
      f"--version: {version!r}")
check(run_iwg(iwg, "version").decode() == version, "iwg version says what --version says")
info = json.loads(run_iwg(iwg, "version", "--json"))
check(info["version"] == version.split()[1] and info["plan_formats"] == [1]
      and set(info["json_outputs"]) == {"reports", "validate", "remind"},
      f"version --json: {info}")

finish("shell and man")
