"""The provenance of an article on its page: the metadata with how each value was
established, the header as printed, and the editorial notes (every change to the
raw text, every line removed)."""

from __future__ import annotations

import html

from ..dates import parse as parse_date
from ..inputs.editorial import FIELDS
from ..model import Article, LineClass, MetaValue, Role
from ..naming import cite_label, date_of
from .citations import Styled, plain
from .common import plural, ranges
from .escape import escape


def citation_attributes(article: Article, styled: tuple[Styled, ...]) -> str:
    """What the Cite control (assets/cite.js) needs: for each style, its name, the
    reference and the in-text citation with "{n}" for the paragraph number, as text."""
    fields = {"cite": cite_label(article)}
    for i, s in enumerate(styled, 1):
        fields |= {f"style-{i}": s.name, f"ref-{i}": plain(s.reference), f"in-text-{i}": plain(s.in_text)}
    return " ".join(f'data-{k}="{html.escape(v)}"' for k, v in fields.items())


def _how(v: MetaValue) -> str:
    parts = []
    if v.how == "stated":
        parts.append(f"stated, line {v.line}" + (f": “{escape(v.quote)}”" if v.quote else ""))
    else:
        parts.append("inferred" + (f" from line {v.line}" if v.line else "") + f": {escape(v.basis)}")
    if v.note:
        parts.append(f"*Edition note:* {escape(v.note)}")
    return "; ".join(parts)


def _byline_value(article: Article, name: str, missing: str) -> str:
    """A value for the byline: as stated, marked if inferred, "not stated" (named) if absent."""
    v = article.meta.get(name)
    if v is None:
        return f'<span class="ed-unstated">{missing} not stated</span>'
    if name == "date":
        return escape(date_of(article).removesuffix(" (inferred)")) + (
            ' <span class="ed-inferred">(inferred)</span>' if v.how == "inferred" else "")
    return escape(v.value) + (' <span class="ed-inferred">(inferred)</span>' if v.how != "stated" else "")


def byline(article: Article) -> list[str]:
    """The compact line under the title: author and affiliation, outlet, date, reading time,
    each as the provenance table below gives it; and the print control."""
    author = _byline_value(article, "author", "author")
    if "affiliation" in article.meta:
        author += f", {_byline_value(article, 'affiliation', '')}"
    parts = [author, _byline_value(article, "outlet", "outlet"), _byline_value(article, "date", "date"),
             f"about {article.reading_minutes} min"]
    return [" · ".join(parts) + ' <button type="button" class="ed-print">Print / save as PDF</button>',
            '{: .ed-byline data-search-exclude="true" }', ""]


def meta_table(article: Article) -> list[str]:
    out = ["| Field | Value | How established |", "| --- | --- | --- |"]
    for name, label in FIELDS.items():
        v = article.meta.get(name)
        if v is None:
            supplied = article.meta.get("supplied_title") if name == "title" else None
            why = "the source does not give it" + (
                "; the bracketed title above is supplied by the editors" if supplied else "")
            out.append(f"| {label} | *not stated* | {why} |")
            continue
        value = parse_date(v.value).display() + f" (`{v.value}`)" if name == "date" else escape(v.value)
        out.append(f"| {label} | {value} | {_how(v)} |")
    out.append(f"| Length | {plural(article.word_count, 'word')} in {plural(len(article.paragraphs), 'paragraph')}, "
               f"about {article.reading_minutes} min | counted by the build from the body text |")
    return out


def printed_header(article: Article) -> list[str]:
    lines = article.lines_with(Role.META)
    if not lines:
        return []
    out = ["", '<div class="ed-printed" markdown>', "",
           "**The page header as printed** (each line of the source that gave the metadata above, and "
           "each header line no rule could classify):", ""]
    for c in lines:
        out.append(f"- <span class=\"ed-apparatus\">line {c.number}:</span> {escape(c.text)}")
    return [*out, "", "</div>"]


def furniture_summary(furniture: tuple[LineClass, ...]) -> list[str]:
    """The removed lines for the print edition: their numbers and why each went, without
    the lines themselves, which the web page lists verbatim. On paper a reader checks the
    text against the source, not the site's menus; a list of them would outrun a short
    article (issue 16: the print within 1.3 times the bare text)."""
    reasons: dict[str, list[int]] = {}
    for c in furniture:
        reasons.setdefault(c.reason, []).append(c.number)
    groups = "; ".join(f"{'line' if len(lines) == 1 else 'lines'} "
                       + ", ".join(ranges(lines))
                       + f": {escape(reason)}" for reason, lines in reasons.items())
    # The page's address is filled in as it prints (assets/page.js): only the reader's browser
    # knows where this copy of the edition lives.
    return [f"**Page furniture removed from the reading text** ({plural(len(furniture), 'line')}, "
            f'listed verbatim under this heading on the article\'s web page<span class="ed-here"></span>): '
            f"{groups}.", "{: .ed-print-only }"]


def editorial_notes(article: Article) -> list[str]:
    out = ['<details class="ed-notes" id="editorial-notes" data-search-exclude="true" markdown>',
           "<summary>Editorial notes: every change to the raw text, and what was removed</summary>", "",
           f"The raw text is `{article.raw.path}` ({len(article.raw.lines)} lines, "
           f"SHA-256 `{article.raw.sha256[:16]}…`), kept byte for byte as it was scraped. "
           "The edition changes it only to repair scraping artifacts, each listed here; "
           "page furniture is removed from the reading text and listed below.", ""]
    if article.edits:
        out += ["**Changes to the raw text**", "",
                "| Line | Rule | Before | After | Why |", "| --- | --- | --- | --- | --- |"]
        out += [f"| {e.line} | `{e.rule}` | {escape(e.before)} | {escape(e.after)} | {escape(e.reason)} |"
                for e in article.edits]
    else:
        out.append("**Changes to the raw text:** none.")
    out.append("")
    furniture = article.lines_with(Role.FURNITURE)
    if furniture:
        # In a region of its own, so that the accounting of the built page can tell the
        # list of removed lines from the edits table (whose "before" column quotes text).
        out += ['<div class="ed-removed" markdown>', "", "**Page furniture removed from the reading text** "
                "(verbatim)", "", "| Line | As printed | Why removed |", "| --- | --- | --- |"]
        out += [f"| {c.number} | {escape(c.text)} | {escape(c.reason)} (`{c.rule}`) |" for c in furniture]
        out += ["", "</div>", "", *furniture_summary(furniture)]
    else:
        out.append("**Page furniture removed:** none.")
    decided = [c for c in article.classes if c.rule == "editorial data"]
    if decided:
        out += ["", "**Decisions from the editorial data** (`sources/articles.yml`), for lines "
                "no general rule can classify:", ""]
        out += [f"- line {c.number}: {c.role.value}" + (f" ({escape(c.field)})" if c.field else "")
                + f" — {escape(c.reason)}" for c in decided]
    return [*out, "", "</details>", ""]
