"""References for reference managers: the downloads parsed by real parsers, and the
metadata in each article's head read as a page reader (Zotero's) reads it."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import jsonschema
import pytest
import rispy
from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares import LatexDecodingMiddleware

from edition.build import Edition
from edition.model import Article, MetaValue, RawArticle
from edition.naming import title_of
from edition.pages import references

from .conftest import BIN, ROOT, run

DATA = ROOT / "docs" / "data"


def stated(article: Article, name: str) -> str | None:
    value = article.meta.get(name)
    return value.value if value and value.how == "stated" else None


def person(article: Article) -> str | None:
    """The author as a reference manager should file it: "Family, Given" where the editors
    say which is the family name; no author for a byline that names no person."""
    value = article.meta.get("author")
    if not value or value.how != "stated" or value.generic:
        return None
    return references.name_text(references.authors(article)[0])


def test_csl_json_matches_its_schema_and_the_metadata(edition: Edition) -> None:
    schema = json.loads((DATA / "references.schema.json").read_text(encoding="utf-8"))
    collection = json.loads((DATA / "references.json").read_text(encoding="utf-8"))
    jsonschema.validate(collection, schema)
    assert {item["id"] for item in collection} == {a.slug for a in edition.articles}
    for a in edition.articles:
        [item] = json.loads((DATA / "references" / f"{a.slug}.json").read_text(encoding="utf-8"))
        jsonschema.validate([item], schema)
        assert item["title"] == title_of(a)
        assert [references.name_text(n) for n in item.get("author", [])] == ([person(a)] if person(a) else [])
        date = stated(a, "date")
        assert item.get("issued") == ({"date-parts": [[int(p) for p in date.split("-")]]} if date else None)


def test_bibtex_parses_and_says_what_the_source_states(edition: Edition) -> None:
    library = parse_string((DATA / "references.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    entries = {e.key: e for e in library.entries}
    assert set(entries) == {a.slug for a in edition.articles}
    for a in edition.articles:
        fields = {f.key: f.value for f in entries[a.slug].fields}
        assert entries[a.slug].entry_type == "online"
        assert fields["title"] == title_of(a).replace("&", r"\&")
        expected = person(a)
        assert fields.get("author") == ((expected if "," in expected else f"{{{expected}}}") if expected else None)
        assert fields.get("date") == stated(a, "date")
        assert "Anonymous" not in json.dumps(fields)


def test_ris_parses_and_says_what_the_source_states(edition: Edition) -> None:
    records = {r["id"]: r for r in rispy.loads((DATA / "references.ris").read_text(encoding="utf-8"))}
    assert set(records) == {a.slug for a in edition.articles}
    for a in edition.articles:
        record = records[a.slug]
        assert record["type_of_reference"] == "ELEC"
        assert record["title"] == title_of(a)
        assert record.get("authors") == ([person(a)] if person(a) else None)
        date = stated(a, "date")
        assert record.get("year") == (date[:4] if date else None)


def test_an_inferred_date_and_a_missing_author_are_never_given_as_facts(edition: Edition) -> None:
    towards = next(a for a in edition.articles if a.slug == "towards-a-new-type")
    assert towards.meta["date"].how == "inferred"
    assert "author" not in towards.meta
    [item] = json.loads((DATA / "references" / "towards-a-new-type.json").read_text(encoding="utf-8"))
    assert "issued" not in item
    assert "author" not in item
    assert "c. 2016 inferred" in item["note"]
    bib = (DATA / "references" / "towards-a-new-type.bib").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(?:date|year|author)\s*=", bib, re.M)


def head(html: str) -> dict[str, list[str]]:
    """The head's meta elements as a page reader collects them: name -> contents."""
    found: dict[str, list[str]] = {}
    for name, content in re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">',
                                    html.split("</head>", 1)[0]):
        found.setdefault(name, []).append(content)
    return found


