"""How the articles relate, paragraph by paragraph and as wholes: for each paragraph,
places in other articles about the same thing ("Also in"); for each article, the
articles it shares passages with, and the earlier ones it republishes in large part."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .. import dates
from ..inputs.timeline import Event
from ..model import Article, Kind
from .passages import Comparison, Shared
from .terms import Occurrence

ALSO_MAX = 4  # links under a paragraph: enough to move sideways, not a second text
PLACES = (Kind.PARA, Kind.CAPTION)  # what "Also in" relates: the reading text's paragraphs and captions
# A concept used in more than this share of the collection's paragraphs is too common to
# relate two of them (about one in fourteen: 8 uses in the 115 paragraphs of the first texts).
RARE_TERM_SHARE = 0.07
REPUBLISHED = 0.5  # the share of a text's paragraphs taken from an earlier one that makes it a republication
REASONS = ("shared passage", "same event", "same concept")  # in order of strength


@dataclass(frozen=True)
class Related:
    """A paragraph of another article, and why it is related."""

    slug: str
    block: str
    why: str  # one of REASONS


def also_in(articles: tuple[Article, ...], comparison: Comparison, events: tuple[Event, ...],
            occurrences: tuple[Occurrence, ...]) -> dict[str, dict[str, tuple[Related, ...]]]:
    """For each paragraph or caption (article -> block), the strongest related places
    elsewhere: a shared passage first, then the same event, then the same uncommon concept."""
    position = {(a.slug, b.id): i for a in articles for i, b in enumerate(a.blocks) if b.kind in PLACES}
    links: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
    for s in comparison.pairs:
        links[(s.a.slug, s.a.block)].setdefault((s.b.slug, s.b.block), "shared passage")
        links[(s.b.slug, s.b.block)].setdefault((s.a.slug, s.a.block), "shared passage")
    for e in events:
        places = [(m.slug, m.block) for m in e.mentions if (m.slug, m.block) in position]
        for x in places:
            for y in places:
                if x[0] != y[0]:
                    links[x].setdefault(y, "same event")
    totals = Counter(o.entry for o in occurrences)
    rare = RARE_TERM_SHARE * len(position)
    places_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for o in occurrences:
        if totals[o.entry] <= rare and (o.slug, o.block) in position:
            places_of[o.entry].add((o.slug, o.block))
    for same_concept in places_of.values():
        for x in same_concept:
            for y in same_concept:
                if x[0] != y[0]:
                    links[x].setdefault(y, "same concept")
    out: dict[str, dict[str, tuple[Related, ...]]] = defaultdict(dict)
    for (slug, block), targets in links.items():
        chosen = sorted(targets.items(), key=lambda t: (REASONS.index(t[1]), t[0][0], position.get(t[0], 0)))[:ALSO_MAX]
        out[slug][block] = tuple(Related(s, b, why) for (s, b), why in chosen)
    return dict(out)


def partners(a: Article, grouped: dict[tuple[str, str], list[Shared]]) -> dict[str, int]:
    """The articles ``a`` shares passages with, and how many of its paragraphs."""
    out: dict[str, int] = {}
    for (x, y), shared in sorted(grouped.items()):
        if a.slug in (x, y):
            out[y if x == a.slug else x] = len({s.a.block if s.a.slug == a.slug else s.b.block for s in shared})
    return out


def republished_from(a: Article, grouped: dict[tuple[str, str], list[Shared]],
                     by_slug: dict[str, Article]) -> list[str]:
    """The earlier articles that ``a`` republishes in large part."""
    found = []
    for other, n in partners(a, grouped).items():
        mine, theirs = a.meta.get("date"), by_slug[other].meta.get("date")
        if n >= REPUBLISHED * len(a.paragraphs) and mine and theirs and dates.before(theirs.value, mine.value):
            found.append(other)
    return found
