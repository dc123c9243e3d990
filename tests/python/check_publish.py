#!/usr/bin/python3
"""iwg publish: the shipped plan's site matches its golden files byte for byte; --check
finds a fresh site current and names each file of a stale or tampered one; publish never
replaces a file it did not write (nor one a tampered manifest claims outside the site), writes
nothing for a plan with errors, says the coverage view's gaps in words, and keeps WCAG AA
contrast in its light, dark and print colours.

    check_publish.py --iwg build/iwg [--update]   # --update rewrites tests/golden/site-2024
"""
import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import tempfile

from htmllib import check_html_page
from reportlib import check, finish, repo_root

AS_OF = "2024-06-01"
GOLDEN = os.path.join(repo_root(), "tests", "golden", "site-2024")
SITE_FILES = ["README.md", "index.html", "iwg-manifest.json", "plan.ics", "plan.json"]


def iwg_run(iwg, *args):
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8", "TERM": "dumb"}
    return subprocess.run([iwg, *args], capture_output=True, text=True, env=env, check=False,
                          cwd=repo_root())


def publish(iwg, plan, site, *extra):
    return iwg_run(iwg, "--plan", plan, "publish", site, *extra)


def snapshot(directory):
    files = {}
    for root, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = f.read()
    return files


def check_golden(iwg, tmp, update):
    site = os.path.join(tmp, "golden")
    result = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    check(result.returncode == 0 and result.stderr == "", f"publish: {result}")
    check(sorted(os.listdir(site)) == SITE_FILES, f"site files: {sorted(os.listdir(site))}")
    if update:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(site, GOLDEN)
        print(f"updated {GOLDEN}")
        return
    match, mismatch, errors = filecmp.cmpfiles(site, GOLDEN, SITE_FILES, shallow=False)
    check(not mismatch and not errors,
          f"site differs from tests/golden/site-2024 in {mismatch + errors} "
          "(run check_publish.py --update and review the diff)")
    # A second run changes nothing and says so.
    before = snapshot(site)
    again = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    check(again.stdout.endswith("0 files written, 4 unchanged (as of 2024-06-01)\n"),
          f"second publish: {again.stdout!r}")
    check(snapshot(site) == before, "a second publish changed the site")
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        problems = check_html_page(f.read())
    check(problems == [], f"index.html: {problems}")


def check_check(iwg, tmp):
    site = os.path.join(tmp, "checked")
    publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    # Fresh: current with the manifest's date, whatever today is.
    fresh = publish(iwg, "plans/2024", site, "--check")
    check(fresh.returncode == 0 and fresh.stderr == "" and
          fresh.stdout == f"{site}: up to date (4 files as of {AS_OF})\n", f"fresh: {fresh}")
    # Another date: the dated files differ.
    later = publish(iwg, "plans/2024", site, "--check", "--as-of", "2024-09-01")
    check(later.returncode == 1 and f"{site}/index.html: differs\n" in later.stdout and
          f"{site}/plan.ics: differs\n" in later.stdout, f"--as-of later: {later}")
    # Tampered and missing files are named, and --check writes nothing.
    with open(os.path.join(site, "plan.json"), "a", encoding="utf-8") as f:
        f.write("tampered\n")
    os.remove(os.path.join(site, "README.md"))
    before = snapshot(site)
    stale = publish(iwg, "plans/2024", site, "--check")
    check(stale.returncode == 1 and
          stale.stdout == f"{site}/README.md: missing\n{site}/plan.json: differs\n" and
          "2 files of the site" in stale.stderr and
          f"run 'iwg publish {site} --as-of {AS_OF}' with the same --plan" in stale.stderr,
          f"tampered: {stale}")
    check(snapshot(site) == before, "--check changed the site")
    # No site at all: every file is missing.
    empty = publish(iwg, "plans/2024", os.path.join(tmp, "nothing-here"), "--check")
    check(empty.returncode == 1 and empty.stdout.count(": missing\n") == 5, f"no site: {empty}")
    # A file changed since publish wrote it is not publish's any more: refused, left as it
    # is; once it is moved away, publishing again repairs the site.
    refused = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    check(refused.returncode == 2 and f"{site}/plan.json: was changed since iwg publish wrote "
          "it" in refused.stderr and snapshot(site) == before, f"tampered: {refused}")
    os.remove(os.path.join(site, "plan.json"))
    repaired = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    check(repaired.returncode == 0, f"repair: {repaired}")
    check(publish(iwg, "plans/2024", site, "--check").returncode == 0, "repaired site is stale")


