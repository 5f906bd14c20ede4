"""The shared glossary: curated entries (``sources/glossary.yml``), validated on load.

Occurrences are never written by hand: ``terms.py`` finds them in the articles.
Here we only check the entries themselves: their keys, their types, that no
variant belongs to two entries, that every definition cites a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError
from . import yamlfile
from .yamlfile import Loc

KINDS: dict[str, str] = {  # kind -> heading on the glossary page, in page order
    "concept": "Concepts, doctrines and slogans",
    "initiative": "Initiatives and programmes",
    "document": "Documents and plans",
    "meeting": "Meetings, conferences and forums",
    "organisation": "Organisations and institutions",
}
ENTRY_KEYS = {"term", "acronym", "kind", "variants", "search", "short", "definition", "cite", "note", "see"}
TOP_KEYS = {"entries", "abbreviations", "not_terms"}


@dataclass(frozen=True)
class Cite:
    slug: str
    block: str


@dataclass(frozen=True)
class Entry:
    id: str
    term: str
    acronym: str
    kind: str
    variants: tuple[str, ...]  # other renderings used in the articles
    search: tuple[str, ...]  # spellings readers type that the articles do not use
    short: str
    definition: str
    cites: tuple[Cite, ...]
    note: str  # an editor's note: outside knowledge, labelled as such
    see: tuple[str, ...]
    yaml_line: int

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form the articles may use: the term, the acronym, the variants."""
        return tuple(f for f in (self.term, self.acronym, *self.variants) if f)

    @property
    def title(self) -> str:
        return f"{self.term} ({self.acronym})" if self.acronym else self.term


@dataclass(frozen=True)
class Glossary:
    entries: tuple[Entry, ...]
    abbreviations: dict[str, str]  # acronym -> expansion, for hover text only
    not_terms: dict[str, str]  # acronym -> why it is not a glossary term

    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def expansions(self) -> dict[str, str]:
        found = {e.acronym: e.term for e in self.entries if e.acronym}
        return {**self.abbreviations, **found}


def _entry(ident: str, loc: Loc, path: str) -> Entry:
    yamlfile.anchor_id(ident, loc.line, path, "entry", "shanghai-cooperation-organization")
    entry = loc.record(path, f"entry {ident}", ENTRY_KEYS, ("term", "kind", "short", "definition", "cite"))
    kind = entry["kind"].text(path, f"{ident}.kind")
    if kind not in KINDS:
        raise BuildError(path, str(entry["kind"].line), f"{ident}: unknown kind {kind!r}",
                         f"use one of: {', '.join(KINDS)}")
    short = entry["short"].text(path, f"{ident}.short")
    if '"' in short:
        raise BuildError(path, str(entry["short"].line), f"{ident}.short contains a straight double quote",
                         "use typographic quotes “ ” (the short definition becomes a tooltip)")
    cited = entry["cite"]
    if not isinstance(cited.value, list):
        raise BuildError(path, str(cited.line), f"{ident}.cite must be a list", "write it as [slug#p12, ...]")
    cites = [Cite(*c.place(path, f"{ident}: citation")) for c in cited.value]
    if not cites:
        raise BuildError(path, str(entry["cite"].line), f"{ident}: the definition cites nothing",
                         "cite the paragraph(s) that define or explain the term best")

    def optional(key: str) -> str:
        return entry[key].text(path, f"{ident}.{key}") if key in entry else ""

    def optional_list(key: str) -> tuple[str, ...]:
        return entry[key].strings(path, f"{ident}.{key}") if key in entry else ()

    return Entry(ident, entry["term"].text(path, f"{ident}.term"), optional("acronym"), kind,
                 optional_list("variants"), optional_list("search"), short,
                 entry["definition"].text(path, f"{ident}.definition"), tuple(cites), optional("note"),
                 optional_list("see"), loc.line)


def load_glossary(path: Path, display: str) -> Glossary:
    if not path.exists():
        return Glossary((), {}, {})
    root = yamlfile.load(path, display).mapping(display, "the file")
    for key, value in root.items():
        if key not in TOP_KEYS:
            raise BuildError(display, str(value.line), f"unknown top-level key {key!r}",
                             f"use one of: {', '.join(sorted(TOP_KEYS))}")
    entries_loc = root["entries"].mapping(display, "entries") if "entries" in root else {}
    entries = tuple(_entry(ident, loc, display) for ident, loc in entries_loc.items())
    owner: dict[str, str] = {}
    ids = {e.id for e in entries}
    for e in entries:
        for form in e.forms:
            key = form.casefold()
            if key in owner and owner[key] != e.id:
                raise BuildError(display, str(e.yaml_line),
                                 f"{e.id}: the form {form!r} is already claimed by {owner[key]}",
                                 "a rendering belongs to one entry: remove it from one of them")
            owner[key] = e.id
        for other in e.see:
            if other not in ids:
                raise BuildError(display, str(e.yaml_line), f"{e.id}: `see` names unknown entry {other!r}",
                                 "use the id of an existing entry")

    def text_map(key: str) -> dict[str, str]:
        if key not in root:
            return {}
        return {k: v.text(display, f"{key}.{k}") for k, v in root[key].mapping(display, key).items()}

    return Glossary(entries, text_map("abbreviations"), text_map("not_terms"))
