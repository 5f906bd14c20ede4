"""Captions and back matter as pages print them: photo credits, notes on where the text
appeared first, notes on the author and how to reach them, labelled lines after the text."""

from __future__ import annotations

import re

from ..model import Reading
from .header import BACK

# A photo caption whose photo was not captured: a credit in brackets at its end, or a
# "Photo:" label or "file photo" wording.
_AGENCIES = r"Xinhua|AFP|AP|Reuters|CFP|VCG|IC|Getty(?: Images)?|EPA|ANI|IANS|China Daily|CGTN|Chinanews|CNS"
RE_CAPTION = re.compile(
    rf"(?i)(?:[(\[](?:photo(?:graph)?|image|picture|pic|file(?:\s+photo)?|credit|cartoon|illustration|graphic)\s*(?:by\b|[:/：])[^)\]]*[)\]]\s*$"
    rf"|\((?:{_AGENCIES})/[^)]{{2,60}}\)\s*$"
    rf"|^(?:photo(?:graph)?|image|picture|caption|file\s+photo|top\s+photo|table\s+\d+|figure\s+\d+|fig\.\s*\d+)\s*[:：.]"
    rf"|\b[A-Z][a-z]+\s+[A-Z][a-z]+/(?:The\s+)?[A-Z][\w ]{{2,40}}$"
    rf"|^(?:photo(?:graph)?|image|picture)\s+(?:by|courtesy\s+of|credit)\b.{{0,80}}$"
    rf"|^(?:a\s+)?file\s+photo\s+(?:shows|taken)\b|\bin\s+this\s+(?:file\s+)?photo\b|^photo\s+taken\s+on\b)")
CAPTION_MAX_WORDS = 60
# A note that the text was published elsewhere first.
RE_PUBLISHED_IN = re.compile(
    r"(?i)^\(?(?:this\s+(?:article|story|piece|commentary|op-ed|essay|post|text)\s+(?:was\s+)?"
    r"(?:first|originally)?\s*(?:published|appeared|ran)|(?:first|originally)\s+(?:published|appeared)\s+(?:in|on|by|at))\b")
# A note on the author that does not begin with the name: "The author is a researcher at ...".
RE_AUTHOR_NOTE = re.compile(r"(?i)^[(\[]?\s*(?:the\s+)?(?:author|writer|authors|writers|columnist)\s+(?:is|are|was)\b")
# Label-value lines (often a block after the text): "Place: Beijing", "Responsible editor: Li Wei".
LABEL_VALUE_LABELS = ("Source", "Author", "Authors", "Writer", "Editor", "Editors", "Responsible editor",
                      "Edited by", "Chief editor", "Place", "Location", "Dateline", "Date", "Published",
                      "Translator", "Translated by", "Reporter", "Reporters", "Correspondent", "Contact", "Photo",
                      "Photos", "Photographer", "Proofreader", "Reviewer", "Web editor", "Release", "Image credit",
                      "Photo credit", "Credit", "Credits")
RE_LABEL_VALUE = re.compile(
    r"^\(?(?P<label>" + "|".join(sorted((re.escape(x) for x in LABEL_VALUE_LABELS), key=len, reverse=True))
    + r")\s*[:：]\s*(?P<value>\S.{0,120})$", re.IGNORECASE)
LABEL_VALUE_MAX_WORDS = 40

# The credits of a wire story: "Reporting by Ben Blanchard; Editing by Michael Perry".
RE_CREDITS = re.compile(r"^(?:\(?(?:additional\s+)?(?:reporting|writing|compiled|written)\s+by\b)(?i:.*)"
                        r"|^(?:Editing|Edited)\s+by\s+\S", re.IGNORECASE)
RE_EDITING_BY = re.compile(r"(?i)\bedit(?:ing|ed)\s+by\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")

# Labels of the back matter on a line of their own: "Notes:", "About the author".
RE_BACK_LABEL = re.compile(r"(?i)^(?:notes?|endnotes|footnotes|references|sources|bibliography|acknowledge?ments?|"
                           r"(?:about\s+the\s+|guest\s+)?(?:authors?|contributors?|writers?))\s*:?$")
# How to reach the author: "Contact Dale Kowalski at dkowalski@example.com".
RE_AUTHOR_CONTACT = re.compile(r"^(?:(?:Contact|Reach|Email|E-mail)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+at"
                               r"|(?:Comments?|Letters?|Feedback)\s+to)\s+\S+@")


RE_NOTE_AFFILIATION = re.compile(
    r"\b(?:at|of|with|in)\s+(?P<org>(?:the\s+)?(?=[A-Z])[^.;()]*?\b(?:Institute|University|Centre|Center|Academy|School|"
    r"College|Foundation|Association|Council|Ministry|Institution|Department|Society|Studies|Forum|Review|Times|"
    r"News|Journal|Press|Post|Daily|Magazine|Agency|Bank|Fund|Commission|Committee|Network|Office|Programme|"
    r"Program|Initiative|Company|Corporation|Group)\b[^.;()]*?)"
    r"(?=[.;(]|,\s+(?:and|where|who|which|based|in)\b|\s+(?:where|who)\s|$)")


def affiliation_in_note(core: str) -> tuple[Reading, ...]:
    """The institution an author note places the author at ("... is a professor at the University of X.")."""
    m = RE_NOTE_AFFILIATION.search(core)
    if not m:
        return ()
    org = m.group("org").strip().removeprefix("the ").strip(" ,*_")
    return (Reading("affiliation", org, org, rank=BACK, note="the institution the note on the author names"),)
