"""Article metadata with its provenance: what the source states, where, and what
the editors inferred from what. A field that nobody established is absent and
shows as "not stated"; nothing is guessed here.
"""

from __future__ import annotations

from ..errors import BuildError
from ..inputs.editorial import ArticleEntry
from ..model import LineClass, MetaValue, RawArticle
from . import rules


def _from_rules(classes: tuple[LineClass, ...]) -> dict[str, MetaValue]:
    """What the general rules read off the lines: for each field, the reading of the
    strongest rank (a header line before a line after the text), then the first."""
    found: dict[str, MetaValue] = {}
    reads = sorted(((r, c) for c in classes for r in c.reads), key=lambda rc: (rc[0].rank, rc[1].number))
    for r, c in reads:
        note = r.note or ("" if r.how == "inferred" else f"read by the rule “{c.rule}”")
        found.setdefault(r.field, MetaValue(r.value, r.how, c.number, r.quote, note, basis=r.basis))
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
            # Compared as the rules read lines (a no-break space as a space), as their quotes are.
            if not f.inferred and rules.for_matching(quote) not in rules.for_matching(raw.lines[f.line - 1]):
                raise BuildError(entry_path, where,
                                 f"{raw.slug}.{name}: line {f.line} does not contain {quote!r}",
                                 "quote the words of that line that state the value (`quote:`), "
                                 "or correct the line number")
        meta[name] = MetaValue(f.value, "inferred" if f.inferred else "stated", f.line,
                               f.quote if f.quote else (f.value if f.line and not f.inferred else ""),
                               f.note, f.inferred, f.family, f.generic)
    return meta
