"""The query table (tests/search_queries.csv), run in a real browser against the built site.

Each row is a query as a reader would type it, the page and place that must come back
among the first results, and why the row is there. Grow the table when a reader's query
fails: add the row, see it fail, then fix the search (glossary aliases, separator, index).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from devtools import audits

from .conftest import BIN, copy_project, run, search

TABLE = Path(__file__).with_name("search_queries.csv")
with TABLE.open(encoding="utf-8") as table:
    ROWS = list(csv.DictReader(table))

pytestmark = pytest.mark.browser


def search_places(page: Page, base: str, query: str) -> list[str]:
    """The result places, in order: "glossary/#sco", "articles/yu-2016/#p16"."""
    page.goto(base + "/", wait_until="networkidle")
    places = []
    for href in search(page, query):  # "http://127.0.0.1:8000/glossary/?h=sco#sco" -> "glossary/#sco"
        url = urlsplit(href)
        places.append(url.path.lstrip("/") + (f"#{url.fragment}" if url.fragment else ""))
    return places


def test_the_table_is_big_enough() -> None:
    assert len(ROWS) >= 30


@pytest.fixture(scope="module")
def zensical_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same mkdocs.yml and docs/, built by Zensical (which runs no MkDocs hooks)."""
    project = copy_project(tmp_path_factory.mktemp("zensical") / "project")
    result = run([str(BIN / "zensical"), "build"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    with audits.serve(project / "site") as url:
        yield url


@pytest.mark.parametrize("generator", ["mkdocs", "zensical"])
@pytest.mark.parametrize("row", ROWS, ids=[r["query"] for r in ROWS])
def test_query_finds_its_place(browser: Browser, request: pytest.FixtureRequest, generator: str,
                               row: dict[str, str]) -> None:
    """The same table, in Chromium, against the site each generator builds."""
    base = request.getfixturevalue("base_url" if generator == "mkdocs" else "zensical_url")
    context = browser.new_context()
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    results = search_places(page, base, row["query"])
    context.close()
    assert errors == []
    within = int(row["within"])
    if not row["expected"]:
        assert results == [], f"{row['query']!r}: {row['why']}"
        return
    # Material lists each page, then its best sections: rank sections when a section is expected.
    ranked = [r for r in results if "#" in r] if "#" in row["expected"] else results
    assert row["expected"] in ranked[:within], (
        f"{row['query']!r} ({row['why']}): expected {row['expected']} in the first {within}, got {results[:8]}")


def test_a_misspelling_offers_the_corrected_query_one_key_away(page: Page, base_url: str) -> None:
    """A word one letter off finds the word, and says so: "Did you mean cooperation?", the
    corrected query a Tab and an Enter away from the box."""
    page.goto(base_url + "/", wait_until="networkidle")
    results = search(page, "cooperration")
    assert results, "the misspelt word still finds its places"
    fix = page.locator(".ed-search__fix")
    assert fix.text_content() == "cooperation"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('ed-search__fix')")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('.ed-search__meta').dataset.query === 'cooperation'")
    assert page.locator("input.ed-search__input").input_value() == "cooperation"
    assert page.locator(".ed-search__fix").count() == 0, "the corrected query needs no correction"


def test_typing_is_never_queued_the_newest_keystroke_wins(page: Page, base_url: str) -> None:
    """Keystrokes that come faster than a search are not searched in turn: the newest wins.
    Forty keystrokes arrive in one burst (as from a fast typist on a busy machine): the list
    is drawn once, for the last query, and no older query is drawn after it."""
    page.goto(base_url + "/", wait_until="networkidle")
    page.keyboard.press("/")
    page.locator("input.ed-search__input").fill("x")  # the engine loaded, the list drawn once
    page.wait_for_function("document.querySelector('.ed-search__meta').dataset.query === 'x'")
    query = "shanghai cooperation organization summit"
    page.evaluate("""q => { window.__renders = 0;
        const meta = document.querySelector('.ed-search__meta'), box = document.querySelector('input.ed-search__input');
        new MutationObserver(records => { window.__renders += records.length; }).observe(
            meta, {attributes: true, attributeFilter: ['data-query']});
        for (let i = 1; i <= q.length; i++) { box.value = q.slice(0, i); box.dispatchEvent(new Event('input')); } }""",
                  query)
    page.wait_for_function("q => document.querySelector('.ed-search__meta').dataset.query === q", arg=query)
    page.wait_for_timeout(300)  # nothing still queued draws an older query afterwards
    assert page.evaluate("window.__renders") == 1


@pytest.mark.parametrize(("query", "place"), [
    ("Tashkent", "glossary/#shanghai-cooperation-organization"),  # a glossary entry: its definition
    ("delegation India", "timeline/#five-principles-proposed"),  # a timeline event: the whole event
])
def test_the_words_are_marked_where_a_heading_result_lands(page: Page, base_url: str, query: str, place: str) -> None:
    page.goto(base_url + "/", wait_until="networkidle")
    link = next(h for h in search(page, query) if urlsplit(h).path.endswith("/" + place.split("#")[0])
                and urlsplit(h).fragment == place.split("#")[1])
    page.goto(link, wait_until="networkidle")
    page.wait_for_function("document.querySelectorAll('.md-content mark').length > 0")
    marked = page.eval_on_selector_all(".md-content mark", "els => els.map(e => e.textContent.toLowerCase())")
    assert set(query.lower().split()) <= set(marked)


def test_escape_closes_the_search_at_once_and_more_results_are_one_button_away(page: Page, base_url: str) -> None:
    page.goto(base_url + "/", wait_until="networkidle")
    results = search(page, "china")
    total = int((page.locator(".ed-search__meta").text_content() or "").split()[0])  # "129 matching documents"
    assert len(results) == 30 < total
    page.locator(".ed-search__more").click()
    page.wait_for_function("document.querySelectorAll('.ed-search__item a').length > 30")
    # The keyboard goes on where the list grew: the 31st result has the focus.
    page.wait_for_function("document.activeElement === document.querySelectorAll('.ed-search__item a')[30]")
    page.locator("input.ed-search__input").focus()
    page.keyboard.press("Escape")
    assert not page.evaluate("document.querySelector('.ed-search__dialog').open")
