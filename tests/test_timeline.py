"""The timeline: date expressions, precision and order, links both ways, data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from edition import dates
from edition.apparatus import mentions
from edition.build import Edition
from edition.inputs.glossary import load_glossary
from edition.inputs.timeline import Timeline, load_timeline

from .conftest import ROOT


@pytest.mark.parametrize(("text", "found"), [
    ("held in late November 2014, President", ["late November 2014"]),
    ("On June 28th, 2014, President", ["June 28th, 2014"]),
    ("People’s Daily, Nov. 13th, 2015.", ["Nov. 13th, 2015"]),
    ("Xi Jinping’s June 17-24 visits to Serbia", ["June 17-24"]),
    ("held on September 28, 2015, President", ["September 28, 2015"]),
    ("at the general debate in September. Here", ["in September"]),
    ("In the 1980s, Xi said", ["the 1980s"]),
    ("More than 2000 years ago, the Chinese", ["More than 2000 years ago"]),
    ("proposed by Zhou Enlai in 1953 when", ["1953"]),
    ("World Affairs, Issue2, 2008.", ["2008"]),
    ("on October 19.", ["October 19"]),
    ("The year 2016 marks", ["2016"]),
    ("the 18th National Congress", []),
    ("the UN’s 193 member states", []),
    ("China’s 13th Five-Year Plan", []),
    ("a deal worth about 40 billion pounds", []),
    ("China’s “16+1” cooperation", []),
    ("the Post-2015 Development Agenda", []),
    ("Over 30 years of reform and opening-up", []),
    ("countries may agree in principle", []),
    ("the 70th anniversary of the United Nations", []),
])
def test_date_expressions(text: str, found: list[str]) -> None:
    assert [w for _, _, w in mentions.date_expressions(text)] == found


@pytest.mark.parametrize(("value", "kwargs", "precision", "shown"), [
    ("2015-09-28", {}, "day", "September 28, 2015"),
    ("2014-11", {"part": "late"}, "month", "late November 2014"),
    ("2016-06-17", {"end": "2016-06-24"}, "day", "June 17–24, 2016"),
    ("1953", {}, "year", "1953"),
    ("198X", {}, "decade", "1980s"),
    ("-0015", {"approximate": True}, "approximate", "c. 15 BCE"),
])
def test_precision_and_display(value: str, kwargs: dict[str, object], precision: str, shown: str) -> None:
    d = dates.parse(value, **kwargs)  # type: ignore[arg-type]
    assert d.precision == precision
    assert d.display() == shown


@pytest.mark.parametrize(("value", "kwargs"), [
    ("2015-02-30", {}), ("2015-13", {}), ("15-09-2015", {}), ("198X-01", {}),
    ("2016-06-24", {"end": "2016-06-17"}), ("2014-11", {"part": "towards the end"}),
])
def test_impossible_dates_are_refused(value: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is checked in test_bad_input
        dates.parse(value, **kwargs)  # type: ignore[arg-type]


def test_mixed_precisions_sort_chronologically() -> None:
    values = [("2015-09-28", ""), ("2015", ""), ("2014-11", "late"), ("2014-11-03", ""), ("198X", ""),
              ("1953", ""), ("2015-09", "")]
    ordered = sorted((dates.parse(v, part=p) for v, p in values), key=lambda d: d.sort_key())
    assert [d.value for d in ordered] == ["1953", "198X", "2014-11-03", "2014-11", "2015", "2015-09", "2015-09-28"]


def _timeline(edition: Edition) -> Timeline:
    t = load_timeline(ROOT / "sources/timeline.yml", "sources/timeline.yml")
    return mentions.with_publications(t, edition.articles)


def test_every_date_expression_belongs_to_an_event_or_is_explained(edition: Edition) -> None:
    assert mentions.uncovered(_timeline(edition), edition.articles) == []


def test_every_article_publication_is_on_the_timeline(edition: Edition) -> None:
    ids = {e.id for e in _timeline(edition).events}
    for article in edition.articles:
        assert f"published-{article.slug}" in ids


def test_timeline_json_matches_its_schema_and_order() -> None:
    data = json.loads((ROOT / "docs/data/timeline.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "docs/data/timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    keys = [dates.parse(e["date"], e["part"] or "", e["end"] or "",
                                      e["precision"] == "approximate").sort_key() for e in data["events"]]
    assert keys == sorted(keys)
    assert {e["precision"] for e in data["events"]} >= {"day", "month", "year", "decade", "approximate"}


def test_links_go_both_ways(edition: Edition, site: Path) -> None:
    glossary = load_glossary(ROOT / "sources/glossary.yml", "sources/glossary.yml")
    timeline = _timeline(edition)
    mentions.check(timeline, edition.articles, glossary, "sources/timeline.yml")
    page = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    articles = {a.slug: (site / "articles" / a.slug / "index.html").read_text(encoding="utf-8")
                for a in edition.articles}
    for e in timeline.events:
        assert f'<h3 id="{e.id}">' in page
        for m in e.mentions:
            target = "title" if m.block == "title" else m.block
            assert f'href="../articles/{m.slug}/#{target}"' in page
            assert f'id="{target}"' in articles[m.slug]
            if m.block != "title":  # the words in the article link back to the event
                link = re.search(rf'<a href="\.\./\.\./timeline/#{e.id}" title="[^"]*">(.*?)</a>', articles[m.slug])
                assert link, (e.id, m.slug)
        for slug in e.articles:
            assert f'href="../../timeline/#{e.id}"' in articles[slug]  # the events list at the end


def test_time_elements_carry_the_precision(site: Path) -> None:
    page = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2015-09-28">September 28, 2015</time>' in page
    assert '<time datetime="2014-11">late November 2014</time>' in page
    assert '<time datetime="1953">1953</time>' in page
    assert '<span class="ed-date">1980s</span>' in page  # HTML has no <time> form for a decade


@pytest.mark.parametrize(("value", "approximate", "group"), [
    ("1648", False, ("century-17", "The 17th century")),
    ("1800", False, ("century-18", "The 18th century")),  # 1701-1800
    ("1899", False, ("century-19", "The 19th century")),
    ("1900", False, ("year-1900", "1900")),
    ("0101", False, ("century-2", "The 2nd century")),
    ("1011", False, ("century-11", "The 11th century")),
    ("-0200", False, ("distant-past", "The distant past")),  # a BCE year is approximate: no century to claim
    ("0900", True, ("distant-past", "The distant past")),
])
def test_events_before_1900_are_grouped_by_century(value: str, approximate: bool, group: tuple[str, str]) -> None:
    from edition.inputs.timeline import Event
    from edition.pages.timeline_page import period
    date = dates.parse(value, approximate=approximate)
    event = Event("e", "An event", date, date.display(), "meeting", "", (), (), (), "", "", (), 1)
    assert period(event) == group
