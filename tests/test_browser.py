"""The site in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from .conftest import ROOT, PageLog, search

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/about/", "/articles/chen-2017/", "/articles/qiao-2015/",
                                  "/articles/towards-a-new-type/", "/articles/yu-2016/",
                                  "/articles/staff-writer-2023/"])
def test_pages_load_without_errors_or_foreign_requests(page_log: PageLog, base_url: str, path: str) -> None:
    page_log.page.goto(base_url + path, wait_until="networkidle")
    assert page_log.page.locator("h1").first.is_visible()
    assert len(page_log.requests) > 1  # the page and what it loads were seen
    assert page_log.foreign() == []
    assert page_log.errors == []


def test_a_paragraph_link_lands_on_the_paragraph(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/chen-2017/#p12", wait_until="networkidle")
    target = page.locator("#p12")
    assert target.is_visible()
    box = target.bounding_box()
    assert box is not None
    assert 0 <= box["y"] < 900
    marked = page.evaluate("getComputedStyle(document.getElementById('p12')).backgroundColor")
    assert marked not in ("rgba(0, 0, 0, 0)", "transparent")


def test_paragraph_mark_is_a_keyboard_reachable_link(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/yu-2016/", wait_until="networkidle")
    mark = page.locator("#p3 a.ed-pnum")
    mark.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#p3"
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/yu-2016/#p3")


def test_footnote_round_trip(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/chen-2017/", wait_until="networkidle")
    page.click("#fnref\\:3 a")
    assert page.url.endswith("#fn:3")
    assert page.locator("#fn\\:3").is_visible()
    page.click("#fn\\:3 a.footnote-backref")
    assert page.url.endswith("#fnref:3")


def test_editorial_notes_start_collapsed(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/qiao-2015/", wait_until="networkidle")
    notes = page.locator("details#editorial-notes")
    assert notes.get_attribute("open") is None
    assert not page.get_by_text("Glamorous Indonesia Part 2").is_visible()
    notes.locator("summary").click()
    assert page.get_by_text("Glamorous Indonesia Part 2").is_visible()


def test_colour_scheme_toggle_cycles_persists_and_follows_the_system(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + "/", wait_until="networkidle")

    def shown() -> tuple[str | None, str | None, str | None]:
        return (page.evaluate("document.body.getAttribute('data-md-color-scheme')"),
                page.locator("[data-ed-palette] label:visible").get_attribute("title"),
                page.evaluate("getComputedStyle(document.documentElement).colorScheme"))

    # Automatic at first, so the page follows the system (dark here).
    assert shown() == ("slate", "Switch to light mode", "dark")
    page.emulate_media(color_scheme="light")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    page.locator("[data-ed-palette] label:visible").click()  # automatic -> light
    assert shown() == ("default", "Switch to dark mode", "normal")
    page.locator("[data-ed-palette] label:visible").click()  # light -> dark
    # The phone's address bar takes the header's colour.
    page.wait_for_function("""() => {
        const rgb = getComputedStyle(document.querySelector('header')).backgroundColor.match(/\\d+/g).slice(0, 3);
        const hex = '#' + rgb.map(c => (+c).toString(16).padStart(2, '0')).join('');
        return document.querySelector('meta[name=theme-color]')?.content === hex; }""")
    assert shown() == ("slate", "Switch to system preference", "dark")
    # Transitions come back once the switch is painted (a frame and a task later);
    # the header's colour may match the meta before then, so wait for it here.
    page.wait_for_function("!document.body.hasAttribute('data-md-color-switching')", timeout=2000)

    # The choice holds on the next page, from the first paint: the header's own
    # script applies it, without waiting for palette.js (blocked here to show it).
    page.route("**/assets/palette*.js", lambda route: route.abort())
    page.goto(base_url + "/glossary/", wait_until="networkidle")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.unroute("**/assets/palette*.js")
    page.reload(wait_until="networkidle")
    assert shown()[:2] == ("slate", "Switch to system preference")

    # Enter on the focused toggle moves on: dark -> automatic, which follows the system (light).
    page.locator("[data-ed-palette] input:checked").focus()
    page.keyboard.press("Enter")
    assert shown()[:2] == ("default", "Switch to light mode")
    assert errors == []
    context.close()


def test_phone_viewport_has_no_sideways_scroll(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    for path in ("/", "/articles/chen-2017/", "/articles/qiao-2015/", "/timeline/", "/glossary/", "/compare/",
                 "/compare/chen-2017--staff-writer-2023/"):
        pg.goto(base_url + path, wait_until="networkidle")
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        if path.startswith("/articles/"):
            assert pg.locator("#p1 a.ed-pnum").is_visible()
    context.close()


def test_search_finds_a_term(page: Page, base_url: str) -> None:
    page.goto(base_url + "/", wait_until="networkidle")
    hrefs = search(page, "Shanghai Spirit")
    assert "/glossary/" in hrefs[0]  # the glossary entry ranks first for its own term
    assert any("#shanghai-spirit" in h for h in hrefs)
    assert any("/articles/yu-2016/" in h for h in hrefs)


def test_timeline_filters_hide_and_show_events(page: Page, base_url: str) -> None:
    page.goto(base_url + "/timeline/", wait_until="networkidle")
    total = page.locator("li.ed-event").count()
    page.select_option("select[name=kind]", "visit")
    visible = page.locator("li.ed-event:visible")
    assert 0 < visible.count() < total
    assert all(k == "visit" for k in visible.evaluate_all("els => els.map(e => e.dataset.kind)"))
    page.select_option("select[name=article]", "yu-2016")
    assert page.locator("li.ed-event:visible").count() >= 1
    assert "events shown" in page.locator(".ed-timeline-filters [role=status]").inner_text()
    page.select_option("select[name=kind]", "")
    page.select_option("select[name=article]", "")
    assert page.locator("li.ed-event:visible").count() == total


def test_a_date_in_an_article_leads_to_its_event(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/chen-2017/", wait_until="networkidle")
    page.locator("#p10 a[href*='timeline']").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/timeline/#foreign-affairs-conference-2014")
    box = page.locator("#foreign-affairs-conference-2014").bounding_box()
    assert box is not None
    assert 0 <= box["y"] < 900


def _all_pages(site: Path) -> list[str]:
    return sorted("/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html")
                  if p.name != "404.html")


def test_no_page_requests_another_host(page_log: PageLog, base_url: str, site: Path) -> None:
    """Every page, with its scripts run."""
    pages = _all_pages(site)
    for path in pages:
        page_log.page.goto(base_url + path, wait_until="networkidle")
    assert {urlsplit(u).path for u in page_log.requests} >= set(pages)  # every page was really visited
    assert page_log.foreign() == []
    assert page_log.errors == []


@pytest.mark.parametrize(("path", "target"), [
    ("/articles/chen-2017/#p12", "#p12"),
    ("/articles/chen-2017/#fn:2", "[id='fn:2']"),
    ("/glossary/#shanghai-cooperation-organization", "#shanghai-cooperation-organization"),
    ("/timeline/#foreign-affairs-conference-2014", "#foreign-affairs-conference-2014"),
    ("/articles/qiao-2015/#editors-note", "#editors-note"),
])
def test_deep_links_scroll_into_view_and_mark_the_target(page: Page, base_url: str, path: str, target: str) -> None:
    page.goto(base_url + path, wait_until="networkidle")
    element = page.locator(target)
    box = element.bounding_box()
    assert box is not None
    assert 0 <= box["y"] < 900
    marked = element.evaluate("e => getComputedStyle(e).backgroundColor")
    assert marked not in ("rgba(0, 0, 0, 0)", "transparent"), f"{path} is not marked"


def test_tooltips_show_on_hover_and_on_keyboard_focus(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/yu-2016/", wait_until="networkidle")
    link = page.locator("#p13 a[href*='glossary/#shanghai-cooperation-organization']")
    link.hover()
    tip = page.locator(".md-tooltip--active, .md-tooltip2--active").first
    tip.wait_for(state="visible", timeout=5000)
    assert "regional organisation" in tip.inner_text()
    assert link.get_attribute("aria-describedby") == tip.get_attribute("id")
    page.keyboard.press("Escape")  # dismissable without moving the pointer
    page.locator(".md-tooltip--active, .md-tooltip2--active").wait_for(state="detached", timeout=5000)
    assert link.get_attribute("title")  # put back for the browser's own tooltip
    assert link.get_attribute("aria-describedby") is None
    page.mouse.move(0, 0)
    page.locator("#p12 a.ed-pnum").focus()
    on_glossary_link = ("document.activeElement.closest('#p13') !== null && "
                        "(document.activeElement.getAttribute('href') || '').includes('glossary/#')")
    for _ in range(8):  # the Cite button, p13's paragraph mark, then its first glossary link
        page.keyboard.press("Tab")
        if page.evaluate(on_glossary_link):
            break
    assert page.evaluate(on_glossary_link), "Tab never reached a glossary link in ¶13"
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    tip = page.locator(".md-tooltip--active, .md-tooltip2--active").first
    tip.wait_for(state="visible", timeout=5000)
    # the tooltip is the focused link's: its short definition, tied to it for screen readers
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == tip.get_attribute("id")
    shorts = {e["id"]: e["short"] for e in json.loads((ROOT / "docs/data/glossary.json").read_text("utf-8"))["entries"]}
    assert tip.inner_text() == shorts[focused.rsplit("#", 1)[1]]


def test_cite_gives_the_paragraph_s_citation_in_each_style(page: Page, base_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + "/articles/qiao-2015/", wait_until="networkidle")
    page.locator("#p13").hover()  # Cite's script loads when the reader first points at the text
    button = page.locator("#p13 button.ed-cite")
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    rows = page.locator("#p13 output.ed-citation .ed-citation-style")
    assert rows.count() == 3
    assert rows.nth(0).locator(".ed-citation-text").inner_text() == (
        "(QiaoWei 2015, para. 13) QiaoWei. 2015. “The Origins of Win-win Cooperation Concepts.” CCTV.com, October 20.")
    assert rows.nth(2).locator(".ed-citation-text").inner_text().startswith("(QiaoWei, par. 13) ")
    assert "http" not in rows.all_inner_texts()[0]  # a site built without its address claims none
    # the keyboard lands on the citations, whatever links lie between
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "Copy the Chicago (author-date) citation"
    page.keyboard.press("Enter")
    copy = rows.nth(0).locator("button.ed-copy")
    page.wait_for_function("b => b.textContent === 'Copied'", arg=copy.element_handle())
    assert page.locator("[role=status].ed-sr-only").inner_text() == "Copied the Chicago (author-date) citation."
    assert page.evaluate("navigator.clipboard.readText()") == (
        "(QiaoWei 2015, para. 13)\nQiaoWei. 2015. “The Origins of Win-win Cooperation Concepts.” CCTV.com, October 20.")
    page.keyboard.press("Escape")  # closes, and the keyboard is back on Cite
    assert page.locator("#p13 output.ed-citation").count() == 0
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Cite paragraph 13"
    page.goto(base_url + "/articles/towards-a-new-type/", wait_until="networkidle")
    page.locator("#p2").hover()
    page.locator("#p2 button.ed-cite").click()
    first = page.locator("#p2 output.ed-citation .ed-citation-text").first.inner_text()
    assert first.startswith("(“Towards a New Type of Cooperative and Win—Win International Relations,” n.d., para. 2)")
    page.goto(base_url + "/articles/yu-2016/", wait_until="networkidle")
    page.locator("#p3").hover()
    page.locator("#p3 button.ed-cite").click()
    rows = page.locator("#p3 output.ed-citation .ed-citation-text")
    assert rows.nth(0).inner_text().startswith("(Yu 2016, para. 3) Yu, Sui. 2016.")  # Chicago
    assert rows.nth(1).inner_text().startswith("(Yu, 2016, para. 3) Yu, S. (2016, July 25).")  # APA
    assert rows.nth(2).inner_text().startswith("(Yu, par. 3) Yu, Sui.")  # MLA
    assert "Anonymous" not in first
    assert "not stated" not in first

def test_a_search_result_lands_on_the_paragraph_with_the_term_highlighted(page: Page, base_url: str) -> None:
    page.goto(base_url + "/", wait_until="networkidle")
    assert any("yu-2016" in h and h.endswith("#p16") for h in search(page, "Tashkent"))
    page.locator(".ed-search__item a[href*='yu-2016'][href*='#p16']").first.click()
    page.wait_for_url("**/articles/yu-2016/**#p16")
    page.locator("#p16 mark").first.wait_for(state="visible", timeout=5000)
    assert page.locator("#p16 mark").first.inner_text().lower() == "tashkent"


def test_the_timeline_is_a_list_on_a_phone_and_a_drawn_line_on_a_desktop(browser: Browser, base_url: str) -> None:
    def look(width: int) -> tuple[str, str]:
        context = browser.new_context(viewport={"width": width, "height": 800})
        pg = context.new_page()
        pg.goto(base_url + "/timeline/", wait_until="networkidle")
        line = pg.evaluate("getComputedStyle(document.querySelector('ol.ed-timeline')).borderLeftStyle")
        dot = pg.evaluate("getComputedStyle(document.querySelector('li.ed-event'), '::before').content")
        context.close()
        return line, dot

    assert look(375) == ("none", "none")
    line, dot = look(1280)
    assert line == "solid"
    assert dot != "none"


def test_comparison_columns_stack_on_a_phone(browser: Browser, base_url: str) -> None:
    def columns(width: int) -> int:
        context = browser.new_context(viewport={"width": width, "height": 800})
        pg = context.new_page()
        pg.goto(base_url + "/compare/chen-2017--staff-writer-2023/", wait_until="networkidle")
        count: int = pg.evaluate(
            "getComputedStyle(document.querySelector('.ed-compare')).gridTemplateColumns.split(' ').length")
        context.close()
        return count

    assert columns(375) == 1
    assert columns(1280) == 2
