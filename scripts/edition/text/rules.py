"""The line rules: small, named, general patterns for what scraped pages contain.

Each rule says what a line is (furniture, metadata, a heading...) from the line
alone. Which rules may fire where (in the page header, in the body) is decided
in ``classify.py``. A rule is named so that the editorial notes can say which rule
took each decision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Role


@dataclass(frozen=True)
class LineRule:
    name: str
    role: Role
    pattern: re.Pattern[str]
    reason: str
    field: str = ""


def _rule(name: str, role: Role, pattern: str, reason: str, field: str = "") -> LineRule:
    return LineRule(name, role, re.compile(pattern), reason, field)


# Invisible characters a scraped page may carry inside words, and no-break spaces:
# rules look through them (the text itself keeps them).
RE_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def for_matching(text: str) -> str:
    """The line as the rules read it: invisible characters dropped, no-break spaces as spaces."""
    return RE_INVISIBLE.sub("", text).replace("\u00a0", " ").strip()


def visible(text: str) -> tuple[str, Sequence[int]]:
    """The text as matching sees it (invisible characters dropped, no-break spaces as
    spaces), and for each of its characters the offset it had in ``text``."""
    if not RE_INVISIBLE.search(text):  # the usual case: nothing to drop, every offset its own
        return text.replace("\u00a0", " "), range(len(text))
    keep = [i for i, ch in enumerate(text) if not RE_INVISIBLE.match(ch)]
    return "".join(text[i] for i in keep).replace("\u00a0", " "), keep


def find(text: str, words: str) -> tuple[int, int] | None:
    """Where ``words`` stand in ``text``, looking through invisible characters."""
    shown, offsets = visible(text)
    start = shown.find(" ".join(words.split()))
    if start < 0:
        return None
    return offsets[start], offsets[start + len(" ".join(words.split())) - 1] + 1


# Bullets and indentation that scrapers keep in front of list items.
RE_BULLET = re.compile(r"^\s*(?:[•·▪◦●‣]|[-*+](?=\s))?\s*")

# The names of share and follow buttons, which scrapes keep as a row of words,
# often run together ("FacebookTwitterLinkedIn"): a line of nothing else is furniture.
SOCIAL = (r"facebook|twitter|x\.com|linkedin|whats\s?app|wechat|weibo|e-?mail|mail|print|share|tweet|"
          r"pinterest|reddit|telegram|messenger|flipboard|tumblr|qzone|douban|vk|bluesky|threads|instagram|"
          r"youtube|tiktok|sms|copy\s?link|copy\s?url|more|save|pocket|google\+?|pdf")
RE_SOCIAL_ROW = re.compile(
    rf"(?i)^(?:(?:share(?:\s+(?:to|on|via))?|follow\s+us)(?:\s+(?:this|the)\s*(?:article|story|page|post)?)?(?:\s+(?:on|via|with))?"
    rf"\s*[:：]?\s*)?(?:(?:{SOCIAL})\s*[|/·•,:]?\s*)+$|^share(?:\s+this)?\s*[:：]?$")
# A trail of links to the page ("Home > News > World", "You are here:  Home  >>  Opinion"),
# with any spacing and the separators sites use.
_CRUMB = r"[\w&'’.,()-](?:[\w&'’.,() -]{0,38}[\w&'’.)])?"
_CRUMB_SEP = r"\s*(?:>>?|»|›|→|::)\s*"
_HOME_SEP = r"\s*(?:>>?|»|›|→|::|/|\|)\s*"  # after "Home", a slash or a bar is a separator too
RE_BREADCRUMB = re.compile(
    rf"(?i)^(?:(?:you\s+are\s+here|current\s+(?:location|position))\s*[:：]?\s*"
    rf"{_CRUMB}(?:{_HOME_SEP}{_CRUMB})*(?:{_HOME_SEP})?"
    rf"|(?:location|position)\s*[:：]\s*{_CRUMB}(?:{_HOME_SEP}{_CRUMB})+(?:{_HOME_SEP})?"
    rf"|{_CRUMB}(?:{_CRUMB_SEP}{_CRUMB})+(?:{_CRUMB_SEP})?"
    rf"|(?:home(?:page)?|index|main)(?:{_HOME_SEP}{_CRUMB})+(?:{_HOME_SEP})?)$")
# A line drawn with table-border characters and nothing else ("+------+", "│    │").
_BORDER = "+\\-=_|│┃┆┊─━┄┈┌┐└┘├┤┬┴┼╋═║╔╗╚╝╠╣╦╩╬╞╡╪"
RE_TABLE_BORDER = re.compile(rf"^(?=(?:.*[{_BORDER}]){{3}})[\s:{_BORDER}]+$")
RE_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")  # a heading underlined as plain text (Setext)

# Page furniture: site controls and navigation. Matched against the line with
# its bullet and surrounding white space removed.
FURNITURE_RULES: tuple[LineRule, ...] = (
    _rule("font-size-control", Role.FURNITURE,
          r"(?i)^(?:adjust\s+)?(?:font|text)\s+size\s*:?\s*(?:[Aa][+-]?\s*)*$|^(?:[Aa][+-]\s*){1,3}$",
          "site control (font size), not part of the article"),
    _rule("language-bar", Role.FURNITURE, r"(?i)^(?:edition|language)\s*:",
          "site navigation (language or edition bar)"),
    LineRule("breadcrumb", Role.FURNITURE, RE_BREADCRUMB, "site navigation (breadcrumb trail)"),
    LineRule("share-row", Role.FURNITURE, RE_SOCIAL_ROW, "share and follow buttons of the site"),
    _rule("social-follow", Role.FURNITURE,
          r"(?i)^(?:follow us(?: on)?(?: \w+)?|share(?: this)?(?: on \w+)?|"
          r"please scan the qr code\b.*|like this:?|like\s+loading\W*|loading\W*)$",
          "social-media prompt"),
    _rule("news-ticker", Role.FURNITURE,
          r"(?i)^(?:breaking(?:\s+news)?|latest(?:\s+news)?|just\s+in|live|trending(?:\s+now)?|news\s?flash|"
          r"developing(?:\s+story)?|top\s+stories|hot\s+topics?)(?:\s*[:：|>»]\s*.*|\s+[–—-]\s+.*)?$",
          "news ticker of the site (a label, with the headline it was showing)"),
    _rule("comments", Role.FURNITURE,
          r"(?i)^(?:comments?\s*(?:\(\d+\)|:\s*\d+)|comments|\d+\s+comments?|discussion\s+about\s+this\s+post|leave\s+a\s+(?:comment|reply)|"
          r"(?:add|post|view|show)\s+(?:a\s+)?comments?)$",
          "comments link of the site"),
    _rule("site-control", Role.FURNITURE,
          r"(?i)^(?:print(?:\s+this)?(?:\s+(?:article|page|story))?|e-?mail(?:\s+this)?(?:\s+(?:article|page|story))?|"
          r"download(?:\s+as)?\s+pdf|(?:suggest|send|e-?mail)\s+(?:this\s+)?to\s+a\s+friend|bookmark(?:\s+and\s+share)?|listen(?:\s+to\s+(?:this|the)\s+article)?|subscribe(?:\s+now)?|"
          r"sign\s+up(?:\s+for\s+.{1,40})?|advertisement|advertising|sponsored(?:\s+content)?|"
          r"scroll\s+(?:down\s+)?to\s+continue.*|continue\s+reading|see\s+more|show\s+more|load\s+more|"
          r"skip\s+to\s+(?:main\s+)?content|close|menu|search|home(?:page)?|top|open\s+in\s+app|"
          r"\d+\s+min\s+read)$",
          "site control or link, not part of the article"),
    LineRule("table-border", Role.FURNITURE, RE_TABLE_BORDER,
             "a line of table-border characters left by the text extraction"),
    _rule("page-number", Role.FURNITURE,
          r"(?i)^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4}|"
          r"\[\[page\s+\d{1,4}\]\]|\d{1,3})$",  # a bare number of four digits may be a year
          "a page number left by the text extraction"),
    _rule("topic-tags", Role.FURNITURE,
          r"(?i)^(?:tags?|keywords?|topics?|filed\s+under|categor(?:y|ies)|related\s+topics?)\s*[:：]\s*\S",
          "the site’s topic tags"),
    _rule("copyright", Role.FURNITURE,
          r"(?i)^(?=.{0,400}$)(?:.{0,80}©|(?:copyright\s*)?\(c\)\s*\d{4}|copyright\s*(?:©|\d{4}))|"
          r"^all\s+rights\s+reserved\.?$",
          "the site’s copyright line"),
    _rule("cookie-notice", Role.FURNITURE,
          r"(?i)^(?=.{0,300}$).*\bcookies?\b.*\b(?:accept|consent|agree|policy|settings)\b.*$",
          "the site’s cookie notice"),
    _rule("end-mark", Role.FURNITURE, r"(?i)^(?:enditem|end\s+item|\(end\)|-\s*end\s*-|###)$",
          "the agency’s mark for the end of the story"),
    _rule("comment-form", Role.FURNITURE,
          r"(?i)^(?:\d+\s+(?:responses?|thoughts?|replies|comments?)\s+(?:to|on)\b.*|"
          r"(?:your\s+)?(?:name|e-?mail(?:\s+address)?|website|comment|user\s*name)\s*(?:\*|\s+required)|"
          r"your\s+comment|submit\s+comment|post\s+comment|enter\s+the\s+(?:words|code)\s+you\s+see:?|"
          r"add\s+your\s+comments?\W*|sign\s+in(?:\s+to\s+comment)?|log\s+in(?:\s+to\s+(?:reply|comment))?|"
          r"your\s+email\s+address\s+will\s+not\s+be\s+published\..*|required\s+fields\s+are\s+marked.*|"
          r"notify\s+me\s+of\s+(?:new|follow-up)\s+.*|save\s+my\s+name.*)$",
          "comment form of the site"),
    _rule("pager", Role.FURNITURE,
          r"(?i)^(?:[←«‹]\s*)?(?:previous|next|prev|older|newer)(?:\s+(?:post|article|story|entry|page))?"
          r"\s*(?:[:：>»→]|$).{0,150}$",
          "links to the previous or next page of the site"),
    _rule("site-notice", Role.FURNITURE,
          r"(?i)^(?:story\s+continues\s+below|feedback|share\s+your\s+feedback\b.*|reply|follow|"
          r"for\s+immediate\s+release|comments\s+are\s+moderated\b.*|\d+\s+captures?|"
          r"download\b.{0,60}\((?:pdf|docx?|epub)\b[^)]*\)|分享到[:：]?|"
          r"this\s+is\s+google'?s\s+cache\s+of\b.*|the\s+current\s+page\s+could\s+have\s+changed\b.*|"
          r"full\s+version|text-only\s+version|view\s+source|tip:\s+to\s+quickly\s+find\s+your\s+search\s+term\b.*|"
          r"updated\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|<!--.*-->|"
          r"\d[\d,.]*k?\s+(?:likes?|restacks?|followers?|shares?|views?|claps?|reads?)|[·•|–—-]{1,3}|"
          r"video\s*player\s*close|click\s*[:：].{0,60}|\d+\s+comments?|.{0,40}\bapp\s+download|"
          r"follow\s+(?-i:us|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:\s+on\s+\w+.{0,60})?|posted\s+in\s+.{1,100}\|\s*\d+\s+comments?|"
          r"(?:links|friendly\s+links)\s*[:：].*|(?:【[^】]{1,12}】\s*)+|"
          r"(?:licen[cs]e\b|registration\s+number|icp\b|京icp).{0,120}|search\s+for:?|archives|contact(?:\s+us)?|"
          r"about(?:\s+us)?|menu|skip\s+to\s+(?:main\s+)?content)$",
          "a notice, counter or link of the site, not part of the article"),
    _rule("back-to-top", Role.FURNITURE, r"(?i)^(?:back\s+to\s+top|to\s+top|top\s+of\s+page)\W*$",
          "site navigation (back to top)"),
    _rule("promotion", Role.FURNITURE,
          r"(?i)^(?=.{0,300}$)(?:thanks\s+for\s+reading\b.*\bsubscribe\b|.*\bclick\s+here\s+to\s+subscribe\b)"
          r".*$|^(?!(?:contact|reach|e-?mail)\s+[A-Z]\w*\s+[A-Z]\w*\s+at\b)"
          r"(?=.*\b(?:send|submit|contact|write to)\b)(?=.*[\w.+-]+@[\w-]+(?:\.[\w-]+)+).*$",
          "promotional paragraph of the site (call for submissions with an e-mail address)"),
)

# A heading that introduces a list of links to other pages; the short lines
# that follow it are its items (see ``clean.py``).
RE_LINK_LIST = re.compile(
    r"(?i)^(?:we recommend|you might also like|you may also like|related(?: articles| stories| news| content| posts)?"
    r"|read more|read also|also read|more from .{1,40}|more stories|recommended(?: for you| reading)?"
    r"|most (?:read|popular|viewed|shared)|editor[’']?s picks?|top stories|latest (?:news|stories)"
    r"|in case you missed it"
    r"|more on this story|further reading|topics|tags|most (?:read|popular|viewed|shared) .{1,30}"
    r"|related (?:news|stories|reading|posts|links)|see also|photos|videos|keywords|categories)\s*(?::|>>|»)?$"
)

# Labelled header fields ("Time:11 17, 2017 Writer:Chen Xulong"): the label, and the field it gives.
HEADER_LABELS = {"Time": "date", "Date": "date", "Writer": "author", "Author": "author", "Editor": "editor"}
RE_LABELLED = re.compile(rf"(?P<label>\b(?:{'|'.join(HEADER_LABELS)}))\s*:\s*")
RE_EDITORS_NOTE = re.compile(r"(?i)^editor[’']s\s+note\s*:")

# Back matter, recognised anywhere after the header.
RE_SOURCE = re.compile(r"^Source(?:\s*:\s*|(?=[A-Z“\"]))\S")
RE_DISCLAIMER = re.compile(
    r"(?i)\b(?:opinions?|views?)\b.{0,80}\b(?:do(?:es)?\s+not|do(?:es)?n[’']t)\s+necessarily\s+(?:reflect|represent)"
    r"|\brepresents?\s+the\s+views\s+of\s+the\s+author|all\s+rights\s+belong\s+to\s+the\s+original")
# "[1] text", and "1  text" (a note set off by a run of spaces, as PDF extraction leaves it).
RE_FOOTNOTE_DEF = re.compile(r"^\[(?P<num>\d{1,3})\]\s*(?P<text>\S.*)$|^(?P<bare>\d{1,3})\s{2,}(?P<rest>\S.*)$")

# Headings of a numbered structure: "II. Title" and "3. Title". A heading is a
# short line that does not end like a sentence.
RE_ROMAN_HEADING = re.compile(r"^(?P<num>[IVXLC]{1,7})\.\s+(?P<text>\S.*)$")
RE_NUMBER_HEADING = re.compile(r"^(?P<num>\d{1,2})\.\s+(?P<text>\S.*)$")
HEADING_MAX_WORDS = 30

# Footnote markers inside body text: "coexistence [1] and", "era,[2]"; the one
# pattern for them that the accounting, the comparison and the pages all use.
RE_FOOTNOTE_MARK = re.compile(r"\s*\[(?P<num>\d{1,3})\]")


def strip_bullet(text: str) -> str:
    return RE_BULLET.sub("", text, count=1).strip()


def words(text: str) -> int:
    return len(text.split())


# What may follow a sentence's last stop: closing quotes and brackets, note markers ("[1]",
# "[^2]", "¹"), in any order ("… cooperation".[1]).
RE_AFTER_STOP = re.compile(r"""(?:[\s"'”’»)\]]|\[\^?\d{1,3}\]|[¹²³⁰-⁹]+)+$""")


def ends_like_sentence(text: str) -> bool:
    return RE_AFTER_STOP.sub("", text.rstrip()).endswith((".", "!", "?", "。"))


RE_MENU_SEP = re.compile(r"\s{2,}|\s*[|｜]\s*|\t")
NAV_BAR = LineRule("nav-bar", Role.FURNITURE, RE_MENU_SEP, "site navigation (a menu of sections)")
AMBIGUOUS_ALONE = frozenset({"more", "save", "threads", "mail", "pocket", "pdf", "sms", "x", "app",
                             "top", "close", "feedback", "submit", "name", "website", "comment"})
PUNCTUATION = LineRule("punctuation-alone", Role.FURNITURE, RE_MENU_SEP, "a separator alone on a line")
CONTROLS_ROW = LineRule("controls-row", Role.FURNITURE, RE_MENU_SEP, "a row of the site’s controls and links")
MENU_MIN_ITEMS, MENU_ITEM_MAX_WORDS = 4, 5


def is_menu(core: str) -> bool:
    """A row of section names set apart by runs of spaces or bars ("News   Sport   Opinion ...")."""
    items = [x for x in RE_MENU_SEP.split(core) if x.strip()]
    return (len(items) >= MENU_MIN_ITEMS and all(words(x) <= MENU_ITEM_MAX_WORDS for x in items)
            and not any(ends_like_sentence(x) or x.rstrip().endswith(",") for x in items)
            and not any(ch.isdigit() for ch in core))


def match_furniture(text: str) -> LineRule | None:
    core = strip_bullet(text)
    if text.strip() and not core:
        return PUNCTUATION  # "·" or "•" alone: a separator left between buttons
    if core.lower().strip(" :") in AMBIGUOUS_ALONE:
        return None  # "More", "Save": a button in a row of buttons, but a word on its own line
    for rule in FURNITURE_RULES:
        if rule.pattern.search(core):
            return rule
    if is_menu(core):
        return NAV_BAR
    items = [x for x in RE_MENU_SEP.split(core) if x.strip()]
    if len(items) > 1 and all(any(rule.pattern.search(x.strip()) for rule in FURNITURE_RULES) for x in items):
        return CONTROLS_ROW  # "Subscribe   Sign In", "Print | Email"
    return None


def is_link_list_heading(text: str) -> bool:
    return bool(RE_LINK_LIST.match(strip_bullet(text)))


def heading_number(text: str) -> tuple[str, str] | None:
    """("roman" | "arabic", number) when the line is a numbered heading."""
    core = text.strip()
    if words(core) > HEADING_MAX_WORDS or core.endswith((".", ",", ";")):
        return None
    m = RE_ROMAN_HEADING.match(core)
    if m:
        return "roman", m.group("num")
    m = RE_NUMBER_HEADING.match(core)
    if m:
        return "arabic", m.group("num")
    return None


def labelled_fields(text: str) -> list[tuple[str, str]]:
    """Split "CIIS Time:11 17, 2017 Writer:Chen Xulong" into (label, value) pairs."""
    found = list(RE_LABELLED.finditer(text))
    pairs = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        pairs.append((m.group("label"), text[m.end():end].strip()))
    return pairs
