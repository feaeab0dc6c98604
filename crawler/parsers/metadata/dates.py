"""Dates: machine-readable values (ISO 8601, RFC 2822, epoch) and dates printed
on the page ("July 16, 2025 - 3 min Read", "Posted on 07/16/2025", "3. Mai 2024").

Output format (see ``Metadata.published``): ``YYYY-MM-DD`` when only a day is
known, ``YYYY-MM-DDThh:mm:ss+HH:MM`` with a zone, ``YYYY-MM-DDThh:mm:ss`` without.
Fast regex paths first; ``dateparser`` only for printed text in other languages,
cached per string.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from functools import lru_cache
from zoneinfo import ZoneInfo

from crawler.parsers.vocabulary import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN

__all__ = ["ONE_LANGUAGE_SCRIPTS", "find_date_in_text", "find_date_span", "find_yearless_date", "is_plausible",
           "named_month_days", "normalise_date", "parse_reading_time"]

MIN_YEAR = 1990
#: The latest year a date is taken in when the caller names no fetch time. The
#: parser reads no clock (the same page gives the same record on any day), so
#: without a fetch to bound them, dates are bounded by this fixed year only: far
#: enough ahead to reject no real page's date for decades, near enough to reject a
#: template's placeholder ("9999-12-31"). A fetch time bounds them to two days after it.
MAX_YEAR = 2100
# The common currencies' ISO 4217 codes (and RMB, the yuan's other): capitals after a
# figure that name no time zone ("10.30 USD", "3:10 EUR": a price or a rate).
CURRENCY_CODES = (r"(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|CAD|AUD|NZD|HKD|SGD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|"
                  r"RUB|UAH|TRY|INR|PKR|BRL|MXN|ARS|CLP|COP|ZAR|KRW|TWD|THB|IDR|MYR|PHP|ILS|AED|SAR|QAR|EGP|NGN|"
                  r"KES)\b")
#: The last day :func:`is_plausible` takes without ``now`` (htmldate's bound too).
LATEST_DAY = f"{MAX_YEAR}-12-31"

_ISO = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*"
    r"(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")

# Zone abbreviations printed after a time ("6:00 a.m. EDT", "10:42 GMT"): each names
# one fixed offset from UTC, whatever the date ("CET" in July still means +01:00).
_ZONE_HOURS = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 1, "ist": None, "wet": 0, "west": 1, "cet": 1, "cest": 2,
    "eet": 2, "eest": 3, "msk": 3, "jst": 9, "kst": 9, "aest": 10, "aedt": 11, "awst": 8,
    "nzst": 12, "nzdt": 13, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
}
# The US zones printed without standard / daylight ("10 a.m. ET"): their offset at
# that date and time comes from the tz database (its daylight-saving rules, past ones too).
_ZONE_REGIONS = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
                 "pt": "America/Los_Angeles"}
_ZONE = (r"(?:\s*\(?((?-i:UTC|GMT|BST|W?EST|WET|CES?T|EES?T|MSK|JST|KST|AE[SD]T|AWST|NZ[SD]T|"
         r"[ECMP][SD]T|AK[SD]T|HST|[ECMP]T)|[+-]\d{2}:?\d{2})\)?(?![\w+-]))?")
# (Korean, Chinese and Japanese print the half of the day before the time, "오후 2:35",
# "下午2:35", "午後2時35分": :func:`_pm_before`)
_TIME = (r"(?:\s*(?:,|at|um|à|a las|alle|-|–|\||오전|오후|上午|下午|午前|午後)?\s*(\d{1,2})(?:[:.h]|\s*[時시]\s*)(\d{2})"
         r"(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?" + _ZONE + ")?")
_PM_BEFORE = re.compile(r"(?:오후|下午|午後)\s*$")
_AM_BEFORE = re.compile(r"(?:오전|上午|午前)\s*$")  # "오전 12:30": half past midnight
# A time printed before its date ("10:42 AM EDT, Tue June 24, 2025", "14:20 Uhr, 3. Mai 2024").
_TIME_BEFORE = re.compile(
    r"(?<![\d:.])(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?" + _ZONE
    + r"\s*[,|·•-]?\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?$",
    re.IGNORECASE,
)
# A weekday opening the date ("dimanche, 30 septembre 2018", "Tue, 3 May 2024"): the date
# starts there, as a line's label or byline before it ends there.
# Not a word right after a day's number: "od 1 do 8 maja 2022" (Polish, Czech, Croatian
# "do", until; German "Do" is Thursday) is a range's last day, no weekday's date.
_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])(?<!\d\s)(?<!\d\.\s)(?:" + WEEKDAY_PATTERN + r")\.?,?\s*$",
                             re.IGNORECASE)
# "July 16, 2025", "Jul. 16 2025"
_MDY = re.compile(r"\b(" + MONTH_PATTERN + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b" + _TIME,
                  re.IGNORECASE)
# "16 July 2025", "16. Juli 2025", "16 de julio de 2025", "16 de julio del 2025" (Latin
# American Spanish), "16th of July 2025"
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|\.|er)?(?:\s+|-)(?:de\s+|of\s+)?(" + MONTH_PATTERN
                  + r")\.?(?:,?\s+|-)(?:del?\s+)?((?:19|20)\d{2})\b" + _TIME, re.IGNORECASE)  # ("22-Apr-2021")
# "07/16/2025", "16.07.2025", "16-07-2025"
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d])" + _TIME, re.IGNORECASE)
# "06. 01. 2026", "5. 3. 2024 10:12": day and month each with its dot and a space (Czech,
# Slovak and Austrian print dates so; the Duden's spacing for German too). Taken only
# with day and month padded to two digits or with a time after (:func:`_spaced_date`):
# "Platz 1. 2. 2024", "6. 4. 2019 Punkte" are ranks and scores in a sentence.
_NUMERIC_SPACED = re.compile(r"(?<![\d.])(\d{1,2})(\.)[ \u00a0](\d{1,2})\.[ \u00a0]((?:19|20)\d{2})(?!\d)" + _TIME,
                             re.IGNORECASE)
# "27.04.24", "11/13/19", "16-05-24": a two-digit year (not "1.5.24.3", a version; not
# "2-16-05-24", a dash's number run; not "16-05-24-3", a code)
_NUMERIC_SHORT = re.compile(r"(?<![\w.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?!\d|[.,/-]\d)" + _TIME,
                            re.IGNORECASE)
# "16.V.2024", "16 V 2024", "16. V. 2024", "16-V-2024": the month in capital Roman numerals,
# as Polish, Italian, Romanian, Czech and Hungarian pages (and many academic and church
# ones) print it; the numeral between two numbers only (no word's letters: "Henry V 2024"),
# the same mark either side of it (not Czech "3:1. V 2024 ...", a sentence opening "In 2024")
_ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                 "XI": 11, "XII": 12}
_DMY_ROMAN = re.compile(r"(?<![\w.,/:-])(\d{1,2})(\.\s?|\s?-\s?|\s)(?-i:(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))"
                        r"\2((?:19|20)\d{2})(?!\d)" + _TIME, re.IGNORECASE)
# "03.Mär.19", "03-Mar-19": a day, a month's abbreviation and a two-digit year, as
# some engines print a short date (PHP's "d.M.y", the "DD-MON-YY" of databases);
# not "3. Mai 19:00" (a time) nor "3 May 19 people" (no dots or dashes around).
_DMY_SHORT = re.compile(r"(?<![\w.,/])(\d{1,2})([.-])(" + MONTH_PATTERN + r")\2(\d{2})(?![\d.:-]|\w)" + _TIME,
                        re.IGNORECASE)
# Year first with a month's name: Hungarian "2020. április 20.", "2020. ápr. 20. 14:35",
# "2020. április 20-án"; Lithuanian "2021 m. balandžio 22 d." (the year's dot or "m."
# is required: "2020 April 20" is no locale's order). Latvian puts the day first after
# "gada" (year's): "2021. gada 22. aprīlī". These languages write the month in lower
# case; a capital one opens a sentence after a year ("In 2020. April 20 people ...").
_YMD_NAMED = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:\.|\s+m\.)\s*(" + MONTH_PATTERN + r")\.?\s*(\d{1,2})"
                        r"(?!\d)(?:\.|\s*d\.|-?(?:j?[áé]n|i|ei|ai))?(?!\w)" + _TIME, re.IGNORECASE)
_YDM_LATVIAN = re.compile(r"(?<![\d.])((?:19|20)\d{2})\.\s*gad[aā]\s+(\d{1,2})\.\s*(" + MONTH_PATTERN
                          + r")(?!\w)" + _TIME, re.IGNORECASE)
_ISO_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)" + _TIME, re.IGNORECASE)
# Year first with other separators, as East Asian, Hungarian, Lithuanian and Swedish pages
# print them: "2024/12/04 00:05", "2024.03.31", "2026. 01. 29." (no country prints the
# day before the month after the year). Dotted ones need two-digit month and day:
# "PyCharm 2020.1.2" is a version.
_YMD_IN_TEXT = re.compile(r"(?<![\d./])((?:19|20)\d{2})(?:/(\d{1,2})/(\d{1,2})|\.\s?(\d{2})\.\s?(\d{2})\.?)"
                          r"(?![\d/]|\.\d)" + _TIME, re.IGNORECASE)
# "2024年12月3日", "2026년 1월 29일" (Chinese, Japanese, Korean): unambiguous whatever
# the page's language, which pages often leave undeclared.
_CJK_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?"
                          r"(?:\s*[(（][^)）\d]{1,3}[)）])?" + _TIME, re.IGNORECASE)  # (a weekday: "（木）", "(목)")
# Japan's era years, as government, local and many news pages print them: "令和5年4月22日"
# (Reiwa 5 = 2023), "平成30年4月22日", the first year "元年"; each era's year 1 follows
# its base year below.
_JAPANESE_ERA = re.compile(r"(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                           r"(?:\s*[(（][^)）\d]{1,3}[)）])?" + _TIME, re.IGNORECASE)
_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
# Thailand counts years in the Buddhist era (543 years ahead: 2566 is 2023) and prints
# them after a Thai month's name or its abbreviation ("22 เมษายน 2566", "22 เม.ย. 2566",
# "22 เม.ย. พ.ศ. 2566") or in a day-first numeric date ("22/04/2566").
_THAI_MONTHS = {name: n for n, names in enumerate((
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค.")), 1)
    for name in names}
_THAI_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(re.escape(m) for m in _THAI_MONTHS)
                       + r")\s*(?:พ\.\s?ศ\.\s*)?(25\d{2})(?!\d)" + _TIME)
# Laos and Cambodia print the Buddhist era's day-first numeric dates too ("15/03/2567"),
# read only on their pages as on Thai ones (their language, or their script in the
# text). Laos counts the years as Thailand does (543 ahead); Cambodia's year turns at
# Visak Bochea (April or May), so its days from May on are 544 ahead ("15/06/2568" is
# 15 June 2024) and those before 543.
_KHMER_YEAR_TURNS = 5  # the month from which Cambodia's Buddhist-era year is 544 ahead
# The scripts that each write one language alone, Thai, Lao and Khmer, by their Unicode
# blocks' assigned characters (Thai U+0E01-0E5B, Lao U+0E81-0EDF, Khmer U+1780-17FF):
# letters, vowel and tone marks, digits and the script's own punctuation (Thai "๚", Khmer
# "។"), each of which only that language's text writes. A page's text or title in one
# is in its language (:func:`_buddhist_era`; the title's in ``extract._language``).
ONE_LANGUAGE_SCRIPTS = (("th", re.compile(r"[\u0e01-\u0e5b]")), ("lo", re.compile(r"[\u0e81-\u0edf]")),
                        ("km", re.compile(r"[\u1780-\u17ff]")))
_THAI_NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})/(25\d{2})(?![\d/])" + _TIME, re.IGNORECASE)
# "2021. 4. 22." and "2021. 4. 22. 오후 2:35": Korean news sites' year-first date, day
# and month unpadded, each number closed by a dot (no version number is written so).
_YMD_SPACED = re.compile(r"(?<![\d.])((?:19|20)\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)" + _TIME, re.IGNORECASE)
# What a version number follows: "version 2024.03.31", "v2024.03.31", "widget==2024.03.31".
_VERSION_BEFORE = re.compile(r"(?:\bversion|\bver\.|\bv|[=<>~!]=|@)\s*:?\s*$", re.IGNORECASE)
# The languages whose running text writes dates year first with dots ("2024.03.31.",
# "2026. 01. 29."): elsewhere a dotted year-first number in a sentence is a version or
# a figure ("Install widget 2024.03.31", "bei 2023.10.15 Punkten").
_DOTS_YEAR_FIRST = frozenset({"hu", "lt", "ko", "zh", "ja"})
# Where a dateline's date goes: a line's start, after a separator, a date label or a
# byline's "on"/"am" ("Published on", "Stand:", "Jane Doe | ").
_DATE_SLOT = re.compile(r"(?:^|[:|·•,(\[–—-]|\b(?:published|posted|updated|modified|on|am|le|el|den|stand|"
                        r"veröffentlicht|aktualisiert|erschienen|publié|publicado|pubblicato|gepubliceerd))\s*$",
                        re.IGNORECASE)
# Digits of other scripts as pages print them (full-width in Chinese and Japanese
# text, Arabic-Indic and Persian ones, Devanagari, Bengali, Thai, Lao, Khmer) and the full-width
# colon, slash and dot: read as ASCII, one character for one, so offsets stay.
_ASCII_DIGITS = {
    **{zero + n: ord("0") + n for zero in (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x17E0)
       for n in range(10)},
    0xFF1A: ord(":"), 0xFF0F: ord("/"), 0xFF0E: ord("."),
}
# The era's letter an Arabic date prints after its year ("5 مايو 2024م", the common era's;
# "26 شوال 1445هـ", the Hijri one's), read as a space so the year ends as a word (the
# offsets kept): a Hijri year is none of the years read.
_ARABIC_ERA = re.compile(r"(?<=\d)\s?(?:م|هـ|ه)(?![\u0621-\u064a])")
_HAS_YEAR = re.compile(r"(?:19|20|25)\d{2}|[令平昭][和成]|\d[./-]\d{1,2}[./-]\d\d|\d[.-]\s?[^\W\d_]{3,9}[.-]\s?\d\d")

_READING = [
    re.compile(r"(\d{1,3})\s*(?:-\s*)?(?:min(?:ute)?s?|mins?\.|minuten|minutes|minutos|minuti|minuter|minutter|perc|минут[аы]?)\.?\s*"
               r"(?:read|reading|to read|read time|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|läsning|lesetid|leestijd|olvasás)\b",
               re.IGNORECASE),
    re.compile(r"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|lästid|lesetid|leestijd)"
               r"\s*:?\s*(?:ca\.|approx\.?|about|etwa|rund)?\s*(\d{1,3})\s*(?:min|minute|minuten|minutes|minutos|minuti)",
               re.IGNORECASE),
]
_ISO_DURATION = re.compile(r"^P(?:T)?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$", re.IGNORECASE)


def _fmt(year: int, month: int, day: int, hour: int | None = None, minute: int | None = None,
         second: int | None = None, offset: timedelta | None = None, has_zone: bool = False) -> str | None:
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    if hour is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if not (0 <= hour < 24 and 0 <= (minute or 0) < 60 and 0 <= (second or 0) < 60):
        return f"{year:04d}-{month:02d}-{day:02d}"
    base = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute or 0:02d}:{second or 0:02d}"
    if not has_zone or offset is None:
        return base
    total = int(offset.total_seconds()) // 60
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"{base}{sign}{total // 60:02d}:{total % 60:02d}"


def _zone_offset(name: str | None, year: int, month: int, day: int,
                 hour: int | None = None, minute: int | None = None) -> tuple[timedelta | None, bool]:
    """The UTC offset of a printed zone ("EDT", "CET", "+02:00", US "ET" at that time).

    >>> [_zone_offset("ET", 2025, month, 16, 10, 0)[0] / timedelta(hours=1) for month in (1, 7)]
    [-5.0, -4.0]
    >>> _zone_offset("EST", 2025, 7, 16, 10, 0)[0] / timedelta(hours=1)
    -5.0
    """
    if not name:
        return None, False
    if name[0] in "+-":
        return _zone(name)
    low = name.lower()
    region = _ZONE_REGIONS.get(low)
    if region is not None:
        try:
            local = datetime(year, month, day, hour or 0, minute or 0, tzinfo=ZoneInfo(region))
        except ValueError:
            return None, False
        return local.utcoffset(), True
    hours = _ZONE_HOURS.get(low)
    if hours is None:
        return None, False
    return timedelta(hours=hours), True


def _zone(text: str | None) -> tuple[timedelta | None, bool]:
    if not text:
        return None, False
    if text.upper() in ("Z", "UTC", "GMT"):
        return timedelta(0), True
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4]) if len(digits) >= 4 else 0
    if hours > 14 or minutes >= 60:
        return None, False
    return sign * timedelta(hours=hours, minutes=minutes), True


@lru_cache(maxsize=4096)
def normalise_date(value: str | None, language: str | None = None) -> str | None:
    """A machine-readable date (as found in JSON-LD, meta tags, ``<time datetime>``)
    in the archive's ISO 8601 form; ``None`` when unreadable or implausible. A
    numeric date that reads either way ("12/03/1999") is read in the page's
    ``language`` as a printed one is (:func:`find_date_in_text`: month first for US
    English or no language, day first for the others: a Brazilian CMS writes its
    date metas as its pages print them).

    >>> normalise_date("2024-04-22T13:39:00.123Z")
    '2024-04-22T13:39:00+00:00'
    >>> normalise_date("2024-04-22T13:39:00+0200")
    '2024-04-22T13:39:00+02:00'
    >>> normalise_date("2024-04-22 13:39")
    '2024-04-22T13:39:00'
    >>> normalise_date("2024-04-22")
    '2024-04-22'
    >>> normalise_date("Mon, 22 Apr 2024 13:39:00 +0200")
    '2024-04-22T13:39:00+02:00'
    >>> normalise_date("July 16, 2025")
    '2025-07-16'
    >>> normalise_date("1713793140")
    '2024-04-22T13:39:00+00:00'
    >>> normalise_date("3024-01-01") is None
    True
    >>> normalise_date("12/03/1999"), normalise_date("12/03/1999", "pt-BR"), normalise_date("12/03/1999", "en-US")
    ('1999-12-03', '1999-03-12', '1999-12-03')
    """
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 200:
        return None
    result: str | None = None
    match = _ISO.match(text)
    if match:
        y, mo, d, h, mi, s, z = match.groups()
        offset, has_zone = _zone(z)
        result = _fmt(int(y), int(mo), int(d), int(h) if h else None, int(mi) if mi else None,
                      int(s) if s else None, offset, has_zone)
    elif _EPOCH.match(text):
        seconds = int(text[:10])
        stamp = datetime.fromtimestamp(seconds, tz=timezone.utc)
        result = _fmt(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second,
                      timedelta(0), True)
    else:
        match = _SLASHED.match(text)
        if match:
            y, mo, d, h, mi, s = match.groups()
            result = _fmt(int(y), int(mo), int(d), int(h) if h else None,
                          int(mi) if mi else None, int(s) if s else None)
        else:
            parsed = parsedate_tz(text) if "," in text or text[:3].isalpha() else None
            if parsed and parsed[0] > 1900:
                off = parsed[9]
                result = _fmt(parsed[0], parsed[1], parsed[2], parsed[3], parsed[4], parsed[5],
                              timedelta(seconds=off) if off is not None else None, off is not None)
            else:
                result = find_date_in_text(text, language)
    return result if result and is_plausible(result) else None


def is_plausible(iso: str, now: datetime | None = None) -> bool:
    """A real day from 1990 on: not more than two days after ``now`` when given,
    else not after :data:`MAX_YEAR` (no clock is read: the caller names the time).

    >>> is_plausible("1989-12-31"), is_plausible("2024-01-01"), is_plausible("2101-01-01")
    (False, True, False)
    """
    try:
        year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    except ValueError:
        return False
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    limit = (now + timedelta(days=2)).date() if now is not None else date(MAX_YEAR, 12, 31)
    try:
        return date(year, month, day) <= limit
    except ValueError:
        return False


def _hour(h: str | None, ampm: str | None) -> int | None:
    if h is None:
        return None
    hour = int(h)
    if ampm:
        pm = ampm.lower().startswith("p")
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    return hour


def find_date_in_text(text: str, language: str | None = None) -> str | None:
    """The first date printed in a line of text (a dateline, a byline).

    Numeric dates read month-first only for US English (``en``/``en-US``) pages when
    ambiguous; otherwise day-first. Other languages' month names go through dateparser.

    >>> find_date_in_text("July 16, 2025 - 3 min Read")
    '2025-07-16'
    >>> find_date_in_text("Posted on 07/16/2025")
    '2025-07-16'
    >>> find_date_in_text("Veröffentlicht am 03.05.2024, 14:20 Uhr", "de")
    '2024-05-03T14:20:00'
    >>> find_date_in_text("16 de julio de 2025", "es")
    '2025-07-16'
    >>> find_date_in_text("no date here") is None
    True
    """
    found = find_date_span(text, language)
    return found[0] if found else None


@lru_cache(maxsize=4096)
def find_date_span(text: str, language: str | None = None,
                   short_years: bool = True) -> tuple[str, int] | None:
    """Like :func:`find_date_in_text`, with the character offset where the date starts.
    ``short_years=False`` (running text): numeric dates only with four-digit years
    (an unlabelled "1.5.24" may be a version or a ratio), dotted year-first ones
    only in the languages that write them (:func:`_year_first`).

    >>> find_date_span("Posted on 07/16/2025")
    ('2025-07-16', 10)
    >>> find_date_span("Publikováno: 3. 5. 2024", "cs"), find_date_span("Platz 1. 2. 2024 erreicht", "de")
    (('2024-05-03', 13), None)
    """
    if not text:
        return None
    text = text[:300]
    if not text.isascii():
        text = _ARABIC_ERA.sub(lambda m: " " * len(m.group()), text.translate(_ASCII_DIGITS))
    if not _HAS_YEAR.search(text):
        return None
    best: tuple[int, str] | None = None

    def consider(pos: int, value: str | None) -> None:
        nonlocal best
        if value and is_plausible(value) and (best is None or pos < best[0]):
            best = (pos, value)

    def stamp(m: re.Match[str], pos: int, year: int, month: int, day: int, first: int) -> None:
        """``first``: the group of the hour; the minute, second, am/pm and zone follow."""
        hour, minute, second, ampm, zone = m.group(first, first + 1, first + 2, first + 3, first + 4)
        if hour is None:
            before = _TIME_BEFORE.search(text, max(0, pos - 40), pos)
            if before:
                pos = before.start()
                hour, minute, ampm, zone = before.group(1, 2, 3, 4)
        if pos == m.start() and (weekday := _WEEKDAY_BEFORE.search(text, max(0, pos - 16), pos)):
            pos = weekday.start()
        hours, minutes = _hour(hour, ampm), int(minute) if minute else None
        if hours is not None and not ampm and m.group(first) is not None:
            hours = _half_of_day(text, m.start(first), hours)
        offset, has_zone = _zone_offset(zone, year, month, day, hours, minutes)
        consider(pos, _fmt(year, month, day, hours, minutes, int(second) if second else None,
                           offset, has_zone))

    _month_name_dates(text, stamp, short_years)
    _year_first_dates(text, stamp, language, short_years)
    _day_first_dates(text, stamp, language, short_years)
    if best is not None:
        return best[1], best[0]
    if language and not language.lower().startswith("en") and len(text) <= 120:
        value = _dateparser(text, language.split("-")[0].lower())
        return (value, 0) if value else None
    return None


# The label of a number written as a numeric date is: a version's ("Version: 10.05.20",
# "Ver. 1.2.24", "Rev. 3.1.22", "Build 12.04.21") or a telephone's or a fax's ("Tel.:
# 16-05-24", "Telefon", "Phone", "Fax", "Mobil", "Hotline", French "Tél.", Nordic "Tlf.",
# Spanish "Teléf."). A date's own label names none of them.
OTHER_NUMBER_LABEL = (r"(?<![^\W\d_])(?:version|ver|vers|rev|revision|build|tel|t[eé]l[eé]?f?|telefon|telephone|"
                      r"t[eé]l[eé]phone|tlf|phone|fon|fax|mobil|mobile|handy|hotline|cell)\.?\s*(?:(?:[:#]|nr\.?|no\.?)\s*)?")
_OTHER_NUMBER_LABEL = re.compile(OTHER_NUMBER_LABEL + "$", re.IGNORECASE)
# An outline's number: three dotted numbers, the first two unpadded ("1.1.01", "2.3.10")
# opening a line before a heading's words ("1.1.01 Allgemeines"), as rules, manuals and
# minutes number their sections (a date's unpadded day and month come with a four-digit
# year, or a time after them, or end the line). Inside a line, after a word or a place
# ("am 5.3.24 von Hans Müller", "Berlin, 1.1.01 Der Stadtrat"), the shape is a date.
_OUTLINE_AFTER = re.compile(r"\.?\s+[^\W\d_]")
_LINE_OPENS = re.compile(r"(?:^|\n)[^\S\n]*\Z")  # (looked for in the 40 characters before)


def number_label_before(text: str, at: int) -> bool:
    """Whether a version's or a telephone's label (:data:`_OTHER_NUMBER_LABEL`) ends
    ``text`` at ``at``: what is printed there is that number, no date."""
    return _OTHER_NUMBER_LABEL.search(text, max(0, at - 24), at) is not None


def other_number(text: str, m: re.Match[str]) -> bool:
    """Whether the numeric date ``m`` (day, separator, month, year and time groups
    first) in ``text`` is a number of another kind: a version's or a telephone's
    (:data:`_OTHER_NUMBER_LABEL` before it) or an outline's (:data:`_OUTLINE_AFTER`).

    >>> [other_number(t, _NUMERIC_SHORT.search(t)) for t in ("Version: 10.05.20", "Tel.: 16-05-24", "1.1.01 Einleitung")]
    [True, True, True]
    >>> [other_number(t, _NUMERIC_SHORT.search(t)) for t in ("Stand: 10.05.20", "16-05-24 | Berlin", "1.1.01, 10:30")]
    [False, False, False]
    >>> other_number("Urteil v. 10.05.20", _NUMERIC_SHORT.search("Urteil v. 10.05.20"))  # German "vom": a date
    False
    >>> other_number("am 5.3.24 von Hans Müller", _NUMERIC_SHORT.search("am 5.3.24 von Hans Müller"))  # a byline's
    False
    """
    if number_label_before(text, m.start()):
        return True
    return (m.group(2) == "." and len(m.group(4)) == 2 and len(m.group(1)) == len(m.group(3)) == 1
            and m.group(5) is None and _OUTLINE_AFTER.match(text, m.end()) is not None
            and _LINE_OPENS.search(text, max(0, m.start() - 40), m.start()) is not None)


def _day_first_dates(text: str, stamp: Callable[[re.Match[str], int, int, int, int, int], None],
                     language: str | None, short_years: bool) -> None:
    """The first numeric date of ``text`` with the year last (slashed, dotted or dashed;
    with a two-digit year only where ``short_years``), then the first spaced one, each
    handed to ``stamp`` as in :func:`_month_name_dates`; not a number of another kind
    (:func:`other_number`)."""
    for m in itertools.chain(_NUMERIC.finditer(text), _NUMERIC_SHORT.finditer(text) if short_years else ()):
        if m.group(2) == "-" and len(m.group(4)) == 2 and not (len(m.group(1)) == len(m.group(3)) == 2):
            continue  # (a dashed short date pads its day and month, "16-05-24": "3-2-24" is a score)
        if other_number(text, m):
            continue
        stamp(m, m.start(), *_numeric_ymd(m, language), 5)
        break
    for m in _NUMERIC_SPACED.finditer(text):
        if other_number(text, m):
            continue
        if _spaced_date(m) or (short_years and _spaced_slot(text, m, language)):
            stamp(m, m.start(), *_numeric_ymd(m, language), 5)
            break


# Where an unpadded spaced date ("3. 5. 2024") is a date as a dateline prints it in a
# line of the header (not running text): opening its text, after a label's colon or
# a separator ("Publikováno: 3. 5. 2024", "Jana Nová | 3. 5. 2024") or after the
# date labels of the languages that print dates so (cs, sk, hr: "Aktualizováno 4. 5.
# 2024"); in a sentence ("Platz 1. 2. 2024") it is a rank or a score.
_SPACED_SLOT = re.compile(r"(?:^|[:|·•]|\b(?:publikováno|aktualizováno|vydáno|zveřejněno|publikované|"
                          r"aktualizované|uverejnené|objavljeno|ažurirano))\s*$", re.IGNORECASE)
# The languages whose pages print a dateline so (Czech, Slovak, Croatian, Slovene):
# elsewhere a slot's "Platzierungen: 1. 2. 2024" is a rank. A range's first day
# ("Akce: 1. 2. 2024 – 3. 2. 2024") is an event's.
_SPACED_LANGUAGES = frozenset(["cs", "sk", "hr", "sl"])
_SPACED_LABEL_ONLY = re.compile(r"[^\W\d_]\s*$")
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*[0-9]")


def _spaced_slot(text: str, m: re.Match[str], language: str | None) -> bool:
    """Whether the unpadded spaced date ``m`` stands where a dateline puts its date
    (:data:`_SPACED_SLOT`): after a cs/sk/hr label in any page, at a line's start or
    after a colon or separator only on a page of those languages (or of none known),
    and never as a range's first day."""
    slot = _SPACED_SLOT.search(text, max(0, m.start() - 20), m.start())
    if slot is None or _RANGE_AFTER.match(text, m.end()):
        return False
    label = _SPACED_LABEL_ONLY.search(slot.group()) is not None
    return label or language is None or language[:2].lower() in _SPACED_LANGUAGES


