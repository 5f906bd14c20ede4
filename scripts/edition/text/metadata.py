"""Article metadata with its provenance: what the source states, where, and what
the editors inferred from what. A field that nobody established is absent and
shows as "not stated"; nothing is guessed here.
"""

from __future__ import annotations

from ..dates import read_printed
from ..errors import BuildError
from ..inputs.editorial import ArticleEntry
from ..model import LineClass, MetaValue, RawArticle, Role
from . import rules


def _printed_date(text: str) -> str | None:
    date = read_printed(text)
    return date.value if date else None


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
            iso = _printed_date(printed)
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
                field = rules.HEADER_LABELS[label]
                if field == "date":
                    iso = _printed_date(value)
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
        meta[name] = MetaValue(f.value, "inferred" if f.inferred else "stated", f.line,
                               f.quote if f.quote else (f.value if f.line and not f.inferred else ""),
                               f.note, f.inferred, f.family, f.generic)
    return meta
