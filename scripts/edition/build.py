"""The build: read -> text -> apparatus -> pages. Writing and rendering are the
output stage's (``output.write``, ``output.render``), called by ``cli``.

Each stage is a folder of the package and a function that takes and returns
frozen data; ``build_edition`` runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .apparatus import annotate
from .inputs import read_inputs
from .model import Article, Role
from .output import search_index
from .pages import render_pages
from .text import clean_articles


@dataclass(frozen=True)
class Edition:
    articles: tuple[Article, ...]
    pages: dict[str, str]  # path under docs/ -> text
    warnings: tuple[str, ...]
    candidates: tuple[tuple[str, int], ...] = ()  # recurring names the glossary does not cover


def build_edition(root: Path) -> Edition:
    # Every input is read and validated first, so that a bad file fails before any work.
    inputs = read_inputs(root)
    # Each article is cleaned on its own, and its accounting checked, before anything
    # looks across articles: the apparatus cites paragraph ids that must be final.
    articles = clean_articles(inputs)
    apparatus = annotate(inputs, articles)
    # The pages need everything above; nothing is written here (see cli), so an
    # error anywhere leaves docs/ as it was.
    pages = render_pages(inputs, articles, apparatus)
    # The search index, from the articles and the pages' Markdown: the same for every generator.
    pages[search_index.INDEX_FILE] = search_index.index_script(pages, articles)
    return Edition(articles, pages, apparatus.warnings, apparatus.candidates)


def summary(edition: Edition) -> str:
    rows = ["article                      lines  paras  edits  furniture  warnings"]
    for a in edition.articles:
        rows.append(f"{a.slug:<28} {len(a.raw.lines):>5}  {len(a.paragraphs):>5}  {len(a.edits):>5}  "
                    f"{len(a.lines_with(Role.FURNITURE)):>9}  {len(a.warnings):>8}")
    arts = edition.articles
    label = f"total ({len(arts)} articles)"
    rows.append(f"{label:<28} {sum(len(a.raw.lines) for a in arts):>5}  "
                f"{sum(len(a.paragraphs) for a in arts):>5}  {sum(len(a.edits) for a in arts):>5}  "
                f"{sum(len(a.lines_with(Role.FURNITURE)) for a in arts):>9}  {len(edition.warnings):>8}")
    for a in edition.articles:  # what the general rules removed (the editors' own decisions aside)
        rows += [f"{a.raw.path}:{c.number}: removed ({c.rule}): {c.text.strip()[:70]}"
                 for c in a.lines_with(Role.FURNITURE) if c.rule != "editorial data"]
    if edition.candidates:
        rows.append("glossary candidates (recurring names no entry covers): " + "; ".join(
            f"{name} ({n})" for name, n in edition.candidates[:12]))
    rows += [f"warning: {w}" for w in edition.warnings]
    return "\n".join(rows)
