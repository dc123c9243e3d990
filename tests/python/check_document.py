#!/usr/bin/python3
"""`iwg document` gives the 2024 plan back as the document it came from, and hostile plan
text stays text.

What this holds, on the shipped plans/2024:

- Every sentence of the source document (tests/data/iwg-action-plan-2024.txt, a byte copy of
  the group's text) appears, in the source's order, in `document -f markdown` (rendered to
  HTML by cmark-gfm) and in `document -f html` (read by html5lib), with whitespace
  normalised. A "unit" is a heading (which must be a heading's whole text), a sentence of a
  paragraph or list item (which must stand in one paragraph, list item or cell), or the
  topic cell of a row of the meeting table (which must stand in one table cell); the
  table's month column and its "Topic Month" header are left out, and "**" is formatting.
- What the maintainers added is marked: the legend sentence "† marks what the plan's
  maintainers added…" and the "Id†" and "Goals†" column headers.
- The page passes htmllib.check_html_page; the Markdown, rendered by cmark-gfm (safe and
  --unsafe), has one list (the 3 focus areas), 3 tables (5 goals, 6 actions, 10 meetings),
  the headings h1, h2, h3, h3, h3 and no raw HTML.

And on tests/fixtures/hostile-doc (markup, event handlers, a javascript: URL, a CSS
breakout, bidi marks and a 3000-character word in every text the document shows): the page
has no script, no on* attribute, no <img>, no <style> but the one in <head>, no raw bidi
control or mark, every hostile text is visible as text, and htmllib finds no problem; the
Markdown stays text in cmark-gfm --unsafe too. A javascript: meeting link
(tests/fixtures/hostile-doc-link) is E113, and bidi overrides and isolates written as YAML
escapes (tests/fixtures/hostile-doc-bidi) are E004: validate exits 1 and `document` prints
no page."""
import argparse
import os
import re
import subprocess
import sys

import html5lib

from htmllib import check_html_page
from reportlib import check, fail, finish, repo_root, run_iwg

SEED = os.path.join("tests", "data", "iwg-action-plan-2024.txt")
PLAN = os.path.join("plans", "2024")
HOSTILE = os.path.join("tests", "fixtures", "hostile-doc")
HOSTILE_LINK = os.path.join("tests", "fixtures", "hostile-doc-link")
HOSTILE_BIDI = os.path.join("tests", "fixtures", "hostile-doc-bidi")

LEGEND = "† marks what the plan's maintainers added"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HOSTILE_TEXTS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
                 "javascript:alert(1)", "</style><style>body{display:none}</style>",
                 "Supercalifragilistic" * 150]
# Bidi embeddings, overrides, isolates and marks: never raw in a page.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Elements that do not end a block of text: their text joins their neighbours'.
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "i", "kbd", "mark", "q", "s",
          "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br"}
# The blocks a unit of the source may stand in.
TEXT_BLOCKS = {"p", "li", "td", "th", "dt", "dd", "caption", "figcaption", "blockquote"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


# --- The source document's units ---------------------------------------------------------

SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z\"'(])")


def sentences(text):
    """A paragraph or list item split after ., ? or ! followed by a capital."""
    return [part for part in SENTENCE_END.split(normalise(text)) if part]


def source_units(path):
    """The units of the source document, in order: (kind, text) with kind "heading",
    "sentence" or "cell" (a topic cell of the meeting table)."""
    with open(path, encoding="utf-8") as file:
        lines = file.read().replace("**", "").split("\n")
    units = []
    paragraph = []

    def end_paragraph():
        if paragraph:
            units.extend(("sentence", s) for s in sentences(" ".join(paragraph)))
            paragraph.clear()

    for line in lines:
        if "\t" in line:  # a row of the meeting table: topic, tab, month
            end_paragraph()
            topic, month = (part.strip() for part in line.split("\t", 1))
            if (topic, month) == ("Topic", "Month"):
                continue
            if month and month not in MONTHS:
                raise ValueError(f"{path}: unexpected month cell {month!r} in {line!r}")
            units.append(("cell", normalise(topic)))
        elif line.startswith("#"):
            end_paragraph()
            units.append(("heading", normalise(line.lstrip("#"))))
        elif line.startswith("- "):
            end_paragraph()
            units.extend(("sentence", s) for s in sentences(line[2:]))
        elif line.strip():
            paragraph.append(line)
        else:
            end_paragraph()
    end_paragraph()
    return units


# --- A rendered page's blocks ------------------------------------------------------------

def parse_html(text):
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"),
                                 namespaceHTMLElements=False)
    return parser.parse(text)


