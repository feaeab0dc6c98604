"""The publication date made final: the date printed by the headline (or, for a
time-zone shift, the day in the URL path) against the structured one
(:func:`local_day`), and, for a page whose structured data and
headline area name none, a search: a whole date in the URL path, a date labelled
as the page's own anywhere in its text ("Posted on", "Erschienen am"), the dateline
opening the story's first paragraph ("BERLIN, 3. Mai 2024 – ..."), htmldate (a
well-kept library for exactly this: meta tags, ``<time>`` elements, date-classed
elements, original date over modified; a "Stand:" date in the header's date row
goes first unless htmldate's day is later), a date labelled as updated, then the
earliest date printed in the page's text outside boxes beside the story.

Measured on the benchmark sets (``benchmarks/README.md``, "Dates"): the
hand-written finder of :mod:`.extract` is right more often where a page has
structured or printed dates near its headline, htmldate where it has none; so
this runs only when the finder found nothing. htmldate's ``extensive_search``
ends in dateparser over every locale, which costs about 1.4 CPU seconds on first
use and some 30 ms per page without a date; the scans here find more right days
on the tuning and validation pages at a fraction of that, so htmldate runs
without it.

Same input, same date: htmldate rejects dates after ``max_date``, which defaults
to today; it gets the day the page was fetched instead (a page cannot be
published after it was fetched), and so do the scans here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from itertools import chain, islice
from urllib.parse import urlsplit

from lxml import etree

from crawler.parsers.document import Element
from crawler.parsers.metadata.date_labels import (
    BESIDE,
    event_hours,
    labelled_dates,
    names_publication,
    other_label,
    owned_text_pieces,
    range_start,
    text_pieces,
)
from crawler.parsers.metadata.date_order import day_first_instead
from crawler.parsers.metadata.dates import (
    LATEST_DAY,
    find_date_span,
    find_yearless_date,
    is_plausible,
    number_label_before,
)
from crawler.parsers.metadata.extract import Metadata
from crawler.parsers.metadata.framework_state import reading_zone, state_story
from crawler.parsers.metadata.header_clock import HeaderClock
from crawler.parsers.metadata.own_cards import may_address, own_card_date, page_address
from crawler.parsers.metadata.relative_dates import relative_published, tooltip_published
from crawler.parsers.metadata.walk import COMMENT_THREAD, attrs_of, marks_of, text_of
from crawler.parsers.vocabulary import MONTHS, OTHER_STORIES_MARKS, SIDE_BOX_MARKS, WEEKDAYS

__all__ = ["local_day", "search_date", "settle_published"]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_DATES = 50            # dates collected before the earliest is chosen
_MIN_TEXT = 6             # shorter text pieces hold no full date
# htmldate reads the page's head and the start of its body; its work grows with
# the whole page (a regex over all of it, the text of every element it looks at,
# nested or not): a 6 MB page took it 2 s. It gets the first this many characters
# (every one of the 886 benchmark pages gets the same date as with no cap).
HTMLDATE_MAX_CHARS = 1_000_000
# htmldate drops scripts, styles and embeds one by one (lxml.html's drop_tree),
# adding each one's tail to the text before it: quadratic in a run of them under
# one parent (25,000 scripts: 2.2 s). The 886 benchmark pages hold at most 340;
# a page with more than this many is not given to htmldate (its own finders date it).
HTMLDATE_MAX_DROPPED = 2_000
_HTMLDATE_DROPS = ("script", "style")  # (and htmldate's CLEANING_LIST: :func:`_htmldate`)

# htmldate logs every date it rejects ("date not found" is an ordinary outcome here).
logging.getLogger("htmldate").setLevel(logging.ERROR)


def settle_published(meta: Metadata, doc: Element, url: str, fetched_at: str,
                     clock: str | None = None) -> Metadata:
    """``meta.published`` made final: the date printed by the headline over a
    structured one that names another day (:func:`local_day`; the source becomes
    ``heuristic``), the day in the URL's path over a later one printed by the
    headline, else, when there is none, on a page whose URL names no day, the full
    date in a relative stamp's tooltip (:func:`.tooltip_published`) or a stamp printed
    as time before the fetch ("vor 3 Stunden": :func:`.relative_published`, only with
    ``clock``, the fetch time the caller named), then the search of
    :func:`search_date` (its source goes to ``provenance``). Returns ``meta``."""
    latest = _fetch_day(fetched_at)
    _after_fetch(meta, latest, meta.date_language or meta.language)
    in_url = url_date(url, latest) if meta.published else None
    offsets = (*_offset_of(meta.modified), *meta.stamp_offsets)
    reading = meta.date_language or meta.language  # ("en-GB" for an "en" page of a day-first country)
    settled = local_day(meta.published, meta.provenance.get("published_raw"), reading, latest, in_url, offsets)
    printed = meta.provenance.get("published") in ("html", "heuristic")
    if (settled is not None and in_url is not None and in_url < settled[:10] and printed
            and _filed_under(url, in_url, settled, meta.provenance.get("published_raw"))):
        # a story is filed under the day it went up: a later day printed by the
        # headline, unlabelled, is an update's (the search reads the URL first too)
        meta.published, meta.provenance["published"] = in_url, "url"
    elif (settled is not None and in_url is not None and printed
          and _read_the_other_way(settled, in_url, meta.provenance.get("published_raw"))):
        # "06/01/2026" read month first on an English page filed under 2026/01/06:
        # the URL tells which way the page writes its dates; the printed time stays
        meta.provenance["published_printed"] = settled
        meta.published = in_url + settled[10:]
    elif settled != meta.published and meta.published is not None:
        # the structured value stays on record: a bare day may replace an exact moment
        meta.provenance["published_structured"] = meta.published
        meta.published, meta.provenance["published"] = settled, "heuristic"
    undated = meta.published is None and url_date(url, latest) is None
    # a relative stamp whose tooltip names its day ("2 days ago" over "Mar 05, 2026"): no clock needed
    relative = tooltip_published(doc, reading, latest) if undated else None
    if relative is None and undated and clock:
        relative = relative_published(doc, clock, offsets)
    if relative is not None:
        meta.published, meta.provenance["published"] = relative[0], "heuristic"
        meta.provenance["published_raw"] = relative[1]
    elif undated and (state := state_story(doc, meta.title, meta.state_stories)) is not None \
            and (in_state := state.published(reading_zone(meta.language, urlsplit(url).hostname or "", offsets))) \
            is not None and in_state[:10] <= latest:
        # printed nowhere, the time the framework state ships for the client to render
        meta.published, meta.provenance["published"] = in_state, "state"
    if meta.published is None:
        meta.published, source = search_date(doc, url, fetched_at, reading, meta.shown_as_of,
                                             meta.modified, meta.canonical_url)
        if meta.published is not None:
            meta.provenance["published"] = source
    _local_modified(meta, (*_offset_of(meta.published), *offsets))
    return meta


def _offset_of(stamp: str | None) -> tuple[str, ...]:
    """The UTC offset a timestamp is written at (``("+02:00",)``), none for UTC,
    for a day or for a time without a zone."""
    offset = stamp[19:] if stamp is not None and len(stamp) == 25 else ""
    return (offset,) if offset and offset[1:] != "00:00" else ()


def _local_modified(meta: Metadata, offsets: tuple[str, ...]) -> None:
    """A UTC ``meta.modified`` one day from the "Updated ..." day the page prints
    by its headline (``meta.shown_updated``), re-expressed as the same moment in
    the page's offset (:func:`_local_instant`): the printed time's, else one of the
    page's other timestamps' (``offsets``) that gives the printed day. No offset
    that gives it: the timestamp stays as it is (an update's day is no reader's
    date to settle on)."""
    modified, shown = meta.modified, meta.shown_updated
    if (not modified or not shown or meta.provenance.get("modified") == "heuristic"
            or shown[:10] == modified[:10] or not _zone_shift(modified, shown, offsets)):
        return
    local = _local_instant(modified, shown, offsets)
    if local is not None:
        meta.provenance["modified_structured"] = modified
        meta.modified = local


def _fetch_day(fetched_at: str | None) -> str:
    """The day of the fetch (``YYYY-MM-DD``), or ``"9999-12-31"`` when
    ``fetched_at`` names no real day (a WARC's malformed date: "2024-13-45")."""
    day = _DAY.match(fetched_at or "")
    try:
        return date.fromisoformat(day.group(0)).isoformat() if day else "9999-12-31"
    except ValueError:
        return "9999-12-31"


def _after_fetch(meta: Metadata, latest: str, reading: str | None = None) -> None:
    """Drop a published or modified date more than two days after the fetch
    (``latest``: its day; the two days allow for time zones): no page went up after
    it was fetched. The parser reads no clock (:func:`is_plausible` bounds dates by a
    fixed year, :data:`.MAX_YEAR`): bounded by the fetch, the same page gives the same
    record on any day. No fetch time (``latest`` ``"9999-12-31"``): nothing dropped.
    A printed date that reads either way, read month first (``reading``), is read day first
    instead when that day is not after the fetch (:func:`.date_order.day_first_instead`)."""
    if latest >= "9999":
        return
    bound = (date.fromisoformat(latest) + timedelta(days=2)).isoformat()
    if meta.published is not None and meta.published[:10] > bound:
        swapped = day_first_instead(meta.published, meta.provenance.get("published_raw"), reading, bound)
        meta.published = swapped
        if swapped is None:
            meta.provenance.pop("published", None)
    if meta.modified is not None and meta.modified[:10] > bound:
        meta.modified = None
        meta.provenance.pop("modified", None)


def search_date(doc: Element, url: str, fetched_at: str, language: str | None = None, shown_as_of: str | None = None,
                modified: str | None = None, canonical: str | None = None) -> tuple[str | None, str]:
    """``(YYYY-MM-DD or None, source)``: source ``url``, ``htmldate`` or ``heuristic``.

    ``shown_as_of``: the date printed in the header row as the version's ("Stand:
    08.07.2026 05:00 Uhr"). A page that labels no other date of its own is dated by
    it before htmldate guesses from the dates in its source (a video player's clip
    time): German public broadcasters print "Stand" as their only dateline. Not an
    "Updated" line (the page went up before, maybe on the day htmldate finds), nor
    a "Stand" anywhere by the headline (a price table's), nor one older than the
    day htmldate finds (a story is not published after the version shown).

    ``modified``: the page's structured modified time; the day a ``<title>`` ends
    with (:func:`title_date`) is not taken when it is later than that or than a
    date labelled as updated: a page is not published after it was changed, so a
    later day in the title is an event's ("Sommerfest – 14.07.2024"). htmldate's
    day does not overrule it so: the title is read first because htmldate's guess
    may be any earlier date in the page's source (a related story's, a clip's).

    ``canonical``: the page's own address, whose permalink's date is the post's (:func:`permalink_date`).
    ``doc`` is not changed: htmldate parses its serialised copy (it takes only its
    own element class, and would change the tree it is given).
    """
    latest = _fetch_day(fetched_at)
    in_url = url_date(url, latest)
    if in_url is not None:
        return in_url, "url"
    pieces = list(text_pieces(doc))
    labelled = labelled_dates(pieces, language, latest)
    if labelled.published is not None:
        return labelled.published, "heuristic"
    if labelled.paired is not None:  # "May 3, 2024 | Updated May 4, 2024" over the text, no published label
        return labelled.paired, "heuristic"
    as_of = shown_as_of[:10] if shown_as_of is not None and shown_as_of[:10] <= latest else None
    opening = opening_dateline(doc, language, latest)
    if opening is not None and as_of is None:
        return opening, "heuristic"
    titled = title_date(doc, language, latest) if as_of is None else None
    if titled is not None and not any(day is not None and day[:10] < titled
                                      for day in (modified, labelled.updated)):
        return titled, "heuristic"
    # (the page's date boxes, read once for both searches of them: both run only where ``as_of`` is None)
    boxes = list(_date_boxes(doc)) if as_of is None else None
    if boxes is not None and (boxed := _own_box_day(doc, url, canonical, language, latest, boxes)) is not None:
        return boxed, "heuristic"
    clock = HeaderClock(doc, language, latest)  # (a header's clock is today's date, not the story's)
    found = _htmldate(doc, url, latest, pieces)
    if found is not None and (as_of is None or found > as_of) and not clock.hides(found):
        return found, "htmldate"
    if as_of is not None:
        return as_of, "heuristic"
    if (marked := next((d for d in _marked_days(doc, language, latest, boxes=boxes) if not clock.hides(d)), None)) \
            is not None:
        return marked, "heuristic"
    if labelled.updated is not None:
        return labelled.updated, "heuristic"
    bare = bare_url_day(url, latest)
    if bare is not None:
        return bare, "url"
    return _story_printed_date(doc, language, latest, clock.days), "heuristic"


def _story_printed_date(doc: Element, language: str | None, latest: str, clocks: set[str]) -> str | None:
    """:func:`earliest_printed_date` of the story's own text: the dates in an aside or a
    nav bar are other pages', as are a list's items that link another story ("<li><a>Other
    headline</a> <span>date</span></li>", :func:`_other_story_item`)."""
    judged: dict[Element, bool] = {}  # (each list item once: its pieces are many, its links looked for once)
    owned = [(owner, piece) for owner, piece in owned_text_pieces(doc, BESIDE, _by_headline(doc))
             if not _other_story_item(owner, language, judged)]
    linked = frozenset(n for n, (owner, _) in enumerate(owned) if _in_link(owner))
    return earliest_printed_date([piece for _, piece in owned], language, latest, linked, clocks)


_ITEM_LEVELS = 3          # levels up from a text's element to its list item
_HEADLINE_LINK = 20       # characters: a link's text that long, no date, is another story's headline ...
_HEADLINE_WORDS = 4       # ... of as many words (not a category's name: "Posted in <a>Local News</a> on")
_LINK_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S{8}", re.I)  # a link printed as its address: a reference's


def _other_story_item(el: Element, language: str | None, judged: dict[Element, bool]) -> bool:
    """Whether ``el`` is in a list item (``<li>``, a few levels up) that links another
    story by its headline (a link's text of :data:`_HEADLINE_LINK` characters and
    :data:`_HEADLINE_WORDS` words or more, no date): a list of other stories, each with its
    day, or of references ("Abgerufen am 09.11.2022: <a>https://...</a>"). Not a byline's
    item ("<li>By <a>Ann Lee</a></li>": a short name), a category's, nor a permalink's (its text the date)."""
    item = next((node for node in islice(chain((el,), el.iterancestors()), _ITEM_LEVELS) if node.tag == "li"), None)
    if item is None:
        return False
    if item not in judged:  # (``judged``: the verdicts so far, by item)
        judged[item] = _links_other_story(item, language)
    return judged[item]


def _links_other_story(item: Element, language: str | None) -> bool:
    """The list item links another story by its headline, or a reference by its address."""
    for link in islice(item.iter("a"), 4):
        text = text_of(link)
        if link.get("href") and (_LINK_ADDRESS.match(text) or (
                len(text) >= _HEADLINE_LINK and len(text.split()) >= _HEADLINE_WORDS
                and find_date_span(text[:80], language) is None)):
            return True
    return False


def _in_link(el: Element) -> bool:
    """Whether ``el`` is a link or in one (a few levels up): its text is another page's."""
    return any(node.tag == "a" for node in islice(chain((el,), el.iterancestors()), 4))


def _own_box_day(doc: Element, url: str, canonical: str | None, language: str | None, latest: str,
                 boxes: list[tuple[Element, str]] | None = None) -> str | None:
    """The day a box of the page's own prints, before htmldate guesses: a box the
    template names the publication's date (no guess beats it), else the page's own
    card in a news list (its date, not a guess). ``boxes``: :func:`_marked_days`'s."""
    marked = _own_date_box(doc, (url, canonical), language, latest, boxes)
    return marked if marked is not None else own_card_date(doc, url, language, latest)


_PERMALINK_TEXT = 60     # characters: a permalink's text that holds more is not a date's
_PERMALINK_AT = 12       # where its date may start ("Posted", a weekday)
_PERMALINK_LINKS = 2_000


def permalink_date(doc: Element, urls: tuple[str | None, ...], language: str | None, latest: str) -> str | None:
    """The day a link to the page itself prints as its whole text: a blog theme's
    permalink, the post's date linked to the post (Tumblr's "May 5, 2024" under the
    post, Blogger's timestamp link, "<a href=permalink rel=bookmark>"). Not a link with
    a "#fragment" (a comment's permalink: "#comment-12"), nor one to another page.

    >>> import lxml.html
    >>> doc = lxml.html.fromstring('<div><p>Plan of March 3, 2020.</p><a href="/post/12/x">May 5, 2024</a>'
    ...                            '<a href="/post/12/x#comment-3">June 1, 2024</a></div>')
    >>> permalink_date(doc, ("http://a.example/post/12/x",), "en", "2026-01-01")
    '2024-05-05'
    """
    own = {key for url in urls if url and (key := page_address(url.split("#", 1)[0], url)) is not None}
    if not own:
        return None
    base = next(url for url in urls if url)
    # (the last part of each path, a test of substrings first: :func:`.may_address`)
    tails = tuple({path.rsplit("/", 1)[-1] for _, path, _ in own})
    for link in islice(doc.iter("a"), _PERMALINK_LINKS):
        href = link.get("href") or ""
        if (all(tails) and not may_address(href, tails)) or page_address(href, base) not in own:
            continue
        text = " ".join(text_of(link, _PERMALINK_TEXT + 1).split())
        found = find_date_span(text, language) if len(text) <= _PERMALINK_TEXT else None
        if found is not None and found[1] <= _PERMALINK_AT and found[0][:10] <= latest:
            return found[0][:10]
    return None


def _own_date_box(doc: Element, urls: tuple[str | None, ...], language: str | None, latest: str,
                  boxes: list[tuple[Element, str]] | None = None) -> str | None:
    """The day of the boxes the template names the publication's date, else of the
    post's permalink (:func:`permalink_date`)."""
    return _publication_box_date(doc, language, latest, boxes) or permalink_date(doc, urls, language, latest)


def _htmldate(doc: Element, url: str, latest: str, pieces: list[str] | None = None) -> str | None:
    """htmldate's day for the page (original over modified), none after ``latest``;
    none for a page of more than :data:`HTMLDATE_MAX_DROPPED` elements it would drop.
    ``pieces``: the page's text (:func:`.date_labels.text_pieces`, read when not given)."""
    # (imported here: htmldate and the courlan it imports cost a tenth of the parsers'
    # import, and only the pages no finder of ours dates reach it)
    from htmldate import find_date
    from htmldate.settings import CLEANING_LIST

    if sum(1 for _ in islice(doc.iter(*CLEANING_LIST, *_HTMLDATE_DROPS), HTMLDATE_MAX_DROPPED + 1)) \
            > HTMLDATE_MAX_DROPPED:
        return None
    html = _htmldate_source(doc, pieces if pieces is not None else list(text_pieces(doc)), url)
    found = find_date(html[:HTMLDATE_MAX_CHARS], url=url or None,
                      original_date=True, extensive_search=False,
                      max_date=LATEST_DAY if latest >= "9999" else latest, outputformat="%Y-%m-%d")
    return found if isinstance(found, str) and _DAY.match(found) else None


# A number written as a numeric date ("10.05.20", "16-05-24", "1.2.2024") in the page's
# text after a version's or a telephone's label ("Version: 10.05.20", "<b>Tel.:</b>
# 16-05-24"; :func:`.dates.other_number`): blanked in the copy htmldate reads, which
# takes any bare date of the text at last.
_DATE_SHAPED = re.compile(r"(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d\d(?:\d\d)?(?![\d./-]?\d)")
_DATE_SHAPED_READ = 1_000  # numbers looked at, at most


def _labelled_numbers(pieces: list[str]) -> set[str]:
    """The numbers :data:`_DATE_SHAPED` finds in the page's text ``pieces`` (those of
    :func:`.date_labels.text_pieces`) after a version's or a telephone's label."""
    text = " ".join(pieces)
    return {m.group() for m in islice(_DATE_SHAPED.finditer(text), _DATE_SHAPED_READ)
            if number_label_before(text, m.start())}


def _blanked(text: str | None, numbers: set[str]) -> str | None:
    """``text`` with each of ``numbers`` written as ``#`` where :data:`_DATE_SHAPED`
    finds it whole (not the start of "10.05.2024" for "10.05.20"): one pass over the
    text, whatever the count of numbers."""
    if not text:
        return text
    return _DATE_SHAPED.sub(lambda m: "#" * len(m.group()) if m.group() in numbers else m.group(), text)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _teaser_link(el: Element, own: tuple[str, str, str] | None, base: str) -> bool:
    """``el`` is a link around another story's card: it holds a heading (the other
    story's headline, its date printed with it) and leads to another page."""
    if el.tag != "a" or next(el.iter(*_HEADINGS), None) is None:
        return False
    target = page_address(el.get("href") or "", base)
    return target is not None and target != own


def _htmldate_source(doc: Element, pieces: list[str], url: str = "") -> str:
    """``doc`` serialised for htmldate without its comment threads (:data:`.walk.COMMENT_THREAD`)
    nor the links around other stories' cards (:func:`_teaser_link`: a related story's
    headline and ``<time>`` in one ``<a>``, an older day htmldate took for a page that
    prints its own under the story), and with the numbers of :func:`_labelled_numbers` blanked: a comment's
    ``data-timestamp``, a "Tel.: 16-05-24" was the day htmldate gave a page that prints
    none of its own. (Not every region of :data:`.walk.OTHER_REGION`: Blogger's template
    holds the post, its date with it, in a "widget Blog" box.) ``doc`` is as it was after:
    each thread stands aside for an empty element while it is written, each text changed
    is put back."""
    numbers = _labelled_numbers(pieces)
    own = page_address(url, url) if url else None
    threads = [el for el in doc.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
               and (((marks := marks_of(el)) and COMMENT_THREAD.search(marks)) or (url and _teaser_link(el, own, url)))]
    marked = set(threads)
    threads = [el for el in threads if el.getparent() is not None
               and not any(anc in marked for anc in el.iterancestors())]
    texts = [(el, attr, value, blanked) for el in (doc.iter() if numbers else ()) for attr in ("text", "tail")
             if (value := getattr(el, attr)) and (blanked := _blanked(value, numbers)) != value]
    swapped: list[tuple[Element, Element, Element]] = []
    try:
        for el, attr, _value, blanked in texts:
            setattr(el, attr, blanked)
        for el in threads:
            parent, stand_in = el.getparent(), el.makeelement("div", {})
            stand_in.tail = el.tail
            parent.replace(el, stand_in)
            swapped.append((parent, el, stand_in))
        return etree.tostring(doc, encoding="unicode")
    finally:
        for parent, el, stand_in in reversed(swapped):
            parent.replace(stand_in, el)
        for el, attr, value, _blanked_value in texts:
            setattr(el, attr, value)


# A box that its class or id marks as a date's ("date-header", "meta__date",
# "post-date", "entry-time", "published"): where templates print the post's date.
_DATE_MARK = re.compile(r"date|time|posted|publi|datum|fecha", re.I)
# Marks of a date that is not the page's publication: a change's, other stories'.
_NOT_OWN_DATE = re.compile(f"updat|modif|comment|{OTHER_STORIES_MARKS}|{SIDE_BOX_MARKS}|teaser|archive|event|calendar",
                           re.I)
# A box marked as the publication's date by name, not a date's alone ("publication-date",
# "published-date", "pubdate", "date-published", "datePublished"): the CMS says which date it is.
_PUBLICATION_MARK = re.compile(r"publi(?:sh|cation|cado|é|e\b|ziert)|pubdate|veroeffentlicht|erschienen", re.I)
_MARKED_TEXT = 60       # characters: a marked box that holds more is not a date's
_MARKED_AT = 12         # where its date may start (a weekday, "Posted")
_MARKED_ELEMENTS = 5_000
_MARKED_ANCESTORS = 6


def marked_date(doc: Element, language: str | None, latest: str) -> str | None:
    """The day printed in the first box marked as a date's (:data:`_DATE_MARK`)
    that opens with a date and holds little else ("<h2 class=date-header>Wednesday,
    2012. október 17.</h2>", "<div class=meta__date>5.3.24 um 10:12</div>"),
    outside the boxes of other stories, comments and changes (:data:`_NOT_OWN_DATE`,
    an ``<aside>``, ``<nav>`` or ``<footer>``). Asked only when htmldate, which
    reads such boxes too, found no date: it reads only English month names and
    four-digit years without its slow search, and this reads the printed forms
    :func:`find_date_span` does."""
    return next(_marked_days(doc, language, latest), None)


def _marked_days(doc: Element, language: str | None, latest: str,
                 mark: re.Pattern[str] | None = None, boxes: list[tuple[Element, str]] | None = None) -> Iterator[str]:
    """The days of :func:`marked_date`'s boxes, in document order; with ``mark``,
    of those whose class or id also matches it (:data:`_PUBLICATION_MARK`:
    "publication-date", "pubdate"; :func:`_publication_box_date`, asked before
    htmldate, whose guess may be any date in the page's source). ``boxes``: the
    page's :func:`_date_boxes`, read once by the caller for both searches; else they are
    read as they are reached."""
    for el, marks in (boxes if boxes is not None else _date_boxes(doc)):
        if mark is not None and not mark.search(marks):
            continue
        text = " ".join(text_of(el, _MARKED_TEXT + 1).split())
        found = find_date_span(text, language) if len(text) <= _MARKED_TEXT else None
        if found is None or found[1] > _MARKED_AT or found[0][:10] > latest or _beside_story(el):
            continue
        yield found[0][:10]


def _date_boxes(doc: Element) -> Iterator[tuple[Element, str]]:
    """The boxes :func:`_marked_days` reads, with their marks (:func:`.walk.attrs_of`): the
    elements among the page's first :data:`_MARKED_ELEMENTS` whose marks name a date
    (:data:`_DATE_MARK`) and none that is not the page's own (:data:`_NOT_OWN_DATE`)."""
    for el in islice(doc.iter(), _MARKED_ELEMENTS):
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "script", "style", "title"):
            continue
        marks = attrs_of(el)
        if marks and _DATE_MARK.search(marks) and not _NOT_OWN_DATE.search(marks):
            yield el, marks


