#!/usr/bin/env python3
"""The layers of docs/architecture.md hold: a folder includes only itself and the folders below it.

docs/architecture.md names the folders from the bottom up in its "From the bottom:" sentence. Every
`#include "iwg/<folder>/…"` (or <iwg/…>) in src/<folder>/ and include/iwg/<folder>/ must name
that folder or one listed before it, every folder of src/ and include/iwg/ must be in it
(a new folder takes its place there), and a folder's own quoted includes ("common.hpp") must be
files of that folder. The check first runs on a small tree with a violation of each kind, so
that it is known to fail.
"""

import argparse
import pathlib
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".cc"}


def layer_order(architecture: str) -> list[str]:
    text = " ".join(architecture.split())  # the sentence may wrap
    if "From the bottom:" not in text:
        raise SystemExit('docs/architecture.md has no "From the bottom:" sentence naming the layers')
    # The names up to the end of the sentence, e.g. `util/` → `diag/` → … → `cli/`.
    sentence = text.split("From the bottom:", 1)[1].split(". ", 1)[0]
    return [name.rstrip("/") for name in re.findall(r"`([a-z_]+)/?`", sentence)]


def folder_of(root: pathlib.Path, path: pathlib.Path) -> str | None:
    parts = path.relative_to(root).parts
    if parts[0] == "src" and len(parts) >= 3:
        return parts[1]
    if parts[:2] == ("include", "iwg") and len(parts) >= 4:
        return parts[2]
    return None


def violations(root: pathlib.Path, order: list[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(order)}
    found = []
    folders = {p.name for p in (root / "src").iterdir() if p.is_dir()}
    folders |= {p.name for p in (root / "include" / "iwg").iterdir() if p.is_dir()}
    for folder in sorted(folders - rank.keys()):
        found.append(f"{folder}/: a folder not in docs/architecture.md's \"From the bottom:\" sentence")
    for base in (root / "src", root / "include" / "iwg"):
        for path in sorted(base.rglob("*")):
            if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
                continue
            folder = folder_of(root, path)
            if folder is None or folder not in rank:
                if folder is None:
                    found.append(f"{path.relative_to(root)}: not inside a folder of the layers")
                continue
            text = path.read_text(encoding="utf-8")
            for match in INCLUDE.finditer(text):
                bracket, name = match.group(1), match.group(2)
                line = text.count("\n", 0, match.start()) + 1
                where = f"{path.relative_to(root)}:{line}"
                if name.startswith("iwg/"):
                    target = name.split("/")[1]
                    if target not in rank:
                        found.append(f"{where}: includes {name}, of no folder of the layers")
                    elif rank[target] > rank[folder]:
                        found.append(f"{where}: {folder}/ includes {name}, which is above it")
                elif bracket == '"' and not (path.parent / name).is_file():
                    found.append(f"{where}: includes \"{name}\", not a file of {folder}/")
    return found


def self_check() -> None:
    """The check finds each kind of violation in a small tree (a test that cannot fail is none)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        files = {
            "src/low/a.cpp": '#include "iwg/low/a.hpp"\n#include "iwg/high/b.hpp"\n',
            "include/iwg/low/a.hpp": "#include <iwg/high/b.hpp>\n#include <string>\n",
            "src/high/b.cpp": '#include "iwg/low/a.hpp"\n#include "local.hpp"\n#include "gone.hpp"\n',
            "src/high/local.hpp": "",
            "include/iwg/high/b.hpp": "",
            "src/stray/c.cpp": "",
        }
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        found = violations(root, ["low", "high"])
        expected = [
            'stray/: a folder not in docs/architecture.md\'s "From the bottom:" sentence',
            'src/high/b.cpp:3: includes "gone.hpp", not a file of high/',
            "src/low/a.cpp:2: low/ includes iwg/high/b.hpp, which is above it",
            "include/iwg/low/a.hpp:1: low/ includes iwg/high/b.hpp, which is above it",
        ]
        if found != expected:
            raise SystemExit("the check itself is broken: on its sample tree it found\n  "
                             + "\n  ".join(found))
        order = layer_order("A rule. From the bottom: `low/` → `high/`. Not `other/`.")
        if order != ["low", "high"]:
            raise SystemExit(f"the check itself is broken: it read the order {order}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, type=pathlib.Path)
    args = parser.parse_args()
    self_check()
    order = layer_order((args.root / "docs" / "architecture.md").read_text(encoding="utf-8"))
    found = violations(args.root, order)
    for line in found:
        print(line)
    if found:
        print(f"\n{len(found)} include(s) against the layers, from the bottom: "
              + " → ".join(order) + " (docs/architecture.md)")
        return 1
    print("layers hold: " + " → ".join(order))
    return 0


if __name__ == "__main__":
    sys.exit(main())
