"""From classified lines to the blocks of a page: headings, numbered paragraphs,
footnotes, front and back matter, with every repair recorded as an edit.

Paragraph ids (``p1``, ``p2``...) count body paragraphs through the whole
article, so that "paragraph 12" means one place whatever the section. Heading
ids come from the source's own numbering (``sec-ii``, ``sec-ii-1``), which does
not change when a heading's wording is corrected.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Block, Edit, Kind, LineClass, Role
from . import repair, rules

RE_ID_CHARS = re.compile(r"[^a-z0-9]+")
LABEL = "{base} ({n})"  # how a repeated label is told apart: "Source (2)"


def slugify(text: str) -> str:
    """"Editor’s note" -> "editors-note"."""
    return RE_ID_CHARS.sub("-", text.lower().replace("’", "").replace("'", "")).strip("-") or "item"


@dataclass
class _Para:
    """A paragraph being assembled (mutable only inside this module)."""

    text: str
    lines: list[int] = field(default_factory=list)


HEADING_ID_WORDS = 5  # words of an unnumbered heading that make its id


def _unique(base: str, used: set[str], numbered: str = "{base}-{n}") -> str:
    """``base``, or its first numbered form not used yet: a second “source” id is
    “source-2”; with ``numbered="{base} ({n})"``, a second “Source” label “Source (2)”."""
    candidate, n = base, 2
    while candidate in used:
        candidate, n = numbered.format(base=base, n=n), n + 1
    used.add(candidate)
    return candidate


def _paragraphs(run: list[LineClass], vocab: frozenset[str], edits: list[Edit]) -> list[_Para]:
    """Turn a run of consecutive body lines into paragraphs, repairing artifacts."""
    paras: list[_Para] = []
    previous_line: int | None = None
    for c in run:
        core = c.text.strip()
        if core != c.text.rstrip():
            indent = c.text[: len(c.text) - len(c.text.lstrip())]
            edits.append(Edit(c.number, "strip-indent", f"{len(indent)} white-space characters "
                              "at the start of the line", "none",
                              "indentation of the scraped line removed (it carries no meaning here)"))
        parts = repair.split_run_together(core)
        gaps = repair.RE_RUN_TOGETHER.findall(core)
        for gap, (before, after) in zip(gaps, itertools.pairwise(parts), strict=True):
            edits.append(Edit(c.number, "split-run-together",
                              f"…{before[-30:]}{'␣' * len(gap)}{after[:30]}…",
                              f"…{before[-30:]} ¶ {after[:30]}…",
                              "two paragraphs run together, separated only by a run of spaces: "
                              "split into two paragraphs"))
        for i, part in enumerate(parts):
            fixed, repairs = repair.dehyphenate(part.strip(), vocab)
            for before, after in repairs:
                edits.append(Edit(c.number, "dehyphenate", before, after,
                                  "word hyphenated across a line break in the original layout; "
                                  "neither part is a word, the joined word occurs in the collection"))
            joins = (i == 0 and paras and previous_line is not None
                     and repair.breaks_mid_sentence(paras[-1].text, fixed))
            if joins:
                edits.append(Edit(c.number, "join-broken-paragraph",
                                  f"…{paras[-1].text[-30:]} ⏎ {fixed[:30]}…",
                                  f"…{paras[-1].text[-30:]} {fixed[:30]}…",
                                  f"paragraph broken in the middle of a sentence (line {previous_line} "
                                  f"ends without punctuation, line {c.number} starts in lower case): joined"))
                paras[-1].text += " " + fixed
                paras[-1].lines.append(c.number)
            else:
                paras.append(_Para(fixed, [c.number]))
        previous_line = c.number
    return paras


def build_blocks(classes: tuple[LineClass, ...], vocab: frozenset[str]) -> tuple[
        tuple[Block, ...], tuple[Edit, ...], tuple[str, ...]]:
    """Blocks in page order, the edits made, and warnings."""
    edits: list[Edit] = []
    warnings: list[str] = []
    blocks: list[Block] = []
    used: set[str] = set()
    names: set[str] = set()
    has_roman = any(c.rule == "roman-heading" for c in classes)
    numbers = Counter(c.label for c in classes if c.role is Role.FOOTNOTE)
    # A number that two notes share is ambiguous: its markers cannot say which note
    # they mean, and Markdown would keep one of the two. Such notes keep ids of their
    # own and are shown as printed; their markers stay as printed too.
    footnote_nums = {n for n, count in numbers.items() if count == 1}
    # Markdown numbers the notes it links 1, 2, 3 in the order they are defined, and drops a
    # note nothing refers to: notes are linked only when every one is referred to from the text
    # and numbered 1 to n in order, or the page would renumber the source.
    printed = [c.label for c in classes if c.role is Role.FOOTNOTE]
    marked = {m.group("num") for c in classes if c.role is Role.BODY for m in rules.RE_FOOTNOTE_MARK.finditer(c.text)}
    if footnote_nums and len(footnote_nums) == len(printed):
        if printed != [str(i) for i in range(1, len(printed) + 1)]:
            warnings.append(f"footnotes numbered {', '.join(printed)}, not 1 to {len(printed)} in order: shown "
                            "as printed, and the markers are not linked")
            footnote_nums = set()
        elif not set(printed) <= marked:
            unmarked = ", ".join(f"[{n}]" for n in printed if n not in marked)
            warnings.append(f"footnote {unmarked} is never referred to in the text: all the notes are shown as "
                            "printed, and the markers are not linked")
            footnote_nums = set()
    else:
        footnote_nums = set()  # two notes share a number: none is linked (below, the warning)
    for n in sorted(set(numbers) - {n for n, count in numbers.items() if count == 1}):
        lines = ", ".join(str(c.number) for c in classes if c.role is Role.FOOTNOTE and c.label == n)
        warnings.append(f"lines {lines}: {numbers[n]} footnotes are numbered [{n}]; they are shown as printed "
                        "and the markers are not linked")
    section = ""
    para_count = 0
    run: list[LineClass] = []

    def flush() -> None:
        nonlocal para_count
        for p in _paragraphs(run, vocab, edits):
            para_count += 1
            blocks.append(Block(Kind.PARA, p.text, tuple(p.lines), _unique(f"p{para_count}", used),
                                str(para_count)))
        run.clear()

    for c in classes:
        if c.role is Role.BODY:
            run.append(c)
            continue
        if c.role in (Role.BLANK, Role.FURNITURE, Role.META):
            continue  # blank lines do not end a paragraph broken mid-sentence
        flush()
        core = c.text.strip()
        if c.role is Role.HEADING:
            if c.rule == "roman-heading":
                section = c.label.lower()
                ident, level = f"sec-{section}", 2
            elif not c.label:  # an unnumbered heading: named by its words
                ident = "sec-" + "-".join(re.findall(r"[a-z0-9]+", core.lower())[:HEADING_ID_WORDS])
                blocks.append(Block(Kind.HEADING, core, (c.number,), _unique(ident, used),
                                    _unique(f"“{core}”", names, LABEL), 2))
                continue
            else:
                ident = f"sec-{section}-{c.label}" if section else f"sec-{c.label}"
                level = 3 if has_roman else 2
            number = f"{section.upper()}.{c.label}" if section and c.rule != "roman-heading" else c.label
            blocks.append(Block(Kind.HEADING, core, (c.number,), _unique(ident, used), _unique(number, names, LABEL),
                                level))
        elif c.role is Role.FOOTNOTE:
            m = rules.RE_FOOTNOTE_DEF.match(core) or rules.RE_FOOTNOTE_DEF.match(rules.for_matching(core))
            text = m.group("text") if m else core
            ident = f"fn:{c.label}" if c.label in footnote_nums else _unique(f"fn-{c.label}", used)
            blocks.append(Block(Kind.FOOTNOTE, text, (c.number,), ident, c.label))
        else:
            label = c.label or {Role.FRONT: "Front matter", Role.BACK: "Back matter",
                                Role.CAPTION: "Photo caption"}[c.role]
            kind = {Role.FRONT: Kind.FRONT, Role.BACK: Kind.BACK, Role.CAPTION: Kind.CAPTION}[c.role]
            blocks.append(Block(kind, core, (c.number,), _unique(slugify(label), used), _unique(label, names, LABEL)))
    flush()

    # Footnote markers become linked footnotes only where the footnote exists.
    for b in blocks:
        if b.kind is not Kind.PARA:
            continue
        for m in rules.RE_FOOTNOTE_MARK.finditer(b.text):
            num = m.group("num")
            line = _line_of(b, m.group(0).strip(), classes)
            if num in footnote_nums:
                edits.append(Edit(line, "footnote-link", m.group(0).strip(), f"footnote {num}",
                                  "footnote marker made a link to its footnote (and back)"))
            elif num not in numbers:
                warnings.append(f"line {line}: footnote marker [{num}] has no footnote text; left as printed")
    return tuple(blocks), tuple(sorted(edits, key=lambda e: e.line)), tuple(warnings)


def _line_of(block: Block, needle: str, classes: tuple[LineClass, ...]) -> int:
    """The raw line of a paragraph that contains ``needle`` (for the edit record)."""
    for number in block.lines:
        if needle in classes[number - 1].text:
            return number
    return block.lines[0]
