"""Anchors are promises: the list of every published page and id, and its checks.

``tests/anchors.txt`` holds one published place per line: a page (``glossary/``) or
a page and an id (``glossary/#shanghai-cooperation-organization``). A published id
may only disappear with an alias (``sources/aliases.yml``: an element carrying the
old id beside the new target) or with its page redirected (``redirect_maps`` in
``mkdocs.yml``). ``edition anchors --update`` adds new places to the list and
refuses to drop any.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from . import yamldata
from .errors import BuildError

LIST_FILE = "tests/anchors.txt"
RE_ATTR_LIST_ID = re.compile(r"\{:?\s*#(?P<id>[^\s}]+)")


class _Ids(HTMLParser):
    """The ids inside the page's main article (Material's own ids are not promises)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article" and "md-content__inner" in (a.get("class") or ""):
            self.depth = 1
        elif self.depth and tag not in ("br", "img", "hr", "input", "wbr", "meta", "link"):
            self.depth += 1
        if self.depth and a.get("id"):
            self.ids.append(a["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in ("br", "img", "hr", "input", "wbr", "meta", "link"):
            self.depth -= 1


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
        parser = _Ids()
        parser.feed(text)
        places.update(f"{page}#{i}" for i in parser.ids)
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


def load_aliases(path: Path, display: str) -> dict[str, dict[str, str]]:
    """``page.md -> {old id: new id}`` from ``sources/aliases.yml``."""
    if not path.exists():
        return {}
    root = yamldata.load(path, display).mapping(display, "the file")
    return {page: {old: target.text(display, f"{page}.{old}") for old, target in loc.mapping(display, page).items()}
            for page, loc in root.items()}


def apply_aliases(markdown: str, aliases: dict[str, str], page: str, path: str) -> str:
    """Put an element with each old id just before the block that now has the new id."""
    lines = markdown.split("\n")
    for old, new in sorted(aliases.items()):
        anchor = f'<a id="{old}" class="ed-alias" aria-hidden="true"></a>'
        for i, line in enumerate(lines):
            if any(m.group("id") == new for m in RE_ATTR_LIST_ID.finditer(line)):
                if line.startswith("{:") and i > 0:  # a block attribute list: the block is the line above
                    lines[i - 1] = anchor + lines[i - 1]
                elif line.startswith("#"):  # a heading: inside it, after the hashes
                    hashes, _, rest = line.partition(" ")
                    lines[i] = f"{hashes} {anchor}{rest}"
                else:
                    lines[i] = anchor + line
                break
        else:
            raise BuildError(path, "", f"{page}: alias {old!r} points to {new!r}, which the page does not have",
                             "point the alias at an id that exists on the page")
    return "\n".join(lines)
