"""Forward compatibility: the same mkdocs.yml and docs/ build with Zensical, the
maintained successor of Material for MkDocs, with every page and anchor."""

from __future__ import annotations

import shutil
from pathlib import Path

from edition import anchors

from .conftest import BIN, copy_project, run


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
