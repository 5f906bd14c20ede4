"""What an article page says about the article's place in the collection: a factual
profile at the top, a note on a republished text, and "Also in" under paragraphs."""

from __future__ import annotations

from collections import Counter

from ..apparatus.passages import Shared, share
from ..apparatus.related import Related
from ..apparatus.terms import Occurrence
from ..inputs.glossary import Glossary
from ..inputs.timeline import Event
from ..model import Article, Kind
from ..naming import cite_label, cited_place, place_label
from ..text.rules import RE_FOOTNOTE_MARK
from .common import plural, ranges
from .compare import pair_slug
from .escape import escape


def at_a_glance(a: Article, events: list[Event], occurrences: tuple[Occurrence, ...], glossary: Glossary,
                partners: dict[str, int], articles: dict[str, Article]) -> list[str]:
    terms = glossary.by_id()
    used = Counter(o.entry for o in occurrences if o.slug == a.slug)
    top = ", ".join(f"[{escape(terms[e].term)}](../glossary.md#{e}) ({n})" for e, n in used.most_common(5))
    lines = [f"{plural(a.word_count, 'word')} in {plural(len(a.paragraphs), 'numbered paragraph')}, about "
             f"{plural(a.reading_minutes, 'minute')} of reading."]
    if events:  # listed, with their links, under "Events in this article" just below
        lines.append(f"Events on the timeline: [{len(events)}](#events).")
    if top:
        lines.append(f"Concepts it uses most: {top}.")
    if partners:
        lines.append("Shares passages with: " + ", ".join(
            f"[{escape(cite_label(articles[s]))}](../compare/{pair_slug(*sorted((a.slug, s)))}.md) "
            f"({plural(n, 'paragraph')})" for s, n in sorted(partners.items())) + ".")
    else:
        lines.append("Shares no passage with another article of the collection.")
    body = " ".join(lines)
    return ['<div class="ed-glance" data-search-exclude="true" markdown>', "",
            f"**At a glance** (computed by the edition): {body}", "", "</div>", ""]


def _ranges(numbers: list[int]) -> str:
    """[2, 6, 7, 8] -> "¶2, ¶6–8"."""
    return ", ".join(place_label(Kind.PARA, r) for r in ranges(numbers))


def republication_note(a: Article, shared: list[Shared], source: Article) -> list[str]:
    """In our voice: what a later text reproduces from an earlier one, and what it leaves out."""
    mine = {s.b.block if s.b.slug == a.slug else s.a.block for s in shared}
    theirs = {s.a.block if s.a.slug == source.slug else s.b.block for s in shared}
    kept = sorted(int(p.label) for p in source.paragraphs if p.id in theirs)
    left_out = [int(p.label) for p in source.paragraphs if p.id not in theirs]
    headings = source.blocks_of(Kind.HEADING)
    notes = source.blocks_of(Kind.FOOTNOTE, Kind.BACK)
    words_kept, total = share(source, shared, "a" if shared[0].a.slug == source.slug else "b")
    parts = [f"**Edition note.** This text reproduces, nearly word for word, {_ranges(kept)} of "
             f"[{escape(cite_label(source))}](../articles/{source.slug}.md): {len(mine)} of its own "
             f"{plural(len(a.paragraphs), 'paragraph')} {'comes' if len(mine) == 1 else 'come'} from there, "
             f"about {round(100 * words_kept / max(total, 1))}% of "
             "the earlier text."]
    leaves = []
    if left_out:
        leaves.append(_ranges(left_out))
    if headings:
        leaves.append("its heading" if len(headings) == 1 else f"all {len(headings)} headings")
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


def preview(article: Article, ident: str, limit: int = 80) -> str:
    """What a link to a place shows in place (assets/tooltips.js, after the link's own text,
    its citation label): the place's opening words, cut at a word, as the source prints them.
    Short, because every preview is part of the page a reader downloads."""
    block = next(b for b in article.blocks if b.id == ident)
    text = " ".join(RE_FOOTNOTE_MARK.sub("", block.text).split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return text


def preview_title(article: Article, ident: str) -> str:
    """The preview as a Markdown link title (' "…"'), for a link to a block of the text; none
    for a link to the article's metadata ("title") or to a note, whose link text says it all."""
    if article.block(ident) is None:
        return ""
    return f' "{escape(preview(article, ident), strip=False)}"'


def also_in(related: tuple[Related, ...], articles: dict[str, Article]) -> tuple[str, ...]:
    """The "Also in" line under a paragraph; each link previews its paragraph."""
    items = ", ".join(f"[{escape(cited_place(articles[r.slug], r.block))}](../articles/{r.slug}.md#{r.block} "
                      f'"{escape(preview(articles[r.slug], r.block), strip=False)}") ({r.why})' for r in related)
    return (f"Also in: {items}", '{: .ed-also .ed-apparatus data-search-exclude="true" }', "")
