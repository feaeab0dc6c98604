"""Datelines in the header: a ``<time>`` element's date, the element printing a
line's date alone, update stamps, captions and other stories' dates left out of a
line, header rows and documents' own dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.date_labels import names_publication, other_label
from crawler.parsers.metadata.dates import find_date_span, normalise_date
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.header.updates import (
    PUBLISHED_HINT,
    UPDATED_HINT,
    UPDATED_LABEL,
    labels_update,
)
from crawler.parsers.metadata.walk import CAPTION_HINT, OTHER_REGION, attr, attrs_of, text_of
from crawler.parsers.selectors import ALL_HEADING_TAGS

DATE_HINT = Caseless(r"date|time|publish|posted|datum|fecha|meta|byline|info|dateline")


# The sentence broadcasters print by a story to name the programme that covered its
# topic and when it aired: "Über dieses Thema berichtete die tagesschau am <date>"
# (the ARD's sites: tagesschau.de, br.de, ndr.de, mdr.de, swr.de, wdr.de, hr.de),
# "Dieses Thema im Programm: MDR AKTUELL | <date>", "Sendung vom", "aired on",
# "broadcast on": the airing's day, which may be before or after the page's.
# The note's words run up to the <time>: a by-word's "am" / "on" ends them ("berichtete X
# am", "aired on BBC One on"), and no separator of a byline's parts ("·", "|") stands
# between ("Anna Müller berichtet aus Kiew · <time>", "By Jane Doe, broadcast
# journalist · <time>": a correspondent's dateline, the page's own date).
_BROADCAST_NOTE = re.compile(r"(?:\b(?:berichtet(?:e|en)?|gesendet|ausgestrahlt)\b[^.!?·|•]{0,80}\bam"
                             r"|\b(?:aired|broadcast)\b[^.!?·|•]{0,80}\b(?:on|at)"
                             r"|\bsendung\s+vom)\s*:?\s*$"
                             r"|\bim\s+programm\b[^.!?]{0,80}$", re.I)
_BEFORE_CHARS = 200  # characters of the line before a <time> read for its label
_BEFORE_SIBLINGS = 12  # elements before it in its parent read for them (a line holds few)


def airing(before: str) -> bool:
    """Whether a line's words before its date are a broadcast note's ("Aired on BBC
    One on 1 January 2024" printed in one element: the airing's day, as in a <time>
    after the words, :func:`in_broadcast_note`)."""
    before = before[-_BEFORE_CHARS:]
    return bool(before.strip()) and _BROADCAST_NOTE.search(" ".join(before.split())) is not None


def in_broadcast_note(el: Any) -> bool:
    """Whether the words before ``el`` in its parent's line (its parent's text and
    its preceding siblings', at most :data:`_BEFORE_CHARS` characters and
    :data:`_BEFORE_SIBLINGS` elements) end in a broadcast note's
    (:data:`_BROADCAST_NOTE`): ``el`` dates an airing."""
    parent = el.getparent()
    if parent is None:
        return False
    parts: list[str] = []
    size, whole = 0, True
    for count, sib in enumerate(el.itersiblings(preceding=True)):
        if count >= _BEFORE_SIBLINGS or size >= _BEFORE_CHARS:
            whole = False  # the line's start is further back: its words there are not read
            break
        shown = text_of(sib, _BEFORE_CHARS, " ") if isinstance(sib.tag, str) else ""
        piece = " ".join(filter(None, (shown, (sib.tail or "")[-_BEFORE_CHARS:])))
        parts.append(piece)
        size += len(piece)
    if whole:
        parts.append((parent.text or "")[-_BEFORE_CHARS:])
    return airing(" ".join(reversed(parts)))


def read_time_element(scan: HeaderScan, el: Any) -> None:
    """A <time datetime> that is not an "updated" stamp (by its markup or its
    printed label, "Updated Nov 19, 9:41 AM") nor an airing's in a broadcast note
    (:func:`in_broadcast_note`): the publication time."""
    value = normalise_date(el.get("datetime") or "")
    shown = text_of(el, 100)
    if value and not UPDATED_HINT.search(attrs_of(el)) and not in_broadcast_note(el) and not (
            UPDATED_LABEL.match(shown) and not PUBLISHED_HINT.search(shown)) and not _in_update_box(el):
        scan.time_datetime, scan.time_element = value, el
        scan.date_raw = scan.date_raw or shown or el.get("datetime")


_LABEL_CHARS = 40  # characters of the box's text before a <time> read for its label


def _in_update_box(el: Any) -> bool:
    """Whether the <time> ``el`` is an update's by its box: the box holding it is
    marked as an update's and not also as the publication's (WordPress's block
    theme: "<div class='wp-block-post-date__modified-date wp-block-post-date'>"),
    or the box's text right before it is an "updated" label ("<div>Last updated
    <time datetime=...>"; Dutch "Laatst gewijzigd"). Themes print such a box before
    the post's own date as often as after it."""
    parent = el.getparent()
    if parent is None:
        return False
    marks = attrs_of(parent)
    if marks and UPDATED_HINT.search(marks) and not PUBLISHED_HINT.search(marks):
        return True
    before = el.getprevious()
    label = ((before.tail if before is not None else parent.text) or "")[-_LABEL_CHARS:]
    found = UPDATED_LABEL.search(label)
    return found is not None and not label[found.end():].strip() and not PUBLISHED_HINT.search(label)


