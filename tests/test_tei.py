"""The TEI export of every article: valid against tei_all (RELAX NG), and holding the
page's text word for word, its paragraph numbers and ids, every repair as a choice,
every removed line verbatim, and the metadata as stated, nothing invented."""

from __future__ import annotations

import importlib.resources
from typing import Any

import pytest
from lxml import etree

from edition.build import Edition
from edition.inputs.editorial import FIELDS
from edition.model import Article, Block, Kind, RawArticle, Role
from edition.naming import title_of
from edition.pages.tei import document
from edition.pages.tei_xml import xml_id
from edition.text import clean_article, repair

from .conftest import ROOT

T = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": T[1:-1]}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SLUGS = sorted(p.stem for p in (ROOT / "sources/articles").glob("*.txt"))
# The page's order: the front matter, the text (headings, paragraphs and captions as they
# come), the back matter, the notes.
READING_ORDER = {Kind.FRONT: 0, Kind.HEADING: 1, Kind.PARA: 1, Kind.CAPTION: 1, Kind.BACK: 2, Kind.FOOTNOTE: 3}


@pytest.fixture(scope="session")
def tei_all() -> Any:
    """The tei_all schema, loaded once: it takes seconds."""
    with importlib.resources.as_file(importlib.resources.files("schemas") / "tei_all.rng") as path:
        return etree.RelaxNG(etree.parse(str(path)))


def article_of(edition: Edition, slug: str) -> Article:
    return next(a for a in edition.articles if a.slug == slug)


def parse(text: str) -> Any:
    return etree.fromstring(text.encode("utf-8"))


def tei_of(edition: Edition, slug: str) -> Any:
    return parse(edition.pages[f"tei/{slug}.xml"])


def assert_valid(schema: Any, doc: Any) -> None:
    valid = schema.validate(doc)
    assert valid, "\n".join(f"line {e.line}: {e.message}" for e in schema.error_log)


def reading(el: Any) -> str:
    """The text of ``el`` as read: a correction, not what it corrects; not the edition's
    apparatus (its lists of changes and removed lines, its description of a missing photo)."""
    if el.tag == f"{T}sic" or el.tag == f"{T}figDesc" or (el.tag == f"{T}div" and el.get("resp")):
        return ""
    return (el.text or "") + "".join(reading(child) + (child.tail or "") for child in el)


def by_id(doc: Any, ident: str) -> Any:
    found = doc.xpath("//*[@xml:id=$i]", i=ident)
    assert len(found) == 1, f"{len(found)} elements have xml:id={ident!r}"
    return found[0]


def block_element(doc: Any, b: Block) -> Any:
    """The element that holds a block's text: a section's or a figure's head, else the block's own."""
    el = by_id(doc, xml_id(b.id))
    return el.find("t:head", NS) if el.tag in (f"{T}div", f"{T}figure") else el


def test_every_article_has_a_tei_file(edition: Edition) -> None:
    assert sorted(p for p in edition.pages if p.startswith("tei/")) == [f"tei/{s}.xml" for s in SLUGS]
    assert [a.slug for a in edition.articles if a.slug not in SLUGS] == []


