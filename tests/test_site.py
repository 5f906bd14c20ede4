"""The built site: strict build, the accounting against the HTML, links and ids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from edition.build import Edition
from edition.model import Role
from edition.output.pagetext import page_text
from edition.output.search_index import INDEX_FILE
from edition.text import accounting

from .conftest import ROOT, markup_in_source_text, scripts_and_styles, unaccounted_on_page

RE_EXTERNAL_RESOURCE = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref=["']?(?:https?:)?//""", re.I)


def article_html(site: Path, slug: str) -> str:
    return (site / "articles" / slug / "index.html").read_text(encoding="utf-8")


def test_every_raw_line_is_in_its_region_of_the_built_page(edition: Edition, site: Path) -> None:
    for article in edition.articles:
        assert unaccounted_on_page(article, article_html(site, article.slug)) == [], article.raw.path


def test_the_page_accounting_notices_a_lost_caption_quoted_in_the_notes(edition: Edition, site: Path) -> None:
    """Qiao's photo caption is printed twice; the second copy is listed verbatim among
    the removed lines. Without the caption in the reading text, the page is incomplete."""
    qiao = next(a for a in edition.articles if a.slug == "qiao-2015")
    html = article_html(site, "qiao-2015")
    broken = re.sub(r'<p class="ed-caption"[^>]*>.*?</p>', "", html, flags=re.S)
    assert broken != html
    assert unaccounted_on_page(qiao, broken) == [16]


def test_furniture_is_not_in_the_reading_text(edition: Edition, site: Path) -> None:
    for article in edition.articles:
        reading = accounting.tokens(page_text(article_html(site, article.slug)).text(accounting.READING))
        for c in article.lines_with(Role.FURNITURE):
            if c.rule != "duplicate-line":  # the first copy of a duplicate is the text itself
                assert not accounting.contains(reading, accounting.tokens(c.text)), f"{article.slug}:{c.number}"


def test_paragraphs_have_ids_and_link_marks(edition: Edition, site: Path) -> None:
    for article in edition.articles:
        html = article_html(site, article.slug)
        for p in article.paragraphs:
            assert re.search(rf'<p class="ed-para[^"]*" id="{p.id}">\s*<a class="ed-pnum ed-apparatus" '
                             rf'href="#{p.id}"[^>]*>{p.label}</a>', html), f"{article.slug}#{p.id}"


def test_every_heading_has_a_permalink(site: Path) -> None:
    for page in (site / "articles").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        content = html[html.index('<article class="md-content__inner'):]
        for m in re.finditer(r'<h([1-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', content, re.S):
            assert f'<a class="headerlink" href="#{m.group(2)}"' in m.group(3), f"{page}: #{m.group(2)}"


def test_footnotes_link_both_ways(edition: Edition, site: Path) -> None:
    html = article_html(site, "chen-2017")
    for n in ("1", "2", "3", "4"):
        assert f'<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">' in html
        assert re.search(rf'<li id="fn:{n}">.*?<a class="footnote-backref" href="#fnref:{n}"', html, re.S)
    # the footnotes are in the back matter, before the editorial notes
    order = [html.index(m) for m in ('id="back-matter"', 'class="footnote"', 'id="editorial-notes"')]
    assert order == sorted(order)


def test_editorial_notes_are_collapsed_and_left_out_of_search(edition: Edition, site: Path) -> None:
    for article in edition.articles:
        html = article_html(site, article.slug)
        assert re.search(r'<details class="ed-notes"[^>]* id="editorial-notes"', html)
        assert "<details open" not in html
    indexed = edition.pages[INDEX_FILE]
    for gone in ("Adjust font size", "Glamorous Indonesia", "Please scan the QR Code", "Back to Top",
                 "Editorial notes: every change", "Page furniture removed", "join-broken-paragraph"):
        assert gone not in indexed


def test_the_term_map_is_left_out_of_search(edition: Edition, site: Path) -> None:
    """The map flattened into a result is unreadable and outranks nothing useful."""
    text = edition.pages[INDEX_FILE]
    data = json.loads(text[text.index("=") + 1:].rstrip().rstrip(";"))
    number = next(i for i, page in enumerate(data["pages"]) if page[0] == "compare/index.md")
    compare = [place for place in data["places"] if place[0] == number]
    term_map = next(place for place in compare if place[1] == "term-map")
    assert term_map[3].startswith("Read down a column")  # the section's own words stay findable
    assert not any("uses of" in place[3] or "Shanghai Spirit" in place[3] for place in compare)
    assert 'class="ed-map"' in (site / "compare" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", ["index.html", "about/index.html", "articles/chen-2017/index.html",
                                  "articles/qiao-2015/index.html", "404.html"])
