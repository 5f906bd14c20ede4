"""Dates of reduced precision, for the articles' metadata and the timeline alike.

One table of month names, one date type and one display serve every stage. A
date is ISO-like and carries its precision: ``2015-09-28`` (day), ``2014-11``
(month), ``1953`` (year), ``198X`` (decade) or, for the distant past, a signed
year such as ``-0015`` marked approximate. Dates as pages print them ("Jul 25 ,
2016", "10-20-2015", "Tuesday, the 14th of September 2021") are found by ``find_printed``,
which never guesses: a numeric date that reads two ways gives its year and both readings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Short forms as pages print them, month by month ("Sept" beside "Sep"; May has none).
MONTH_ABBREVIATIONS = (("Jan",), ("Feb",), ("Mar",), ("Apr",), (), ("Jun",), ("Jul",), ("Aug",), ("Sep", "Sept"),
                       ("Oct",), ("Nov",), ("Dec",))
MONTH_NUMBERS: dict[str, int] = {
    name.lower(): number
    for number, (full, short) in enumerate(zip(MONTHS, MONTH_ABBREVIATIONS, strict=True), 1)
    for name in (full, *short)
}


def _alternation(names: list[str]) -> str:
    return "|".join(sorted(names, key=lambda n: (-len(n), n)))  # longest first, so "Sept" before "Sep"


# Regular-expression alternations of the names: full, short, and either.
FULL_MONTH_PATTERN = _alternation(list(MONTHS))
SHORT_MONTH_PATTERN = _alternation([n for short in MONTH_ABBREVIATIONS for n in short])
MONTH_PATTERN = _alternation([*MONTHS, *(n for short in MONTH_ABBREVIATIONS for n in short)])

PRECISIONS = ("day", "month", "year", "decade", "approximate")
RE_VALUE = re.compile(r"^(?P<sign>-)?(?P<year>\d{3}[0-9X])(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
PARTS = {"early": 5, "mid": 15, "late": 25}  # a day to sort "late November" by


@dataclass(frozen=True)
class PartialDate:
    """A date at the precision the sources allow."""

    value: str  # 2015-09-28, 2014-11, 1953, 198X, -0015
    precision: str
    part: str = ""  # early, mid, late (of a month)
    end: str = ""  # last day of a range, YYYY-MM-DD

    def _match(self) -> re.Match[str]:
        m = RE_VALUE.match(self.value)
        assert m, "checked by parse()"
        return m

    @property
    def year(self) -> int:
        m = self._match()
        year = int(m.group("year").replace("X", "0"))
        return -year if m.group("sign") else year

    def sort_key(self) -> tuple[int, int, int, int]:
        """Chronological; a lower precision sorts at the start of its period."""
        m = self._match()
        month = int(m.group("month") or 0)
        day = int(m.group("day") or PARTS.get(self.part, 0))
        return (self.year, month, day, PRECISIONS.index(self.precision))

    @property
    def datetime_attr(self) -> str:
        """The value of <time datetime>, or "" where HTML has no form for the date
        (a decade, a year before the common era): then no <time> is claimed."""
        return "" if self.precision in ("decade", "approximate") else self.value

    def display(self) -> str:
        """"October 20, 2015", "late November 2014", "2016", "1980s", "c. 15 BCE"."""
        m = self._match()
        if self.precision == "decade":
            return f"{self.value[:3]}0s"
        if self.precision == "approximate":
            return f"c. {abs(self.year)} {'BCE' if self.year < 0 else 'CE'}"
        year = str(self.year)
        if not m.group("month"):
            return year
        month = MONTHS[int(m.group("month")) - 1]
        if not m.group("day"):
            return f"{self.part} {month} {year}".strip()
        day = int(m.group("day"))
        if self.end:
            return f"{month} {day}–{dt.date.fromisoformat(self.end).day}, {year}"
        return f"{month} {day}, {year}"


def parse(value: str, part: str = "", end: str = "", approximate: bool = False) -> PartialDate:
    """Validate a date as the editorial YAML writes it; raise ValueError with the reason."""
    m = RE_VALUE.match(value)
    if not m:
        raise ValueError("not of the form YYYY-MM-DD, YYYY-MM, YYYY, YYYX (a decade) or -YYYY")
    if "X" in m.group("year"):
        if m.group("month") or m.group("sign"):
            raise ValueError("a decade (YYYX) has no month or sign")
        return PartialDate(value, "decade")
    year = int(m.group("year"))
    if m.group("sign") or approximate:
        if m.group("month"):
            raise ValueError("an approximate or BCE date is a year only")
        return PartialDate(value, "approximate")
    if m.group("day"):
        dt.date(year, int(m.group("month")), int(m.group("day")))  # raises for 2015-02-30
        if end and dt.date.fromisoformat(end) <= dt.date.fromisoformat(value):
            raise ValueError(f"the end {end} is not after the start")
        return PartialDate(value, "day", end=end)
    if m.group("month"):
        dt.date(year, int(m.group("month")), 1)
        if part and part not in PARTS:
            raise ValueError(f"part must be one of {', '.join(PARTS)}")
        return PartialDate(value, "month", part=part)
    return PartialDate(value, "year")


def span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a calendar date (YYYY, YYYY-MM or YYYY-MM-DD) may mean."""
    date = parse_calendar(value)
    if date.precision == "day":
        day = dt.date.fromisoformat(value)
        return day, day
    if date.precision == "month":
        first = dt.date.fromisoformat(value + "-01")
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)