def _publication_box_date(doc: Element, language: str | None, latest: str,
                          boxes: list[tuple[Element, str]] | None = None) -> str | None:
    """The day of the boxes the template names the publication's date
    (:data:`_PUBLICATION_MARK`: :func:`marked_date`), when they name one day: a
    list of other stories' teasers, each with its "publish-date" (a sidebar's, a
    "latest news" rail's, before the story or after it), names several, and the
    page is left to htmldate as before."""
    days = set(islice(_marked_days(doc, language, latest, _PUBLICATION_MARK, boxes), _PUBLICATION_BOXES))
    return days.pop() if len(days) == 1 else None


_PUBLICATION_BOXES = 8  # publication-marked boxes read for the day they name


def _beside_story(el: Element) -> bool:
    """Whether ``el`` sits in a box beside the story: an ``<aside>``, ``<nav>`` or
    ``<footer>`` outside the story's ``<article>`` (one inside it is the story's own
    margin: "<aside class=article__aside>" with its byline and date) or a box marked
    as another story's, a comment's or a widget's."""
    in_story = next(el.iterancestors("article"), None) is not None
    for anc in islice(el.iterancestors(), _MARKED_ANCESTORS):
        if (anc.tag in ("aside", "nav", "footer") and not in_story) or _NOT_OWN_DATE.search(attrs_of(anc)):
            return True
    return False


