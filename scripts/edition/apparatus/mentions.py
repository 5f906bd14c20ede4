"""Timeline mentions against the texts: the date expressions in the texts, the
articles' own publications, and every mention checked, located and made a link."""

from __future__ import annotations

import re

from .. import dates
from ..dates import FULL_MONTH_PATTERN, SHORT_MONTH_PATTERN
from ..errors import BuildError
from ..inputs.glossary import Glossary
from ..inputs.timeline import Event, Mention, Timeline
from ..model import Article, Span
from ..naming import METADATA, title_of
from ..text import rules

_MONTH = rf"(?:{FULL_MONTH_PATTERN}|(?:{SHORT_MONTH_PATTERN})\.?)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_ORD = r"(?:st|nd|rd|th)?"

# Date expressions, longest forms first. Month names only with a capital letter
# ("may" is a verb); a bare year only as a whole word ("Post-2015" is a name).
RE_DATE_EXPRESSION = re.compile(
    rf"""(?x)(?<![\w-])(?:
        (?:early|mid|late)[\s-]+{_MONTH}\s+{_YEAR}                              # late November 2014
      | {_MONTH}\s+\d{{1,2}}{_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?(?:\s*,\s*{_YEAR})?  # June 17-24; Nov. 13th, 2015
      | {_MONTH}\s+{_YEAR}                                                      # November 2014
      | (?:[Ii]n|[Dd]uring|[Ss]ince)\s+{_MONTH}(?!\s*\d)                        # in September (year from context)
      | (?:the\s+)?(?:1[0-9]|20)[0-9]0s                                         # the 1980s
      | (?i:(?:more\s+than|over|about|some)\s+)?\d[\d,]*\s+years\s+ago          # more than 2000 years ago
      | {_YEAR}                                                                 # 1953
    )(?![\w-])"""
)


def date_expressions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, wording) of every date expression in ``text``."""
    return [(m.start(), m.end(), m.group()) for m in RE_DATE_EXPRESSION.finditer(text)]


def with_publications(timeline: Timeline, articles: tuple[Article, ...]) -> Timeline:
    """The timeline with each article's own publication, dated from its metadata."""
    added = []
    for a in articles:
        d = a.meta.get("date")
        if not d:
            continue
        inferred = d.how == "inferred"
        date = dates.parse(d.value)
        display = f"c. {date.display()}" if inferred else date.display()
        mention = Mention(a.slug, METADATA, d.quote or d.value, "inferred" if inferred else "stated",
                          d.basis if inferred else "")
        added.append(Event(f"published-{a.slug}", f"Publication of “{title_of(a)}”", date, display,
                           "publication", "The date the text was published, from its metadata.", (), (), (),
                           "", "", (mention,), 0))
    return Timeline(timeline.events + tuple(added), timeline.not_events)


def _texts(articles: tuple[Article, ...]) -> dict[tuple[str, str], str]:
    return {(a.slug, b.id): b.text for a in articles for b in a.blocks}


def check(timeline: Timeline, articles: tuple[Article, ...], glossary: Glossary, path: str) -> None:
    """Every mention names an existing paragraph that contains its words."""
    texts = _texts(articles)
    slugs = {a.slug for a in articles}
    entries = {e.id for e in glossary.entries}
    for e in timeline.events:
        for m in e.mentions:
            if m.block == METADATA and m.slug in slugs:
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