def _spaced_date(m: re.Match[str]) -> bool:
    """Whether a :data:`_NUMERIC_SPACED` match is a date as a dateline prints it:
    day and month padded to two digits ("06. 01. 2026") or a time after it
    ("5. 3. 2024 10:12"), not numbers in a sentence ("Platz 1. 2. 2024 erreicht")."""
    return (len(m.group(1)) == 2 and len(m.group(3)) == 2) or m.group(5) is not None


def _year_first_dates(text: str, stamp: Callable[[re.Match[str], int, int, int, int, int], None],
                      language: str | None, short_years: bool) -> None:
    """The first numeric date of each year-first form in ``text`` (ISO, slashed or
    dotted, Chinese / Japanese / Korean, Korean spaced), handed to ``stamp`` as in
    :func:`_month_name_dates`."""
    for m in _ISO_IN_TEXT.finditer(text):
        stamp(m, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), 4)
        break
    if (ymd := _year_first(text, language, running=not short_years)) is not None:
        stamp(ymd, ymd.start(), int(ymd.group(1)), int(ymd.group(2) or ymd.group(4)), int(ymd.group(3) or ymd.group(5)), 6)
    for pattern in (_CJK_IN_TEXT, _YMD_SPACED):
        for m in pattern.finditer(text):
            stamp(m, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), 4)
            break
    _other_calendars(text, stamp, language)


