"""Retired ids keep working: an element with each old id is put beside the block
that now has the new id (``sources/aliases.yml``)."""

from __future__ import annotations

import re

from ..errors import BuildError

RE_ATTR_LIST_ID = re.compile(r"\{:?\s*#(?P<id>[^\s}]+)")


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
