"""The teiHeader of an article's TEI export: the same provenance the article page shows
(``provenance``), in the places TEI gives it. A value the source does not state is
never given as if it did: it is absent, and said to be not stated."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..inputs.editorial import FIELDS
from ..model import Article, MetaValue
from ..naming import date_of, title_of
from .common import plural
from .tei_xml import EDITION, EDITION_ID, EDITION_NAME, XML_ID, element, mixed, sub

PRINCIPLES = {
    "correction": (
        "The source text is never rewritten. The edition repairs only artifacts of the scraping, "
        "and records every repair. A word hyphenated across a line break of the original layout is "
        "given as choice: sic (as scraped) and corr (as read), and the corr points with @corresp to "
        "its record, which gives the raw line and the reason. Paragraphs run together or broken in "
        "the middle of a sentence, the indentation of scraped lines and the linking of footnote "
        "markers are listed with their raw line, the text before and after, and the reason, in the "
        "list of changes (back, div type=\"edits\"). Misprints of the source are kept as printed.",
    ),
    "normalization": (
        "Nothing is normalised: spelling, punctuation, quotation marks and dashes are as scraped. "
        "Only the indentation of scraped lines is removed (each removal is listed). A character that "
        "XML 1.0 cannot carry (a control character other than tab, line feed and carriage return) "
        "is given as U+FFFD REPLACEMENT CHARACTER.",
    ),
    "segmentation": (
        "Body paragraphs are numbered through the whole article (@n): paragraph 12 is one place, "
        "whatever the section. Every @xml:id is the id of the same place on the web page (p12, "
        "sec-ii-1), so that links and citations stay stable; a colon is not allowed in an xml:id, "
        "so the page's footnote ids fn:1 are given as fn.1, and an id that would not start with a "
        "letter is prefixed id. (ids the edition invents contain a full stop, which no page id does). "
        "Sections follow the source's own headings and numbering. On the lines of the printed header, "
        "the removed page furniture and the list of changes, @n is the line of the raw file.",
    ),
}
FURNITURE_PRINCIPLE = (
    "Page furniture (site navigation and controls, promotion, lines printed twice) is removed from "
    "the reading text and kept verbatim, with its raw line and the reason, in the back "
    "(div type=\"removed-furniture\"). Every other line of the raw file is in the text: the build "
    "checks that each is found, with its recorded repairs, where its role puts it."
)


def _how(name: str, v: MetaValue | None, article: Article) -> list[str | ET.Element]:
    """How a metadata value was established, as the article page's table says it."""
    if v is None:
        supplied = "supplied_title" in article.meta and name == "title"
        return [" not stated: the source does not give it" + (
            "; the bracketed title of this file is supplied by the editors." if supplied else ".")]
    parts: list[str | ET.Element] = [" ", element("seg", v.value, {"type": "value"})]
    if v.how == "stated":
        parts.append(f": stated, line {v.line}" + (": " if v.quote else "."))
        if v.quote:
            parts += [element("quote", v.quote), "."]
    else:
        parts += [": inferred" + (f" from line {v.line}" if v.line else "") + ": ",
                  element("seg", v.basis, {"type": "basis"})]
    if v.note:
        parts += [" ", element("note", v.note, {"type": "edition", "resp": EDITION})]
    return parts


def _provenance(article: Article, parent: ET.Element) -> None:
    values = sub(parent, "list", "", {"type": "metadata-provenance"})
    sub(values, "head", "How each value of the metadata was established")
    for name, label in FIELDS.items():
        v = article.meta.get(name)
        mixed(values, "item", [element("label", label), *_how(name, v, article)], {"n": name})


def _marked(v: MetaValue) -> dict[str, str]:
    """An inferred value is marked as the edition's inference, never given as stated."""
    return {"cert": "medium", "resp": EDITION} if v.how == "inferred" else {}


def _source(article: Article, parent: ET.Element) -> None:
    """The scraped page, each value as it is given there."""
    meta = article.meta
    bibl = sub(parent, "bibl", "", {"type": "source"})
    if "title" in meta:
        sub(bibl, "title", meta["title"].value, {"level": "a", **_marked(meta["title"])})
    for name in ("author", "editor"):
        if name in meta:
            sub(bibl, name, meta[name].value, _marked(meta[name]))
    if "outlet" in meta:
        sub(bibl, "publisher", meta["outlet"].value, _marked(meta["outlet"]))
    if "date" in meta:
        d = meta["date"]
        extra = {"type": "inferred", "evidence": "internal", **_marked(d)} if d.how == "inferred" else {}
        sub(bibl, "date", date_of(article), {"when": d.value, **extra})
    for name in ("affiliation", "section", "series"):
        if name in meta:
            sub(bibl, "note", meta[name].value, {"type": name})
    if "book" in meta or "publisher" in meta:
        book = sub(sub(bibl, "relatedItem", "", {"type": "original"}), "bibl")
        if "book" in meta:
            sub(book, "title", meta["book"].value, {"level": "m"})
        if "publisher" in meta:
            sub(book, "publisher", meta["publisher"].value)
    sub(bibl, "idno", article.raw.path, {"type": "path"})
    sub(bibl, "idno", article.raw.sha256, {"type": "SHA-256"})
    sub(bibl, "extent", f"{plural(len(article.raw.lines), 'line')}, kept byte for byte as scraped")


def header(article: Article) -> ET.Element:
    h = element("teiHeader")
    file_desc = sub(h, "fileDesc")
    titles = sub(file_desc, "titleStmt")
    sub(titles, "title", title_of(article), {"type": "main" if "title" in article.meta else "supplied"})
    for name in ("author", "editor"):
        if name in article.meta:
            sub(titles, name, article.meta[name].value, _marked(article.meta[name]))
    resp = sub(titles, "respStmt")
    sub(resp, "resp", "reader’s edition: text repaired and structured, paragraphs numbered, apparatus")
    sub(resp, "name", EDITION_NAME, {XML_ID: EDITION_ID})
    sub(file_desc, "extent", f"{plural(article.word_count, 'word')} in "
                             f"{plural(len(article.paragraphs), 'numbered paragraph')} "
                             "(counted by the build from the body text)")
    publication = sub(file_desc, "publicationStmt")
    sub(publication, "publisher", EDITION_NAME)
    sub(publication, "idno", article.slug, {"type": "slug"})
    source = sub(file_desc, "sourceDesc")
    _source(article, source)
    _provenance(article, source)
    encoding = sub(h, "encodingDesc")
    sub(sub(encoding, "projectDesc"), "p", "A reader’s edition of English articles on win-win cooperation, "
        "scraped from the web: the text as published, with numbered paragraphs and an apparatus.")
    decl = sub(encoding, "editorialDecl")
    for tag, paragraphs in PRINCIPLES.items():
        part = sub(decl, tag)
        for text in paragraphs:
            sub(part, "p", text)
    sub(decl, "p", FURNITURE_PRINCIPLE)
    return h
