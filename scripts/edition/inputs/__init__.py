"""Stage 1, read: every input, validated on load, before any work is done.

The raw articles (bytes in, lines out) and the editorial YAML that people edit by
hand: article metadata and line decisions, the glossary, the timeline, aliases for
retired ids, and the hand-written prose of the collection pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError
from ..model import RawArticle
from .aliases import load_aliases
from .editorial import ArticleEntry, load_articles_yaml
from .glossary import Glossary, load_glossary
from .rawfiles import read_articles
from .timeline import Timeline, load_timeline

ARTICLES_DIR = "sources/articles"
ARTICLES_YAML = "sources/articles.yml"
GLOSSARY_YAML = "sources/glossary.yml"
TIMELINE_YAML = "sources/timeline.yml"
ALIASES_YAML = "sources/aliases.yml"
PAGES_DIR = "sources/pages"
PROSE_PAGES = ("home", "about", "glossary", "timeline")  # sources/pages/NAME.md
CACHE_DIR = ".cache/edition"


@dataclass(frozen=True)
class Inputs:
    raws: tuple[RawArticle, ...]
    entries: dict[str, ArticleEntry]  # slug -> the article's editorial data
    glossary: Glossary
    timeline: Timeline  # the curated events; publications are added by annotation
    aliases: dict[str, dict[str, str]]  # page -> {retired id: id it now points to}
    prose: dict[str, str]  # name -> hand-written Markdown of a collection page
    cache: Path  # where slow, repeatable results are kept between builds (never read as input)


def read_inputs(root: Path) -> Inputs:
    raws = read_articles(root / ARTICLES_DIR, root)
    entries = load_articles_yaml(root / ARTICLES_YAML, ARTICLES_YAML)
    slugs = {r.slug for r in raws}
    for slug, entry in entries.items():
        if slug not in slugs:
            raise BuildError(ARTICLES_YAML, str(entry.yaml_line),
                             f"metadata for {slug!r}, but there is no {ARTICLES_DIR}/{slug}.txt",
                             "correct the name, or remove the entry")
    prose = {}
    for name in PROSE_PAGES:
        path = root / PAGES_DIR / f"{name}.md"
        if not path.exists():
            raise BuildError(f"{PAGES_DIR}/{name}.md", "", "the page's hand-written prose is missing",
                             "restore the file from version control")
        prose[name] = path.read_text(encoding="utf-8")
    return Inputs(raws, entries, load_glossary(root / GLOSSARY_YAML, GLOSSARY_YAML),
                  load_timeline(root / TIMELINE_YAML, TIMELINE_YAML), load_aliases(root / ALIASES_YAML, ALIASES_YAML),
                  prose, root / CACHE_DIR)
