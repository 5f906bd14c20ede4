"""The build on the real articles: accounting, structure, freshness, a sixth article."""

from __future__ import annotations

import dataclasses
import difflib
import shutil
from pathlib import Path

import pytest

from edition.build import Edition, build_edition
from edition.inputs import ARTICLES_YAML
from edition.model import Article, Kind, Role
from edition.text import accounting

from .conftest import BIN, FIXTURES, GOLDEN, ROOT, copy_project, mkdocs_build, run


def test_every_raw_line_is_accounted_for(edition: Edition) -> None:
    for article in edition.articles:
        assert accounting.unaccounted(article, accounting.regions(article)) == [], article.slug


def test_the_accounting_notices_a_lost_paragraph(edition: Edition) -> None:
    article = edition.articles[0]
    blocks = tuple(b for b in article.blocks if b.id != "p3")
    damaged = dataclasses.replace(article, blocks=blocks)
    missing = accounting.unaccounted(damaged, accounting.regions(damaged))
    lost = next(b for b in article.blocks if b.id == "p3")
    assert [line for line, _, _ in missing] == list(lost.lines)


def test_the_accounting_looks_for_each_line_in_its_own_region(edition: Edition) -> None:
    """Qiao's photo caption is printed twice; the copy is listed among the removed lines.
    Without the caption in the reading text, the line is missing, though its words are
    still on the page."""
    qiao = _article(edition, "qiao-2015")
    damaged = dataclasses.replace(qiao, blocks=tuple(b for b in qiao.blocks if b.kind is not Kind.CAPTION))
    assert [line for line, _, _ in accounting.unaccounted(damaged, accounting.regions(damaged))] == [16]


def test_docs_are_fresh(tmp_path: Path) -> None:
    """The committed docs/ is what the build makes now (the golden pages: review
    their diff when a rule changes, and refresh them with `edition build`)."""
    out = tmp_path / "docs"
    result = run([str(BIN / "edition"), "build", "--strict", "--quiet", "--docs", str(out)], ROOT)
    assert result.returncode == 0, result.stderr
    generated = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    for rel in generated:
        new = (out / rel).read_text(encoding="utf-8")
        old_path = ROOT / "docs" / rel
        old = old_path.read_text(encoding="utf-8") if old_path.exists() else ""
        diff = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                            f"docs/{rel} (committed)", f"docs/{rel} (built now)"))
        assert not diff, f"docs/ is stale: run `.venv/bin/edition build` and commit.\n{diff[:3000]}"


def compare_with_golden(built: str, golden: Path, update: bool) -> None:
    """Fail on any difference from the golden file. With --update-golden, write the
    file and fail all the same: an update is reviewed (git diff), never passed."""
    if update:
        golden.write_text(built, encoding="utf-8")
        shown = golden.relative_to(ROOT) if golden.is_relative_to(ROOT) else golden
        pytest.fail(f"{shown} rewritten: review `git diff`, then run without --update-golden")
    diff = "".join(difflib.unified_diff(golden.read_text(encoding="utf-8").splitlines(True),
                                        built.splitlines(True), "golden", "built"))
    assert not diff, f"review the difference, then refresh with `bash scripts/test.sh --update-golden`:\n{diff}"


