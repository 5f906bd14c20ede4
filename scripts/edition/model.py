"""The data that flows between the build stages: frozen dataclasses only."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from functools import cached_property


class Role(enum.Enum):
    """What a raw line is, once cleaning has looked at it."""

    BLANK = "blank"
    FURNITURE = "furniture"  # page furniture: removed from the text, listed verbatim
    META = "meta"  # title, byline, dateline: shown in the metadata block
    FRONT = "front"  # matter before the body that is not metadata (editor's note)
    HEADING = "heading"
    BODY = "body"
    BACK = "back"  # author note, source line, disclaimer
    FOOTNOTE = "footnote"
    CAPTION = "caption"  # a photo caption whose photo was not captured


class Kind(enum.Enum):
    """What a block of the page is."""

    HEADING = "heading"
    PARA = "para"  # a numbered paragraph of the reading text
    FRONT = "front"  # matter before the text that is not metadata (an editor's note)
    CAPTION = "caption"  # a photo caption whose photo was not captured
    BACK = "back"  # author note, source line, disclaimer
    FOOTNOTE = "footnote"


READING_KINDS = frozenset({Kind.HEADING, Kind.PARA, Kind.FRONT, Kind.CAPTION})  # the text itself
BACK_KINDS = frozenset({Kind.BACK, Kind.FOOTNOTE})  # what the source prints after the text
READING_WPM = 230  # words per minute, a common figure for reading non-fiction on screen


@dataclass(frozen=True)
class RawArticle:
    """A raw article as read from disk: its lines, without line terminators."""

    slug: str
    path: str  # relative to the project root, for messages and page headers
    lines: tuple[str, ...]
    sha256: str


@dataclass(frozen=True)
class Reading:
    """A metadata value that a rule read off a line, with the words that give it."""

    field: str  # title, author, affiliation, editor, outlet, section, date
    value: str
    quote: str  # the words of the line that give the value, as printed
    note: str = ""  # what the reader should know about the reading (an ambiguous date)
    rank: int = 0  # which reading wins when several lines give a field: the lowest rank
    how: str = "stated"  # or "inferred" (a title chosen by layout)
    basis: str = ""  # for an inferred value: from what


@dataclass(frozen=True)
class LineClass:
    """The decision taken for one raw line, and which rule or editor took it."""

    number: int  # 1-based
    text: str
    role: Role
    rule: str  # a rule name, or "editorial data" for a decision from the YAML
    reason: str
    field: str = ""  # for META lines: which metadata field the line gives
    label: str = ""  # heading or footnote number ("II", "3"), or a back-matter label
    reads: tuple[Reading, ...] = ()  # metadata the rule read off the line


@dataclass(frozen=True)
class Edit:
    """One change made to the raw text, shown to the reader in the editorial notes."""

    line: int
    rule: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class Block:
    """A unit of the page: a heading, a numbered paragraph, a footnote, back matter."""

    kind: Kind
    text: str
    lines: tuple[int, ...]
    id: str
    label: str = ""  # number for paragraphs ("12"), section number, back-matter label
    level: int = 0


@dataclass(frozen=True)
class Span:
    """A stretch of a block's text that renders as a link (to the glossary, the timeline)."""

    start: int
    end: int
    url: str
    title: str  # a tooltip; never contains a straight double quote


@dataclass(frozen=True)
class MetaValue:
    """A metadata value and how it was established."""

    value: str
    how: str  # "stated" or "inferred"
    line: int | None = None  # the raw line that states it, or that the inference rests on
    quote: str = ""  # the words of that line that give the value
    note: str = ""  # an editor's note on the value
    basis: str = ""  # for inferred values: from what
    family: str = ""  # of a name: which part is the family name, where the editors know it
    generic: bool = False  # of a byline: it names no person


@dataclass(frozen=True)
class Article:
    """A cleaned, structured article, ready to render."""

    raw: RawArticle
    meta: dict[str, MetaValue]
    classes: tuple[LineClass, ...]
    blocks: tuple[Block, ...]
    edits: tuple[Edit, ...]
    warnings: tuple[str, ...] = field(default=())
    has_entry: bool = True  # whether sources/articles.yml has an entry for it

    @property
    def slug(self) -> str:
        return self.raw.slug

    # Cached: an article is frozen, and pages ask for these often.
    @cached_property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is Kind.PARA)

    def blocks_of(self, *kinds: Kind) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind in kinds)

    def block(self, ident: str) -> Block | None:
        return next((b for b in self.blocks if b.id == ident), None)

    @cached_property
    def word_count(self) -> int:
        """Words of the numbered paragraphs: what a reader reads."""
        return sum(len(b.text.split()) for b in self.paragraphs)

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / READING_WPM))

    def lines_with(self, role: Role) -> tuple[LineClass, ...]:
        return tuple(c for c in self.classes if c.role is role)
