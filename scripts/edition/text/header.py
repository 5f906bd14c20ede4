"""Reading metadata off a line: bylines, datelines, outlets and section labels, in
the forms pages print them, alone or several on one line.

A header line is cut into segments where the page set its fields apart (runs of
spaces, bars, bullets). The line is metadata when every segment is something
these rules know (a date, a time, a byline, an outlet, a section label, a share
button) and at least one gives a value; each value keeps the words it was read
from. A line with anything else in it is left to the other rules: no value is
taken from a line that is not wholly understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import MONTH_PATTERN, find_printed
from ..model import Reading
from . import rules

# Ranks: which line wins when several give a field (the lowest).
HEADER, BODY, BACK, WEAK = 0, 1, 2, 3

RE_SEGMENTS = re.compile(r"\s{2,}|\s*[|｜丨•·]\s*|\s/\s|\t")
RE_TIME = re.compile(r"(?i)^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?$")
RE_DATE_LABEL = re.compile(
    r"(?i)^(?P<label>(?:first\s+)?published|posted|release(?:d| date)?|date|time|(?:last\s+)?updated|modified|"
    r"issued)(?:\s+(?:on|at))?\s*[:：]?\s*")
RE_PLACE = re.compile(r"^[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,3}(?:,\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})?$")
WEAK_DATE_LABELS = ("updated", "last updated", "modified")
RE_BY = re.compile(r"(?i)^(?:by|posted\s+by|written\s+by|text\s+by|words\s+by|story\s+by|author|authors|writer|"
                   r"reporter)"
                   r"\b\s*[:：]?\s*(?P<value>[^\W\d](?:[^:]|(?<=\d):(?=\d)){0,150}?)\.?$")
RE_DATE_THEN_BY = re.compile(r"(?i)^(?P<date>.+?)\s+by\s+(?P<name>[^\W\d][^:]{1,150}?)\.?$")
RE_INSTITUTION = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){0,4}(?:University|Institute|Institution|Centre|Center|College|"
                            r"School|Academy|Faculty|Department)(?:\s+(?:of|for|on|in)(?:\s+(?:the|and|[A-Z][\w'’.&-]*)){1,8})?$")
RE_LABELLED_NAME = re.compile(r"(?i)^(?P<label>editor|edited\s+by|responsible\s+editor|source|from)\s*[:：]?\s*"
                              r"(?P<value>\S.{0,80})$")
RE_PAREN_OUTLET = re.compile(r"^\(\s*(?:(?i:source)\s*[:：]\s*)?(?P<value>[^()]{2,60}?)\s*\)$")
# A byline at the end of another line: "... the long view. By Jane Doe".
RE_TRAILING_BYLINE = re.compile(r"(?<=[.?!:;”\"—–-])\s+By\s+(?P<value>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\.?$")
# An agency dateline opening the first paragraph: "BEIJING, March 4 (Xinhua) -- ...".
RE_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,30}}(?:,\s*[A-Z][\w.'’ -]{{1,30}})?)\s*"
    rf"(?:,\s*(?P<date>(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?))?\s*"
    r"(?:\((?P<agency>[A-Z][\w .&-]{1,30})\)|/(?P<wire>[A-Z][\w .&-]{1,30})/)\s*(?:--|—|–|-)\s*\S")
ORGANISATION = re.compile(
    r"(?i)\b(?:news|daily|times|post|herald|journal|tribune|gazette|telegraph|review|press|media|network|agency|"
    r"xinhua|cgtn|cctv|cri|chinadaily|people'?s|globe|observer|guardian|economist|magazine|institute|institution|"
    r"centre|center|university|college|school|foundation|association|society|council|forum|ministry|embassy|"
    r"consulate|mission|office|bureau|government|academy|think\s?tank|group|online|radio|tv|television|weekly|"
    r"monthly|channel|broadcasting|wire|register|chronicle|courier|dispatch|examiner|bulletin|inquirer|standard|"
    r"monitor|mirror|express|independent|star|sun|mail|congress|parliament|senate|committee|assembly|"
    r"hundred|thousand|reuters|afp|ap|bloomberg|ciis|cicir|sis|\.com|\.cn|\.org|\.net)\b|\.(?:com|cn|org|net)$")
SECTIONS = frozenset(s.lower() for s in (
    "Opinion", "Opinions", "Op-Ed", "Op-ed", "Commentary", "Comment", "Comments and Analysis", "Analysis",
    "Editorial", "Editorials", "Features", "Feature", "World", "China", "Asia", "Asia Pacific", "Asia-Pacific",
    "Africa", "Europe", "Americas", "Middle East", "Business", "Economy", "Politics", "Diplomacy",
    "Foreign Policy", "Foreign Affairs", "International", "Nation", "National", "Society", "Culture",
    "Sci-Tech", "News", "Latest News", "Top News", "World News", "China News", "Press Release",
    "Press Releases", "Embassy News", "Speeches", "Remarks", "Interviews", "Interview", "Blog", "Blogs",
    "Columnists", "Columns", "Column", "Perspectives", "Perspective", "Insight", "Insights", "Viewpoint",
    "Viewpoints", "Global", "Global View", "Global Views", "Voices", "Essays", "Essay", "Research",
    "Publications", "Policy Brief", "Policy Briefs", "Commentaries", "Articles", "Belt and Road",
))


@dataclass(frozen=True)
class LineRead:
    rule: str
    reason: str
    reads: tuple[Reading, ...]


# Forms of address that open a speech, never a byline: "Mr. Chairman,", "Dear Friends,".
RE_SALUTATION = re.compile(r"(?i)^(?:mr|mrs|ms|madam|madame|dear|distinguished|excellenc|honou?rable|ladies|"
                           r"your|his|her|esteemed|respected|friends|colleagues|good\s+(?:morning|afternoon|evening))")


NOT_IN_NAMES = frozenset({"the", "of", "and", "before", "for", "in", "on", "at", "to", "a", "an", "by", "with"})


def is_name(text: str) -> bool:
    """A person's name as bylines print it: two to four capitalised words, no digits, nothing after it."""
    text = text.strip()
    parts = text.split()
    return (2 <= len(parts) <= 4 and not any(ch.isdigit() for ch in text) and not ORGANISATION.search(text)
            and not text.endswith((",", ":", ";", "!", "?")) and not RE_SALUTATION.match(text)
            and not any(p.lower() in NOT_IN_NAMES for p in parts)
            and all(p[0].isupper() or p in ("de", "van", "von", "bin", "al") for p in parts))


