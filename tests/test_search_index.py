"""The search index the build writes holds the words each place shows on the built page.

The build reads them off the articles' blocks and the pages' Markdown, without rendering
(``output/search_index.py``, ``output/plaintext.py``); here the oracle is the page MkDocs
renders, read place by place as a reader's browser shows it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from edition.build import Edition
from edition.model import Kind
from edition.naming import BLOCK_CLASS, place_label
from edition.output.htmlwalk import Element, Step, main_steps
from edition.output.plaintext import plain, sections
from edition.output.search_index import INDEX_FILE

INDEXED = {BLOCK_CLASS[kind]: kind for kind in (Kind.PARA, Kind.FRONT, Kind.BACK, Kind.CAPTION)}
SKIP_CLASSES = {"ed-apparatus", "headerlink", "footnote-backref", "ed-notes"}


def index(edition: Edition) -> dict[str, list[list[Any]]]:
    text = edition.pages[INDEX_FILE]
    data: dict[str, list[list[Any]]] = json.loads(text[text.index("=") + 1:].rstrip().rstrip(";"))
    return data


def _skipped(path: tuple[Element, ...]) -> bool:
    return any(e.classes & SKIP_CLASSES or e.get("data-search-exclude") for e in path)


def _title(element: Element) -> str | None:
    if "ed-meta" in element.classes:
        return f"About this text: {element.get('data-cite')}"
    if element.tag == "li" and element.id.startswith("fn:"):
        return place_label(Kind.FOOTNOTE, element.id.removeprefix("fn:"))
    kind = next((INDEXED[c] for c in sorted(element.classes) if c in INDEXED), None)
    if kind is None or not element.id:
        return None
    return place_label(kind, element.id.removeprefix("p")) if kind is Kind.PARA else element.get("data-place")


def article_places(steps: list[Step]) -> Iterator[list[str]]:
    open_place: tuple[Element, str, list[str]] | None = None
    for step in steps:
        if open_place is None:
            if step.kind == "start" and (title := _title(step.element)) is not None:
                open_place = (step.element, title, [])
            continue
        element, title, words = open_place
        if step.kind == "end" and step.element is element:
            yield ["title" if "ed-meta" in element.classes else element.id, title, " ".join("".join(words).split())]
            open_place = None
        elif step.kind == "text" and not _skipped(step.path):
            words.append(step.text)


def section_places(steps: list[Step]) -> Iterator[list[str]]:
    current: list[str] | None = None
    heading: Element | None = None
    for step in steps:
        if step.kind == "start" and step.element.tag in ("h1", "h2", "h3", "h4") and step.element.id:
            if current is not None:
                yield [current[0], " ".join(current[1].split()), " ".join(current[2].split())]
            current, heading = [step.element.id, "", ""], step.element
        elif step.kind == "end" and step.element is heading:
            heading = None
        elif step.kind == "text" and current is not None and not _skipped(step.path):
            current[1 if heading is not None else 2] += step.text
    if current is not None:
        yield [current[0], " ".join(current[1].split()), " ".join(current[2].split())]


def test_every_place_holds_the_words_of_its_rendered_page(edition: Edition, site: Path) -> None:
    data = index(edition)
    assert len(data["places"]) > 200
    for number, (path, _title, _boost) in enumerate(data["pages"]):
        html = (site / path.removesuffix(".md").removesuffix("index") / "index.html").read_text(encoding="utf-8")
        steps = main_steps(html)
        rendered = [p for p in (article_places(steps) if path.startswith("articles/") else section_places(steps))
                    if p[1] or p[2]]
        assert [p[1:] for p in data["places"] if p[0] == number] == rendered, path


def test_what_pages_leave_out_of_search_is_not_in_the_index(edition: Edition) -> None:
    indexed = " ".join(p[2] + " " + p[3] for p in index(edition)["places"])
    for gone in ("Adjust font size", "Glamorous Indonesia", "Please scan the QR Code", "Back to Top",
                 "Editorial notes: every change", "Page furniture removed", "join-broken-paragraph",
                 "Mentioned in", "uses of", "Cite this text", "At a glance", "Also in:"):
        assert gone not in indexed
    assert "win-win cooperation" in indexed.lower()


@pytest.mark.parametrize(("markdown", "words"), [
    (r"A \*star\*, a \[bracket\] and \`code\`", "A *star*, a [bracket] and `code`"),  # escaped: text
    ("**In short:** a *term* and `#p12`", "In short: a term and #p12"),
    ('a [link\\, with a comma](../glossary.md#sco "A title\\.") here', "a link, with a comma here"),
    ("[square brackets] stay", "[square brackets] stay"),
    ("AT\\&amp;T and caf&#233;", "AT&amp;T and café"),  # an escaped & starts no entity
    ('word <span data-search-exclude="true">(counts)</span>; next', "word ; next"),
    ('<span class="ed-apparatus">line 4:</span> Title', "Title"),
    ("| Field | Value |\n| --- | --- |\n| Title | A \\| B |", "Field Value Title A | B"),
    ('!!! note "About this"\n\n    Indented text.', "About this Indented text."),
    ("- one\n- two\n\n*[SCO]: Shanghai Cooperation Organisation", "one two"),
    ("[1](#p1){ .ed-pnum title=\"x\" } Text", "1 Text"),
])
def test_plain_reads_the_words_of_markdown(markdown: str, words: str) -> None:
    assert plain(markdown) == words


def test_sections_split_at_headings_and_leave_out_marked_blocks() -> None:
    markdown = ("Before the title.\n\n# Title { #title }\n\nIntro.\n\n## Part { #part }\n\nText.\n"
                "{: .ed-see data-search-exclude=\"true\" }\n\nKept.\n\n"
                '<div class="ed-refs" data-search-exclude="true" markdown>\n\n- a list\n\n</div>\n\n'
                "### No id\n\nMore.\n")
    assert list(sections(markdown)) == [("title", "Title", "Intro."), ("part", "Part", "Kept."),
                                        ("no-id", "No id", "More.")]
