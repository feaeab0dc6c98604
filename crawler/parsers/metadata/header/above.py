"""The lines above the headline: a byline or a dated meta row printed over it, and a
publication ``<time>`` before it when the one after it is an update's or a card's."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any, NamedTuple

from crawler.parsers.metadata.author_marks import in_quote
from crawler.parsers.metadata.authors import clean_byline, looks_like_byline
from crawler.parsers.metadata.date_labels import other_label
from crawler.parsers.metadata.dates import find_date_span, normalise_date
from crawler.parsers.metadata.header.bounds import HEADINGS, TEXT_TAGS, in_skipped_region
from crawler.parsers.metadata.header.bylines import SEGMENTS
from crawler.parsers.metadata.header.datelines import (
    AS_OF,
    BARE_DATE_LINE,
    DATE_HINT,
    document_dateline,
    marked_update,
    own_date_text,
)
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.header.updates import UPDATED_HINT, update_labelled, updated_date
from crawler.parsers.metadata.name_chunks import cut_at_chunks, without_unlinked_place
from crawler.parsers.metadata.walk import OTHER_REGION, attrs_of, preceding, text_of

# A document's dateline names its date after "of": "Pressemitteilung Nr. 45/2024
# vom 05.03.2024", "Communiqué du 5 mars 2024", "Comunicato stampa del 5 marzo
# 2024" (press releases and notices of public bodies, which print no byline).
# The line opens with the document's noun (a word before it at most: "Gemeinsame
# Pressemitteilung"), its number after it: "vom" / "du" / "del" alone also date
# what a standfirst tells of ("Der Beschluss des Gemeinderats vom 12. März 2023").
_DOCUMENT_OF = re.compile(r"\b(?:vom|du|del)\s+(?:[^\W\d_]{2,12}\.?,?\s+)?\d", re.I)  # (a cheap test before the date search; a weekday may come between)


_ABOVE_LINE = 160  # a meta row above the headline at most


def byline_above(headline: Any, scan: HeaderScan, language: str | None) -> None:
    """A by-word byline in the row right above the headline ("Accueil | Par Jane
    Doe | 30 septembre 2018" over the title), where some templates print the
    post's meta row: read when no line after the headline names a writer, from a
    segment opening with a by-word or a writer's label only (a breadcrumb, a
    section label or a kicker prints a name alone there), with the date that
    follows it in the row when the header has none."""
    above = _above_of(headline)
    if above is None or above.holds_heading or in_quote(above.el):
        return
    text = text_of(above.el, _ABOVE_LINE + 1, " ")
    if not text or len(text) > _ABOVE_LINE:
        return
    segments = SEGMENTS.split(text)
    n = next((i for i, part in enumerate(segments) if looks_like_byline(part)), None)
    names = without_unlinked_place(above.el, cut_at_chunks(above.el, clean_byline(segments[n]))) if n is not None else []
    if not names or n is None:
        return
    scan.authors, scan.byline_raw, scan.byline_dated = names, text, False
    rest = " | ".join(segments[n + 1:])
    dated = find_date_span(rest, language) if rest and scan.date_text is None and scan.time_datetime is None else None
    if dated is not None and dated[1] == 0:
        scan.date_text, scan.date_raw, scan.date_element = dated[0], text, above.el
        scan.date_shown = own_date_text(above.el, rest, dated, language)


def scan_date_before(headline: Any, scan: HeaderScan, language: str | None) -> None:
    """A dateline printed above the headline (next to the section label): in a
    box marked as a date's, or, unmarked, a line that opens with a date and holds
    little else in the element right above the headline (or inside it: a kicker's
    "Section - <span>15. Februar 2022</span>"), where templates set the date row
    whatever their class names (:func:`_bare_date_above`)."""
    above = _above_of(headline)
    for el in preceding(headline, 25, levels=2):
        if el.tag == "time":
            value = normalise_date(el.get("datetime") or "")
            if value and not UPDATED_HINT.search(attrs_of(el)) and not update_labelled(el):
                scan.time_datetime, scan.date_raw = value, text_of(el, 100) or el.get("datetime")
                return
            if update_labelled(el):  # "· Edited on <time>": its printed date is the edit's too
                continue
        if marked_update(el, attrs_of(el)):  # "<time class=updated>" without a datetime: a revision's
            continue
        if el.tag in TEXT_TAGS and len(el) <= 3 and above is not None \
                and (bare := _bare_date_above(el, above, language)) is not None:
            scan.date_text, scan.date_raw, scan.date_element = bare[0], bare[1], el
            return
        if el.tag in TEXT_TAGS and len(el) <= 3:
            hinted = bool(DATE_HINT.search(attrs_of(el)))
            text = text_of(el, 100, " ")
            if not hinted and not (text and _DOCUMENT_OF.search(text)):
                continue
            dated = find_date_span(text, language) if text and len(text) < 80 else None
            if dated and ((hinted and dated[1] <= 30) or document_dateline(text, dated)) \
                    and not other_label(text[:dated[1]]):
                scan.date_text, scan.date_raw = dated[0], text
                scan.date_shown = own_date_text(el, text, dated, language)
                return
            if dated and hinted and scan.updated_text is None:  # "Stand: 03.05.2024" above the headline
                scan.updated_text = updated_date(text, language)
                scan.as_of_text = scan.updated_text if AS_OF.match(text) else None


class _Above(NamedTuple):
    """The element right before the headline in its box, with what the scan of the
    lines above the headline reads of it once (not once a line)."""

    el: Any
    holds_heading: bool     # (:func:`_holds_heading`)
    around: frozenset[Any]  # its ancestors

    def holds(self, el: Any) -> bool:
        """Whether ``el`` lies inside this element: its ancestors climbed up to this
        element or, where it is not inside, to the first box around both."""
        for ancestor in el.iterancestors():
            if ancestor is self.el:
                return True
            if ancestor in self.around:
                return False
        return False


def _above_of(headline: Any) -> _Above | None:
    """The element right before the headline in its box (comments skipped), if any."""
    for sib in headline.itersiblings(preceding=True):
        if isinstance(sib.tag, str):
            return _Above(sib, _holds_heading(sib), frozenset(sib.iterancestors()))
    return None


_LINE_BLOCKS = frozenset(["p", "div", "li", "ul", "ol", "dl", "dd", "dt", "section", "table", "tr",
                          *HEADINGS])
_HEADING_SCAN = 60  # elements of the box above the headline looked through for a heading


def _holds_heading(box: Any) -> bool:
    """Whether ``box`` holds a heading among its first :data:`_HEADING_SCAN` elements."""
    return any(n.tag in HEADINGS for n in islice(box.iter(), 1, _HEADING_SCAN))


def _bare_date_above(el: Any, above: _Above, language: str | None) -> tuple[str, str] | None:
    """The date ``el`` prints and its text, where ``el`` is, or lies inside, the
    element right above the headline (``above``) and prints a date and little else:
    its text opens with a whole date and runs to at most :data:`BARE_DATE_LINE`
    characters, marked as an update by neither its words nor its class, inside no
    link (another story's); else ``None``."""
    if el is not above.el and (above.holds_heading or not above.holds(el)):
        return None  # (a teaser list right above the headline: its dates are its stories')
    if sum(1 for child in islice(el, 4) if child.tag in _LINE_BLOCKS) > 1:
        return None  # lines, not a line: a box of a date and a weather report ("6 May 2022", "Berlin 4°C")
    text = text_of(el, 100, " ")
    if el is not above.el and text and not text_of(above.el, 2 * BARE_DATE_LINE + 40, " ").endswith(text):
        return None  # a kicker's date ends its line; a box whose date a weather report or the like follows
    if not text or len(text) > BARE_DATE_LINE or UPDATED_HINT.search(text) or UPDATED_HINT.search(attrs_of(el)):
        return None
    if next(el.iter("a"), None) is not None or next(el.iterancestors("a"), None) is not None:
        return None
    dated = find_date_span(text, language)
    return (dated[0], text) if dated is not None and dated[1] == 0 else None


# The class words of a publication date's box ("publicationDate", "pubdate",
# "post-published", "entry-date published", "publish-time"): where the page says
# which date is its own ("publi" alone would take "public", "republic").
_PUBLICATION_BOX = re.compile(r"publish|publication|pub[-_]?date", re.I)
# An update's box ("updated", "date-modified", "last-changed"); not "notUpdated",
# the mark of a date that has not been updated.
_UPDATE_BOX = re.compile(r"(?<!not)(?<!not[-_])(?:updat|modif|chang|revis)", re.I)


def publication_box(el: Any) -> bool:
    """Whether ``el`` or one of its two nearest boxes is marked as the publication
    date's, and none of them as an update's (:data:`_UPDATE_BOX`)."""
    marks = " ".join(attrs_of(box) for box in (el, *islice(el.iterancestors(), 2)))
    return bool(_PUBLICATION_BOX.search(marks)) and not _UPDATE_BOX.search(marks)


def marked_time_before(headline: Any, scan: HeaderScan, language: str | None = None,
                        printed: bool = False) -> None:
    """A ``<time>`` above the headline in a box marked as the publication date's
    (:func:`publication_box`) over the first one after it, which is not: the one
    after may date something the header mentions ("Broadcast on <time>", a
    source's or an event's date), the marked one is the page's by its markup;
    not one in a related list or a widget, nor in another story's card, ticker
    or prev-next link (:func:`_in_story_card`).

    ``printed``: the date after the headline was read from its printed text (no
    ``datetime``; ``scan.date_text``), and so is the marked one's when it has no
    ``datetime`` either: a ``<time>`` whose text opens with a whole date
    ("15.04.2026, 14:36 Uhr"). Templates that leave out ``datetime`` leave it out
    of both, and the markup tells the page's own date from the other as well."""
    around = set(headline.iterancestors())
    for el in preceding(headline, 25, levels=2):
        if (el.tag == "time" and publication_box(el) and not in_skipped_region(el, around, OTHER_REGION)
                and not _in_story_card(el, around) and not _in_running_text(el)):
            value = normalise_date(el.get("datetime") or "")
            if value:
                scan.time_datetime, scan.time_element = value, el
                scan.date_raw = text_of(el, 100) or el.get("datetime")
            elif printed:
                shown = text_of(el, 100, " ")
                dated = find_date_span(shown, language) if shown else None
                if dated is not None and dated[1] == 0:
                    scan.date_text, scan.date_raw, scan.date_element = dated[0], shown, el
            return


_CARD_MARKS = ("a", "h1", "h2", "h3", "h4", "h5", "h6")


def _in_story_card(el: Any, around: set[Any]) -> bool:
    """Whether a link or a heading with words of its own (not only dates) sits in
    ``el``'s boxes (``el`` and its two nearest, those :func:`publication_box`
    reads; not the header that holds the headline, ``around``): another story's
    card, a ticker or a prev-next link, whose date WordPress themes also mark
    "entry-date published". A permalink around the page's own date holds no words."""
    for box in (el, *islice(el.iterancestors(), 2)):
        if box in around:
            return False
        for mark in islice(box.iter(_CARD_MARKS), 20):
            if _words_beside_times(mark):
                return True
    return False


def _in_running_text(el: Any) -> bool:
    """Whether ``el``'s box says more than a label around it ("Published on",
    "Veröffentlicht am": three words at most): a note that mentions a date ("Part 2
    of the series, first published <time>") rather than the page's date box."""
    box = el.getparent()
    if box is None:
        return False
    pieces = [box.text or "", *(child.tail or "" for child in islice(box, 20))]
    return sum(len(piece.split()) for piece in pieces) > 3


def _words_beside_times(el: Any) -> bool:
    """Whether ``el``'s text holds a letter outside its ``<time>`` elements."""
    shown = text_of(el, 200)
    if not shown:  # no text, or too much of it to be a date's (a story's teaser)
        return any(piece.strip() for piece in islice(el.itertext(), 50))
    for time in islice(el.iter("time"), 5):
        shown = shown.replace(text_of(time, 100), "", 1)
    return any(ch.isalpha() for ch in shown)
