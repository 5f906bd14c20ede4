"""Read the raw articles: bytes in, lines out, or a clear error.

The raw files are evidence and stay byte for byte as received; whatever the web
left in them (a byte-order mark, CRLF or CR line ends) is handled here, never
"fixed" on disk.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..errors import BuildError
from ..model import RawArticle

MAX_BYTES = 2_000_000  # the longest real article is 39 kB; 2 MB is a book, not an article
RE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RE_LINE_END = re.compile(r"\r\n|\r|\n")
RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # tab, LF, FF and CR are white space
RESERVED_SLUGS = frozenset({"index"})  # articles/index.md would be the section's own page


def decode(data: bytes, display: str) -> str:
    """Decode a raw article, refusing what is not a UTF-8 text."""
    if not data.strip():
        raise BuildError(display, "", "the file is empty or whitespace only",
                         "put the article's text in the file, or remove the file")
    if len(data) > MAX_BYTES:
        raise BuildError(display, "", f"the file is {len(data):,} bytes; the limit is {MAX_BYTES:,}",
                         "split the text, or check that this is really one article")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data:
        # UTF-16 text has a NUL beside every ASCII letter; other NULs mean binary data.
        head = data[:400]
        nuls = max(head[::2].count(0), head[1::2].count(0))
        utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff") or nuls > len(head) // 4
        kind, fix = (("UTF-16", "re-save the article as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)") if utf16
                     else ("binary data", "put the article's text here, not a binary file"))
        raise BuildError(display, "", f"the file looks like {kind}, not UTF-8 text", fix)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BuildError(display, f"{line} (byte {exc.start})",
                         f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded",
                         "re-save the article as UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)") from exc
    bad = RE_CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise BuildError(display, str(line), f"control character U+{ord(bad.group()):04X} in the text",
                         "remove it: a text file has no control characters but tabs and line ends")
    return text


def split_lines(text: str) -> tuple[str, ...]:
    """Lines without terminators; CRLF and old-Mac CR count as line ends too."""
    lines = RE_LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # a final newline ends the last line; it does not start a new one
    return tuple(lines)


def page_name(text: str) -> str:
    """A page name from any file name or title: lower-case words (accents dropped) joined
    by hyphens. "Embassy_Press Release (2).txt" -> "embassy-press-release-2"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))


def read_article(path: Path, root: Path) -> RawArticle:
    display = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    slug = page_name(path.stem)
    if slug in RESERVED_SLUGS:
        raise BuildError(display, "", f"the name {slug!r} is reserved for the articles' section page",
                         "rename the file, e.g. after the author and year")
    if not RE_SLUG.match(slug):
        raise BuildError(display, "", f"the file name {path.name!r} has no letter or digit to make a page name of",
                         "rename it, e.g. `smith-2019.txt`, or add it with `edition add FILE`")
    data = path.read_bytes()
    text = decode(data, display)
    return RawArticle(slug=slug, path=display, lines=split_lines(text),
                      sha256=hashlib.sha256(data).hexdigest())


def read_articles(folder: Path, root: Path) -> tuple[RawArticle, ...]:
    """All ``*.txt`` files in ``folder``, in name order so that the result never
    depends on the order the file system lists them in."""
    if not folder.is_dir():
        raise BuildError(folder.as_posix(), "", "the articles folder does not exist",
                         "create it and put the raw articles (*.txt) in it")
    articles = tuple(read_article(p, root) for p in sorted(folder.glob("*.txt")))
    if not articles:
        raise BuildError(folder.as_posix(), "", "no articles (*.txt) found",
                         "put at least one raw article in the folder")
    _refuse_twins(articles, lambda a: a.slug, "gives the page name {key!r}, as {other} does",
                  "rename one of the two files")
    _refuse_twins(articles, lambda a: a.sha256, "the same bytes as {other}", "remove one of the two copies")
    return articles


def _refuse_twins(articles: tuple[RawArticle, ...], key: Callable[[RawArticle], str], problem: str,
                  fix: str) -> None:
    """Stop at the first article that shares ``key`` with an earlier one."""
    seen: dict[str, str] = {}
    for article in articles:
        if key(article) in seen:
            raise BuildError(article.path, "", problem.format(key=key(article), other=seen[key(article)]), fix)
        seen[key(article)] = article.path