def before(a: str, b: str) -> bool:
    """Whether the date ``a`` is certainly earlier than ``b``, at the precision of each:
    "2016" is not before "2016-07-25" (it may be later in 2016), "2015-10" is."""
    return span(a)[1] < span(b)[0]


def parse_calendar(value: str) -> PartialDate:
    """A publication date: a year, a month or a day of the calendar (no decade, no era)."""
    date = parse(value)
    if date.precision not in ("day", "month", "year") or len(value) not in (4, 7, 10):
        raise ValueError("not of the form YYYY, YYYY-MM or YYYY-MM-DD")
    return date


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = _alternation([*WEEKDAYS, *(d[:3] for d in WEEKDAYS), "Tues", "Thur", "Thurs"])
_ORD = r"(?:st|nd|rd|th)?"
# A date as pages print it, anywhere in a line: "Tue March 5, 2019", "March 4th, 2019",
# "the 14th of September 2021", "4 March 2019", "2019-03-04", "04/03/2019", "March 2019".
RE_PRINTED = re.compile(
    rf"""(?ix)
    (?<![\d/.-])  # "Twitter2019-03-05": a share row run into the date still gives it
    (?:(?:{_WEEKDAY})\.?,?\s+)?
    (?:
        (?P<m1>{MONTH_PATTERN})\.?\s+(?P<d1>\d{{1,2}}){_ORD}\s*,?\s*(?P<y1>\d{{4}})
      | (?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN})\.?\s*,?\s+(?P<y2>\d{{4}})
      | (?P<y3>\d{{4}})(?P<s3>[-/.])(?P<m3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})
      | (?P<a4>\d{{1,2}})(?:(?P<s4>[-/.])(?P<b4>\d{{1,2}})(?P=s4)|\s(?P<c4>\d{{1,2}})\s*,\s*)(?P<y4>\d{{4}})
                                                         # 04/03/2019; "11 17, 2017" (CIIS)
      | (?P<m5>{FULL_MONTH_PATTERN})\s+(?P<y5>\d{{4}})
    )
    (?![\w/-]|\.\d)"""
)


@dataclass(frozen=True)
class Printed:
    """A date found in a line: what it says, as printed, and where."""

    date: PartialDate  # at the precision that is certain (the year, for 04/03/2019)
    printed: str
    start: int
    end: int
    readings: tuple[str, ...] = ()  # both readings of an ambiguous numeric date

    @property
    def ambiguous(self) -> bool:
        return len(self.readings) > 1

    def note(self) -> str:
        """Why only the year is given, for a date that can be read two ways."""
        if not self.ambiguous:
            return ""
        first, second = (PartialDate(r, "day").display() for r in self.readings)
        return (f"Printed “{self.printed}”: either {first} (month first) or {second} (day first); "
                f"the page does not say which, so only the year is given.")


def find_printed(text: str) -> Printed | None:
    """The first date printed in ``text`` that names a real day (or month), or None.

    A numeric date that can be read month-first and day-first (04/03/2019) is never
    read one way: it is returned at the precision of its year, with both readings.
    """
    for m in RE_PRINTED.finditer(text):
        g = m.groupdict()
        found: PartialDate | None = None
        readings: tuple[str, ...] = ()
        if g["m1"] or g["m2"]:
            n = "1" if g["m1"] else "2"
            found = _day(int(g[f"y{n}"]), MONTH_NUMBERS[g[f"m{n}"].lower()], int(g[f"d{n}"]))
        elif g["y3"]:
            found = _day(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        elif g["y4"]:
            year, a, b = int(g["y4"]), int(g["a4"]), int(g["b4"] or g["c4"])
            days = [d for d in (_day(year, a, b), _day(year, b, a)) if d]
            readings = tuple(dict.fromkeys(d.value for d in days))
            if len(readings) == 1:
                found, readings = days[0], ()
            elif readings:
                found = PartialDate(str(year), "year")
        elif g["m5"]:
            found = PartialDate(f"{int(g['y5']):04d}-{MONTH_NUMBERS[g['m5'].lower()]:02d}", "month")
        if found:
            return Printed(found, m.group(0).strip(), m.start(), m.end(), readings)
    return None


def _day(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(dt.date(year, month, day).isoformat(), "day")
    except ValueError:
        return None
