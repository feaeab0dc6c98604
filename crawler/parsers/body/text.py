"""Small text helpers shared by the body and related-links extractors.

All of them are cheap (str methods and a few precompiled patterns), because they
run once per text block of every page.
"""

from __future__ import annotations

import re
from datetime import date

from crawler.parsers.body import boilerplate as bp
from crawler.parsers.metadata.authors import is_credit_line
from crawler.parsers.vocabulary import MONTH_PATTERN, MONTHS, SENTENCE_END, word_count

__all__ = [
    "class_name_part",
    "class_words",
    "collapse",
    "is_furniture_line",
    "is_meta_line",
    "looks_like_date_line",
    "norm_key",
    "parse_card_date",
]

# Characters that render as nothing or as a plain space.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_NON_ALPHA = re.compile(r"[^a-z]+")
# Non-ASCII symbols only (emoji, ornaments, invisible joiners); "___" and "%" stay.
_ONLY_SYMBOLS = re.compile(r"^(?:[^\x00-\x7f\w]|\s)+$")
_DURATION = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?$")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, invisible characters dropped.

    >>> collapse("  Hello\\n\\t world\\u200b ")
    'Hello world'
    """
    if not text:
        return ""
    return " ".join(_INVISIBLE.sub("", text).split())


def norm_key(text: str) -> str:
    """Lower-cased, collapsed text without trailing punctuation, for phrase look-ups.

    >>> norm_key("  Share this Article: ")
    'share this article'
    """
    return collapse(text).lower().strip(" :.!»›>|-–—•·*")



def class_words(value: str) -> list[str]:
    """The words of a class / id value: split on non-letters and camelCase humps.

    >>> class_words("td-post-sharing shareBar ad300")
    ['td', 'post', 'sharing', 'share', 'bar', 'ad']
    """
    return [w for w in _NON_ALPHA.split(_CAMEL.sub(r"\1 \2", value).lower()) if w]


# The hash suffix of a CSS-modules class name ("__wd_PA", "__17Yit", "__AwrJE").
_CSS_HASH = re.compile(r"(?=[\w-]*[A-Z0-9])[\w-]{3,8}")


def class_name_part(name: str) -> str:
    """The part of a class name that says what the element is.

    BEM names the element after ``__`` and a variant after ``--``; CSS modules end
    in ``__`` plus a hash, which says nothing.

    >>> class_name_part("related-card__summary")
    'summary'
    >>> class_name_part("share--large")
    'share'
    >>> class_name_part("LeadText_lead-text__wd_PA")
    'LeadText_lead-text'
    """
    if "__" in name:
        block, element = name.rsplit("__", 1)
        name = block if _CSS_HASH.fullmatch(element) else element
    if "--" in name:
        name = name.split("--", 1)[0]
    return name


# --- Dates printed on cards ("August 07, 2025", "7 Aug 2025", "2025-08-07") ---------

_DATE_MDY = re.compile(rf"\b({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?({MONTH_PATTERN})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I)
_HAS_NUMBER = re.compile(r"\d\d")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_NUM = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_card_date(text: str) -> str | None:
    """The first date printed in ``text`` as ``YYYY-MM-DD``, else ``None``.

    >>> parse_card_date("August 07, 2025")
    '2025-08-07'
    >>> parse_card_date("Updated 3. Mai 2024, 10:00")
    '2024-05-03'
    >>> parse_card_date("no date here") is None
    True
    """
    if not text or len(text) > 400 or not _HAS_NUMBER.search(text):
        return None
    m = _DATE_MDY.search(text)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DATE_DMY.search(text)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _DATE_ISO.search(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DATE_NUM.search(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        # Dotted dates are day-first (Europe); slashed ones month-first unless impossible.
        if m.group(2) == "." or a > 12:
            return _iso(year, b, a)
        return _iso(year, a, b)
    return None


def looks_like_date_line(text: str) -> bool:
    """True for a short line that is mostly a date ("July 16, 2025 - 3 min Read").

    >>> looks_like_date_line("July 16, 2025 - 3 min Read")
    True
    >>> looks_like_date_line("On July 16, 2025 the council voted to close the road.")
    False
    """
    if len(text) > 80 or not _HAS_NUMBER.search(text):
        return False
    m = _DATE_MDY.search(text) or _DATE_DMY.search(text) or _DATE_ISO.search(text) or _DATE_NUM.search(text)
    if not m:
        return False
    rest = text[: m.start()] + text[m.end():]
    return word_count(rest) <= 6


# --- Lines that are furniture by their words ----------------------------------------------

_LINE_PHRASES = frozenset(
    bp.AD_PHRASES + bp.SPONSORED_PHRASES + bp.SHARE_PHRASES + bp.NEWSLETTER_PHRASES
    + bp.COOKIE_PHRASES + bp.COMMENT_PHRASES + bp.FOLLOW_PHRASES + bp.UI_PHRASES
)
# "5 hours ago", "vor 3 Stunden", "il y a 2 heures": relative time stamps.
_RELATIVE_TIME = re.compile(
    r"^(?:\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago"
    r"|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)"
    r"|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)"
    r"|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?))\b",
    re.IGNORECASE,
)
_AD_WORDS = frozenset({"advertisement", "anzeige", "werbung", "publicité", "publicidad", "reklame"})
_SHARE_WORDS = frozenset(w for p in bp.SHARE_PHRASES for w in p.split())
_READ_MORE = tuple(bp.READ_MORE_PREFIXES)
_CALL_TO_ACTION = tuple(bp.CALL_TO_ACTION_PREFIXES)
_NOTICES = tuple(bp.NOTICE_PREFIXES)
_PAYWALL = bp.PAYWALL_MARKERS
_APPEAL_OPENINGS = bp.APPEAL_OPENINGS
_APPEAL_WORDS = bp.APPEAL_WORDS
_PRONOUNS = frozenset({"us", "our", "we", "uns", "nous", "nos"})
_NEWSLETTER_NOUNS = bp.NEWSLETTER_NOUNS
_NEWSLETTER_VERBS = bp.NEWSLETTER_VERBS
_META_MARKERS = bp.META_MARKERS
_READING_TIME = tuple(bp.READING_TIME_MARKERS)
_LABELS = tuple(bp.LABEL_PREFIXES)
_TAG_LIST_WORDS = frozenset(bp.TAG_LIST_WORDS)
_COMMENT_NOUNS = bp.COMMENT_NOUNS
_MODERATION = bp.MODERATION_WORDS


def is_furniture_line(text: str, *, kind: str = "p", link_share: float = 0.0) -> bool:
    """True for a line that is page furniture by its words, whatever its markup.

    >>> is_furniture_line("ADVERTISEMENT")
    True
    >>> is_furniture_line("X Linkedin Facebook Reddit Email Bluesky")
    True
    >>> is_furniture_line("Read more: Why sleep matters", link_share=0.7)
    True
    >>> is_furniture_line("By 2030 the river will be two degrees warmer than it was in 1990.")
    False
    """
    key = norm_key(text)
    if not key:
        return True
    if key in _LINE_PHRASES:
        return True
    if kind != "pre" and len(key) <= 12 and (_DURATION.match(key) or _ONLY_SYMBOLS.match(key)):
        return True              # "💡", "◇", "2:14": icons, ornaments, video durations
    words = key.split()
    n = len(words)
    if n <= 8 and _RELATIVE_TIME.match(key):
        return True
    if n <= 6 and words[0] in _AD_WORDS:
        return True              # "Advertisement · Scroll to continue"
    if n <= 12:
        if all(w.strip(",|/·•") in _SHARE_WORDS or not w.strip(",|/·•") for w in words):
            return True
        if is_credit_line(text, key, n):
            return True
        if key.startswith(_LABELS):
            return True
        if any(marker in key for marker in _READING_TIME):
            return True
        if kind != "li" and looks_like_date_line(text):
            return True            # (a timeline list keeps its "May 3, 2024: ..." items)
    if key.startswith(_READ_MORE) and (n <= 30 or link_share > 0.5):
        return True
    if n <= 25 and key.startswith(_CALL_TO_ACTION + _NOTICES):
        return True
    if n <= 30 and any(m in key for m in _PAYWALL):
        return True                # "You have read 3 of 5 free articles this month."
    if n <= 40 and any(o in key for o in _APPEAL_OPENINGS) and any(w in key for w in _APPEAL_WORDS) and (
        not _PRONOUNS.isdisjoint(w.strip(",;:!?") for w in words)
    ):
        return True                # "If you value local news, please consider supporting us."
    if n <= 40:
        if any(w in key for w in _NEWSLETTER_NOUNS) and any(v in key for v in _NEWSLETTER_VERBS):
            return True
        if n <= 30:
            markers = sum(m in key for m in _META_MARKERS)
            if markers >= 2 or (markers == 1 and parse_card_date(text)):
                return True
    if n <= 30 and words[0] in _TAG_LIST_WORDS and "," in key and not SENTENCE_END.search(text):
        return True                # "Tags stock car 2018, stock car brasil, ..."
    if n <= 40 and any(c in key for c in _COMMENT_NOUNS) and any(m in key for m in _MODERATION):
        return True                # "Comments are moderated and approved ..."
    # A line that is all link: a teaser for another page.
    return link_share > 0.8 and kind != "li" and n <= 25


def is_meta_line(text: str) -> bool:
    """A byline, date or reading-time line ("Published by X", "July 16, 2025 - 3 min Read")."""
    key = norm_key(text)
    n = len(key.split())
    if n > 12:
        return False
    return (
        is_credit_line(text, key, n)
        or any(marker in key for marker in _READING_TIME)
        or looks_like_date_line(text)
    )
