"""What an article page says about the article's place in the collection: a factual
profile at the top, a note on a republished text, and "Also in" under paragraphs."""

from __future__ import annotations

from collections import Counter, defaultdict

from .compare_pages import pair_slug, share
from .escape import escape
from .glossary import Glossary
from .model import Article
from .passages import Comparison, Shared
from .render import body_words, cite_label, reading_minutes
from .terms import Occurrence
from .timeline import Event

ALSO_MAX = 4  # links under a paragraph: enough to move sideways, not a second text
RARE_TERM = 8  # a concept used more often than this in the collection is too common to relate paragraphs
REPUBLISHED = 0.5  # the share of a text's paragraphs taken from an earlier one that makes it a republication


def _para_label(a: Article, block: str) -> str:
    return f"{cite_label(a)}, ¶{block[1:]}" if block[1:].isdigit() else f"{cite_label(a)}, {block}"


def at_a_glance(a: Article, events: list[Event], occurrences: tuple[Occurrence, ...], glossary: Glossary,
                partners: dict[str, int], articles: dict[str, Article]) -> list[str]:
    terms = glossary.by_id()
    used = Counter(o.entry for o in occurrences if o.slug == a.slug)
    top = ", ".join(f"[{escape(terms[e].term)}](../glossary.md#{e}) ({n})" for e, n in used.most_common(5))
    lines = [f"{body_words(a):,} words in {len(a.paragraphs)} numbered paragraphs, about "
             f"{reading_minutes(a)} minutes of reading."]
    if events:
        shown = ", ".join(f"[{escape(e.title)}](../timeline.md#{e.id})" for e in events
                          if e.kind != "publication")
        lines.append(f"Events on the timeline: {len(events)}" + (f" ({shown})." if shown else "."))
    if top:
        lines.append(f"Concepts it uses most: {top}.")
    if partners:
        lines.append("Shares passages with: " + ", ".join(
            f"[{escape(cite_label(articles[s]))}](../compare/{pair_slug(*sorted((a.slug, s)))}.md) "
            f"({n} paragraph{'s' if n != 1 else ''})" for s, n in sorted(partners.items())) + ".")
    else:
        lines.append("Shares no passage with another article of the collection.")
    body = " ".join(lines)
    return ['<div class="ed-glance" data-search-exclude="true" markdown>', "",
            f"**At a glance** (computed by the edition): {body}", "", "</div>", ""]


def _ranges(numbers: list[int]) -> str:
    """[2, 6, 7, 8] -> "¶2, ¶6–8"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"¶{a}" if a == b else f"¶{a}–{b}" for a, b in runs)


def republication_note(a: Article, shared: list[Shared], source: Article) -> list[str]:
    """In our voice: what a later text reproduces from an earlier one, and what it leaves out."""
    mine = {s.b.block if s.b.slug == a.slug else s.a.block for s in shared}
    theirs = {s.a.block if s.a.slug == source.slug else s.b.block for s in shared}
    kept = sorted(int(b[1:]) for b in theirs if b[1:].isdigit())
    left_out = [int(p.id[1:]) for p in source.paragraphs if p.id not in theirs]
    headings = [b for b in source.blocks if b.kind == "heading"]
    notes = [b for b in source.blocks if b.kind in ("footnote", "back")]
    words_kept, total = share(source, shared, "a" if shared[0].a.slug == source.slug else "b")
    parts = [f"**Edition note.** This text reproduces, nearly word for word, {_ranges(kept)} of "
             f"[{escape(cite_label(source))}](../articles/{source.slug}.md): {len(mine)} of its own "
             f"{len(a.paragraphs)} paragraphs come from there, about {round(100 * words_kept / max(total, 1))}% of "
             "the earlier text."]
    leaves = []
    if left_out:
        leaves.append(_ranges(left_out))
    if headings:
        leaves.append(f"all {len(headings)} headings")
    if notes:
        leaves.append("the footnotes and the back matter")
    if leaves:
        parts.append("It leaves out " + ", ".join(leaves) + ".")
    raw = " ".join(a.raw.lines)
    named = [x for x in (source.meta.get("author"), source.meta.get("title")) if x and x.value in raw]
    if not named:
        parts.append("It names neither the earlier text nor its author.")
    parts.append(f"[See the two side by side](../compare/{pair_slug(*sorted((a.slug, source.slug)))}.md).")
    return ['<div class="ed-republished" markdown>', "", " ".join(parts), "", "</div>", ""]


def also_in(articles: tuple[Article, ...], comparison: Comparison, events: tuple[Event, ...],
            occurrences: tuple[Occurrence, ...]) -> dict[str, dict[str, list[str]]]:
    """For each paragraph, links to paragraphs of other articles about the same thing:
    a shared passage first, then the same event, then the same uncommon concept."""
    by_slug = {a.slug: a for a in articles}
    links: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
    for s in comparison.pairs:
        links[(s.a.slug, s.a.block)].setdefault((s.b.slug, s.b.block), "shared passage")
        links[(s.b.slug, s.b.block)].setdefault((s.a.slug, s.a.block), "shared passage")
    for e in events:
        places = [(m.slug, m.block) for m in e.mentions if m.block.startswith("p")]
        for x in places:
            for y in places:
                if x[0] != y[0]:
                    links[x].setdefault(y, "same event")
    totals = Counter(o.entry for o in occurrences)
    places_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for o in occurrences:
        if totals[o.entry] <= RARE_TERM and o.block.startswith("p"):
            places_of[o.entry].add((o.slug, o.block))
    for same_concept in places_of.values():
        for x in same_concept:
            for y in same_concept:
                if x[0] != y[0]:
                    links[x].setdefault(y, "same concept")
    rank = {"shared passage": 0, "same event": 1, "same concept": 2}
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for (slug, block), targets in links.items():
        chosen = sorted(targets.items(), key=lambda t: (rank[t[1]], t[0][0], int(t[0][1][1:]) if t[0][1][1:].isdigit()
                                                        else 0))[:ALSO_MAX]
        items = ", ".join(f"[{escape(_para_label(by_slug[s], b))}](../articles/{s}.md#{b}) ({why})"
                          for (s, b), why in chosen)
        out[slug][block] = [f"Also in: {items}", '{: .ed-also .ed-apparatus data-search-exclude="true" }', ""]
    return out


def partners_and_notes(a: Article, grouped: dict[tuple[str, str], list[Shared]],
                       by_slug: dict[str, Article]) -> tuple[dict[str, int], list[str]]:
    """The articles ``a`` shares paragraphs with (how many of its paragraphs), and a
    note for each earlier article that ``a`` republishes in large part."""
    partners: dict[str, int] = {}
    notes: list[str] = []
    for (x, y), shared in sorted(grouped.items()):
        if a.slug not in (x, y):
            continue
        other = y if x == a.slug else x
        partners[other] = len({s.a.block if s.a.slug == a.slug else s.b.block for s in shared})
        mine, theirs = a.meta.get("date"), by_slug[other].meta.get("date")
        if partners[other] >= REPUBLISHED * len(a.paragraphs) and mine and theirs and theirs.value < mine.value:
            notes += republication_note(a, shared, by_slug[other])
    return partners, notes
