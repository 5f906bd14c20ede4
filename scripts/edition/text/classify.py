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
from collections import Counter
from dataclasses import replace

from ..dates import find_printed
from ..errors import BuildError
from ..inputs.editorial import ArticleEntry
from ..model import LineClass, RawArticle, Reading, Role
from . import backmatter, context, header, rules, title

HEADER_LONG_LINE = 15  # words: a header line is short; the first long one starts the body
DUPLICATE_MIN_WORDS = 6  # a repeated line this long is a scraping duplicate, not an echo
LINK_ITEM_MAX_WORDS = 12
RUNNING_HEADER_WORDS, RUNNING_HEADER_REPEATS = 12, 3  # a short line printed on every page of a PDF
# The article has ended: what follows is the page's footer, except back matter.
FOOTER_SIGNS = frozenset({"copyright", "comment-form", "pager", "end-mark", "comments"})
FOOTER_AFTER = 3  # paragraphs: a share row above the text does not end the article
FOOTER_WARN_WORDS = 12  # a line this long removed as footer may be text: the editor is told
RE_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]?\s{2,}\S")  # "1  China suspends ..." in a "Most read" list
BODY_META_WORDS = 16  # a byline or dateline below the first paragraph is short
BODY_META_RULES = frozenset({"dateline", "published-line", "updated-line", "byline", "dated-byline", "byline-row",
                             "share-row-date", "labelled-fields"})
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
         field: str = "", label: str = "", reads: tuple[Reading, ...] = ()) -> None:
    out.append(LineClass(number, text, role, rule, reason, field, label, reads))


