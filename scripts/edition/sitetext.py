"""Read the text of a built page back out of its HTML, for the accounting.

The text is what a reader sees in the article body, minus the apparatus that
the edition adds inside it (paragraph numbers, labels, permalink signs, footnote
back-links). Footnote references read as "[n]" again, as in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"))
SKIP_CLASSES = frozenset({"ed-apparatus", "headerlink", "footnote-backref"})
RE_FN_ID = re.compile(r"^fn(?:ref)?:(\d+)$")


@dataclass
class _Frame:
    tag: str
    skip: bool
    region: str


@dataclass
class PageText:
    """The text of the page's main article, by region: "reading" (the body and
    back matter), "meta" (the metadata block) and "notes" (the editorial notes)."""

    regions: dict[str, list[str]] = field(default_factory=lambda: {"reading": [], "meta": [], "notes": []})

    def text(self, *names: str) -> str:
        return " ".join("".join(self.regions[n]) for n in names or tuple(self.regions))


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageText()
        self.stack: list[_Frame] = []
        self.in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "article" and "md-content__inner" in a.get("class", ""):
            self.in_article = True
            self.stack = []
        if not self.in_article or tag in VOID:
            return
        parent = self.stack[-1] if self.stack else _Frame("", False, "reading")
        classes = set(a.get("class", "").split())
        skip = parent.skip or bool(classes & SKIP_CLASSES)
        region = parent.region
        if "ed-meta" in classes:
            region = "meta"
        elif "ed-notes" in classes:
            region = "notes"
        fn = RE_FN_ID.match(a.get("id", ""))
        if fn and not skip:
            # <sup id="fnref:1"> is the marker; <li id="fn:1"> is the footnote.
            self.page.regions[region].append(f"[{fn.group(1)}]" if tag == "sup" else f" [{fn.group(1)}] ")
            skip = skip or tag == "sup"
        self.stack.append(_Frame(tag, skip, region))

    def handle_endtag(self, tag: str) -> None:
        if not self.in_article or tag in VOID:
            return
        while self.stack:
            frame = self.stack.pop()
            if frame.tag in ("p", "li", "td", "th", "h1", "h2", "h3", "h4", "div", "summary"):
                self.page.regions[frame.region].append(" ")
            if frame.tag == tag:
                break
        if tag == "article" and not self.stack:
            self.in_article = False

    def handle_data(self, data: str) -> None:
        if not self.in_article:
            return
        frame = self.stack[-1] if self.stack else _Frame("", False, "reading")
        if not frame.skip:
            self.page.regions[frame.region].append(data)


def page_text(html: str) -> PageText:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.page
