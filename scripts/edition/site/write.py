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


def write_docs(docs: Path, pages: dict[str, str]) -> None:
    """Replace the generated files under ``docs`` with ``pages`` (relative path -> text)."""
    docs.mkdir(parents=True, exist_ok=True)
    pages = {**pages, MANIFEST: "".join(f"{p}\n" for p in sorted(pages))}
    stale = _owned(docs) - set(pages)
    with tempfile.TemporaryDirectory(dir=docs.parent, prefix=".docs-staging-") as tmp:
        staging, backup = Path(tmp) / "new", Path(tmp) / "old"
        for rel, text in pages.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        moved: list[str] = []
        try:
            for rel in sorted(set(pages) | stale):
                current = docs / rel
                if current.exists():
                    (backup / rel).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(current, backup / rel)
                moved.append(rel)
                if rel in pages:
                    current.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(staging / rel, current)
                else:
                    current.unlink(missing_ok=True)
        except BaseException:
            for rel in moved:  # put back what was there before
                if (backup / rel).exists():
                    os.replace(backup / rel, docs / rel)
                else:
                    (docs / rel).unlink(missing_ok=True)
            raise
