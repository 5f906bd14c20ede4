"""The articles as references, for reference managers: CSL-JSON, BibTeX and RIS to
download, and the metadata a page reader such as Zotero's looks for in the page's
head (Highwire ``citation_*``, Dublin Core, schema.org JSON-LD).

Nothing is filled in: an author or a date the source does not state is left out
(no "Anonymous"), an inferred date is never given as the date of publication (it
is said in a note, with its basis), and a title the editors supply stays in brackets.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .. import dates
from ..model import Article, MetaValue
from ..naming import title_of

EDITION = "Win-win cooperation: a reader’s edition"
LANGUAGE = "en"
# What biblatex reads as commands or groups in a field, and how it is written as text.
BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                  "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
RE_AND = re.compile(r"\s+(?:and|&)\s+")  # between the names of a byline
RE_BIBTEX_SPECIAL = re.compile("|".join(re.escape(c) for c in BIBTEX_SPECIAL))


def _stated(article: Article, name: str) -> str:
    value = article.meta.get(name)
    return value.value if value and value.how == "stated" else ""


def _date_parts(iso: str) -> list[int]:
    return [int(part) for part in iso.split("-")]


def note(article: Article) -> str:
    """What a reference manager should know that has no field of its own."""
    parts = []
    if "title" not in article.meta:
        parts.append("The source gives no title; the bracketed title is the editors’.")
    date = article.meta.get("date")
    if date and date.how == "inferred":
        parts.append(f"Date of publication not stated; c. {dates.parse(date.value).display()} inferred by the "
                     f"editors from {date.basis.rstrip('.')}.")
    elif not date:
        parts.append("Date of publication not stated.")
    author = article.meta.get("author")
    if author and author.generic:
        parts.append(f"The byline “{author.value}” names no person.")
    if _stated(article, "book"):  # the source names the book the text comes from
        publisher = f" ({_stated(article, 'publisher')}, as printed)" if _stated(article, "publisher") else ""
        parts.append(f"From the book “{_stated(article, 'book')}”{publisher}.")
    parts.append(f"Text from the reader’s edition “{EDITION}” (raw file {article.raw.path}).")
    return " ".join(parts)


def _name(value: MetaValue) -> dict[str, str]:
    """A CSL name: split only where the editors say which word is the family name (the
    first, as in Chinese, or the last); otherwise the name as printed, whole."""
    words = value.value.split()
    if not value.family or len(words) < 2:
        return {"literal": value.value}
    given = words[1:] if words[0] == value.family else words[:-1]  # "Wei Wei": family first
    return {"family": value.family, "given": " ".join(given)}


def authors(article: Article) -> list[dict[str, str]]:
    """The stated author as persons, one per name of the byline ("Maria Lopez and Tom Chen"
    is two), unless the byline names none ("Staff writer")."""
    value = article.meta.get("author")
    if not value or value.how != "stated" or value.generic:
        return []
    names = RE_AND.split(value.value)
    if len(names) == 1:
        return [_name(value)]
    return [{"literal": name} for name in names if name]  # which part is a family name is said for one person only


def name_text(name: dict[str, str]) -> str:
    """A name as reference managers read it in a page's head: "Family, Given", or as printed."""
    return ", ".join(filter(None, (name.get("family"), name.get("given")))) or name["literal"]


def csl_item(article: Article) -> dict[str, Any]:
    """The article as a CSL-JSON item. (A website's editor is not given: CSL's editor is
    the editor of a book or collection, and the styles would cite the text as edited.)"""
    item: dict[str, Any] = {"id": article.slug, "type": "webpage", "title": title_of(article), "language": LANGUAGE}
    if authors(article):
        item["author"] = authors(article)
    if _stated(article, "date"):
        item["issued"] = {"date-parts": [_date_parts(_stated(article, "date"))]}
    for name, variable in (("outlet", "container-title"), ("section", "section")):
        if _stated(article, name):
            item[variable] = _stated(article, name)
    item["note"] = note(article)
    return item


def csl_json(articles: list[Article]) -> str:
    return json.dumps([csl_item(a) for a in articles], ensure_ascii=False, indent=2) + "\n"


def _bibtex_text(text: str) -> str:
    return RE_BIBTEX_SPECIAL.sub(lambda m: BIBTEX_SPECIAL[m.group()], text)


def _bibtex_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return f"{{{_bibtex_text(name['literal'])}}}"
    return ", ".join(_bibtex_text(name[part]) for part in ("family", "given") if part in name)


