"""Anchors are promises: the list of every published page and id, and its checks.

``tests/anchors.txt`` holds one published place per line: a page (``glossary/``) or
a page and an id (``glossary/#shanghai-cooperation-organization``). A published id
may only disappear with an alias (``sources/aliases.yml``: an element carrying the
old id beside the new target) or with its page redirected (``redirect_maps`` in
``mkdocs.yml``). ``edition anchors --update`` adds new places to the list and
refuses to drop any.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .htmlwalk import main_steps

LIST_FILE = "tests/anchors.txt"


def page_of(html_file: Path, site_dir: Path) -> str:
    """The page's path in the site: "glossary/", "articles/chen-2017/", "./" for the home page."""
    rel = html_file.relative_to(site_dir).as_posix()
    return (rel[: -len("index.html")] if rel.endswith("index.html") else rel) or "./"


def published(site_dir: Path) -> set[str]:
    """Every page and page#id of the built site (redirect stubs and 404 excluded)."""
    places: set[str] = set()
    for html_file in sorted(site_dir.rglob("*.html")):
        text = html_file.read_text(encoding="utf-8")
        if html_file.name == "404.html" or "md-content__inner" not in text:
            continue  # a redirect stub of mkdocs-redirects, or the error page
        page = page_of(html_file, site_dir)
        places.add(page)
        places.update(f"{page}#{s.element.id}" for s in main_steps(text) if s.kind == "start" and s.element.id)
    return places


def read_list(root: Path) -> list[str]:
    path = root / LIST_FILE
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def redirected_pages(root: Path) -> set[str]:
    """Old pages that mkdocs-redirects sends elsewhere, as site paths ("old/")."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=IgnoreTags)
    maps: dict[str, str] = {}
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "redirects" in plugin:
            maps = (plugin["redirects"] or {}).get("redirect_maps") or {}
    return {old[: -len("index.md")] if old.endswith("index.md") else old.removesuffix(".md") + "/" for old in maps}


class IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV tags are irrelevant here."""


IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def missing(root: Path, built: set[str]) -> list[str]:
    """Published places that the built site no longer has and nothing keeps alive."""
    gone = []
    redirected = redirected_pages(root)
    for place in read_list(root):
        if place in built:
            continue
        if place.split("#", 1)[0] in redirected:
            continue
        gone.append(place)
    return gone
