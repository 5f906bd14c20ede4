"""The article page. Source text always goes through ``escape``; everything else on
the page is apparatus that we write, marked as such.

Inline apparatus inside source text (paragraph numbers, labels) carries the
class ``ed-apparatus`` so that the accounting can tell it from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Block, Kind, Role, Span
from ..naming import BLOCK_CLASS, block_label, date_of, title_of
from ..text.rules import RE_FOOTNOTE_MARK
from . import references
from .citations import Styled, parts
from .common import abbreviation_lines, apparatus_label, front_matter, header_comment
from .escape import escape
from .provenance import byline, citation_attributes, editorial_notes, meta_table, printed_header

FOOTNOTES_HERE = "///Footnotes Go Here///"  # Python-Markdown footnotes' PLACE_MARKER


@dataclass(frozen=True)
class Surroundings:
    """What the apparatus adds to an article page around the source text."""

    links: dict[str, tuple[Span, ...]] = field(default_factory=dict)  # block id -> links inside its text
    expansions: dict[str, str] = field(default_factory=dict)  # acronyms shown on hover
    top: tuple[str, ...] = ()  # Markdown right under the title (a note on a republished text)
    glance: tuple[str, ...] = ()  # Markdown after the metadata block (the profile)
    after: dict[str, tuple[str, ...]] = field(default_factory=dict)  # block id -> Markdown after it ("Also in")
    shared: frozenset[str] = frozenset()  # paragraphs shared with another article
    events: tuple[str, ...] = ()  # Markdown after the back matter (the events list)
    citations: tuple[Styled, ...] = ()  # the article in each citation style


def _inline(text: str, referenced: set[str], spans: tuple[Span, ...] = ()) -> str:
    """Escape block text, turning footnote markers into footnote refs and spans into links.

    The words stay the same: a link's text is the escaped source text it covers."""
    cuts: list[tuple[int, int, str]] = [
        (m.start(), m.end(), f"[^{m.group('num')}]")
        for m in RE_FOOTNOTE_MARK.finditer(text) if m.group("num") in referenced]
    for sp in spans:
        cuts.append((sp.start, sp.end, f'[{escape(text[sp.start:sp.end], strip=False)}]({sp.url} "{sp.title}")'))
    out, pos = [], 0
    for start, end, markup in sorted(cuts):
        if start < pos:
            continue  # overlapping annotations: the first one wins
        out.append(escape(text[pos:start], strip=False))
        out.append(markup)
        pos = end
    out.append(escape(text[pos:], strip=False))
    return "".join(out).strip(" ")


def _attributes(b: Block, kind: Kind, extra: str = "") -> str:
    """The block's id and class; matter that has a name carries it for the search index."""
    place = f' data-place="{block_label(b)}"' if kind in (Kind.FRONT, Kind.BACK, Kind.CAPTION, Kind.FOOTNOTE) else ""
    return f"{{: #{b.id} .{BLOCK_CLASS[Kind.BACK if kind is Kind.FOOTNOTE else kind]}{extra}{place} }}"


def _block(b: Block, referenced: set[str], spans: tuple[Span, ...] = (), shared: bool = False) -> list[str]:
    if b.kind is Kind.HEADING:
        return ["#" * b.level + f" {escape(b.text)} {{ #{b.id} .{BLOCK_CLASS[b.kind]} }}", ""]
    if b.kind is Kind.PARA:
        # No title: assets/tooltips.js makes the number's tooltip (a title per paragraph
        # weighs on the first view of a page, see the README).
        mark = f"[{b.label}](#{b.id}){{ .ed-pnum .ed-apparatus }}"
        return [f"{mark} {_inline(b.text, referenced, spans)}", _attributes(b, b.kind, " .ed-shared" if shared else ""),
                ""]
    if b.kind is Kind.CAPTION:
        return [f"{apparatus_label('Photo caption (the photo is not reproduced):')} {_inline(b.text, set(), spans)}",
                _attributes(b, b.kind), ""]
    if b.kind is Kind.FRONT:
        return [f"{_inline(b.text, set(), spans)}", _attributes(b, b.kind), ""]
    if b.kind is Kind.BACK:
        return [f"{apparatus_label(b.label + ':')} {_inline(b.text, set(), spans)}", _attributes(b, b.kind), ""]
    raise ValueError(f"no block form for {b.kind}")


def linked(note: Block) -> bool:
    """Whether a footnote is linked from its markers (its number names it alone)."""
    return note.id == f"fn:{note.label}"


