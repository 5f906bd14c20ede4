"""Find glossary terms in the articles: one pass over each text, forms looked up by word.

A form matches whole words only, with any hyphen or dash or space between its
words (“win-win”, “Win—Win”), either apostrophe (Bo'ao, Bo’ao), a plural and a
possessive ending. Forms in capitals (SCO, G20) match only in capitals; other
forms in any case. Where forms overlap, the leftmost and then the longest wins:
“Belt and Road Initiative” is not also counted as “Belt and Road”.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import BuildError
from ..inputs.glossary import Entry, Glossary
from ..model import Article, Kind
from ..text import rules

RE_SEPARATOR = re.compile(r"[\s\-‐‑–—]+")
RE_ACRONYM = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[0-9]*|[A-Z][0-9]{1,3})(?![\w-])")
RE_CAPITALISED_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'-]+(?:\s+(?:of|on|for|and|the|to)){0,2}\s+){2,6}[A-Z][\w’'-]+")


@dataclass(frozen=True)
class Occurrence:
    entry: str
    slug: str
    block: str
    start: int
    end: int
    text: str  # as printed
    form: str  # the glossary form it matched (term, acronym or variant)


RE_WORD_START = re.compile(r"(?<![\w])[\w'’]+")


def _key(word: str) -> str:
    return word.casefold().replace("’", "'")


def _plural_keys(word: str) -> tuple[str, ...]:
    """The word as it may stand in a form, if the text has it in the plural or possessive."""
    if word.endswith("'s"):  # a possessive: "UN's" is looked up as "UN"
        word = word[:-2]
    keys = [word]
    if word.endswith("ies"):
        keys.append(word[:-3] + "y")
    if word.endswith("es"):
        keys.append(word[:-2])
    if word.endswith("s"):
        keys.append(word[:-1])
    return tuple(keys)


@functools.lru_cache(maxsize=1 << 16)
def _lookup_keys(word: str) -> tuple[str, ...]:
    """The index keys a word of the text may stand for (remembered: words repeat)."""
    return _plural_keys(_key(word))


@dataclass(frozen=True)
class Form:
    """A glossary form as the text is compared with it: folded (see ``fold``)."""

    stems: tuple[str, ...]  # the form, and its "-ies" plural for a form that ends in a consonant and y
    entry: str
    form: str  # as the glossary writes it
    any_case: bool  # forms in capitals (SCO, G20) match only in capitals


Index = dict[str, list[Form]]


def _lower(text: str) -> str:
    """Lower case that keeps every character's offset (a few characters lower to two)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(text: str) -> tuple[str, Callable[[int], int]]:
    """The text as forms are compared with it: each run of spaces, hyphens and dashes as
    one space, either apostrophe as '; and a function from a character's offset there
    to its offset in ``text``."""
    parts, pos = [], 0
    starts: list[int] = []  # where each run's space stands in the folded text
    shifts = [0]  # characters the runs before it took away
    for m in RE_SEPARATOR.finditer(text):
        parts += [text[pos:m.start()], " "]
        starts.append(m.start() - shifts[-1])
        shifts.append(shifts[-1] + len(m.group()) - 1)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts).replace("’", "'"), lambda i: i + shifts[bisect.bisect_left(starts, i)]


def compile_index(entries: tuple[Entry, ...]) -> Index:
    """Forms by their first word (case-folded), longest first.

    Looking forms up by the word under the cursor keeps matching linear in the length
    of the texts, whatever the size of the glossary; comparing folded strings needs no
    regular expression per form (compiling them was most of the cost)."""
    index: Index = defaultdict(list)
    for form, ident in sorted(((f, e.id) for e in entries for f in e.forms), key=lambda t: (-len(t[0]), t[0])):
        words = RE_SEPARATOR.split(form.strip())
        first = RE_WORD_START.match(words[0])
        if not first:
            continue
        any_case = not (form.isupper() or not any(c.islower() for c in form))
        stem = " ".join(words).replace("’", "'")
        stem = _lower(stem) if any_case else stem
        stems = (stem, stem[:-1] + "ies") if re.search(r"[^aeiou]y$", words[-1]) else (stem,)  # policy, policies
        index[_plural_keys(_key(first.group()))[0]].append(Form(stems, ident, form, any_case))
    return index


