"""An article as a TEI P5 document: the header (``tei_header``), the text with its
sections and numbered paragraphs, the notes, and the apparatus the article page
shows in its editorial notes (every change to the raw text, every line removed).

The text holds every word of the reading text, in the page's order, with the
page's ids; what the edition adds is marked as the edition's (@resp)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..model import Article, Block, Kind, Role
from .common import header_comment
from .tei_header import header
from .tei_text import content, edit_ids, linked_notes, word_repairs
from .tei_xml import EDITION, XML_ID, element, mixed, serialise, sub, tei_root, xml_id

# The printed header's lines, by the field they give, as TEI's title-page elements;
# a line of several labelled fields is an imprint, any other an anonymous block.
HEADER_LINE = {"title": "docTitle", "date": "docDate", "author": "byline", "affiliation": "byline",
               "labelled": "docImprint"}


def _printed_header(article: Article, front: ET.Element) -> None:
    """The lines of the page header that gave the metadata, as printed (verbatim)."""
    for c in article.lines_with(Role.META):
        tag = HEADER_LINE.get(c.field, "ab")
        if tag == "docTitle":
            sub(sub(front, tag, "", {"n": str(c.number)}), "titlePart", c.text)
        else:
            sub(front, tag, c.text, {"n": str(c.number), **({"type": c.field} if tag == "ab" else {})})


class _Text:
    """Builds the text element; the repairs and linked notes are the article's."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.repairs = word_repairs(article)
        self.linked = linked_notes(article)

    def block(self, parent: ET.Element, b: Block) -> None:
        ident = xml_id(b.id)
        if b.kind is Kind.PARA:
            mixed(parent, "p", content(b, self.repairs.get(b.id, []), self.linked), {"n": b.label, XML_ID: ident})
        elif b.kind is Kind.CAPTION:
            figure = sub(parent, "figure", "", {XML_ID: ident, "n": b.label})
            mixed(figure, "head", content(b, [], set()))
            sub(figure, "figDesc", "The photo is not reproduced: it was not captured with the page.",
                {"resp": EDITION})
        elif b.kind is Kind.FOOTNOTE:
            mixed(parent, "note", content(b, [], set()), {XML_ID: ident, "n": b.label, "type": "footnote"})
        else:  # front and back matter: named by the edition (the name is not the source's text)
            mixed(parent, "p", content(b, [], set()), {XML_ID: ident, "n": b.label})

    def body(self, body: ET.Element) -> None:
        """Headings open divisions, nested by level, so that the source's numbered subsections
        sit inside their Roman-numeral sections; without headings the body is flat."""
        stack: list[tuple[int, ET.Element]] = [(0, body)]
        for b in self.article.blocks_of(Kind.HEADING, Kind.PARA, Kind.CAPTION):
            if b.kind is Kind.HEADING:
                while stack[-1][0] >= b.level:
                    stack.pop()
                div = sub(stack[-1][1], "div", "", {XML_ID: xml_id(b.id), "type": "section", "n": b.label})
                mixed(div, "head", content(b, [], set()))
                stack.append((b.level, div))
            else:
                self.block(stack[-1][1], b)


def _edits(article: Article, back: ET.Element) -> None:
    div = _apparatus(back, "edits", "Changes to the raw text")
    if not article.edits:
        sub(div, "p", "None: the raw text is reproduced without change.")
        return
    ids = edit_ids(article)
    listing = sub(div, "list")
    for i, e in enumerate(article.edits):
        places = " ".join(f"#{xml_id(b.id)}" for b in article.blocks if e.line in b.lines)
        mixed(listing, "item", [
            element("label", e.rule), f" (line {e.line}). Before: ", element("seg", e.before, {"type": "before"}),
            ". After: ", element("seg", e.after, {"type": "after"}), ". Why: ",
            element("seg", e.reason, {"type": "reason"}), "."], {XML_ID: ids[i], "n": str(e.line), "corresp": places})


def _apparatus(back: ET.Element, kind: str, head: str) -> ET.Element:
    div = sub(back, "div", "", {"type": kind, "resp": EDITION})
    sub(div, "head", head)
    return div


def _furniture(article: Article, back: ET.Element) -> None:
    lines = article.lines_with(Role.FURNITURE)
    div = _apparatus(back, "removed-furniture", "Page furniture removed from the reading text (verbatim)")
    if not lines:
        sub(div, "p", "None: no line of the raw text was removed.")
    else:
        listing = sub(div, "list")
        for c in lines:  # the whole raw line, its white space too
            mixed(listing, "item", [element("fw", c.text, {"type": c.rule}), " Why removed: ",
                                    element("seg", f"{c.reason} ({c.rule})", {"type": "reason"})], {"n": str(c.number)})


def _decisions(article: Article, back: ET.Element) -> None:
    decided = tuple(c for c in article.classes if c.rule == "editorial data")
    if not decided:
        return
    listing = sub(_apparatus(back, "editorial-decisions", "Decisions from the editorial data "
                             "(sources/articles.yml), for lines no general rule can classify"), "list")
    for c in decided:
        what = c.role.value + (f" ({c.field})" if c.field else "")
        mixed(listing, "item", [f"Line {c.number}: {what}. ", element("seg", c.reason, {"type": "reason"})],
              {"n": str(c.number)})


def document(article: Article, sources: list[str]) -> str:
    """The article as a TEI P5 document (UTF-8 text with its XML declaration)."""
    root = tei_root("en")
    root.append(header(article))
    text = sub(root, "text")
    build = _Text(article)
    front_blocks = article.blocks_of(Kind.FRONT)
    if front_blocks or article.lines_with(Role.META):
        front = sub(text, "front")
        _printed_header(article, front)
        if front_blocks:
            div = sub(front, "div", "", {"type": "front-matter"})
            for b in front_blocks:
                build.block(div, b)
    body = sub(text, "body")
    build.body(body)
    if not len(body):  # TEI requires a body; say that the source has none rather than invent one
        sub(sub(body, "div", "", {"type": "no-body-text", "resp": EDITION}), "p",
            "The raw text has no line the build reads as body text: every line is listed above or below.")
    back = sub(text, "back")
    if article.blocks_of(Kind.BACK):
        div = sub(back, "div", "", {"type": "back-matter"})
        for b in article.blocks_of(Kind.BACK):
            build.block(div, b)
    if article.blocks_of(Kind.FOOTNOTE):
        div = sub(back, "div", "", {"type": "notes"})
        for b in article.blocks_of(Kind.FOOTNOTE):
            build.block(div, b)
    _edits(article, back)
    _furniture(article, back)
    _decisions(article, back)
    return serialise(root, header_comment(sources))
