"""Shared fixtures: the real edition, built once, its built site, and a browser on it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from devtools import audits
from devtools.project import copy_project as copy_project_to
from edition.build import Edition, build_edition
from edition.model import Article
from edition.naming import BLOCK_CLASS
from edition.output import anchors, markup, proof
from edition.output.htmlwalk import Element, main_steps

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
BIN = Path(sys.executable).parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def edition() -> Edition:
    return build_edition(ROOT)


def copy_project(dest: Path) -> Path:
    """A copy of this project, to build in isolation."""
    return copy_project_to(ROOT, dest)


def scripts_and_styles(html: str) -> set[str]:
    """The edition's own scripts and stylesheets that a page loads (docs/assets/, not Material's)."""
    return set(re.findall(r'(?:src|href)="[^"]*/assets/([\w.-]+\.(?:js|css))"', html))


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], project)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed docs/ rendered as `edition site` renders it: MkDocs with --strict (link and
    anchor validation on), then the corrections to Material's markup."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    markup.correct_site(out)
    return out


# The browser: Debian's Chromium driven by Playwright, against the built site on
# 127.0.0.1, served as a static host serves it (keep-alive, gzip).

@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with audits.serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(audits.CHROMIUM).exists():
        pytest.fail(f"{audits.CHROMIUM} is missing: run `bash scripts/test.sh`, which installs Debian's chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=audits.CHROMIUM, args=list(audits.CHROMIUM_ARGS),
                              headless=True)
        yield b
        b.close()


@dataclass
class PageLog:
    """A browser page and what it did: every request it made and every error it raised."""

    page: Page
    base_url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        return [u for u in self.requests if not u.startswith((self.base_url, "data:", "blob:"))]


@pytest.fixture
def page_log(browser: Browser, base_url: str) -> Iterator[PageLog]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    log = PageLog(context.new_page(), base_url)
    log.page.on("request", lambda r: log.requests.append(r.url))
    log.page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    log.page.on("pageerror", lambda e: log.errors.append(str(e)))
    yield log
    # A safety net for tests about something else; tests about requests and errors assert them themselves.
    assert log.foreign() == [], f"requests to other hosts: {log.foreign()}"
    assert log.errors == [], f"console errors: {log.errors}"
    context.close()


@pytest.fixture
def page(page_log: PageLog) -> Page:
    return page_log.page


def preview_by_focus(page: Page, link: Locator, label: str, opening: str) -> None:
    """Focusing ``link`` shows its preview (the place's label, then its opening words), tied to
    the link for screen readers, and Escape closes it."""
    link.focus()
    tip = page.locator(".md-tooltip2--active")
    tip.wait_for(state="visible", timeout=1000)
    assert link.get_attribute("aria-describedby") == tip.get_attribute("id")
    text = page.locator("#ed-tooltip").inner_text()
    assert text.startswith(label)
    assert opening in text
    page.keyboard.press("Escape")
    tip.wait_for(state="detached", timeout=1000)


def search(page: Page, query: str) -> list[str]:
    """The result links for ``query``, in order, as a reader sees them: the search is
    opened with its key (/), the query typed in at once, and the results read once the
    count line says they are this query's."""
    page.keyboard.press("/")
    box = page.locator("input.ed-search__input")
    box.fill(query)
    page.wait_for_function("""q => {
        const meta = document.querySelector('.ed-search__meta');
        return document.querySelector('input.ed-search__input').value === q && meta !== null
            && /matching document/.test(meta.textContent) && meta.dataset.query === q; }""", arg=query)
    hrefs: list[str] = page.eval_on_selector_all(".ed-search__item a", "els => els.map(e => e.href)")
    return hrefs


# Blocks whose content is source text: anything inside them but the forms below is
# source text that became markup.
TEXT_CLASSES = frozenset(BLOCK_CLASS.values())
RE_TERM_OR_EVENT_LINK = re.compile(r"^(?:\.\./)+(?:glossary|timeline)/#[a-z0-9-]+$")


def _built_by_us(e: Element, parent: Element, block: Element) -> bool:
    """Whether ``e``, inside the source-text ``block``, is a form the build writes."""
    names, href = {k for k, _ in e.attrs}, e.get("href")
    return any((
        e.tag == "a" and e.classes == {"ed-pnum", "ed-apparatus"} and href == f"#{block.id}",  # paragraph mark
        e.tag == "a" and names == {"href", "title"} and bool(RE_TERM_OR_EVENT_LINK.match(href)),  # term, event
        e.tag == "abbr" and names == {"title"},  # an acronym's expansion
        e.tag == "sup" and names == {"id"} and bool(re.fullmatch(r"fnref\d*:\d+", e.id)),  # a footnote marker
        e.tag == "a" and e.classes == {"footnote-ref"} and parent.tag == "sup"
        and href == f"#fn:{parent.id.partition(':')[2]}",
        e.tag == "a" and e.classes == {"footnote-backref"} and href == f"#fnref:{block.id[3:]}",
        e.tag == "p" and block.tag == "li" and parent is block,  # a footnote's text
        e.tag == "span" and e.classes in ({"ed-label", "ed-apparatus"}, {"ed-apparatus"})
        and names == {"class"},  # "Source:", "line 3:"
        e.tag == "a" and e.classes == {"headerlink"} and href == f"#{block.id}",  # a heading's permalink
        e.tag == "a" and e.classes == {"ed-alias"} and names == {"id", "class", "aria-hidden"},  # a retired id
    ))


def markup_in_source_text(html: str) -> list[str]:
    """Every element inside the page's source text that the build did not write."""
    found = []
    for step in main_steps(html):
        if step.kind != "start":
            continue
        blocks = [e for i, e in enumerate(step.path[:-1])
                  if e.classes & TEXT_CLASSES
                  or (e.tag == "li" and e.id.startswith("fn:"))  # a footnote
                  or (e.tag == "h1" and e.id == "title")  # the title, as the source gives it
                  or (e.tag == "li" and "ed-printed" in step.path[i - 2].classes)]  # the header as printed
        if blocks and not _built_by_us(step.element, step.path[-2], blocks[-1]):
            found.append(f"<{step.element.tag} {dict(step.element.attrs)}> in #{blocks[-1].id}")
    return found


def site_markdown() -> markdown.Markdown:
    """Python-Markdown configured exactly as mkdocs.yml configures it."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=anchors.IgnoreTags)
    names: list[str] = []
    options: dict[str, Any] = {}
    for item in config["markdown_extensions"]:
        name, opts = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        options[name] = opts or {}
    return markdown.Markdown(extensions=names, extension_configs=options)


def unaccounted_on_page(article: Article, html: str) -> list[int]:
    """Raw lines not found, with their recorded word repairs, in the region of the
    rendered page that their role puts them in (body lines in the reading text, not
    merely quoted in the editorial notes; furniture in the list of removed lines)."""
    return [number for number, _, _ in proof.unaccounted(article, html)]
