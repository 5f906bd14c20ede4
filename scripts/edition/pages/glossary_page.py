"""The glossary page and the glossary as data (JSON and CSV) for researchers."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter, defaultdict

from ..apparatus.terms import Occurrence
from ..inputs.glossary import KINDS, Entry, Glossary
from ..model import Article
from ..naming import cite_label, cited_place, place_in
from .common import abbreviation_lines, front_matter, header_comment, plural
from .escape import escape
from .glance import preview_title

KWIC_CONTEXT = 60  # characters of context on each side of a keyword-in-context line
COLLAPSE_AFTER = 5  # reference lists longer than this are collapsed
GLOSSARY_BOOST = 3.0  # tuned with the query table (tests/search_queries.csv)


def _kwic(text: str, start: int, end: int) -> str:
    left = text[max(0, start - KWIC_CONTEXT):start]
    right = text[end:end + KWIC_CONTEXT]
    if start > KWIC_CONTEXT:
        left = "…" + left.split(" ", 1)[-1]
    if end + KWIC_CONTEXT < len(text):
        right = right.rsplit(" ", 1)[0] + "…"
    return f"{escape(left, strip=False)}**{escape(text[start:end], strip=False)}**{escape(right, strip=False)}"


def _link(article: Article, block: str, previewed: bool = False) -> str:
    """A link to a place in an article; ``previewed``, it shows the place's opening in place
    (assets/tooltips.js). The "Referenced in" lists have no previews: each link there stands
    beside its words in context already, and hundreds of previews would weigh on the page."""
    if not previewed:
        return f"[{escape(place_in(article, block))}](articles/{article.slug}.md#{block})"
    # Named in full for a screen reader and for the preview's label ("Chen Xulong, 2017, ¶2"):
    # the link shows only "¶2" after the author's name.
    name = cited_place(article, block)
    link = f"[{escape(place_in(article, block))}](articles/{article.slug}.md#{block}{preview_title(article, block)})"
    if re.search(r'["{}&<>\\]', name):  # what attr_list cannot carry in a value: the link's text names it
        return link
    return f'{link}{{: aria-label="{name}" }}'


def _entry(e: Entry, occ: list[Occurrence], articles: dict[str, Article], ordered: list[Article],
           titles: dict[str, str]) -> list[str]:
    out = [f"### {escape(e.title)} {{ #{e.id} }}", "", f"**In short:** {escape(e.short)}", ""]
    grouped: dict[str, list[str]] = defaultdict(list)
    for c in e.cites:
        grouped[c.slug].append(_link(articles[c.slug], c.block, previewed=True))
    cites = "; ".join(f"{escape(cite_label(articles[slug]))}, {', '.join(links)}" for slug, links in grouped.items())
    # Citations stay out of the search index: an author's name should find the author's text.
    out += [f'{escape(e.definition)} <span class="ed-cites" data-search-exclude="true">({cites})</span>', ""]
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for o in occ:
        forms[o.form][o.slug] += 1
    rendered = []
    for form in e.forms:
        if form in forms:
            where = ", ".join(f"{escape(cite_label(a))}: {forms[form][a.slug]}" for a in ordered
                              if forms[form][a.slug])
            rendered.append(f'“{escape(form)}” <span data-search-exclude="true">({where})</span>')
    out += [f"*Forms in the articles:* {'; '.join(rendered)}.", ""]
    if e.note:
        out += [f"*Edition note (outside knowledge, not from the articles):* {escape(e.note)}", ""]
    if e.see:
        out += ["*See also:* " + ", ".join(f"[{escape(titles[s])}](#{s})" for s in e.see),
                '{: .ed-see data-search-exclude="true" }', ""]
    if e.search:
        out += [f"*Also searched as:* {escape(', '.join(e.search))}", ""]
    per_article = Counter(o.slug for o in occ)
    # raw HTML (the summary line) is not Markdown: escape it as HTML
    summary = "; ".join(f"{html.escape(cite_label(a))} ({per_article[a.slug]})" for a in ordered
                        if per_article[a.slug])
    lines = []
    for a in ordered:
        mine = [o for o in occ if o.slug == a.slug]
        if not mine:
            continue
        lines.append(f"- **{escape(cite_label(a))}**, {len(mine)}:")
        texts = {b.id: b.text for b in a.blocks}
        lines += [f"    - {_link(a, o.block)} {_kwic(texts[o.block], o.start, o.end)}" for o in mine]
    heading = f"Referenced in {plural(len(occ), 'place')}: {summary}"
    if len(occ) > COLLAPSE_AFTER:
        out += [f'<details class="ed-refs" data-search-exclude="true" markdown><summary>{heading}</summary>', "",
                *lines, "", "</details>", ""]
    else:
        out += ['<div class="ed-refs" data-search-exclude="true" markdown>', "", escape(heading), "", *lines, "",
                "</div>", ""]
    return out


def render_glossary(glossary: Glossary, occurrences: tuple[Occurrence, ...], ordered: list[Article],
                    intro: str, sources: list[str]) -> str:
    articles = {a.slug: a for a in ordered}
    titles = {e.id: e.title for e in glossary.entries}
    by_entry: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occurrences:
        by_entry[o.entry].append(o)
    # The glossary is boosted in search so that an entry ranks first for its own term.
    out = [front_matter("Glossary", "Key terms, acronyms and names in the articles, defined from what "
                        "the articles say, with every place each is used.", search_boost=GLOSSARY_BOOST),
           header_comment(sources), "", "# Glossary { #title }", "", intro.strip(), "",
           "The glossary is also available as data: [glossary.json](data/glossary.json) and "
           "[glossary.csv](data/glossary.csv) (terms, forms, definitions, citations and counts).", ""]
    for kind, heading in KINDS.items():
        entries = sorted((e for e in glossary.entries if e.kind == kind), key=lambda e: e.term.casefold())
        if not entries:
            continue
        out += [f"## {heading} {{ #{kind} }}", ""]
        for e in entries:
            out += _entry(e, by_entry[e.id], articles, ordered, titles)
    out += abbreviation_lines([e.title for e in glossary.entries] + [o.text for o in occurrences],
                              glossary.expansions())
    return "\n".join(out) + "\n"


def glossary_data(glossary: Glossary, occurrences: tuple[Occurrence, ...],
                  ordered: list[Article]) -> tuple[str, str]:
    """(JSON, CSV) of the glossary, in the page's order, with occurrence counts."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for o in occurrences:
        counts[o.entry][o.slug] += 1
        forms[o.entry][o.form].add(o.slug)
    order = list(KINDS)
    entries = sorted(glossary.entries, key=lambda e: (order.index(e.kind), e.term.casefold()))
    used = {e.id: [f for f in e.forms if f in forms[e.id]] for e in entries}
    records = [{
        "id": e.id, "term": e.term, "acronym": e.acronym or None, "kind": e.kind,
        "forms": [{"form": f, "articles": sorted(forms[e.id][f])} for f in used[e.id]],
        "search_terms": list(e.search), "short": e.short, "definition": e.definition,
        "cites": [f"{c.slug}#{c.block}" for c in e.cites], "editor_note": e.note or None,
        "see_also": list(e.see), "url": f"glossary/#{e.id}",
        "counts": {a.slug: counts[e.id][a.slug] for a in ordered}, "total": sum(counts[e.id].values()),
    } for e in entries]
    document = {"articles": [a.slug for a in ordered], "entries": records}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "term", "acronym", "kind", "forms", "short", "definition", "cites", "total",
                     *[f"count:{a.slug}" for a in ordered]])
    for e in entries:
        writer.writerow([e.id, e.term, e.acronym, e.kind, " | ".join(used[e.id]), e.short, e.definition,
                         " ".join(f"{c.slug}#{c.block}" for c in e.cites), sum(counts[e.id].values()),
                         *[counts[e.id][a.slug] for a in ordered]])
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n", buffer.getvalue()