# Vietnamese names its months by their numbers: "16 tháng 5, 2024", "ngày 16 tháng 5 năm 2024",
# the short "16 thg 5, 2024" (as blogging platforms print a post's day): the day first.
_VIETNAMESE_DMY = re.compile(r"(?<![\d.,/])(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})\s*(?:,|\s)\s*(?:năm\s+)?"
                             r"((?:19|20)\d{2})(?!\d)" + _TIME, re.IGNORECASE)


def _other_calendars(text: str, stamp: Callable[[re.Match[str], int, int, int, int, int], None],
                     language: str | None = None) -> None:
    """The first date of a Japanese era year ("令和5年4月22日") and of a Thai
    Buddhist-era year ("22 เมษายน 2566", "22/04/2566"), handed to ``stamp`` in the
    common era (2023), as in :func:`_month_name_dates`. A numeric Buddhist-era date
    only on a Thai, Lao or Khmer page (:func:`_buddhist_era`): elsewhere
    "15/03/2567" is a reference number, and read as a date it gave a Gregorian page
    a day 543 years back from its digits (a Thai month's name says Thai by itself)."""
    for m in _JAPANESE_ERA.finditer(text):
        year = 1 if m.group(2) == "元" else int(m.group(2))
        stamp(m, m.start(), _ERA_BASE[m.group(1)] + year, int(m.group(3)), int(m.group(4)), 5)
        break
    for m in _THAI_DMY.finditer(text):
        stamp(m, m.start(), int(m.group(3)) - 543, _THAI_MONTHS[m.group(2)], int(m.group(1)), 4)
        break
    for m in _VIETNAMESE_DMY.finditer(text):
        stamp(m, m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)), 4)
        break
    era = _buddhist_era(text, language)
    for m in _THAI_NUMERIC.finditer(text) if era else ():
        month = int(m.group(2))
        ahead = 544 if era == "km" and month >= _KHMER_YEAR_TURNS else 543
        stamp(m, m.start(), int(m.group(3)) - ahead, month, int(m.group(1)), 4)
        break


