"""The build: read -> clean -> structure -> render -> verify -> write.

Run order, and why:
1. read every input first, so that a bad file fails the build before any work;
2. the dehyphenation vocabulary needs all the raw texts, so it is made once here;
3. each article is cleaned and structured on its own (no stage before
   annotation looks across articles);
4. the accounting runs on every article before anything is written;
5. annotation (glossary, timeline) needs all the articles, so it comes after them;
6. aliases for retired ids are applied to the finished pages;
7. pages are written last, all together (``writers.write_docs``, called by ``cli``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import (
    annotate,
    clean,
    compare_pages,
    glossary_page,
    mentions,
    metadata,
    pages,
    passages,
    profile,
    render,
    repair,
    structure,
    terms,
    timeline_page,
    verify,
)
from .anchors import apply_aliases, load_aliases
from .editorial import ArticleEntry, load_articles_yaml
from .errors import BuildError
from .glossary import load_glossary
from .model import Article, MetaValue, RawArticle, Role
from .readers import read_articles
from .timeline import load_timeline, with_publications

ARTICLES_DIR = "sources/articles"
ARTICLES_YAML = "sources/articles.yml"
GLOSSARY_YAML = "sources/glossary.yml"
TIMELINE_YAML = "sources/timeline.yml"
ALIASES_YAML = "sources/aliases.yml"
PAGES_DIR = "sources/pages"


@dataclass(frozen=True)
class Edition:
    articles: tuple[Article, ...]
    pages: dict[str, str]
    warnings: tuple[str, ...]
    candidates: tuple[tuple[str, int], ...] = ()  # recurring names the glossary does not cover


def make_article(raw: RawArticle, entry: ArticleEntry | None, vocab: frozenset[str]) -> Article:
    classes, class_warnings = clean.classify(raw, entry, ARTICLES_YAML)
    meta = metadata.assemble(raw, classes, entry, ARTICLES_YAML)
    if entry and entry.supplied_title:
        meta["supplied_title"] = MetaValue(entry.supplied_title, "supplied")
    blocks, edits, block_warnings = structure.build_blocks(classes, vocab)
    warnings = list(class_warnings) + [f"{raw.path}:{w}" for w in block_warnings]
    if entry is None:
        warnings.append(f"{raw.path}: no entry in {ARTICLES_YAML}; metadata comes from the general "
                        "rules only, the rest shows as “not stated”")
    article = Article(raw, meta, classes, blocks, edits, tuple(warnings), has_entry=entry is not None)
    verify.check(article)
    return article


def build_edition(root: Path) -> Edition:
    raws = read_articles(root / ARTICLES_DIR, root)
    entries = load_articles_yaml(root / ARTICLES_YAML, ARTICLES_YAML)
    slugs = {r.slug for r in raws}
    for slug, entry in entries.items():
        if slug not in slugs:
            raise BuildError(ARTICLES_YAML, str(entry.yaml_line),
                             f"metadata for {slug!r}, but there is no {ARTICLES_DIR}/{slug}.txt",
                             "correct the name, or remove the entry")
    glossary = load_glossary(root / GLOSSARY_YAML, GLOSSARY_YAML)
    vocab = repair.vocabulary(line for r in raws for line in r.lines)
    articles = tuple(make_article(r, entries.get(r.slug), vocab) for r in raws)
    # Annotation needs every article: it runs once they are all cleaned and checked.
    occurrences = terms.find_occurrences(articles, glossary)
    terms.check(glossary, occurrences, articles, GLOSSARY_YAML)
    warnings = [w for a in articles for w in a.warnings]
    for acronym, places in sorted(terms.uncovered_acronyms(articles, glossary).items()):
        warnings.append(f"{GLOSSARY_YAML}: acronym {acronym} (in {', '.join(places[:3])}) has no glossary "
                        "entry; add one, or list it under abbreviations or not_terms")
    timeline = load_timeline(root / TIMELINE_YAML, TIMELINE_YAML)
    timeline = with_publications(timeline, articles, timeline_page.titles(articles))
    mentions.check(timeline, articles, glossary, TIMELINE_YAML)
    for slug, block, wording in mentions.uncovered(timeline, articles):
        warnings.append(f"{TIMELINE_YAML}: date expression {wording!r} in {slug}#{block} belongs to no event; "
                        "add a mention to an event, or list it under not_events with a reason")
    spans = annotate.term_spans(articles, occurrences, glossary)
    dated = mentions.event_spans(timeline, articles)
    events = mentions.events_by_article(timeline)
    home = (root / PAGES_DIR / "home.md").read_text(encoding="utf-8")
    about = (root / PAGES_DIR / "about.md").read_text(encoding="utf-8")
    glossary_intro = (root / PAGES_DIR / "glossary.md").read_text(encoding="utf-8")
    listed = sorted(articles, key=pages.sort_key)
    all_sources = [f"{ARTICLES_DIR}/*.txt", ARTICLES_YAML]
    expansions = glossary.expansions()
    out = {
        "index.md": pages.render_home(listed, home, [f"{PAGES_DIR}/home.md", *all_sources]),
        "about.md": pages.render_about(listed, about, [f"{PAGES_DIR}/about.md", *all_sources]),
        "glossary.md": glossary_page.render_glossary(glossary, occurrences, listed, glossary_intro,
                                                     [f"{PAGES_DIR}/glossary.md", GLOSSARY_YAML, *all_sources]),
    }
    out["timeline.md"] = timeline_page.render_timeline(
        timeline, listed, glossary, (root / PAGES_DIR / "timeline.md").read_text(encoding="utf-8"),
        [f"{PAGES_DIR}/timeline.md", TIMELINE_YAML, *all_sources])
    out["data/glossary.json"], out["data/glossary.csv"] = glossary_page.glossary_data(glossary, occurrences, listed)
    out["data/timeline.json"], out["data/timeline.csv"] = timeline_page.timeline_data(timeline, listed)
    comparison = passages.find_shared(articles)
    grouped = compare_pages.pairs(comparison)
    by_slug = {a.slug: a for a in articles}
    for (sa, sb), shared in grouped.items():
        out[f"compare/{compare_pages.pair_slug(sa, sb)}.md"] = compare_pages.render_pair(
            by_slug[sa], by_slug[sb], shared, [by_slug[sa].raw.path, by_slug[sb].raw.path])
    out["compare/index.md"] = compare_pages.render_index(glossary, occurrences, comparison, listed,
                                                         [GLOSSARY_YAML, *all_sources])
    also = profile.also_in(articles, comparison, timeline.events, occurrences)
    for a in articles:
        links = {block: (*spans[a.slug].get(block, ()), *dated.get(a.slug, {}).get(block, ()))
                 for block in {*spans[a.slug], *dated.get(a.slug, {})}}
        partners, top = profile.partners_and_notes(a, grouped, by_slug)
        intro = profile.at_a_glance(a, events.get(a.slug, []), occurrences, glossary, partners, by_slug)
        own_shared = frozenset(s.a.block if s.a.slug == a.slug else s.b.block for s in comparison.pairs
                               if a.slug in (s.a.slug, s.b.slug))
        out[f"articles/{a.slug}.md"] = render.render_article(
            a, [a.raw.path, ARTICLES_YAML, GLOSSARY_YAML, TIMELINE_YAML],
            render.Apparatus(links, expansions, tuple(intro), also.get(a.slug, {}), own_shared,
                             tuple(timeline_page.events_section(events.get(a.slug, []))), tuple(top)))
    for page, mapping in load_aliases(root / ALIASES_YAML, ALIASES_YAML).items():
        if page not in out:
            raise BuildError(ALIASES_YAML, "", f"aliases for {page!r}, which the build does not make",
                             "name a generated page, e.g. articles/chen-2017.md")
        out[page] = apply_aliases(out[page], mapping, page, ALIASES_YAML)
    candidates = terms.candidates(articles, glossary, occurrences)
    return Edition(articles, out, tuple(warnings), tuple(candidates))


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
    for a in edition.articles:
        if not a.has_entry:  # a new article: show what the general rules removed from it
            rows += [f"{a.raw.path}:{c.number}: removed ({c.rule}): {c.text.strip()[:70]}"
                     for c in a.lines_with(Role.FURNITURE)]
    if edition.candidates:
        rows.append("glossary candidates (recurring names no entry covers): " + "; ".join(
            f"{name} ({n})" for name, n in edition.candidates[:12]))
    rows += [f"warning: {w}" for w in edition.warnings]
    return "\n".join(rows)
