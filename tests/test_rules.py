"""Each line rule against real snippets from the sources and tricky look-alikes."""

from __future__ import annotations

import pytest

from edition.text import header, rules


@pytest.mark.parametrize(("line", "rule"), [
    ("Adjust font size:", "font-size-control"),
    ("Edition: English Asia Pacific Africa Europe | Español Français العربية Pусский | 中文简体 中文繁体",
     "language-bar"),
    ("Language : English 简体 繁體", "language-bar"),
    ("Homepage > News", "breadcrumb"),
    ("Follow us on", "social-follow"),
    ("  • Please scan the QR Code to follow us on Instagram", "social-follow"),
    ("Back to Top", "back-to-top"),
    ("Panview offers a new window of understanding the world as well as China through the views, "
     "opinions, and analysis of experts. We also welcome outside submissions, so feel free to send in "
     "your own editorials to \"globalopinion@vip.cntv.cn\" for consideration.", "promotion"),
])
def test_furniture_rules_recognise_real_furniture(line: str, rule: str) -> None:
    found = rules.match_furniture(line)
    assert found is not None
    assert found.name == rule


@pytest.mark.parametrize("line", [
    "Founded on a profound basis, the concept of win-win cooperation bears a long history.",
    "Foreign Policy",
    "The win-win strategy of opening up is the key foundation of win-win cooperation.",
    "China > the world: a slogan, not navigation.",  # a full stop: prose, not a breadcrumb
    "Snippet 6: > quote",  # punctuation in a part: not a breadcrumb
    "Share the benefits of development with neighbours, he said.",
    "The two ministers sent letters to each other.",  # a call verb but no e-mail address
    "Xi said China is exploring ways to establish a new type of relations to realize mutual respect.",
    # Found by a reviewer's pages: text that looked like a ticker, a copyright line, a pager, a
    # breadcrumb, a table border or a form field to an earlier version of the rules.
    "Developing-country status at the World Trade Organization was one of the hardest points.",
    "Live-streaming of the press conference showed the Chinese premier at ease.",
    "Latest-generation reactors were part of the deal.",
    "(c) to complete the agreement on geographical indications for food and drink;",
    "Copyright protection for European firms was raised again.",
    "Copyright law was revised in 2020.",
    "«A partnership of equals»",
    "Location: Great Hall of the People, Beijing",
    "Position: China supports a two-state solution",
    "...", ". . .",
    "Name", "Website", "Comment", "Submit", "More", "Save", "Threads",
    "Follow the money, the saying goes.",
    "Licensing agreements between the two sides were signed.",
    "The next step, officials said, is a joint committee.",
])
def test_furniture_rules_leave_prose_alone(line: str) -> None:
    assert rules.match_furniture(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("We Recommend", True),
    ("You might also like", True),
    ("Related articles", True),
    ("We recommend that all countries cooperate.", False),
])
def test_link_list_headings(line: str, expected: bool) -> None:
    assert rules.is_link_list_heading(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("I. Win-Win Cooperation: the Continuation and Development of the Principle", ("roman", "I")),
    ("IV. Characteristics of the Diplomatic Concept of Win-Win Cooperation", ("roman", "IV")),
    ("1. The first historic leap", ("arabic", "1")),
    ("4. “Win-win cooperation for security”--a new approach of security", ("arabic", "4")),
    ("6. Actively fulfilling its international responsibilities and pursuing a bright future of "
     "win-win cooperation (China’s view of international responsibility)", ("arabic", "6")),
    ("1. This line starts like a list item but is a sentence.", None),  # ends like a sentence
    ("2015. The year of the summit", ("arabic", None)),  # more than two digits: not a heading
    ("In 1953 Zhou Enlai proposed the five principles", None),
])
def test_numbered_headings(line: str, expected: tuple[str, str | None] | None) -> None:
    found = rules.heading_number(line)
    if expected is None or expected[1] is None:
        assert found is None
    else:
        assert found == expected


def test_labelled_fields_split_a_run_together_header() -> None:
    assert rules.labelled_fields("CIIS Time:11 17, 2017 Writer:Chen Xulong Editor:Wang Jiapei") == [
        ("Time", "11 17, 2017"), ("Writer", "Chen Xulong"), ("Editor", "Wang Jiapei")]


@pytest.mark.parametrize(("line", "matches"), [
    ("10-20-2015 15:40 BJT", True),
    ("Jul 25 , 2016", True),
    ("25 July 2016", True),
    ("2016-07-25", True),
    ("July 2016 was a busy month for diplomacy", False),
    ("193 member states", False),
])
def test_dateline(line: str, matches: bool) -> None:
    read = header.read_line(line)
    assert (read is not None and read.rule == "dateline") is matches


