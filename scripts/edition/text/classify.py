"""Classify every raw line: furniture, metadata, front or back matter, heading, body.

The page is read top to bottom in two zones. The *header* runs from the top to
the first long line that no header rule recognises; there, metadata rules
(dateline, byline, labelled fields) apply and an unrecognised short line is the
title (the first one) or an undecided header line (reported). After it comes the
*body* zone, where back-matter, heading and duplicate rules apply. Furniture
rules apply everywhere. Decisions from the editorial YAML come first: they are
for what no general rule can decide, and each must quote the start of its line.
"""

from __future__ import annotations

import functools
import re

from ..errors import BuildError
from ..inputs.editorial import ArticleEntry
from ..model import LineClass, RawArticle, Role
from . import rules

HEADER_LONG_LINE = 15  # words: a header line is short; the first long one starts the body
DUPLICATE_MIN_WORDS = 6  # a repeated line this long is a scraping duplicate, not an echo
LINK_ITEM_MAX_WORDS = 12
EDITORIAL = "editorial data"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _check_expect(raw: RawArticle, entry_path: str, number: int, expect: str, yaml_line: int) -> None:
    if number > len(raw.lines):
        raise BuildError(entry_path, str(yaml_line),
                         f"{raw.slug}: line {number} does not exist ({raw.path} has {len(raw.lines)} lines)",
                         "correct the line number")
    if _norm(expect) not in _norm(raw.lines[number - 1]):
        raise BuildError(entry_path, str(yaml_line),
                         f"{raw.slug}: line {number} does not contain {expect!r}; "
                         f"it reads {raw.lines[number - 1][:60]!r}",
                         "correct the line number or the `expect:` text")


def _add(out: list[LineClass], number: int, text: str, role: Role, rule: str, reason: str,
         field: str = "", label: str = "") -> None:
    out.append(LineClass(number, text, role, rule, reason, field, label))


def _meta_rule(core: str) -> tuple[str, str, str] | None:
    """(rule, field, reason) for a header line that a metadata rule recognises."""
    if rules.RE_PUBLISHED.match(core):
        return "published-line", "date", "dateline (“Published: …”)"
    if rules.RE_DATELINE.match(core):
        return "dateline", "date", "dateline (a date on a line of its own)"
    if rules.RE_BYLINE.match(core) and rules.words(core) <= 25:
        return "byline", "author", "byline (“By …”)"
    if rules.labelled_fields(core):
        return "labelled-fields", "labelled", "labelled metadata (Time:, Writer:, Editor: …)"
    return None


def classify(raw: RawArticle, entry: ArticleEntry | None, entry_path: str) -> tuple[
        tuple[LineClass, ...], tuple[str, ...]]:
    """Decide the role of every raw line; return the decisions and the warnings."""
    decisions = entry.lines if entry else {}
    cited: dict[int, str] = {}
    for name, f in entry.fields.items() if entry else ():
        if f.line:
            cited[f.line] = f"{cited[f.line]}, {name}" if f.line in cited else name
    authors = [entry.fields["author"].value] if entry and "author" in entry.fields else []
    out: list[LineClass] = []
    warnings: list[str] = []
    in_header, have_title, in_link_list = True, False, False
    kept: dict[str, int] = {}

    for number, text in enumerate(raw.lines, 1):
        core = rules.for_matching(text)

        add = functools.partial(_add, out, number, text)

        decision = decisions.get(number)
        if decision:
            _check_expect(raw, entry_path, number, decision.expect, decision.yaml_line)
            add(decision.role, EDITORIAL, decision.reason, decision.field, label=decision.label)
            if decision.role is Role.BODY:
                in_header = False
            if decision.role is not Role.FURNITURE:
                kept.setdefault(_norm(core), number)
            continue
        if not core:
            add(Role.BLANK, "blank", "empty line")
            continue
        furniture = rules.match_furniture(core)
        if furniture:
            add(Role.FURNITURE, furniture.name, furniture.reason)
            continue
        if rules.is_link_list_heading(core):
            add(Role.FURNITURE, "link-list", "heading of a list of links to other pages")
            in_link_list = True
            continue
        if in_link_list and (rules.strip_bullet(core) != core
                             or (rules.words(core) <= LINK_ITEM_MAX_WORDS
                                 and not rules.ends_like_sentence(core))):
            add(Role.FURNITURE, "link-list", "item of a list of links to other pages")
            continue
        in_link_list = False
        if rules.RE_EDITORS_NOTE.match(core):
            add(Role.FRONT, "editors-note", "the site editor’s note before the article",
                label="Editor’s note")
            kept.setdefault(_norm(core), number)
            continue
        if in_header:
            meta = _meta_rule(core)
            if meta:
                rule, field, reason = meta
                add(Role.META, rule, reason, field)
                if rule == "byline":
                    authors.append(rules.RE_BYLINE.match(core).group("value").split(",")[0])  # type: ignore[union-attr]
                for label, value in rules.labelled_fields(core) if rule == "labelled-fields" else ():
                    if rules.HEADER_LABELS[label] == "author":
                        authors.append(value)
                continue
            if number in cited:
                add(Role.META, EDITORIAL, f"gives the {cited[number]} (cited in the editorial data)",
                    cited[number])
                have_title = have_title or "title" in cited[number]
                continue
            if rules.words(core) < HEADER_LONG_LINE:
                if not have_title:
                    add(Role.META, "title-by-layout",
                        "first short line of the page header that no other rule recognises", "title")
                    have_title = True
                else:
                    add(Role.META, "undecided-header", "a short header line that no rule recognises",
                        "unidentified")
                    warnings.append(f"{raw.path}:{number}: header line not recognised, shown in the "
                                    f"metadata block as printed: {core[:60]!r}; classify it in "
                                    f"sources/articles.yml if it is something else")
                continue
            in_header = False
        out.append(_body_zone_line(number, text, core, authors, kept))
    return tuple(out), tuple(warnings)


def _body_zone_line(number: int, text: str, core: str, authors: list[str], kept: dict[str, int]) -> LineClass:
    footnote = rules.RE_FOOTNOTE_DEF.match(core)
    if footnote:
        return LineClass(number, text, Role.FOOTNOTE, "footnote-definition",
                         "footnote text (“[n] …”) at the end of the article",
                         label=footnote.group("num"))
    if rules.RE_SOURCE.match(core) and rules.words(core) <= 40:
        return LineClass(number, text, Role.BACK, "source-line", "the source’s own “Source” line",
                         label="Source")
    if rules.RE_DISCLAIMER.search(core):
        return LineClass(number, text, Role.BACK, "disclaimer", "the site’s disclaimer",
                         label="Disclaimer")
    for author in authors:
        if author and re.match(rf"{re.escape(author)}\s+(?:is|was)\b", core):
            return LineClass(number, text, Role.BACK, "author-note",
                             "note on the author (begins with the author’s name)", label="Author note")
    heading = rules.heading_number(core)
    if heading:
        kind, num = heading
        return LineClass(number, text, Role.HEADING, f"{kind}-heading",
                         f"numbered heading ({'Roman' if kind == 'roman' else 'Arabic'} numeral)",
                         label=num)
    norm = _norm(core)
    if rules.words(core) >= DUPLICATE_MIN_WORDS and norm in kept:
        return LineClass(number, text, Role.FURNITURE, "duplicate-line",
                         f"repeats line {kept[norm]} word for word (printed twice by the page)")
    kept[norm] = number
    return LineClass(number, text, Role.BODY, "body", "body text")
