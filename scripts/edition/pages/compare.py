"""Reading across the articles: a comparison page for each pair that shares text,
and the term-by-article map."""

from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict

from ..apparatus.passages import Shared, share, words
from ..apparatus.terms import Occurrence
from ..inputs.glossary import Glossary
from ..model import Article
from ..naming import cite_label, cited_place, title_of
from .common import front_matter, header_comment, plural
from .escape import escape


def pair_slug(a: str, b: str) -> str:
    return f"{a}--{b}"


def _diff(left: str, right: str) -> tuple[str, str]:
    """Markdown for the two texts, with the words that differ marked (<del>, <ins>)."""
    lt, rt = left.split(), right.split()
    keys_l = [" ".join(words(t)) for t in lt]
    keys_r = [" ".join(words(t)) for t in rt]
    out_l, out_r = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_l, keys_r, autojunk=False).get_opcodes():
        a, b = escape(" ".join(lt[i1:i2])), escape(" ".join(rt[j1:j2]))
        if op == "equal":
            out_l.append(a)
            out_r.append(b)
            continue
        if a:
            out_l.append(f"<del>{a}</del>")
        if b:
            out_r.append(f"<ins>{b}</ins>")
    return " ".join(out_l), " ".join(out_r)


def render_pair(a: Article, b: Article, shared: list[Shared], sources: list[str]) -> str:
    texts = {(x.slug, blk.id): blk.text for x in (a, b) for blk in x.blocks}
    sa, ta = share(a, shared, "a")
    sb, tb = share(b, shared, "b")
    title = f"{cite_label(a)} and {cite_label(b)}: shared passages"
    # Left out of search: the passages are the articles' own words, found on the article pages.
    out = [front_matter(title, f"The passages that “{title_of(a)}” and “{title_of(b)}” share, side by side.",
                        search_exclude=True),
           header_comment(sources), "", f"# {escape(title)} {{ #title }}", "",
           f"[{escape(title_of(a))}](../articles/{a.slug}.md) ({escape(cite_label(a))}) and "
           f"[{escape(title_of(b))}](../articles/{b.slug}.md) ({escape(cite_label(b))}) share "
           f"{plural(len(shared), 'passage')}: about {round(100 * sa / max(ta, 1))}% of the "
           f"words of the first ({sa:,} of {ta:,}) and {round(100 * sb / max(tb, 1))}% of the second ({sb:,} of "
           f"{tb:,}). Words that differ are marked: struck through on the left, underlined on the right. "
           "Differences of case and punctuation are not marked.", ""]
    for n, s in enumerate(shared, 1):
        left, right = _diff(texts[(a.slug, s.a.block)], texts[(b.slug, s.b.block)])
        out += [f"## Passage {n} {{ #passage-{n} }}", "",
                '<div class="ed-compare" markdown="block">', "",
                '<div class="ed-compare-side" markdown="block">', "",
                f"[{escape(cited_place(a, s.a.block))}](../articles/{a.slug}.md#{s.a.block})", "",
                left, "", "</div>", "",
                '<div class="ed-compare-side" markdown="block">', "",
                f"[{escape(cited_place(b, s.b.block))}](../articles/{b.slug}.md#{s.b.block})", "",
                right, "", "</div>", "", "</div>", "",
                f"*{s.common} words in common; the longest identical run is {s.longest} words.*", ""]
    return "\n".join(out) + "\n"


def term_map(glossary: Glossary, occurrences: tuple[Occurrence, ...], ordered: list[Article]) -> list[str]:
    """An accessible table: concepts against articles, each cell a count linking to the uses."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for o in occurrences:
        counts[o.entry][o.slug] += 1
    peak = max((c for row in counts.values() for c in row.values()), default=1)

    def leader(entry_id: str) -> tuple[int, int, str]:
        # Group each row under the article that uses the term most (relative to its
        # length), then by how often: so each text's emphasis shows as a block.
        row = counts[entry_id]
        best = max(range(len(ordered)), key=lambda i: (row[ordered[i].slug] / max(len(ordered[i].paragraphs), 1), -i))
        return (best, -sum(row.values()), entry_id)

    entries = sorted(glossary.entries, key=lambda e: leader(e.id))
    # A Markdown table, so that MkDocs rewrites its links for the online and the offline site.
    head = " | ".join(f"[{escape(cite_label(a))}](../articles/{a.slug}.md)" for a in ordered)
    lines = [f"| Concept | {head} | All |", "| --- | " + " | ".join("---:" for _ in ordered) + " | ---: |"]
    for e in entries:
        cells = []
        for a in ordered:
            n = counts[e.id][a.slug]
            # shaded by a square root, so that rare uses still show; at most 0.7, where
            # the text still has a 5:1 contrast in light and dark colours (WCAG AA)
            alpha = round(0.12 + 0.58 * math.sqrt(n / peak), 2) if n else 0
            title = f"{plural(n, 'use')} of {e.term} in {cite_label(a)}".replace('"', "'")
            cells.append(f'<span class="ed-shade" style="--ed-shade: {alpha}">[{n}](../glossary.md#{e.id} "{title}")'
                         "</span>" if n else "·")
        total = sum(counts[e.id].values())
        lines.append(f"| [{escape(e.term)}](../glossary.md#{e.id}) | {' | '.join(cells)} | {total} |")
    # Out of the search index: flattened into one teaser, the table's words are noise
    # for every concept's query; the glossary entries are what a search should find.
    return ['<div class="ed-map" data-search-exclude="true" markdown>', "",
            "*How often each article uses each glossary concept, counting every form (term, acronym and other "
            "renderings). Darker cells mean more uses; each count links to the glossary entry, whose "
            "“Referenced in” list gives every place.*", "", *lines, "", "</div>", ""]


def render_index(glossary: Glossary, occurrences: tuple[Occurrence, ...],
                 grouped: dict[tuple[str, str], list[Shared]], ordered: list[Article], sources: list[str]) -> str:
    by_slug = {a.slug: a for a in ordered}
    out = [front_matter("Reading across the articles", "Which articles share passages, and how often each "
                        "article uses each concept."), header_comment(sources), "",
           "# Reading across the articles { #title }", "",
           "The edition compares the articles with each other: passages that two of them share, word for word or "
           "nearly, and how often each uses the concepts of the glossary. Everything here is computed by the "
           "build from the texts.", "", "## Shared passages { #shared-passages }", ""]
    if not grouped:
        out += ["No two articles share a passage.", ""]
    for (sa, sb), shared in sorted(grouped.items()):
        a, b = by_slug[sa], by_slug[sb]
        wa, ta = share(a, shared, "a")
        wb, tb = share(b, shared, "b")
        out.append(f"- [{escape(cite_label(a))} and {escape(cite_label(b))}]({pair_slug(sa, sb)}.md): "
                   f"{plural(len(shared), 'passage')}, {round(100 * wa / max(ta, 1))}% of the first and "
                   f"{round(100 * wb / max(tb, 1))}% of the second.")
    out += ["", "## Concepts by article { #term-map }", "",
            "Read down a column to see what a text speaks of; read across a row to see which texts use a concept. "
            "Rows are grouped by the article that uses the concept most for its length.", ""]
    out += term_map(glossary, occurrences, ordered)
    return "\n".join(out) + "\n"