_OWN_DATE_DEPTH = 40  # elements of a dateline's line searched for the one holding its date alone


def own_date_text(el: Any, line: str, dated: tuple[str, int], language: str | None) -> str:
    """The text of the element inside the dateline ``el`` that prints its date
    ``value`` alone (the shortest that gives the same value: "22 kwietnia 2021" in
    "#Topic <span>22 kwietnia 2021</span> 4 min read"; ``dated``: the line's date and
    where it starts), else ``line``: the
    provenance's raw date is the date as printed, not the row around it. The line
    stays when it names the date's publication or update or another event ("Posted",
    "Updated", "Release:"), which the settling of the day reads."""
    value = dated[0]
    if names_publication(line) or labels_update(line) or other_label(line[:dated[1]]):
        return line
    best = line
    for own in _own_texts(el):
        if len(own) < len(best) and (found := find_date_span(own, language)) is not None and found[0] == value:
            best = own
    return best


def _own_texts(el: Any) -> Iterator[str]:
    """The texts of the elements inside ``el`` and the parts of its plain text runs
    between them ("22 kwietnia 2021" in "<a>#Topic</a> 22 kwietnia 2021 <span>4
    min</span>", "March 3, 2024" between two ``<br>``, "3. August 2015" of "3. August
    2015 · Filed under <a>...</a>"), each with its spaces collapsed."""
    runs = [el.text] if el.text else []
    for child in islice(el.iterdescendants(), _OWN_DATE_DEPTH):
        if isinstance(child.tag, str):
            yield text_of(child, 100)
        if child.tail:
            runs.append(child.tail)
    for run in runs:
        for part in with_their_times(RUN_SEPARATORS.split(" ".join(run[:200].split()))):
            part = _RUN_BY_END.sub("", part.strip(RUN_EDGES))
            if part:
                yield part


def with_their_times(parts: list[str]) -> list[str]:
    """A text run's parts (split with their separators kept), each joined to the bare
    time printed after it, or else before it: "June 3, 2024 · 10:30 AM" and "21:54 |
    19 January 2017" are one date each, not a day and a time apart. A part that prints
    its own time keeps it alone ("13:15 Uhr - 19:00 Uhr" is an event's hours).

    >>> with_their_times(RUN_SEPARATORS.split("Jane Doe · June 3, 2024 · 10:30 AM · 3 min read"))
    ['Jane Doe', 'June 3, 2024 · 10:30 AM', '3 min read']
    >>> with_their_times(RUN_SEPARATORS.split("30. März 2020, 13:15 Uhr - 19:00 Uhr"))
    ['30. März 2020, 13:15 Uhr', '19:00 Uhr']
    >>> with_their_times(RUN_SEPARATORS.split("by Jane Doe / 21:54 | 19 January 2017 /"))
    ['by Jane Doe', '21:54 | 19 January 2017 /']
    """
    joined: list[str] = []
    waiting = ""  # a bare time and its separator, before the date it goes with
    for i in range(0, len(parts), 2):
        part = parts[i]
        if _BARE_TIME.match(part.strip()):
            if joined and _timeless_date(joined[-1]) and not waiting:
                joined[-1] += parts[i - 1] + part
                continue
            if i + 2 < len(parts) and _timeless_date(parts[i + 2]):
                waiting = part + parts[i + 1]
                continue
        joined.append(waiting + part)
        waiting = ""
    return joined


def _timeless_date(part: str) -> bool:
    """Whether a text run's part holds a number (a date's) and no time of its own."""
    return _DIGIT.search(part) is not None and _HAS_TIME.search(part) is None