def inline_text(element):
    """The text of an element, with a space where a block ends."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment
            parts.append(child.tail or "")
            continue
        inner = inline_text(child)
        parts.append(inner if child.tag in INLINE else f" {inner} ")
        parts.append(child.tail or "")
    return "".join(parts)


def blocks(root):
    """The page's blocks of text in document order: (tag, normalised text) for headings,
    paragraphs, list items and cells (a list item that holds paragraphs gives those)."""
    body = root.find("body") if root.find("body") is not None else root
    found = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in HEADINGS or element.tag in TEXT_BLOCKS:
            if element.tag == "li" and element.find("p") is not None:
                continue
            found.append((element.tag, normalise(inline_text(element))))
    return found


def page_text(root):
    body = root.find("body")
    return normalise(inline_text(body if body is not None else root))


def fits(kind, tag, block, unit):
    if kind == "heading":
        return tag in HEADINGS and block == unit
    if kind == "cell":
        return tag in ("td", "th") and unit in block
    return tag in TEXT_BLOCKS | HEADINGS and unit in block


def units_out_of_order(name, units, page_blocks):
    """Each unit stands in a block at or after the previous unit's place. Returns the
    problem with the first unit that does not (missing, out of order, or not in the right
    kind of block), or None."""
    index, offset = 0, 0
    previous = None
    for kind, unit in units:
        place = None
        for i in range(index, len(page_blocks)):
            tag, block = page_blocks[i]
            if not fits(kind, tag, block, unit):
                continue
            start = block.find(unit, offset if i == index else 0)
            if start >= 0:
                place = (i, start + len(unit))
                break
        if place is None:
            anywhere = [tag for tag, block in page_blocks if fits(kind, tag, block, unit)]
            if anywhere:
                return (f"{name}: the source's {kind} {unit!r} is out of order: it stands "
                        f"only before {previous!r}")
            if any(unit in block for _, block in page_blocks):
                shape = {"heading": "a heading's whole text", "cell": "in one table cell"}
                return (f"{name}: the source's {kind} {unit!r} is there, but not "
                        f"{shape.get(kind, 'in one paragraph, list item or cell')}")
            return f"{name}: the source's {kind} {unit!r} is missing"
        index, offset = place
        previous = unit
    return None


# --- Markdown through cmark-gfm ----------------------------------------------------------

def cmark(markdown, unsafe=False):
    command = ["cmark-gfm", "-e", "table"] + (["--unsafe"] if unsafe else [])
    result = subprocess.run(command, input=markdown, capture_output=True, check=False)
    if result.returncode != 0:
        fail(f"{' '.join(command)} exited {result.returncode}: {result.stderr!r}")
    return result.stdout.decode("utf-8")


def check_markdown_structure(name, html):
    root = parse_html(html)
    check("raw HTML omitted" not in html, f"{name}: the Markdown holds raw HTML")
    lists = [len(lst.findall("li")) for lst in root.iter() if lst.tag in ("ul", "ol")]
    check(lists == [3], f"{name}: expected one list of the 3 focus areas, got lists of {lists}")
    rows = [len(table.findall("./tbody/tr")) for table in root.iter("table")]
    check(rows == [5, 6, 10],
          f"{name}: expected tables of 5 goals, 6 actions and 10 meetings, got {rows} rows")
    headings = [element.tag for element in root.iter() if element.tag in HEADINGS]
    check(headings == ["h1", "h2", "h3", "h3", "h3"],
          f"{name}: expected headings h1, h2, h3, h3, h3, got {', '.join(headings)}")


# --- The checks --------------------------------------------------------------------------

def check_editorial_marks(name, root):
    text = page_text(root)
    check(LEGEND in text, f"{name}: no legend sentence starting {LEGEND!r}")
    headers = {normalise(inline_text(th)) for th in root.iter("th")}
    for header in ("Id†", "Goals†"):
        check(header in headers, f"{name}: no column header {header!r} (headers: {headers})")


def check_shipped_plan(iwg, units):
    html = run_iwg(iwg, "--plan", PLAN, "document", "-f", "html").decode("utf-8")
    markdown = run_iwg(iwg, "--plan", PLAN, "document", "-f", "markdown")
    renderings = {"document -f markdown (cmark-gfm)": cmark(markdown),
                  "document -f markdown (cmark-gfm --unsafe)": cmark(markdown, unsafe=True)}
    for name, page in {"document -f html": html, **renderings}.items():
        root = parse_html(page)
        problem = units_out_of_order(name, units, blocks(root))
        check(problem is None, problem)
        check_editorial_marks(name, root)
    for problem in check_html_page(html):
        fail(f"document -f html: {problem}")
    for name, page in renderings.items():
        check_markdown_structure(name, page)


def check_no_active_content(name, root, head_styles_allowed):
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        check(element.tag not in ("script", "img"), f"{name}: a <{element.tag}> element")
        for attribute in element.attrib:
            check(not attribute.rsplit("}", 1)[-1].lower().startswith("on"),
                  f"{name}: an event handler attribute {attribute} on <{element.tag}>")
    styles = list(root.iter("style"))
    head = root.find("head")
    in_head = [] if head is None else list(head.iter("style"))
    check(len(styles) == len(in_head) == head_styles_allowed,
          f"{name}: {len(styles)} <style> elements, {len(in_head)} in <head> "
          f"(expected {head_styles_allowed}, in <head>)")


def check_hostile_text_visible(name, root):
    text = page_text(root)
    for hostile in HOSTILE_TEXTS:
        check(hostile in text, f"{name}: the text {hostile[:60]!r} is not visible as text")


def check_hostile(iwg):
    result = subprocess.run([iwg, "validate", HOSTILE], capture_output=True, check=False)
    check(result.returncode == 0,
          f"iwg validate {HOSTILE} exited {result.returncode}: {result.stdout!r}")
    html = run_iwg(iwg, "--plan", HOSTILE, "document", "-f", "html").decode("utf-8")
    name = f"{HOSTILE} document -f html"
    root = parse_html(html)
    check_no_active_content(name, root, head_styles_allowed=1)
    check(BIDI.search(html) is None, f"{name}: a raw bidi control or mark")
    check_hostile_text_visible(name, root)
    check("<U+200F><U+200E><U+061C>" in page_text(root),
          f"{name}: the bidi marks are not shown as visible escapes")
    for problem in check_html_page(html):
        fail(f"{name}: {problem}")

    markdown = run_iwg(iwg, "--plan", HOSTILE, "document", "-f", "markdown")
    name = f"{HOSTILE} document -f markdown (cmark-gfm --unsafe)"
    check(BIDI.search(markdown.decode("utf-8")) is None, f"{name}: a raw bidi control or mark")
    unsafe = cmark(markdown, unsafe=True)
    root = parse_html(unsafe)
    check_no_active_content(name, root, head_styles_allowed=0)
    check_hostile_text_visible(name, root)
    check(not any(element.get("href", "").lower().startswith("javascript")
                  for element in root.iter("a")), f"{name}: a javascript: link")

    for fixture, rule in ((HOSTILE_LINK, "E113"), (HOSTILE_BIDI, "E004")):
        result = subprocess.run([iwg, "validate", fixture], capture_output=True, check=False)
        output = (result.stdout + result.stderr).decode("utf-8", "replace")
        check(result.returncode == 1 and f"error[{rule}]" in output,
              f"iwg validate {fixture}: expected exit 1 with {rule}, got exit "
              f"{result.returncode}: {output!r}")
        result = subprocess.run([iwg, "--plan", fixture, "document", "-f", "html"],
                                capture_output=True, check=False)
        check(result.returncode == 1 and result.stdout == b"",
              f"iwg --plan {fixture} document -f html: expected exit 1 and no page, got "
              f"exit {result.returncode} and {len(result.stdout)} bytes")


def self_test(units):
    """The order check can fail: a missing sentence and two swapped ones are reported."""
    page = [("h1", "A"), ("p", "One. Two."), ("td", "Three")]
    for case, expected in (
            ([("heading", "A"), ("sentence", "One."), ("sentence", "Two."), ("cell", "Three")],
             None),
            ([("heading", "A"), ("sentence", "Two."), ("sentence", "One.")], "out of order"),
            ([("heading", "A"), ("sentence", "Four.")], "missing"),
            ([("heading", "One.")], "not a heading's whole text"),
            ([("cell", "One.")], "not in one table cell")):
        got = units_out_of_order("self-test", case, page)
        if (expected is None) != (got is None) or (expected and expected not in got):
            fail(f"self-test: {case} gave {got!r}, expected {expected or 'no problem'}")
    # The source's shape: the units this test is about are there.
    kinds = [kind for kind, _ in units]
    for kind, count in (("heading", 5), ("cell", 10), ("sentence", 23)):
        check(kinds.count(kind) == count,
              f"{SEED}: expected {count} units of kind {kind}, got {kinds.count(kind)}")
    check(("cell", "Opening data in practice: lessons learned from data interoperability in "
           "open science Or connect discussion with UNWDF.") in units,
          f"{SEED}: November's cell is not one unit")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--iwg", required=True)
    iwg = os.path.abspath(parser.parse_args().iwg)
    os.chdir(repo_root())
    units = source_units(SEED)
    self_test(units)
    check_shipped_plan(iwg, units)
    check_hostile(iwg)
    finish("check_document")

if __name__ == "__main__":
    sys.exit(main())