def _buddhist_era(text: str, language: str | None) -> str | None:
    """The language ("th", "lo", "km") of a page that counts years in the Buddhist
    era: declared, else its script in ``text``; ``None`` for any other page.

    >>> _buddhist_era("15/03/2567", "lo"), _buddhist_era("ថ្ងៃ 15/03/2567", None), _buddhist_era("15/03/2567", "de")
    ('lo', 'km', None)
    """
    declared = (language or "")[:2].lower()
    if declared in ("th", "lo", "km"):
        return declared
    return next((code for code, script in ONE_LANGUAGE_SCRIPTS if script.search(text)), None)


def _half_of_day(text: str, at: int, hours: int) -> int:
    """The hour printed at ``at`` after the half of the day East Asian pages print
    before it: "오후 2:35" (the afternoon's, 14), "오전 12:30" (the morning's twelve, 0).

    >>> _half_of_day("오후 2:35", 3, 2), _half_of_day("오전 12:30", 3, 12), _half_of_day("14:35", 0, 14)
    (14, 0, 14)
    """
    before = text[max(0, at - 4):at]
    if hours < 12 and _PM_BEFORE.search(before):
        return hours + 12
    if hours == 12 and _AM_BEFORE.search(before):
        return 0
    return hours


def _closed_day(text: str, m: re.Match[str]) -> bool:
    """Whether a :data:`_YMD_NAMED` match after a year with its dot (Hungarian) closes its
    day as a date does ("2020. május 3.", "2020. május 3-án"): a number left open is a
    count the sentence goes on with ("2020. május 3 hete", the third week of May 2020;
    "in 2020. may 5 people"). Lithuanian's "m." form prints "22 d." or a bare day.

    >>> [_closed_day(t, _YMD_NAMED.search(t)) for t in ("2020. május 3.", "2020. május 3 hete", "2021 m. kovo 3 ")]
    [True, False, True]
    """
    if text[m.end(1)] != ".":
        return True
    after = text[m.end(3):m.end(3) + 1]
    return after in (".", "-") or after.isalpha()


