"""The proof on the page: after MkDocs has rendered the site, every line of every raw
article is found, with its recorded word repairs, in the region of its article's
rendered page that its role puts it in (the reading text, the back matter, the
metadata block or the list of removed furniture). Whatever Markdown swallowed or
merged, whatever a template dropped, fails here with the file and the line.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Article, Kind, Role
from ..text import accounting
from .htmlwalk import main_steps
from .pagetext import page_text

# The reading text is the source's lines one after another: each must stand exactly where the
# one before it ends, so that a short or repeated line cannot be "found" in another's place and
# nothing stands between them that the source does not say. The metadata block and the list of
# removed lines set the lines in order among the edition's words (values, reasons): there, each
# is sought after the one before. (Back matter is not in order: the footnotes come last.)
ADJACENT, IN_ORDER = accounting.READING, frozenset({accounting.META, accounting.FURNITURE})


def _find(haystack: list[str], needle: list[str], start: int) -> int:
    """The index just past the first occurrence of ``needle`` at or after ``start``, or -1."""
    for i in range(start, len(haystack) - len(needle) + 1):
        if haystack[i:i + len(needle)] == needle:
            return i + len(needle)
    return -1


def _at(haystack: list[str], needle: list[str], start: int) -> int:
    """The index just past ``needle`` if it stands at ``start``, or -1."""
    end = start + len(needle)
    return end if haystack[start:end] == needle else -1


def unaccounted(article: Article, html: str) -> list[tuple[int, str, str]]:
    """(line, region, text) of each raw line not found where its role puts it on the page."""
    page = page_text(html)
    words = {region: accounting.tokens(page.text(region)) for region in set(accounting.REGION_OF.values())}
    position = dict.fromkeys(words, 0)
    # The page sets the text block by block, front matter (an editor's note) before the text
    # wherever the source printed it (pages/article.py); within a block, line by line.
    place = {n: (b.kind is not Kind.FRONT, i) for i, b in enumerate(article.blocks) for n in b.lines}
    missing = []
    for c in sorted(article.classes, key=lambda c: (place.get(c.number, (True, len(place))), c.number)):
        if c.role is Role.BLANK:
            continue
        region = accounting.REGION_OF[c.role]
        expected = accounting.tokens(accounting.expected_text(article, c.number, c.text))
        if region == ADJACENT or region in IN_ORDER:
            end = (_at if region == ADJACENT else _find)(words[region], expected, position[region])
            if end < 0:
                missing.append((c.number, region, c.text))
            else:
                position[region] = end
        elif not accounting.contains(words[region], expected):
            missing.append((c.number, region, c.text))
    if position[ADJACENT] < len(words[ADJACENT]):  # words after the last line: the source has none
        extra = " ".join(words[ADJACENT][position[ADJACENT]:])[:60]
        missing.append((max(n for n in place) if place else 0, ADJACENT, f"(words the source does not have) {extra}"))
    return sorted(missing)


def misnumbered(article: Article, html: str) -> list[str]:
    """Paragraphs the page does not show under their own id and number (a reader cites
    "¶12" and links "#p12": both must lead to the twelfth paragraph)."""
    shown: dict[str, str] = {}
    current = ""
    for step in main_steps(html):
        if step.kind == "start" and "ed-para" in step.element.classes:
            current = step.element.id
        elif step.kind == "start" and "ed-pnum" in step.element.classes and current:
            shown.setdefault(current, "")
        elif step.kind == "text" and current in shown and not shown[current] and any(
                "ed-pnum" in e.classes for e in step.path):
            shown[current] = step.text.strip()
    return [f"¶{b.label} (#{b.id}) is shown as {('¶' + shown[b.id]) if shown.get(b.id) else 'missing'}"
            for b in article.paragraphs if shown.get(b.id) != b.label]


def prove_site(articles: tuple[Article, ...], site_dir: Path) -> list[str]:
    """One error message per raw line that the rendered site does not show where it should."""
    errors = []
    for a in articles:
        # articles/slug/index.html online; articles/slug.html in the offline edition (no directory URLs)
        pages = [site_dir / "articles" / a.slug / "index.html", site_dir / "articles" / f"{a.slug}.html"]
        page = next((p for p in pages if p.exists()), None)
        if page is None:
            errors.append(f"{a.raw.path}: its page {pages[0].relative_to(site_dir)} was not rendered")
            continue
        html = page.read_text(encoding="utf-8")
        for number, region, text in unaccounted(a, html):
            errors.append(f"{a.raw.path}:{number}: not in the {region} of the rendered page: {text.strip()[:70]!r}")
        errors += [f"{a.raw.path}: {m}" for m in misnumbered(a, html)]
    return errors
