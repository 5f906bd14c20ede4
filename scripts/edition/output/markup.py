"""Corrections to the generator's page markup, made to the built site after the render.

The Nu HTML Checker finds, on every page Material for MkDocs 9.7.6 and Zensical 0.0.73
write:

- ``autocomplete`` on the two checkboxes that open the drawer and the search, where
  HTML allows it only on text-like inputs;
- ``tabindex=""`` on the labels of navigation sections, where HTML wants an integer
  (an empty value already means "not focusable", so dropping it changes nothing);
- (Zensical only) ``aria-hidden`` on the overlay's label, which HTML forbids on a
  label tied to a control; the overlay is an empty click target, hidden or not.

This is a step after the render, not a template override, because the checkboxes and
the overlay are written by ``base.html`` outside any block: a theme override could only
replace the whole of ``base.html``, and the two generators' copies differ (asset names,
skip link, table of contents). MkDocs hooks would do it for MkDocs only: Zensical runs
none. The corrections are exact replacements; if a later generator writes different
markup they stop matching, and the audits in the tests say what is wrong again.
"""

from __future__ import annotations

from pathlib import Path

REPLACEMENTS = (
    (' type="checkbox" id="__drawer" autocomplete="off">', ' type="checkbox" id="__drawer">'),
    (' type="checkbox" id="__search" autocomplete="off">', ' type="checkbox" id="__search">'),
    (' tabindex="">', ">"),
    ('<label class="md-overlay" for="__drawer" aria-hidden="true">', '<label class="md-overlay" for="__drawer">'),
)


def corrected(page: str) -> str:
    for old, new in REPLACEMENTS:
        page = page.replace(old, new)
    return page


def correct_site(site_dir: Path) -> int:
    """Correct every HTML page under ``site_dir`` in place; the number of pages changed."""
    changed = 0
    for path in sorted(site_dir.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        fixed = corrected(page)
        if fixed != page:
            path.write_text(fixed, encoding="utf-8")
            changed += 1
    return changed
