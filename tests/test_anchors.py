"""Links that never break: the published-anchor list, aliases, and every link in the site."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from edition.output import anchors
from edition.output.htmlwalk import walk

from .conftest import BIN, ROOT, copy_project, run


def test_every_published_anchor_is_still_there(site: Path) -> None:
    built = anchors.published(site)
    assert anchors.missing(ROOT, built) == [], "restore them, or add aliases in sources/aliases.yml"
    new = sorted(built - set(anchors.read_list(ROOT)))
    assert new == [], f"new ids: run `.venv/bin/edition anchors --update` and commit tests/anchors.txt: {new[:10]}"


def test_the_list_covers_paragraphs_footnotes_glossary_and_timeline() -> None:
    listed = set(anchors.read_list(ROOT))
    for place in ("articles/chen-2017/#p12", "articles/chen-2017/#fn:1", "articles/chen-2017/#sec-ii-1",
                  "glossary/#shanghai-cooperation-organization", "timeline/#xi-un-general-assembly-2015",
                  "articles/qiao-2015/#editors-note", "./"):
        assert place in listed


def test_an_alias_keeps_a_retired_id_landing_in_the_right_place(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "sources/aliases.yml").write_text("articles/yu-2016.md:\n  para-13: p13\n", encoding="utf-8")
    (project / anchors.LIST_FILE).parent.mkdir(exist_ok=True)
    listed = [*anchors.read_list(ROOT), "articles/yu-2016/#para-13"]
    (project / anchors.LIST_FILE).write_text("\n".join(listed) + "\n", encoding="utf-8")
    result = run([str(BIN / "edition"), "site", "--quiet", "--root", str(project)], project)
    assert result.returncode == 0, result.stderr
    html = (project / "site/articles/yu-2016/index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="ed-para" id="p13"><a aria-hidden="true" class="ed-alias" id="para-13"></a>', html) or \
        re.search(r'<a [^>]*id="para-13"[^>]*></a>\s*<a class="ed-pnum', html)
    assert anchors.missing(project, anchors.published(project / "site")) == []


def test_a_vanished_id_fails_with_instructions(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "tests").mkdir(exist_ok=True)
    listed = [*anchors.read_list(ROOT), "articles/yu-2016/#p99"]
    (project / anchors.LIST_FILE).write_text("\n".join(listed) + "\n", encoding="utf-8")
    result = run([str(BIN / "edition"), "anchors", "--root", str(project)], project)
    assert result.returncode == 1
    assert "published anchor articles/yu-2016/#p99 is gone" in result.stderr
    assert "sources/aliases.yml" in result.stderr


@dataclass(frozen=True)
class Links:
    hrefs: tuple[str, ...]
    ids: frozenset[str]


def _parse(path: Path) -> Links:
    starts = [s.element for s in walk(path.read_text(encoding="utf-8")) if s.kind == "start"]
    return Links(tuple(e.get("href") for e in starts if e.tag == "a" and e.get("href")),
                 frozenset(e.id for e in starts if e.id))


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    """Covers ids added after Markdown rendering too (aliases, footnotes, raw HTML)."""
    # 404.html is served at any path, so its links are absolute: it is left out.
    parsed = {p: _parse(p) for p in site.rglob("*.html") if p.name != "404.html"}
    broken = []
    for page, links in parsed.items():
        for href in links.hrefs:
            url = urlsplit(href)
            if url.scheme or url.netloc or href.startswith("mailto:"):
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href} (no file)")
                continue
            if url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(url.fragment) not in ids and url.fragment != "__skip":
                    broken.append(f"{page.relative_to(site)}: {href} (no id)")
    assert broken == []
