"""Dates: the date expressions in the texts, and dates of reduced precision.

A timeline date is ISO-like and carries its precision: ``2015-09-28`` (day),
``2014-11`` (month), ``1953`` (year), ``198X`` (decade) or, for the distant
past, a signed year such as ``-0015`` marked approximate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_MONTH = rf"(?:{'|'.join(MONTHS)}|(?:{_ABBR})\.?)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_ORD = r"(?:st|nd|rd|th)?"

# Date expressions, longest forms first. Month names only with a capital letter
# ("may" is a verb); a bare year only as a whole word ("Post-2015" is a name).
RE_DATE_EXPRESSION = re.compile(
    rf"""(?x)(?<![\w-])(?:
        (?:early|mid|late)[\s-]+{_MONTH}\s+{_YEAR}                              # late November 2014
      | {_MONTH}\s+\d{{1,2}}{_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?(?:\s*,\s*{_YEAR})?  # June 17-24; Nov. 13th, 2015
      | {_MONTH}\s+{_YEAR}                                                      # November 2014
      | (?:[Ii]n|[Dd]uring|[Ss]ince)\s+{_MONTH}(?!\s*\d)                        # in September (year from context)
      | (?:the\s+)?(?:1[0-9]|20)[0-9]0s                                         # the 1980s
      | (?i:(?:more\s+than|over|about|some)\s+)?\d[\d,]*\s+years\s+ago          # more than 2000 years ago
      | {_YEAR}                                                                 # 1953
    )(?![\w-])"""
)

PRECISIONS = ("day", "month", "year", "decade", "approximate")
RE_TIMELINE_DATE = re.compile(r"^(?P<sign>-)?(?P<year>\d{3}[0-9X])(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
PARTS = {"early": 5, "mid": 15, "late": 25}  # a day to sort "late November" by


def date_expressions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, wording) of every date expression in ``text``."""
    return [(m.start(), m.end(), m.group()) for m in RE_DATE_EXPRESSION.finditer(text)]


@dataclass(frozen=True)
class TimelineDate:
    value: str  # as in the YAML: 2015-09-28, 2014-11, 1953, 198X, -0015
    precision: str
    part: str = ""  # early, mid, late (of a month)
    end: str = ""  # last day of a range, YYYY-MM-DD

    @property
    def year(self) -> int:
        m = RE_TIMELINE_DATE.match(self.value)
        assert m
        year = int(m.group("year").replace("X", "0"))
        return -year if m.group("sign") else year

    def sort_key(self) -> tuple[int, int, int, int]:
        """Chronological; a lower precision sorts at the start of its period."""
        m = RE_TIMELINE_DATE.match(self.value)
        assert m
        month = int(m.group("month") or 0)
        day = int(m.group("day") or PARTS.get(self.part, 0))
        return (self.year, month, day, PRECISIONS.index(self.precision))

    @property
    def datetime_attr(self) -> str:
        """The value of <time datetime>, or "" where HTML has no form for the date
        (a decade, a year before the common era): then no <time> is claimed."""
        return "" if self.precision in ("decade", "approximate") else self.value

    def display(self) -> str:
        m = RE_TIMELINE_DATE.match(self.value)
        assert m
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
            end = dt.date.fromisoformat(self.end)
            return f"{month} {day}–{end.day}, {year}"
        return f"{month} {day}, {year}"


def parse_timeline_date(value: str, part: str = "", end: str = "", approximate: bool = False) -> TimelineDate:
    """Validate a timeline date; raise ValueError with the reason."""
    m = RE_TIMELINE_DATE.match(value)
    if not m:
        raise ValueError("not of the form YYYY-MM-DD, YYYY-MM, YYYY, YYYX (a decade) or -YYYY")
    if "X" in m.group("year"):
        if m.group("month") or m.group("sign"):
            raise ValueError("a decade (YYYX) has no month or sign")
        return TimelineDate(value, "decade")
    year = int(m.group("year"))
    if m.group("sign") or approximate:
        if m.group("month"):
            raise ValueError("an approximate or BCE date is a year only")
        return TimelineDate(value, "approximate")
    if m.group("day"):
        dt.date(year, int(m.group("month")), int(m.group("day")))  # raises for 2015-02-30
        if end and dt.date.fromisoformat(end) <= dt.date.fromisoformat(value):
            raise ValueError(f"the end {end} is not after the start")
        return TimelineDate(value, "day", end=end)
    if m.group("month"):
        dt.date(year, int(m.group("month")), 1)
        if part and part not in PARTS:
            raise ValueError(f"part must be one of {', '.join(PARTS)}")
        return TimelineDate(value, "month", part=part)
    return TimelineDate(value, "year")
