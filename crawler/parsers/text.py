"""Small text helpers shared by the body and related-links extractors.

All of them are cheap (str methods and a few precompiled patterns), because they
run once per text block of every page.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "class_words",
    "collapse",
    "norm_key",
    "parse_card_date",
    "word_count",
]

# Characters that render as nothing or as a plain space.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
_WORD = re.compile(r"\w+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_NON_ALPHA = re.compile(r"[^a-z]+")


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


def word_count(text: str) -> int:
    """Number of ``\\w+`` tokens.

    >>> word_count("It's 3 o'clock")
    5
    """
    return len(_WORD.findall(text))


def class_words(value: str) -> list[str]:
    """The words of a class / id value: split on non-letters and camelCase humps.

    >>> class_words("td-post-sharing shareBar ad300")
    ['td', 'post', 'sharing', 'share', 'bar', 'ad']
    """
    return [w for w in _NON_ALPHA.split(_CAMEL.sub(r"\1 \2", value).lower()) if w]


# --- Dates printed on cards ("August 07, 2025", "7 Aug 2025", "2025-08-07") ---------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "janvier": 1, "février": 2, "mars": 3, "avril": 4,
    "juin": 6, "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5,
    "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?({_MONTH_RE})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I)
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
        return _iso(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DATE_DMY.search(text)
    if m:
        return _iso(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
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
    return len(_WORD.findall(rest)) <= 6