def _is_word_char(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")  # what \w matches


def _match(form: Form, folded: str, lowered: str, start: int) -> int | None:
    """Where ``form`` ends if it stands at ``start``: whole words, with a plural ending
    (“-s”, “-es”) belonging to the match; a possessive does not (“Organization’s”)."""
    text = lowered if form.any_case else folded
    for stem in form.stems:
        if text.startswith(stem, start):
            end = start + len(stem)
            for ending in ("es", "s", ""):
                if text.startswith(ending, end) and not _is_word_char(text, end + len(ending)):
                    return end + len(ending)
    return None


def scan(text: str, index: Index) -> list[tuple[int, int, str, str]]:
    """(start, end, entry id, form) of every term in ``text``: leftmost, then longest."""
    folded, original = fold(text)
    lowered = _lower(folded)
    found = []
    pos = 0
    for w in RE_WORD_START.finditer(folded):
        if w.start() < pos:
            continue  # inside the previous match
        hit = None
        for key in _lookup_keys(w.group()):
            hit = next(((end, f) for f in index.get(key, ()) if (end := _match(f, folded, lowered, w.start()))), None)
            if hit:
                break
        if hit:
            end, f = hit
            found.append((original(w.start()), original(end - 1) + 1, f.entry, f.form))
            pos = end
    return found


def find_occurrences(articles: tuple[Article, ...], glossary: Glossary) -> tuple[Occurrence, ...]:
    index = compile_index(glossary.entries)
    found = []
    for a in articles:
        for b in a.blocks:  # every kind of block: a term in a heading or a footnote counts too
            visible, offsets = rules.visible(b.text)
            for s, e, ident, form in scan(visible, index):
                start, end = offsets[s], offsets[e - 1] + 1
                found.append(Occurrence(ident, a.slug, b.id, start, end, b.text[start:end], form))
    return tuple(found)


def check(glossary: Glossary, occurrences: tuple[Occurrence, ...], articles: tuple[Article, ...],
          path: str) -> None:
    """Every entry occurs; every citation names a paragraph that uses the term."""
    used = {o.entry for o in occurrences}
    where = {(o.entry, o.slug, o.block) for o in occurrences}
    blocks = {(a.slug, b.id) for a in articles for b in a.blocks}
    for e in glossary.entries:
        if e.id not in used:
            raise BuildError(path, str(e.yaml_line), f"{e.id}: no article uses {e.term!r} or any of its forms",
                             "correct the term or its variants, or remove the entry")
        for c in e.cites:
            if (c.slug, c.block) not in blocks:
                raise BuildError(path, str(e.yaml_line), f"{e.id}: cites {c.slug}#{c.block}, which does not exist",
                                 "cite an existing article and paragraph id (see the article page)")
            if (e.id, c.slug, c.block) not in where:
                raise BuildError(path, str(e.yaml_line),
                                 f"{e.id}: cites {c.slug}#{c.block}, which does not use the term or a variant",
                                 "cite a paragraph that uses it, or add the wording used there as a variant")


def _covered(glossary: Glossary) -> set[str]:
    return {f for e in glossary.entries for f in e.forms} | set(glossary.abbreviations) | set(glossary.not_terms)


def uncovered_acronyms(articles: tuple[Article, ...], glossary: Glossary) -> dict[str, list[str]]:
    """Acronyms in the reading text and back matter that no entry or list covers."""
    covered = _covered(glossary)
    found: dict[str, list[str]] = {}
    for a in articles:
        for b in a.blocks:
            for m in RE_ACRONYM.finditer(b.text):
                if m.group() not in covered and not re.fullmatch(r"[IVXLC]+", m.group()):
                    found.setdefault(m.group(), []).append(f"{a.slug}#{b.id}")
    return found


def candidates(articles: tuple[Article, ...], glossary: Glossary, occurrences: tuple[Occurrence, ...],
               minimum: int = 2) -> list[tuple[str, int]]:
    """Capitalised multi-word names that recur but that no glossary form covers."""
    covered_spans = {(o.slug, o.block, i) for o in occurrences for i in range(o.start, o.end)}
    counts: Counter[str] = Counter()
    for a in articles:
        for b in a.blocks:
            if b.kind not in (Kind.PARA, Kind.FRONT):
                continue
            for m in RE_CAPITALISED_NAME.finditer(b.text):
                if not any((a.slug, b.id, i) in covered_spans for i in range(m.start(), m.end())):
                    counts[m.group()] += 1
    return sorted(((n, c) for n, c in counts.items() if c >= minimum), key=lambda t: (-t[1], t[0]))
