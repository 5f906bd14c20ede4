"""Timeline mentions against the texts: checked, located, and turned into links."""

from __future__ import annotations

from . import rules
from .dates import date_expressions
from .errors import BuildError
from .glossary import Glossary
from .model import Article
from .render import Span
from .timeline import Event, Timeline

SCANNED_KINDS = ("para", "front", "back", "caption", "footnote", "heading")


def _texts(articles: tuple[Article, ...]) -> dict[tuple[str, str], str]:
    return {(a.slug, b.id): b.text for a in articles for b in a.blocks}


def check(timeline: Timeline, articles: tuple[Article, ...], glossary: Glossary, path: str) -> None:
    """Every mention names an existing paragraph that contains its words."""
    texts = _texts(articles)
    slugs = {a.slug for a in articles}
    entries = {e.id for e in glossary.entries}
    for e in timeline.events:
        for m in e.mentions:
            if m.block == "title" and m.slug in slugs:
                continue  # a publication event: the article itself
            if (m.slug, m.block) not in texts:
                raise BuildError(path, str(e.yaml_line), f"{e.id}: mention of {m.slug}#{m.block}, which does not exist",
                                 "name an existing article and paragraph id (see the article page)")
            if rules.find(texts[(m.slug, m.block)], m.says) is None:
                raise BuildError(path, str(e.yaml_line), f"{e.id}: {m.slug}#{m.block} does not contain {m.says!r}",
                                 "quote the paragraph's own words exactly, or correct the paragraph")
        for g in e.glossary:
            if g not in entries:
                raise BuildError(path, str(e.yaml_line), f"{e.id}: unknown glossary entry {g!r}",
                                 "use the id of a glossary entry")
    for n in timeline.not_events:
        if (n.slug, n.block) not in texts or rules.find(texts[(n.slug, n.block)], n.says) is None:
            raise BuildError(path, "", f"not_events: {n.slug}#{n.block} does not contain {n.says!r}",
                             "quote the paragraph's own words exactly")


def _span_of(text: str, says: str) -> tuple[int, int]:
    span = rules.find(text, says)
    assert span, "checked in check()"
    return span


def uncovered(timeline: Timeline, articles: tuple[Article, ...]) -> list[tuple[str, str, str]]:
    """(article, block, wording) of date expressions that no event or not-event covers."""
    claimed: dict[tuple[str, str], list[tuple[int, int]]] = {}
    texts = _texts(articles)
    for e in timeline.events:
        for m in e.mentions:
            if (m.slug, m.block) in texts:
                claimed.setdefault((m.slug, m.block), []).append(_span_of(texts[(m.slug, m.block)], m.says))
    for n in timeline.not_events:
        claimed.setdefault((n.slug, n.block), []).append(_span_of(texts[(n.slug, n.block)], n.says))
    found = []
    for a in articles:
        for b in a.blocks:
            if b.kind not in SCANNED_KINDS:
                continue
            for start, end, wording in date_expressions(b.text):
                spans = claimed.get((a.slug, b.id), [])
                if not any(s < end and start < e for s, e in spans):
                    found.append((a.slug, b.id, wording))
    return found


def event_spans(timeline: Timeline, articles: tuple[Article, ...]) -> dict[str, dict[str, list[Span]]]:
    """Links from each mention's words, in the paragraph, to the event on the timeline."""
    texts = _texts(articles)
    out: dict[str, dict[str, list[Span]]] = {}
    for e in timeline.events:
        for m in e.mentions:
            if (m.slug, m.block) not in texts:
                continue
            start, end = _span_of(texts[(m.slug, m.block)], m.says)
            title = f"Timeline: {e.title} ({e.display})"
            out.setdefault(m.slug, {}).setdefault(m.block, []).append(
                Span(start, end, f"../timeline.md#{e.id}", title))
    return out


def events_by_article(timeline: Timeline) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    for e in timeline.ordered():
        for slug in e.articles:
            out.setdefault(slug, []).append(e)
    return out
