"""Stage 4, the pages: Markdown for every page of the site, and the data files.

One module per kind of page: the articles (``article``, with ``provenance`` and
``glance``), the collection pages (``collection``), the glossary, the timeline,
the comparison pages, each article as TEI (``tei``, with ``tei_header``, ``tei_text``
and ``tei_xml``); ``common`` and ``escape`` are what they all use. Source text
always goes through ``escape``, so that it renders literally (in the TEI, through
ElementTree's escaping, so that it stays text).
"""

from __future__ import annotations

from ..apparatus import Apparatus, related
from ..errors import BuildError
from ..inputs import ALIASES_YAML, ARTICLES_DIR, ARTICLES_YAML, GLOSSARY_YAML, PAGES_DIR, TIMELINE_YAML, Inputs
from ..model import Article
from . import citations, collection, compare, glance, glossary_page, references, tei, timeline_page
from .aliases import apply_aliases
from .article import Surroundings, render_article


def _article_page(a: Article, inputs: Inputs, app: Apparatus, by_slug: dict[str, Article],
                  styled: tuple[citations.Styled, ...]) -> str:
    partners = related.partners(a, app.shared)
    events = app.events.get(a.slug, [])
    top = [line for source in related.republished_from(a, app.shared, by_slug)
           for line in glance.republication_note(a, app.shared[min(a.slug, source), max(a.slug, source)],
                                                 by_slug[source])]
    shared = frozenset(s.a.block if s.a.slug == a.slug else s.b.block for s in app.comparison.pairs
                       if a.slug in (s.a.slug, s.b.slug))
    around = Surroundings(
        links=app.links[a.slug],
        expansions=inputs.glossary.expansions(),
        top=tuple(top),
        glance=tuple(glance.at_a_glance(a, events, app.occurrences, inputs.glossary, partners, by_slug)),
        after={block: glance.also_in(places, by_slug) for block, places in app.related.get(a.slug, {}).items()},
        shared=shared,
        events=tuple(timeline_page.events_section(events)),
        citations=styled,
    )
    return render_article(a, [a.raw.path, ARTICLES_YAML, GLOSSARY_YAML, TIMELINE_YAML], around)


# The data downloads, described on the home page for search engines and data catalogues.
DATA_FILES = {
    "glossary": [("application/json", "data/glossary.json"), ("text/csv", "data/glossary.csv")],
    "timeline": [("application/json", "data/timeline.json"), ("text/csv", "data/timeline.csv")],
    "references": [("application/x-bibtex", "data/references.bib"), ("application/x-research-info-systems",
                                                                      "data/references.ris"),
                   ("application/vnd.citationstyles.csl+json", "data/references.json")],
}


def _data_files(articles: tuple[Article, ...]) -> dict[str, list[tuple[str, str]]]:
    """The downloads described on the home page: the data, and each text as TEI."""
    texts = [("application/tei+xml", f"tei/{a.slug}.xml") for a in sorted(articles, key=lambda a: a.slug)]
    return {**DATA_FILES, "texts (TEI P5)": texts}


def render_pages(inputs: Inputs, articles: tuple[Article, ...], app: Apparatus) -> dict[str, str]:
    """Every generated file under ``docs/``: path -> text."""
    listed = sorted(articles, key=collection.sort_key)
    by_slug = {a.slug: a for a in articles}
    all_sources = [f"{ARTICLES_DIR}/*.txt", ARTICLES_YAML]
    glossary, occurrences = inputs.glossary, app.occurrences
    out = {
        "index.md": collection.render_home(listed, inputs.prose["home"], [f"{PAGES_DIR}/home.md", *all_sources],
                                           references.datasets_json_ld(_data_files(articles))),
        "about.md": collection.render_about(listed, inputs.prose["about"], [f"{PAGES_DIR}/about.md", *all_sources]),
        "glossary.md": glossary_page.render_glossary(glossary, occurrences, listed, inputs.prose["glossary"],
                                                     [f"{PAGES_DIR}/glossary.md", GLOSSARY_YAML, *all_sources]),
        "timeline.md": timeline_page.render_timeline(app.timeline, listed, glossary, inputs.prose["timeline"],
                                                     [f"{PAGES_DIR}/timeline.md", TIMELINE_YAML, *all_sources]),
        "compare/index.md": compare.render_index(glossary, occurrences, app.shared, listed,
                                                 [GLOSSARY_YAML, *all_sources]),
    }
    out["data/glossary.json"], out["data/glossary.csv"] = glossary_page.glossary_data(glossary, occurrences, listed)
    out["data/timeline.json"], out["data/timeline.csv"] = timeline_page.timeline_data(app.timeline, listed)
    # References for reference managers: the whole collection, and each article alone.
    for suffix, write in (("bib", references.bibtex), ("ris", references.ris), ("json", references.csl_json)):
        out[f"data/references.{suffix}"] = write(listed)
        for a in articles:
            out[f"data/references/{a.slug}.{suffix}"] = write([a])
    for (sa, sb), shared in app.shared.items():
        out[f"compare/{compare.pair_slug(sa, sb)}.md"] = compare.render_pair(
            by_slug[sa], by_slug[sb], shared, [by_slug[sa].raw.path, by_slug[sb].raw.path])
    styled = citations.styled([references.csl_item(a) for a in articles], inputs.cache / "citations.json")
    for a in articles:
        out[f"articles/{a.slug}.md"] = _article_page(a, inputs, app, by_slug, styled[a.slug])
        out[f"tei/{a.slug}.xml"] = tei.document(a, [a.raw.path, ARTICLES_YAML])
    # Aliases go in last: they name ids of the finished pages.
    for page, mapping in inputs.aliases.items():
        if page not in out:
            raise BuildError(ALIASES_YAML, "", f"aliases for {page!r}, which the build does not make",
                             "name a generated page, e.g. articles/chen-2017.md")
        out[page] = apply_aliases(out[page], mapping, page, ALIASES_YAML)
    return out