def test_no_resource_from_another_host(site: Path, page: str) -> None:
    html = (site / page).read_text(encoding="utf-8")
    assert not RE_EXTERNAL_RESOURCE.search(html)
    assert "fonts.googleapis" not in html
    assert "fonts.gstatic" not in html


def test_home_page_lists_every_article(edition: Edition, site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    for article in edition.articles:
        assert f'href="articles/{article.slug}/"' in html
    assert "not stated" in html  # the anonymous text has no author


def test_source_text_holds_no_markup_the_build_did_not_write(site: Path) -> None:
    """Inside every block of source text, only the forms the build writes: the paragraph
    mark, term and event links, footnote references, abbreviations, labels."""
    pages = sorted((site / "articles").glob("*/index.html"))
    assert len(pages) >= 5
    for page in pages:
        assert markup_in_source_text(page.read_text(encoding="utf-8")) == [], page


@pytest.mark.parametrize(("inner", "found"), [
    ('<a class="ed-pnum ed-apparatus" href="#p1" title="t">1</a> text', False),
    ('<a class="ed-pnum ed-apparatus" href="#p1" title="t">1</a> <em>text</em>', True),
    ('<a class="ed-pnum ed-apparatus" href="#p2" title="t">1</a> text', True),  # a mark pointing elsewhere
    ('<a href="../../glossary/#sco" title="t">SCO</a>', False),
    ('<a href="javascript:alert(1)" title="t">x</a>', True),
    ('<a href="https://example.org/">x</a>', True),
    ('<img src="x" onerror="alert(1)">', True),
    ('<span class="ed-label ed-apparatus">Source:</span> <span>x</span>', True),
    ('<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>', False),
    ('<sup id="fnref:1"><a class="footnote-ref" href="#fn:2">1</a></sup>', True),
])
def test_the_markup_check_tells_the_build_s_forms_from_others(inner: str, found: bool) -> None:
    html = f'<article class="md-content__inner"><p class="ed-para" id="p1">{inner}</p></article>'
    assert bool(markup_in_source_text(html)) == found


def test_pages_load_the_edition_s_assets_minified(site: Path) -> None:
    """The edition's scripts and stylesheets ship without comments or spaces; an article
    loads at once only what its first view needs (assets/page.js loads the rest on first use)."""
    first_view = {"edition.min.css", "palette.min.js", "page.min.js", "search.min.js"}
    timeline = {"timeline.min.css", "timeline.min.js"}
    later = {"controls.min.css", "cite.min.js", "tooltips.min.js"}
    printed = {"print.min.css"}  # for print only: the screen's first view does not wait for it
    article = article_html(site, "chen-2017")
    assert scripts_and_styles(article) == first_view | printed  # the timeline's are its only
    assert re.search(r'<link rel="stylesheet" href="[^"]*/assets/print\.min\.css" media="print">', article)
    assert scripts_and_styles((site / "timeline/index.html").read_text(encoding="utf-8")) == (
        first_view | timeline | printed)
    page_js = (site / "assets/page.min.js").read_text(encoding="utf-8")
    assert all(f'"{name.replace(".min.", ".")}"' in page_js for name in later)
    for name in first_view | timeline | later | printed:
        shipped = (site / "assets" / name).read_text(encoding="utf-8")
        source = (ROOT / "docs" / "assets" / name.replace(".min.", ".")).read_text(encoding="utf-8")
        assert "/*" not in shipped
        assert not any(line.lstrip().startswith("//") for line in shipped.splitlines())
        assert len(shipped) < 0.8 * len(source)


def test_no_page_counts_the_articles_of_the_collection() -> None:
    """The collection grows: no generated page says how many articles it has ("five articles")."""
    words = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    for page in (ROOT / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        found = re.search(rf"(?i)\b(?:the|all|these|of)\s+{words}\s+(?:articles|texts)\b", text)
        assert found is None, f"{page.name}: {found.group(0) if found else ''}"

