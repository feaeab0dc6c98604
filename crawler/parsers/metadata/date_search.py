"""The publication date of a page whose structured data and headline area name
none: first htmldate (a well-kept library for exactly this: the URL, meta tags,
``<time>`` elements, original date over modified), then the earliest date printed
anywhere in the page's text.

Measured on the benchmark sets (``benchmarks/README.md``, "Dates"): the
hand-written finder of :mod:`.extract` is right more often where a page has
structured or printed dates near its headline, htmldate where it has none; so
this runs only when the finder found nothing. htmldate's ``extensive_search``
ends in dateparser over every locale, which costs about 1.4 CPU seconds on first
use and some 30 ms per page without a date; the printed-date scan here finds as
many right days on the validation pages at a fraction of that, so htmldate runs
without it.

Same input, same date: htmldate rejects dates after ``max_date``, which defaults
to today; it gets the day the page was fetched instead (a page cannot be
published after it was fetched), and so does the printed-date scan.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from htmldate import find_date
from lxml import etree

from crawler.parsers.document import Element
from crawler.parsers.metadata.dates import find_date_in_text, find_date_span
from crawler.parsers.metadata.extract import Metadata

__all__ = ["local_day", "search_date", "settle_published"]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SKIP = frozenset({"script", "style", "noscript", "head", "template", "svg", "select", "option"})
MAX_TEXT_NODES = 20_000   # text pieces read by the printed-date scan
MAX_DATES = 50            # dates collected before the earliest is chosen
_MIN_TEXT = 6             # shorter text pieces hold no full date
# htmldate reads the page's head and the start of its body; its work grows with
# the whole page (a regex over all of it, the text of every element it looks at,
# nested or not): a 6 MB page took it 2 s. It gets the first this many characters
# (every one of the 886 benchmark pages gets the same date as with no cap).
HTMLDATE_MAX_CHARS = 1_000_000

# htmldate logs every date it rejects ("date not found" is an ordinary outcome here).
logging.getLogger("htmldate").setLevel(logging.ERROR)


def settle_published(meta: Metadata, doc: Element, url: str, fetched_at: str) -> Metadata:
    """``meta.published`` made final: the printed local day over a timestamp one
    zone shift away (:func:`local_day`), else, when there is none, the search of
    :func:`search_date` (its source goes to ``provenance``). Returns ``meta``."""
    meta.published = local_day(meta.published, meta.provenance.get("published_raw"), meta.language)
    if meta.published is None:
        meta.published, source = search_date(doc, url, fetched_at, meta.language)
        if meta.published is not None:
            meta.provenance["published"] = source
    return meta


def search_date(doc: Element, url: str, fetched_at: str,
                language: str | None = None) -> tuple[str | None, str]:
    """``(YYYY-MM-DD or None, source)``: source ``htmldate`` or ``heuristic``.

    ``doc`` is not changed: htmldate parses its serialised copy (it takes only its
    own element class, and would change the tree it is given).
    """
    day = _DAY.match(fetched_at or "")
    latest = day.group(0) if day else "9999-12-31"
    html = etree.tostring(doc, encoding="unicode")[:HTMLDATE_MAX_CHARS]
    found = find_date(html, url=url or None,
                      original_date=True, extensive_search=False,
                      max_date=day.group(0) if day else None, outputformat="%Y-%m-%d")
    if isinstance(found, str) and _DAY.match(found):
        return found, "htmldate"
    return earliest_printed_date(doc, language, latest), "heuristic"


def earliest_printed_date(doc: Element, language: str | None, latest: str) -> str | None:
    """The earliest day among the first :data:`MAX_DATES` dates printed in the text
    (a page that names no date of its own is dated by the oldest it prints: its
    publication, before any comment or update), none after ``latest``."""
    days: list[str] = []
    for count, el in enumerate(doc.iter()):
        if count >= MAX_TEXT_NODES or len(days) >= MAX_DATES:
            break
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        for text in (el.text, el.tail):
            if text and len(text) >= _MIN_TEXT and not text.isspace():
                found = find_date_span(text.strip()[:300], language)
                if found and found[0][:10] <= latest:
                    days.append(found[0][:10])
    return min(days) if days else None


_MAX_ZONE_SHIFT = timedelta(hours=14)  # the widest UTC offset


def local_day(published: str | None, printed_raw: str | None, language: str | None) -> str | None:
    """The date the page prints by its headline instead of a machine timestamp
    (``published``), when the two are one day apart by a time-zone shift: the
    page's own day is the local one, the timestamp's day may be UTC's.

    A shift is: both show a time, a whole number of hours (up to 14) apart; or the
    timestamp is in UTC and the printed day (no time) lies on the side of
    midnight the UTC hour points to.

    >>> local_day("2020-02-25T02:25:54+00:00", "February 24, 2020 | 9:25pm", "en")
    '2020-02-24T21:25:00'
    >>> local_day("2021-11-04T23:00:00+00:00", "5. November 2021", "de")
    '2021-11-05'
    >>> local_day("2024-08-27T10:32:24+00:00", "26.08.2024 um 06:00 Uhr", "de")
    '2024-08-27T10:32:24+00:00'
    """
    if not published or "T" not in published or not printed_raw:
        return published
    printed = find_date_in_text(printed_raw, language)
    if not printed or printed[:10] == published[:10]:
        return published
    stamp = datetime.fromisoformat(published[:16])  # to the minute: pages print no seconds
    shown = datetime.fromisoformat(printed[:16] if "T" in printed else printed[:10])
    if abs((shown.date() - stamp.date()).days) != 1:
        return published
    if "T" in printed:
        gap = abs(shown - stamp)
        shifted = gap <= _MAX_ZONE_SHIFT and gap.total_seconds() % 3600 == 0
    else:
        utc = published.endswith(("+00:00", "Z"))
        shifted = utc and (stamp.hour >= 10 if shown > stamp else stamp.hour < 14)
    return printed if shifted else published