def _field_of(read: header.LineRead) -> str:
    """The field a metadata line gives; "labelled" for a line of several labelled fields."""
    fields = {r.field for r in read.reads}
    if read.rule == "byline":
        return "author"
    return "labelled" if read.rule == "labelled-fields" or len(fields) > 1 else "".join(fields)


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
    in_header, in_link_list, first_body, paragraphs = True, False, True, 0
    footer: LineClass | None = None  # the line that ended the article (a copyright line, a comment form)
    candidates: list[int] = []  # indexes in ``out`` of short header lines no rule knows
    headline: int | None = None  # the index in ``out`` of the title the editorial data cites
    kept: dict[str, int] = {}
    warnings: list[str] = []
    repeats = Counter(_norm(rules.for_matching(t)) for t in raw.lines if t.strip())

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
        above = out[-1] if out and out[-1].number == number - 1 else None
        if rules.RE_UNDERLINE.match(core) and above and not in_header and above.role is Role.BODY \
                and rules.words(above.text) <= context.HEADING_MAX_WORDS:
            out[-1] = replace(above, role=Role.HEADING, rule="underlined-heading", field="", label="", reads=(),
                              reason="a short line underlined with “===” or “---” below it: a heading")
            add(Role.FURNITURE, "heading-underline", "the underline of the heading above, drawn in characters")
            continue
        furniture = rules.match_furniture(core)
        if furniture and furniture.name == "nav-bar" and not in_header and context.in_table(raw.lines, number):
            furniture = None  # a row of short items among others is a table's row, not the site's menu
        previous = next((c for c in reversed(out) if c.role is not Role.BLANK), None)
        if furniture is None and core.lower().strip(" :") in rules.AMBIGUOUS_ALONE and previous is not None \
                and previous.rule in ("share-row", "controls-row", "site-control"):
            furniture = rules.match_furniture("Share")  # "More", "App" in a column of share buttons
        if furniture:
            add(Role.FURNITURE, furniture.name, furniture.reason)
            if not in_header and furniture.name in FOOTER_SIGNS and footer is None and paragraphs >= FOOTER_AFTER:
                footer = out[-1]
            continue
        if footer and not context.is_back(core, authors):
            add(Role.FURNITURE, "page-footer", f"after the end of the article (line {footer.number}, "
                f"“{footer.text.strip()[:40]}”): the page’s footer")
            if rules.words(core) >= FOOTER_WARN_WORDS:
                warnings.append(f"{raw.path}:{number}: a line of {rules.words(core)} words after the end of the "
                                f"article (line {footer.number}) was removed as the page’s footer: "
                                f"{core[:50]!r}; if it is the article's text, decide it in {entry_path}")
            continue
        if rules.is_link_list_heading(core):
            add(Role.FURNITURE, "link-list", "heading of a list of links to other pages")
            in_link_list = True
            continue
        if in_link_list and (rules.strip_bullet(core) != core or RE_NUMBERED_ITEM.match(core)
                             or (rules.words(core) <= LINK_ITEM_MAX_WORDS
                                 and not core.rstrip().endswith((".", ".”", '."')))):
            add(Role.FURNITURE, "link-list", "item of a list of links to other pages")
            continue
        in_link_list = False
        if rules.RE_EDITORS_NOTE.match(core):
            add(Role.FRONT, "editors-note", "the site editor’s note before the article",
                label="Editor’s note")
            kept.setdefault(_norm(core), number)
            continue
        if backmatter.RE_CAPTION.search(core) and rules.words(core) <= backmatter.CAPTION_MAX_WORDS:
            kind = next((k for k in ("Table", "Figure") if core.lower().startswith(k.lower())), "Photo")
            add(Role.CAPTION, f"{kind.lower()}-caption", f"a {kind.lower()} caption (a credit or a label); "
                f"the {kind.lower()} itself was not captured", label=f"{kind} caption")
            continue
        if backmatter.RE_PUBLISHED_IN.match(core) and rules.words(core) <= 40:
            found = find_printed(core)
            reads = (Reading("date", found.date.value, found.printed, "the date of first publication "
                             "elsewhere, from the note on where the text appeared first", header.WEAK),) \
                if found and not found.ambiguous else ()
            if in_header:
                add(Role.META, "published-in", "a note on where the text was first published", "note",
                    reads=reads)
            else:
                add(Role.BACK, "published-in", "a note on where the text was first published",
                    label="Publication note", reads=reads)
            continue
        if in_header:
            read = header.read_line(core)
            if read:
                add(Role.META, read.rule, read.reason, _field_of(read), reads=read.reads)
                authors += [r.value for r in read.reads if r.field == "author"]
                continue
            standfirst = header.trailing_byline(core)
            if standfirst:
                add(Role.FRONT, "subtitle-byline", "a subtitle line that ends with the byline",
                    label="Subtitle", reads=standfirst)
                authors += [r.value for r in standfirst if r.field == "author"]
                continue
            if number in cited:
                if "title" in cited[number]:
                    headline = len(out)  # the editors' title ends the header as a chosen one does
                add(Role.META, EDITORIAL, f"gives the {cited[number]} (cited in the editorial data)",
                    cited[number])
                continue
            wrapped = context.wrapped_paragraph(out, candidates, number, core)
            top = max(candidates[-1:] + ([headline] if headline is not None else []), default=None)
            if top is not None and title.headline(out[top].text) and any(
                    r.field in ("author", "date") for c in out[top + 1:] for r in c.reads):
                in_header = False  # a headline, then the byline or the date: what follows is the text
            elif wrapped is not None:  # a paragraph hard-wrapped into short lines: the text has begun
                out[wrapped] = replace(out[wrapped], role=Role.BODY, rule="body", reason="body text", field="")
                candidates.remove(wrapped)
                in_header = False
            elif rules.words(core) < HEADER_LONG_LINE or context.long_title(core):
                candidates.append(len(out))
                add(Role.META, "undecided-header", "a short header line that no rule recognises", "unidentified")
                if header.is_name(core):  # a name alone in the header: the author, whose note may follow
                    authors.append(core)
                continue
            else:
                in_header = False
        line = _body_zone_line(number, text, core, authors, kept, repeats,
                               context.heading_like(core, out, raw.lines[number:]))
        if line.role is Role.BODY and first_body:
            first_body = False
            line = replace(line, rule="agency-dateline", reason="body text, opening with a news agency’s "
                           "dateline (place, date, agency)", reads=header.agency_dateline(core)) \
                if header.agency_dateline(core) else line
        above = out[-1] if out and out[-1].number == number - 1 else None
        if line.role is Role.BODY and backmatter.RE_CREDITS.match(core):
            editing = backmatter.RE_EDITING_BY.search(core)
            line = replace(line, role=Role.BACK, rule="credits", label="Credits", reason="the story’s credits "
                           "(“Reporting by …; Editing by …”)", reads=(Reading(
                               "editor", editing.group("name"), editing.group("name"), rank=header.BACK),)
                           if editing else ())
        if line.role is Role.BODY and above and above.role is Role.BACK and (
                above.rule == "back-label" or not rules.ends_like_sentence(above.text)):
            # The next line of a note or of a labelled block, with no blank line between: the
            # same note, hard-wrapped ("... the South African Institute of International" / "Affairs").
            line = replace(line, role=Role.BACK, rule="back-continued", label=above.label,
                           reason=f"continues the {above.label.lower() or 'back matter'} on the line above")
        if line.reads and line.rule == "author-note" and number < len(raw.lines) \
                and raw.lines[number].strip() and not rules.ends_like_sentence(core):
            line = replace(line, reads=())  # a note hard-wrapped mid-name would give half a name
        authors += [r.value for r in line.reads if r.field == "author"]
        paragraphs += line.role is Role.BODY
        out.append(line)
    title_line = next((n for n, names in cited.items() if "title" in names), None)
    decided, title_warnings = title.decide(out, candidates, title_line, raw.path)
    return decided, tuple(warnings) + title_warnings