# The last part of a <title>, after a separator: "Story – DW – 13.06.2023".
_TITLE_TAIL = re.compile(r"[|–—·]\s*([^|–—·]{6,45}?)\s*$|\s-\s+([^|–—·-]{6,45}?)\s*$")
# A weekday before a title's date and a time after it ("Dienstag, 5. März 2024, 11:14
# Uhr"): the date stands alone all the same.
_TAIL_WEEKDAY = re.compile(r"^[^\W\d_]{2,12}\.?,?\s+(?=\d)")
_TAIL_TIME = re.compile(r"(?:,\s*|\s+)(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm))?$", re.I)
_DASHES = "–—-"
_RANGE_START = re.compile(r"\d\.?\s*$")  # a day before the dash: the tail ends a range


def title_date(doc: Element, language: str | None, latest: str) -> str | None:
    """The day a page's <title> ends with, set apart by a separator ("Post-Vac-Syndrom:
    Was wissen wir? – DW – 13.06.2023", "Pressemitteilung | 05.03.2024"): news sites
    and press offices date the page so; that part holds the date and nothing else.
    Not the end of a range ("Messe | 12.–14.03.2025"): that dates an event."""
    title = doc.find(".//title")
    text = " ".join(text_of(title, 300).split()) if title is not None else ""
    m = _TITLE_TAIL.search(text) if text else None
    tail = (m.group(1) or m.group(2)) if m else None
    if m and m.group(0).lstrip()[0] in _DASHES and _RANGE_START.search(text, 0, m.start()):
        return None  # "12.–14.03.2025": a range's end, an event's days
    if tail and (weekday := _TAIL_WEEKDAY.match(tail)) and weekday.group().strip(" .,").lower() in WEEKDAYS:
        tail = tail[weekday.end():]
    tail = _TAIL_TIME.sub("", tail) if tail else tail
    found = find_date_span(tail, language, short_years=False) if tail else None
    if found is None or found[1] != 0 or not any(c.isdigit() for c in tail or "") or len(tail or "") > 22:
        return None
    day = found[0][:10]
    return day if day <= latest and is_plausible(day) else None


