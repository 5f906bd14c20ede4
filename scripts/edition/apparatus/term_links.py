"""Glossary occurrences as links in the article pages: the first use of a term in
each section (or run of paragraphs) links to its entry."""

from __future__ import annotations

from collections import defaultdict

from ..inputs.glossary import Glossary
from ..model import Article, Kind, Span
from .terms import Occurrence

RUN_LENGTH = 10  # paragraphs: in an article without headings, a term is linked again after this many


def term_spans(articles: tuple[Article, ...], occurrences: tuple[Occurrence, ...],
               glossary: Glossary) -> dict[str, dict[str, tuple[Span, ...]]]:
    """Links from the first use of each term in each section (or run of paragraphs)
    to its glossary entry, with the short definition as the tooltip."""
    entries = glossary.by_id()
    by_block: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for o in occurrences:
        by_block[(o.slug, o.block)].append(o)
    out: dict[str, dict[str, tuple[Span, ...]]] = {}
    for a in articles:
        has_headings = bool(a.blocks_of(Kind.HEADING))
        section, seen, spans = "start", set(), {}
        paragraphs = 0
        for b in a.blocks:
            if b.kind is Kind.HEADING:
                section = b.id
            if b.kind is not Kind.PARA:
                continue
            if not has_headings and paragraphs % RUN_LENGTH == 0:
                section = f"run-{paragraphs // RUN_LENGTH}"
            paragraphs += 1
            links = []
            for o in sorted(by_block.get((a.slug, b.id), ()), key=lambda o: o.start):
                if (section, o.entry) in seen:
                    continue
                seen.add((section, o.entry))
                e = entries[o.entry]
                links.append(Span(o.start, o.end, f"../glossary.md#{e.id}", e.short))
            if links:
                spans[b.id] = tuple(links)
        out[a.slug] = spans
    return out
