"""Bad input: a clear error naming the file, the place and the fix; docs/ untouched.

Each case runs the real command line on a copy of the project and checks the exit
status, the message and that not one byte under docs/ changed.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from edition.build import Edition
from edition.errors import BuildError
from edition.text import accounting

from .conftest import BIN, FIXTURES, ROOT, copy_project, run

ARTICLES = "sources/articles"
YAML = "sources/articles.yml"
GLOSSARY = "sources/glossary.yml"
TIMELINE = "sources/timeline.yml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write(rel: str, data: bytes | str) -> Callable[[Path], None]:
    def apply(project: Path) -> None:
        path = project / rel
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return apply


def edit_yaml(old: str, new: str, rel: str = YAML) -> Callable[[Path], None]:
    def apply(project: Path) -> None:
        path = project / rel
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def copy_article(src: str, dest: str) -> Callable[[Path], None]:
    def apply(project: Path) -> None:
        shutil.copy(project / ARTICLES / src, project / ARTICLES / dest)
    return apply


CASES = {
    "empty article": (write(f"{ARTICLES}/empty-2020.txt", b""),
                      ["empty-2020.txt", "empty or whitespace only"]),
    "whitespace only": (write(f"{ARTICLES}/blank-2020.txt", b" \n\t\r\n  \n"),
                        ["blank-2020.txt", "empty or whitespace only"]),
    "latin-1": (write(f"{ARTICLES}/latin-2020.txt", "Line one.\nCafé society and win-win.\n".encode("latin-1")),
                ["latin-2020.txt:2", "not UTF-8", "iconv -f LATIN1"]),
    "utf-16 without bom": (write(f"{ARTICLES}/wide-2020.txt", "A text in UTF-16.\n".encode("utf-16-le")),
                           ["wide-2020.txt", "UTF-16", "iconv -f UTF-16"]),
    "binary": (write(f"{ARTICLES}/image-2020.txt", bytes(range(256)) * 4),
               ["image-2020.txt", "binary data"]),
    "control character": (write(f"{ARTICLES}/ctrl-2020.txt", "Fine line.\nA \x02 placeholder.\n"),
                          ["ctrl-2020.txt:2", "control character U+0002"]),
    "enormous": (write(f"{ARTICLES}/huge-2020.txt", b"word " * 500_000),
                 ["huge-2020.txt", "the limit is 2,000,000"]),
    "reserved name": (write(f"{ARTICLES}/index.txt", "A title\n\nSome text of an article here.\n"),
                      ["index.txt", "reserved"]),
    "file name without a letter": (write(f"{ARTICLES}/___.txt", "A title\n\nSome text.\n"),
                                   ["___.txt", "no letter or digit", "edition add FILE"]),
    "two files, one page name": (copy_article("yu-2016.txt", "Yu_2016.txt"),
                                 ["sources/articles/yu-2016.txt: gives the page name 'yu-2016', "
                                  "as sources/articles/Yu_2016.txt"]),
    "same content twice": (copy_article("yu-2016.txt", "yu-2016-copy.txt"),
                           ["yu-2016.txt", "the same bytes as sources/articles/yu-2016-copy.txt"]),
    "yaml does not parse": (edit_yaml("  title:\n    value: \"Win-Win", "  title: [unclosed\n    value: \"Win-Win"),
                            [f"{YAML}:", "YAML does not parse"]),
    "unknown key": (edit_yaml("yu-2016:\n", "yu-2016:\n  colour: red\n"),
                    [f"{YAML}:", "unknown key 'colour' in yu-2016", "use one of"]),
    "wrong type": (edit_yaml("yu-2016:\n", "yu-2016:\n  lines: 5\n"),
                   [f"{YAML}:", "yu-2016.lines must be a mapping"]),
    "duplicate entry": (edit_yaml("yu-2016:\n", "yu-2016:\n  title:\n    value: X\n    line: 4\nyu-2016:\n"),
                        [f"{YAML}:", "duplicate key 'yu-2016'"]),
    "duplicate field": (edit_yaml("yu-2016:\n  title:", "yu-2016:\n  section:\n    value: X\n    line: 2\n  title:"),
                        [f"{YAML}:", "duplicate key 'section'"]),
    "entry for a missing article": (edit_yaml("yu-2016:\n", "nobody-1999:\n  title:\n    value: X\n    line: 1\n"
                                               "yu-2016:\n"),
                                    [f"{YAML}:", "'nobody-1999'", "no sources/articles/nobody-1999.txt"]),
    "cited line does not exist": (edit_yaml("    value: Foreign Policy\n    line: 2",
                                            "    value: Foreign Policy\n    line: 999"),
                                  [f"{YAML}:", "yu-2016.section: line 999 does not exist"]),
    "cited line does not say it": (edit_yaml("    value: Foreign Policy\n    line: 2",
                                             "    value: Foreign Policy\n    line: 4"),
                                   [f"{YAML}:", "line 4 does not contain 'Foreign Policy'"]),
    "date that does not exist": (edit_yaml('value: "2016-07-25"', 'value: "2015-02-30"'),
                                 [f"{YAML}:", "the date '2015-02-30' does not exist"]),
    "value with no source": (edit_yaml("    value: Foreign Policy\n    line: 2\n", "    value: Foreign Policy\n"),
                             [f"{YAML}:", "cites no source line and is not marked inferred"]),
    "line decision on the wrong line": (edit_yaml("    16:\n      role: caption", "    17:\n      role: caption"),
                                        [f"{YAML}:", "qiao-2015: line 17 does not contain"]),
    "unknown role": (edit_yaml("\n      role: caption\n", "\n      role: sidebar\n"),
                     [f"{YAML}:", "unknown role 'sidebar'"]),
    "glossary: unknown key": (edit_yaml("  ciis:\n    term: CIIS\n", "  ciis:\n    colour: red\n    term: CIIS\n",
                                        GLOSSARY), [f"{GLOSSARY}:", "unknown key 'colour' in entry ciis"]),
    "glossary: duplicate id": (edit_yaml("  ciis:\n", "  ciis:\n    term: X\n  ciis:\n", GLOSSARY),
                               [f"{GLOSSARY}:", "duplicate key 'ciis'"]),
    "glossary: variant claimed twice": (edit_yaml("variants: [CCTV]", "variants: [CCTV, CIIS]", GLOSSARY),
                                        [f"{GLOSSARY}:", "cctv: the form 'CIIS' is already claimed by ciis"]),
    "glossary: no citation": (edit_yaml("cite: [chen-2017#p37]", "cite: []", GLOSSARY),
                              [f"{GLOSSARY}:", "five-connectivities: the definition cites nothing"]),
    "glossary: term never occurs": (edit_yaml("term: World Peace Forum", "term: World Peace Summit", GLOSSARY),
                                    [f"{GLOSSARY}:", "world-peace-forum: no article uses 'World Peace Summit'"]),
    "glossary: cited paragraph lacks the term": (edit_yaml("cite: [chen-2017#p37]", "cite: [chen-2017#p38]",
                                                           GLOSSARY),
                                                 [f"{GLOSSARY}:", "cites chen-2017#p38, which does not use the term"]),
    "glossary: cited paragraph does not exist": (edit_yaml("cite: [chen-2017#p37]", "cite: [chen-2017#p99]",
                                                           GLOSSARY),
                                                 [f"{GLOSSARY}:", "cites chen-2017#p99, which does not exist"]),
    "glossary: unknown see-also": (edit_yaml("    see: [cold-war]\n", "    see: [cold-wars]\n", GLOSSARY),
                                   [f"{GLOSSARY}:", "`see` names unknown entry 'cold-wars'"]),
    "glossary: uncovered acronym is a strict warning": (
        edit_yaml("  ROK: Republic of Korea\n", "", GLOSSARY),
        ["acronym ROK (in towards-a-new-type#p6) has no glossary entry", "--strict makes them errors"]),
    "timeline: date that does not exist": (edit_yaml("date: 2013-03-23", "date: 2013-02-30", TIMELINE),
                                           [f"{TIMELINE}:", "the date '2013-02-30' is not valid"]),
    "timeline: unknown article": (edit_yaml("at: yu-2016#p9", "at: yu-2061#p9", TIMELINE),
                                  [f"{TIMELINE}:", "xi-visits-eu-2014: mention of yu-2061#p9, which does not exist"]),
    "timeline: unknown paragraph": (edit_yaml("at: yu-2016#p9", "at: yu-2016#p99", TIMELINE),
                                    [f"{TIMELINE}:", "mention of yu-2016#p99, which does not exist"]),
    "timeline: words not in the paragraph": (edit_yaml("says: in 2014", "says: in 2041", TIMELINE),
                                             [f"{TIMELINE}:", "yu-2016#p9 does not contain 'in 2041'"]),
    "timeline: duplicate id": (edit_yaml("  xi-visits-eu-2014:\n", "  xi-visits-eu-2014:\n    title: X\n"
                                         "  xi-visits-eu-2014:\n", TIMELINE),
                               [f"{TIMELINE}:", "duplicate key 'xi-visits-eu-2014'"]),
    "timeline: inferred without basis": (edit_yaml("        basis: the year of the article (July 2016)\n", "",
                                                   TIMELINE),
                                         [f"{TIMELINE}:", "is inferred but gives no basis"]),
    "timeline: uncovered date is a strict warning": (
        edit_yaml("        says: February 2012\n", "        says: visited the United States\n", TIMELINE),
        ["date expression 'February 2012' in qiao-2015#p2 belongs to no event", "--strict makes them errors"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_fails_clearly_and_leaves_docs_alone(tmp_path: Path, case: str) -> None:
    change, expected = CASES[case]
    project = copy_project(tmp_path)
    before = snapshot(project / "docs")
    change(project)
    result = run([str(BIN / "edition"), "build", "--strict", "--root", str(project)], project)
    assert result.returncode == 1
    assert "error: " in result.stderr
    for words in expected:
        assert words in result.stderr, result.stderr
    assert "\n  fix: " in result.stderr or "--strict makes them errors" in result.stderr
    assert snapshot(project / "docs") == before
    assert not list(project.glob(".docs-staging-*"))


def test_warnings_fail_only_with_strict(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    before = snapshot(project / "docs")
    shutil.copy(FIXTURES / "harbour-2019.txt", project / ARTICLES / "harbour-2019.txt")
    strict = run([str(BIN / "edition"), "build", "--strict", "--root", str(project)], project)
    assert strict.returncode == 1
    assert "--strict makes them errors" in strict.stderr
    assert "no entry in sources/articles.yml" in strict.stderr
    assert snapshot(project / "docs") == before
    lenient = run([str(BIN / "edition"), "build", "--root", str(project)], project)
    assert lenient.returncode == 0
    assert "warning: sources/articles/harbour-2019.txt: no entry" in lenient.stdout


def test_a_line_no_rule_accounts_for_stops_the_build(edition: Edition) -> None:
    article = edition.articles[1]
    damaged = dataclasses.replace(article, blocks=article.blocks[:-3])
    with pytest.raises(BuildError) as caught:
        accounting.check(damaged)
    message = str(caught.value)
    assert message.startswith(f"{article.raw.path}:")
    assert "line not accounted for" in message
    assert "fix:" in message


@pytest.mark.parametrize(("name", "transform"), [
    ("bom", lambda b: b"\xef\xbb\xbf" + b),
    ("crlf", lambda b: b.replace(b"\n", b"\r\n")),
    ("old mac", lambda b: b.replace(b"\n", b"\r")),
    ("tabs and spaces", lambda b: b.replace(b"   ", b"\t \t")),
    ("nbsp and zero width", lambda b: b.replace(b" the ", " t\u200bhe\u00a0".encode())),
])
def test_odd_but_valid_text_is_handled_and_accounted(tmp_path: Path, name: str,
                                                     transform: Callable[[bytes], bytes]) -> None:
    project = copy_project(tmp_path)
    for src in sorted((project / ARTICLES).glob("*.txt")):
        src.write_bytes(transform(src.read_bytes()))
    result = run([str(BIN / "edition"), "build", "--strict", "--root", str(project)], project)
    assert result.returncode == 0, result.stderr
    assert "total (5 articles)" in result.stdout


def test_line_ends_do_not_change_the_edition(tmp_path: Path) -> None:
    original = (ROOT / "docs/articles/qiao-2015.md").read_text(encoding="utf-8")
    project = copy_project(tmp_path)
    path = project / ARTICLES / "qiao-2015.txt"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert run([str(BIN / "edition"), "build", "--root", str(project)], project).returncode == 0
    rebuilt = (project / "docs/articles/qiao-2015.md").read_text(encoding="utf-8")
    # Only the checksum of the raw file differs.
    differing = [a for a, b in zip(original.splitlines(), rebuilt.splitlines(), strict=True) if a != b]
    assert len(differing) == 1
    assert "SHA-256" in differing[0]