_NEXT_TO = 3  # elements between the h1 and a box beside it that is the page's own
_OWN_BOX = 200  # characters of text in a post-info box; a longer one is a sidebar
_OTHER_PAGES = re.compile(r"sidebar|archive|widget|related|menu", re.I)


def _by_headline(doc: Element) -> frozenset[Element]:
    """The short ``<aside>`` boxes next to the page's first ``<h1>`` (within
    :data:`_NEXT_TO` siblings of it, or in its ``<header>`` inside the story's
    ``<article>`` or ``<main>``): a post-info box ("Written 2019/04/01") is the
    page's own, where a sidebar's, an archive list's or a nav bar's dates are
    other pages' (a site logo's h1 sits in the page header, by its nav)."""
    h1 = next(doc.iter("h1"), None)
    if h1 is None:
        return frozenset()
    near = [*h1.itersiblings(preceding=True)][:_NEXT_TO] + [*h1.itersiblings()][:_NEXT_TO]
    header = next(h1.iterancestors("header"), None)
    if header is not None and next(header.iterancestors("article", "main"), None) is not None:
        near.append(header)
    return frozenset(el for box in near if isinstance(box.tag, str) for el in box.iter("aside")
                     if len(text_of(el, _OWN_BOX)) < _OWN_BOX and not _OTHER_PAGES.search(attrs_of(el)))


# A whole date in a URL path: 2021/10/29, 2021-10-29, 20211029, 29-10-2021 (day
# first, as in the dotted and dashed dates printed outside the US).
_URL_YMD = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-]?)([01]?[0-9])\2([0-3]?[0-9])(?![0-9])")
_URL_DMY = re.compile(r"(?<![0-9])([0-3]?[0-9])([_.-])([01]?[0-9])\2((?:19|20)[0-9]{2})(?![0-9])")
# A story id that opens with a letter code, the moment it was filed, to the minute,
# then a serial number ("A2026012914320005196": 2026-01-29 14:32; news systems
# number stories so). Not a bare run of digits: a web archive's capture time
# ("/web/20160218093512/") is no publication date. (The empty group keeps the
# year, month and day at groups 1, 3 and 4, as in _URL_YMD.)
_URL_STAMP = re.compile(r"(?<=[A-Za-z])((?:19|20)[0-9]{2})()(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])"
                        r"(?:[01][0-9]|2[0-3])[0-5][0-9][0-9]{2,}")

# A day split from its year by a path part of its own, as Chinese news systems
# file stories ("/n1/2024/0503/c1002-...", "/gn/2024/05-03/...", "/2020-02/19/c_...");
# the month and day padded to two digits, the part closed by a slash and followed by
# the story's id as those systems print it ("c1002-…", "c_…", "t2024…") or its page
# (".html", ".shtml"): not a shop's "/catalog/2019/0612/bosch-drill" nor a double
# issue's "/archive/2024/0506/".
_URL_SPLIT = re.compile(r"/((?:19|20)[0-9]{2})(/|-)(0[1-9]|1[0-2])(?:(?!\2)[/-])?(0[1-9]|[12][0-9]|3[01])/"
                        r"(?=c[_0-9]|t(?:19|20)[0-9]{2}|[^/]*\.s?html?$)")
# Year, one section name, month and day as path parts, then the story's slug
# ("/2010/POLITICS/08/13/a-story/index.html": CNN's scheme and its imitators'):
# the section sits between the year and the month. Letters only in the section
# ("/2021/page/10/12/" is a listing's page number, not a month).
_URL_SECTIONED = re.compile(r"/((?:19|20)[0-9]{2})/([^\W\d_]{2,20})/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/"
                            r"(?=[^/]*[^\W\d_])")