@pytest.mark.parametrize(("line", "rule", "fields"), [
    ("Posted on March 3, 2021 by Daniel Hartley", "dated-byline",
     {"date": "2021-03-03", "author": "Daniel Hartley"}),
    ("Published 14 June 2018 by Amina Odhiambo, University of Nairobi", "dated-byline",
     {"date": "2018-06-14", "author": "Amina Odhiambo", "affiliation": "University of Nairobi"}),
    ("By Daniel Hartley on March 3, 2021", "byline", {"author": "Daniel Hartley", "date": "2021-03-03"}),
    ("By Xinhua on March 3, 2021", "byline", {"author": "Xinhua", "date": "2021-03-03"}),
    ("By Jane Doe, 3 March 2021", "byline", {"author": "Jane Doe", "date": "2021-03-03"}),
    ("By Jane Doe, 3 March 2021, 10:15 GMT", "byline", {"author": "Jane Doe", "date": "2021-03-03"}),
    ("By Amina Odhiambo, University of Nairobi, 3 March 2021", "byline",
     {"author": "Amina Odhiambo", "affiliation": "University of Nairobi", "date": "2021-03-03"}),
    ("Posted on March 3, 2021 by Jane Doe, Leave a comment", "dated-byline",
     {"date": "2021-03-03", "author": "Jane Doe"}),  # no organisation after the comma: no affiliation
    ("Author: Nguyen Thi Lan, Vietnam Academy of Social Sciences", "labelled-fields",
     {"author": "Nguyen Thi Lan", "affiliation": "Vietnam Academy of Social Sciences"}),
    ("Author: Li Wen, Zhang Wei, Peking University", "labelled-fields",
     {"author": "Li Wen, Zhang Wei, Peking University"}),  # a second name is no affiliation: kept whole
    # look-alikes: no date before "by"; two capitalised words before a comma are no byline
    ("Written on the wall by the students", None, {}),
    ("Peace, Development and Cooperation Forum", None, {}),
    ("Kenya and China, partners in the Belt and Road Initiative", None, {}),
    ("Li Wen, who teaches at the University of Nottingham, disagrees.", None, {}),
    ("Li Wen, University of Nottingham", None, {}),  # a name, or a place? left to the editor
    ("Great Expectations, Modest Results: The Belt and Road Forum", None, {}),
    ("Shared Vision, Shared Mission", None, {}),
    ("Keynote Speech, Boao Forum for Asia", None, {}),
    ("Editorial Board, Global Times", None, {}),
    ("Last Thursday, the Embassy held a reception", None, {}),
])
def test_bylines_with_dates_and_affiliations(line: str, rule: str | None, fields: dict[str, str]) -> None:
    read = header.read_line(line)
    if rule is None:
        assert read is None or not {r.field for r in read.reads} & {"author", "date"}
        return
    assert read is not None
    assert read.rule == rule
    assert {r.field: r.value for r in read.reads} == fields


@pytest.mark.parametrize(("line", "institution"), [
    ("Li Wen, University of Nottingham", True),
    ("Nguyen Thi Lan, Vietnam Academy of Social Sciences", True),
    ("Amina Odhiambo, Institute for Security Studies", True),
    ("Great Expectations, Modest Results: The Belt and Road Forum", False),
    ("Keynote Speech, Boao Forum for Asia", False),
    ("Common Goals, Different Paths", False),
    ("Kenya and China, Partners at the University of Life", False),
])
def test_a_name_and_an_institution_is_never_the_title(line: str, institution: bool) -> None:
    """Not read as a byline (the two words may be a place's), but not a title either."""
    assert header.name_and_institution(line) is institution


@pytest.mark.parametrize(("line", "matches"), [
    ("SourceChina’s Initiatives:Responses to an Uncertain World, Word Affairs Press, 2017", True),
    ("Source: Xinhua", True),
    ("Sources say the talks went well.", False),
    ("Source of strength is unity.", False),
])
def test_source_line(line: str, matches: bool) -> None:
    assert bool(rules.RE_SOURCE.match(line)) is matches


def test_footnote_markers_in_text() -> None:
    text = "peaceful coexistence [1] and mutual benefit. In the new era,[2]  peaceful development"
    assert [m.group("num") for m in rules.RE_FOOTNOTE_MARK.finditer(text)] == ["1", "2"]
