"""Source text is data: escape it so that Markdown renders it literally.

With ``pymdownx.escapeall`` a backslash escapes any character, so escaping
every ASCII punctuation character is enough to neutralise all block and inline
syntax of Python-Markdown and of the pymdown-extensions we enable (emphasis,
links, HTML, entities, attribute lists, footnotes, abbreviations, tables,
admonitions, snippets). Letters, digits, spaces and non-ASCII characters cannot
start any syntax we enable, and are left alone.
"""

from __future__ import annotations

import re
import string

_TABLE = {ord(ch): "\\" + ch for ch in string.punctuation}
# ASCII white space only: a no-break space is a character of the text, kept as is.
RE_ASCII_SPACE = re.compile(r"[ \t\n\r\x0b\x0c]+")
RE_OTHER_SPACE = re.compile(r"[^\S \t\n\r\x0b\x0c]")


def escape(text: str, strip: bool = True) -> str:
    """Markdown that renders as exactly ``text``, with runs of white space folded
    to one space, as HTML shows them. Leading white space is dropped unless
    ``strip`` is false (for a fragment inside a line): indentation would make a
    code block."""
    folded = RE_ASCII_SPACE.sub(" ", text)
    escaped = (folded.strip(" ") if strip else folded).translate(_TABLE)
    # Other white space (a no-break space, an em space) is text here, but Markdown would
    # strip it at the ends of a paragraph: a numeric character reference keeps it.
    if escaped.isascii():  # the usual case: no other white space to keep
        return escaped
    return RE_OTHER_SPACE.sub(lambda m: f"&#{ord(m.group())};", escaped)
