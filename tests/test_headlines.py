"""A headline over its deck, and headings among paragraphs, on pages in styles the corpus does
not have: the title is the headline, the deck its subtitle; a short line after a sentence that
ends in a note marker or a closing quote is a heading; a wrapped line is not."""

from __future__ import annotations

from pathlib import Path

from edition.inputs.rawfiles import read_article
from edition.model import Article, Role
from edition.text import clean_article, repair

LONG = ("The agreement was signed in the presence of both ministers, who spoke of a new chapter in relations "
        "between the two countries and of the benefits it would bring to traders, workers and farmers alike.")


def clean(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    raw = read_article(path, tmp_path)
    return clean_article(raw, None, repair.vocabulary(raw.lines))


def role_of(article: Article, start: str) -> tuple[Role, str]:
    c = next(c for c in article.classes if c.text.strip().startswith(start))
    return c.role, c.rule


def test_a_title_case_headline_over_a_sentence_case_deck(tmp_path: Path) -> None:
    article = clean(tmp_path, "\n".join([
        "Open in app", "Sign in", "",
        "Win-Win Cooperation, Explained Through a Football Transfer", "",
        "A thought experiment about positive-sum deals, and what Beijing means by the phrase", "",
        "Priya Natarajan", "", "Nov 12, 2020", "",
        "Every summer, football clubs sell players to one another. " + LONG, "",
        "It is not a zero-sum game, whatever the fans say about \"win-win cooperation\".[1]", "",
        "The zero-sum instinct", "",
        "Most people reason about international politics as if it were a league table. " + LONG, "",
        "[1] A note on the phrase.", ""]))
    assert article.meta["title"].value == "Win-Win Cooperation, Explained Through a Football Transfer"
    assert role_of(article, "A thought experiment")[0] is Role.FRONT
    assert role_of(article, "The zero-sum instinct") == (Role.HEADING, "unnumbered-heading")


def test_a_sentence_case_headline_over_a_longer_standfirst(tmp_path: Path) -> None:
    article = clean(tmp_path, "\n".join([
        "Skip to main content", "", "World news", "",
        "China and Kenya sign port deal in Mombasa", "",
        "The agreement, worth $2bn over ten years, is the largest of its kind in east Africa this year", "",
        "Tue 14 Mar 2023 10.02 GMT", "",
        "Kenya and China signed an agreement on Tuesday to expand the port of Mombasa. " + LONG, "",
        "Officials on both sides called it “a model of win-win cooperation.”", "",
        "What the deal covers", "",
        "The terms, published by the ports authority, run to forty pages. " + LONG, ""]))
    assert article.meta["title"].value == "China and Kenya sign port deal in Mombasa"
    assert role_of(article, "The agreement, worth")[0] is Role.FRONT
    assert role_of(article, "What the deal covers") == (Role.HEADING, "unnumbered-heading")


def test_a_wrapped_line_after_a_sentence_is_no_heading(tmp_path: Path) -> None:
    article = clean(tmp_path, "\n".join([
        "HEARING BEFORE THE SUBCOMMITTEE ON ASIA", "", "March 7, 2018", "",
        "    Mr. Sherman. The subcommittee will come to order. We meet ",
        "today to examine the claim, repeated in nearly every statement ",
        "about it, that the initiative is ``win-win cooperation.''",
        "    I will recognize myself for an opening statement. Beijing ",
        "describes the initiative as open and inclusive. Our witnesses ",
        "will help us test that description against the record.", ""]))
    assert all(c.role is not Role.HEADING for c in article.classes)


def test_a_title_case_kicker_or_tagline_over_a_sentence_case_headline(tmp_path: Path) -> None:
    """The later line stays the title when the line above it is a label: a kicker ("Belt and
    Road at Ten") or a site's tagline, short even when set in title case."""
    for label in ("Belt and Road at Ten", "News and Analysis From Across the Continent"):
        article = clean(tmp_path, "\n".join([
            "The Continental Review", "Home   World   Business   Opinion", "",
            label, "", "Africa does not need another lecture on debt", "",
            "By Wanjiru Kamau", "", "March 3, 2021", "",
            "Every few months a Western capital discovers that African states owe money. " + LONG, ""]))
        assert article.meta["title"].value == "Africa does not need another lecture on debt", label


def test_a_long_title_case_headline_over_its_subhead(tmp_path: Path) -> None:
    article = clean(tmp_path, "\n".join([
        "Home  >  Newsroom  >  Press Releases", "", "FOR IMMEDIATE RELEASE", "",
        "GreenGrid Energy and Shenzhen PowerTech Sign Win-Win Solar Partnership for East Africa", "",
        "Joint venture to deliver 400 MW of solar capacity in Kenya and Tanzania by 2024", "",
        "NAIROBI, Kenya, June 18, 2021 /PRNewswire/ -- GreenGrid Energy Ltd. today announced a partnership. "
        + LONG, ""]))
    assert article.meta["title"].value.startswith("GreenGrid Energy and Shenzhen PowerTech")
    assert role_of(article, "Joint venture")[0] is Role.FRONT


def test_a_short_heading_before_a_paragraph_that_opens_in_lower_case(tmp_path: Path) -> None:
    article = clean(tmp_path, "\n".join([
        "Relational power in Chinese diplomacy", "", "Li Wen", "", "12 May 2022", "",
        "Qin Yaqing argues that relations, not actors, come first in Chinese thought.[3] " + LONG, "",
        "Critics of relationalism", "",
        "e-commerce platforms and state banks are the examples the critics reach for first. " + LONG, ""]))
    assert role_of(article, "Critics of relationalism") == (Role.HEADING, "unnumbered-heading")


def test_an_author_box_after_the_text_is_back_matter(tmp_path: Path) -> None:
    """"GUEST AUTHOR" / the name / the note on the author: the box, not paragraphs of the text."""
    article = clean(tmp_path, "\n".join([
        "Why ‘Win-Win’ Falls Flat in Manila", "", "By Maria Santos", "March 14, 2022", "",
        "When Rodrigo Duterte visited Beijing in October 2016, he returned with pledges. " + LONG, "",
        "For Manila, the lesson is that “win-win” is a description of intentions, not a contract.", "",
        "GUEST AUTHOR", "Maria Santos",
        "Maria Santos is a research fellow at the Asian Institute of Public Policy in Quezon City.", ""]))
    assert [role_of(article, start)[0] for start in ("GUEST AUTHOR", "Maria Santos is")] == [Role.BACK] * 2
    assert next(c for c in article.classes if c.text == "Maria Santos").role is Role.BACK
    assert article.meta["affiliation"].value == "Asian Institute of Public Policy in Quezon City"


def test_a_byline_or_date_below_the_first_paragraph_is_metadata_not_a_heading(tmp_path: Path) -> None:
    article = clean(tmp_path, "\n".join([
        "Kenya and China sign port deal in Mombasa", "",
        "Kenya and China signed an agreement on Tuesday to expand the port of Mombasa. " + LONG, "",
        "By Jane Doe, Reuters", "",
        "Last updated: March 5, 2021", "",
        "The terms, published by the ports authority, run to forty pages. " + LONG, ""]))
    assert role_of(article, "By Jane Doe")[0] is Role.META
    assert role_of(article, "Last updated")[0] is Role.META
    assert article.meta["author"].value == "Jane Doe"
