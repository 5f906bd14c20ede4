"""Forward compatibility: the same mkdocs.yml and docs/ build with Zensical, the
maintained successor of Material for MkDocs, with every page and anchor."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from devtools import audits
from edition.output import anchors

from .conftest import BIN, copy_project, run, scripts_and_styles


def head_elements(page: str) -> list[str]:
    """The page's metadata for reference managers and search engines."""
    head = page.split("</head>", 1)[0]
    found = re.findall(r'<meta name="(?:citation_|DC\.)[^>]*>|<script type="application/ld\+json">.*?</script>', head)
    return [html.unescape(e) for e in found]  # Zensical writes "/" in a value as "&#x2f;"


def test_zensical_builds_every_page_and_anchor(tmp_path: Path, site: Path) -> None:
    zensical = BIN / "zensical"
    assert zensical.exists(), "zensical is a test dependency: run `bash scripts/test.sh`"
    project = copy_project(tmp_path)
    shutil.rmtree(project / "sources")  # Zensical needs only mkdocs.yml and docs/
    result = run([str(zensical), "build"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    with_mkdocs = anchors.published(site)
    with_zensical = anchors.published(project / "site")
    assert sorted(with_mkdocs - with_zensical) == []
    # The template overrides and the minified assets carry over: the same scripts and styles load.
    for page in ("articles/chen-2017/index.html", "timeline/index.html"):
        assert scripts_and_styles((project / "site" / page).read_text(encoding="utf-8")) == scripts_and_styles(
            (site / page).read_text(encoding="utf-8")), page
    assert "data-ed-palette" in (project / "site" / "index.html").read_text(encoding="utf-8")
    # The head's metadata for reference managers comes from a template block Zensical also renders.
    for page in ("articles/chen-2017/index.html", "articles/towards-a-new-type/index.html"):
        ours, theirs = ((p / page).read_text(encoding="utf-8") for p in (site, project / "site"))
        assert head_elements(theirs) == head_elements(ours), page


def test_zensical_pages_are_valid_html_after_the_markup_step(tmp_path: Path) -> None:
    """Zensical runs no MkDocs hooks: the corrections to the generator's markup are a step of
    the `edition` command after the render, `edition fix-markup`, and the Nu HTML Checker then
    finds nothing on the Zensical site either."""
    project = copy_project(tmp_path)
    result = run([str(BIN / "zensical"), "build"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    fixed = run([str(BIN / "edition"), "fix-markup", "site"], project)
    assert fixed.returncode == 0, fixed.stderr
    assert audits.nu_check(project / "site") == []


def test_the_markup_step_refuses_a_folder_that_is_not_a_built_site(tmp_path: Path) -> None:
    result = run([str(BIN / "edition"), "fix-markup", str(tmp_path)], tmp_path)
    assert result.returncode == 1
    assert f"{tmp_path}: no index.html" in result.stderr