# Year, month's name, day as path parts, then the story's slug ("/world/2024/may/03/
# a-story"); "/2024/may/2/" alone is an archive's page.
_URL_MONTH_NAME = re.compile(r"/((?:19|20)[0-9]{2})/([^\W\d_]{3,9})/([0-3]?[0-9])/(?=[^/]*[^\W\d_])")


def url_date(url: str, latest: str) -> str | None:
    """The date a URL's path names (blogs and news sites file stories by day),
    none after ``latest``; htmldate reads year-first dates only.

    >>> url_date("https://example.org/2021/10/29/a-story/", "2026-01-01")
    '2021-10-29'
    >>> url_date("https://example.org/news/29-10-2021", "2026-01-01")
    '2021-10-29'
    >>> url_date("https://example.org/a/20211103/story", "2026-01-01")
    '2021-11-03'
    >>> url_date("https://example.org/item/2021-13-40", "2026-01-01") is None
    True
    >>> url_date("https://example.org/news/article/A2021110314320005196", "2026-01-01")
    '2021-11-03'
    >>> url_date("https://example.org/p/A2021110399", "2026-01-01") is None  # no time after the day
    True
    >>> url_date("https://web.archive.org/web/20160218093512/http://example.org/p", "2026-01-01") is None
    True
    >>> [url_date(f"https://example.org{p}", "2026-01-01") for p in ("/n1/2021/1029/c1002-1.html",
    ...  "/gn/2021/10-29/1.shtml", "/2021-10/29/c_1.htm", "/world/2021/oct/29/a-story")]
    ['2021-10-29', '2021-10-29', '2021-10-29', '2021-10-29']
    >>> url_date("https://example.org/2021/1234/a-story", "2026-01-01") is None
    True
    >>> url_date("https://example.org/2010/POLITICS/08/13/a.story/index.html", "2026-01-01")
    '2010-08-13'
    >>> url_date("https://example.org/2021/page/10/12/", "2026-01-01") is None
    True
    """
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:  # an unbalanced IPv6 bracket: no path to read
        return None
    named = _URL_MONTH_NAME.search(path[:500])
    month = MONTHS.get(named.group(2).lower()) if named else None
    if named and month:
        path = f"{path[:named.start()]}/{named.group(1)}/{month:02d}/{int(named.group(3)):02d}/{path[named.end():]}"
    for pattern, order in ((_URL_YMD, (1, 3, 4)), (_URL_DMY, (4, 3, 1)), (_URL_STAMP, (1, 3, 4)),
                           (_URL_SPLIT, (1, 3, 4)), (_URL_SECTIONED, (1, 3, 4))):
        for m in pattern.finditer(path[:500]):
            if pattern is _URL_YMD and not m.group(2) and len(m.group(0)) != 8:
                continue  # undivided: exactly eight digits
            y, mo, d = (int(m.group(i)) for i in order)
            try:
                value = date(y, mo, d).isoformat()
            except ValueError:
                continue
            if is_plausible(value) and value <= latest:
                return value
    return None


# Year, month's name and day ending the URL's path, no slug after them
# ("/podcast/2024/sept/12/"): an episode's page or a day's archive page.
_URL_MONTH_NAME_END = re.compile(r"/((?:19|20)[0-9]{2})/([^\W\d_]{3,9})/([0-3]?[0-9])/?$")


def bare_url_day(url: str, latest: str) -> str | None:
    """The day a URL's path ends with as year, month's name and day, no slug after
    it ("/podcast/2024/sept/12/"), none after ``latest``. :func:`url_date` leaves
    it out (a day's archive page is filed so too); the search takes it only where
    the page labels no date of its own and neither it nor htmldate finds one:
    an episode went up on that day, and an archive page's stories are that day's.

    >>> bare_url_day("https://example.org/podcast/2024/sept/12/", "2026-01-01")
    '2024-09-12'
    >>> [bare_url_day(f"https://example.org{p}", "2026-01-01") for p in ("/2024/may/", "/2024/march/64/",
    ...  "/2024/may/2/a-story", "/2024/12/05/")]
    [None, None, None, None]
    """
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:  # an unbalanced IPv6 bracket: no path to read
        return None
    m = _URL_MONTH_NAME_END.search(path[-40:])
    month = MONTHS.get(m.group(2).lower()) if m else None
    if m is None or month is None:
        return None
    try:
        value = date(int(m.group(1)), month, int(m.group(3))).isoformat()
    except ValueError:
        return None
    return value if is_plausible(value) and value <= latest else None


# The place a story's dateline names before its date: one to four words in capitals
# or title case ("BERLIN", "New York", "Frankfurt am Main"), maybe an agency in
# brackets ("(dpa)"), then a comma, a dash or a slash ("den", "le", "el": "Hamburg,
# den 2. Dezember 2022").
_PLACE = re.compile(r"[^\W\d_][\w'’.-]*(?:[ -][\w'’.-]+){0,3}(?:\s*\([^()\n]{1,40}\))?\s*[,/–—-]\s*"
                    r"(?:(?:den|le|el|am|on)\s+)?\(?")
_DATELINE_AT = 45        # characters before a dateline's date
_DATELINE_STORY = 60     # characters of story after it: a paragraph, not an event listing
_OPENING_SEARCH = 3_000   # elements looked at for the story's first paragraph
# Where a paragraph is not the story's own: a quote (an older story's dateline), a
# box beside the story, a picture's caption.
_NOT_STORY = frozenset({"blockquote", "q", "aside", "figure", "figcaption", "nav", "footer"})


_OPENING_LOOK = 3         # text paragraphs after the h1 looked at for the dateline
# The marks of a paragraph above the story's that is not its first: a standfirst (a
# deck, a summary, a kicker), a byline, a picture's caption or credit.
_ABOVE_STORY = re.compile(r"standfirst|lead|teaser|intro|byline|caption|credit|image|photo|media|dek|deck"
                          r"|summary|sub-?title|subhead|excerpt|abstract|description|kicker", re.I)


def story_openings(doc: Element) -> list[tuple[str, bool]]:
    """The first :data:`_OPENING_LOOK` text paragraphs (``<p>``, or a ``<div>``
    holding its text directly) of at least :data:`_DATELINE_STORY` characters
    after the page's first ``<h1>`` (from the top on a page without one), not
    inside a quote, an aside or a figure; each with whether it is marked as a
    standfirst, a byline or a caption (by its class or a box's below the h1's) or
    is a ``<div>``, which may be a deck as well as the story's first paragraph."""
    h1 = next(doc.iter("h1"), None)
    zone = set(h1.iterancestors()) if h1 is not None else set()
    seen_h1 = h1 is None
    found: list[tuple[str, bool]] = []
    for count, el in enumerate(doc.iter("h1", "p", "div")):
        if count >= _OPENING_SEARCH or len(found) >= _OPENING_LOOK:
            break
        if el is h1:
            seen_h1 = True
            continue
        if (not seen_h1 or (el.tag != "p" and not _text_leaf(el))
                or any(a.tag in _NOT_STORY for a in el.iterancestors())):
            continue
        text = text_of(el, 1_000)
        if len(text) >= _DATELINE_STORY:
            boxes = [el, *(a for a in el.iterancestors() if a not in zone)]
            # a <div> of text is passed as a deck is: only a plain <p> is surely the story
            marked = el.tag == "div" or any(_ABOVE_STORY.search(attrs_of(b)) for b in boxes)
            found.append((text, marked))
    return found


def _text_leaf(el: Element) -> bool:
    """A ``<div>`` holding text of its own and no paragraph or box inside."""
    return (bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)) and next(
        el.iterdescendants("p", "div", "table", "ul", "ol", "section"), None) is None


def opening_dateline(doc: Element, language: str | None, latest: str) -> str | None:
    """The date of the dateline opening the story's first paragraph
    (:func:`story_dateline`), read past a standfirst, a byline or a caption
    (:func:`story_openings`); never past a story paragraph that opens without one."""
    for text, marked in story_openings(doc):
        found = story_dateline(text, language, latest)
        if found is not None or not marked:
            return found
    return None


