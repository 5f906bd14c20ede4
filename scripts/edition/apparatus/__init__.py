"""Stage 3, the apparatus: the only stage that looks across the articles.

Glossary terms found in the texts (``terms``) and linked (``term_links``); date
expressions, the articles' publications and the timeline's mentions checked and
linked (``mentions``); passages two articles share (``passages``); paragraphs
related across articles (``related``). Everything here is data; the pages stage
writes it as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..inputs import GLOSSARY_YAML, TIMELINE_YAML, Inputs
from ..inputs.timeline import Event, Timeline
from ..model import Article, Span
from . import mentions, passages, related, term_links, terms
from .passages import Comparison, Shared
from .related import Related
from .terms import Occurrence


@dataclass(frozen=True)
class Apparatus:
    occurrences: tuple[Occurrence, ...]  # every use of a glossary term
    timeline: Timeline  # the curated events and the articles' publications
    links: dict[str, dict[str, tuple[Span, ...]]]  # article -> block -> links in its text
    events: dict[str, list[Event]]  # article -> the events it mentions, in date order
    comparison: Comparison
    shared: dict[tuple[str, str], list[Shared]]  # (article, article) -> the passages they share
    related: dict[str, dict[str, tuple[Related, ...]]]  # article -> paragraph -> related places
    warnings: tuple[str, ...]
    candidates: tuple[tuple[str, int], ...]  # recurring names the glossary does not cover


def annotate(inputs: Inputs, articles: tuple[Article, ...]) -> Apparatus:
    glossary = inputs.glossary
    occurrences = terms.find_occurrences(articles, glossary)
    terms.check(glossary, occurrences, articles, GLOSSARY_YAML)
    warnings = [w for a in articles for w in a.warnings]
    for acronym, places in sorted(terms.uncovered_acronyms(articles, glossary).items()):
        warnings.append(f"{GLOSSARY_YAML}: acronym {acronym} (in {', '.join(places[:3])}) has no glossary "
                        "entry; add one, or list it under abbreviations or not_terms")
    # Publications come from the articles' metadata, so the timeline is complete only now.
    timeline = mentions.with_publications(inputs.timeline, articles)
    mentions.check(timeline, articles, glossary, TIMELINE_YAML)
    for slug, block, wording in mentions.uncovered(timeline, articles):
        warnings.append(f"{TIMELINE_YAML}: date expression {wording!r} in {slug}#{block} belongs to no event; "
                        "add a mention to an event, or list it under not_events with a reason")
    term_spans = term_links.term_spans(articles, occurrences, glossary)
    event_spans = mentions.event_spans(timeline, articles)
    links = {a.slug: {block: (*term_spans[a.slug].get(block, ()), *event_spans.get(a.slug, {}).get(block, ()))
                      for block in {*term_spans[a.slug], *event_spans.get(a.slug, {})}}
             for a in articles}
    comparison = passages.find_shared(articles)
    return Apparatus(
        occurrences=occurrences,
        timeline=timeline,
        links=links,
        events=mentions.events_by_article(timeline),
        comparison=comparison,
        shared=passages.by_pair(comparison),
        related=related.also_in(articles, comparison, timeline.events, occurrences),
        warnings=tuple(warnings),
        candidates=tuple(terms.candidates(articles, glossary, occurrences)),
    )