def check_refusals(iwg, tmp):
    # A file publish did not write is never replaced, and nothing is written then.
    site = os.path.join(tmp, "theirs")
    os.makedirs(site)
    with open(os.path.join(site, "index.html"), "w", encoding="utf-8") as f:
        f.write("their page\n")
    refused = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    check(refused.returncode == 2 and f"{site}/index.html: exists and was not written by iwg "
          "publish" in refused.stderr, f"foreign file: {refused}")
    check(os.listdir(site) == ["index.html"], f"refused run wrote {os.listdir(site)}")
    # A manifest iwg did not write, or one that lists paths outside the site, is refused.
    for name, manifest in [("not-json", "{"),
                           ("escapes", json.dumps({"generator": "iwg publish", "version": 1,
                                                   "as_of": AS_OF, "files": ["../victim"]}))]:
        site = os.path.join(tmp, name)
        os.makedirs(site)
        with open(os.path.join(site, "iwg-manifest.json"), "w", encoding="utf-8") as f:
            f.write(manifest)
        result = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
        check(result.returncode == 2 and "not a manifest iwg publish wrote" in result.stderr,
              f"manifest {name}: {result}")
        check(("it is not JSON" if name == "not-json" else
               'entry 1 of its "files" is not a path publish generates') in result.stderr,
              f"manifest {name}: the message says what is wrong: {result.stderr!r}")
    # A directory of the site that is a symbolic link (it would lead outside the site), or a
    # file where the site has a directory, is refused before anything is written.
    outside = os.path.join(tmp, "outside")
    os.makedirs(outside)
    site = os.path.join(tmp, "linked")
    os.makedirs(site)
    os.symlink(outside, os.path.join(site, "2024"))
    linked = publish(iwg, "tests/fixtures/repo/two-years", site, "--as-of", AS_OF)
    check(linked.returncode == 2 and f"{site}/2024: a symbolic link where the site has a "
          "directory" in linked.stderr, f"symlinked directory: {linked}")
    check(os.listdir(outside) == [] and sorted(os.listdir(site)) == ["2024"],
          f"a refused run wrote {os.listdir(outside)} {os.listdir(site)}")
    site = os.path.join(tmp, "file-in-the-way")
    os.makedirs(site)
    open(os.path.join(site, "2025"), "w", encoding="utf-8").close()
    in_the_way = publish(iwg, "tests/fixtures/repo/two-years", site, "--as-of", AS_OF)
    check(in_the_way.returncode == 2 and f"{site}/2025: not a directory" in in_the_way.stderr,
          f"file in the way: {in_the_way}")
    # DIR itself must be a directory, for --check too.
    not_dir = os.path.join(tmp, "a-file")
    open(not_dir, "w", encoding="utf-8").close()
    for extra in ([], ["--check"]):
        result = publish(iwg, "plans/2024", not_dir, *extra)
        check(result.returncode == 2 and f"{not_dir}: not a directory" in result.stderr,
              f"publish {extra} into a file: {result}")
    # A plan with errors publishes nothing.
    site = os.path.join(tmp, "broken")
    broken = publish(iwg, "tests/fixtures/bad/typed-errors.yaml", site, "--as-of", AS_OF)
    check(broken.returncode == 1 and not os.path.exists(site), f"broken plan: {broken}")
    # Files an earlier run generated and this one does not are removed (ours to remove).
    site = os.path.join(tmp, "repo")
    check(publish(iwg, "tests/fixtures/repo/two-years", site, "--as-of", AS_OF).returncode == 0,
          "repository publish")
    check(sorted(snapshot(site)) == sorted(
        ["index.html", "iwg-manifest.json"] +
        [f"{year}/{name}" for year in (2024, 2025)
         for name in ("README.md", "index.html", "plan.ics", "plan.json")]),
        f"repository site: {sorted(snapshot(site))}")
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        index = f.read()
    check('<a href="2024/index.html">' in index and '<a href="2025/index.html">' in index,
          "the repository index links each plan")
    check(check_html_page(index) == [], f"repository index: {check_html_page(index)}")
    with open(os.path.join(site, "2024", "index.html"), encoding="utf-8") as f:
        check('<a href="../index.html">All plans</a>' in f.read(),
              "a plan's page links back to the repository's index")
    shrunk = publish(iwg, "tests/fixtures/repo/two-years/2024", site, "--as-of", AS_OF)
    check(shrunk.returncode == 0 and not os.path.exists(os.path.join(site, "2025")) and
          not os.path.exists(os.path.join(site, "2024")) and
          ", 8 removed (as of" in shrunk.stdout, f"shrunk site: {shrunk.stdout!r} "
          f"{sorted(snapshot(site))}")
    # A repository of one year is published under its year all the same: adding a year
    # later moves nothing.
    one_year = os.path.join(tmp, "one-year")
    os.makedirs(os.path.join(one_year, "plans"))
    shutil.copytree(os.path.join(repo_root(), "tests/fixtures/repo/two-years/2024"),
                    os.path.join(one_year, "plans", "2024"))
    site = os.path.join(tmp, "one-year-site")
    check(publish(iwg, os.path.join(one_year, "plans"), site, "--as-of", AS_OF).returncode == 0,
          "publish a repository of one year")
    check(os.path.isfile(os.path.join(site, "2024", "plan.ics")) and
          os.path.isfile(os.path.join(site, "index.html")), f"one year: {sorted(snapshot(site))}")
    # The pages do not depend on how the plan's path was written.
    spelt = [os.path.join(tmp, name) for name in ("spelt-a", "spelt-b")]
    publish(iwg, "plans/2024", spelt[0], "--as-of", AS_OF)
    publish(iwg, os.path.join(repo_root(), "plans", "2024") + "/", spelt[1], "--as-of", AS_OF)
    check(snapshot(spelt[0]) == snapshot(spelt[1]), "the site depends on how --plan was spelt")


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def sha256_of(path):
    import hashlib
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def manifest_v2(files, state="complete"):
    return json.dumps({"generator": "iwg publish", "version": 2, "as_of": AS_OF, "state": state,
                       "files": [{"path": p, "sha256": h} for p, h in files]})


