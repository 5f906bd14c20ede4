"""MkDocs hook: search results that lead to the paragraph, not only to the page.

Material's search index has one entry per heading. Four of the five articles have
no headings, so a hit would land at the top of the page. After the build, this
hook gives every numbered paragraph (and each piece of front and back matter, each
footnote, and the metadata block) an index entry of its own, and empties the
article's heading entries so the same words are not found twice. It runs before
Material's offline plugin, which copies the index into a script.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

BLOCK_CLASSES = {"ed-para": "¶", "ed-front": "", "ed-back": "", "ed-caption": "", "ed-meta": ""}
SKIP_CLASSES = {"ed-apparatus", "headerlink", "footnote-backref", "ed-notes"}


@dataclass
class _Block:
    id: str
    title: str
    depth: int
    text: list[str] = field(default_factory=list)


class _Blocks(HTMLParser):
    """Collects the text of the page's paragraphs, matter blocks and footnotes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.open: _Block | None = None
        self.depth = 0
        self.skip_depth: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        self.depth += 1
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if self.skip_depth is None and classes & SKIP_CLASSES:
            self.skip_depth = self.depth
        if self.open is None:
            kind = next((c for c in classes if c in BLOCK_CLASSES), None)
            ident = a.get("id", "")
            if kind == "ed-meta":  # titled with the author and year, so that an author's name finds it
                cite = a.get("data-cite", "")
                self.open = _Block("title", f"About this text: {cite}" if cite else "About this text", self.depth)
            elif kind and ident:
                title = f"¶{ident[1:]}" if kind == "ed-para" else ident.replace("-", " ").capitalize()
                self.open = _Block(ident, title, self.depth)
            elif tag == "li" and ident.startswith("fn:"):
                self.open = _Block(ident, f"Footnote {ident[3:]}", self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        if self.open is not None and self.depth == self.open.depth:
            self.blocks.append(self.open)
            self.open = None
        if self.skip_depth is not None and self.depth == self.skip_depth:
            self.skip_depth = None
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.open is not None and self.skip_depth is None:
            self.open.text.append(data)


def _page_file(site_dir: Path, page: str) -> Path:
    return site_dir / page if page.endswith(".html") else site_dir / page / "index.html"


def paragraph_entries(site_dir: Path, page: str) -> list[dict[str, str]]:
    parser = _Blocks()
    parser.feed(_page_file(site_dir, page).read_text(encoding="utf-8"))
    return [{"location": f"{page}#{b.id}", "title": b.title,
             "text": html.escape(" ".join("".join(b.text).split()), quote=False)}
            for b in parser.blocks if "".join(b.text).strip()]


def on_post_build(config: Any, **_: Any) -> None:
    site_dir = Path(config["site_dir"])
    index_file = site_dir / "search" / "search_index.json"
    if not index_file.exists():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    docs: list[dict[str, Any]] = []
    pages: list[str] = []
    for doc in index["docs"]:
        page = doc["location"].split("#", 1)[0]
        if page.startswith("articles/"):
            if page not in pages:
                pages.append(page)
            doc = {**doc, "text": ""}  # the paragraphs below carry the words
            if doc["location"].endswith("#title"):
                continue  # replaced by the metadata entry
        docs.append(doc)
    for page in pages:
        docs.extend(paragraph_entries(site_dir, page))
    index["docs"] = docs
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
