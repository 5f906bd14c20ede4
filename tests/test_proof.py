"""The proof on the rendered page fails where the page differs from the source: a short
line lost whose words stand elsewhere, a note shown under another number, a line in the
wrong region; and it holds for notes that Markdown would renumber, shown as printed."""

from __future__ import annotations

import re

from edition.model import Article, RawArticle
from edition.output import proof
from edition.pages.article import render_article
from edition.text import clean_article, repair

from .conftest import site_markdown

MD = site_markdown()
LONG = "The newsletter went out to readers on Monday and drew many replies and three Restacks within a day."


def _page(lines: list[str]) -> tuple[Article, str]:
    raw = RawArticle("probe", "probe.txt", tuple(lines), "0" * 64)
    article = clean_article(raw, None, repair.vocabulary(lines))
    MD.reset()
    body = render_article(article, [raw.path]).split("\n---\n", 1)[1]
    return article, f'<article class="md-content__inner">{MD.convert(body)}</article>'


def test_a_lost_short_line_is_found_missing_though_its_words_stand_elsewhere() -> None:
    later = LONG.replace("Monday", "Tuesday")
    article, html = _page(["A probe title", "", LONG, "", "Restacks within a day.", "", later])
    assert proof.unaccounted(article, html) == []
    short = next(b for b in article.paragraphs if b.text == "Restacks within a day.")
    tampered = re.sub(rf'<p[^>]*id="{short.id}"[^>]*>.*?</p>', "", html, flags=re.S)
    assert tampered != html
    assert [n for n, _, _ in proof.unaccounted(article, tampered)] == [5]


def test_a_note_shown_under_another_number_is_found() -> None:
    text = "A sentence long enough to begin the body of this probe with a first note [1] and a second [2] here."
    article, html = _page(["A probe title", "", text, "", "[1] The first note.", "[2] The second note."])
    assert proof.unaccounted(article, html) == []
    swapped = re.sub(r'(<sup id="fnref:1">.*?>)1(</a>)', r"\g<1>2\2", html, count=1, flags=re.S)
    assert swapped != html
    assert proof.unaccounted(article, swapped) != []


def test_notes_that_markdown_would_renumber_are_shown_as_printed() -> None:
    text = "A sentence long enough to begin the body of this probe, citing a note [4], another [6] and [5] too."
    article, html = _page(["A probe title", "", text, "", "[4] Four.", "[5] Five.", "[6] Six."])
    assert proof.unaccounted(article, html) == []
    assert 'id="fnref:' not in html, "not linked: Markdown would show them as 1, 2, 3"
    assert any("not 1 to 3 in order" in w for w in article.warnings)


def test_words_after_the_last_line_are_found() -> None:
    article, html = _page(["A probe title", "", LONG, "", LONG.replace("Monday", "Friday")])
    assert proof.unaccounted(article, html) == []
    last = article.paragraphs[-1]
    added = re.sub(rf'(<p[^>]*id="{last.id}"[^>]*>.*?)</p>', r"\1 And an invented sentence.</p>", html, flags=re.S)
    assert added != html
    assert [region for _, region, _ in proof.unaccounted(article, added)] == ["reading text"]


def test_a_paragraph_shown_under_another_number_is_found() -> None:
    article, html = _page(["A probe title", "", LONG, "", LONG.replace("Monday", "Friday"), "", "Short one."])
    assert proof.misnumbered(article, html) == []
    renumbered = re.sub(r'(<a class="ed-pnum[^>]*href="#p2"[^>]*>)2(</a>)', r"\g<1>5\2", html)
    assert renumbered != html
    assert proof.misnumbered(article, renumbered) == ["¶2 (#p2) is shown as ¶5"]
    swapped = html.replace('id="p2"', 'id="tmp"').replace('id="p3"', 'id="p2"').replace('id="tmp"', 'id="p3"')
    assert len(proof.misnumbered(article, swapped)) == 2
