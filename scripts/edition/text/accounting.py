"""The accounting: every line of every raw article is found on its page.

A raw line is accounted for when its words, after the repairs recorded for that
line, stand in the same order and without a gap in the part of the page where
its role puts it: the reading text, the metadata block, the back matter or the
list of removed furniture. The same check runs on the built HTML in the tests.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import BuildError
from ..model import BACK_KINDS, READING_KINDS, Article, Kind, Role
from .rules import RE_FOOTNOTE_MARK

# Edits that change words (the others only move white space or paragraph breaks).
WORD_EDITS = frozenset({"dehyphenate"})

READING, BACK, META, FURNITURE = "reading text", "back matter", "metadata block", "list of removed furniture"
REGION_OF = {
    Role.BODY: READING, Role.HEADING: READING, Role.FRONT: READING, Role.CAPTION: READING,
    Role.BACK: BACK, Role.FOOTNOTE: BACK, Role.META: META, Role.FURNITURE: FURNITURE,
}


def tokens(text: str) -> list[str]:
    """Words for the comparison: footnote markers stand alone ("era,[2]" -> "era," "[2]")."""
    return RE_FOOTNOTE_MARK.sub(r" [\g<num>] ", text).split()


def contains(haystack: list[str], needle: list[str]) -> bool:
    if not needle:
        return True
    return f" {' '.join(needle)} " in f" {' '.join(haystack)} "


def expected_text(article: Article, number: int, text: str) -> str:
    """The raw line as the page should show it: with its word repairs applied."""
    for e in article.edits:
        if e.line == number and e.rule in WORD_EDITS:
            text = text.replace(e.before, e.after, 1)
    return text


def regions(article: Article) -> dict[str, list[str]]:
    def join(parts: Iterable[str]) -> list[str]:
        return tokens(" ".join(parts))

    blocks = article.blocks
    return {
        READING: join(b.text for b in blocks if b.kind in READING_KINDS),
        BACK: join(f"[{b.label}] {b.text}" if b.kind is Kind.FOOTNOTE else b.text
                            for b in blocks if b.kind in BACK_KINDS),
        META: join(c.text for c in article.lines_with(Role.META)),
        FURNITURE: join(c.text for c in article.lines_with(Role.FURNITURE)),
    }


def unaccounted(article: Article, page: dict[str, list[str]]) -> list[tuple[int, str, str]]:
    """(line, region, text) for every raw line not found where its role puts it."""
    missing = []
    for c in article.classes:
        if c.role is Role.BLANK:
            continue
        region = REGION_OF[c.role]
        if not contains(page[region], tokens(expected_text(article, c.number, c.text))):
            missing.append((c.number, region, c.text))
    return missing


def check(article: Article) -> None:
    missing = unaccounted(article, regions(article))
    if missing:
        number, region, text = missing[0]
        more = f" (and {len(missing) - 1} more lines)" if len(missing) > 1 else ""
        raise BuildError(article.raw.path, str(number),
                         f"line not accounted for in the {region}: {text.strip()[:80]!r}{more}",
                         "a cleaning rule lost text: fix the rule, or classify the line "
                         "in sources/articles.yml")
