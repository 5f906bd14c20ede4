"""Shared passages, the term-by-article map, related paragraphs."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from edition import dates
from edition.apparatus import passages
from edition.apparatus.passages import Unit
from edition.build import Edition, build_edition
from edition.model import Article, RawArticle
from edition.text import clean_article

from .conftest import ROOT, copy_project

CHEN_P1 = ("Founded on a profound basis, the concept of win-win cooperation bears a long history. It is rooted "
           "in the traditional Chinese cultural values of “peace and cooperation” and is consistent with the "
           "principles of peaceful coexistence [1] and mutual benefit.")


def unit(slug: str, text: str, block: str = "p1") -> Unit:
    return Unit(slug, block, passages.words(text))


def test_a_near_copy_with_small_edits_is_found() -> None:
    edited = CHEN_P1.replace(" [1]", "").replace("bears a long", "has a long").replace("“", '"').replace("”", '"')
    shared = passages.compare(unit("a", CHEN_P1), unit("b", edited))
    assert shared is not None
    assert shared.cover_b > 0.9


def test_a_paragraph_inside_a_longer_one_is_found() -> None:
    longer = "An introduction of some length comes first here. " + CHEN_P1 + " And a conclusion follows it."
    assert passages.compare(unit("a", longer), unit("b", CHEN_P1)) is not None


def test_stock_phrases_do_not_make_a_shared_passage() -> None:
    a = ("Since the 18th National Congress of the CPC, China has promoted win-win cooperation with its "
         "neighbours in trade and in culture.")
    b = ("At the Central Conference on Work Relating to Foreign Affairs, the 18th National Congress of the CPC "
         "was recalled and win-win cooperation was praised by every speaker.")
    assert passages.compare(unit("a", a), unit("b", b)) is None


def _article(slug: str, paragraphs: list[str]) -> Article:
    lines = ("A Title Line", "", *[line for p in paragraphs for line in (p, "")])
    return clean_article(RawArticle(slug, f"{slug}.txt", lines, slug), None, frozenset())


def _prose(rng: random.Random, n: int) -> list[str]:
    """``n`` paragraphs of made-up words that no other paragraph shares."""
    return [" ".join(f"w{rng.randrange(10**6)}" for _ in range(30)) + "." for _ in range(n)]


RNG = random.Random(2015)
SOURCE = _article("b-source", _prose(RNG, 12))
_copy = _prose(RNG, 12)
_copy[1], _copy[9] = SOURCE.paragraphs[9].text, SOURCE.paragraphs[1].text  # ¶2 and ¶10 swapped over
COPY = _article("a-copy", _copy)
OTHER = _article("c-other", _prose(RNG, 5))


@settings(max_examples=12, deadline=None)
@given(st.permutations([SOURCE, COPY, OTHER]))
def test_shared_passages_are_found_and_ordered_whatever_the_file_order(articles: list[Article]) -> None:
    """Each pair names its articles in name order and lists passages in reading order
    (¶2 before ¶10, which a sort of the ids as text would reverse)."""
    found = passages.find_shared(tuple(articles))
    assert [(s.a.slug, s.a.block, s.b.slug, s.b.block) for s in found.pairs] == [
        ("a-copy", "p2", "b-source", "p10"), ("a-copy", "p10", "b-source", "p2")]


def test_the_real_republication_is_found(edition: Edition) -> None:
    found = passages.find_shared(edition.articles)
    assert {(s.a.slug, s.b.slug) for s in found.pairs} == {("chen-2017", "staff-writer-2023")}
    assert [s.a.block for s in found.pairs][:2] == ["p1", "p3"]


def test_only_candidates_are_compared_in_full() -> None:
    """Unrelated paragraphs from a shared vocabulary: the index compares a few pairs, not n²."""
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)]
    all_units = [Unit(f"s{i % 50}", f"p{i}", tuple(rng.choice(vocabulary) for _ in range(60))) for i in range(1000)]
    copied = all_units[10]
    all_units.append(Unit("copy", "p1", (*copied.words[:40], "x", *copied.words[41:])))
    pairs = passages.candidates(all_units)
    assert len(pairs) < 20  # against 500,000 pairs in all
    assert (10, len(all_units) - 1) in pairs


def test_the_map_counts_equal_the_glossary_counts(site: Path) -> None:
    data = json.loads((ROOT / "docs/data/glossary.json").read_text(encoding="utf-8"))
    page = (site / "compare" / "index.html").read_text(encoding="utf-8")
    table = page[page.index('class="ed-map"'):]
    rows = re.findall(r"<tr>\s*<td><a href=\"\.\./glossary/#([a-z0-9-]+)\">.*?</tr>", table, re.S)
    assert len(rows) == len(data["entries"])
    for record in data["entries"]:
        row = re.search(rf'<tr>\s*<td><a href="\.\./glossary/#{record["id"]}">.*?</tr>', table, re.S)
        assert row
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)[1:]
        numbers = [int(re.sub(r"<[^>]+>", "", c).strip().replace("·", "0") or 0) for c in cells]
        assert numbers[:-1] == [record["counts"][slug] for slug in data["articles"]]
        assert numbers[-1] == record["total"]


def test_the_republished_text_says_what_it_reproduces(site: Path) -> None:
    html = (site / "articles" / "staff-writer-2023" / "index.html").read_text(encoding="utf-8")
    note = html.index('class="ed-republished"')
    assert note < html.index('class="ed-meta"')  # at the top, before the metadata
    text = re.sub(r"<[^>]+>", "", html[note:note + 1500])
    assert "reproduces, nearly word for word, ¶1, ¶3–5 of Chen Xulong, 2017" in text
    assert "It leaves out ¶2, ¶6–57" in text
    assert 'href="../../compare/chen-2017--staff-writer-2023/"' in html


def test_shared_paragraphs_link_to_their_counterparts(site: Path) -> None:
    chen = (site / "articles" / "chen-2017" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="ed-para ed-shared" id="p1">', chen)
    assert re.search(r'Also in: <a href="\.\./staff-writer-2023/#p1" title="Founded on a profound basis[^"]*">'
                     r'Staff writer, 2023, ¶1</a> \(shared passage\)', chen)  # with its preview
    compare = (site / "compare" / "chen-2017--staff-writer-2023" / "index.html").read_text(encoding="utf-8")
    assert "<del>" in compare
    assert 'href="../../articles/chen-2017/#p4"' in compare


def test_related_paragraphs_follow_events_across_articles(site: Path) -> None:
    towards = (site / "articles" / "towards-a-new-type" / "index.html").read_text(encoding="utf-8")
    also = re.search(r'<p class="ed-also ed-apparatus"[^>]*>Also in: (.*?)</p>\s*(?=<p class="ed-para[^"]*" id="p4")',
                     towards, re.S)
    assert also
    assert "chen-2017/#p13" in also.group(1)  # the UN speech of September 2015


def test_a_series_that_shares_only_its_editors_note_is_not_a_republication(tmp_path: Path) -> None:
    """Two articles of one series print the same editor's note before different texts: no
    shared passage is claimed, and no "reproduces" note is written in the edition's voice."""
    project = copy_project(tmp_path)
    qiao = (project / "sources/articles/qiao-2015.txt").read_text(encoding="utf-8").splitlines()
    note = next(line for line in qiao if line.startswith("Editor's Note:"))
    text = " ".join(f"The third article of the series considers port number {n} and what trade there means "
                    f"for partners on both sides of the ocean in the coming decade." for n in range(1, 4))
    (project / "sources/articles/series-2015.txt").write_text(
        f"Third in the series on win-win cooperation\n\nOctober 22, 2015\n\n{note}\n\n{text}\n", encoding="utf-8")
    edition = build_edition(project)
    page = edition.pages["articles/series-2015.md"]
    assert "reproduces" not in page
    assert "Shares no passage with another article" in page
    assert "reproduces" not in edition.pages["articles/qiao-2015.md"]