def is_outlet(text: str) -> bool:
    return 1 <= rules.words(text) <= 14 and bool(ORGANISATION.search(text)) and not text.endswith((".", "?"))


def _date_reading(text: str, rank: int) -> Reading | None:
    """A segment that is a date and nothing else (a label, a weekday, a time and zone may go with it)."""
    label = RE_DATE_LABEL.match(text)
    rest = text[label.end():] if label else text
    found = find_printed(rest)
    if not found:
        return None
    before, after = rest[:found.start].strip(" ,"), rest[found.end:].strip(" ,")
    if before and RE_PLACE.match(before) and not RE_BY.match(before) and rest[:found.start].rstrip().endswith(","):
        before = ""  # "Geneva, 14th of May 2019": a dateline with its place
    if any(part and not RE_TIME.match(part) for part in (before, after)):
        return None
    weak = label is not None and " ".join(label.group("label").lower().split()) in WEAK_DATE_LABELS
    note = found.note()
    if weak:
        note = (note + " " if note else "") + (f"The page gives the date of an update (“{text.strip()}”); "
                                               "it was first published then or earlier.")
    return Reading("date", found.date.value, found.printed, note, WEAK if weak else rank)


def _byline(value: str, rank: int, organisation_only: bool = False) -> tuple[Reading, ...]:
    """"Jane Doe", "Jane Doe, University of X"; a date after the name ("Jane Doe on March 3,
    2021", "Jane Doe, 3 March 2021, 10:15 GMT") is the date, not an affiliation. With
    ``organisation_only``, what follows the comma is the affiliation only if it names an
    organisation ("Posted on … by Jane Doe, Leave a comment" has none)."""
    date = None
    named, on, when = value.partition(" on ")
    if on and rules.words(named) <= 4 and (date := _date_reading(when, rank)):  # a name or an agency
        value = named
    parts = value.split(",")
    for k in (1, 2):  # the date may carry a time after its own comma
        if not date and len(parts) > k and (date := _date_reading(",".join(parts[-k:]), rank)):
            value = ",".join(parts[:-k])
    author, _, affiliation = (p.strip() for p in value.partition(","))
    out = [Reading("author", author, author, rank=rank)]
    if affiliation and (ORGANISATION.search(affiliation) or not organisation_only):
        out.append(Reading("affiliation", affiliation, affiliation, rank=rank))
    return (*out, date) if date else tuple(out)