def _body_zone_line(number: int, text: str, core: str, authors: list[str], kept: dict[str, int],
                    repeats: Counter[str], heading_like: bool) -> LineClass:
    footnote = rules.RE_FOOTNOTE_DEF.match(core)
    if footnote and footnote.group("bare"):  # "1  text": kept as printed, number and all
        return LineClass(number, text, Role.BACK, "note-line", "a note (“n  …”, set off by spaces, as text "
                         "extraction leaves the notes of a PDF)", label=f"Note {footnote.group('bare')}")
    if footnote:
        return LineClass(number, text, Role.FOOTNOTE, "footnote-definition",
                         "footnote text (“[n] …”) at the end of the article",
                         label=footnote.group("num"))
    if rules.RE_SOURCE.match(core) and rules.words(core) <= 40:
        value = core.split(":", 1)[1].strip() if ":" in core else ""
        reads = (Reading("outlet", value, value, rank=header.BACK),) if header.is_outlet(value) else ()
        return LineClass(number, text, Role.BACK, "source-line", "the source’s own “Source” line",
                         label="Source", reads=reads)
    if rules.RE_DISCLAIMER.search(core):
        return LineClass(number, text, Role.BACK, "disclaimer", "the site’s disclaimer",
                         label="Disclaimer")
    bare = core.lstrip("*_ ")
    if backmatter.RE_AUTHOR_NOTE.match(bare) or any(
            author and re.match(rf"{re.escape(author)}\s+(?:is|was)\b", bare) for author in authors):
        return LineClass(number, text, Role.BACK, "author-note", "note on the author", label="Author note",
                         reads=backmatter.affiliation_in_note(bare))
    if backmatter.RE_AUTHOR_CONTACT.match(core):
        return LineClass(number, text, Role.BACK, "author-contact", "how to reach the author", label="Contact")
    if backmatter.RE_BACK_LABEL.match(core):
        return LineClass(number, text, Role.BACK, "back-label", "the label of the back matter that follows",
                         label=core.rstrip(": ").capitalize())
    label_value = backmatter.RE_LABEL_VALUE.match(core)
    if label_value and rules.words(core) <= backmatter.LABEL_VALUE_MAX_WORDS:
        read = header.read_line(core, header.BACK)
        return LineClass(number, text, Role.BACK, "label-value", "a labelled line after the text "
                         "(source, author, place, date…)", label=label_value.group("label").capitalize(),
                         reads=read.reads if read else ())
    heading = rules.heading_number(core)
    if heading:
        kind, num = heading
        return LineClass(number, text, Role.HEADING, f"{kind}-heading",
                         f"numbered heading ({'Roman' if kind == 'roman' else 'Arabic'} numeral)",
                         label=num)
    norm = _norm(core)
    if rules.words(core) <= RUNNING_HEADER_WORDS and repeats[norm] >= RUNNING_HEADER_REPEATS:
        return LineClass(number, text, Role.FURNITURE, "running-header",
                         f"a short line printed {repeats[norm]} times (a running header or footer of the "
                         "original pages)")
    # A byline or a date the rules can read is that, before it is a short line shaped like a heading.
    if rules.words(core) <= BODY_META_WORDS:
        read = header.read_line(core, header.BODY)
        if read and read.rule in BODY_META_RULES:
            return LineClass(number, text, Role.META, read.rule, read.reason + ", after the text began",
                             _field_of(read), reads=read.reads)
    if heading_like:
        return LineClass(number, text, Role.HEADING, "unnumbered-heading", "a short line that does not end like a "
                         "sentence, between the end of a paragraph and a long paragraph: a heading", label="")
    if rules.words(core) >= DUPLICATE_MIN_WORDS and norm in kept:
        return LineClass(number, text, Role.FURNITURE, "duplicate-line",
                         f"repeats line {kept[norm]} word for word (printed twice by the page)")
    kept[norm] = number
    return LineClass(number, text, Role.BODY, "body", "body text")
