"""Reading built HTML: the one helper for everything that reads the site back
(the anchor list, the search entries, the accounting of the rendered page).

``walk`` turns a page into a flat list of steps (an element opens, text, an
element closes), each with the path of open elements above it. It knows HTML's
void elements, and closes elements left open the way browsers do, so that every
reader of the site agrees on where an element ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements that never have content or an end tag (the HTML standard's list).
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr"})


@dataclass(frozen=True)
class Element:
    tag: str
    attrs: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str:
        return next((v for k, v in self.attrs if k == name), "")

    @property
    def id(self) -> str:
        return self.get("id")

    @property
    def classes(self) -> frozenset[str]:
        return frozenset(self.get("class").split())


@dataclass(frozen=True)
class Step:
    kind: str  # "start", "text" or "end"
    path: tuple[Element, ...]  # the open elements, outermost first; for start and end, ending with the element
    text: str = ""

    @property
    def element(self) -> Element:
        return self.path[-1]



class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.steps: list[Step] = []
        self.stack: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, tuple((k, v or "") for k, v in attrs))
        path = (*self.stack, element)
        self.steps.append(Step("start", path))
        if tag in VOID:
            self.steps.append(Step("end", path))
        else:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:  # <div/> in HTML is an open tag; a self-closing foreign element closes
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or all(e.tag != tag for e in self.stack):
            return  # a stray end tag closes nothing
        while self.stack:
            path = tuple(self.stack)
            self.stack.pop()
            self.steps.append(Step("end", path))
            if path[-1].tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.steps.append(Step("text", tuple(self.stack), data))


def walk(html: str) -> list[Step]:
    walker = _Walker()
    walker.feed(html)
    walker.close()
    return walker.steps


RE_MAIN_START = re.compile(r'<article\b[^>]*\bclass="[^"]*\bmd-content__inner\b')


def main_steps(html: str) -> list[Step]:
    """The steps inside Material's main content. Only that part of the page is parsed
    (the header, navigation and footer are most of a page's markup); the edition's
    text never contains the tag ``<article``, so the first such tag opens the content
    and the first ``</article>`` after it closes it."""
    start = RE_MAIN_START.search(html)
    if start is None:
        return []
    end = html.find("</article>", start.start())
    return walk(html[start.start():end + len("</article>") if end >= 0 else len(html)])
