"""The search index: one entry per place a reader can land on, written by the build.

Both generators copy ``docs/`` as it is, and a ``<script>`` loads from ``file://``,
so one file serves the MkDocs site, the Zensical site and the offline edition:
``docs/assets/search/index.js``, read by ``docs/assets/search.js``. An article gives
an entry per numbered paragraph, piece of front and back matter, caption, footnote
and its metadata block; every other page an entry per heading with an id (a glossary
entry, a timeline event, a section). Pages render here with Python-Markdown
configured as in ``mkdocs.yml``, so the words are the words the reader sees; what
the pages mark ``data-search-exclude`` (editorial notes, reference lists, the term
map) is left out, as Material's search plugin left it out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markdown
import yaml

from ..model import Kind
from ..naming import BLOCK_CLASS, place_label
from .anchors import IgnoreTags
from .htmlwalk import Element, walk

INDEX_FILE = "assets/search/index.js"
INDEXED = {BLOCK_CLASS[kind]: kind for kind in (Kind.PARA, Kind.FRONT, Kind.BACK, Kind.CAPTION)}
SKIP_CLASSES = {"ed-apparatus", "headerlink", "footnote-backref", "ed-notes"}
HEADINGS = {"h1", "h2", "h3", "h4"}
RE_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# The "Referenced in" lists are most of the glossary's Markdown and are never searched:
# dropped before rendering (the build writes them in exactly this form).
RE_EXCLUDED_DETAILS = re.compile(r'^<details [^>]*data-search-exclude="true"[^>]*>.*?^</details>\n', re.S | re.M)


def _markdown(root: Path) -> markdown.Markdown:
    """Python-Markdown with the extensions and options of ``mkdocs.yml``."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=IgnoreTags)
    names: list[str] = []
    options: dict[str, Any] = {}
    for item in config["markdown_extensions"]:
        name, opts = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        options[name] = opts or {}
    return markdown.Markdown(extensions=names, extension_configs=options)


def _title(element: Element) -> str | None:
    """The entry's title if ``element`` is a place of its own in an article."""
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


def _skipped(path: tuple[Element, ...]) -> bool:
    return any(e.classes & SKIP_CLASSES or e.get("data-search-exclude") for e in path)


def article_entries(page_html: str) -> Iterator[tuple[str, str, str]]:
    """(id, title, words) for each place of an article (apparatus left out)."""
    open_place: tuple[Element, str, list[str]] | None = None
    for step in walk(page_html):
        if open_place is None:
            if step.kind == "start" and (title := _title(step.element)) is not None:
                open_place = (step.element, title, [])
            continue
        element, title, words = open_place
        if step.kind == "end" and step.element is element:
            text = " ".join("".join(words).split())
            if text:
                yield ("title" if "ed-meta" in element.classes else element.id), title, text
            open_place = None
        elif step.kind == "text" and not _skipped(step.path):
            words.append(step.text)


def section_entries(page_html: str) -> Iterator[tuple[str, str, str]]:
    """(id, title, words) for each heading with an id and the text up to the next heading."""
    current: tuple[str, list[str], list[str]] | None = None  # id, heading words, body words
    in_heading: Element | None = None
    for step in walk(page_html):
        if step.kind == "start" and step.element.tag in HEADINGS and step.element.id:
            if current is not None:
                yield _section(current)
            current, in_heading = (step.element.id, [], []), step.element
        elif step.kind == "end" and step.element is in_heading:
            in_heading = None
        elif step.kind == "text" and current is not None and not _skipped(step.path):
            (current[1] if in_heading is not None else current[2]).append(step.text)
    if current is not None:
        yield _section(current)


def _section(section: tuple[str, list[str], list[str]]) -> tuple[str, str, str]:
    ident, heading, body = section
    return ident, " ".join("".join(heading).split()), " ".join("".join(body).split())


def index_script(root: Path, pages: dict[str, str]) -> str:
    """The index as a script that sets ``window.edSearchIndex``: the pages (Markdown
    path, title, boost) and the places ([page number, id, title, words])."""
    md = _markdown(root)
    page_list: list[list[Any]] = []
    places: list[list[Any]] = []
    for path in sorted(p for p in pages if p.endswith(".md")):
        match = RE_FRONT_MATTER.match(pages[path])
        meta = yaml.load(match.group(1), Loader=yaml.CSafeLoader) if match else {}
        search = meta.get("search") or {}
        if search.get("exclude"):
            continue
        body = RE_EXCLUDED_DETAILS.sub("", pages[path][match.end() if match else 0:])
        page_html = md.reset().convert(body)
        number = len(page_list)
        page_list.append([path, meta.get("title", ""), search.get("boost", 1)])
        found = article_entries(page_html) if path.startswith("articles/") else section_entries(page_html)
        places += [[number, ident, title, text] for ident, title, text in found if text or title]
    data = json.dumps({"pages": page_list, "places": places}, ensure_ascii=False, separators=(",", ":"))
    return ("// Generated by `edition build`: the search index (see scripts/edition/output/search_index.py).\n"
            f"window.edSearchIndex={data};\n")
