"""Citations in Chicago (author-date), APA and MLA, made by citeproc-py at build time."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from edition.build import Edition
from edition.pages import citations, references

from .conftest import ROOT


def attributes(page: str) -> dict[str, str]:
    meta = re.search(r'<div class="ed-meta"([^>]*)>', page)
    assert meta
    return {k: html.unescape(v) for k, v in re.findall(r'data-([\w-]+)="([^"]*)"', meta.group(1))}


@pytest.fixture(scope="module")
def fresh(edition: Edition) -> dict[str, tuple[citations.Styled, ...]]:
    """Every article formatted anew, without the cache."""
    return citations.styled([references.csl_item(a) for a in edition.articles], None)


def test_the_page_carries_what_the_processor_makes(edition: Edition, site: Path,
                                                   fresh: dict[str, tuple[citations.Styled, ...]]) -> None:
    for a in edition.articles:
        data = attributes((site / "articles" / a.slug / "index.html").read_text(encoding="utf-8"))
        for i, styled in enumerate(fresh[a.slug], 1):
            assert data[f"style-{i}"] == styled.name
            assert data[f"ref-{i}"] == citations.plain(styled.reference)
            assert data[f"in-text-{i}"] == citations.plain(styled.in_text)
            assert data[f"in-text-{i}"].count(citations.PARAGRAPH) == 1
            assert citations.LOCATOR not in data[f"ref-{i}"] + data[f"in-text-{i}"]
    assert [s.name for s in fresh["chen-2017"]] == ["Chicago (author-date)", "APA", "MLA"]


def test_the_styles_say_what_the_source_states(fresh: dict[str, tuple[citations.Styled, ...]]) -> None:
    chicago, apa, mla = (citations.plain(s.reference) for s in fresh["chen-2017"])
    assert chicago.startswith("Chen, Xulong. 2017. “Win-Win Cooperation")
    assert "(2017, November 17)" in apa
    assert "17 Nov. 2017" in mla
    assert citations.plain(fresh["qiao-2015"][0].in_text) == "(QiaoWei 2015, para. {n})"  # one word: as printed
    assert citations._quote_punctuation("“Xi on “win-win””.") == "“Xi on “win-win.””"
    assert citations.plain(fresh["yu-2016"][2].in_text) == "(Yu, par. {n})"  # MLA: no title when unambiguous
    assert chicago.startswith("Chen, Xulong. 2017.")  # given names whole where the style says so
    assert apa.startswith("Chen, X. (2017")  # and initials where it does not
    supplied = citations.plain(fresh["staff-writer-2023"][0].reference)
    assert supplied.startswith("[Untitled text by “Staff writer”, February 27, 2023].")  # as the editors wrote it
    assert "Characteristics.”" in chicago  # American punctuation: inside the quotation marks
    assert "Edited by" not in chicago  # a website's desk editor is not a book's editor


def test_a_text_without_author_is_cited_by_its_title_once(fresh: dict[str, tuple[citations.Styled, ...]]) -> None:
    """CSL suppresses what stands in for a missing author; citeproc-py printed it twice."""
    for styled in fresh["towards-a-new-type"]:
        assert citations.plain(styled.reference).count("Towards a New Type") == 1, styled.name
        assert "Anonymous" not in styled.reference + styled.in_text
        assert "2016" not in styled.reference  # the date is inferred, not stated


def test_results_come_from_the_cache_and_a_damaged_cache_is_not_trusted(
        tmp_path: Path, edition: Edition, monkeypatch: pytest.MonkeyPatch) -> None:
    items = [references.csl_item(a) for a in edition.articles[:2]]
    cache = tmp_path / "citations.json"
    first = citations.styled(items, cache)
    assert len(json.loads(cache.read_text(encoding="utf-8"))) == 2 * len(citations.STYLES)

    def no_processor(item: object, style: str) -> tuple[str, str]:
        raise AssertionError("formatted again although the cache holds it")

    monkeypatch.setattr(citations, "_format", no_processor)
    assert citations.styled(items, cache) == first
    for damaged in ("{not json", "[]", '{"key": "not a pair"}'):
        cache.write_text(damaged, encoding="utf-8")
        with pytest.raises(AssertionError, match="formatted again"):
            citations.styled(items, cache)


def test_the_cache_is_not_in_the_repository() -> None:
    assert ".cache/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