def test_each_article_s_head_tells_a_reference_manager_title_author_and_date(edition: Edition, site: Path) -> None:
    for a in edition.articles:
        html = (site / "articles" / a.slug / "index.html").read_text(encoding="utf-8")
        meta = head(html)
        assert meta["citation_title"] == [json.loads((DATA / "references" / f"{a.slug}.json").read_text(
            encoding="utf-8"))[0]["title"].replace("&", "&amp;").replace('"', "&#34;")]
        assert meta.get("citation_author") == ([person(a)] if person(a) else None)
        assert meta["og:type"] == ["website"]  # a web page, not a journal article
        assert "DC.type" not in meta
        date = stated(a, "date")
        # Google Scholar's form: 2010/5/12
        assert meta.get("citation_publication_date") == (["/".join(str(int(p)) for p in date.split("-"))]
                                                         if date else None)
        assert meta.get("DC.date") == ([date] if date else None)
        assert "citation_public_url" not in meta  # the local build knows no address of its own
        [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(ld)
        assert data["@type"] == "Article"
        assert data.get("datePublished") == date
        assert [x["name"] for x in data.get("author", [])] == ([stated(a, "author")] if person(a) else [])


def test_the_home_page_describes_the_data_downloads(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    datasets = json.loads(ld)["@graph"]
    for dataset in datasets:
        assert dataset["@type"] == "Dataset"
        for download in dataset["distribution"]:
            assert (site / download["contentUrl"]).is_file(), download


@pytest.mark.parametrize("slug", ["chen-2017", "towards-a-new-type"])
def test_a_published_site_gives_each_article_its_address(tmp_path: Path, slug: str) -> None:
    result = run(["env", "SITE_URL=https://example.org/edition/", str(BIN / "mkdocs"), "build",
                  "--strict", "--site-dir", str(tmp_path / "site")], ROOT)
    assert result.returncode == 0, result.stderr
    meta = head((tmp_path / "site" / "articles" / slug / "index.html").read_text(encoding="utf-8"))
    assert meta["citation_public_url"] == [f"https://example.org/edition/articles/{slug}/"]


def test_article_pages_link_their_downloads(edition: Edition, site: Path) -> None:
    for a in edition.articles:
        html = (site / "articles" / a.slug / "index.html").read_text(encoding="utf-8")
        for suffix in ("bib", "ris", "json"):
            assert f'href="../../data/references/{a.slug}.{suffix}"' in html
        assert f'href="../../tei/{a.slug}.xml"' in html


@pytest.mark.parametrize(("printed", "family", "name"), [
    ("Chen Xulong", "Chen", {"family": "Chen", "given": "Xulong"}),
    ("Jane Q. Smith", "Smith", {"family": "Smith", "given": "Jane Q."}),
    ("Lili Li", "Li", {"family": "Li", "given": "Lili"}),  # split by word, not by letters
    ("Wei Wei", "Wei", {"family": "Wei", "given": "Wei"}),
    ("QiaoWei", "", {"literal": "QiaoWei"}),
    ("Jane Example", "", {"literal": "Jane Example"}),  # no family name said: as printed
])
def test_a_name_is_split_where_the_editors_say(printed: str, family: str, name: dict[str, str]) -> None:
    assert references._name(MetaValue(printed, "stated", 1, printed, family=family)) == name


def test_a_byline_of_two_names_gives_two_authors(edition: Edition) -> None:
    article = edition.articles[0]
    byline = MetaValue("Maria Lopez and Tom Chen", "stated", 4, "Maria Lopez and Tom Chen")
    two = dataclasses.replace(article, meta={**article.meta, "author": byline})
    assert references.authors(two) == [{"literal": "Maria Lopez"}, {"literal": "Tom Chen"}]
    assert [c for n, c in ((m[1], m[2]) for m in references.head_meta(two)) if n == "citation_author"] == [
        "Maria Lopez", "Tom Chen"]
    [record] = rispy.loads(references.ris([two]))
    assert record["authors"] == ["Maria Lopez", "Tom Chen"]


def test_names_are_filed_right_and_a_generic_byline_is_no_author(edition: Edition) -> None:
    by_slug = {a.slug: a for a in edition.articles}
    assert references.authors(by_slug["chen-2017"]) == [{"family": "Chen", "given": "Xulong"}]
    assert references.authors(by_slug["qiao-2015"]) == [{"literal": "QiaoWei"}]  # one word: as printed
    assert references.authors(by_slug["staff-writer-2023"]) == []
    assert "names no person" in references.note(by_slug["staff-writer-2023"])


SPECIAL = "Profits & losses: 100% of $5 for #1_{a}~^ \\ done"


def test_bibtex_special_characters_parse_back_as_written(edition: Edition) -> None:
    article = edition.articles[0]
    odd = dataclasses.replace(article, raw=RawArticle("odd", "odd.txt", (), ""), meta={
        **article.meta, "title": MetaValue(SPECIAL, "stated", 1, SPECIAL),
        "author": MetaValue("A_B #C", "stated", 1, "A_B #C")})
    library = parse_string(references.bibtex([odd]), append_middleware=[LatexDecodingMiddleware()])
    assert library.failed_blocks == []
    fields = {f.key: f.value for f in library.entries[0].fields}
    # LaTeX prints \textasciicircum as ^; the decoder used here gives the modifier letter ˆ.
    assert fields["title"].replace("\u02c6", "^") == SPECIAL
    assert fields["author"] == "A_B #C"