def named_month_days(text: str) -> set[tuple[int, int, int]]:
    """The (year, month, day) of the first date of each form with a month's name in
    ``text`` ("December 3, 1999", "3. Dezember 1999", "3 de diciembre de 1999"): days
    no reading order of a numeric date can mistake.

    >>> sorted(named_month_days("Posted 3. Dezember 1999, updated March 5, 2000"))
    [(1999, 12, 3), (2000, 3, 5)]
    """
    days: set[tuple[int, int, int]] = set()
    _month_name_dates(text, lambda _m, _at, year, month, day, _hour: days.add((year, month, day)), False)
    return days


def _month_name_dates(text: str, stamp: Callable[[re.Match[str], int, int, int, int, int], None],
                      short_years: bool) -> None:
    """The first date of each form with a month's name in ``text``, handed to
    ``stamp(match, position, year, month, day, group of the hour)``."""
    for m in _MDY.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month:
            stamp(m, m.start(), int(m.group(3)), month, int(m.group(2)), 4)
            break
    for m in _DMY.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            stamp(m, m.start(), int(m.group(3)), month, int(m.group(1)), 4)
            break
    for m in _YMD_NAMED.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month and m.group(2)[0].islower() and _closed_day(text, m):  # "In 2020. April 20 people": a sentence's end
            stamp(m, m.start(), int(m.group(1)), month, int(m.group(3)), 4)
            break
    for m in _YDM_LATVIAN.finditer(text):
        month = MONTHS.get(m.group(3).lower())
        if month:
            stamp(m, m.start(), int(m.group(1)), month, int(m.group(2)), 4)
            break
    for m in _DMY_ROMAN.finditer(text):
        stamp(m, m.start(), int(m.group(4)), _ROMAN_MONTHS[m.group(3)], int(m.group(1)), 5)
        break
    for m in _DMY_SHORT.finditer(text) if short_years else ():
        month = MONTHS.get(m.group(3).lower())
        if month:
            short = int(m.group(4))  # this century's up to 40, as in _numeric_ymd
            stamp(m, m.start(), short + (2000 if short <= 40 else 1900), month, int(m.group(1)), 5)
            break


