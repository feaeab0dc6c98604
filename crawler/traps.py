"""Crawler traps told from the URL alone: paths that repeat themselves, calendars
that step on for ever, pagination past any real archive's end.

Pure functions (no Scrapy), used by :class:`crawler.middlewares.guards.TrapGuardMiddleware`,
which adds the per-site page budget and the per-template count of date pages.
Hand-written because Scrapy offers only DEPTH_LIMIT and CLOSESPIDER_PAGECOUNT,
which end a trap only at a limit the user chose, if any.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qsl, urlsplit

# Path depth no article URL reaches (the deepest of the benchmark pages has 9).
MAX_SEGMENTS = 30
# A block of segments repeated this many times in a row is a trap: /a/a/a/,
# /x/y/x/y/x/y/ (blocks of numbers excepted: dates repeat them honestly).
REPEATS = 3
# Query parameters looked at for repeats (the search is quadratic in their number).
MAX_QUERY_PAIRS = 60
PAGE_PARAMS = frozenset({"page", "p", "pg", "paged", "pagenum", "page_num", "pageno", "pn", "seite", "pagina"})
_PAGE_SEGMENT = re.compile(r"/(?:page|seite|pagina|p)/(\d{1,12})(?:/|$)", re.IGNORECASE)
# A page number of more digits is read as 10**18, past any limit.
_MAX_PAGE_DIGITS = 18
# A year (1000-2999), a month, maybe a day: /2025/01, 2025-01-16, 2025_01.
_DATE = re.compile(r"(?<!\d)([12]\d{3})([-/_.])(0?[1-9]|1[0-2])(?:\2(0?[1-9]|[12]\d|3[01]))?(?!\d)")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class TrapRules:
    """The limits, from the ``CLIPPINGS_TRAP_*`` settings."""

    today: date
    max_page_number: int = 500
    future_days: int = 366


def repeating_path(path: str) -> str | None:
    """Why a path is a loop, or None.

    >>> repeating_path("/a/a/a/story"), repeating_path("/x/y/x/y/x/y/"), repeating_path("/2025/01/01/a")
    ("segments '/a' repeat 3 times", "segments '/x/y' repeat 3 times", None)
    """
    segments = [s for s in path.split("/") if s]
    if len(segments) > MAX_SEGMENTS:
        return f"path {len(segments)} segments deep (limit {MAX_SEGMENTS})"
    block = _repeated_block(segments)
    return f"segments '/{'/'.join(block)}' repeat {REPEATS} times" if block else None


def repeating_query(query: str) -> str | None:
    """Why a query string is a loop, or None: a page that links to itself with a
    parameter added again (``?a=1&a=1&a=1``) grows its URL on every hop.

    >>> repeating_query("a=1&a=1&a=1"), repeating_query("tag=a&tag=b&tag=c")
    ("parameters 'a=1' repeat 3 times", None)
    """
    pairs = [pair for pair in query.split("&") if pair][:MAX_QUERY_PAIRS]  # bounded work; a trap grows from the start
    block = _repeated_block(pairs)
    return f"parameters '{'&'.join(block)}' repeat {REPEATS} times" if block else None


def _repeated_block(parts: list[str]) -> list[str] | None:
    """The first block of ``parts`` repeated REPEATS times in a row (blocks of
    numbers excepted: dates repeat them honestly), or None."""
    for size in range(1, len(parts) // REPEATS + 1):
        for start in range(0, len(parts) - size * REPEATS + 1):
            block = parts[start:start + size]
            if all(part.isdigit() for part in block):
                continue  # /2025/01/01/01/: dates and numbers repeat honestly
            if all(parts[start + k * size:start + (k + 1) * size] == block for k in range(1, REPEATS)):
                return block
    return None


def url_date(url: str) -> date | None:
    """The first calendar date (or month) in a URL's path or query, or None.

    >>> url_date("https://x.example/cal/2031/07"), url_date("https://x.example/events?month=2025-02-30")
    (datetime.date(2031, 7, 1), None)
    """
    parts = urlsplit(url)
    found = _DATE.search(f"{parts.path}?{parts.query}")
    if found is None:
        return None
    year, month, day = int(found.group(1)), int(found.group(3)), int(found.group(4) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_template(url: str) -> str | None:
    """For a URL naming a date, the URL with its numbers blanked: the pages of
    one calendar share it (``/cal/#/#``); article URLs carry a slug that differs."""
    if url_date(url) is None:
        return None
    parts = urlsplit(url)
    return _DIGITS.sub("#", f"{parts.netloc}{parts.path}?{parts.query}")


def page_number(url: str) -> int | None:
    """The pagination number of a listing URL (``?page=7``, ``/page/7/``), or None.

    Only ASCII digits are a number (``str.isdigit`` also takes "²", which ``int``
    refuses), and at most :data:`_MAX_PAGE_DIGITS` of them are read (``int`` refuses
    more than 4,300): either made the page's request raise ``ValueError`` in the trap
    guard, an ``error`` row for a URL never asked for."""
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query):
        if name.lower() in PAGE_PARAMS and value.isascii() and value.isdigit():
            return int(value) if len(value) <= _MAX_PAGE_DIGITS else 10 ** _MAX_PAGE_DIGITS
    found = _PAGE_SEGMENT.search(parts.path)
    return int(found.group(1)) if found else None


def trap_reason(url: str, rules: TrapRules) -> str | None:
    """Why ``url`` looks like a crawler trap, or None."""
    parts = urlsplit(url)
    why = repeating_path(parts.path) or repeating_query(parts.query)
    if why:
        return why
    number = page_number(url)
    if number is not None and number > rules.max_page_number:
        return f"page number {number} past {rules.max_page_number}"
    when = url_date(url)
    if when is not None and (when - rules.today).days > rules.future_days:
        return f"calendar date {when.isoformat()} more than {rules.future_days} days ahead"
    return None
