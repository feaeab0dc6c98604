"""One short line of the header after the headline: its byline, dateline, "Updated"
date, reading time and printed section label."""

from __future__ import annotations

import functools
import re
from itertools import islice
from typing import Any

from lxml import etree

from crawler.parsers.metadata.authors import desk_alone, looks_like_byline
from crawler.parsers.metadata.date_labels import event_hours, other_label, range_start
from crawler.parsers.metadata.dates import find_date_span, normalise_date, parse_reading_time
from crawler.parsers.metadata.header.bylines import byline
from crawler.parsers.metadata.header.datelines import (
    AS_OF,
    DATE_HINT,
    airing,
    date_in_sentence,
    document_dateline,
    header_row,
    in_broadcast_note,
    marked_inside,
    marked_update,
    own_date_text,
    without_captions,
    without_other_stories,
    without_update_stamps,
)
from crawler.parsers.metadata.header.headline_text import line_text
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.header.updates import (
    PUBLISHED_HINT,
    before_update,
    labels_update,
    own_date_before_update,
    past_update,
    updated_date,
)
from crawler.parsers.metadata.walk import text_of

_MINUTES = re.compile(r"\d\s*-?\s*min|min[^\W\d]*\s*\d|\d\s*минут|PT\d", re.I)


def _reading_time_line(text: str) -> bool:
    """Whether ``text`` prints a reading time (:data:`_MINUTES`). An ASCII line
    without "min" or "pt" (any case) holds none: each branch that can match ASCII
    text has one of them, and on ASCII text case is all ``re.I`` folds; asked first,
    the cheap way."""
    if text.isascii():
        lower = text.lower()
        if "min" not in lower and "pt" not in lower:
            return False
    return _MINUTES.search(text) is not None


def _update_box_date(el: Any, text: str, language: str | None) -> tuple[str, str, Any] | None:
    """The date an update's box prints at its start, or, for a ``<time>`` that
    prints none ("Today 12:34pm", a blog theme's relative stamp), the publication stamp
    its entry marks (:func:`_entry_published`), else its own ``datetime``: the page's
    date when the header names no other (:attr:`HeaderScan.update_marked`)."""
    dated = find_date_span(text, language)
    if dated is not None and dated[1] == 0:
        return dated[0], text, el
    if el.tag != "time" or dated is not None:
        return None
    published = _entry_published(el)
    if published is not None:
        return published
    stamp = normalise_date(el.get("datetime"))
    return (stamp, text, el) if stamp is not None else None


# hAtom's "published" class token and schema.org's microdata property: an entry marking
# its publication stamp so (``<abbr class="published" title="...">``, after the "updated"
# one or at the story's foot) is dated there; its "updated" stamp is an update's.
_PUBLISHED_MARK = etree.XPath('(.//*[contains(concat(" ", normalize-space(@class), " "), " published ") '
                              'or @itemprop="datePublished"])[position() <= 3]')
_ENTRY = re.compile(r"(?<![^\s])(?:hentry|h-entry)(?![^\s])")
_ENTRY_DEPTH = 12


def _entry_published(el: Any) -> tuple[str, str, Any] | None:
    """The publication stamp (``datetime``, ``title`` or ``content``) of another element of
    ``el``'s entry (its nearest ``<article>`` or hAtom "hentry" ancestor) marked published."""
    entry = next((a for a in islice(el.iterancestors(), _ENTRY_DEPTH)
                  if a.tag == "article" or _ENTRY.search(a.get("class") or "")), None)
    for mark in _PUBLISHED_MARK(entry) if entry is not None else ():
        stamp = normalise_date(mark.get("datetime") or mark.get("title") or mark.get("content")) if mark is not el else None
        if stamp is not None:
            return stamp, text_of(mark, 80, " "), mark
    return None


def read_line(scan: HeaderScan, el: Any, text: str, attrs: str, language: str | None) -> None:
    """One short line of the header: each field not found yet is looked for in it."""
    tag = el.tag
    # a by-word byline after a bare dateline's name wins, and one after a desk word alone ("Redacción"
    # over "Por Juan Pérez": the desk credits a story no person signed)
    if not scan.authors or scan.byline_dated or desk_alone(scan.byline_raw or ""):
        byline(scan, line_text(el, text), attrs, el, language)
    date_like = len(text) < 160 and (tag == "time" or DATE_HINT.search(attrs) or len(el) <= 3)
    update_box = marked_update(el, attrs)
    other_stamp = update_box or (tag == "time" and in_broadcast_note(el))
    if update_box and scan.update_marked is None and date_like and not scan.story_begun:
        scan.update_marked = _update_box_date(el, text, language)
    unlabelled = scan.date_text is None and date_like and not scan.story_begun and not other_stamp and (
        not labels_update(text) or PUBLISHED_HINT.search(text))  # (asked only of a line to date)
    if (scan.date_text is None and date_like and not scan.story_begun and not other_stamp
            and (unlabelled or ((tag != "time" or el.get("datetime") is None)
                                and own_date_before_update(el, text, language)))):
        inner = marked_inside(el)
        line = without_captions(inner, without_update_stamps(inner, text))
        line = past_update(without_other_stories(inner, line, language), language)
        if not unlabelled:
            line = before_update(line, language) or line
        dated = find_date_span(line, language)
        # a dateline starts with its date, or with a short label or a
        # byline; a date deep inside a sentence is a caption or a story
        if dated and (dated[1] <= 30 or looks_like_byline(line) or DATE_HINT.search(attrs) or tag == "time"
                      or document_dateline(line, dated)) and not other_label(line[:dated[1]]) \
                and not date_in_sentence(line, dated[1], tag, attrs) and not airing(line[:dated[1]]) \
                and not event_hours(line, dated[1]) and not range_start(line, dated[1]):
            scan.date_text, scan.date_raw, scan.date_element = dated[0], line, el
            scan.date_shown = own_date_text(el, line, dated, language)
    if scan.updated_text is None and date_like:
        scan.updated_text = updated_date(text, language) or scan.updated_text
        if scan.updated_text is not None and AS_OF.match(text) and (
                header_row(el) or (scan.first_line or "").startswith(text)):
            scan.as_of_text = scan.updated_text
    if scan.reading_minutes is None and len(text) < 160 and _reading_time_line(text):
        scan.reading_minutes = parse_reading_time(text)
    if scan.section is None and len(text) < 200:
        section = printed_section(text)
        scan.section = None if section and _joins_links(el, section) else section