def _dated_byline(core: str, rank: int) -> tuple[Reading, ...]:
    """"Posted on March 3, 2021 by Daniel Hartley": a date, then the author."""
    found = RE_DATE_THEN_BY.match(core)
    if not found:
        return ()
    date = _date_reading(found.group("date"), rank)
    name = found.group("name").strip()
    return (date, *_byline(name, rank, True)) if date and is_name(name.partition(",")[0]) else ()


def name_and_institution(core: str) -> bool:
    """"Li Wen, University of Nottingham": a name, then the name of a university, institute or
    the like, and nothing else. Not read as a byline (two capitalised words may be a headline's
    or a place's: "Closing Ceremony, Peking University"), but never taken for the title."""
    name, comma, rest = core.partition(",")
    return bool(comma) and ":" not in core and is_name(name) and bool(RE_INSTITUTION.match(rest.strip()))


def _segment(text: str, rank: int, in_row: bool) -> tuple[str, tuple[Reading, ...]] | None:
    """(kind, readings) of one segment, or None when no rule knows it."""
    core = text.strip()
    if "©" in core or re.search(r"(?i)\ball rights reserved\b|^updated\s+\d+\s+\w+\s+ago$", core):
        return "furniture", ()
    date = _date_reading(core, rank)
    if date:
        return "date", (date,)
    if RE_TIME.match(core):
        return "time", ()
    by = RE_BY.match(core)
    if by and rules.words(core) <= 25:
        return "byline", _byline(by.group("value"), rank)
    dated = _dated_byline(core, rank)
    if dated:
        return "dated-byline", dated
    labelled = RE_LABELLED_NAME.match(core)
    if labelled:
        label = labelled.group("label").lower()
        field = "outlet" if label in ("source", "from") else "editor"
        value = labelled.group("value").strip()
        if field == "outlet" and not is_outlet(value) and rules.words(value) > 6:
            return None
        return "labelled", (Reading(field, value, value, rank=rank),)
    paren = RE_PAREN_OUTLET.match(core)
    if paren and is_outlet(paren.group("value")):
        return "outlet", (Reading("outlet", paren.group("value"), paren.group("value"), rank=rank),)
    if rules.RE_SOCIAL_ROW.match(core) or rules.match_furniture(core):
        return "furniture", ()
    if core.lower().rstrip(":") in SECTIONS:
        return "section", (Reading("section", core.rstrip(":"), core.rstrip(":"), rank=rank),)
    if in_row and is_outlet(core):
        return "outlet", (Reading("outlet", core, core, rank=rank),)
    if in_row and is_name(core):
        return "name", (Reading("author", core, core, rank=rank),)
    return None


# The rule each kind of single-segment line is named by, and why it is metadata.
SINGLE = {
    "date": ("dateline", "dateline (a date on a line of its own, or after a label)"),
    "byline": ("byline", "byline (“By …”, “Author: …”)"),
    "dated-byline": ("dated-byline", "the date and the author (“Posted on … by …”)"),
    "labelled": ("labelled-name", "an editor or source named after its label"),
    "outlet": ("outlet-line", "the outlet, named on a line of its own"),
    "section": ("section-label", "the site’s section label"),
}


