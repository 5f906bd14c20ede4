"""What the TEI export is made of: elements built with ElementTree, the mapping of the
page's ids to xml:ids, and a serialisation that is the same bytes on every build
(the generated files are committed and checked for freshness)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EDITION_NAME = "Win-win cooperation: a reader’s edition"
# Ids the export invents contain a full stop, which no id of the web page does
# (they are made of a-z, 0-9, "-" and the colon of "fn:1"): they cannot collide.
EDITION_ID = "ed.edition"
EDITION = f"#{EDITION_ID}"

# XML 1.0 cannot carry these characters at all, not even as references.
RE_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
RE_NCNAME_START = re.compile("[A-Za-z_]")

# Elements whose children are elements only: laid out one per line. Every other element
# keeps its content exactly as built, since white space inside mixed content is text.
CONTAINERS = frozenset({
    "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "sourceDesc", "bibl",
    "relatedItem", "encodingDesc", "projectDesc", "editorialDecl", "correction", "normalization",
    "segmentation", "text", "front", "body", "back", "div", "list", "docTitle", "figure",
})


def xml_text(text: str) -> str:
    """Text as XML can carry it: a character XML 1.0 forbids becomes U+FFFD (the
    encoding description says so); everything else is kept, markup-like or not."""
    return RE_NOT_XML.sub("\ufffd", text)


def xml_id(page_id: str) -> str:
    """The xml:id of a place whose id on the web page is ``page_id``.

    The same id wherever XML allows it. A colon is not allowed in an xml:id, so the
    page's footnote ids "fn:1" become "fn.1"; an id that does not start with a letter
    is prefixed "id.". The full stop appears in no page id, so the mapping is one-to-one.
    """
    ident = page_id.replace(":", ".")
    return ident if RE_NCNAME_START.match(ident) else f"id.{ident}"


def sub(parent: ET.Element, tag: str, text: str = "", attrs: dict[str, str] | None = None) -> ET.Element:
    """A child element with optional text and attributes (empty attributes left out)."""
    el = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in (attrs or {}).items() if v})
    if text:
        el.text = xml_text(text)
    return el


def append_text(el: ET.Element, text: str) -> None:
    """Add text at the end of ``el``'s content (after its last child, if any)."""
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + xml_text(text)
    else:
        el.text = (el.text or "") + xml_text(text)


def mixed(parent: ET.Element, tag: str, parts: list[str | ET.Element], attrs: dict[str, str] | None = None,
          ) -> ET.Element:
    """A child element whose content is text and elements, in order."""
    el = sub(parent, tag, "", attrs)
    for part in parts:
        if isinstance(part, str):
            append_text(el, part)
        else:
            el.append(part)
    return el


def element(tag: str, text: str = "", attrs: dict[str, str] | None = None) -> ET.Element:
    """A free-standing element, to be placed by ``mixed``."""
    el = ET.Element(tag, {k: xml_text(v) for k, v in (attrs or {}).items() if v})
    if text:
        el.text = xml_text(text)
    return el


def _lay_out(el: ET.Element, level: int) -> None:
    if el.tag not in CONTAINERS or not len(el) or (el.text or "").strip():
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _lay_out(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level


def tei_root(lang: str) -> ET.Element:
    """The root element. The TEI namespace is written as a plain attribute, so that the
    elements can be built without prefixes and without ElementTree's global namespace
    registry (which would make the output depend on what else registered a prefix)."""
    return ET.Element("TEI", {"xmlns": TEI_NS, XML_LANG: lang})


def serialise(root: ET.Element, comment: str) -> str:
    """The document: XML declaration, a comment (the generated-file header), the root."""
    _lay_out(root, 0)
    if not (comment.startswith("<!-- ") and comment.endswith(" -->")) or "--" in comment[4:-3]:
        raise ValueError(f"not a well-formed XML comment: {comment!r}")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{comment}\n{ET.tostring(root, encoding="unicode")}\n'
