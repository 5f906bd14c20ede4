"""What a line's neighbours say about it: a row among other rows (a table), a headline, a
paragraph hard-wrapped into short lines, a heading between paragraphs, back matter."""

from __future__ import annotations

import re

from ..model import LineClass, Role
from . import backmatter, repair, rules

HEADING_MAX_WORDS = 12  # an unnumbered heading is a short line
HEADING_NEXT_WORDS = 8  # ... followed by a line of text (a hard-wrapped one is shorter than a paragraph)
TITLE_MAX_WORDS = 25  # a long header line that does not end like a sentence may still be the title
WRAPPED_MIN_WORDS = 8  # a hard-wrapped line of a paragraph is at least this long
TABLE_CELLS = 3  # a row of at least this many cells set apart by spaces or bars


def in_table(lines: tuple[str, ...], number: int) -> bool:
    """Whether the line above or below (no blank between) is also a row of cells."""
    near = [lines[i] for i in (number - 2, number) if 0 <= i < len(lines) and lines[i].strip()]
    return any(len([x for x in rules.RE_MENU_SEP.split(t.strip()) if x.strip()]) >= TABLE_CELLS for t in near)


def long_title(core: str) -> bool:
    """A long header line that may still be a headline: one clause, no sentence inside it, no
    note marker, not ending like a sentence ("China, Africa pledge to align ... as summit nears")."""
    return (rules.words(core) <= TITLE_MAX_WORDS and not rules.ends_like_sentence(core)
            and not re.search(r"[.;!?]\s|\[\d+\]", core) and core[:1].isalnum())


def wrapped_paragraph(out: list[LineClass], candidates: list[int], number: int, core: str) -> int | None:
    """The index of the header line that this one continues mid-sentence (the line above
    it, no blank between, stopping without punctuation, this one going on in lower case)."""
    if not candidates or out[candidates[-1]].number != number - 1:
        return None
    above = out[candidates[-1]].text
    # A wrapped line runs near the full width of the column; a short name above a tagline does not.
    wraps = rules.words(above) >= WRAPPED_MIN_WORDS and repair.breaks_mid_sentence(above, core)
    return candidates[-1] if wraps else None


def heading_like(core: str, out: list[LineClass], rest: tuple[str, ...]) -> bool:
    """A short line between the end of a paragraph and a long one: an unnumbered heading."""
    before = next((c for c in reversed(out) if c.role not in (Role.BLANK, Role.FURNITURE)), None)
    after = next((t for t in rest if t.strip()), "")
    return (rules.words(core) <= HEADING_MAX_WORDS and core[:1].isupper() and not rules.ends_like_sentence(core)
            and not core.endswith((":", ",", ";", "—", "-")) and before is not None
            and before.role in (Role.BODY, Role.CAPTION, Role.BACK)
            and rules.ends_like_sentence(before.text) and rules.words(after) >= HEADING_NEXT_WORDS
            and not _continued(core, after))


def _continued(core: str, after: str) -> bool:
    """A longish line that the next one carries on in lower case is half a sentence, wrapped
    at a page break or by a transcript's layout; a short heading may be followed by a
    paragraph that opens in lower case ("e-commerce", "iPhone")."""
    return rules.words(core) >= WRAPPED_MIN_WORDS and after.lstrip()[:1].islower()


def is_back(core: str, authors: list[str]) -> bool:
    """Back matter that may stand below the footer's first line (an author note, a footnote)."""
    return bool(rules.RE_FOOTNOTE_DEF.match(core) or backmatter.RE_AUTHOR_NOTE.match(core.lstrip("*_ "))
                or backmatter.RE_LABEL_VALUE.match(core) or rules.RE_SOURCE.match(core)
                or backmatter.RE_BACK_LABEL.match(core)
                or rules.RE_DISCLAIMER.search(core) or backmatter.RE_AUTHOR_CONTACT.match(core)
                or any(a and re.match(rf"{re.escape(a)}\s+(?:is|was)\b", core.lstrip("*_ ")) for a in authors))