@given(st.sampled_from(["2016", "2016-07", "2016-07-25", "2015", "2015-10", "2017-01-01"]),
       st.sampled_from(["2016", "2016-07", "2016-07-25", "2015", "2015-10", "2017-01-01"]))
def test_earlier_is_decided_at_the_precision_of_both_dates(a: str, b: str) -> None:
    assert not (dates.before(a, b) and dates.before(b, a))
    if a[:4] == b[:4] and 4 in (len(a), len(b)):
        assert not dates.before(a, b), "a year is neither before nor after a day of that year"


def test_a_year_is_not_compared_as_text() -> None:
    assert not dates.before("2016", "2016-07-25")  # comparing the strings would say it is
    assert not dates.before("2016-07-25", "2016")
    assert not dates.before("2016-07", "2016-07-25")
    assert dates.before("2015-10", "2016")
    assert dates.before("2016-06-30", "2016-07")
    assert dates.before("2016-12-31", "2017")


def test_an_uncommon_concept_still_relates_paragraphs_in_a_larger_collection() -> None:
    """"Uncommon" is a share of the collection's paragraphs, not a count: a concept used in
    nine places (more than the old absolute limit of eight) still relates two articles'
    paragraphs when the collection has two hundred."""
    from edition.apparatus.related import also_in
    from edition.apparatus.terms import Occurrence
    from edition.model import Block, Kind

    def article(slug: str, n: int) -> Article:
        blocks = tuple(Block(Kind.PARA, f"Paragraph {i}.", (i,), f"p{i}", str(i)) for i in range(1, n + 1))
        raw = RawArticle(slug, f"{slug}.txt", tuple(b.text for b in blocks), "0" * 64)
        return Article(raw, {}, (), blocks, ())

    articles = (article("a", 100), article("b", 100))
    uses = tuple(Occurrence("concept", slug, f"p{i}", 0, 7, "concept", "concept") for slug, i in
                 [("a", 1), ("a", 2), ("a", 3), ("a", 4), ("a", 5), ("b", 1), ("b", 2), ("b", 3), ("b", 4)])
    related = also_in(articles, passages.Comparison((), 0), (), uses)
    assert [r.slug for r in related["a"]["p1"]] == ["b"] * 4
    assert {r.why for r in related["a"]["p1"]} == {"same concept"}
