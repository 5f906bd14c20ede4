"""How the edition names things for a reader: an article, its date, a place in it.

Every page, the data files and the search index label places through these
functions, so that "paragraph 12 of Chen's article" reads the same everywhere.
"""

from __future__ import annotations

from . import dates
from .model import Article, Block, Kind

METADATA = "title"  # the id of an article's title and metadata block, and what a mention of "the article" names
# The class each kind of block carries in the HTML: how the search hook, the accounting
# of the built page and the tests find the source text again. (Here, in a module the
# MkDocs hook can import without loading the build.)
BLOCK_CLASS = {Kind.HEADING: "ed-heading", Kind.PARA: "ed-para", Kind.FRONT: "ed-front", Kind.CAPTION: "ed-caption",
               Kind.BACK: "ed-back"}


def title_of(article: Article) -> str:
    """The stated or inferred title; a title the editors supply is bracketed."""
    if "title" in article.meta:
        return article.meta["title"].value
    supplied = article.meta.get("supplied_title")
    return f"[{supplied.value}]" if supplied else f"[Untitled text: {article.slug}]"


def cite_label(article: Article) -> str:
    """A short name for citations: “Chen Xulong, 2017”, “Anonymous, c. 2016”."""
    author = article.meta["author"].value if "author" in article.meta else "Anonymous"
    d = article.meta.get("date")
    year = (("c. " if d.how == "inferred" else "") + d.value[:4]) if d else "n.d."
    return f"{author}, {year}"


def date_of(article: Article) -> str:
    """The publication date as shown: "October 20, 2015", "c. 2016 (inferred)", "not stated"."""
    d = article.meta.get("date")
    if not d:
        return "not stated"
    shown = dates.parse(d.value).display()
    return f"c. {shown} (inferred)" if d.how == "inferred" else shown


def place_label(kind: Kind, label: str) -> str:
    """A place as a reader names it, from its block's label: “¶12”, “¶6–8”, “Footnote 3”,
    “Section II.1”, and front and back matter by name (“Editor’s note”, “Source”)."""
    if kind is Kind.PARA:
        return f"¶{label}"
    if kind is Kind.FOOTNOTE:
        return f"Footnote {label}"
    if kind is Kind.HEADING:
        return f"Section {label}"
    return label


def block_label(block: Block) -> str:
    return place_label(block.kind, block.label)


def place_in(article: Article, ident: str) -> str:
    """The label of a place given by id: a block of the article, or its metadata."""
    block = article.block(ident)
    if block is not None:
        return block_label(block)
    if ident == METADATA:
        return "metadata"
    raise KeyError(f"{article.slug} has no place {ident!r}")


def cited_place(article: Article, ident: str) -> str:
    """“Chen Xulong, 2017, ¶12”."""
    return f"{cite_label(article)}, {place_in(article, ident)}"
