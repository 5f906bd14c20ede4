"""The collection pages: the home page and "About this edition".

Their prose is hand-written in ``sources/pages/``; the build adds the tables
that depend on the articles, so that a sixth article appears everywhere.
"""

from __future__ import annotations

from ..dates import parse as parse_date
from ..model import Article, Role
from ..naming import date_of, title_of
from .common import front_matter, header_comment, plural
from .escape import escape

NOT_STATED = "*not stated*"


def _value(article: Article, name: str) -> str:
    v = article.meta.get(name)
    return escape(v.value) if v else NOT_STATED


def sort_key(article: Article) -> tuple[str, str]:
    """Chronological, undated texts last, ties by slug: never by file order."""
    d = article.meta.get("date")
    return (d.value if d else "9999", article.slug)


def render_home(articles: list[Article], intro: str, sources: list[str], jsonld: str = "") -> str:
    years = sorted(d.value[:4] for a in articles if (d := a.meta.get("date")))
    span = f" ({years[0]}–{years[-1]})" if years and years[0] != years[-1] else f" ({years[0]})" if years else ""
    # No count of the articles here: the description must stay true when one is added.
    out = [front_matter("Win-win cooperation: a reader’s edition",
                        f"English articles{span} on the Chinese foreign-policy idea of "
                        "win-win cooperation, in a reader’s edition with numbered paragraphs.", search_boost=0.5,
                        jsonld=jsonld),
           header_comment(sources), "", intro.strip(), "",
           "## The articles { #the-articles }", "",
           "| Title | Author and affiliation | Outlet | Date | Length |",
           "| --- | --- | --- | --- | --- |"]
    for a in sorted(articles, key=sort_key):
        author = _value(a, "author")
        if "affiliation" in a.meta:
            author += f" ({escape(a.meta['affiliation'].value)})"
        out.append(f"| [{escape(title_of(a))}](articles/{a.slug}.md) | {author} | {_value(a, 'outlet')} "
                   f"| {escape(date_of(a))} | {plural(a.word_count, 'word')}, about {a.reading_minutes} min |")
    return "\n".join(out) + "\n"


def _known(article: Article) -> tuple[list[str], list[str]]:
    known, unknown = [], []
    for name, label in (("title", "title"), ("author", "author"), ("affiliation", "affiliation"),
                        ("outlet", "outlet"), ("date", "date")):
        v = article.meta.get(name)
        if v is None:
            unknown.append(label)
        elif name == "date":
            known.append(f"{label} {parse_date(v.value).display()}" + (" (inferred)" if v.how == "inferred" else ""))
        else:
            known.append(f"{label}" + (" (inferred)" if v.how == "inferred" else ""))
    return known, unknown


def render_about(articles: list[Article], prose: str, sources: list[str]) -> str:
    out = [front_matter("About this edition",
                        "Editorial principles of the reader’s edition, and what is known and "
                        "not known about each source.", search_boost=0.5),
           header_comment(sources), "", prose.strip(), "",
           "## The sources { #the-sources }", "",
           "| Article | Raw file | Known | Not stated | Edits | Furniture lines removed |",
           "| --- | --- | --- | --- | --- | --- |"]
    for a in sorted(articles, key=sort_key):
        known, unknown = _known(a)
        furniture = len(a.lines_with(Role.FURNITURE))
        out.append(f"| [{escape(title_of(a))}](articles/{a.slug}.md) | `{a.raw.path}`, "
                   f"{plural(len(a.raw.lines), 'line')} | {escape(', '.join(known)) or 'nothing'} | "
                   f"{escape(', '.join(unknown)) or 'nothing'} | {len(a.edits)} | {furniture} |")
    return "\n".join(out) + "\n"