def bibtex(articles: list[Article]) -> str:
    """biblatex ``@online`` entries; each name in double braces, so that it stays whole."""
    entries = []
    for a in articles:
        item = csl_item(a)
        fields = [("title", _bibtex_text(item["title"]))]
        if "author" in item:  # a whole name in braces stays whole; "Family, Given" is split at the comma
            fields.append(("author", " and ".join(_bibtex_name(n) for n in item["author"])))
        if "issued" in item:
            fields.append(("date", _stated(a, "date")))
        if "container-title" in item:
            fields.append(("organization", _bibtex_text(item["container-title"])))
        fields += [("langid", "english"), ("note", _bibtex_text(item["note"]))]
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@online{{{a.slug},\n{body}\n}}\n")
    return "\n".join(entries)


def ris(articles: list[Article]) -> str:
    """RIS records of type ELEC (a web page)."""
    records = []
    for a in articles:
        item = csl_item(a)
        lines = ["TY  - ELEC", f"ID  - {a.slug}", f"TI  - {item['title']}"]
        lines += [f"AU  - {name_text(n)}" for n in item.get("author", ())]
        if "issued" in item:
            parts = item["issued"]["date-parts"][0]
            lines += [f"PY  - {parts[0]}", "DA  - " + "/".join(f"{p:02d}" if i else str(p)
                                                               for i, p in enumerate(parts)) + "/" * (3 - len(parts))]
        if "container-title" in item:
            lines.append(f"T2  - {item['container-title']}")
        lines += [f"LA  - {LANGUAGE}", f"N1  - {item['note']}", "ER  - "]
        records.append("\n".join(lines) + "\n")
    return "\n".join(records)


def head_meta(article: Article) -> list[list[str]]:
    """[attribute, name, content] of the meta elements for the page's head: Highwire,
    Dublin Core (``name``) and OpenGraph (``property``).
    The page's own address (citation_public_url) is added by the template, from the
    site's URL when the site is published with one."""
    item = csl_item(article)
    pairs = [["citation_title", item["title"]]]
    pairs += [["citation_author", name_text(n)] for n in item.get("author", ())]
    if "issued" in item:
        pairs.append(["citation_publication_date", "/".join(str(p) for p in item["issued"]["date-parts"][0])])
    if "container-title" in item:
        pairs.append(["citation_publisher", item["container-title"]])
    pairs.append(["citation_language", LANGUAGE])
    pairs += [["DC.title", item["title"]], *(["DC.creator", name_text(n)] for n in item.get("author", ()))]
    if "issued" in item:
        pairs.append(["DC.date", _stated(article, "date")])
    if "container-title" in item:
        pairs.append(["DC.publisher", item["container-title"]])
    pairs.append(["DC.language", LANGUAGE])
    # A web page, as Zotero's page reader files it (citation_title alone makes it guess a
    # journal article), on this edition's site: the page's address is the edition's, and
    # a reader cites where the text was read (the outlet is in citation_publisher).
    pairs += [["og:type", "website"], ["og:title", item["title"]], ["og:site_name", EDITION]]
    return [["property" if name.startswith("og:") else "name", name, content] for name, content in pairs]


def json_ld(article: Article) -> str:
    """schema.org's description of the article (its downloads are described on the home page)."""
    item = csl_item(article)
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Article", "headline": item["title"],
                            "inLanguage": LANGUAGE, "isPartOf": {"@type": "WebSite", "name": EDITION}}
    if "author" in item:
        # named as printed ("Chen Xulong"), one person per name of the byline
        data["author"] = [{"@type": "Person", "name": n} for n in RE_AND.split(_stated(article, "author"))]
    if "issued" in item:
        data["datePublished"] = _stated(article, "date")
    if "container-title" in item:  # the outlet published the text, not this edition's page
        data["isBasedOn"] = {"@type": "CreativeWork", "name": item["title"],
                             "publisher": {"@type": "Organization", "name": item["container-title"]}}
    data["description"] = item["note"]
    return script_json(data)


def datasets_json_ld(files: dict[str, list[tuple[str, str]]]) -> str:
    """schema.org Datasets for the data downloads (name -> [(media type, path from the site root)])."""
    return script_json({"@context": "https://schema.org", "@graph": [
        {"@type": "Dataset", "name": f"{EDITION}: {name}", "inLanguage": LANGUAGE, "isAccessibleForFree": True,
         "distribution": [{"@type": "DataDownload", "encodingFormat": kind, "contentUrl": path}
                          for kind, path in paths]}
        for name, paths in files.items()]})


def script_json(data: dict[str, Any]) -> str:
    """JSON that is safe inside a <script> element: no "</script>", no HTML comment."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(
        ">", "\\u003e").replace("&", "\\u0026")
