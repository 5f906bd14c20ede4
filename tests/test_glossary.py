"""The glossary: matching, validation, links and tooltips, data, counts."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edition.apparatus import terms
from edition.apparatus.term_links import RUN_LENGTH
from edition.build import Edition
from edition.inputs.glossary import Entry, load_glossary

from .conftest import ROOT


def entry(ident: str, term: str, acronym: str = "", variants: tuple[str, ...] = ()) -> Entry:
    return Entry(ident, term, acronym, "concept", variants, (), "short", "definition", (), "", (), 1)


ENTRIES = (
    entry("wwc", "win-win cooperation"),
    entry("bri", "Belt and Road Initiative"),
    entry("br", "Belt and Road Partners"),  # shares a start with the initiative
    entry("sco", "Shanghai Cooperation Organization", "SCO"),
    entry("boao", "Bo'ao Forum for Asia"),
    entry("csf", "community of shared future", variants=("fate community",)),
    entry("policy", "neighbourhood policy"),
)


def matches(text: str) -> list[tuple[str, str]]:
    return [(ident, text[start:end]) for start, end, ident, _ in terms.scan(text, terms.compile_index(ENTRIES))]


@pytest.mark.parametrize(("text", "expected"), [
    ("the Win-Win Cooperation of states", [("wwc", "Win-Win Cooperation")]),
    ("Towards Win—Win cooperation", [("wwc", "Win—Win cooperation")]),  # an em dash
    ("win win  cooperation", [("wwc", "win win  cooperation")]),
    ("the Shanghai Cooperation Organization’s 12th summit", [("sco", "Shanghai Cooperation Organization")]),
    ("the SCO has", [("sco", "SCO")]),
    ("the sco has, the SCOs? SCOTUS", [("sco", "SCOs")]),  # acronyms only in capitals, plurals allowed
    ("at the Bo’ao Forum for Asia", [("boao", "Bo’ao Forum for Asia")]),  # curly apostrophe
    ("at the Bo'ao Forum for Asia", [("boao", "Bo'ao Forum for Asia")]),
    ("the Belt and Road Initiative and the Belt and Road Partners",
     [("bri", "Belt and Road Initiative"), ("br", "Belt and Road Partners")]),
    ("a “fate community”.", [("csf", "fate community")]),
    ("two fate communities", [("csf", "fate communities")]),
    ("communities of shared future", []),  # a plural inside a form is a variant of its own, not guessed
    ("neighbourhood policies", [("policy", "neighbourhood policies")]),
    ("unwin-win cooperation", []),  # whole words only
    ("win-win cooperation2 and win-win cooperation_x", []),  # a digit or an underscore continues a word
    ("win-win cooperationé", []),
    ("win-win cooperations.", [("wwc", "win-win cooperations")]),
])
def test_matching(text: str, expected: list[tuple[str, str]]) -> None:
    assert matches(text) == expected


def test_a_term_inside_a_longer_term_counts_once(edition: Edition) -> None:
    glossary = load_glossary(ROOT / "sources/glossary.yml", "sources/glossary.yml")
    occ = terms.find_occurrences(edition.articles, glossary)
    chen_p36 = [(o.entry, o.text) for o in occ if (o.slug, o.block) == ("chen-2017", "p36")]
    assert ("silk-road-economic-belt", "Silk Road Economic Belt") in chen_p36
    assert ("maritime-silk-road", "21st Century Maritime Silk Road") in chen_p36
    assert ("belt-and-road-initiative", "Belt and Road Initiative") in chen_p36
    assert not [e for e, _ in chen_p36 if e == "silk-road"]


def test_no_uncovered_acronyms_in_the_five_articles(edition: Edition) -> None:
    glossary = load_glossary(ROOT / "sources/glossary.yml", "sources/glossary.yml")
    assert terms.uncovered_acronyms(edition.articles, glossary) == {}


def test_glossary_json_matches_its_schema_and_the_page(site: Path) -> None:
    data = json.loads((ROOT / "docs/data/glossary.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "docs/data/glossary.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["entries"]) >= 40
    html = (site / "glossary" / "index.html").read_text(encoding="utf-8")
    for record in data["entries"]:
        assert f'id="{record["id"]}"' in html
        assert sum(record["counts"].values()) == record["total"]
        assert re.search(rf"Referenced in {record['total']} places?:", html), record["id"]


def test_every_reference_links_to_a_place_that_uses_the_term(site: Path) -> None:
    """The KWIC lines on the glossary page, counted per article, equal the JSON counts,
    and each points at a paragraph whose built text contains the highlighted words."""
    data = json.loads((ROOT / "docs/data/glossary.json").read_text(encoding="utf-8"))
    html = (site / "glossary" / "index.html").read_text(encoding="utf-8")
    pages: dict[str, str] = {}
    for record in data["entries"]:
        start = html.index(f'id="{record["id"]}"')
        end = html.find("<h3", start + 1)
        section = html[start:end if end > 0 else len(html)]
        links = re.findall(r'<li><a href="\.\./articles/([a-z0-9-]+)/#([^"]+)">[^<]*</a> (.*?)</li>', section, re.S)
        assert Counter(slug for slug, _, _ in links) == Counter({k: v for k, v in record["counts"].items() if v})
        for slug, block, kwic in links:
            if slug not in pages:
                pages[slug] = (site / "articles" / slug / "index.html").read_text(encoding="utf-8")
            word = re.sub(r"<[^>]+>", "", re.search(r"<strong>(.*?)</strong>", kwic, re.S).group(1))  # type: ignore[union-attr]
            para = re.search(rf'id="{re.escape(block)}"[^>]*>(.*?)</(?:p|li|h[23])>', pages[slug], re.S)
            assert para, f"{slug}#{block}"
            assert word in re.sub(r"<[^>]+>", "", para.group(1)), (record["id"], slug, block, word)


def test_article_links_carry_the_short_definition_and_acronyms_their_expansion(site: Path) -> None:
    data = {r["id"]: r for r in json.loads((ROOT / "docs/data/glossary.json").read_text(encoding="utf-8"))["entries"]}
    html = (site / "articles" / "yu-2016" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="\.\./\.\./glossary/#([a-z0-9-]+)" title="([^"]+)">', html)
    assert links
    for ident, title in links:
        assert title.replace("&rsquo;", "’") == data[ident]["short"].replace("'", "’") or title == data[ident]["short"]
    assert '<abbr title="Shanghai Cooperation Organization">SCO</abbr>' in html


def test_the_first_use_in_each_run_of_paragraphs_is_linked_not_every_use(edition: Edition, site: Path) -> None:
    """Yu's article has no headings: a term is linked at its first use in each run of
    RUN_LENGTH paragraphs, and only there."""
    glossary = load_glossary(ROOT / "sources/glossary.yml", "sources/glossary.yml")
    sco = [o for o in terms.find_occurrences(edition.articles, glossary)
           if o.slug == "yu-2016" and o.entry == "shanghai-cooperation-organization"]
    runs = {(int(o.block[1:]) - 1) // RUN_LENGTH for o in sco if o.block.startswith("p")}
    html = (site / "articles" / "yu-2016" / "index.html").read_text(encoding="utf-8")
    linked = re.findall(r'<a href="\.\./\.\./glossary/#shanghai-cooperation-organization" title=', html)
    assert len(runs) >= 2  # the article is long enough for the rule to show
    assert len(linked) == len(runs)
    assert len(sco) > len(linked)


def test_long_reference_lists_collapse_and_short_ones_do_not(site: Path) -> None:
    data = {r["id"]: r for r in json.loads((ROOT / "docs/data/glossary.json").read_text(encoding="utf-8"))["entries"]}
    html = (site / "glossary" / "index.html").read_text(encoding="utf-8")
    for ident in ("win-win-cooperation", "aiib"):
        start = html.index(f'id="{ident}"')
        section = html[start:html.find("<h3", start + 1)]
        collapsed = '<details class="ed-refs"' in section
        assert collapsed == (data[ident]["total"] > 5), ident


def _reference_pattern(form: str) -> re.Pattern[str]:
    """What a form matches, said as a regular expression (the matcher's first version)."""
    words = re.split(r"[\s\-‐‑–—]+", form.strip())
    parts = [re.sub(r"['’]", "['’]", re.escape(w)) for w in words]
    if re.search(r"[^aeiou]y$", words[-1]):
        parts[-1] = parts[-1][:-1] + "(?:y|ies)"
    body = r"[\s\-‐‑–—]+".join(parts) + r"(?:e?s)?"
    return re.compile((body if form.isupper() or not any(c.islower() for c in form) else f"(?i:{body})") + r"(?![\w])")


def _reference_scan(text: str) -> list[tuple[str, str]]:
    """The first version's scan: the same lookup by first word, with regular expressions."""
    index: dict[str, list[tuple[re.Pattern[str], str]]] = defaultdict(list)
    for form, ident in sorted(((f, e.id) for e in ENTRIES for f in e.forms), key=lambda t: (-len(t[0]), t[0])):
        first = re.match(r"[\w'’]+", re.split(r"[\s\-‐‑–—]+", form.strip())[0])
        assert first
        index[terms._plural_keys(terms._key(first.group()))[0]].append((_reference_pattern(form), ident))
    found, pos = [], 0
    for w in re.finditer(r"(?<![\w])[\w'’]+", text):
        if w.start() < pos:
            continue
        hit = None
        for key in terms._plural_keys(terms._key(w.group())):
            hit = next(((ident, m) for pattern, ident in index.get(key, ()) if (m := pattern.match(text, w.start()))),
                       None)
            if hit:
                break
        if hit:
            found.append((hit[0], text[hit[1].start():hit[1].end()]))
            pos = hit[1].end()
    return found


PIECES = st.sampled_from(["win", "Win", "WIN", "cooperation", "Cooperation", "co", "operation", "SCO", "sco",
                          "Shanghai", "Organization", "Organizations", "Bo'ao", "Bo’ao", "Forum", "for", "Asia",
                          "fate", "community", "communities", "policy", "policies", "neighbourhood", "Belt", "and",
                          "Road", "Initiative", "Partners", "s", "es", "’s", "x", "2", "_", "é",
                          *(f for e in ENTRIES for f in e.forms)])
SEPARATORS = st.sampled_from([" ", "-", "—", " - ", "  ", "\u00a0", "\n", ", ", ".", "", "‐"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(PIECES, SEPARATORS), max_size=12).map(lambda ps: "".join(p + s for p, s in ps)))
def test_the_matcher_agrees_with_the_forms_regular_expressions(text: str) -> None:
    assert matches(text) == _reference_scan(text)


@given(st.text(st.sampled_from([*"ab -—‐’'\n\t", "\u00a0"])))
def test_folding_keeps_every_character_s_place(text: str) -> None:
    """Each character of the folded text maps back to the character it stands for."""
    folded, original = terms.fold(text)
    places = [original(i) for i in range(len(folded))]
    assert places == sorted(set(places))
    for ch, place in zip(folded, places, strict=True):
        assert (ch == text[place] or (ch == "'" and text[place] == "’")
                or (ch == " " and terms.RE_SEPARATOR.fullmatch(text[place]) is not None))
