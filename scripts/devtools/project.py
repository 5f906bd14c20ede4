"""A copy of the project, to build in isolation (tests and the benchmark)."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_project(root: Path, dest: Path) -> Path:
    """A copy of a project's inputs, pages, build and configuration, to build in isolation."""
    for name in ("sources", "docs", "scripts"):
        shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "node_modules"))
    shutil.copy(root / "mkdocs.yml", dest / "mkdocs.yml")
    return dest
