#!/usr/bin/python3
"""An HTML page of iwg's, as a real browser (Debian's chromium, headless) shows it.

What this holds, for the page given (by default `iwg document -f html` on plans/2024; with
--page, any page, such as the index.html that `iwg publish DIR` writes), and the months and
topics it must show (by default those of --plan, read from `iwg document -f json`):

- screenshots at 1280 and 390 pixels wide are valid PNGs of that width, and not blank;
- printing to PDF gives a PDF;
- the DOM chromium builds (--dump-dom) shows every month name and every topic (and
  alternative topic) of the plan;
- nothing overflows horizontally at 390 pixels: the page's scrollWidth is its clientWidth and
  no element's right edge passes the viewport, except inside a .table-wrap, which scrolls by
  design. The page forbids scripts (its CSP), so a probe page of our own loads it in a
  390-pixel <iframe> and measures it with a script, writing the result into its own DOM,
  which --dump-dom prints. The same probe run measures pages that must fail (a 2000-pixel
  <div>, a wide table outside a .table-wrap) and one that must pass (a wide table inside
  one), so a probe that cannot see overflow fails the test; by default it also measures the
  page of tests/fixtures/hostile-doc (a 3000-character word, markup as text).

Chromium runs about 5 times, each with a timeout, in a profile of its own."""
import argparse
import html
import json
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import html5lib

from reportlib import check, fail, finish, repo_root, run_iwg

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
CHROMIUM_TIMEOUT = 60  # seconds per run
NARROW = 390
WIDE = 1280
HEIGHT = 900
HOSTILE = os.path.join("tests", "fixtures", "hostile-doc")


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


# --- Chromium ----------------------------------------------------------------------------