def story_dateline(opening: str | None, language: str | None, latest: str) -> str | None:
    """The date of a story's first paragraph (:func:`story_openings`) when it opens
    with a dateline, the news and press-release convention ("BERLIN, 3. Mai 2024 –
    Die Regierung ...", "NEW YORK, May 3, 2024 /PRNewswire/ -- Acme today announced
    ..."): the day the story was filed, where the dates its text goes on to name may
    be older. Only the first paragraph: a later one, or a quote, may open with an
    older story's dateline."""
    if not opening or not opening[0].isupper():
        return None
    found = find_date_span(opening[:120], language, short_years=False)
    if (found is None or found[1] > _DATELINE_AT or found[0][:10] > latest
            or _PLACE.fullmatch(opening[:found[1]]) is None
            or opening.split(None, 1)[0].strip(".,").lower() in WEEKDAYS):  # "Sa., 22.01.2022": an event's
        return None
    return found[0][:10] if len(opening) - found[1] >= _DATELINE_STORY + 10 else None


def earliest_printed_date(pieces: list[str], language: str | None, latest: str,
                          linked: frozenset[int] = frozenset(), clocks: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The earliest day among the first :data:`MAX_DATES` dates printed in the text
    pieces (a page that names no date of its own is dated by the oldest it prints:
    its publication, before any comment or update), none after ``latest``; none
    under another event's label ("Deadline: 15 March 2020", :func:`other_label`,
    read across the piece before: "<b>Deadline:</b> 15 March 2020"), nor followed
    by hours from and to (:func:`event_hours`: "Sa., 22.01.2022, 9:00 – 17:00 Uhr",
    an event's); nor such an event's day named again in the text ("Termin: 12. Mai
    2024" over "Das Sommerfest findet am 12. Mai 2024 statt"). Where a date is printed
    on a short line of its own (:data:`_STAMP_LINE`) over the story's text (before its first
    longer piece) or opening that piece, not a link's (the pieces numbered in ``linked``: a
    related post's date) nor the fetch day's (:func:`_fetch_days_clock`) nor a day the site
    header's clock prints (``clocks``, :class:`.header_clock.HeaderClock`), only such lines
    count (a comment's date line, a "key dates" list after the story are later days').
    Where none is printed over the story and its first long piece names no day (a
    news story's first sentence names its day: "The council on Tuesday, March 3,
    2024, ..."), such lines after it count the same way, before the dates in its
    sentences: the earliest is the stamp at the story's foot ("Freitag, 19. November
    2021" under the text; a comment's below it is later), a date deeper in the story
    an event's it names ("seit 1. Januar 2020")."""
    days: list[str] = []
    lines: list[str] = []
    later: list[str] = []  # stamp lines after the story's first long piece
    opening_dated = False  # the story's first long piece names a day ("on Tuesday, March 3, 2024")
    events: set[str] = set()
    previous = ""
    begun = False  # past the story's first long piece: a short line's date is no stamp of its own
    for n, text in enumerate(pieces):
        if len(days) + len(events) >= MAX_DATES:
            break
        if len(text) >= _MIN_TEXT:
            found = find_date_span(text[:300], language, short_years=False) or _short_stamp(text, language)
            if found and found[0][:10] <= latest and not _labelled_number(previous, text, found[1]):
                if event_hours(text, found[1]) or range_start(text, found[1]) or other_label(previous[-60:] + "\n" + text[:found[1]]):
                    events.add(found[0][:10])
                else:
                    days.append(found[0][:10])
                    if (n not in linked and found[0][:10] not in clocks and not _fetch_days_clock(found[0][:10], latest)
                            and (len(text) <= _STAMP_LINE or (not begun and _dateline(text[:found[1]])))):
                        (later if begun else lines).append(found[0][:10])
                    opening_dated = opening_dated or (not begun and len(text) > _STAMP_LINE)
        previous = text
        begun = begun or len(text) > _STAMP_LINE
    return min((day for day in lines or (later if not opening_dated else ()) or days if day not in events),
               default=None)


def _labelled_number(previous: str, text: str, at: int) -> bool:
    """Whether the date at ``at`` in ``text`` follows a version's or a telephone's label
    in the piece before ("<b>Tel.:</b> 16-05-24"): that number, no date."""
    return at <= 2 and number_label_before(previous[-30:] + " ", len(previous[-30:]) + 1)


# A piece of text this short holding a date is a line of its own, a stamp (an old
# daily's masthead over the story, "São Paulo, sexta-feira, 12 de abril de 2002", "№ 46
# от 22 февраля 2001 г."; after the story's text, a comment's); a date in a longer one is in a sentence of the
# story, another event's ("the plan was first announced on 15 January 2002"), unless it
# opens the piece (a dateline: "Karlsruhe, (12.11.2021). Traditionell ..."): a page that
# prints a stamp is dated by the earliest stamp.
_STAMP_LINE = 80
_DATELINE_WORDS = 3  # words before a date that opens its piece (a place, a weekday)


# A stamp's two-digit year opening a longer piece, its day and month padded as a template
# prints them ("01.02.22 Der Arbeitsmarkt ...", PHP's "d.m.y"); not "3.1.24" (a version, a score)
_PADDED_SHORT = re.compile(r"\s*\d\d([./-])\d\d\1\d\d(?![\d./-])")
_STAMP_MARKS = "|/·•:–—-"  # what a stamp follows on its line ("Politik | 06.11.23", "Thema // 11/02/21")


def _short_stamp(text: str, language: str | None) -> tuple[str, int] | None:
    """The date with a two-digit year ("06.11.23 / 09:18 Uhr", "01/27/20") of a stamp: a
    line of its own (:data:`_STAMP_LINE`) where it opens the line, follows a dateline's few
    words (:func:`_dateline`) or a separator (``_STAMP_MARKS``), or a padded one opening a
    longer piece; else ``None``. The running text's "1.5.24" is a version or a score
    (:func:`earliest_printed_date` reads four-digit years only there)."""
    if len(text) > _STAMP_LINE and not _PADDED_SHORT.match(text):
        return None
    found = find_date_span(text[:_STAMP_LINE], language)
    if found is None:
        return None
    head = text[:found[1]].rstrip()
    return found if not head or _dateline(head) or head[-1] in _STAMP_MARKS else None


def _fetch_days_clock(day: str, latest: str) -> bool:
    """Whether ``day`` is the fetch day's (a day either side, for the time zones): an old
    site's top bar prints today's date by a script or the server's clock ("Monday, December
    7, 2026" over every story), no edition's stamp (an edition fetched on its own day
    is dated by the story's earliest date all the same)."""
    if latest >= LATEST_DAY:  # (the fetch day unknown)
        return False
    return abs((date.fromisoformat(day) - date.fromisoformat(latest)).days) <= 1


def _dateline(before: str) -> bool:
    """Whether the text before a date opening its piece is a dateline's: nothing, or a
    few words (a place, a weekday) closed by a mark ("Karlsruhe, (", "BERLIN, ", "Sa. "),
    not a sentence's ("The plan was first announced on")."""
    head = before.rstrip()
    return not head or (len(head.split()) <= _DATELINE_WORDS and head[-1] in ",(.:–—-")


_MAX_ZONE_SHIFT = timedelta(hours=14)  # the widest UTC offset
_EAST_MOST, _WEST_MOST = timedelta(hours=14), timedelta(hours=-12)  # the zones' offsets (Kiribati, Baker Island)
# Offsets that are not whole hours, as the time-zone database has them in use
# (Newfoundland -03:30 and -02:30, the Marquesas -09:30, Iran +03:30, Afghanistan
# +04:30, India +05:30, Nepal +05:45, Myanmar +06:30, Eucla +08:45, central
# Australia +09:30 and +10:30, Lord Howe +10:30, the Chathams +12:45 and +13:45):
# any other minutes between a printed time and a UTC one are another event's time.
_PART_HOURS = frozenset(timedelta(hours=h, minutes=m) for h, m in (
    (-9, -30), (-3, -30), (-2, -30), (3, 30), (4, 30), (5, 30), (5, 45), (6, 30), (8, 45),
    (9, 30), (10, 30), (12, 45), (13, 45)))
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def local_day(published: str | None, printed_raw: str | None, language: str | None,
              fetched: str = "9999-12-31", in_url: str | None = None,
              offsets: tuple[str, ...] = ()) -> str | None:
    """The date the page prints by its headline over a machine timestamp
    (``published``) that names another day, unless the two agree after all:

    - one day apart: the printed day wins when the gap is a time-zone shift
      (:func:`_zone_shift`); any other one-day gap (a page printing the next
      morning's issue date, an edit the next day) keeps the timestamp;
    - more days apart: the printed date wins (structured data carrying the day a
      draft was created or an archive was migrated is common; the reader's date is
      the one printed), unless reading the printed numbers the other way round
      (day and month swapped) gives the timestamp's day, the printed day is the
      day the page was fetched (``fetched``: a masthead's "today"), the URL's
      path names the timestamp's day (``in_url``: two sources that agree over one
      printed date, which may be an update's or a sidebar story's), or the printed
      date follows another label ("Release: 14.11.2019": a product's, an event's).

    A page that prints no date by its headline reads the day in its URL path
    (``in_url``, the local day the story was filed under) the same way, for a
    time-zone shift only: a date in a URL more days away may be an event's.

    A time-zone shift keeps the moment where the page tells its zone, else the
    day as printed (:func:`_shifted`; ``offsets``: the UTC offsets of the page's
    other timestamps, its modified time's first).

    >>> local_day("2020-02-25T02:25:54+00:00", "February 24, 2020 | 9:25pm", "en")
    '2020-02-24T21:25:54-05:00'
    >>> local_day("2021-11-04T23:00:00+00:00", "5. November 2021", "de")
    '2021-11-05'
    >>> local_day("2024-08-27T10:32:24+00:00", "26.08.2024 um 06:00 Uhr", "de")
    '2024-08-27T10:32:24+00:00'
    >>> local_day("2019-01-04T08:00:00+01:00", "Published 14 March 2019", "en")
    '2019-03-14'
    >>> local_day("2026-01-06T13:55:27+01:00", "06/01/2026 - 13:55", "en")
    '2026-01-06T13:55:27+01:00'
    >>> local_day("2019-01-04T08:00:00+01:00", "Friday, 4 December 2026", "en", "2026-12-04")
    '2019-01-04T08:00:00+01:00'
    >>> local_day("2019-11-08T15:30:00-05:00", "Nov 13, 2019", "en", in_url="2019-11-08")
    '2019-11-08T15:30:00-05:00'
    >>> local_day("2019-11-19T04:58:46+00:00", None, "en", in_url="2019-11-18")
    '2019-11-18'
    """
    if not published:
        return published
    span = find_date_span(printed_raw, language) if printed_raw else None
    if span is None or printed_raw is None:
        shown = _yearless(printed_raw, published, language) or in_url
        return _unprinted_day(published, shown, offsets)
    printed = span[0]
    if printed[:10] == published[:10]:
        return published
    gap_days = abs((date.fromisoformat(printed[:10]) - date.fromisoformat(published[:10])).days)
    if gap_days > 1:
        swapped = f"{printed[:4]}-{printed[8:10]}-{printed[5:7]}"
        keep = (swapped == published[:10] or printed[:10] >= fetched or in_url == published[:10]
                or other_label(printed_raw[:span[1]]))
        return published if keep else printed
    return _shifted(published, printed, offsets) if _zone_shift(published, printed, offsets) else published


def _unprinted_day(published: str, shown: str | None, offsets: tuple[str, ...]) -> str:
    """``published`` where no full date is printed by the headline: one time-zone shift from
    the day ``shown`` otherwise (a yearless date, the URL's), else in the page's zone."""
    if shown:
        return _shifted(published, shown, offsets) if _zone_shift(published, shown, offsets) else published
    return _in_page_zone(published, offsets)


def _in_page_zone(published: str, offsets: tuple[str, ...]) -> str:
    """A moment in UTC (``published``) where the page prints no day of its own, as the
    same moment at the offset the page's other timestamps are written at (``offsets``,
    all giving one day): the day a reader of the page saw ("vor 3 Stunden" in a ``<time>`` whose
    ``datetime`` says "+02:00", the ``article:published_time`` in UTC). Anything else
    as it is, and where the offsets disagree on the day (a modified time at summer time's
    "+02:00", a <time> at winter time's "+01:00": the clocks changed between).

    >>> _in_page_zone("2024-04-19T22:35:00+00:00", ("+02:00",))
    '2024-04-20T00:35:00+02:00'
    >>> _in_page_zone("2024-04-19T12:35:00+00:00", ("+02:00",)), _in_page_zone("2024-04-19T22:35:00+00:00", ())
    ('2024-04-19T12:35:00+00:00', '2024-04-19T22:35:00+00:00')
    >>> _in_page_zone("2024-03-29T22:30:00+00:00", ("+02:00", "+01:00"))
    '2024-03-29T22:30:00+00:00'
    """
    if not offsets or len(published) != 25 or published[19:] not in ("+00:00", "-00:00"):
        return published
    zones = [z for z in map(_as_offset, offsets) if z is not None and _usable_offset(z)]
    moment = datetime.fromisoformat(published)
    days = {moment.astimezone(timezone(z)).date() for z in zones}
    if len(days) != 1 or len(zones) != len(offsets):  # (offsets disagreeing on the day: a clock change between)
        return published
    local = moment.astimezone(timezone(zones[0]))
    return local.isoformat() if local.date().isoformat() != published[:10] else published


def _shifted(published: str, shown: str, offsets: tuple[str, ...] = ()) -> str:
    """The timestamp ``published`` (one time-zone shift from the day ``shown`` on
    the page) as the same moment in the page's zone (:func:`_local_instant`), else
    ``shown`` as it is: an archive would rather have the page's day than the UTC
    one, and :func:`settle_published` keeps the timestamp in the provenance
    (``published_structured``).

    >>> _shifted("2019-11-19T04:58:46+00:00", "2019-11-18", ("-05:00",))
    '2019-11-18T23:58:46-05:00'
    >>> _shifted("2019-11-19T04:58:46+00:00", "2019-11-18")
    '2019-11-18'
    """
    return _local_instant(published, shown, offsets) or shown


def _local_instant(stamp_text: str, shown: str, offsets: tuple[str, ...]) -> str | None:
    """The timestamp ``stamp_text`` as the same moment at the offset that gives
    the day ``shown`` on the page, when the page gives evidence of one: the zone
    printed with ``shown``, else the printed time's distance from the time in UTC
    (to the minute: "00:30" against 22:30 UTC is +02:00), else, for a day printed
    without a time and a timestamp written in UTC, the first of the page's other
    timestamps' ``offsets`` that gives that day (one seen across a daylight-saving
    change may not). An offset counts only in whole hours or a zone's part-hour offset within
    UTC-12..UTC+14. ``None`` for a timestamp without a zone (it names no moment)
    and when nothing gives the day (no zone is guessed from the language).

    >>> _local_instant("2024-05-03T22:30:00+00:00", "2024-05-04T00:30:00", ())
    '2024-05-04T00:30:00+02:00'
    >>> _local_instant("2024-05-03T20:15:00+00:00", "2024-05-04T02:00:00", ())
    '2024-05-04T02:00:00+05:45'
    >>> _local_instant("2024-05-03T22:30:00+00:00", "2024-05-04", ("+01:00", "+02:00"))
    '2024-05-04T00:30:00+02:00'
    >>> _local_instant("2024-05-03T22:30:00+00:00", "2024-05-04", ("+01:00",)) is None
    True
    """
    try:
        stamp = datetime.fromisoformat(stamp_text)
        seen = datetime.fromisoformat(shown)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return None
    if "T" not in shown:
        utc = stamp.utcoffset() == timedelta(0)
        candidates = [_as_offset(text) for text in offsets] if utc else []
    elif seen.tzinfo is not None:
        candidates = [seen.utcoffset()]
    else:
        utc_time = stamp.astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
        candidates = [seen.replace(second=0, microsecond=0) - utc_time]
    for offset in candidates:
        if offset is not None and _usable_offset(offset):
            local = stamp.astimezone(timezone(offset))
            if local.date().isoformat() == shown[:10]:
                return local.isoformat()
    return None


def _as_offset(text: str) -> timedelta | None:
    """``"+05:30"`` as a ``timedelta``; ``None`` when it is not one."""
    m = _OFFSET.match(text)
    if m is None:
        return None
    size = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -size if m.group(1) == "-" else size


def _usable_offset(offset: timedelta) -> bool:
    """A UTC offset some zone uses: whole hours within UTC-12..UTC+14, or one of
    the zones' part-hour offsets (``_PART_HOURS``).

    >>> _usable_offset(timedelta(hours=5, minutes=45)), _usable_offset(timedelta(hours=-3, minutes=-15))
    (True, False)
    """
    if not _WEST_MOST <= offset <= _EAST_MOST:
        return False
    return offset.total_seconds() % 3600 == 0 or offset in _PART_HOURS


def _yearless(printed_raw: str | None, published: str, language: str | None) -> str | None:
    """A day printed without its year ("Posted Nov 18, 8:19 PM") read in the
    timestamp's year or the one before (a late-December story stamped in January).

    Why this is read at all: templates commonly print the current year's dates
    without the year, and a ``<time datetime>`` written in UTC with its text in
    local time is how many CMS themes render the publication time. The reading
    only ever picks between the timestamp's day and the one next to it, and
    :func:`_zone_shift` takes it only as the same moment in another zone (a time
    a whole number of hours from the timestamp, to the minute, or a bare day on
    the side of midnight the UTC hour points to). Measured: no day on the dev or
    Fundus pages changes without it (one Zyte page prints its day this way)."""
    if not printed_raw:
        return None
    for year in (int(published[:4]), int(published[:4]) - 1):
        shown = find_yearless_date(printed_raw, year, language)
        if shown and abs((date.fromisoformat(shown[:10]) - date.fromisoformat(published[:10])).days) <= 1:
            return shown
    return None


def _zone_shift(published: str, shown_day: str, offsets: tuple[str, ...] = ()) -> bool:
    """Whether a day shown on the page (``shown_day``, maybe with a time) that is
    one day from the timestamp ``published`` is the same moment in another zone
    (the page's own day is the local one, the timestamp's may be UTC's): a UTC
    timestamp's time and the shown one are an offset apart (:func:`_usable_offset`:
    whole hours or a zone's part-hour offset within UTC-12..UTC+14), another timestamp's a whole number of
    hours (up to 14), or the timestamp is in UTC and the shown day (no time) lies
    on the side of midnight the UTC hour points to. A timestamp that is a bare day
    (a "sailthru.date" meta, a DC.date) is UTC's day for a time printed on the side
    of noon that allows it, at the page's own offset where it states one
    (``offsets``, :func:`_utc_day_of`)."""
    gap_days = abs((date.fromisoformat(shown_day[:10]) - date.fromisoformat(published[:10])).days)
    if gap_days != 1:
        return False
    if "T" not in published:
        return _utc_day_of(published, shown_day, offsets)
    stamp = datetime.fromisoformat(published[:16])  # to the minute: pages print no seconds
    shown = datetime.fromisoformat(shown_day[:16] if "T" in shown_day else shown_day[:10])
    utc = published.endswith(("+00:00", "Z"))
    if "T" in shown_day and utc:  # the printed time minus the UTC one: the page's offset
        return _usable_offset(shown - stamp)
    if "T" in shown_day:
        gap = abs(shown - stamp)
        return gap <= _MAX_ZONE_SHIFT and gap.total_seconds() % 3600 == 0
    return utc and (stamp.hour >= 10 if shown > stamp else stamp.hour < 14)


def _utc_day_of(day: str, shown: str, offsets: tuple[str, ...] = ()) -> bool:
    """Whether a bare ``day`` one day from the local moment ``shown`` (with its
    time) is that moment's day in UTC. Where the page states its offset (the zone
    printed with ``shown``, else the page's other timestamps' ``offsets``), only
    when that offset takes the moment to ``day`` (a +02:00 page's "23:30" is the
    next UTC day's, its "20:08" is not). Where it states none: the next day for a
    time at or after noon (UTC is at most 12 hours ahead of a zone), the day before
    for one before 14:00 (at most 14 hours behind). A shown day without a time
    settles nothing.

    >>> _utc_day_of("2014-06-30", "2014-06-29T20:08"), _utc_day_of("2014-06-30", "2014-06-29T08:08")
    (True, False)
    >>> _utc_day_of("2014-06-28", "2014-06-29T09:00"), _utc_day_of("2014-06-30", "2014-06-29")
    (True, False)
    >>> _utc_day_of("2014-06-30", "2014-06-29T20:08", ("+02:00",)), _utc_day_of("2014-06-30", "2014-06-29T20:08", ("-05:00",))
    (False, True)
    >>> _utc_day_of("2014-06-30", "2014-06-29T20:08:00+02:00"), _utc_day_of("2014-06-28", "2014-06-29T01:30", ("+02:00",))
    (False, True)
    """
    if "T" not in shown:
        return False
    try:
        seen = datetime.fromisoformat(shown)
    except ValueError:
        return False
    stated = [seen.utcoffset()] if seen.tzinfo is not None else [_as_offset(text) for text in offsets]
    usable = [offset for offset in stated if offset is not None and _usable_offset(offset)]
    if usable:
        local = seen.replace(tzinfo=None)
        return any((local - offset).date().isoformat() == day for offset in usable)
    return seen.hour >= 12 if day > shown[:10] else seen.hour < 14


# A day standing as the URL's own path part: "/2024/05/03/", "/20240503", an end
# part "/03-05-2024" or a filing stamp; never digits opening a slug
# ("/2024/01/5-things-to-know", "/2024/01/15-best-restaurants") or an id's run.
_URL_SEGMENT_DAY = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{6}(?![0-9])"
    r"|/(?:19|20)[0-9]{2}([/_.-])[01]?[0-9]\1[0-3]?[0-9](?:/|\.html?$|$)"
    r"|/[0-3]?[0-9]([_.-])[01]?[0-9]\2(?:19|20)[0-9]{2}(?:/|$)")
_FILED_WITHIN = 7  # days: an update printed later than the URL's day, not another story's date


_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)")