def _year_first(text: str, language: str | None, running: bool) -> re.Match[str] | None:
    """The first year-first date with slashes or dots in ``text`` that is no
    version number ("version 2024.03.31", "widget==2024.03.31"). A dotted one in a
    language that does not write dates so only opens a line or follows a date
    label or a separator ("Updated 2024.03.31", "Jane Doe | 2024.03.31"): "Install
    widget 2024.03.31" names a version; in running text (``running``) not at all
    ("lag bei 2023.10.15 Punkten" is a figure)."""
    dots = language is not None and language.split("-")[0].lower() in _DOTS_YEAR_FIRST
    for m in _YMD_IN_TEXT.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _VERSION_BEFORE.search(before[-12:]) or (m.group(4) and not dots and (
                running or not _DATE_SLOT.search(before.rsplit("\n", 1)[-1]))):
            continue
        return m
    return None


# A day and month printed without a year ("Posted Nov 18, 8:19 PM", "18. Nov., 20:19"):
# news sites leave out the current year.
_YEARLESS = re.compile(r"\b(?:(?:" + MONTH_PATTERN + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                       r"|\d{1,2}\.?\s+(?:" + MONTH_PATTERN + r")\.?)(?!\w|,?\s*\d{4})", re.IGNORECASE)


def find_yearless_date(text: str, year: int, language: str | None = None) -> str | None:
    """The first date printed without its year in a line of text, read as in ``year``.

    >>> find_yearless_date("Posted Nov 18, 8:19 PM", 2019)
    '2019-11-18T20:19:00'
    >>> find_yearless_date("Posted Nov 18, 2019", 2020) is None
    True
    """
    m = _YEARLESS.search(text[:300])
    if m is None:
        return None
    found = find_date_in_text(f"{m.group(0)} {year}{text[m.end():300]}", language)
    return found if found and found[:4] == str(year) else None