def check_paths_and_ownership(iwg, tmp):
    """DIR is never a link, 'lnk/..' is resolved as the system does, the plans' directories
    and files are never written, and a manifest owns only its own files, by their hashes."""
    base = os.path.join(tmp, "paths")
    os.makedirs(os.path.join(base, "real", "inner"))
    os.symlink(os.path.join(base, "real"), os.path.join(base, "lnk"))
    for site in (os.path.join(base, "lnk"), os.path.join(base, "lnk") + "/"):
        result = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
        check(result.returncode == 2 and "a symbolic link; publish never writes through one"
              in result.stderr, f"DIR a link: {result}")
        check(os.listdir(os.path.join(base, "real")) == ["inner"], "a refused run wrote")
    # lnk/inner/..: the link target's parent (real/), never the lexical parent (base/).
    result = publish(iwg, "plans/2024", os.path.join(base, "lnk", "inner", ".."), "--as-of", AS_OF)
    check(result.returncode == 0 and os.path.isfile(os.path.join(base, "real", "plan.ics")) and
          sorted(os.listdir(base)) == ["lnk", "real"], f"lnk/inner/..: {result} {os.listdir(base)}")

    # A forged manifest beside the plan, listing a plan file with its correct hash.
    plan = os.path.join(tmp, "forged", "2024")
    shutil.copytree(os.path.join(repo_root(), "plans", "2024"), plan)
    goals = [n for n in sorted(os.listdir(plan)) if n.endswith(".yaml")]
    before = snapshot(plan)
    write_file(os.path.join(plan, "iwg-manifest.json"),
               manifest_v2([(n, sha256_of(os.path.join(plan, n))) for n in goals]))
    for extra in ([], ["--check"]):
        result = publish(iwg, plan, plan, "--as-of", AS_OF, *extra)
        check(result.returncode == 2 and "is not a path publish generates" in result.stderr,
              f"forged manifest {extra}: {result}")
    # Naming a page of the layout instead: the plan's directory is never a site.
    write_file(os.path.join(plan, "plan.ics"), "x")
    write_file(os.path.join(plan, "iwg-manifest.json"),
               manifest_v2([("plan.ics", sha256_of(os.path.join(plan, "plan.ics")))]))
    result = publish(iwg, plan, plan, "--as-of", AS_OF)
    check(result.returncode == 2 and "this run reads; publish writes only outside the plans"
          in result.stderr, f"publish into the plan: {result}")
    for name in goals:
        check(snapshot(plan)[name] == before[name], f"{name} changed")
    # The repository above the plans, and a directory inside a plan: refused too.
    repo = os.path.join(tmp, "repo-above")
    shutil.copytree(os.path.join(repo_root(), "tests/fixtures/repo/two-years"),
                    os.path.join(repo, "plans"))
    for site in (repo, os.path.join(repo, "plans", "2024", "site")):
        before = snapshot(repo)
        result = publish(iwg, os.path.join(repo, "plans"), site, "--as-of", AS_OF)
        check(result.returncode == 2 and "this run reads" in result.stderr and
              snapshot(repo) == before, f"publish into {site}: {result}")

    # A manifest in a separate site listing a file someone else wrote: not removed.
    site = os.path.join(tmp, "separate")
    write_file(os.path.join(site, "2025", "plan.ics"), "their calendar\n")
    write_file(os.path.join(site, "iwg-manifest.json"),
               manifest_v2([("2025/plan.ics", "0" * 64)]))
    result = publish(iwg, "plans/2024", site, "--as-of", AS_OF)
    check(result.returncode == 0 and "removed" not in result.stdout and
          snapshot(site)[os.path.join("2025", "plan.ics")] == b"their calendar\n",
          f"someone else's file: {result}")


