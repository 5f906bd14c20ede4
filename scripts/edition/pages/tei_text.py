"""The content of a paragraph in the TEI export: its text, each repaired word as
choice/sic/corr, each linked footnote marker as a ref to its note.

A paragraph's text is its raw lines with the recorded repairs applied, so each
repaired word is found by lining the paragraph's words up with its raw lines' words:
a word that differs is one the recorded repairs of its line turn into the other.
This places each repair at its own word, even where the same word also occurs
unrepaired, and a repair that cannot be placed stops the build instead of being lost.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass

from ..errors import BuildError
from ..model import Article, Block, Edit, Kind
from ..text.accounting import WORD_EDITS
from ..text.rules import RE_FOOTNOTE_MARK
from .tei_xml import EDITION, element, xml_id

RE_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Repair:
    start: int  # where the repaired word stands in the block's text
    end: int
    edit: Edit
    record: str  # the xml:id of the edit's record in the list of changes


def edit_ids(article: Article) -> dict[int, str]:
    """The xml:id of each edit's record, by its position in ``article.edits``."""
    return {i: f"ed.edit.{i + 1}" for i in range(len(article.edits))}


def _repaired(raw: str, edits: list[Edit]) -> str:
    for e in edits:
        raw = raw.replace(e.before, e.after)
    return raw


def _align(words: list[str], raw: list[tuple[int, str]], by_line: dict[int, list[Edit]]) -> int:
    """Where the block's words start among its raw lines' words."""
    for k in range(len(raw) - len(words) + 1):
        if all(w == r or w == _repaired(r, by_line.get(n, [])) for w, (n, r) in zip(words, raw[k:], strict=False)):
            return k
    raise ValueError("the paragraph's words do not line up with its raw lines")


def word_repairs(article: Article) -> dict[str, list[Repair]]:
    """For each paragraph id, its repaired words, in order."""
    ids = edit_ids(article)
    word_edits = [(i, e) for i, e in enumerate(article.edits) if e.rule in WORD_EDITS]
    by_line: dict[int, list[Edit]] = {}
    for _, e in word_edits:
        by_line.setdefault(e.line, []).append(e)
    queues = {n: deque((i, e) for i, e in word_edits if e.line == n) for n in by_line}
    out: dict[str, list[Repair]] = {}
    for b in article.paragraphs:
        if not any(n in by_line for n in b.lines):
            continue
        spans = [(m.start(), m.group()) for m in RE_WORD.finditer(b.text)]
        raw = [(n, w) for n in b.lines for w in article.classes[n - 1].text.split()]
        try:
            k = _align([w for _, w in spans], raw, by_line)
        except ValueError as exc:
            raise BuildError(article.raw.path, str(b.lines[0]), f"{exc} (paragraph {b.label})",
                             "a repair rule changed more than its edits record: fix the rule") from exc
        found: list[Repair] = []
        for (start, word), (n, r) in zip(spans, raw[k:], strict=False):
            pos, rebuilt = 0, ""
            while word != r and queues.get(n) and (j := r.find(queues[n][0][1].before, pos)) >= 0:
                i, e = queues[n].popleft()
                rebuilt += r[pos:j]
                found.append(Repair(start + len(rebuilt), start + len(rebuilt) + len(e.after), e, ids[i]))
                rebuilt += e.after
                pos = j + len(e.before)
            if word != r and rebuilt + r[pos:] != word:
                raise BuildError(article.raw.path, str(n), f"the repaired word {word!r} cannot be traced to "
                                 f"its recorded repairs of {r!r}", "a repair rule must record each change")
        out[b.id] = found
    left = [e for q in queues.values() for _, e in q]
    if left:
        raise BuildError(article.raw.path, str(left[0].line), f"the repair {left[0].before!r} -> "
                         f"{left[0].after!r} is not found in the text", "a repair rule must record what it did")
    return out


def linked_notes(article: Article) -> set[str]:
    """The footnote numbers whose markers are links (as on the page): those that name
    one note alone, whose page id is therefore fn:N."""
    return {b.label for b in article.blocks_of(Kind.FOOTNOTE) if b.id == f"fn:{b.label}"}


def content(block: Block, repairs: list[Repair], linked: set[str]) -> list[str | ET.Element]:
    """The block's text as text and elements, its words all kept and in order."""
    cuts: list[tuple[int, int, ET.Element]] = []
    for rep in repairs:
        choice = element("choice")
        choice.append(element("sic", rep.edit.before))
        choice.append(element("corr", rep.edit.after, {"resp": EDITION, "type": rep.edit.rule,
                                                       "corresp": f"#{rep.record}"}))
        cuts.append((rep.start, rep.end, choice))
    for m in RE_FOOTNOTE_MARK.finditer(block.text):
        num = m.group("num")
        if num in linked:  # the marker as printed ("[2]"), without the space before it
            start = m.start("num") - 1
            cuts.append((start, m.end(), element("ref", block.text[start:m.end()], {
                "type": "noteAnchor", "target": f"#{xml_id(f'fn:{num}')}"})))
    parts: list[str | ET.Element] = []
    pos = 0
    for start, end, el in sorted(cuts, key=lambda c: c[0]):
        if start < pos:
            raise BuildError("", "", f"overlapping marks in {block.id}", "report this as a bug of the TEI export")
        parts += [block.text[pos:start], el]
        pos = end
    parts.append(block.text[pos:])
    return parts
