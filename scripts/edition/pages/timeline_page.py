"""The timeline page, the timeline as data, and the events list on article pages.

The page is a real list of events under year headings: readable as a list on a
phone, drawn as a vertical timeline on a wide screen by CSS, filterable by a
small script that the list does not need.
"""

from __future__ import annotations

import csv
import html
import io
import json
from itertools import groupby

from ..inputs.glossary import Glossary
from ..inputs.timeline import KINDS, Event, Mention, Timeline
from ..model import Article
from ..naming import cite_label, cited_place
from .common import front_matter, header_comment, plural
from .escape import escape
from .glance import preview_title


def period(e: Event) -> tuple[str, str]:
    """(anchor, heading) of the group an event belongs to."""
    if e.date.precision == "approximate":  # "c. 2,000 years ago" (every BCE date is one): no century to claim
        return "distant-past", "The distant past"
    if e.date.year < 1900:  # before the modern events, by century
        n = (e.date.year - 1) // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"century-{n}", f"The {n}{suffix} century"
    if e.date.precision == "decade":
        return f"decade-{e.date.value[:3]}0s", f"The {e.date.value[:3]}0s"
    return f"year-{e.date.year}", str(e.date.year)


def _time(e: Event) -> str:
    shown = html.escape(e.display)
    if e.date.datetime_attr:
        return f'<time datetime="{e.date.datetime_attr}">{shown}</time>'
    return f'<span class="ed-date">{shown}</span>'


def _where(m: Mention, articles: dict[str, Article]) -> str:
    article = articles[m.slug]  # the link shows the place's opening in place (assets/tooltips.js)
    return f"[{escape(cited_place(article, m.block))}](articles/{m.slug}.md#{m.block}{preview_title(article, m.block)})"


def _event(e: Event, articles: dict[str, Article], glossary: Glossary) -> list[str]:
    terms = glossary.by_id()
    out = [f'<li class="ed-event" data-kind="{e.kind}" data-articles="{" ".join(e.articles)}" markdown="block">', "",
           f"### {_time(e)} {escape(e.title)} {{ #{e.id} }}", "",
           f"**{e.kind.capitalize()}.** {escape(e.summary)}", ""]
    facts = []
    if e.people:
        facts.append(f"*People:* {escape(', '.join(e.people))}.")
    if e.places:
        facts.append(f"*Places:* {escape(', '.join(e.places))}.")
    if e.glossary:
        links = ", ".join(f"[{escape(terms[g].term)}](glossary.md#{g})" for g in e.glossary)
        facts.append(f"*Glossary:* {links}.")
    if facts:
        out += [" ".join(facts), ""]
    if e.date_note:
        out += [f"*Date:* {escape(e.date_note)}", ""]
    if e.note:
        out += [f"*Edition note (outside knowledge, not from the articles):* {escape(e.note)}", ""]
    # The list of mentions is a reference list: it stays out of the search index.
    out += ['<div class="ed-mentions" data-search-exclude="true" markdown="block">', "",
            f"*Mentioned in {plural(len(e.mentions), 'place')}:*", ""]
    for m in e.mentions:
        how = "date stated" if m.established == "stated" else f"date inferred: {escape(m.basis)}"
        out.append(f"- {_where(m, articles)}: “{escape(m.says)}” ({how})")
    return [*out, "", "</div>", "", "</li>", ""]


def render_timeline(timeline: Timeline, ordered: list[Article], glossary: Glossary, intro: str,
                    sources: list[str]) -> str:
    articles = {a.slug: a for a in ordered}
    out = [front_matter("Timeline", "Every dated event the articles name, in order, with the words each "
                        "article uses."),
           header_comment(sources), "", "# Timeline { #title }", "", intro.strip(), "",
           "The timeline is also available as data: [timeline.json](data/timeline.json) and "
           "[timeline.csv](data/timeline.csv) (dates with their precision, mentions, sources).", "",
           '<div class="ed-timeline-filters" data-articles="'
           + html.escape(" ".join(f"{a.slug}={cite_label(a)}" for a in ordered))
           + f'" data-kinds="{" ".join(KINDS)}"></div>', ""]
    for (anchor, heading), group in groupby(timeline.ordered(), key=period):
        out += [f"## {escape(heading)} {{ #{anchor} }}", "", '<ol class="ed-timeline" markdown="block">', ""]
        for e in group:
            out += _event(e, articles, glossary)
        out += ["</ol>", ""]
    return "\n".join(out) + "\n"


def events_section(events: list[Event]) -> list[str]:
    """The list of timeline events an article mentions, for the end of its page."""
    if not events:
        return []
    out = ["## Events in this article { #events .ed-apparatus-heading }", "",
           "*Events on the [timeline](../timeline.md) that this text mentions.*", ""]
    out += [f"- {escape(e.display)}: [{escape(e.title)}](../timeline.md#{e.id})" for e in events]
    return [*out, ""]


def timeline_data(timeline: Timeline, ordered: list[Article]) -> tuple[str, str]:
    records = [{
        "id": e.id, "title": e.title, "date": e.date.value, "precision": e.date.precision,
        "part": e.date.part or None, "end": e.date.end or None, "display": e.display, "kind": e.kind,
        "summary": e.summary, "people": list(e.people), "places": list(e.places), "glossary": list(e.glossary),
        "date_note": e.date_note or None, "editor_note": e.note or None, "url": f"timeline/#{e.id}",
        "mentions": [{"article": m.slug, "at": m.block, "says": m.says, "established": m.established,
                      "basis": m.basis or None} for m in e.mentions],
    } for e in timeline.ordered()]
    document = {"articles": [a.slug for a in ordered], "events": records}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "date", "precision", "display", "kind", "title", "summary", "articles", "mentions"])
    for e in timeline.ordered():
        writer.writerow([e.id, e.date.value, e.date.precision, e.display, e.kind, e.title, e.summary,
                         " ".join(e.articles), " | ".join(f"{m.slug}#{m.block}: {m.says}" for m in e.mentions)])
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n", buffer.getvalue()
