"""The title, chosen by evidence among the short header lines no other rule took, and
what the other such lines are: a subtitle below it, a name below it (the byline), the
site's name above it (the masthead). What none of these is gets reported."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import LineClass, Reading, Role
from . import header, rules

MASTHEAD_MAX_WORDS = 8  # the site's name above the title (longer if it names an organisation)
MENU_RULES = frozenset({"nav-bar", "breadcrumb", "controls-row", "language-bar"})
SUBTITLE_MIN_WORDS = 6
HEADLINE_MIN_WORDS = 4  # a line below the title this long is its subtitle, not a label
# A deck (standfirst) below its headline is long and clearly longer; a headline below its
# kicker or section label ("Belt and Road at Ten") is usually neither.
DECK_MIN_WORDS, DECK_MORE_WORDS = 12, 4
TITLE_CASE_HEADLINE_WORDS = 8  # a kicker or a site's tagline in title case is shorter


def _score(out: list[LineClass], i: int, last: int) -> int | None:
    """How strongly a short header line looks like the title, from the evidence of layout;
    None for a line that cannot be one."""
    core = rules.for_matching(out[i].text)
    n = rules.words(core)
    lettered = sum(any(ch.isalpha() for ch in w) for w in core.split())
    if (lettered < 2 or core.endswith((":", ",")) or core.startswith(("<", "[", "*", "|", ">", "`", "#"))
            or re.search(r"\S\s{3,}\S", core)  # cells set apart by runs of spaces: a row, not a title
            or (header.is_outlet(core) and n <= 4) or header.is_name(core) or header.name_and_institution(core)):
        return None
    score = 2 * (not core.endswith(".")) + 2 * (3 <= n <= 25) + 2 * (i == last)
    title_case = _title_case(core)
    score += 2 * title_case - 2 * (n > 15 and not title_case)
    near = [c for c in out[i + 1:] if c.role is not Role.BLANK and c.role is not Role.FURNITURE][:2]
    score += 3 * any((c.reads and c.reads[0].field in ("author", "date")) or header.is_name(c.text.strip())
                     for c in near)
    score -= core.isupper() and n <= 3
    return score


def _title_case(core: str) -> bool:
    caps = [w for w in core.split() if w[:1].isalpha() and len(w) > 3]
    return bool(caps) and sum(w[0].isupper() for w in caps) >= 0.6 * len(caps)


def _best(out: list[LineClass], possible: list[int], scores: dict[int, int | None]) -> int:
    """The line of best evidence; between equals the later (the title under a site's section
    label or kicker), unless it is a deck under its headline: a long line right below an equal
    that is a headline and clearly shorter ("China and Kenya sign port deal in Mombasa" / "The
    agreement, worth $2bn over ten years, is …"), or a sentence below a long title-case
    headline ("Win-Win Cooperation, Explained Through a Football Transfer" / "A thought …")."""
    best = max(possible, key=lambda i: (scores[i], i))
    above = next((j for j in range(best - 1, -1, -1) if out[j].role is not Role.BLANK), None)
    if above not in possible or scores[above] != scores[best]:
        return best
    top, below = rules.for_matching(out[above].text), rules.for_matching(out[best].text)
    upper, lower = rules.words(top), rules.words(below)
    deck = upper >= HEADLINE_MIN_WORDS and lower >= DECK_MIN_WORDS and lower >= upper + DECK_MORE_WORDS
    # or a long title-case headline over a sentence (a press release's headline and subhead)
    subhead = upper >= TITLE_CASE_HEADLINE_WORDS and _title_case(top) and not _title_case(below)
    return above if deck or subhead else best


def decide(out: list[LineClass], candidates: list[int], title_line: int | None, path: str) -> tuple[
        tuple[LineClass, ...], tuple[str, ...]]:
    """The title is the short header line with the best evidence (never one a furniture or
    metadata rule took); a sentence after it is the subtitle, a name after it the author, the
    name at the top of the page the outlet; the rest is reported."""
    shaped = [i for i in candidates if not header.is_name(rules.for_matching(out[i].text))]
    last = shaped[-1] if shaped else -1
    scores = {i: _score(out, i, last) for i in candidates}
    possible = [i for i in candidates if scores[i] is not None]
    # The editors' title (a cited line) anchors the other decisions as a chosen one would.
    cited = next((i for i, c in enumerate(out) if c.number == title_line), None)
    title = cited if title_line else (_best(out, possible, scores) if possible else None)
    warnings = []
    first = next((j for j, c in enumerate(out) if c.role not in (Role.BLANK, Role.FURNITURE)), None)
    for i in candidates:
        c = out[i]
        core = rules.for_matching(c.text)
        if i == title and cited is None:
            out[i] = replace(c, rule="title-by-layout", reason="the header line that looks most like a title "
                             "(short, not a sentence, capitalised, before the byline or the text)", field="title",
                             reads=(Reading("title", core, core, how="inferred",
                                            basis="the header line that looks most like a title"),))
        elif title is not None and i > title and header.is_name(core) and not core.isupper():
            out[i] = replace(c, rule="name-line", reason="a name alone on a line below the title: the byline",
                             field="author", reads=(Reading("author", core, core),))
        elif title is not None and i > title and rules.words(core) >= SUBTITLE_MIN_WORDS and core[:1].isalnum():
            out[i] = replace(c, role=Role.FRONT, rule="subtitle", reason="a sentence between the title and "
                             "the text: the subtitle", field="", label="Subtitle")
        elif i == first and (title is None or i < title) and _masthead(core, out[i + 1:]):
            out[i] = replace(c, rule="masthead", reason="the name at the top of the page, above the title: "
                             "the site’s name", field="outlet",
                             reads=(Reading("outlet", core, core, how="inferred", rank=header.WEAK,
                                            basis="the name at the top of the page, above the title"),))
        else:
            warnings.append(f"{path}:{c.number}: header line not recognised, shown in the metadata block as "
                            f"printed: {core[:60]!r}; classify it in sources/articles.yml if it is something else")
    return tuple(out), tuple(warnings)


def _masthead(core: str, below: list[LineClass]) -> bool:
    """A site's name: a few words (more if they name an organisation), no address; a single
    word only right above the site's menu or trail ("ChinAfrica", not "Write")."""
    n = rules.words(core)
    after = next((c for c in below if c.role is not Role.BLANK), None)
    menu = after is not None and after.rule in MENU_RULES
    return ((n >= 2 or menu) and (n <= MASTHEAD_MAX_WORDS or header.is_outlet(core))
            and not re.search(r"://|www\.", core) and core[:1].isalnum())


def headline(text: str) -> bool:
    """A line shaped like a headline: four words or more, not a name, not a site's name."""
    core = rules.for_matching(text)
    return rules.words(core) >= HEADLINE_MIN_WORDS and not header.is_name(core) and not header.is_outlet(core)