class Chromium:
    """Headless chromium with a profile of its own (other runs on the machine keep theirs)."""

    def __init__(self, executable, workdir):
        self.executable = executable
        self.profile = os.path.join(workdir, "chromium-profile")
        self.runs = 0

    def run(self, *arguments):
        """Runs chromium; returns stdout (bytes), or None after reporting a failure."""
        command = [self.executable, "--headless", "--no-sandbox", "--disable-gpu",
                   "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                   f"--user-data-dir={self.profile}", *arguments]
        self.runs += 1
        try:
            result = subprocess.run(command, capture_output=True, timeout=CHROMIUM_TIMEOUT,
                                    check=False)
        except subprocess.TimeoutExpired:
            fail(f"chromium {' '.join(arguments)}: no answer in {CHROMIUM_TIMEOUT} s")
            return None
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
            fail(f"chromium {' '.join(arguments)} exited {result.returncode}: "
                 + " | ".join(stderr))
            return None
        return result.stdout


def file_url(path):
    return pathlib.Path(path).resolve().as_uri()  # percent-encoded: spaces, #, %


# --- Screenshots and PDF -----------------------------------------------------------------

def png_size_and_blank(data):
    """(width, height, blank) of a PNG, or a problem (str). Blank: the decompressed pixel
    data holds fewer than 8 distinct byte values (a page of one colour)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return "not a PNG (no PNG signature)"
    if data[12:16] != b"IHDR":
        return "not a PNG (the first chunk is not IHDR)"
    width, height = struct.unpack(">II", data[16:24])
    idat, position = b"", 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IDAT":
            idat += data[position + 8:position + 8 + length]
        position += 12 + length
    try:
        pixels = zlib.decompress(idat)
    except zlib.error as error:
        return f"a PNG whose image data does not decompress: {error}"
    return width, height, len(set(pixels)) < 8


def check_screenshots(chromium, page, workdir):
    for width in (WIDE, NARROW):
        name = f"screenshot at {width} px"
        output = os.path.join(workdir, f"screenshot-{width}.png")
        if chromium.run(f"--screenshot={output}", f"--window-size={width},{HEIGHT}",
                        file_url(page)) is None:
            continue
        if not os.path.exists(output):
            fail(f"{name}: chromium wrote no {output}")
            continue
        with open(output, "rb") as file:
            result = png_size_and_blank(file.read())
        if isinstance(result, str):
            fail(f"{name}: {result}")
            continue
        got_width, got_height, blank = result
        check(got_width == width, f"{name}: the PNG is {got_width} px wide")
        check(got_height > 0, f"{name}: the PNG is {got_height} px high")
        check(not blank, f"{name}: the PNG is blank (one colour)")


def check_pdf(chromium, page, workdir):
    output = os.path.join(workdir, "page.pdf")
    if chromium.run("--no-pdf-header-footer", f"--print-to-pdf={output}",
                    file_url(page)) is None:
        return
    if not os.path.exists(output):
        fail(f"print to PDF: chromium wrote no {output}")
        return
    with open(output, "rb") as file:
        data = file.read()
    check(data.startswith(b"%PDF"), f"print to PDF: {output} does not start with %PDF")
    check(re.search(rb"/Type\s*/Page\b", data) is not None,
          f"print to PDF: {output} has no page")
    return output


def check_glance_on_one_page(pdf):
    """The print stylesheet keeps the year at a glance on one A4 page: the first page of a
    published index.html (group, contents, then the year) names all twelve months, and the
    goal coverage starts on a later page or after them."""
    result = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"],
                            capture_output=True, text=True, check=False)
    check(result.returncode == 0, f"pdftotext (poppler-utils) on {pdf}: {result.stderr!r}")
    first_page = result.stdout
    missing = [month for month in MONTHS if month not in first_page]
    check(not missing, f"print: the year at a glance spills off the first A4 page "
                       f"(not on page 1: {missing})")
    check("A4" in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True,
                                 check=False).stdout,
          f"print: {pdf} is not A4")


# --- The DOM -----------------------------------------------------------------------------

def body_text(markup):
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"),
                                 namespaceHTMLElements=False)
    root = parser.parse(markup)
    body = root.find("body")
    return normalise(" ".join((body if body is not None else root).itertext()))


def check_dom(chromium, page, months, topics):
    dom = chromium.run("--dump-dom", file_url(page))
    if dom is None:
        return
    text = body_text(dom.decode("utf-8", "replace"))
    check(text != "", "--dump-dom: the page's body shows no text")
    for month in months:
        check(month in text, f"--dump-dom: the month {month!r} is not shown")
    for topic in topics:
        check(normalise(topic) in text, f"--dump-dom: the topic {topic!r} is not shown")


# --- Overflow at 390 px ------------------------------------------------------------------

PROBE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>overflow probe</title></head>
<body>
{frames}
<pre id="result">no result: the probe's script did not run</pre>
<script>
// Measures each frame's page at its width: the root's scrollWidth against its clientWidth,
// and the elements whose right edge passes the viewport (not counting what stands inside a
// .table-wrap, which scrolls by design; the .table-wrap itself counts).
function measure(frame) {{
  try {{
    var doc = frame.contentDocument;
    if (!doc || !doc.body) return {{error: "cannot read the frame's document"}};
    var root = doc.documentElement, width = root.clientWidth, over = [];
    var all = doc.body.getElementsByTagName("*");
    for (var i = 0; i < all.length; i++) {{
      var element = all[i];
      if (element.parentElement && element.parentElement.closest(".table-wrap")) continue;
      var right = element.getBoundingClientRect().right;
      if (right > width + 0.5) {{
        over.push(element.tagName.toLowerCase()
                  + (element.className ? "." + element.className : "")
                  + " (right edge " + Math.round(right) + " px): "
                  + (element.textContent || "").replace(/\\s+/g, " ").slice(0, 60));
      }}
    }}
    return {{scrollWidth: root.scrollWidth, clientWidth: width, count: over.length,
            over: over.slice(0, 10)}};
  }} catch (error) {{
    return {{error: String(error)}};
  }}
}}
window.addEventListener("load", function () {{
  var results = {{}}, frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) results[frames[i].id] = measure(frames[i]);
  document.getElementById("result").textContent = JSON.stringify(results);
}});
</script>
</body>
</html>
"""

TEST_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>probe self-check</title></head>
<body>{}</body>
</html>
"""
WIDE_ROW = "<table><tr><th>wide</th><td style='min-width:2000px'>cell</td></tr></table>"
# Self-check pages: (name, body, overflows?).
SELF_CHECKS = [
    ("wide-div", "<p>text</p><div style='width:2000px'>a 2000-pixel div</div>", True),
    ("wide-table", WIDE_ROW, True),
    ("wide-table-in-wrap", f"<div class='table-wrap' style='overflow-x:auto'>{WIDE_ROW}</div>",
     False),
]


def overflow_problem(result):
    """Why a probe result shows overflow (str), or None when the page fits."""
    if "error" in result:
        return f"the probe could not measure it: {result['error']}"
    if result["scrollWidth"] > result["clientWidth"]:
        return (f"it scrolls sideways (scrollWidth {result['scrollWidth']} > clientWidth "
                f"{result['clientWidth']})")
    if result["count"]:
        return (f"{result['count']} element(s) pass the right edge: "
                + "; ".join(result["over"]))
    return None


def check_overflow(chromium, pages, workdir):
    """pages: {name: path}; each must fit in 390 px. The self-check pages are added here."""
    frames = dict(pages)
    for name, body, _ in SELF_CHECKS:
        path = os.path.join(workdir, f"self-check-{name}.html")
        with open(path, "w", encoding="utf-8") as file:
            file.write(TEST_PAGE.format(body))
        frames[f"self-check-{name}"] = path
    probe = os.path.join(workdir, "probe.html")
    with open(probe, "w", encoding="utf-8") as file:
        file.write(PROBE.format(frames="\n".join(
            f'<iframe id="{html.escape(name)}" width="{NARROW}" height="{HEIGHT}" '
            f'src="{html.escape(file_url(path))}"></iframe>' for name, path in frames.items())))
    dom = chromium.run("--allow-file-access-from-files", "--virtual-time-budget=5000",
                       "--dump-dom", file_url(probe))
    if dom is None:
        return
    found = re.search(r'<pre id="result">(.*?)</pre>', dom.decode("utf-8", "replace"), re.S)
    try:
        results = json.loads(html.unescape(found.group(1))) if found else None
    except ValueError:
        results = None
    if not isinstance(results, dict):
        shown = found.group(1) if found else dom.decode("utf-8", "replace")
        fail(f"overflow probe: no result in its DOM: {shown[:200]!r}")
        return
    for name, _, overflows in SELF_CHECKS:
        problem = overflow_problem(results.get(f"self-check-{name}", {"error": "no result"}))
        if overflows:
            check(problem is not None and "could not measure" not in problem,
                  f"overflow probe self-check: {name} must overflow at {NARROW} px, "
                  f"got {problem or 'no overflow'}")
        else:
            check(problem is None, f"overflow probe self-check: {name} must fit at {NARROW} "
                                   f"px: {problem}")
    for name in pages:
        problem = overflow_problem(results.get(name, {"error": "no result"}))
        check(problem is None, f"{name} at {NARROW} px: {problem}")


# --- Putting it together -----------------------------------------------------------------

def expectations(iwg, plan):
    """The month names and the topics (and alternatives) of the plan's meetings."""
    document = json.loads(run_iwg(iwg, "--plan", plan, "document", "-f", "json") or b"{}")
    meetings = document.get("meetings", [])
    check(meetings, f"iwg --plan {plan} document -f json lists no meetings")
    months = [MONTHS[m["month"] - 1] for m in meetings if m.get("month")]
    topics = [m["topic"] for m in meetings] + [m["alternative"] for m in meetings
                                                 if m.get("alternative")]
    return list(dict.fromkeys(months)), topics


def check_page(chromium, page, months, topics, workdir, more_pages=None, glance=False):
    """Every check of this test on one page (a path); more_pages ({name: path}) are measured
    for overflow at 390 px too. With glance, the page is a published index.html, whose year
    at a glance must print on one A4 page."""
    check(os.path.isfile(page), f"no page at {page}")
    check_screenshots(chromium, page, workdir)
    pdf = check_pdf(chromium, page, workdir)
    if glance and pdf:
        check_glance_on_one_page(pdf)
    check_dom(chromium, page, months, topics)
    check_overflow(chromium, {os.path.basename(page): page, **(more_pages or {})}, workdir)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--iwg", required=True)
    parser.add_argument("--plan", default=os.path.join("plans", "2024"),
                        help="the plan whose months and topics the page must show")
    parser.add_argument("--page", help="the page to check (default: the index.html iwg "
                                       "publish writes for --plan)")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    options = parser.parse_args()
    iwg = os.path.abspath(options.iwg)
    page = os.path.abspath(options.page) if options.page else None
    os.chdir(repo_root())
    executable = shutil.which(options.chromium)
    if executable is None:
        fail(f"{options.chromium} is not installed (Debian package chromium)")
        finish("check_browser")
    workdir = tempfile.mkdtemp(prefix="iwg-browser-")
    try:
        months, topics = expectations(iwg, options.plan)
        more_pages = {}
        if page is None:
            site = os.path.join(workdir, "site")
            run_iwg(iwg, "--plan", options.plan, "publish", site, "--as-of", "2024-09-02")
            page = os.path.join(site, "index.html")
            document = os.path.join(workdir, "document.html")
            with open(document, "wb") as file:
                file.write(run_iwg(iwg, "--plan", options.plan, "document", "-f", "html"))
            more_pages["document"] = document
            hostile = os.path.join(workdir, "hostile-doc.html")
            with open(hostile, "wb") as file:
                file.write(run_iwg(iwg, "--plan", HOSTILE, "document", "-f", "html"))
            more_pages["hostile-doc"] = hostile
        chromium = Chromium(executable, workdir)
        check_page(chromium, page, months, topics, workdir, more_pages,
                   glance=options.page is None)
        print(f"check_browser: {chromium.runs} chromium runs")
    finally:
        if options.keep:
            print(f"check_browser: kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    finish("check_browser")


if __name__ == "__main__":
    sys.exit(main())