def _numeric_ymd(m: re.Match[str], language: str | None) -> tuple[int, int, int]:
    """Year, month, day of a numeric date: month first for US English when
    ambiguous, else day first; a two-digit year is this century's up to 40."""
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    year += 0 if year >= 100 else 2000 if year <= 40 else 1900
    us = (language or "en").lower() in ("en", "en-us") and m.group(2) == "/"
    if a > 12:
        return year, b, a
    if b > 12 or us:
        return year, a, b
    return year, b, a


# (Catalan, Spanish and Portuguese put "de" / "d'" between day, month and year:
# "5 de març de 2024", "5 d'abril de 2024")
_DP_CHUNK = re.compile(r"[^\W\d_]*\.?\s*\d{1,2}\.?\s*(?:de\s+|d['’])?[^\W\d_]{3,}\.?,?\s*(?:de\s+)?(?:19|20)\d{2}"
                       r"|[^\W\d_]{3,}\.?\s*\d{1,2},?\s*(?:19|20)\d{2}"
                       r"|(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?"
                       # Hungarian and Lithuanian: the year first, then the month's name ("2024. március 5.")
                       r"|(?:19|20)\d{2}\.?\s*[^\W\d_]{3,}\.?\s*\d{1,2}\.?(?!\d)")


# dateparser's parsers but "relative-time", which counts back from the clock: "vor 12
# Tagen 2024" was read as twelve days before the day of the parse (the parser reads no
# clock; a relative stamp is read against the fetch time, by .relative_dates).
_DP_PARSERS = ["timestamp", "custom-formats", "absolute-time", "no-spaces-time", "negative-timestamp"]


