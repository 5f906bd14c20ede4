"""The shared timeline: curated events (``sources/timeline.yml``), checked against the texts.

Every mention names a paragraph and the words it uses there; the build checks
that the words are in that paragraph. The articles' own publication dates are
added from their metadata by the annotation stage. Every date expression in the texts must belong to an
event or be listed as deliberately not one, with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import dates
from ..dates import PartialDate
from ..errors import BuildError
from . import yamlfile
from .yamlfile import Loc

KINDS = ("speech", "visit", "meeting", "document", "publication", "other")
EVENT_KEYS = {"title", "date", "part", "end", "approximate", "display", "kind", "summary", "people", "places",
              "glossary", "date_note", "note", "mentions"}
MENTION_KEYS = {"at", "says", "established", "basis"}


@dataclass(frozen=True)
class Mention:
    slug: str
    block: str  # a block id, or "title" for the article itself (its metadata)
    says: str  # the article's own wording
    established: str  # "stated" or "inferred"
    basis: str  # for an inferred date: from what


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: PartialDate
    display: str  # the date as shown, at the precision the sources allow
    kind: str
    summary: str
    people: tuple[str, ...]
    places: tuple[str, ...]
    glossary: tuple[str, ...]
    date_note: str  # which date the timeline uses and why, when the sources differ
    note: str  # an editor's note (outside knowledge)
    mentions: tuple[Mention, ...]
    yaml_line: int

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.slug for m in self.mentions))


@dataclass(frozen=True)
class NotEvent:
    slug: str
    block: str
    says: str
    reason: str


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...]
    not_events: tuple[NotEvent, ...]

    def ordered(self) -> tuple[Event, ...]:
        return tuple(sorted(self.events, key=lambda e: (e.date.sort_key(), e.id)))


def _mention(loc: Loc, path: str, what: str) -> Mention:
    m = loc.record(path, what, MENTION_KEYS, ("at", "says"))
    slug, block = m["at"].place(path, f"{what}.at")
    established = m["established"].text(path, f"{what}.established") if "established" in m else "stated"
    basis = m["basis"].text(path, f"{what}.basis") if "basis" in m else ""
    if established not in ("stated", "inferred"):
        raise BuildError(path, str(m["established"].line), f"{what}.established must be stated or inferred",
                         "write `stated` (the words give the date) or `inferred` (with `basis`)")
    if established == "inferred" and not basis:
        raise BuildError(path, str(loc.line), f"{what} is inferred but gives no basis",
                         "say from what the date is inferred in `basis:`")
    return Mention(slug, block, m["says"].text(path, f"{what}.says"), established, basis)


def _event(ident: str, loc: Loc, path: str) -> Event:
    yamlfile.anchor_id(ident, loc.line, path, "event", "un-general-assembly-2015")
    e = loc.record(path, f"event {ident}", EVENT_KEYS, ("title", "date", "kind", "summary", "mentions"))

    def text(key: str) -> str:
        return e[key].text(path, f"{ident}.{key}") if key in e else ""

    try:
        approximate = "approximate" in e and e["approximate"].value is True
        date = dates.parse(text("date"), text("part"), text("end"), approximate)
    except ValueError as exc:
        raise BuildError(path, str(e["date"].line), f"{ident}: the date {text('date')!r} is not valid ({exc})",
                         "write a real date: 2015-09-28, 2014-11 (with part: late), 1953, 198X") from exc
    if text("kind") not in KINDS:
        raise BuildError(path, str(e["kind"].line), f"{ident}: unknown kind {text('kind')!r}",
                         f"use one of: {', '.join(KINDS)}")
    if '"' in text("title"):
        raise BuildError(path, str(e["title"].line), f"{ident}.title contains a straight double quote",
                         "use typographic quotes “ ” (the title becomes a tooltip)")
    mentions_loc = e["mentions"]
    if not isinstance(mentions_loc.value, list) or not mentions_loc.value:
        raise BuildError(path, str(mentions_loc.line), f"{ident}: no mentions",
                         "list the paragraphs that refer to the event, with their words")
    mentions = tuple(_mention(m, path, f"{ident}.mentions[{i}]") for i, m in enumerate(mentions_loc.value))
    return Event(ident, text("title"), date, text("display") or date.display(), text("kind"), text("summary"),
                 e["people"].strings(path, f"{ident}.people") if "people" in e else (),
                 e["places"].strings(path, f"{ident}.places") if "places" in e else (),
                 e["glossary"].strings(path, f"{ident}.glossary") if "glossary" in e else (),
                 text("date_note"), text("note"), mentions, loc.line)


def load_timeline(path: Path, display: str) -> Timeline:
    if not path.exists():
        return Timeline((), ())
    root = yamlfile.load(path, display).mapping(display, "the file")
    for key, value in root.items():
        if key not in ("events", "not_events"):
            raise BuildError(display, str(value.line), f"unknown top-level key {key!r}", "use events or not_events")
    events = tuple(_event(ident, loc, display)
                   for ident, loc in (root["events"].mapping(display, "events") if "events" in root else {}).items())
    not_events = []
    listed = root["not_events"] if "not_events" in root else Loc([], 1)
    for i, loc in enumerate(listed.value if isinstance(listed.value, list) else []):
        what = f"not_events[{i}]"
        entry = loc.record(display, what, {"at", "says", "reason"}, ("at", "says", "reason"))
        slug, block = entry["at"].place(display, f"{what}.at")
        not_events.append(NotEvent(slug, block, entry["says"].text(display, f"{what}.says"),
                                   entry["reason"].text(display, f"{what}.reason")))
    return Timeline(events, tuple(not_events))