def _joins_links(el: Any, section: str) -> bool:
    """Whether the ``section`` a line printed joins the texts of two or more of its
    links: a list of every category ("Categories Sport World Arts", a sidebar's
    ``widget_categories``), no single section."""
    words = section.split()
    found = 0
    for link in islice(el.iter("a"), 20):
        name = text_of(link, 40).split()
        if name and any(words[i:i + len(name)] == name for i in range(len(words))):
            found += 1
    return found >= 2


# "Filed under World", "Posted in Sports", "Labels: Science, Millbrook" (the first),
# "by A · Posted on 05/16/2024 in World" (a category after the date). Blogger prints
# its labels line in the blog's language: "Etiquetas:" (es), "Etichette:" (it),
# "Libellés :" (fr), "Marcadores:" (pt), "Labels:" / "Schlagwörter:" (de).
_SECTION_LABEL = re.compile(r"\b(?:filed under|posted in|labels|etiquetas|etichette|libellés|marcadores|"
                            r"schlagwörter|categor(?:y|ies)|rubrik|kategorie|"
                            r"catégorie|categoría|ressort|rubrique)\s*:?\s+", re.I)
# "World » by Tom Delaney", "Kultur » von X": a section and a trail's arrow before the by-word
_SECTION_BEFORE_BY = re.compile(r"(?:^|\s)([^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s*[»›]\s*(?:by|von|par|por|door)\s", re.I)
_SECTION_AFTER_DATE = re.compile(r"(?:\b(?:19|20)\d{2}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)\s+(?:in|im|dans|en)\s+"
                                 r"(?=[^\W\d_])", re.I)
_SECTION_VALUE = re.compile(r"[^\W\d_][^|·•,;:\n]{0,38}")
# The two label patterns without ``re.I``, for an ASCII line in lower case: on ASCII
# text case is all ``re.I`` folds, and lower-casing keeps every position (the match's
# end, its ":"), found several times faster. (Neither names a capital letter.)
_ASCII_SECTION = {label: re.compile(label.pattern) for label in (_SECTION_LABEL, _SECTION_AFTER_DATE)}


@functools.lru_cache(maxsize=512)  # (asked of each header line and its boxes' lines: the same texts)
def printed_section(text: str) -> str | None:
    """The section a byline or dateline names in words, if any.

    >>> printed_section("by Ann Lee · Posted on 05/16/2024 in World")
    'World'
    >>> printed_section("Posted by Ann Lee on May 16, 2024 | Filed under Local News")
    'Local News'
    >>> printed_section("Labels: Science, Millbrook")
    'Science'
    >>> printed_section("Published on May 16, 2024 in a small village") is None
    True
    >>> printed_section("Friday, May 17, 2024 World » by Ann Lee"), printed_section("Par A — 16/05/2024 — Rubrique : Économie")
    ('World', 'Économie')
    >>> printed_section("Par A - 04/05/2005 - Rubrique : Faits divers"), printed_section("Rubrique : la mairie a dit que")
    ('Faits divers', None)
    """
    lower = text.lower() if text.isascii() else None
    for label in (_SECTION_LABEL, _SECTION_AFTER_DATE):
        m = _ASCII_SECTION[label].search(lower) if lower is not None else label.search(text)
        value = _SECTION_VALUE.match(text, m.end()) if m else None
        if value:
            words = value.group().strip().split()
            # a section is a short name in capitals, not the start of a sentence; after a
            # label's colon, a name in sentence case ending the line ("Rubrique : Faits
            # divers", "Sección: Vida y estilo": French and Spanish write sections so)
            named = m is not None and label is _SECTION_LABEL and ":" in m.group() and words[0][0].isupper() and (
                value.end() == len(text) or text[value.end()] in "|·•,;\n")
            if 1 <= len(words) <= 4 and (named or all(w[0].isupper() or w in ("&", "and", "und") for w in words)):
                return " ".join(words)
    m = _SECTION_BEFORE_BY.search(text) if "»" in text or "›" in text else None
    if m and all(w[0].isupper() for w in m.group(1).split()):
        return m.group(1)
    return None