def read_line(core: str, rank: int = HEADER) -> LineRead | None:
    """What a header line states, when the rules understand all of it."""
    segments = [s for s in RE_SEGMENTS.split(core) if s.strip()]
    labelled = rules.labelled_fields(core)
    if labelled and (len(segments) == 1 or any(_segment(s, rank, in_row=True) is None for s in segments)):
        # "CIIS Time:11 17, 2017 Writer:Chen Xulong": labels run together without separators
        return LineRead("labelled-fields", "labelled metadata (Time:, Writer:, Editor: …)",
                        tuple(_labelled(labelled, rank)))
    if len(segments) == 1:
        found = _segment(core, rank, in_row=False)
        if not found or found[0] not in SINGLE:
            return _share_row_with_date(core, rank)
        rule, reason = SINGLE[found[0]]
        if found[0] == "date" and RE_DATE_LABEL.match(core):
            weak = found[1][0].rank == WEAK
            rule, reason = ("updated-line", "the date of an update (“Updated: …”)") if weak else (
                "published-line", "dateline (“Published: …”)")
        return LineRead(rule, reason, found[1])
    kinds = [_segment(s, rank, in_row=True) for s in segments]
    if any(k is None for k in kinds):
        return _share_row_with_date(core, rank)
    reads = tuple(r for k in kinds if k for r in k[1])
    if not reads or any(sum(k[0] == kind for k in kinds if k) > 1 for kind in ("outlet", "name")):
        return None  # several outlets or names on a line: a menu of the site's products, not a byline
    if any(k and k[0] == "furniture" for k in kinds) and not any(k and k[0] in ("date", "byline") for k in kinds):
        return None  # a site's name beside its controls or its copyright: no byline
    if any(k and k[0] == "name" for k in kinds) and not any(k and k[0] in ("date", "outlet") for k in kinds):
        return None  # a name beside nothing that makes the line a byline row
    return LineRead("byline-row", "byline, outlet or date set apart on one line", _first_of_each(reads))


def _share_row_with_date(core: str, rank: int) -> LineRead | None:
    """A row of share buttons run into the site's date: "FacebookTwitterLinkedIn 2019-03-05"."""
    found = find_printed(core)
    if not found or not found.start:
        return None
    head = core[:found.start].strip(" |,")
    if not rules.RE_SOCIAL_ROW.match(head) or (core[found.end:].strip(" ,") and not RE_TIME.match(
            core[found.end:].strip(" ,"))):
        return None
    return LineRead("share-row-date", "share buttons run together with the page’s date",
                    (Reading("date", found.date.value, found.printed, found.note(), rank),))


def _labelled(pairs: list[tuple[str, str]], rank: int) -> list[Reading]:
    out = []
    for label, value in pairs:
        field = rules.HEADER_LABELS[label]
        if field == "date":
            found = find_printed(value)
            if found:
                out.append(Reading("date", found.date.value, value, found.note(), rank))
        elif field == "author" and "," in value and not is_name(value.split(",")[1].strip()):
            out += _byline(value, rank, True)  # "Author: Nguyen Thi Lan, Vietnam Academy of Social Sciences"
        elif value:
            out.append(Reading(field, value, value, rank=rank))
    return out


def _first_of_each(reads: tuple[Reading, ...]) -> tuple[Reading, ...]:
    seen: set[str] = set()
    out = []
    for r in reads:
        if r.field not in seen:
            seen.add(r.field)
            out.append(r)
    return tuple(out)


def trailing_byline(core: str) -> tuple[Reading, ...]:
    """The byline at the end of a subtitle line, or nothing."""
    m = RE_TRAILING_BYLINE.search(core)
    return _byline(m.group("value"), HEADER) if m else ()


def agency_dateline(core: str) -> tuple[Reading, ...]:
    """The agency and date of a wire story's opening dateline ("BEIJING, March 4 (Xinhua) --")."""
    m = RE_AGENCY_DATELINE.match(core)
    if not m:
        return ()
    agency = m.group("agency") or m.group("wire")
    quote = f"({agency})" if m.group("agency") else f"/{agency}/"
    out = [Reading("outlet", agency, quote, rank=BODY,
                   note="the news agency named in the dateline that opens the text")]
    found = find_printed(m.group("date") or "")
    if found:
        out.append(Reading("date", found.date.value, found.printed, found.note(), BODY))
    return tuple(out)
