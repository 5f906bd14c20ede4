"""The hand-edited article metadata and line decisions (``sources/articles.yml``).

Validated on load against the schema below; every error names the file, the
line and the entry. Values that cite a source line are checked against that
line when the article is cleaned (see ``metadata.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import dates
from ..errors import BuildError
from ..model import Role
from . import yamlfile
from .yamlfile import Loc

# Metadata fields in display order, with their labels.
FIELDS: dict[str, str] = {
    "title": "Title",
    "author": "Author",
    "affiliation": "Author's affiliation",
    "editor": "Editor",
    "outlet": "Outlet or publisher",
    "section": "Section of the site",
    "date": "Date of publication",
    "series": "Series",
    "book": "Original book",
    "publisher": "Publisher of the book",
}
VALUE_KEYS = {"value", "line", "quote", "inferred", "note"}
NAME_KEYS = {"family", "generic"}  # for author and editor only
LINE_KEYS = {"role", "label", "reason", "expect", "field"}
ARTICLE_KEYS = set(FIELDS) | {"supplied_title", "lines"}
ASSIGNABLE_ROLES = {r.value: r for r in (Role.BODY, Role.BACK, Role.FRONT, Role.CAPTION,
                                         Role.FURNITURE, Role.META)}


@dataclass(frozen=True)
class FieldEntry:
    value: str
    line: int | None
    quote: str
    inferred: str  # the basis of an inference; empty when the value is stated
    note: str
    yaml_line: int
    family: str = ""  # a person's family name, where the editors know which part it is (a decision)
    generic: bool = False  # a byline that names no person ("Staff writer")


@dataclass(frozen=True)
class LineDecision:
    line: int
    role: Role
    label: str
    reason: str
    expect: str
    field: str
    yaml_line: int


@dataclass(frozen=True)
class ArticleEntry:
    slug: str
    fields: dict[str, FieldEntry]
    supplied_title: str
    lines: dict[int, LineDecision]
    yaml_line: int


def _check_date(value: str, path: str, where: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists."""
    try:
        dates.parse_calendar(value)
    except ValueError as exc:
        raise BuildError(path, where, f"the date {value!r} does not exist ({exc})",
                         "write a real date as YYYY-MM-DD, or YYYY-MM / YYYY at lower precision") from exc
    return value


def _field(name: str, loc: Loc, path: str, slug: str) -> FieldEntry:
    what = f"{slug}.{name}"
    entry = loc.record(path, what, VALUE_KEYS | (NAME_KEYS if name in ("author", "editor") else set()), ("value",))
    value = entry["value"].text(path, f"{what}.value")
    family = entry["family"].text(path, f"{what}.family") if "family" in entry else ""
    if family and family not in (value.split()[0], value.split()[-1]):
        raise BuildError(path, str(entry["family"].line), f"{what}.family {family!r} is neither the first nor the "
                         f"last word of {value!r}", "give the family name as it is written in the value")
    generic = "generic" in entry and entry["generic"].value is True
    line = entry["line"].integer(path, f"{what}.line") if "line" in entry else None
    inferred = entry["inferred"].text(path, f"{what}.inferred") if "inferred" in entry else ""
    if line is None and not inferred:
        raise BuildError(path, str(loc.line), f"{what} cites no source line and is not marked inferred",
                         "add `line:` (where the source states it) or `inferred:` (from what)")
    if name == "date":
        _check_date(value, path, str(entry["value"].line))
    return FieldEntry(
        value=value,
        line=line,
        quote=entry["quote"].text(path, f"{what}.quote") if "quote" in entry else "",
        inferred=inferred,
        note=entry["note"].text(path, f"{what}.note") if "note" in entry else "",
        yaml_line=loc.line,
        family=family,
        generic=generic,
    )


def _line_decision(key: str, loc: Loc, path: str, slug: str) -> LineDecision:
    what = f"{slug}.lines.{key}"
    if not key.isdigit() or int(key) < 1:
        raise BuildError(path, str(loc.line), f"{what}: {key!r} is not a line number",
                         "key each decision by the raw file's line number (1-based)")
    entry = loc.record(path, what, LINE_KEYS, ("role", "expect", "reason"))
    role_name = entry["role"].text(path, f"{what}.role")
    if role_name not in ASSIGNABLE_ROLES:
        raise BuildError(path, str(entry["role"].line), f"{what}: unknown role {role_name!r}",
                         f"use one of: {', '.join(sorted(ASSIGNABLE_ROLES))}")
    field_name = entry["field"].text(path, f"{what}.field") if "field" in entry else ""
    if field_name and field_name not in FIELDS:
        raise BuildError(path, str(entry["field"].line), f"{what}: unknown field {field_name!r}",
                         f"use one of: {', '.join(FIELDS)}")
    return LineDecision(
        line=int(key),
        role=ASSIGNABLE_ROLES[role_name],
        label=entry["label"].text(path, f"{what}.label") if "label" in entry else "",
        reason=entry["reason"].text(path, f"{what}.reason"),
        expect=entry["expect"].text(path, f"{what}.expect"),
        field=field_name,
        yaml_line=loc.line,
    )


def load_articles_yaml(path: Path, display: str) -> dict[str, ArticleEntry]:
    if not path.exists():
        return {}
    root = yamlfile.load(path, display).mapping(display, "the file")
    out: dict[str, ArticleEntry] = {}
    for slug, loc in root.items():
        entry = loc.record(display, slug, ARTICLE_KEYS)
        fields = {name: _field(name, entry[name], display, slug) for name in FIELDS if name in entry}
        lines_loc = entry["lines"].mapping(display, f"{slug}.lines") if "lines" in entry else {}
        lines = {}
        for key, decision_loc in lines_loc.items():
            decision = _line_decision(key, decision_loc, display, slug)
            lines[decision.line] = decision
        supplied = entry["supplied_title"].text(display, f"{slug}.supplied_title") \
            if "supplied_title" in entry else ""
        out[slug] = ArticleEntry(slug, fields, supplied, lines, loc.line)
    return out
