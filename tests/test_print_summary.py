"""The print edition's summary of the removed lines: every line by its number, once, under
the reason it went, runs of lines as ranges."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from edition.model import LineClass, Role
from edition.pages.provenance import furniture_summary


def removed(*lines: tuple[int, str]) -> tuple[LineClass, ...]:
    return tuple(LineClass(n, f"text of line {n}", Role.FURNITURE, "rule", reason) for n, reason in lines)


def numbers(summary: str) -> dict[str, list[int]]:
    """The numbers the summary gives, by reason."""
    out: dict[str, list[int]] = {}
    for group, reason in re.findall(r"\blines? ([\d, –]+): ([^;]+?)(?=; line|\.$)", summary.split("): ", 1)[1]):
        out[reason] = [n for a, b in re.findall(r"(\d+)(?:–(\d+))?", group) for n in range(int(a), int(b or a) + 1)]
    return out


def test_reasons_in_order_of_first_line_runs_as_ranges() -> None:
    text = furniture_summary(removed((1, "menu"), (2, "menu"), (3, "menu"), (5, "share row"), (9, "menu"),
                                     (10, "related links"), (11, "related links")))[0]
    assert "(7 lines," in text
    assert text.endswith("lines 1–3, 9: menu; line 5: share row; lines 10–11: related links.")


def test_a_reason_is_escaped_as_source_text() -> None:
    text = furniture_summary(removed((4, "a *notice* [of the site]")))[0]
    assert "(1 line," in text
    assert text.endswith(r"line 4: a \*notice\* \[of the site\].")


@given(st.dictionaries(st.integers(1, 400), st.sampled_from(["menu", "share row", "comments", "footer"]),
                       min_size=1))
def test_every_removed_line_is_given_once_under_its_reason(lines: dict[int, str]) -> None:
    text = furniture_summary(removed(*sorted(lines.items())))[0]
    expected: dict[str, list[int]] = {}
    for n, reason in sorted(lines.items()):
        expected.setdefault(reason, []).append(n)
    assert numbers(text) == expected


def test_one_is_singular() -> None:
    from edition.pages.common import plural
    assert [plural(n, "minute") for n in (0, 1, 2, 1000)] == ["0 minutes", "1 minute", "2 minutes", "1,000 minutes"]
    assert plural(1, "entry", "entries") == "1 entry"
    assert plural(3, "entry", "entries") == "3 entries"
