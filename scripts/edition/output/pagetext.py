"""Read the text of a built page back out of its HTML, for the accounting.

The text is what a reader sees in the page's main content, sorted into the
regions the edition sets it in, minus the apparatus the edition adds inside the
text (paragraph numbers, labels, permalink signs, footnote back-links). Footnote
references read as "[n]" again, as in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import READING_KINDS, Kind
from ..naming import BLOCK_CLASS
from ..text.accounting import BACK, FURNITURE, META, READING
from .htmlwalk import Element, main_steps

NOTES, APPARATUS = "editorial notes", "apparatus"
# The region each class marks (the innermost marked element wins), named as the
# accounting names them; what no class marks is the edition's own apparatus.
REGION_CLASSES = {
    **{BLOCK_CLASS[kind]: READING for kind in READING_KINDS},
    BLOCK_CLASS[Kind.BACK]: BACK, "footnote": BACK,  # Python-Markdown's footnotes
    "ed-meta": META,
    "ed-removed": FURNITURE,
    "ed-notes": NOTES,
}
REGIONS = (READING, BACK, META, FURNITURE, NOTES, APPARATUS)
SKIP_CLASSES = frozenset({"ed-apparatus", "headerlink", "footnote-backref"})
BLOCK_TAGS = frozenset({"p", "li", "td", "th", "h1", "h2", "h3", "h4", "div", "summary", "table", "tr"})
RE_FN_ID = re.compile(r"^fn(?:ref\d*)?:(\d+)$")  # a second reference to a note is "fnref2:1"


@dataclass
class PageText:
    """The text of the page's main content, by region (see ``REGIONS``)."""

    regions: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in REGIONS})

    def text(self, *names: str) -> str:
        return " ".join("".join(self.regions[n]) for n in names or REGIONS)


def region_of(path: tuple[Element, ...]) -> str:
    for element in reversed(path):
        for name in sorted(element.classes):
            if name in REGION_CLASSES:
                return REGION_CLASSES[name]
    return APPARATUS


def page_text(html: str) -> PageText:
    """The page as a reader sees it: a footnote marker reads as the number it shows, "[3]",
    and a footnote as the number its list shows it with (its place in the list), so that
    notes renumbered by Markdown do not pass for the source's."""
    page = PageText()
    notes = 0
    for step in main_steps(html):
        skipped = any(e.classes & SKIP_CLASSES for e in step.path)
        region = region_of(step.path)
        marker = any(e.tag == "sup" and RE_FN_ID.match(e.id) for e in step.path)
        if step.kind == "start":
            if RE_FN_ID.match(step.element.id) and step.element.tag == "li" and not skipped:
                notes += 1
                page.regions[region].append(f" [{notes}] ")
        elif step.kind == "end" and step.element.tag in BLOCK_TAGS:
            page.regions[region].append(" ")
        elif step.kind == "text" and not skipped and marker:
            page.regions[region].append(f"[{step.text.strip()}]")
        elif step.kind == "text" and not skipped:
            page.regions[region].append(step.text)
    return page
