#!/usr/bin/python3
"""cmake --install puts every file where it belongs, and cpack builds a Debian package that
holds them with computed dependencies. Nothing is installed on this machine: the install
goes to a temporary prefix and the package is only inspected (dpkg-deb -c / -I)."""
import argparse
import glob
import os
import subprocess
import tempfile

from reportlib import check, finish

parser = argparse.ArgumentParser()
parser.add_argument("--build", required=True)
args = parser.parse_args()

FILES = ["bin/iwg",
         "share/man/man1/iwg.1",
         "share/man/man5/iwg-plan.5",
         "share/bash-completion/completions/iwg",
         "share/zsh/vendor-completions/_iwg",
         "share/fish/vendor_completions.d/iwg.fish",
         "share/iwg/plan.schema.json",
         "share/doc/iwg/README.md",
         "share/doc/iwg/CHANGELOG.md",
         "share/doc/iwg/copyright",
         "share/doc/iwg/docs/plan-format.md",
         "share/doc/iwg/docs/validation.md"]


def run(*command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    check(result.returncode == 0, f"{' '.join(command)}: {result.returncode} {result.stderr}")
    return result.stdout


with tempfile.TemporaryDirectory() as prefix:
    run("cmake", "--install", args.build, "--prefix", prefix)
    for name in FILES:
        check(os.path.isfile(os.path.join(prefix, name)), f"cmake --install: no {name}")
    plans = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "plans", "2024")
    out = run(os.path.join(prefix, "bin", "iwg"), "--plan", plans, "agenda", "--month", "may",
              "--as-of", "2024-05-01")
    check("May 2024" in out, f"the installed iwg prints May's agenda: {out!r}")

with tempfile.TemporaryDirectory() as out_dir:
    run("cpack", "-G", "DEB", "-B", out_dir, cwd=args.build)
    packages = glob.glob(os.path.join(out_dir, "iwg_*.deb"))
    check(len(packages) == 1, f"cpack made {packages}")
    if packages:
        info = run("dpkg-deb", "-I", packages[0])
        for field in ("Package: iwg", "Section: utils", "Description: plan, check and report"):
            check(field in info, f"the package's control has {field!r}")
        depends = [line for line in info.split("\n") if line.strip().startswith("Depends:")]
        check(depends and "libyaml-cpp0.7" in depends[0] and "libfmt9" in depends[0],
              f"dependencies computed by dpkg-shlibdeps: {depends}")
        listing = run("dpkg-deb", "-c", packages[0])
        for name in FILES:
            check(f"./usr/{name}\n" in listing, f"the package holds /usr/{name}")

finish("install")
