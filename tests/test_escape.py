"""Source text renders literally: whatever it contains, the HTML shows the same characters."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from edition.pages.escape import escape

from .conftest import site_markdown

RE_TAG = re.compile(r"<[^>]*>")


MD = site_markdown()


def rendered_text(source: str) -> tuple[str, str]:
    MD.reset()
    out = MD.convert(escape(source))
    return out, html.unescape(RE_TAG.sub("", out))


def folded(text: str) -> str:
    return re.sub(r"[ \t\n\r\x0b\x0c]+", " ", text).strip(" ")


HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "{#id .class}", "| a | b |", "***", "> quote", "1. list", "---", "::: note", "!!! warning",
    "{{ config }}", "{% raw %}", '--8<-- "secret.txt"', "*[HTML]: Hyper Text", "[^1]: footnote",
    "&amp; &#60; &lt;", "back\\slash\\", "# heading", "    indented code", "`code`", "~~del~~",
    "==mark==", "^^ins^^", ":smile:", "++ctrl+alt++", "{++added++}", "<!-- comment -->",
    "https://example.org", "a@b.org", "__bold__", "line  \nbreak", "\\", "]]>",
]


@pytest.mark.parametrize("snippet", HOSTILE)
def test_hostile_snippets_render_as_text(snippet: str) -> None:
    out, text = rendered_text(snippet)
    assert text == folded(snippet)
    # Only the paragraph wrapper is markup; nothing came from the snippet.
    assert re.findall(r"<(\w+)", out) == ["p"]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from(
    [*list("<>&*_[](){}#!|`~^=:+-.\\\"'"), "\n", "\t"])))
@example("1. a\n2. b")
@example("\xa0")  # found by Hypothesis: a no-break space alone was dropped
@example("\u2003 a \u3000")
@example("a\n===")
def test_any_text_renders_as_itself(source: str) -> None:
    _out, text = rendered_text(source)
    assert text == folded(source)
