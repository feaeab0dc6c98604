"""A site header's clock: today's date (and time) printed in the page's top bar or
header, outside the story and before it ("Monday, 7 December 2026 14:03", "<div
class=today>Monday, December 7, 2026</div>"). It dates the day the page was served,
not the story: htmldate and the date-marked box search took it for the publication
on a story whose own date is printed elsewhere (at its foot, in an unmarked line)."""

from __future__ import annotations

import re
from datetime import date
from itertools import islice

from crawler.parsers.caseless import Caseless
from crawler.parsers.document import Element
from crawler.parsers.metadata.date_labels import BESIDE, owned_text_pieces
from crawler.parsers.metadata.dates import LATEST_DAY, find_date_span
from crawler.parsers.metadata.walk import attrs_of, text_of
from crawler.parsers.vocabulary import WEEKDAYS

__all__ = ["HeaderClock"]

# A box of the site's header or top bar, by its class or id ("site-header", "masthead",
# "top-bar", "topbar", "toolbar", "today", "current-date", "clock").
_TOP_MARK = Caseless(r"header|masthead|top-?bar|toolbar|(?<![a-z])top(?![a-z])|today|clock|current-?date")
# A box of the story's own, not the site's: its entry, its post, its title area, its byline.
_STORY_MARK = Caseless(r"entry|post|article|story|page-?header|title|headline|byline|author")
_STORY_TAGS = frozenset({"article", "main", "h1"})
_BEFORE_STORY = 3_000   # elements read before the story starts
_TOP_LEVELS = 8         # a date's boxes read for the header's mark
_CLOCK_TEXT = 60        # characters: a clock prints the date and a time, no more
_CLOCK_AT = 15          # where its date may start (a weekday)
_OWN_DATES = 50         # dates read elsewhere on the page
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DIGIT = re.compile(r"\d")


class HeaderClock:
    """The days a page's header clock prints (:attr:`days`) and whether the story
    prints a date of its own that differs (:meth:`hides`), each read when first asked."""

    def __init__(self, doc: Element, language: str | None, latest: str) -> None:
        self._doc, self._language, self._latest = doc, language, latest
        self._boxes: set[Element] = set()
        self._days: set[str] | None = None
        self._own: set[str] | None = None

    @property
    def days(self) -> set[str]:
        """The days the clock prints (read on first use): each box before the story
        (its first <article>, <main> or <h1>) whose own text holds a digit and that
        prints a date as a clock does (:meth:`_clock_day`)."""
        if self._days is None:
            self._days = set()
            for el in islice(self._doc.iter(), _BEFORE_STORY):
                if el.tag in _STORY_TAGS:
                    break
                if isinstance(el.tag, str) and _DIGIT.search(el.text or "") and (day := self._clock_day(el)):
                    self._boxes.add(el)
                    self._days.add(day)
        return self._days

    def _clock_day(self, el: Element) -> str | None:
        """The day ``el`` prints as a clock: a short text opening with a date (a weekday
        before it), in the site's header (a <header> or a box marked as the top bar's),
        today's (the fetch day, a day either side for the time zones) or, the fetch day
        unknown, printed with its weekday or a time of day as a clock prints it."""
        text = " ".join(text_of(el, _CLOCK_TEXT + 1).split())
        if not 6 <= len(text) <= _CLOCK_TEXT:
            return None
        found = find_date_span(text, self._language, short_years=False)
        if found is None or found[1] > _CLOCK_AT or not self._in_header(el):
            return None
        day = found[0][:10]
        if self._latest < LATEST_DAY:
            fetched = date.fromisoformat(self._latest)
            return day if abs((date.fromisoformat(day) - fetched).days) <= 1 else None
        first = text.split()[0].strip(",.").lower()
        return day if first in WEEKDAYS or _TIME_OF_DAY.search(text[found[1]:]) else None

    @staticmethod
    def _in_header(el: Element) -> bool:
        """Whether ``el`` sits in the site's header or top bar (a <header>, a box
        marked so: :data:`_TOP_MARK`), in no box marked as the story's own (its entry,
        its title area, its byline: :data:`_STORY_MARK`; "<header class=entry-header>")."""
        top = False
        for anc in islice((el, *el.iterancestors()), _TOP_LEVELS):
            if anc.tag in ("html", "body"):
                break
            marks = attrs_of(anc)
            if _STORY_MARK.search(marks):
                return False
            top = top or anc.tag == "header" or bool(_TOP_MARK.search(marks))
        return top

    def hides(self, day: str | None) -> bool:
        """Whether ``day`` is the clock's and the page prints a date of its own
        elsewhere, none of them that day: the story's, which the clock must not hide.
        A story of today (its own date the clock's day too) keeps it."""
        if day is None or day not in self.days:
            return False
        own = self._own_days()
        return bool(own) and day not in own

    def _own_days(self) -> set[str]:
        """The days printed outside the clock (its boxes' pieces aside), the page's
        asides and menus aside too (:data:`BESIDE`): the first ``_OWN_DATES``."""
        if self._own is None:
            inside = {el for box in self._boxes for el in box.iter()}
            self._own = set()
            for owner, piece in owned_text_pieces(self._doc, BESIDE):
                if len(self._own) >= _OWN_DATES:
                    break
                if owner in inside or len(piece) < 6:
                    continue
                found = find_date_span(piece[:300], self._language, short_years=False)
                if found is not None and found[0][:10] <= self._latest:
                    self._own.add(found[0][:10])
        return self._own

