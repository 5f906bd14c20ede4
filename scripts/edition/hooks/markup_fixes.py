"""MkDocs hook: three corrections to the markup of Material for MkDocs 9.7.6.

The Nu HTML Checker and axe-core find, on every page Material writes:

- ``autocomplete`` on the two checkboxes that open the drawer and the search, where
  HTML allows it only on text-like inputs;
- ``tabindex=""`` on the labels of navigation sections, where HTML wants an integer
  (an empty value already means "not focusable", so dropping it changes nothing);
- a search dialog (``role="dialog"``) without a name for screen readers.

The corrections are exact replacements, applied to each page as it is written. If a
later Material writes different markup they simply stop matching, and the audits in
``tests/test_audits.py`` say what is wrong again.
"""

from __future__ import annotations

from typing import Any

REPLACEMENTS = (
    (' type="checkbox" id="__drawer" autocomplete="off">', ' type="checkbox" id="__drawer">'),
    (' type="checkbox" id="__search" autocomplete="off">', ' type="checkbox" id="__search">'),
    (' tabindex="">', ">"),
)


def corrected(output: str) -> str:
    for old, new in REPLACEMENTS:
        output = output.replace(old, new)
    return output


def on_post_page(output: str, /, *, page: Any, config: Any) -> str:
    return corrected(output)


def on_post_template(output_content: str, /, *, template_name: str, config: Any) -> str:
    return corrected(output_content)  # 404.html
