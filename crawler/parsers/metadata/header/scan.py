"""The header scan (:func:`scan_header`): the lines after the headline, read one by
one through the bounded window, then the lines above it and the standfirst."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.author_marks import author_link
from crawler.parsers.metadata.authors import looks_like_byline
from crawler.parsers.metadata.date_labels import other_label
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.header.above import (
    byline_above,
    marked_time_before,
    publication_box,
    scan_date_before,
)
from crawler.parsers.metadata.header.bounds import (
    COMMENT,
    SKIP_HINT,
    TEXT_TAGS,
    WINDOW_AFTER,
    byline_in_aside,
    headline_box,
    in_skipped_region,
    short_box,
    story_module,
    within,
)
from crawler.parsers.metadata.header.bylines import byline
from crawler.parsers.metadata.header.datelines import (
    RUN_EDGES,
    RUN_SEPARATORS,
    dateline_mark,
    read_time_element,
    with_their_times,
)
from crawler.parsers.metadata.header.dek import DEK_HINT, find_dek
from crawler.parsers.metadata.header.headline import marked_title
from crawler.parsers.metadata.header.headline_text import headline_core, headline_text, label_and_text
from crawler.parsers.metadata.header.lines import read_line
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.header.updates import labels_update
from crawler.parsers.metadata.sections import MenuLinks, header_section
from crawler.parsers.metadata.walk import (
    AUTHOR_HINT,
    MAX_ATTR_CHARS,
    OTHER_REGION,
    attrs_of,
    following,
    in_furniture,
    text_of,
)


def scan_header(doc: Any, found: tuple[Any, bool], language: str | None, host: str | None = None,
                menus: MenuLinks | None = None) -> HeaderScan:
    """Read byline, date, reading time, section and tags near the headline (``host``:
    the page's, whose links may open its section listings; ``menus``: its menus' links)."""
    scan = HeaderScan()
    headline, is_title = found
    if headline is None:
        return scan
    if is_title:
        scan.headline = headline_text(headline) or None
        scan.headline_core = headline_core(headline)
        scan.headline_labelled = scan.headline_core is not None and scan.headline_core == label_and_text(headline)
        scan.headline_marked = headline.tag == "h1" and marked_title(headline)
    _scan_after(headline, scan, language)
    if not scan.authors:
        byline_above(headline, scan, language)
    scan.section = header_section(headline, host, menus) or scan.section
    if scan.time_datetime is None and scan.date_text is None:
        scan_date_before(headline, scan, language)
    elif scan.time_element is not None and not publication_box(scan.time_element):
        marked_time_before(headline, scan)
    elif (scan.time_datetime is None and scan.date_element is not None
          and not publication_box(scan.date_element)):
        marked_time_before(headline, scan, language, printed=True)
    if scan.time_datetime is None and scan.update_marked is not None and (
            scan.date_text is None or (scan.date_element is not None
                                       and not dateline_mark(scan.date_element, scan.update_marked[2]))):
        scan.date_text, scan.date_raw, scan.date_element = scan.update_marked  # the header's one dateline
    scan.dek = find_dek(headline, scan)
    return scan


def _scan_after(headline: Any, scan: HeaderScan, language: str | None) -> None:
    """The lines after the headline, up to the story text, the next headline or
    a nested <article>: byline, dateline, "Updated" line, reading time."""
    long_paragraphs = 0
    memo: dict[Any, bool] = {anc: False for anc in headline.iterancestors()}
    around = set(memo)
    memo[headline] = False
    after_done = 0
    # A headline outside any <article> (a CMS page-title block above the node) may
    # read on into the first <article> after it, unless that one has its own h1;
    # any other <article> (a nested card, a comment, a teaser) ends the header.
    # The story's <article> ends the header too: short paragraphs never end the
    # scan, and a "more stories" box after </article> holds other stories' lines.
    story = next(headline.iterancestors("article"), None)
    entered = story is not None
    if story is not None and headline_box(story, headline):
        story = None  # an <article> round the headline alone: the byline may follow it
    inside: dict[Any, bool] = {}
    for el in following(headline, WINDOW_AFTER):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "h1" or (story is not None and not within(el, story, inside)):
            break
        # a teaser card in a sidebar between the headline and the byline is
        # furniture, not the next story: it neither ends the header nor dates it
        furniture = in_furniture(el, memo)
        if furniture and not scan.authors and byline_in_aside(el):
            _aside_byline(scan, el)
        if tag == "article" and not furniture and not story_module(el):
            if entered or next(el.iter("h1"), None) is not None:
                break
            entered, story = True, (None if short_box(el) else el)  # a card: no story to end at
        if tag == "time" and scan.time_datetime is None and not furniture:
            read_time_element(scan, el)
            if scan.time_datetime is not None and in_skipped_region(el, around, OTHER_REGION):
                scan.time_datetime = scan.date_raw = None  # another page's date
        if furniture or tag not in TEXT_TAGS:
            continue
        if scan.authors and (scan.date_text or scan.time_datetime):
            after_done += 1
            if after_done > 12:
                break
        attrs = attrs_of(el)
        if attrs and SKIP_HINT.search(attrs) and (not AUTHOR_HINT.search(attrs) or COMMENT.search(attrs)):
            continue  # ("comment-author": a commenter, not the story's author)
        if len(el) > 12 and tag != "time":
            continue  # a container: its children are read one by one
        text = text_of(el, 300, " ")
        if not text:
            continue
        if scan.first_line is None and headline not in el.iterancestors():
            scan.first_line = text  # (a kicker's span inside the headline is no line after it)
        if tag == "p" and _long_paragraph(text, attrs):
            long_paragraphs += 1
            if long_paragraphs >= 2:
                break
            scan.story_begun = scan.as_of_text is not None  # (a "Stand:" row was the date row)
            continue
        _read_header_line(scan, el, (text, attrs), language, around, long_paragraphs)


def _read_header_line(scan: HeaderScan, el: Any, line: tuple[str, str], language: str | None,
                      around: set[Any], long_paragraphs: int) -> None:
    """A short line of the header (``line``: its text and attributes), then a
    bare-text byline after it while no long paragraph has begun the story."""
    text, attrs = line
    if len(text) <= 250:
        _read_own_line(scan, el, text, attrs, language, around)
    if not scan.authors and not long_paragraphs:
        _tail_byline(scan, el, language, around)


# Letters of the dense scripts (Han, kana, Hangul syllables): one says about what two
# Latin letters do ("관계자에 따르면 사업은 예정대로 진행되고 있으며" is a line of
# a story's text in 25 characters).
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_LONG_PARAGRAPH = 200  # characters (a dense script's counting twice) of a paragraph of the story


def _long_paragraph(text: str, attrs: str) -> bool:
    """Whether ``text`` (at most 300 characters) is a paragraph of the story's text, no
    header line: over ``_LONG_PARAGRAPH`` characters, a Korean, Japanese or Chinese one's
    letters counting twice (a Korean paragraph of 150 characters is one); not twice in a
    paragraph marked as the standfirst (``attrs``: "summary", "lead"), which a Chinese
    page may print in two such paragraphs over its date and source line."""
    dense = 0 if attrs and DEK_HINT.search(attrs) else len(_DENSE.findall(text))
    return len(text) + dense > _LONG_PARAGRAPH


# A bare text's by-word opening: "by Jane Doe / January 19, 2017 /".
_TAIL_BY = re.compile(r"(?:by|von|par|por)\s+\S", re.IGNORECASE)
_TAIL_AFTER = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})
_MAX_TAIL_NAMES = 3


def _tail_byline(scan: HeaderScan, el: Any, language: str | None, around: set[Any]) -> None:
    """A byline printed as bare text right after the headline's standfirst, in no
    element of its own ("<h3 class=subtitle>..</h3> by Jane Doe / January 19, 2017 /"
    in a WordPress theme's post-info box): read only as a by-word line opening the
    text after a heading or paragraph, naming up to three people, outside related
    lists and comments."""
    if el.tag not in _TAIL_AFTER or (parent := el.getparent()) is None:
        return
    tail = " ".join((el.tail or "").split())
    if not tail or len(tail) > 120 or not _TAIL_BY.match(tail) or not looks_like_byline(tail):
        return
    _read_own_line(scan, parent, tail, "", language, around)
    if len(scan.authors) > _MAX_TAIL_NAMES or any(len(n.split()) < 2 for n in scan.authors):
        scan.authors, scan.byline_raw = [], None
    elif scan.authors and scan.date_text is None and not scan.story_begun:
        _tail_date(scan, parent, tail, language)


def _tail_date(scan: HeaderScan, box: Any, tail: str, language: str | None) -> None:
    """The date of a bare-text byline (:func:`_tail_byline`: "by Jane Doe / January
    19, 2017 /"): its box's text opens with the standfirst, so the box's line puts
    the date too deep to be a dateline's; the byline's own text prints it."""
    dated = find_date_span(tail, language)
    if dated is None or other_label(tail[:dated[1]]) or labels_update(tail):
        return
    parts = [part.strip(RUN_EDGES) for part in with_their_times(RUN_SEPARATORS.split(tail))]
    shown = [part for part in parts if (found := find_date_span(part, language)) and found[0][:10] == dated[0][:10]]
    scan.date_text, scan.date_raw, scan.date_element = dated[0], tail, box
    scan.date_shown = min(shown, key=len) if shown else None


# An author class of someone else's role in a box beside the text: a reviewed book's
# author, an expert's or an interviewee's card, a pull quote's source (review 20).
_OTHER_ROLE = Caseless(r"book|buch|expert|quote|zitat|person|interview")


def _aside_byline(scan: HeaderScan, el: Any) -> None:
    """The byline of an author box in the story's <aside> (:func:`byline_in_aside`);
    its dates are left to the header's other lines. The box must say it names the
    writer: a by-word or an author label ("von X", "Autor: X") or a link to an author
    page; a class alone is a book's, an expert's or a quote's author as often. Never
    one word alone ("Zur Person: Lena Vogt" read as "Zur")."""
    text = text_of(el, 300, " ")
    if not text or len(text) > 250 or len(el) > 12 or _OTHER_ROLE.search(attrs_of(el, MAX_ATTR_CHARS)):
        return
    if not (looks_like_byline(text) or any(author_link(a) for a in islice(el.iter("a"), 12))):
        return
    byline(scan, text, attrs_of(el), el)
    if any(len(name.split()) < 2 for name in scan.authors):
        scan.authors, scan.byline_raw = [], None
    scan.byline_aside = bool(scan.authors)


def _read_own_line(scan: HeaderScan, el: Any, text: str, attrs: str, language: str | None,
                   around: set[Any]) -> None:
    """:func:`read_line`, but a byline or date found in (or as) a related list, a
    widget or a comment thread not holding the headline (``around``) is dropped."""
    dated = scan.date_text is not None
    read_line(scan, el, text, attrs, language)
    if scan.authors and scan.byline_raw == text and in_skipped_region(el, around):
        scan.authors, scan.byline_raw = [], None  # a related story's or a comment's byline
    if scan.date_text and (not dated or scan.date_raw == text) and (
            in_skipped_region(el, around, OTHER_REGION) or _teaser_date(el)):
        scan.date_text = scan.date_raw = scan.date_shown = scan.date_element = None  # a widget's, a related story's or a comment's date


_TEASER_WORDS = 3  # words of a link's text that make it another story's headline


def _teaser_date(el: Any) -> bool:
    """A date printed right after a link to another story, nothing but spaces between
    ("<a href=/2024/05/x.html>Council approves the budget</a> <font>(13.10.2024)</font>",
    an old site's list of other stories in its section, with no class naming it):
    that story's date. Not a link of one or two words (a writer's name, a place)."""
    prev = el.getprevious()
    if prev is None or prev.tag != "a" or (prev.tail or "").strip() or not (prev.get("href") or "").strip():
        return False
    return len(text_of(prev, 200).split()) >= _TEASER_WORDS and not AUTHOR_HINT.search(attrs_of(prev))