def _read_the_other_way(settled: str, in_url: str, printed_raw: str | None) -> bool:
    """Whether the day printed by the headline (``settled``), read from a numeric
    date that names both months ("06/01/2026"), is the URL's day (``in_url``) with
    day and month swapped: the page writes its dates the other way round from the
    reading its language suggests (an English-language page of a European site
    prints the day first). No other day in the URL is taken so: the URL's day may
    be another event's; a date that can be read both ways and gives the URL's day
    one way is the same day.

    >>> _read_the_other_way("2026-06-01T13:55:00", "2026-01-06", "Published on 06/01/2026 - 13:55")
    True
    >>> _read_the_other_way("2026-06-01", "2026-01-06", "June 1, 2026")
    False
    >>> _read_the_other_way("2026-06-01", "2026-01-07", "06/01/2026")
    False

    The same when the day was read day first (an "en" page on a day-first country's
    domain, :func:`.date_language`) and the URL's day is the month-first reading: a
    US site on a .com.au or .co.uk domain.

    >>> _read_the_other_way("2026-01-06", "2026-06-01", "Published on 06/01/2026")
    True

    Only the numeric date the day was read from (the line's first date, month
    first), with slashes or dashes: "Posted June 1, 2026 (filed 1/6/26)" names June
    1 by name, and a dotted date ("01.06.2026") is never month first.

    >>> _read_the_other_way("2026-06-01", "2026-01-06", "Posted June 1, 2026 (filed 1/6/26)")
    False
    >>> _read_the_other_way("2026-06-01", "2026-01-06", "Veröffentlicht am 01.06.2026")
    False
    """
    day = settled[:10]
    if printed_raw is None or day == in_url or f"{day[:4]}-{day[8:10]}-{day[5:7]}" != in_url:
        return False
    raw = printed_raw[:300]
    m = _NUMERIC_DATE.search(raw)
    if m is None or m.group(1) == ".":
        return False
    first = find_date_span(raw)
    one, two = (int(n) for n in re.split(r"[./-]", m.group())[:2])
    # read month first (an "en" page) or day first (an "en" page on a .uk or .au domain)
    return first is not None and first[1] == m.start() and (int(day[5:7]), int(day[8:10])) in ((one, two), (two, one))


def _filed_under(url: str, in_url: str, settled: str, printed_raw: str | None) -> bool:
    """Whether the URL's day (``in_url``) is the day the story was filed under,
    so that it beats the later day ``settled`` printed by the headline: the
    day stands as a path part of its own, the printed one is at most a week
    later (an update's), and the printed line is not labelled the page's own
    publication ("Posted January 12")."""
    if (date.fromisoformat(settled[:10]) - date.fromisoformat(in_url)).days > _FILED_WITHIN:
        return False
    if printed_raw and names_publication(printed_raw):
        return False
    path = urlsplit(url).path
    return bool(_URL_SEGMENT_DAY.search(path) or _URL_STAMP.search(path))