# A text run's parts: separated by a bar, a dot or a spaced slash or dash ("· Filed
# under", "/ Keine Kommentare"; not the dashes and slashes of "2018-09-16", "03/05/2024").
RUN_SEPARATORS = re.compile(r"(\s*[|·•]\s*|\s+[/–—-]\s+)")  # (kept: a time's part joins its date's)
# A part that is a time alone ("10:30 AM", "14:35 Uhr", "9.05 pm EDT").
_BARE_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:\(?[A-Z]{2,5}\)?)?$",
                        re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_HAS_TIME = re.compile(r"\d{1,2}[:h]\d{2}(?!\d)|\buhr\b|\b[ap]\.?m\b", re.IGNORECASE)
RUN_EDGES = " ,;:/|·•–—-"
_RUN_BY_END = re.compile(r"\s+(?:by|von|par|por|door)$", re.IGNORECASE)  # "... 7:45 am PST by <a>Joe</a>"


def dateline_mark(el: Any, update: Any) -> bool:
    """Whether ``el``, a date's line read after a box marked as an update's
    (``update``), may be a dateline: anything but a plain paragraph of running text
    (a ``<p>`` with no class or id, longer than a date line: the story's "On 1
    April 2024 the council ..."), or printed right after the update's box ("<time
    class=updated>May 3</time><span>May 4</span>"). Where the header prints no
    other dateline, the update box's date is the page's (hAtom's "updated" is as
    often a theme's only date)."""
    return (el.tag != "p" or bool(attrs_of(el)) or len(text_of(el, 100, " ")) <= BARE_DATE_LINE
            or any(sib is el for sib in islice(update.itersiblings(), 3)))


def marked_update(el: Any, attrs: str) -> bool:
    """A ``<time>`` or a box with no elements inside marked as an update's by its
    class or id ("updated", "date-modified"), not also as the publication's
    (WordPress marks an unrevised post's one date "entry-date published
    updated"): its printed date is a revision's, which :func:`read_time_element`
    already passes over in its ``datetime`` ("<time class=updated>29. Dezember
    2022</time><time class='entry-date published'>30. Dezember 2022</time>": a
    post scheduled the day before it went up, the update's stamp printed first)."""
    return ((el.tag == "time" or len(el) == 0) and bool(attrs) and bool(UPDATED_HINT.search(attrs))
            and not PUBLISHED_HINT.search(attrs))


