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
from pathlib import Path
from typing import Any

from edition.model import Kind
from edition.naming import BLOCK_CLASS, place_label
from edition.output.htmlwalk import Element, main_steps

INDEXED = {BLOCK_CLASS[kind]: kind for kind in (Kind.PARA, Kind.FRONT, Kind.BACK, Kind.CAPTION)}
SKIP_CLASSES = {"ed-apparatus", "headerlink", "footnote-backref", "ed-notes"}


def _title(element: Element) -> str | None:
    """The entry's title if ``element`` is a place of its own in the index."""
    classes = element.classes
    if "ed-meta" in classes:  # titled with the author and year, so that an author's name finds it
        cite = element.get("data-cite")
        return f"About this text: {cite}" if cite else "About this text"
    if element.tag == "li" and element.id.startswith("fn:"):  # a footnote, as Python-Markdown writes it
        return place_label(Kind.FOOTNOTE, element.id.removeprefix("fn:"))
    kind = next((INDEXED[c] for c in sorted(classes) if c in INDEXED), None)
    if kind is None or not element.id:
        return None
    # A paragraph's number is in its id; named matter carries its name (see pages/article.py).
    return place_label(kind, element.id.removeprefix("p")) if kind is Kind.PARA else element.get("data-place")


def entries(page_html: str, location: str) -> list[dict[str, str]]:
    """An index entry for each place of the page, with its words (apparatus left out)."""
    found: list[dict[str, str]] = []
    open_place: tuple[Element, str, list[str]] | None = None
    for step in main_steps(page_html):
        if open_place is None:
            if step.kind == "start" and (title := _title(step.element)) is not None:
                open_place = (step.element, title, [])
            continue
        element, title, words = open_place
        if step.kind == "end" and step.element is element:
            text = " ".join("".join(words).split())
            if text:
                ident = "title" if "ed-meta" in element.classes else element.id
                found.append({"location": f"{location}#{ident}", "title": title,
                              "text": html.escape(text, quote=False)})
            open_place = None
        elif step.kind == "text" and not any(e.classes & SKIP_CLASSES for e in step.path):
            words.append(step.text)
    return found


def _page_file(site_dir: Path, page: str) -> Path:
    return site_dir / page if page.endswith(".html") else site_dir / page / "index.html"


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
        docs.extend(entries(_page_file(site_dir, page).read_text(encoding="utf-8"), page))
    index["docs"] = docs
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