@pytest.mark.parametrize("slug", SLUGS)
def test_the_tei_is_valid_against_tei_all(edition: Edition, tei_all: Any, slug: str) -> None:
    text = edition.pages[f"tei/{slug}.xml"]
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    doc = parse(text)
    assert doc.tag == f"{T}TEI"
    assert_valid(tei_all, doc)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_paragraph_keeps_its_number_and_id(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    numbered = doc.xpath("//t:body//t:p[@n]", namespaces=NS)
    assert [(p.get("n"), p.get(XML_ID)) for p in numbered] == [(b.label, b.id) for b in article.paragraphs]
    for b in article.blocks:  # every place of the page is one element, whatever its kind
        by_id(doc, xml_id(b.id))


@pytest.mark.parametrize("slug", SLUGS)
def test_every_word_of_the_reading_text_is_in_the_tei_in_order(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    for b in article.blocks:
        assert reading(block_element(doc, b)).split() == b.text.split(), f"{b.id} differs"
    words = reading(doc.find("t:text", NS)).split()
    pos = 0
    for b in sorted(article.blocks, key=lambda b: READING_ORDER[b.kind]):
        expected = b.text.split()
        found = next((i for i in range(pos, len(words) - len(expected) + 1) if words[i:i + len(expected)] == expected),
                     None)
        assert found is not None, f"{b.id} is not in the TEI text after the blocks before it: {b.text[:80]!r}"
        pos = found + len(expected)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_word_repair_is_a_choice_with_its_reason(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    repairs = [e for e in article.edits if e.rule == "dehyphenate"]
    choices = doc.xpath("//t:text//t:choice", namespaces=NS)
    assert len(choices) == len(repairs)
    for e, choice in zip(repairs, choices, strict=True):
        sic, corr = choice.find("t:sic", NS), choice.find("t:corr", NS)
        assert (sic.text, corr.text) == (e.before, e.after)
        paragraph = choice.getparent()
        assert paragraph.tag == f"{T}p"
        block = article.block(paragraph.get(XML_ID))
        assert block is not None
        assert e.line in block.lines
        record = by_id(doc, corr.get("corresp").removeprefix("#"))
        assert record.get("n") == str(e.line)
        assert record.find("t:seg[@type='reason']", NS).text == e.reason


@pytest.mark.parametrize("slug", SLUGS)
def test_every_change_is_recorded(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    items = doc.xpath("//t:back/t:div[@type='edits']//t:item", namespaces=NS)
    assert [(i.get("n"), i.find("t:label", NS).text, *(i.find(f"t:seg[@type='{t}']", NS).text
                                                       for t in ("before", "after", "reason"))) for i in items] == [
        (str(e.line), e.rule, e.before, e.after, e.reason) for e in article.edits]


@pytest.mark.parametrize("slug", SLUGS)
def test_the_removed_furniture_is_kept_verbatim(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    kept = doc.xpath("//t:back/t:div[@type='removed-furniture']//t:item", namespaces=NS)
    assert [(i.get("n"), i.find("t:fw", NS).text) for i in kept] == [
        (str(c.number), c.text) for c in article.lines_with(Role.FURNITURE)]


@pytest.mark.parametrize("slug", SLUGS)
def test_the_printed_header_is_kept_verbatim(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    printed = doc.xpath("//t:front/*[@n][not(self::t:div)]", namespaces=NS)
    assert [(e.get("n"), e.findtext("t:titlePart", namespaces=NS) if e.tag == f"{T}docTitle" else e.text)
            for e in printed] == [(str(c.number), c.text) for c in article.lines_with(Role.META)]


@pytest.mark.parametrize("slug", SLUGS)
def test_the_header_gives_the_metadata_as_stated(edition: Edition, slug: str) -> None:
    article, doc = article_of(edition, slug), tei_of(edition, slug)
    header, meta = doc.find("t:teiHeader", NS), article.meta
    assert header.findtext("t:fileDesc/t:titleStmt/t:title", namespaces=NS) == title_of(article)
    bibl = header.find("t:fileDesc/t:sourceDesc/t:bibl", NS)
    for name in ("author", "editor"):
        stated = [meta[name].value] if name in meta else []
        assert [e.text for e in header.iterfind(f"t:fileDesc/t:titleStmt/t:{name}", NS)] == stated
        assert [e.text for e in bibl.iterfind(f"t:{name}", NS)] == stated
    dates = bibl.findall("t:date", NS)
    assert [d.get("when") for d in dates] == ([meta["date"].value] if "date" in meta else [])
    for d in dates:  # an inferred date is never given as if the source stated it
        inferred = meta["date"].how == "inferred"
        assert (d.get("type") == "inferred" and d.get("cert") is not None) == inferred
    items = header.findall("t:fileDesc/t:sourceDesc/t:list[@type='metadata-provenance']/t:item", NS)
    assert [i.get("n") for i in items] == list(FIELDS)
    for item in items:
        said = "".join(item.itertext())
        v = meta.get(item.get("n"))
        if v is None:
            assert "not stated" in said
        elif v.how == "stated":
            assert f"stated, line {v.line}" in said
            assert item.findtext("t:quote", namespaces=NS) == (v.quote or None)
        else:
            assert item.findtext("t:seg[@type='basis']", namespaces=NS) == v.basis


def test_sections_nest_as_in_the_source(edition: Edition) -> None:
    """Chen's numbered subsections sit inside their Roman-numeral sections."""
    article, doc = article_of(edition, "chen-2017"), tei_of(edition, "chen-2017")
    for b in article.blocks_of(Kind.HEADING):
        parent = by_id(doc, b.id).getparent()
        assert parent.get(XML_ID) == (b.id.rsplit("-", 1)[0] if b.level == 3 else None), b.id
    assert len(doc.xpath("//t:div[@type='section']/t:div[@type='section']", namespaces=NS)) == 14


def test_an_article_without_a_byline_has_no_author_and_an_inferred_date(edition: Edition) -> None:
    doc = tei_of(edition, "towards-a-new-type")
    assert doc.xpath("//t:author", namespaces=NS) == []
    assert "Anonymous" not in etree.tostring(doc, encoding="unicode")
    (date,) = doc.xpath("//t:date", namespaces=NS)
    assert (date.get("when"), date.get("type"), date.get("cert")) == ("2016", "inferred", "medium")


HOSTILE = (
    "Published: March 3, 2020",
    "By A. Writer & <Co>",
    "",
    "Tags & <b>bold</b> ]]> are text; opportunities & the oppor-tunities too.[1] --> <!-- x -->",
    "",
    "<script>alert('x')</script> & &amp; &#x41; <?pi x?> ]]> \x0c <![CDATA[ y ]]>",
    "",
    "[1] A note with <note> & ]]> inside.",
)


def test_markup_in_the_source_stays_text_and_the_tei_stays_valid(tei_all: Any) -> None:
    article = clean_article(RawArticle("hostile", "hostile.txt", HOSTILE, "0" * 64), None,
                            repair.vocabulary(HOSTILE))
    doc = parse(document(article, ["hostile.txt"]))
    assert_valid(tei_all, doc)
    for b in article.blocks:
        assert reading(block_element(doc, b)).split() == b.text.replace("\x0c", "\ufffd").split()
    assert "]]> \ufffd <![CDATA[" in reading(by_id(doc, "p2"))  # XML cannot carry the control character
    assert doc.findtext(".//t:titleStmt/t:author", namespaces=NS) == "A. Writer & <Co>"
    # Only the elements the export writes: a repaired word, a linked footnote marker.
    assert {el.tag.removeprefix(T) for el in doc.iterfind(".//t:body//*", NS)} == {"p", "choice", "sic", "corr", "ref"}
    (choice,) = doc.iterfind(".//t:choice", NS)
    assert choice.getparent().text.endswith("opportunities & the ")  # the repaired word, not its earlier twin


HEADER = ("Published: March 3, 2020", "By A. Writer", "")
BODY = (*HEADER, "The first long line starts the body, since a header line is short and this one has many words.", "")
SHAPES = {
    "sections": (*BODY, "Before any heading.", "", "I. First", "", "Text of I.[1]", "", "II. Second", "", "1. Sub", "",
                 "Text of II.1, with oppor-tunities lost and opportunities found.", "", "2. Sub", "", "III. Empty",
                 "", "[1] The note."),
    "numbered": (*BODY, "1. One", "", "Text of 1.", "", "2. Two", "", "Text of 2."),
    "notes-sharing-a-number": (*BODY, "Marked.[1] And.[2]", "", "[1] first", "[1] second", "[2] third"),
    "no-body": HEADER,  # TEI requires a body: the export says there is none
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_of_article_gives_valid_tei_with_its_text(tei_all: Any, shape: str) -> None:
    lines = SHAPES[shape]
    article = clean_article(RawArticle(shape, f"{shape}.txt", lines, "0" * 64), None, repair.vocabulary(lines))
    doc = parse(document(article, [f"{shape}.txt"]))
    assert_valid(tei_all, doc)
    for b in article.blocks:
        assert reading(block_element(doc, b)).split() == b.text.split(), b.id
    assert [p.get(XML_ID) for p in doc.xpath("//t:body//t:p[@n]", namespaces=NS)] == [
        b.id for b in article.paragraphs]
    assert len(doc.xpath("//t:choice", namespaces=NS)) == sum(e.rule == "dehyphenate" for e in article.edits)
