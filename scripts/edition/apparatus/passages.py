"""Passages that two articles share, word for word or nearly.

Texts are compared as word sequences (lower case, punctuation and footnote markers
dropped), so that small edits, removed footnote marks and changed paragraph breaks
do not hide a copy. Candidate pairs come from an index of hashed word n-grams
(shingles): only paragraphs that share at least one rare n-gram are compared in
full, so the cost grows with the size of the collection, not with its square.

A pair of paragraphs is a shared passage when their aligned common words make a
run of at least ``MIN_RUN`` words in a row, and cover at least ``MIN_COVER`` of the
shorter paragraph (one paragraph is largely inside the other). The thresholds are
set so that common phrases (“win-win cooperation”, “the 18th National Congress of
the CPC”, at most 8 words) never match, while a republished paragraph with a
changed word or two always does; the tests hold both sides.
"""

from __future__ import annotations

import difflib
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Article, Kind
from ..text.rules import RE_FOOTNOTE_MARK

SHINGLE = 8  # words per n-gram: longer than any stock phrase of these texts
MIN_RUN = 12  # words: the longest run of identical words a shared passage must contain
MIN_COVER = 0.6  # of the shorter paragraph's words that must be aligned with the other
MAX_POSTINGS = 50  # an n-gram in more paragraphs than this is boilerplate, not a copy
RE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
UNIT_KINDS = (Kind.PARA,)  # the text itself: a shared editor’s note or caption is not a shared passage


@dataclass(frozen=True)
class Unit:
    slug: str
    block: str
    words: tuple[str, ...]
    position: int = 0  # the block's place in its article: passages are listed in reading order


@dataclass(frozen=True)
class Shared:
    """One shared passage: a paragraph of each article, and how much they share."""

    a: Unit
    b: Unit
    common: int  # aligned words
    longest: int  # longest run of identical words
    cover_a: float  # share of a's words aligned with b
    cover_b: float


@dataclass(frozen=True)
class Comparison:
    pairs: tuple[Shared, ...]
    compared: int  # paragraph pairs compared in full (the cost the index saves)


def words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in RE_WORD.findall(RE_FOOTNOTE_MARK.sub(" ", text)))


def units(articles: tuple[Article, ...]) -> list[Unit]:
    return [Unit(a.slug, b.id, words(b.text), i) for a in sorted(articles, key=lambda a: a.slug)
            for i, b in enumerate(a.blocks) if b.kind in UNIT_KINDS]


def _shingles(ws: tuple[str, ...]) -> set[int]:
    return {zlib.crc32(" ".join(ws[i:i + SHINGLE]).encode()) for i in range(max(0, len(ws) - SHINGLE + 1))}


def candidates(all_units: list[Unit]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of units of different articles that share enough rare shingles
    to hold a run of ``MIN_RUN`` identical words (such a run makes MIN_RUN - SHINGLE + 1)."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i, u in enumerate(all_units):
        for s in _shingles(u.words):
            postings[s].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) < 2 or len(members) > MAX_POSTINGS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if all_units[i].slug != all_units[j].slug:
                    shared[(i, j)] += 1
    return {pair for pair, n in shared.items() if n >= MIN_RUN - SHINGLE + 1}


def compare(a: Unit, b: Unit) -> Shared | None:
    matcher = difflib.SequenceMatcher(None, a.words, b.words, autojunk=False)
    blocks = matcher.get_matching_blocks()
    common = sum(m.size for m in blocks)
    longest = max((m.size for m in blocks), default=0)
    cover_a = common / len(a.words) if a.words else 0.0
    cover_b = common / len(b.words) if b.words else 0.0
    if longest < MIN_RUN or max(cover_a, cover_b) < MIN_COVER:
        return None
    return Shared(a, b, common, longest, round(cover_a, 3), round(cover_b, 3))


def find_shared(articles: tuple[Article, ...]) -> Comparison:
    """All shared passages, in an order that does not depend on the input order."""
    all_units = units(articles)
    found = []
    pairs = candidates(all_units)
    for i, j in sorted(pairs):
        a, b = all_units[i], all_units[j]
        if (a.slug, a.block) > (b.slug, b.block):
            a, b = b, a
        shared = compare(a, b)
        if shared:
            found.append(shared)
    found.sort(key=lambda s: (s.a.slug, s.b.slug, s.a.position, s.b.position))
    return Comparison(tuple(found), len(pairs))


def by_pair(comparison: Comparison) -> dict[tuple[str, str], list[Shared]]:
    """The shared passages of each pair of articles (slugs in name order)."""
    out: dict[tuple[str, str], list[Shared]] = defaultdict(list)
    for s in comparison.pairs:
        out[(s.a.slug, s.b.slug)].append(s)
    return dict(out)


def share(article: Article, shared: list[Shared], side: str) -> tuple[int, int]:
    """(shared words, all body words) of ``article`` in these passages (``side`` "a" or "b")."""
    total = article.word_count
    blocks: dict[str, int] = {}
    for s in shared:
        unit = s.a if side == "a" else s.b
        blocks[unit.block] = max(blocks.get(unit.block, 0), s.common)
    return min(sum(blocks.values()), total), total