_MACHINE_STAMP = re.compile(r"\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


_INSIDE_READ = 40  # elements inside a line looked at for captions, other stories, update stamps


def marked_inside(el: Any) -> list[tuple[Any, str]]:
    """The elements among the first :data:`_INSIDE_READ` nodes inside ``el``, each with
    its marking attributes (:func:`attrs_of`): read once for the three filters of a
    line (:func:`without_update_stamps`, :func:`without_captions`,
    :func:`without_other_stories`), which each walked them."""
    if len(el) == 0:
        return []
    return [(d, attrs_of(d)) for d in islice(el.iterdescendants(), _INSIDE_READ) if isinstance(d.tag, str)]


def without_captions(inner: list[tuple[Any, str]], text: str) -> str:
    """The line's text less the captions inside it (a picture's box read as one
    line: "Lego <span class=caption>Lego feiert von 1. bis 8. Mai 2022 …</span>"):
    a caption's dates are the pictured event's. ``inner``: :func:`marked_inside`."""
    for d, _ in inner:
        if CAPTION_HINT.search(attr(d, "class")):  # (not <figcaption> alone:
            # some templates set the byline and date in one)
            shown = text_of(d, 300, " ")
            if shown and shown in text:
                text = " ".join(text.replace(shown, " ", 1).split())
    return text


def without_other_stories(inner: list[tuple[Any, str]], text: str, language: str | None) -> str:
    """The line's text less the boxes inside it that hold other pages (a related
    list, a recent-posts widget, a comment: ``OTHER_REGION``): a box read as one
    line ("<section><div class=related>Old story 2. April 2023</div><ul
    class=post-info>12. Mai 2023</ul></section>") holds their dates too. Only a
    box printing a date and holding a link or a heading is cut (a comment count's
    "0" is no story of its own; a page builder's field widget, JetEngine's
    "jet-listing-dynamic-field", prints the post's own date alone). ``inner``:
    :func:`marked_inside`."""
    for d, attrs in inner:
        if OTHER_REGION.search(attrs) and _teaser(d):
            shown = text_of(d, 300, " ")
            if shown and shown in text and find_date_span(shown, language) is not None:
                text = " ".join(text.replace(shown, " ", 1).split())
    return text


def _teaser(box: Any) -> bool:
    """Whether a box holds a link or a heading, as another story's teaser does (a link
    to a day's archive, "/2023/05/12/", is the post's own date in a page builder's field)."""
    return any(isinstance(d.tag, str) and ((d.tag == "a" and not _DAY_ARCHIVE.search(d.get("href") or ""))
                                           or d.tag in ALL_HEADING_TAGS) for d in islice(box.iter(), 100))


_DAY_ARCHIVE = re.compile(r"/\d{4}/\d{2}/(?:\d{2}/?)?$")  # a date linked to its day's archive: the post's own


def without_update_stamps(marked: list[tuple[Any, str]], text: str) -> str:
    """The line's text less its modified-date elements: themes print the "updated"
    time beside the published one and hide it with CSS (GeneratePress puts
    ``<time class="updated">`` first) or print it as a raw timestamp for search
    engines (Avada's ``<span class="updated rich-snippet-hidden">2025-02-11T16:20``).
    An element is one when its markup says updated but not published, and the line
    also marks a published date or the element's text is a machine timestamp.
    ``marked``: :func:`marked_inside`."""
    updated = [d for d, a in marked if a and UPDATED_HINT.search(a) and not PUBLISHED_HINT.search(a)]
    if not updated:  # (most lines: no "updated" element, no need to know of a published one)
        return text
    published = any(PUBLISHED_HINT.search(a) for _, a in marked if a)
    for d in updated:
        shown = text_of(d, 100, " ")
        if shown and (published or _MACHINE_STAMP.match(shown)) and shown in text:
            text = " ".join(text.replace(shown, " ", 1).split())
    return text


# "Stand: 08.07.2026 05:00 Uhr" opening a line: the version shown ("as of").
AS_OF = re.compile(r"\s*stand\b", re.I)
# The marks of a header row's box: a dateline's, a byline's, a header's.
_ROW_HINT = re.compile(r"date|time|publish|posted|datum|meta|byline|info|dateline|changed|updated|stand|"
                       r"head", re.I)


def header_row(el: Any) -> bool:
    """Whether a line after the headline is printed in the header's date row: a
    ``<time>``, or a box (the line or one of its three nearest ancestors below the
    story's <article>/<main>) that is a <header> or is marked as a date, byline or
    header box. Not any line by the headline: a table's note ("Stand: 01.01.2024")
    dates the table (the first line after the headline is the header row, marked
    or not: :attr:`HeaderScan.first_line`)."""
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > 3 or node.tag in ("article", "main", "body"):
            return False
        if node.tag in ("time", "header") or _ROW_HINT.search(attrs_of(node)):
            return True
    return False


_YEAR = re.compile(r"(?:19|20)\d{2}\b")
_SENTENCE_WORDS = 12
_SET_APART = tuple("–—-|:(")


def date_in_sentence(line: str, start: int, tag: str, attrs: str) -> bool:
    """A paragraph of the story that opens with a date as part of its sentence
    ("Am 25. Mai 2024 feiert der Chor sein Jubiläum mit einem Konzert."): the
    day of an event, not the page's. A dateline opening a press release's first
    paragraph ("Hamburg, 05.03.2024 – Die Firma ...") sets the date apart with a
    dash, a bar or a colon; a listing's "Sa., 22.01.2022, 9:00 – 17:00 Uhr: ..." does not.
    A standfirst cut short with an ellipsis ("... avant la fin…") is such a paragraph too."""
    if tag != "p" or DATE_HINT.search(attrs) or len(line.split()) <= _SENTENCE_WORDS \
            or not line.rstrip().endswith((".", "!", "?", "…")):
        return False
    year = _YEAR.search(line, start, start + 40)
    return year is not None and line[year.end():].lstrip()[:1] not in _SET_APART


_DOCUMENT_OF_END = re.compile(
    r"^\W*(?:\w+\s+)?(?:pressemitteilung|pressemeldung|presseinformation|medienmitteilung|mitteilung|"
    r"bekanntmachung|communiqué(?:\s+de\s+presse)?|comunicato(?:\s+stampa)?|nota\s+stampa|"
    r"comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa)"
    r"(?:\s+(?:nr\.?|no\.?|n°|n\.|núm\.?)\s*[\w/.-]+)?\s+(?:vom|du|del)\s*$", re.I)


def document_dateline(text: str, dated: tuple[str, int]) -> bool:
    """A short line opening with a document's noun, its date after "vom" / "du" /
    "del" ("Pressemitteilung Nr. 45/2024 vom 05.03.2024")."""
    return len(text) < 80 and _DOCUMENT_OF_END.match(text[:dated[1]]) is not None


# A line right above the headline that is a date and nothing else: at most this many
# characters ("Freitag, 26. April 2024, 14:36 Uhr", "6 May 2022 - 2:00 a. m.").
BARE_DATE_LINE = 40