def check_hostile_manifests(iwg, tmp):
    """The manifest is input: bounded, typed, refused in words (exit 2) that never quote it."""
    cases = {
        "deep": '{"generator": "iwg publish", "version": 2, "files": ' + "[" * 200000 +
                "]" * 200000 + "}",
        "generator-5": '{"generator": 5, "version": 2}',
        "version-string": manifest_v2([]).replace('"version": 2', '"version": "1"'),
        "version-float": manifest_v2([]).replace('"version": 2', '"version": 1.9'),
        "version-true": manifest_v2([]).replace('"version": 2', '"version": true'),
        "version-huge": manifest_v2([]).replace('"version": 2', '"version": 4294967297'),
        "large": manifest_v2([]) + " " * (39 * 1024 * 1024),
    }
    for name, text in cases.items():
        site = os.path.join(tmp, "manifest-" + name)
        write_file(os.path.join(site, "iwg-manifest.json"), text)
        for extra in ([], ["--check"]):
            result = publish(iwg, "plans/2024", site, "--as-of", AS_OF, *extra)
            check(result.returncode == 2 and "not a manifest iwg publish wrote" in result.stderr
                  and "internal error" not in result.stderr and len(result.stderr) < 400,
                  f"manifest {name} {extra}: exit {result.returncode} {result.stderr[:300]!r}")
            check(sorted(os.listdir(site)) == ["iwg-manifest.json"], f"{name}: wrote")


def check_layout_and_collisions(iwg, tmp):
    """publish checks the layout as validate does, and a directory named like a generated
    file collides: both refused before the first write."""
    site = os.path.join(tmp, "mixed-site")
    result = publish(iwg, "tests/fixtures/repo/mixed", site, "--as-of", AS_OF)
    check(result.returncode == 1 and "E303" in result.stderr and not os.path.exists(site),
          f"E303: {result}")
    # A plan with a warning beside the layout's error: publish prints the errors only, and
    # its summary counts what it prints (it said "-1 warnings in the layout").
    repo = os.path.join(tmp, "warned")
    shutil.copytree(os.path.join(repo_root(), "tests/fixtures/repo/two-years"), repo)
    with open(os.path.join(repo, "2024", "plan.yaml"), "a", encoding="utf-8") as f:
        f.write("  - topic: Someday, maybe\n")
    shutil.copy(os.path.join(repo, "2025", "plan.yaml"), os.path.join(repo, "stray.yaml"))
    site = os.path.join(tmp, "warned-site")
    result = publish(iwg, repo, site, "--as-of", AS_OF)
    summary = result.stderr.strip().splitlines()[-1]
    check(result.returncode == 1 and "W204" not in result.stderr and "warning" not in summary
          and "1 error in the layout" in summary and not os.path.exists(site),
          f"a warning beside a layout error: {result}")
    repo = os.path.join(tmp, "duplicate")
    for group in ("a", "b"):
        shutil.copytree(os.path.join(repo_root(), "tests/fixtures/repo/two-years/2024"),
                        os.path.join(repo, group, "2024"))
    site = os.path.join(tmp, "duplicate-site")
    result = publish(iwg, repo, site, "--as-of", AS_OF)
    check(result.returncode == 1 and "E302" in result.stderr and not os.path.exists(site),
          f"E302: {result}")
    for name in ("index.html", "iwg-manifest.json"):
        repo = os.path.join(tmp, "collide-" + name)
        for group in (name, "wg"):
            shutil.copytree(os.path.join(repo_root(), "tests/fixtures/repo/two-years/2024"),
                            os.path.join(repo, group, "2024"))
        # Two groups, or the plans would be two for one year (E302).
        plan_file = os.path.join(repo, "wg", "2024", "plan.yaml")
        with open(plan_file, encoding="utf-8") as f:
            text = f.read()
        write_file(plan_file, text.replace("group: Test Group", "group: Other Group"))
        site = os.path.join(tmp, "collide-site-" + name)
        result = publish(iwg, repo, site, "--as-of", AS_OF)
        check(result.returncode == 2 and f"{repo}/{name}: a directory of plans named like a "
              f"file publish generates ({name}); rename the directory" in result.stderr and
              not os.path.exists(site), f"collision {name}: {result}")