def _dateparser(text: str, language: str) -> str | None:
    chunk = _DP_CHUNK.search(text)
    if not chunk:
        return None
    try:
        import dateparser  # slow import; only when a page needs it
    except ImportError:  # pragma: no cover
        return None
    try:
        parsed = dateparser.parse(
            chunk.group(0).strip(" ,."), languages=[language],
            settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                      "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": _DP_PARSERS},
        )
    except (ValueError, TypeError, OverflowError):  # dateparser's ways to refuse a string
        return None
    if parsed is None:
        return None
    return _fmt(parsed.year, parsed.month, parsed.day)


def parse_reading_time(text: str | None) -> int | None:
    """Minutes of reading time stated in text or an ISO 8601 duration.

    >>> parse_reading_time("July 16, 2025 - 3 min Read")
    3
    >>> parse_reading_time("Lesezeit: 4 Minuten")
    4
    >>> parse_reading_time("PT3M")
    3
    >>> parse_reading_time("Updated 3 minutes ago") is None
    True
    """
    if not text:
        return None
    text = text.strip()
    match = _ISO_DURATION.match(text)
    if match and any(match.groups()):
        hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
        total = hours * 60 + minutes + (1 if seconds >= 30 else 0)
        return total if 0 < total < 600 else None
    for pattern in _READING:
        match = pattern.search(text)
        if match:
            minutes = int(match.group(1))
            return minutes if 0 < minutes < 600 else None
    return None
