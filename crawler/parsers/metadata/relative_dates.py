"""A publication printed only as time before the fetch ("vor 3 Stunden", "2 hours
ago", "hace 2 días"), as news sites print a fresh story's date: read as a day
counted back from the fetch time the caller names.

Pure: the day comes from ``fetched_at``, which the caller passes (the crawl passes
each response's fetch time); without one nothing is read, so the same bytes never
give a day that moves with the clock (a saved page read by ``clippings extract``
a week later). Only minutes, hours and days are read: "3 months ago" names no day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from itertools import islice

from crawler.items import parse_utc
from crawler.parsers.caseless import Caseless
from crawler.parsers.document import Element
from crawler.parsers.metadata.dates import (
    CURRENCY_CODES,
    MIN_YEAR,
    find_date_span,
    find_yearless_date,
    normalise_date,
)
from crawler.parsers.metadata.walk import attrs_of, has_ancestor, text_of
from crawler.parsers.vocabulary import OTHER_STORIES_MARKS, PROMO_MARKS, SIDE_BOX_MARKS

__all__ = ["relative_published", "tooltip_published"]

# The count before its unit ("2 hours ago", "vor 3 Stunden", "il y a 3 heures") or
# after it ("hace 2 horas"); "an hour ago", "einer Stunde" as one.
_UNITS = {
    "minute": 1, "minutes": 1, "min": 1, "mins": 1, "minuten": 1, "minutos": 1, "minuti": 1,
    "minuto": 1, "minuut": 1, "minut": 1, "minuty": 1,
    "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "stunde": 60, "stunden": 60, "heure": 60, "heures": 60,
    "hora": 60, "horas": 60, "ora": 60, "ore": 60, "uur": 60, "godzinę": 60, "godziny": 60, "godzin": 60,
    "day": 1440, "days": 1440, "tag": 1440, "tagen": 1440, "jour": 1440, "jours": 1440, "día": 1440,
    "días": 1440, "dia": 1440, "dias": 1440, "giorno": 1440, "giorni": 1440, "dag": 1440, "dagen": 1440,
    "dzień": 1440, "dni": 1440,
}
_ONE = r"(?P<n>\d{1,3}|an?|one|einer|einem|un|une|uno|una|één|een)"
_UNIT = r"(?P<unit>[^\W\d_]+)"
_RELATIVE = tuple(re.compile(form.format(n=_ONE, unit=_UNIT) + r"(?![^\W\d_])", re.IGNORECASE) for form in (
    r"^vor\s+{n}\s+{unit}",                           # German
    r"^il\s+y\s+a\s+{n}\s+{unit}",                     # French
    r"^hace\s+{n}\s+{unit}",                          # Spanish
    r"^há\s+{n}\s+{unit}",                            # Portuguese
    r"^{n}\s*{unit}\s+(?:ago|fa|geleden|temu)",       # English, Italian, Dutch, Polish
))
# The day before the fetch's, and the fetch's own, each with its time after it, as a
# story page prints a fresh story's ("gestern, 14:30 Uhr", "Yesterday at 9:05 PM",
# "heute, 08:12 Uhr"); without a time the word is a sentence's or a heading's. A time
# written with a dot or an "h" ("14.30", "14h30") is a decimal figure as often ("Today
# 10.30 percent", "heute 10.30 %"): it counts only where a time ends, at the text's end,
# before a mark other than a decimal's, "am"/"pm", "Uhr", "h" or a zone's capitals. A
# currency's ISO 4217 code is no zone ("Today 10.30 USD": a price or a rate), and
# after a colon's time it makes the figure a rate too ("Today 10:30 USD").
_DAY_WORDS = re.compile(r"^(?:(?P<yesterday>yesterday|gestern|hier|ayer|ieri|ontem|gisteren|wczoraj|igår|i\s+går)"
                        r"|(?P<today>today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj|idag|i\s+dag))"
                        r",?\s*(?:at|um|à|a\s+las|alle|às|om|o)?\s*(?P<hour>\d{1,2})"
                        r"(?::\d{2}(?!\d)(?!\s*(?-i:" + CURRENCY_CODES + r")\b)|[.h]\d{2}"
                        r"(?=\s*(?:$|[^\w\s%,.]|[,.](?!\d)|[ap]\.?m\b|uhr\b|h\b"
                        r"|(?-i:(?!" + CURRENCY_CODES + r")[A-Z]{2,5})\b)))",
                        re.IGNORECASE)
_AFTERNOON = re.compile(r"\s*(?:(?P<pm>p)|a)\.?m\b", re.IGNORECASE)
# How much later than the fetch a "today" stamp's time of day may be on the page's
# clock and still be the fetch's day: an hour where the page states its offset (a
# timestamp's offset seen across a daylight-saving change, a server's clock a little
# off); 14 hours where it does not (read at UTC's, a page may be up to UTC+14's).
# Later still, the page was written before its midnight ("heute, 23.30" fetched at
# 00:10: a cached copy from the day before), and its "today" was the day before.
_SLACK_STATED, _SLACK_UTC = 60, 14 * 60
# A publication label before the stamp ("Posted 5 hours ago", "Veröffentlicht vor 3 Stunden").
_LABEL = re.compile(r"^(?:posted|published|veröffentlicht|erschienen|publié|publicado|pubblicato|"
                    r"gepubliceerd|opublikowano)\s*:?\s*", re.IGNORECASE)
# Elements a stamp is printed in: marked as a date, or a <time> element.
_DATE_MARK = Caseless(r"date|time|publish|posted|datum|fecha|dateline|byline|meta")
# Regions of other stories' and readers' stamps: comment threads by any of their
# names ("discussion", "replies", "responses", a forum's thread), lists of other stories.
_OTHER = Caseless(r"comment|kommentar|discussion|diskussion|forum|repl(?:y|ies)|respons(?:e|es)(?![a-z])|"
                  f"{OTHER_STORIES_MARKS}|{SIDE_BOX_MARKS}|{PROMO_MARKS}")
# An update's stamp ("Updated 2 hours ago", "aktualisiert vor 3 Stunden") is no publication.
_UPDATE = re.compile(r"updat|aktualisi|actualiz|mis\s+à\s+jour|aggiorn|bijgewerkt|zaktualiz|atualiz|edited|geändert",
                     re.IGNORECASE)
# The fields of a stamp's line: "Jane Doe · 2 hours ago", "Posted | 3 weeks ago".
_FIELDS = re.compile(r"\s*[|·•–—]\s*|\s+-\s+")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")
_MAX_ELEMENTS = 3000  # elements looked at, in document order
_MAX_TEXT = 60        # a stamp's element holds little more than it
_MAX_LEVELS = 64      # ancestors read for another story's or a comment's box (a thread nests deep)


def relative_published(doc: Element, fetched_at: str | None,
                       offsets: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """``(YYYY-MM-DD, the stamp as printed)``: the first element marked as a date
    (or a ``<time>``) whose text opens with a time before the fetch ("vor 3 Stunden",
    "2 hours ago", "Jane Doe · 2 days ago" after a separator), outside other stories'
    and comments' boxes, not labelled as an update (in its text or just before it); the day is the fetch's less
    that time, counted on the page's own clock: at the first of the UTC offsets the
    page states (``offsets``: its other timestamps', "+01:00"), so "heute" fetched at
    23:30 UTC is a +01:00 page's next day; at UTC's where it states none.
    ``None`` without ``fetched_at`` or without such a stamp.

    >>> from lxml import html
    >>> doc = html.fromstring('<div><h1>T</h1><p class="date">vor 3 Stunden</p></div>')
    >>> relative_published(doc, "2026-01-20T01:00:00Z")
    ('2026-01-19', 'vor 3 Stunden')
    >>> relative_published(doc, "2026-01-20T01:00:00Z", ("+02:00",))  # 03:00 local less 3 hours
    ('2026-01-20', 'vor 3 Stunden')
    >>> relative_published(doc, "2026-01-20T01:00:00Z", ("-05:00",))
    ('2026-01-19', 'vor 3 Stunden')
    >>> relative_published(doc, None) is None
    True
    """
    fetched = parse_utc(fetched_at) if fetched_at else None
    if fetched is None or fetched.year < MIN_YEAR:
        # (a capture's zeroed date, "0001-01-01T00:00:00Z": counting days back from it
        # overflowed, and no page was fetched before the web's dates begin)
        return None
    local, stated = _on_the_pages_clock(fetched, offsets)
    latest = local.hour * 60 + local.minute + (_SLACK_STATED if stated else _SLACK_UTC)
    for el in islice(doc.iter(), _MAX_ELEMENTS):
        if not isinstance(el.tag, str) or not (el.tag == "time" or _DATE_MARK.search(attrs_of(el))):
            continue
        text = " ".join(text_of(el, 4 * _MAX_TEXT, " ").split())
        found = _stamp_in(text, latest) if text and len(text) <= _MAX_TEXT else None
        # (the boxes round a stamp only: a page of thousands of dated teasers climbs no further;
        # a label before the element: "<span>Updated</span> <time>2 hours ago</time>")
        if found is None or _in_other_box(el) or _UPDATE.search(_label_before(el)):
            continue
        minutes, printed = found
        return (local - timedelta(minutes=minutes)).date().isoformat(), printed
    return None


def _on_the_pages_clock(fetched: datetime, offsets: tuple[str, ...]) -> tuple[datetime, bool]:
    """The fetch time at the first of the page's stated UTC offsets ("+01:00") that
    a zone uses (UTC-12..UTC+14), else in UTC; and whether an offset was stated.
    Time zones' names are not guessed from the page's language: a German-language
    page may be Swiss, Austrian or written in New York."""
    for text in offsets:
        m = _OFFSET.match(text)
        if m is None:
            continue
        size = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
        offset = -size if m.group(1) == "-" else size
        if timedelta(hours=-12) <= offset <= timedelta(hours=14):
            try:
                return fetched.astimezone(timezone(offset)), True
            except OverflowError:  # a fetch time at the end of year 9999 has no later local day
                break
    return fetched.astimezone(timezone.utc), False


def _stamp_in(text: str, latest: int = 24 * 60) -> tuple[int, str] | None:
    """Minutes before the fetch and the stamp's text, when ``text`` opens with a
    relative stamp or prints one after a separator ("Jane Doe · 2 hours ago").
    A "today" stamp whose time of day is after ``latest`` (minutes into the fetch's
    day on the page's clock, with its slack) was printed the day before.

    >>> _stamp_in("heute, 23.30 Uhr", 10), _stamp_in("Today at 11:30 pm", 22 * 60)
    ((1440, 'heute, 23.30'), (1440, 'Today at 11:30'))
    >>> _stamp_in("heute, 23.30 Uhr"), _stamp_in("gestern, 23.30 Uhr", 10)
    ((0, 'heute, 23.30'), (1440, 'gestern, 23.30'))
    """
    for stamp in _fields(text):
        m = next((m for form in _RELATIVE if (m := form.match(stamp)) is not None), None)
        day = _DAY_WORDS.match(stamp) if m is None else None
        if m is None and day is None:
            continue
        if _UPDATE.search(text):  # "Updated 2 hours ago", "Vor 2 Stunden aktualisiert"
            return None
        if day is not None:
            late = not day.group("yesterday") and _time_of_day(day, stamp) > latest
            return (1440 if day.group("yesterday") or late else 0), day.group(0)
        unit = _UNITS.get(m.group("unit").casefold()) if m is not None else None
        if m is None or unit is None:
            return None
        count = m.group("n")
        return (int(count) if count.isdigit() else 1) * unit, m.group(0)
    return None


def _fields(text: str) -> Iterator[str]:
    """The first four fields of a stamp's line, each without a publication label
    ("Posted 3 weeks ago": "3 weeks ago")."""
    for part in _FIELDS.split(text)[:4]:
        label = _LABEL.match(part)
        yield part[label.end():] if label is not None else part


def _time_of_day(day: re.Match[str], stamp: str) -> int:
    """The minutes into the day of a day word's time ("heute, 23.30", "Today at
    9:05 PM": its "am" / "pm" after it)."""
    hour, minutes = int(day.group("hour")), int(day.group(0)[-2:])
    half = _AFTERNOON.match(stamp, day.end())
    if half is not None and hour <= 12:
        hour = hour % 12 + (12 if half.group("pm") else 0)
    return hour * 60 + minutes


def _in_other_box(el: Element) -> bool:
    """Whether ``el`` or one of its first ancestors marks other stories or comments."""
    node = el
    for _ in range(_MAX_LEVELS):
        if node is None:
            return False
        if isinstance(node.tag, str) and _OTHER.search(attrs_of(node)):
            return True
        node = node.getparent()
    return False



def _label_before(el: Element) -> str:
    """The text printed just before ``el`` in its parent: the previous sibling's
    (bounded) and its tail, or the parent's own text when ``el`` comes first (or
    only comment nodes, four at most, stand before it)."""
    prev = next((node for node in islice(el.itersiblings(preceding=True), 4) if isinstance(node.tag, str)), None)
    if prev is None:
        parent = el.getparent()
        return (parent.text or "")[-_MAX_TEXT:] if parent is not None else ""
    return text_of(prev, _MAX_TEXT, " ") + " " + (prev.tail or "")[-_MAX_TEXT:]


# Where a relative stamp's full date is kept for the pointer's tooltip: "<span
# title='Mar 05, 2026 09:12 IST'>2 days ago</span>" (site builders' blogs, jQuery
# timeago's "<abbr title='2008-07-17T09:24:17Z'>", forums, Bootstrap tooltips); or for
# the script that prints the stamp, in a data attribute named for a date or a time
# ("<span data-date='2026-03-05T09:12:00Z'>", Facebook's "data-utime='1772701920'",
# "data-timestamp", "data-publish-time") or a "datetime" on another element than <time>.
_TOOLTIP_PATH = ("/descendant::*[@title or @data-tooltip or @data-original-title or @datetime or "
                 "@*[starts-with(name(), 'data-') and (contains(name(), 'date') or contains(name(), 'time'))]]")
_TOOLTIP_ATTRS = ("title", "data-tooltip", "data-original-title")
# A data attribute named for another moment than the stamp's: an update's or an edit's
# ("data-updated", "data-modified-time", "data-last-edit-date": "update" holds "date"),
# an offer's or a banner's end ("data-expires-time", "data-end-date", "data-valid-until")
# (not a print edition's "data-edition-date", nor "credit")
_OTHER_MOMENT = re.compile(r"updat|modif|revis|chang|expir|valid|(?<![a-z])(?:edit(?:ed)?(?![a-z])|end|until|last)",
                           re.IGNORECASE)
_MAX_TOOLTIPS = 400  # elements with a tooltip looked at, in document order
_FURNITURE = ("nav", "aside", "footer")  # a tooltip's stamp in these dates no story of the page
# A stamp of a time alone ("10:42", "9:05 pm", "14.20 Uhr"): today's, its day in the tooltip
_TIME_ALONE = re.compile(r"^(?:um\s+|at\s+)?(\d{1,2})[:.](\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?$", re.IGNORECASE)


def tooltip_published(doc: Element, language: str | None = None,
                      latest: str = "9999-12-31") -> tuple[str, str] | None:
    """``(YYYY-MM-DD, the tooltip as printed)``: the full date in the tooltip (or a date's
    data attribute) of the first element whose text is a relative stamp ("2 days ago",
    "il y a 1 mois", "3 weeks ago", "Yesterday at 9:05") or a shorter stamp of the same
    day (its day and month without the year, "May 16", or its time alone, "10:42"),
    outside other stories' and comments' boxes, menus and footers (and, but for a relative
    stamp's tooltip, outside links and table cells: a linked card's date, a schedule's game
    time, a fixtures table's kick-off), not an
    update's (by its text, its label or its tooltip's own words: "Updated Mar 05, 2026"). The stamp
    itself may be any unit (a month names no day), and no clock is needed: the tooltip
    names the day. None after ``latest``.

    >>> from lxml import html
    >>> doc = html.fromstring('<div><h1>T</h1><span title="Mar 05, 2026 09:12 IST">2 weeks ago</span></div>')
    >>> tooltip_published(doc)
    ('2026-03-05', 'Mar 05, 2026 09:12 IST')
    >>> tooltip_published(html.fromstring('<div><span data-utime="1772701920">3 Std.</span></div>'))
    >>> tooltip_published(html.fromstring('<div><span data-utime="1772701920">vor 3 Std.</span></div>'))
    ('2026-03-05', '1772701920')
    >>> tooltip_published(html.fromstring('<div><span title="Thursday, March 5, 2026 9:12 AM">Mar 5</span></div>'))
    ('2026-03-05', 'Thursday, March 5, 2026 9:12 AM')
    >>> tooltip_published(html.fromstring('<div><a title="Share on X">2 days ago</a></div>')) is None
    True
    """
    for el in islice(doc.xpath(_TOOLTIP_PATH), _MAX_TOOLTIPS):
        text = " ".join(text_of(el, 4 * _MAX_TEXT, " ").split())
        if not text or len(text) > _MAX_TEXT:
            continue
        found = _tooltip_date(el, language)
        if found is None:
            continue
        day, tip = found
        relative = _relative_text(text)
        # (the tooltip's own label counts: "Updated Mar 05, 2026", "Edited: 05.03.2026" over
        # "2 days ago" names the last edit; a menu's or a sidebar's link is no stamp of the story,
        # nor a linked card's date or a schedule's time: "<a><span data-time=..>1:00 PM</span></a>",
        # a table's "<td data-kickoff-time=..>15:30</td>")
        if (day > latest or not (relative or _same_day(text, day, tip, language)) or _UPDATE.search(text)
                or (not (relative and any(map(el.get, _TOOLTIP_ATTRS))) and _linked_or_tabled(el))
                or _UPDATE.search(tip) or has_ancestor(el, _FURNITURE) or _in_other_box(el)
                or _UPDATE.search(_label_before(el))):
            continue
        return day, tip
    return None


def _tooltip_date(el: Element, language: str | None) -> tuple[str, str] | None:
    """``(YYYY-MM-DD, the value)`` of the element's tooltip (a date printed near its start)
    or, without one, of its first date's data attribute (not an update's or an end's:
    :data:`_OTHER_MOMENT`) or ``datetime`` (ISO 8601 or epoch seconds), else ``None``."""
    tip = next((value for value in map(el.get, _TOOLTIP_ATTRS) if value), "")
    if tip:
        found = find_date_span(tip, language) if len(tip) <= _MAX_TEXT else None
        return (found[0][:10], tip) if found is not None and found[1] <= _MAX_TEXT // 4 else None
    for name, value in el.items():
        if name == "datetime" or (name.startswith("data-") and ("date" in name or "time" in name)
                                  and not _OTHER_MOMENT.search(name)):
            day = normalise_date(value.strip()) if len(value) <= _MAX_TEXT else None
            if day is not None:
                return day[:10], value
    return None


_LINK_OR_CELL = ("a", "td", "th")


def _linked_or_tabled(el: Element) -> bool:
    """Whether ``el`` is a link's or a table cell's (a card's date, a schedule's or a results
    table's time): not the stamp of the page's story."""
    return el.tag in _LINK_OR_CELL or has_ancestor(el, _LINK_OR_CELL)


def _same_day(text: str, day: str, tip: str, language: str | None) -> bool:
    """Whether ``text`` is a shorter stamp of the tooltip's ``day``: the day without its year
    ("May 16", "16. Mai"), or a time alone that the tooltip prints too ("10:30" under
    "16.05.2024 10:30", "9:05 pm" under "21:05"; a schedule's local "1:00 PM" under its UTC
    "6:00:00 PM" or "11:00:00" is another's: the hour read whole, not "1:00" in "11:00")."""
    if (alone := _TIME_ALONE.match(text)) is not None:
        hour, minute, half = int(alone.group(1)), alone.group(2), (alone.group(3) or "").lower()
        hours = {hour, hour % 12 + 12} if half.startswith("p") else {hour}
        return any(re.search(rf"(?<![\d:.])0?{h}[:.]{minute}(?!\d)", tip) for h in hours)
    yearless = find_yearless_date(text, int(day[:4]), language)
    return yearless is not None and yearless[:10] == day


def _relative_text(text: str) -> bool:
    """Whether ``text`` is a relative stamp, of any unit, alone or after a label or a
    separator ("Posted 3 weeks ago", "Jane Doe · il y a 2 mois")."""
    for stamp in _fields(text):
        if any(form.match(stamp) for form in _RELATIVE) or _DAY_WORDS.match(stamp):
            return True
    return False
