"""The words a reader sees on a page, read off the Markdown the build writes, without
rendering it: what the search index needs of the collection pages and the metadata
block, in well under a millisecond a page where Python-Markdown took a third of a second.

The Markdown is of two kinds, and both are narrow. Generated Markdown escapes every
ASCII punctuation mark of source text (``pages/escape.py``), so an unescaped mark is
always syntax the build wrote: links, emphasis, code, tables, lists, raw HTML, attribute
lists. The hand-written prose of ``sources/pages/`` uses the same forms, plus admonitions.
What a page marks ``data-search-exclude`` (or ``ed-apparatus``, inline) is left out, as the
rendered page's walk left it out. tests/test_search_index.py checks the result against
Python-Markdown's rendering of the real edition, word for word.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from markdown.extensions.toc import slugify

RE_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
RE_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Regions left out: blocks (<details>, <div>) and inline spans marked for exclusion. None of
# those the build writes holds a nested element of its own kind.
RE_EXCLUDED_BLOCK = re.compile(r'^<(details|div)\b[^>\n]*data-search-exclude="true"[^>\n]*>.*?^</\1>\n', re.S | re.M)
RE_EXCLUDED_SPAN = re.compile(
    r'<span\b[^>]*(?:data-search-exclude="true"|class="[^"]*\bed-apparatus\b)[^>]*>.*?</span>', re.S)
RE_HEADING = re.compile(r"^(#{1,6}) +(.*?)(?: *\{:? *#(?P<id>[^\s}]+)[^}]*\})? *$")
RE_ADMONITION = re.compile(r'^!!! +[\w-]+(?: +"(?P<title>[^"]*)")? *$')
RE_TABLE_RULE = re.compile(r"^\|?(?: *:?-{3,}:? *\|)+ *:?-*:? *$")
RE_LIST_MARK = re.compile(r"^ *(?:[-*+]|\d+\.) +")
# Inline syntax, in one pass so that an escaped character is never read as syntax.
RE_INLINE = re.compile(r"""
    \\(?P<esc>[!-/:-@\[-`{-~])                                  # an escaped character: itself
  | (?P<ticks>`+)(?P<code>.+?)(?P=ticks)                        # a code span: its text
  | &(?P<entity>\#\d+|\#x[0-9a-fA-F]+|[A-Za-z]\w*);             # an entity: the character
  | </?[A-Za-z][^>]*>                                           # a tag: nothing
  | \]\((?:[^()\s\\]|\\.)*(?:\ +"(?:[^"\\]|\\.)*")?\)           # a link's address and title
  | \ ?\{:?\ *[#.][^}]*\}                                       # an attribute list
  | \*+                                                         # emphasis
  | (?<!\S)\|(?!\S)|^\||\|$                                     # a table's cell border
""", re.X | re.M)
RE_LINK_START = re.compile(r"(?<!\\)\[(?=(?:[^\[\]\\]|\\.)*\]\()")


def _inline(match: re.Match[str]) -> str:
    if match.group("esc") is not None:
        return match.group("esc")
    if match.group("code") is not None:
        return match.group("code").strip()
    if match.group("entity") is not None:
        return html.unescape(match.group())
    return " " if match.group().strip() == "|" else ""


def _slug(text: str) -> str:
    """Python-Markdown's default id for a heading that gives none."""
    return slugify(text, "-")


def plain(markdown: str) -> str:
    """The words of a stretch of Markdown, white space folded to single spaces."""
    markdown = RE_EXCLUDED_SPAN.sub("", RE_COMMENT.sub("", markdown))
    lines = []
    for line in markdown.split("\n"):
        if RE_TABLE_RULE.match(line) or line.startswith("*[") or line.strip() == "---":
            continue  # a table's rule, an abbreviation's definition, a horizontal rule
        if (admonition := RE_ADMONITION.match(line)) is not None:
            line = admonition.group("title") or ""
        lines.append(RE_LIST_MARK.sub("", line))
    text = RE_LINK_START.sub("", "\n".join(lines))
    return " ".join(RE_INLINE.sub(_inline, text).split())


def without_excluded(markdown: str) -> str:
    """The Markdown without what the page leaves out of search: marked blocks, and
    paragraphs whose attribute list (the line after them) marks them."""
    markdown = RE_EXCLUDED_BLOCK.sub("", markdown)
    kept = []
    for paragraph in markdown.split("\n\n"):
        last = paragraph.strip().rsplit("\n", 1)[-1]
        if not (last.startswith("{:") and 'data-search-exclude="true"' in last):
            kept.append(paragraph)
    return "\n\n".join(kept)


def sections(markdown: str) -> Iterator[tuple[str, str, str]]:
    """(id, heading, words) for each heading of a page and the words up to the next one;
    the words before the first heading are left out, as on the rendered page."""
    current: tuple[str, str, list[str]] | None = None
    for line in without_excluded(markdown).split("\n"):
        heading = RE_HEADING.match(line)
        if heading is None:
            if current is not None:
                current[2].append(line)
            continue
        if current is not None:
            yield current[0], current[1], plain("\n".join(current[2]))
        title = plain(heading.group(2))
        current = (heading.group("id") or _slug(title), title, [])
    if current is not None:
        yield current[0], current[1], plain("\n".join(current[2]))


def body(page: str) -> str:
    """The page without its front matter."""
    match = RE_FRONT_MATTER.match(page)
    return page[match.end():] if match else page
