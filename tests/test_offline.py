"""The offline edition: one command makes a zip; unzipped, it works from file://, search included."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from .conftest import BIN, copy_project, preview_by_focus, run, search

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("offline")
    project = copy_project(work / "project")
    archive = work / "edition.zip"
    result = run([str(BIN / "edition"), "offline", "--quiet", "--root", str(project), "--out", str(archive)], project)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(archive) as z:
        z.extractall(work / "unzipped")
    return work / "unzipped" / "edition"


def test_the_zip_holds_the_whole_site(unzipped: Path) -> None:
    for page in ("index.html", "glossary.html", "timeline.html", "articles/chen-2017.html",
                 "assets/search/index.js", "assets/search/stemmer.js"):
        assert (unzipped / page).exists(), page


def test_it_works_from_disk_with_search_and_no_request_elsewhere(browser: Browser, unzipped: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((unzipped / "index.html").as_uri(), wait_until="load")
    page.locator("a[href='articles/yu-2016.html']").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("articles/yu-2016.html")
    assert page.locator("#p13").is_visible()
    hrefs = search(page, "Shanghai Spirit")
    assert any("glossary.html" in h and "#shanghai-spirit" in h for h in hrefs)
    # The same index and front-end as online: a phrase, a word form, a misspelling, landing on the paragraph.
    assert search(page, '"community of shared future"')[0].split("?")[0].endswith("glossary.html")
    hrefs = search(page, "Tashknt")
    assert any("articles/yu-2016.html" in h and h.endswith("#p16") for h in hrefs)
    page.goto(next(h for h in hrefs if h.endswith("#p16")))
    page.locator("#p16 mark").first.wait_for(state="visible", timeout=5000)
    assert page.locator("#p16 mark").first.inner_text().lower() == "tashkent"
    assert [u for u in requests if not u.startswith(("file://", "data:", "blob:", "about:"))] == []
    assert errors == []
    context.close()


def test_the_offline_edition_carries_the_same_citations(unzipped: Path, site: Path) -> None:
    pattern = r'data-(?:style|ref|in-text)-\d="[^"]*"'
    online = re.findall(pattern, (site / "articles/chen-2017/index.html").read_text(encoding="utf-8"))
    offline = re.findall(pattern, (unzipped / "articles/chen-2017.html").read_text(encoding="utf-8"))
    assert len(online) == 9
    assert offline == online
    assert (unzipped / "tei/chen-2017.xml").is_file()
    assert (unzipped / "data/references/chen-2017.bib").is_file()


@pytest.mark.parametrize("page_path", ["timeline.html", "articles/chen-2017.html", "glossary.html"])
def test_every_script_and_style_loads_from_disk(browser: Browser, unzipped: Path, page_path: str) -> None:
    """Links written with the online site's URLs in mind must also hold in the offline layout."""
    context = browser.new_context()
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto((unzipped / page_path).as_uri(), wait_until="load")
    assert failed == []
    if page_path == "timeline.html":  # the filters' script ran
        page.locator(".ed-timeline-filters form").wait_for(state="attached", timeout=5_000)
    context.close()


def test_previews_work_from_disk_by_keyboard(browser: Browser, unzipped: Path) -> None:
    """The "Also in" previews are written into the page at build time, so that from file://,
    where a page cannot fetch another, focusing a link still shows the other place's opening."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((unzipped / "articles" / "chen-2017.html").as_uri(), wait_until="load")
    other = (unzipped / "articles" / "staff-writer-2023.html").read_text(encoding="utf-8")
    opening = page.evaluate("html => new DOMParser().parseFromString(html, 'text/html').querySelector('#p1')"
                            ".textContent", other)
    opening = " ".join(opening.split()[1:8])  # its first words, without its number
    link = page.locator("#p1 + p.ed-also a[href$='staff-writer-2023.html#p1']")
    preview_by_focus(page, link, "Staff writer, 2023, ¶1: ", opening)
    assert [u for u in requests if not u.startswith(("file://", "data:", "blob:", "about:"))] == []
    assert errors == []
    context.close()