def referenced_notes(article: Article) -> set[str]:
    """The numbers of the footnotes that the text refers to and that link back."""
    defined = {b.label for b in article.blocks_of(Kind.FOOTNOTE) if linked(b)}
    return {m.group("num") for b in article.paragraphs
            for m in RE_FOOTNOTE_MARK.finditer(b.text) if m.group("num") in defined}


def _back_matter(article: Article, referenced: set[str], links: dict[str, tuple[Span, ...]]) -> list[str]:
    back, notes = article.blocks_of(Kind.BACK), article.blocks_of(Kind.FOOTNOTE)
    if not back and not notes:
        return []
    out = ["---", "", "## Back matter { #back-matter .ed-apparatus-heading }", "",
           "*What the source prints after the article.*", ""]
    for b in back:
        out += _block(b, referenced, links.get(b.id, ()))
    for b in notes:
        if b.label in referenced and linked(b):
            out += [f"[^{b.label}]: {_inline(b.text, set(), links.get(b.id, ()))}", ""]
        else:  # unreferenced, or sharing its number: as printed, without a dead back-link
            shown = Block(b.kind, b.text, b.lines, f"fn-{b.label}" if linked(b) else b.id, b.label)
            out += [f"\\[{b.label}\\] {escape(b.text)}", _attributes(shown, Kind.FOOTNOTE), ""]
    if referenced:
        out += [FOOTNOTES_HERE, ""]
    return out


# What a reader can take away, by format: a reference manager's formats and the text as TEI.
DOWNLOADS = (("BibTeX", "data/references/{slug}.bib"), ("RIS", "data/references/{slug}.ris"),
             ("CSL-JSON", "data/references/{slug}.json"), ("TEI P5 XML", "tei/{slug}.xml"))


def _citation_markdown(fragment: str) -> str:
    return "".join(f"<em>{escape(text, strip=False)}</em>" if styled else escape(text, strip=False)
                   for text, styled in parts(fragment)).strip()


def cite_section(article: Article, styled: tuple[Styled, ...]) -> list[str]:
    """How to cite the text, in each style, and its downloads: one click away, closed."""
    links = ", ".join(f"[{name}](../{path.format(slug=article.slug)})" for name, path in DOWNLOADS)
    names = "; ".join(s.name for s in styled)
    out = ['<details class="ed-cite-text" id="cite" data-search-exclude="true" markdown>',
           f"<summary>Cite this text ({names}), or download it</summary>",
           ""]
    out += [f"- **{s.name}:** {_citation_markdown(s.reference)}" for s in styled]
    out += ["", "*Formatted by citeproc-py with the official CSL styles from the CSL-JSON record; each "
            "paragraph’s Cite button gives the in-text citation of that paragraph.*", "",
            f"Download: {links}.", "", "</details>", ""]
    return out


def render_article(article: Article, sources: list[str], around: Surroundings | None = None) -> str:
    """The article page: title and byline, the provenance (closed), the text, the back matter,
    then the edition's apparatus: the profile, the events, how to cite, the editorial notes."""
    around = around or Surroundings()
    title = title_of(article)
    author = article.meta.get("author")
    description = f"{title}" + (f", by {author.value}" if author else "") + \
        f" ({date_of(article)}): a reader’s edition with numbered paragraphs."
    referenced = referenced_notes(article)
    out = [front_matter(title, description, head_meta=references.head_meta(article),
                        jsonld=references.json_ld(article)), header_comment(sources), "",
           f"# {escape(title)} {{ #title }}", "", *byline(article), *around.top]
    # The full provenance, one click away; the print edition sets it at the end (edition.css).
    out += ['<details class="ed-provenance" id="provenance" markdown>',
            "<summary>Provenance: how each value was established, and the header as printed</summary>", "",
            f'<div class="ed-meta" {citation_attributes(article, around.citations)} markdown>', ""]
    out += meta_table(article) + printed_header(article) + ["", "</div>", "", "</details>", ""]
    for b in article.blocks_of(Kind.FRONT):
        out += _block(b, referenced, around.links.get(b.id, ()))
    for b in article.blocks_of(Kind.HEADING, Kind.PARA, Kind.CAPTION):
        out += _block(b, referenced, around.links.get(b.id, ()), b.id in around.shared)
        out += around.after.get(b.id, ())
    out += _back_matter(article, referenced, around.links)
    # What the edition computes about the text comes after it, not between the title and the text.
    out += around.glance
    out += around.events
    out += cite_section(article, around.citations)
    out += editorial_notes(article)
    texts = [b.text for b in article.blocks] + [c.text for c in article.lines_with(Role.META)]
    out += abbreviation_lines(texts, around.expansions)
    return "\n".join(out) + "\n"