def luminance(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def check_contrast():
    """WCAG AA in every scheme of the stylesheet (light, dark, print): 4.5:1 for text colours
    on the page and on table headers, 3:1 for borders."""
    with open(os.path.join(GOLDEN, "index.html"), encoding="utf-8") as f:
        style = f.read().split("<style>", 1)[1].split("</style>", 1)[0]
    schemes = re.findall(r"--bg:[^}]*", style)
    check(len(schemes) == 3, f"expected light, dark and print colours, found {len(schemes)}")
    for scheme in schemes:
        colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", scheme))
        for background in ("bg", "header-bg"):
            for text in ("text", "muted", "good", "warn", "bad", "link"):
                ratio = contrast(colours[text], colours[background])
                check(ratio >= 4.5, f"contrast of --{text} {colours[text]} on --{background} "
                                    f"{colours[background]}: {ratio:.2f} < 4.5")
        ratio = contrast(colours["border"], colours["bg"])
        check(ratio >= 3, f"contrast of --border on --bg: {ratio:.2f} < 3")


def check_gap_words(iwg, tmp):
    site = os.path.join(tmp, "gaps")
    result = publish(iwg, "tests/fixtures/gaps", site, "--as-of", AS_OF)
    check(result.returncode == 0, f"gaps: {result}")
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        page = f.read()
    for words in ["No action serves G2.", "No meeting touches G3.",
                  "No meeting in the third quarter (July to September).",
                  "<th scope=\"row\">G1</th><td>A goal an action serves and meetings touch</td>"
                  "<td>A1</td><td>February, May</td>",
                  "\u2713</span> held", "\u2717</span> cancelled", "!</span> stale",
                  "\u25cb</span> upcoming", "<span class=\"kind\">break</span></p>",
                  "! stale (past and still planned or confirmed); a break says so.",
                  "<span class=\"kind\">survey</span>"]:
        check(words in page, f"gaps page lacks {words!r}")
    check("No meeting touches G1." not in page, "G1 is touched in February and May")
    # The only links from plan text: a meeting's https: link, and a location as text.
    site = os.path.join(tmp, "zones")
    check(publish(iwg, "tests/fixtures/zones", site, "--as-of", AS_OF).returncode == 0,
          "publish tests/fixtures/zones")
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        page = f.read()
    check('<p class="join"><a href="https://meet.example.org/zones">Join (meet.example.org)</a>'
          "</p>" in page, "the zones site links each meeting's call, naming its host")
    check(check_html_page(page) == [], f"zones index.html: {check_html_page(page)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    iwg = os.path.abspath(args.iwg)
    with tempfile.TemporaryDirectory() as tmp:
        check_golden(iwg, tmp, args.update)
        if not args.update:
            check_check(iwg, tmp)
            check_refusals(iwg, tmp)
            check_paths_and_ownership(iwg, tmp)
            check_hostile_manifests(iwg, tmp)
            check_layout_and_collisions(iwg, tmp)
            check_gap_words(iwg, tmp)
            check_contrast()
    finish("publish")


if __name__ == "__main__":
    main()
