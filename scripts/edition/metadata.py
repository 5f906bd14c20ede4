"""Article metadata with its provenance: what the source states, where, and what
the editors inferred from what. A field that nobody established is absent and
shows as "not stated"; nothing is guessed here.
"""

from __future__ import annotations

import datetime as dt
import re

from . import rules
from .editorial import ArticleEntry, check_iso_date
from .errors import BuildError
from .model import LineClass, MetaValue, RawArticle, Role

MONTH_NUMBERS = {name: i for i, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"), 1)
    for name in names.split()}
RE_MONTH_DAY_YEAR = re.compile(r"(?i)^(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2})\s*,\s*(?P<y>\d{4})\b")
RE_DAY_MONTH_YEAR = re.compile(r"(?i)^(?P<d>\d{1,2})\s+(?P<m>[a-z]+)\.?\s*,?\s+(?P<y>\d{4})\b")
RE_NUMERIC = re.compile(r"^(?P<a>\d{1,4})[-/. ](?P<b>\d{1,2})[-/. ,]+(?P<c>\d{1,4})\b")


def parse_date(text: str) -> str | None:
    """An ISO date for a printed date, or None when it is unreadable or ambiguous.

    Numeric dates are read month-first or day-first only when one reading is
    impossible (10-20-2015 can only be October 20); 03-04-2015 stays unread.
    """
    text = text.strip()
    for regex in (RE_MONTH_DAY_YEAR, RE_DAY_MONTH_YEAR):
        m = regex.match(text)
        if m and m.group("m").lower() in MONTH_NUMBERS:
            return _iso(int(m.group("y")), MONTH_NUMBERS[m.group("m").lower()], int(m.group("d")))
    m = RE_NUMERIC.match(text)
    if not m:
        return None
    a, b, c = (int(m.group(k)) for k in "abc")
    if len(m.group("a")) == 4:
        return _iso(a, b, c)
    readings = {r for r in ((c, a, b), (c, b, a)) if _iso(*r)}
    return _iso(*readings.pop()) if len(readings) == 1 else None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def display_date(iso: str) -> str:
    """"2015-10-20" -> "October 20, 2015"; lower precisions as "October 2015", "2016"."""
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = dt.date(2000, int(parts[1]), 1).strftime("%B")
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{month} {int(parts[2])}, {parts[0]}"


def _from_rules(classes: tuple[LineClass, ...]) -> dict[str, MetaValue]:
    """What the general metadata rules read off the header lines."""
    found: dict[str, MetaValue] = {}

    def put(field: str, value: str, c: LineClass, quote: str, note: str = "") -> None:
        found.setdefault(field, MetaValue(value, "stated", c.number, quote,
                                          note or f"read by the rule “{c.rule}”"))

    for c in classes:
        if c.role is not Role.META:
            continue
        core = c.text.strip()
        if c.rule == "title-by-layout":
            found.setdefault("title", MetaValue(core, "inferred", c.number, core,
                                                basis="the first short line of the page header"))
        elif c.rule in ("published-line", "dateline"):
            m = rules.RE_PUBLISHED.match(core)
            printed = m.group("value") if m else core
            iso = parse_date(printed)
            if iso:
                put("date", iso, c, printed)
        elif c.rule == "byline":
            m = rules.RE_BYLINE.match(core)
            assert m
            author, _, affiliation = m.group("value").partition(",")
            put("author", author.strip(), c, author.strip())
            if affiliation.strip():
                put("affiliation", affiliation.strip(), c, affiliation.strip())
        elif c.rule == "labelled-fields":
            for label, value in rules.labelled_fields(core):
                field = {"Writer": "author", "Author": "author", "Editor": "editor",
                         "Time": "date", "Date": "date"}[label]
                if field == "date":
                    iso = parse_date(value)
                    if iso:
                        put("date", iso, c, value)
                elif value:
                    put(field, value, c, value)
    return found


def assemble(raw: RawArticle, classes: tuple[LineClass, ...], entry: ArticleEntry | None,
             entry_path: str) -> dict[str, MetaValue]:
    """Metadata from the rules, overridden field by field by the editorial data,
    whose citations are checked against the raw lines they cite."""
    meta = _from_rules(classes)
    for name, f in (entry.fields.items() if entry else ()):
        where = str(f.yaml_line)
        quote = f.quote or f.value
        if f.line is not None:
            if not 1 <= f.line <= len(raw.lines):
                raise BuildError(entry_path, where, f"{raw.slug}.{name}: line {f.line} does not exist "
                                 f"({raw.path} has {len(raw.lines)} lines)", "correct the line number")
            if not f.inferred and quote not in raw.lines[f.line - 1]:
                raise BuildError(entry_path, where,
                                 f"{raw.slug}.{name}: line {f.line} does not contain {quote!r}",
                                 "quote the words of that line that state the value (`quote:`), "
                                 "or correct the line number")
        if name == "date":
            check_iso_date(f.value, entry_path, where)
        meta[name] = MetaValue(f.value, "inferred" if f.inferred else "stated", f.line,
                               f.quote if f.quote else (f.value if f.line and not f.inferred else ""),
                               f.note, f.inferred)
    return meta
