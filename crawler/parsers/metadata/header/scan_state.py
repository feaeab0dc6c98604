"""What the header scan found (:class:`HeaderScan`), and the site's own names
(``SiteKeys``) the headline search sets aside."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SiteKeys = set[str] | frozenset[str]


@dataclass(slots=True)
class HeaderScan:
    headline: str | None = None
    headline_core: str | None = None
    headline_labelled: bool = False
    """``headline_core`` follows a kicker the page sets apart as a label box."""
    headline_marked: bool = False
    """The headline is marked up as the post's own title (``entry-title``)."""
    authors: list[str] = field(default_factory=list)
    byline_raw: str | None = None
    date_text: str | None = None
    date_raw: str | None = None
    date_shown: str | None = None
    """The text of the element printing ``date_text`` alone when ``date_raw``, its
    line, holds more (:func:`.datelines.own_date_text`); the provenance's ``published_raw``."""
    time_datetime: str | None = None
    time_element: Any = None
    """The ``<time>`` element ``time_datetime`` was read from."""
    date_element: Any = None
    """The element ``date_text`` was read from."""
    update_marked: tuple[str, str, Any] | None = None
    """The first date printed in a box marked as an update's (:func:`.datelines.marked_update`):
    its date, its line and its element; the page's date when the header names no
    other (hAtom's "updated" is as often the only date a theme prints)."""
    reading_minutes: int | None = None
    section: str | None = None
    dek: str | None = None
    updated_text: str | None = None
    """A printed "Updated ..." date (normalised), kept apart from the dateline."""
    as_of_text: str | None = None
    """``updated_text`` when printed as "Stand:" ("as of") in the header row by the
    headline (:func:`.datelines.header_row`): German public broadcasters print it as a
    story's only date; an "Updated" line says the page went up before."""
    first_line: str | None = None
    """The text of the first line after the headline: its header row, marked or not."""
    story_begun: bool = False
    """A long paragraph followed a "Stand:" header row: no later line is the dateline."""
    byline_dated: bool = False
    """``authors`` were read from a dateline with no by-word and no author class
    ("Jane Doe | 05.04.2025"): a place or a section prints so too."""
    name_alone: bool = False
    """With ``byline_dated``: the name is printed in an element of its own, apart
    from the date ("<span>Jane Doe</span> | <span>05.04.2025</span>"), with no
    location class: a template's writer field, not a dateline's place."""
    name_marked: bool = False
    """With ``name_alone``: the name's element, its parent or grandparent carries
    an author mark (an author / byline / name class, itemprop or rel=author)."""
    byline_aside: bool = False
    """The byline was read from an author box in an <aside> beside the text: it
    fills in where the page gives no author, but overrules no structured one."""
