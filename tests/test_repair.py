"""The artifact repairs: run-together paragraphs, broken paragraphs, line-end hyphens."""

from __future__ import annotations

import pytest

from edition.text import repair

VOCAB = repair.vocabulary([
    "great opportunities for all; win the trust; zero sum; people to people; co-operation and "
    "cooperation; coexistence and co-existence; the all-round partnership; round tables",
])


def test_split_run_together_paragraphs_at_runs_of_spaces() -> None:
    line = "The speech won warm applauses from the attendees.   At a new historical starting point"
    assert repair.split_run_together(line) == [
        "The speech won warm applauses from the attendees.", "At a new historical starting point"]


@pytest.mark.parametrize("line", [
    "As an essential part of Chinese diplomatic strategies in the new era,[2]  peaceful development",
    "Two spaces after a full stop.  Are ordinary typing.",
    "A run of spaces before lower case   is not a paragraph break.",
])
def test_split_leaves_ordinary_spacing_alone(line: str) -> None:
    assert repair.split_run_together(line) == [line]


def test_split_without_a_full_stop_still_splits_before_a_capital() -> None:
    # Real case: "...defending and expanding their interests   The current world is..."
    parts = repair.split_run_together("expanding their interests   The current world is still far")
    assert parts == ["expanding their interests", "The current world is still far"]


def test_dehyphenate_repairs_a_line_end_hyphen() -> None:
    text, repairs = repair.dehyphenate("important development oppor-tunities for the world", VOCAB)
    assert text == "important development opportunities for the world"
    assert repairs == [("oppor-tunities", "opportunities")]


@pytest.mark.parametrize("word", [
    "win-win", "zero-sum", "people-to-people", "co-operation", "co-existence", "all-round",
    "Sino-US", "Win-Win",
])
def test_dehyphenate_keeps_genuine_hyphenated_words(word: str) -> None:
    text, repairs = repair.dehyphenate(f"the {word} idea", VOCAB)
    assert text == f"the {word} idea"
    assert repairs == []


def test_dehyphenate_needs_the_joined_word_in_the_collection() -> None:
    assert repair.dehyphenate("a frobni-cation", VOCAB) == ("a frobni-cation", [])


@pytest.mark.parametrize(("previous", "following", "breaks"), [
    ("interdependence among states has been deepening, whereas global",
     "issues are becoming more acute.", True),
    ("we should work in unison to promote trade liberalization",
     "and investment facilitation, and upgrade regional and sub-regional cooperation.", True),
    ("It was a good year.", "and then it ended.", False),
    ("1. The first historic leap", "It is of historical significance that", False),
    ("an unfinished line", "Another Paragraph starting in capitals", False),
])
def test_breaks_mid_sentence(previous: str, following: str, breaks: bool) -> None:
    assert repair.breaks_mid_sentence(previous, following) is breaks
