"""Shared fixtures: the real edition, built once, its built site, and a browser on it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from devtools import audits
from devtools.project import copy_project as copy_project_to
from edition.build import Edition, build_edition

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
    """The committed docs/ built by MkDocs with --strict (link and anchor validation on)."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
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


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    foreign = [u for u in requests if not u.startswith((base_url, "data:", "blob:"))]
    assert foreign == [], f"requests to other hosts: {foreign}"
    assert errors == [], f"console errors: {errors}"
    context.close()
