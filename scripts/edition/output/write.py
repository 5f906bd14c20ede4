"""Write the generated pages into ``docs/`` all together or not at all.

Every page is first written to a staging folder beside ``docs/``. Only then are
the files moved into place, each with an atomic ``os.replace``; if a move fails,
the files already moved are put back from a backup, so ``docs/`` is either the
old set or the new set. A manifest (``docs/.generated``) lists what the build
owns, so that a page of a removed article is deleted and hand-written files
(styles, scripts) are never touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MANIFEST = ".generated"


def _owned(docs: Path) -> set[str]:
    manifest = docs / MANIFEST
    if not manifest.exists():
        return set()
    return {line for line in manifest.read_text(encoding="utf-8").splitlines() if line}


def _keep(current: Path, backup: Path) -> None:
    """A backup of ``current``: a hard link where the file system has them, else a copy."""
    backup.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(current, backup)
    except OSError:
        shutil.copy2(current, backup)


def write_docs(docs: Path, pages: dict[str, str]) -> None:
    """Replace the generated files under ``docs`` with ``pages`` (relative path -> text).

    A file whose bytes are unchanged is left alone (its time stamp too, so that a
    watching ``mkdocs serve`` rebuilds only for real changes)."""
    docs.mkdir(parents=True, exist_ok=True)
    pages = {**pages, MANIFEST: "".join(f"{p}\n" for p in sorted(pages))}
    stale = _owned(docs) - set(pages)
    new = {rel: text.encode("utf-8") for rel, text in pages.items()}
    changed = {rel for rel, data in new.items() if not (docs / rel).is_file() or (docs / rel).read_bytes() != data}
    with tempfile.TemporaryDirectory(dir=docs.parent, prefix=".docs-staging-") as tmp:
        staging, backup = Path(tmp) / "new", Path(tmp) / "old"
        for rel in changed:
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(new[rel])
        moved: list[str] = []
        try:
            for rel in sorted(changed | stale):
                current = docs / rel
                if current.exists():  # kept, to be put back if a later step fails
                    _keep(current, backup / rel)
                moved.append(rel)  # only now: a file whose backup failed was not touched
                if rel in changed:
                    current.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(staging / rel, current)  # atomic: the old file or the new, never none
                else:
                    current.unlink()
        except BaseException:
            for rel in moved:  # put back what was there before
                if (backup / rel).exists():
                    os.replace(backup / rel, docs / rel)
                else:
                    (docs / rel).unlink(missing_ok=True)
            raise
