"""Shared fixtures: the real edition, built once, and its built site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
    """A copy of the project's inputs and configuration, to build in isolation."""
    for name in ("sources", "docs"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


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
