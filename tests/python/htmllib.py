#!/usr/bin/python3
"""What every HTML page iwg writes must be, read by a real HTML5 parser (html5lib, Debian's
python3-html5lib): one definition for the tests of `iwg document --format html` and
`iwg publish`, which import check_html_page.

check_html_page(text) returns a list of problems, empty when the page passes: parse errors;
scripts, frames, forms or other active elements; event-handler attributes; links to anything
but https:, a #fragment or a relative path; a missing Content-Security-Policy that forbids
scripts; no <html lang>; a heading that skips a level going down; a table without header
cells; no skip link to the main content; raw bidi controls in the text.

Run as a script, it checks itself: tests/data/sample-page.html (the page the unit test
"render_html_page: the sample page" renders) must pass, and hand-made bad pages must fail."""
import os
import re
import sys

import html5lib

# Elements a report never writes: each could run code, load something or send a form.
ACTIVE_ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet",
                   "form", "base", "link"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data",
                  "background"}
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def check_html_page(text):
    """The problems of an HTML page (a str), as readable sentences; [] when it passes."""
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"),
                                 namespaceHTMLElements=False)
    root = parser.parse(text)
    problems = [f"parse error at line {line}, column {column}: {code} {data or ''}".rstrip()
                for (line, column), code, data in parser.errors]
    elements = list(root.iter())
    problems += _active_content(elements)
    problems += _content_security_policy(root)
    if not root.get("lang"):
        problems.append("<html> has no lang")
    problems += _heading_order(elements)
    for table in root.iter("table"):
        if table.find(".//th") is None:
            problems.append("a <table> has no <th> cells")
    problems += _skip_link(root)
    if BIDI_CONTROLS.search(text):
        problems.append("a raw bidi control character")
    return problems


def _active_content(elements):
    problems = []
    for element in elements:
        if element.tag in ACTIVE_ELEMENTS:
            problems.append(f"a <{element.tag}> element")
        if (element.tag == "meta"
                and element.get("http-equiv", "").lower() == "refresh"):
            problems.append("a <meta http-equiv=refresh>")
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()  # foreign attributes: {namespace}name
            if local.startswith("on"):
                problems.append(f"an event handler attribute {name} on <{element.tag}>")
            if local in URL_ATTRIBUTES and not _safe_url(value):
                problems.append(f"<{element.tag} {name}={value!r}>: not https:, # or relative")
    return problems


def _safe_url(value):
    # Browsers ignore spaces and controls around a URL and tabs and newlines inside it
    # (so "java\tscript:" is javascript:); "//host" is relative to the scheme only.
    url = re.sub(r"[\t\n\r]", "", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b"
                                               "\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16"
                                               "\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    scheme = SCHEME.match(url)
    if scheme:
        return scheme.group(1).lower() == "https"
    return not url.startswith(("//", "\\\\", "/\\", "\\/"))


def _content_security_policy(root):
    # Browsers apply a policy <meta> only in <head>.
    head = root.find("head")
    policies = [meta.get("content", "") for meta in ([] if head is None else head.iter("meta"))
                if meta.get("http-equiv", "").lower() == "content-security-policy"]
    if not policies:
        return ["no Content-Security-Policy <meta> in <head>"]
    problems = []
    for policy in policies:
        directives = {}
        for directive in policy.split(";"):
            words = directive.split()
            if words:
                directives.setdefault(words[0].lower(), words[1:])
        if directives.get("default-src") != ["'none'"]:
            problems.append(f"the CSP's default-src is not 'none': {policy!r}")
        for name in ("script-src", "script-src-elem", "script-src-attr"):
            if name in directives:
                problems.append(f"the CSP allows scripts ({name}): {policy!r}")
    return problems


def _heading_order(elements):
    problems = []
    previous = 0
    for element in elements:
        if isinstance(element.tag, str) and re.fullmatch(r"h[1-6]", element.tag):
            level = int(element.tag[1])
            if level > previous + 1:
                problems.append(f"<{element.tag}> follows "
                                f"{f'<h{previous}>' if previous else 'no heading'}")
            previous = level
    return problems


def _skip_link(root):
    body = root.find("body")
    links = [] if body is None else list(body.iter("a"))
    if not links or not links[0].get("href", "").startswith("#"):
        return ["the first link is not a skip link (href=\"#…\")"]
    target = links[0].get("href")[1:]
    if not any(element.get("id") == target for element in root.iter()):
        return [f"the skip link's target #{target} does not exist"]
    return []


GOOD_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>t</title>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<main id="main">
<h1>Plan</h1>
<h2>May</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">A</th></tr></thead>
<tbody><tr><td><a href="https://example.org/x">x</a> <a href="page.html#a">y</a></td></tr>
</tbody></table></div>
</main>
</body>
</html>
"""

# A change to the good page, and a word that the problems must mention.
BAD_PAGES = [
    ("<h2>May</h2>", "<h2>May</h2><script>alert(1)</script>", "<script>"),
    ("<h2>May</h2>", "<h2 onclick='x'>May</h2>", "event handler"),
    ("<h2>May</h2>", "<h2>May</h2><img src=x onerror=alert(1)>", "onerror"),
    ("<h2>May</h2>", "<h2>May</h2><svg><a xlink:href='javascript:x'>x</a></svg>", "not https"),
    ('<meta http-equiv="Content-Security-Policy"', '<meta name="x"', "Content-Security-Policy"),
    ("<h2>May</h2>", "<h2>May</h2><meta http-equiv=Refresh content='0; url=https://x.example'>",
     "refresh"),
    ("https://example.org/x", "javascript:alert(1)", "javascript"),
    ("https://example.org/x", "java&#9;script:alert(1)", "not https"),
    ("https://example.org/x", "//evil.example/", "not https"),
    ("https://example.org/x", "http://example.org/", "not https"),
    ("default-src 'none'; style", "default-src 'none'; script-src 'self'; style", "script-src"),
    ("default-src 'none'", "default-src 'self'", "default-src"),
    ('<html lang="en">', "<html>", "lang"),
    ("<h2>May</h2>", "<h3>May</h3>", "<h3> follows <h1>"),
    ('<th scope="col">A</th>', "<td>A</td>", "<th>"),
    ('href="#main"', 'href="#nowhere"', "#nowhere"),
    ('<a class="skip" href="#main">Skip to content</a>', "", "skip link"),
    ("<h1>Plan</h1>", "<h1>Plan \u202egnp.exe</h1>", "bidi"),
    ("<h1>Plan</h1>", "<h1>Plan</h2>", "parse error"),
]


def self_test():
    failures = []
    sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                          "sample-page.html")
    with open(sample, encoding="utf-8") as file:
        for problem in check_html_page(file.read()):
            failures.append(f"sample-page.html: {problem}")
    for problem in check_html_page(GOOD_PAGE):
        failures.append(f"the good page: {problem}")
    for old, new, word in BAD_PAGES:
        assert old in GOOD_PAGE, old
        problems = check_html_page(GOOD_PAGE.replace(old, new, 1))
        if not any(word in problem for problem in problems):
            failures.append(f"{new!r}: no problem mentions {word!r}: {problems}")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    print("htmllib: " + (f"{len(failures)} failure(s)" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(self_test())
