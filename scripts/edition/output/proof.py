"""The proof on the page: after MkDocs has rendered the site, every line of every raw
article is found, with its recorded word repairs, in the region of its article's
rendered page that its role puts it in (the reading text, the back matter, the
metadata block or the list of removed furniture). Whatever Markdown swallowed or
merged, whatever a template dropped, fails here with the file and the line.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Article, Role
from ..text import accounting
from .pagetext import page_text


def unaccounted(article: Article, html: str) -> list[tuple[int, str, str]]:
    """(line, region, text) of each raw line not found where its role puts it on the page."""
    page = page_text(html)
    missing = []
    for c in article.classes:
        if c.role is Role.BLANK:
            continue
        region = accounting.REGION_OF[c.role]
        expected = accounting.tokens(accounting.expected_text(article, c.number, c.text))
        if not accounting.contains(accounting.tokens(page.text(region)), expected):
            missing.append((c.number, region, c.text))
    return missing


def prove_site(articles: tuple[Article, ...], site_dir: Path) -> list[str]:
    """One error message per raw line that the rendered site does not show where it should."""
    errors = []
    for a in articles:
        # The offline edition has no directory URLs: its pages are articles/<slug>.html.
        page = site_dir / "articles" / a.slug / "index.html"
        if not page.exists() and (site_dir / "articles" / f"{a.slug}.html").exists():
            page = site_dir / "articles" / f"{a.slug}.html"
        if not page.exists():
            errors.append(f"{a.raw.path}: its page {page.relative_to(site_dir)} was not rendered")
            continue
        for number, region, text in unaccounted(a, page.read_text(encoding="utf-8")):
            errors.append(f"{a.raw.path}:{number}: not in the {region} of the rendered page: {text.strip()[:70]!r}")
    return errors
