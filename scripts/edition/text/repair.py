"""Repairs of scraping artifacts, as pure functions on text.

Only artifacts are repaired: paragraphs run together, a paragraph broken in the
middle of a sentence, a word hyphenated across a line break. Each repair is
returned with enough detail to be shown to the reader as an edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Two paragraphs run together: a run of three or more spaces (where the page had
# a paragraph break) before what starts a sentence. Two spaces after a full stop
# are ordinary typing and are left alone.
RE_RUN_TOGETHER = re.compile(r"(?<=\S)[ \t\u00a0]{3,}(?=[A-Z“\"‘'(\[])")

# A word hyphenated across a line break and then joined: "oppor-tunities".
RE_HYPHENATED = re.compile(r"\b(?P<left>[A-Za-z]{2,})-(?P<right>[a-z]{2,})\b")

# Prefixes that make real hyphenated words ("co-operation", "non-aggression"),
# even when the joined spelling also occurs: these hyphens are never artifacts.
PREFIXES = frozenset((
    "anti", "co", "counter", "cross", "de", "ex", "extra", "inter", "intra", "macro", "micro",
    "mid", "multi", "neo", "non", "over", "post", "pre", "pro", "re", "self", "semi", "sub",
    "super", "trans", "ultra", "un", "under",
))

RE_WORD = re.compile(r"[A-Za-z]+")
SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "’", ")", "]", "。")


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The lower-cased words that occur on their own (not hyphenated) in the texts."""
    vocab: set[str] = set()
    for text in texts:
        unhyphenated = RE_HYPHENATED.sub(" ", text)
        vocab.update(w.lower() for w in RE_WORD.findall(unhyphenated))
    return frozenset(vocab)


def split_run_together(text: str) -> list[str]:
    """Split a line into the paragraphs that were run together in it."""
    return [part for part in RE_RUN_TOGETHER.split(text) if part.strip()]


def dehyphenate(text: str, vocab: frozenset[str]) -> tuple[str, list[tuple[str, str]]]:
    """Join words broken by a line-end hyphen; keep every genuine hyphenated word.

    A hyphen is an artifact only when neither part is a word of the collection,
    the left part is not a prefix, and the joined word is a word of the collection.
    """
    repairs: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        left, right = m.group("left"), m.group("right")
        joined = left + right
        if (left.lower() in vocab or right.lower() in vocab or left.lower() in PREFIXES
                or joined.lower() not in vocab):
            return m.group(0)
        repairs.append((m.group(0), joined))
        return joined

    return RE_HYPHENATED.sub(fix, text), repairs


def breaks_mid_sentence(previous: str, following: str) -> bool:
    """True when ``previous`` stops mid-sentence and ``following`` continues it."""
    prev, nxt = previous.rstrip(), following.lstrip()
    return bool(prev) and bool(nxt) and not prev.endswith(SENTENCE_END) and nxt[0].islower()