def test_updating_a_golden_file_writes_it_and_fails(tmp_path: Path) -> None:
    golden = tmp_path / "page.md"
    golden.write_text("old\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="review the difference"):
        compare_with_golden("new\n", golden, update=False)
    with pytest.raises(pytest.fail.Exception, match="rewritten"):
        compare_with_golden("new\n", golden, update=True)
    assert golden.read_text(encoding="utf-8") == "new\n"
    compare_with_golden("new\n", golden, update=False)  # and now it is what the build makes


def _article(edition: Edition, slug: str) -> Article:
    return next(a for a in edition.articles if a.slug == slug)


def test_long_article_keeps_its_numbered_structure(edition: Edition) -> None:
    chen = _article(edition, "chen-2017")
    headings = [b for b in chen.blocks if b.kind is Kind.HEADING]
    assert [b.id for b in headings if b.level == 2] == ["sec-i", "sec-ii", "sec-iii", "sec-iv"]
    assert [b.id for b in headings if b.level == 3][:3] == ["sec-ii-1", "sec-ii-2", "sec-ii-3"]
    assert all(b.text.startswith(b.label.rpartition(".")[2] + ".") for b in headings)
    assert [b.label for b in headings][:3] == ["I", "II", "II.1"]  # sections named with their parent's number
    assert [b.label for b in chen.blocks if b.kind is Kind.FOOTNOTE] == ["1", "2", "3", "4"]
    back = {b.label: b.text for b in chen.blocks if b.kind is Kind.BACK}
    assert back["Author note"].startswith("Chen Xulong is senior research fellow")
    assert back["Source"].startswith("SourceChina’s Initiatives")
    # the author note and the Source line are not reading text
    assert not any("senior research fellow" in p.text for p in chen.paragraphs)


def test_broken_paragraphs_are_joined_and_recorded(edition: Edition) -> None:
    chen = _article(edition, "chen-2017")
    joined = [p for p in chen.paragraphs if len(p.lines) > 1]
    assert [p.lines for p in joined] == [(34, 36), (108, 110)]
    assert "whereas global issues are becoming more acute" in joined[0].text
    assert {e.line for e in chen.edits if e.rule == "join-broken-paragraph"} == {36, 110}


def test_run_together_paragraphs_are_split_and_the_hyphen_repaired(edition: Edition) -> None:
    text = _article(edition, "towards-a-new-type")
    assert len(text.paragraphs) == 15
    assert sum(e.rule == "split-run-together" for e in text.edits) == 5
    assert text.paragraphs[3].text.startswith("At a new historical starting point")
    assert [(e.before, e.after) for e in text.edits if e.rule == "dehyphenate"] == [
        ("oppor-tunities", "opportunities")]
    # the same text's genuine hyphens stay: a prefix ("sub-", "post-"), words that occur on their own
    body = " ".join(p.text for p in text.paragraphs)
    for kept in ("sub-regional", "post-war", "zero-sum", "major-country", "win-win"):
        assert kept in body, kept


def test_news_page_furniture_is_removed_and_listed(edition: Edition) -> None:
    qiao = _article(edition, "qiao-2015")
    furniture = {c.number for c in qiao.lines_with(Role.FURNITURE)}
    assert {1, 2, 18, 60, 62, 65, 67, 69, 71, *range(73, 82)} == furniture
    reading = " ".join(b.text for b in qiao.blocks if b.kind in (Kind.PARA, Kind.HEADING))
    for gone in ("Panview offers", "We Recommend", "Glamorous Indonesia", "QR Code", "Homepage"):
        assert gone not in reading
    captions = [b for b in qiao.blocks if b.kind is Kind.CAPTION]
    assert [b.lines for b in captions] == [(16,)]


def test_metadata_says_how_each_value_was_established(edition: Edition) -> None:
    towards = _article(edition, "towards-a-new-type")
    assert towards.meta["date"].how == "inferred"
    assert "The year 2016 marks" in towards.meta["date"].basis
    assert "author" not in towards.meta
    assert "outlet" not in towards.meta
    staff = _article(edition, "staff-writer-2023")
    assert "title" not in staff.meta
    assert staff.meta["date"].value == "2023-02-27"
    assert staff.meta["date"].line == 1


def test_paragraph_ids_are_sequential_and_unique(edition: Edition) -> None:
    for article in edition.articles:
        ids = [b.id for b in article.blocks]
        assert len(ids) == len(set(ids)), article.slug
        assert [p.id for p in article.paragraphs] == [f"p{i}" for i in range(1, len(article.paragraphs) + 1)]


def test_a_sixth_article_goes_through_the_same_build(tmp_path: Path, update_golden: bool) -> None:
    project = copy_project(tmp_path)
    shutil.copy(FIXTURES / "harbour-2019.txt", project / "sources/articles/harbour-2019.txt")
    result = run([str(BIN / "edition"), "build", "--root", str(project)], project)
    assert result.returncode == 0, result.stderr
    assert "harbour-2019" in result.stdout
    assert f"harbour-2019.txt: no entry in {ARTICLES_YAML}" in result.stdout
    assert "harbour-2019.txt:27: removed (back-to-top): Back to Top" in result.stdout
    assert "date expression 'June 12' in harbour-2019#p3 belongs to no event" in result.stdout
    page = (project / "docs/articles/harbour-2019.md").read_text(encoding="utf-8")
    compare_with_golden(page, GOLDEN / "harbour-2019.md", update_golden)
    assert "harbour-2019" in (project / "docs/index.md").read_text(encoding="utf-8")
    site = mkdocs_build(project, tmp_path / "site")
    assert site.returncode == 0, site.stderr


def test_the_sixth_article_is_cleaned_by_the_general_rules(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    shutil.copy(FIXTURES / "harbour-2019.txt", project / "sources/articles/harbour-2019.txt")
    harbour = _article(build_edition(project), "harbour-2019")
    rules_used = {c.number: c.rule for c in harbour.classes}
    assert rules_used[1] == "breadcrumb"
    assert rules_used[2] == "font-size-control"
    assert rules_used[3] == "share-row"
    assert rules_used[27] == "back-to-top"
    assert harbour.meta["title"].value == "Harbours, Markets and the Language of Mutual Benefit"
    assert harbour.meta["author"].value == "Jane Q. Example"
    assert harbour.meta["date"].value == "2019-03-04"
    assert {e.rule for e in harbour.edits} >= {"split-run-together", "dehyphenate",
                                               "join-broken-paragraph", "footnote-link"}
    assert rules_used[18] == "duplicate-line"
    assert [rules_used[n] for n in (22, 23, 24, 26)] == ["link-list", "link-list", "link-list", "promotion"]
    assert harbour.warnings == (f"sources/articles/harbour-2019.txt: no entry in {ARTICLES_YAML}; metadata "
                                "comes from the general rules only, the rest shows as “not stated”",)
