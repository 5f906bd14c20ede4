"""Properties that must hold for any input, checked with Hypothesis: every word of any
text reaches its region of the rendered page; every place has a reader's label; dates
are read exactly when they can be read one way only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from edition import dates
from edition.build import build_edition
from edition.errors import BuildError
from edition.model import Block, Kind, RawArticle
from edition.naming import block_label
from edition.pages.article import render_article
from edition.text import clean_article, repair

from .conftest import copy_project, site_markdown, unaccounted_on_page

MD = site_markdown()
# Pieces of the lines scraped pages are made of: words, numbers, punctuation and
# Markdown's own characters (alone and glued to words), and what the line rules look
# for (bylines, datelines, footnote markers, numbered headings, labels, hyphens).
WORD = st.text(st.characters(categories=["L"]), min_size=1, max_size=8)
MARKUP = st.sampled_from([*"*_`[]()<>#&|\\{}!~^=:+-.\"'", "**", "__", "<b>", "</p>", "&amp;", "&#60;", "[x](y)",
                          "{: #id }", "[^1]", "*[A]:", "\u00a0", "   ", "---", "1."])
GLUED = st.builds(lambda a, m, b: a + m + b, WORD, MARKUP, WORD | st.just(""))
PIECES = st.one_of(
    WORD, GLUED, MARKUP,
    st.sampled_from(["the", "and", "of", "cooperation", "win-win", "oppor-tunities", "co-operation", "China’s",
                     "1953", "2015", "II.", "3.", "[1]", "[2]", "By", "Source:", "Published:", "Time:", "Writer:",
                     "Editor’s note:", "October 20, 2015", "Share", ">", "is", "was"]),
)
# Lines that Markdown would swallow or merge if the build let it (a link reference, an
# abbreviation definition, an HTML comment, a heading underline), and lines of the forms the
# header and footer rules look for, so that the rules and the page meet them in any order.
SWALLOWED = st.sampled_from(['[ref]: https://example.org/x "Title"', "[1]: https://example.org", "*[WTO]: World Trade",
                             "<!-- a comment -->", "===", "---", "***", "```", "    indented code", "> quoted",
                             "| a | b |", "|---|---|", "Term", ":   definition", "<div>", "</div>"])
SCRAPED = st.sampled_from(["FacebookTwitterLinkedIn 2019-03-05", "You are here:  Home  >>  Opinion",
                           "Updated: 2019-03-05", "04/03/2019", "Tuesday, the 14th of September 2021",
                           "Li Wei      Global Institute      2021", "(Source: China Daily)",
                           "Photo: a delegation in Beijing. (Xinhua/Li Ming)", "+------+----+", "Notes:",
                           "1  A note set off by spaces.", "Place: Beijing", "Comments (3)", "© 2020 The Site",
                           "News   Sport   Opinion   World", "Enditem", "The author is a fellow at the Institute."])
LINE = st.lists(PIECES, min_size=1, max_size=40).map(" ".join) | SWALLOWED | SCRAPED
LONG_LINE = st.lists(PIECES, min_size=16, max_size=40).map(" ".join)  # long enough to start the body
LINES = st.lists(st.one_of(LINE, st.just(""), st.builds(lambda s: "  " + s, LINE)), min_size=1, max_size=25)
HEADING = st.builds(lambda n, words: f"{n}. {' '.join(words)}", st.sampled_from(["I", "II", "IV", "1", "2", "12"]),
                    st.lists(st.one_of(WORD, GLUED), min_size=1, max_size=8))
NOTE = st.builds(lambda n, text: f"[{n}] {text}", st.integers(1, 4), LINE)
BACK = st.builds(lambda label, text: f"{label} {text}", st.sampled_from(["Source:", "Editor’s note:"]), LINE)
HEADER = st.sampled_from(["By Jane Example", "Published: October 20, 2015", "Time:11 17, 2017 Writer:Chen Xulong",
                          "Home > World > China", "Share", "Adjust font size:"]) | SCRAPED | SWALLOWED
ARTICLES = st.builds(
    lambda title, header, first, rest: [title, *header, "", first, *rest],
    st.lists(st.one_of(WORD, GLUED), min_size=1, max_size=8).map(" ".join), st.lists(HEADER, max_size=3), LONG_LINE,
    st.lists(st.one_of(LINE, LONG_LINE, HEADING, NOTE, BACK, st.just(""), st.builds(lambda s: "   " + s, LINE)),
             max_size=25))


def rendered(markdown_page: str) -> str:
    """The article's HTML as MkDocs writes it: front matter off, the site's extensions on."""
    MD.reset()
    body = markdown_page.split("\n---\n", 1)[1]
    return f'<article class="md-content__inner">{MD.convert(body)}</article>'


@settings(max_examples=200, deadline=None)
@given(LINES | ARTICLES)
@example(["A title", "", "Word " * 20, "", "[1] A note."])
@example(["A title", "", "x [1] y " * 10, "[1] first note", "[2] second note"])
@example(["A title", "", "text [1] and more " * 5, "", "[1] first note", "[1] second note"])  # Markdown kept one
def test_every_line_of_any_text_is_in_its_region_of_the_page(lines: list[str]) -> None:
    raw = RawArticle("generated", "generated.txt", tuple(lines), "0" * 64)
    article = clean_article(raw, None, repair.vocabulary(lines))  # runs the model's accounting
    assert unaccounted_on_page(article, rendered(render_article(article, [raw.path]))) == []


@given(st.integers(1, 10_000))
def test_a_paragraph_is_labelled_by_its_number(n: int) -> None:
    assert block_label(Block(Kind.PARA, "text", (1,), f"p{n}", str(n))) == f"¶{n}"


@settings(max_examples=100, deadline=None)
@given(ARTICLES)
@example(["A title", "", "Word " * 20, "", "Source: one", "Source: two", "[1] a note", "2. A heading",
          "2. A heading again"])
def test_every_named_place_of_any_article_has_a_label_of_its_own(lines: list[str]) -> None:
    article = clean_article(RawArticle("generated", "generated.txt", tuple(lines), "0" * 64), None, frozenset())
    named = [b for b in article.blocks if b.kind not in (Kind.PARA, Kind.FOOTNOTE)]
    labels = [block_label(b) for b in named]
    assert all(labels)
    assert len(set(labels)) == len(labels), labels
    assert not any(label.startswith("¶") for label in labels)
    assert [block_label(p) for p in article.paragraphs] == [f"¶{i}" for i in range(1, len(article.paragraphs) + 1)]


DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))


@given(DAYS, st.sampled_from(["{B} {d}, {Y}", "{b}. {d}, {Y}", "{b} {d} , {Y}", "{d} {B} {Y}", "{d} {b}. {Y}",
                              "{Y}-{m:02d}-{d:02d}", "{Y}/{m}/{d}"]))
def test_a_printed_date_is_read_as_the_day_it_names(day: dt.date, form: str) -> None:
    printed = form.format(B=day.strftime("%B"), b=day.strftime("%b"), d=day.day, m=day.month, Y=day.year)
    found = dates.find_printed(printed)
    assert found is not None, printed
    read = found.date
    assert read.value == day.isoformat()
    assert read.display() == f"{day.strftime('%B')} {day.day}, {day.year}"


@given(DAYS)
def test_a_numeric_date_is_read_only_when_one_reading_is_possible(day: dt.date) -> None:
    found = dates.find_printed(f"{day.month:02d}-{day.day:02d}-{day.year}")
    assert found is not None
    if day.day > 12 or day.day == day.month:  # only one reading is a real day
        assert found.date.value == day.isoformat()
    else:  # 03-04-2015: March 4 or April 3, never guessed: the year, with both readings
        assert found.ambiguous
        assert found.date.value == str(day.year)


@given(st.integers(1000, 2999), st.integers(0, 13), st.integers(0, 32))
def test_an_iso_date_is_accepted_exactly_when_the_day_exists(year: int, month: int, day: int) -> None:
    value = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        dt.date(year, month, day)
        exists = True
    except ValueError:
        exists = False
    try:
        parsed = dates.parse(value)
    except ValueError:
        assert not exists, value
    else:
        assert exists, value
        assert parsed.precision == "day"
        found = dates.find_printed(parsed.display())
        assert found is not None
        assert found.date == parsed


def test_two_notes_with_one_number_are_both_shown_and_the_editor_is_told() -> None:
    lines = ["A title", "", "A long enough first paragraph of the article, with a marker [1] in it, to start the body.",
             "", "[1] The first note.", "[1] The second note."]
    article = clean_article(RawArticle("dup", "dup.txt", tuple(lines), "0" * 64), None, frozenset())
    html = rendered(render_article(article, ["dup.txt"]))
    assert "The first note." in html
    assert "The second note." in html
    assert "footnote-ref" not in html  # the marker cannot say which note it means
    assert any("2 footnotes are numbered [1]" in w for w in article.warnings)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("generated"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARTICLES)
@example(["A title", "", "Word " * 20, "[ref]: https://example.org", "*[WTO]: World Trade", "<!-- c -->", "==="])
def test_the_whole_build_shows_every_line_of_a_generated_article(project: Path, lines: list[str]) -> None:
    """A generated article dropped into the collection goes through the whole build (every
    stage, beside the five texts) and every line is on its page as the site renders it."""
    (project / "sources/articles/generated-2020.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        edition = build_edition(project)
    except BuildError as exc:  # refused with the file, the line and the fix: nothing lost silently
        refused = str(exc)
    else:
        refused = ""
    if refused:
        assert "generated-2020.txt" in refused, refused
        assert "fix" in refused.lower(), refused
        return
    article = next(a for a in edition.articles if a.slug == "generated-2020")
    assert unaccounted_on_page(article, rendered(edition.pages["articles/generated-2020.md"])) == []
