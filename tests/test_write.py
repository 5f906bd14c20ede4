"""Writing docs/: all the new files or none of them, and unchanged files left alone."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from edition.output.write import write_docs

from .test_bad_input import snapshot

OLD = {"index.md": "old home\n", "articles/a.md": "old a\n", "articles/gone.md": "a removed article\n"}
NEW = {"index.md": "new home\n", "articles/a.md": "old a\n", "articles/b.md": "new b\n"}


def test_a_failure_while_moving_files_leaves_docs_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, OLD)
    (docs / "assets").mkdir()
    (docs / "assets" / "hand-written.css").write_text("p {}\n", encoding="utf-8")
    before = snapshot(docs)
    real_replace, calls = os.replace, []

    def failing_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append(dst)
        if len(calls) == 2:  # the second file: one has already been replaced
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        write_docs(docs, NEW)
    monkeypatch.undo()
    assert snapshot(docs) == before
    assert not list(tmp_path.glob(".docs-staging-*"))


def test_a_failed_backup_leaves_docs_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, OLD)
    before = snapshot(docs)

    def no_room(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise OSError("no room for a backup")

    monkeypatch.setattr(os, "link", no_room)
    monkeypatch.setattr(shutil, "copy2", no_room)
    with pytest.raises(OSError, match="no room"):
        write_docs(docs, NEW)
    monkeypatch.undo()
    assert snapshot(docs) == before


def test_new_pages_replace_old_ones_and_unchanged_files_are_left_alone(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, OLD)
    os.utime(docs / "articles/a.md", (1_000_000_000, 1_000_000_000))
    write_docs(docs, NEW)
    assert {k: v.decode() for k, v in snapshot(docs).items() if k != ".generated"} == NEW
    assert (docs / "articles/a.md").stat().st_mtime == 1_000_000_000  # not rewritten
    assert (docs / ".generated").read_text(encoding="utf-8").split() == sorted(NEW)
