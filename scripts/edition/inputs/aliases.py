"""Retired ids and where they now point (``sources/aliases.yml``)."""

from __future__ import annotations

from pathlib import Path

from . import yamlfile


def load_aliases(path: Path, display: str) -> dict[str, dict[str, str]]:
    """``page.md -> {old id: new id}``."""
    if not path.exists():
        return {}
    root = yamlfile.load(path, display).mapping(display, "the file")
    return {page: {old: target.text(display, f"{page}.{old}") for old, target in loc.mapping(display, page).items()}
            for page, loc in root.items()}
