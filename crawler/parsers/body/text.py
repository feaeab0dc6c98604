"""Small text helpers shared by the body and related-links extractors (the furniture
rules that use them are in :mod:`.furniture`).

All of them are cheap (str methods and a few precompiled patterns), because they
run once per text block of every page.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from crawler.parsers.vocabulary import MONTH_PATTERN, MONTHS, word_count

if TYPE_CHECKING:
    from lxml.etree import _Element as HtmlElement

__all__ = [
    "class_name_part",
    "class_words",
    "collapse",
    "collapsed_key",
    "looks_like_date_line",
    "norm_key",
    "parse_card_date",
]

# Characters that render as nothing or as a plain space.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
# (a space between a lower-case and a capital letter: a zero-width match replaced by a plain
# space, no template to expand at each hump)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_ALPHA = re.compile(r"[^a-z]+")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, invisible characters dropped.

    >>> collapse("  Hello\\n\\t world\\u200b ")
    'Hello world'
    """
    if not text:
        return ""
    if not text.isascii() and ("\u200b" in text or "\u2060" in text or "\ufeff" in text):
        text = _INVISIBLE.sub("", text)  # (isascii in constant time, each "in" a fast scan: few lines hold one)
    return " ".join(text.split())


def norm_key(text: str) -> str:
    """Lower-cased, collapsed text without trailing punctuation, for phrase look-ups.

    >>> norm_key("  Share this Article: ")
    'share this article'
    """
    # (a plain str kept: lxml's "smart" string of an XPath holds its whole tree)
    return _key(text if type(text) is str else str(text))


@lru_cache(maxsize=4096)  # (the body's rules key the same lines again: a box's walk, a rival's, the filter's)
def _key(text: str) -> str:
    """:func:`norm_key`, kept per text."""
    return collapsed_key(collapse(text))


def collapsed_key(text: str) -> str:
    """:func:`norm_key` of a text already collapsed (:func:`collapse` is idempotent):
    the body's lines are, and each is keyed once more by the line filter."""
    return text.lower().strip(" :.!»›>|-–—•·*")


# The end of a sentence inside a text (the last one's too).
_SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|$)")


# Class words that name a dek (the line under the headline that sums the story up, its
# "deck", "subtitle", "standfirst", a post's "excerpt"), as against a lead, intro or
# teaser: the story's opening paragraph. "sub" + "head"/"title"/"headline" is split.
_DEK_WORDS = frozenset({"dek", "deck", "standfirst", "subtitle", "subhead", "subheadline", "excerpt"})
_SUB_PARTS = frozenset({"head", "title", "headline"})
_DEK_LEVELS = 3         # the element and the boxes around it that may name it


def is_dek(el: HtmlElement, text: str, description_key: str | None, *, marked_only: bool = False) -> bool:
    """``text`` (``el``'s) is the page's description (``description_key``: its
    :func:`norm_key`-ed) printed as a dek: the record's ``description``, not its body,
    as the seed page is annotated. It is one when it is one sentence or marked as a
    dek by its class (or a box's around it). A lead of two sentences or more, not so
    marked, is the article's opening paragraph: in the body even when the page reuses
    it as its description (trafilatura's evaluation pages count it as text).
    ``marked_only``: only a class naming a dek makes one, whatever its length (the
    standfirst printed above the text's box, :func:`.blocks._lead_before`).

    >>> from lxml import etree
    >>> is_dek(etree.fromstring("<p>x</p>"), "A ferry, approved.", "a ferry, approved")
    True
    >>> is_dek(etree.fromstring("<p>x</p>"), "A ferry, approved.", "a ferry, approved", marked_only=True)
    False
    >>> is_dek(etree.fromstring("<p>x</p>"), "It is approved. Boats run hourly.", "it is approved. boats run hourly")
    False
    >>> is_dek(etree.fromstring("<p class='story__dek'>x</p>"), "It is approved. Boats run.", "it is approved. boats run")
    True
    """
    if description_key is None or norm_key(text) != description_key:
        return False
    if marked_only:
        return _marked_dek(el)
    return len(_SENTENCE_BREAK.findall(collapse(text))) < 2 or _marked_dek(el)


def _marked_dek(el: HtmlElement) -> bool:
    node: HtmlElement | None = el
    for _ in range(_DEK_LEVELS):
        if node is None or not isinstance(node.tag, str):
            return False
        words = class_words(f"{node.get('class') or ''} {node.get('id') or ''}")
        if _DEK_WORDS.intersection(words) or any(
                a == "sub" and b in _SUB_PARTS for a, b in pairwise(words)):
            return True
        node = node.getparent()
    return False



def class_words(value: str) -> list[str]:
    """The words of a class / id value: split on non-letters and camelCase humps.
    A generated name (a hash, see :data:`_HEX_RUN`) says nothing and gives no words.

    >>> class_words("td-post-sharing shareBar ad300")
    ['td', 'post', 'sharing', 'share', 'bar', 'ad']
    >>> class_words("outline-container-orgd7109ad")
    ['outline', 'container', 'org']
    """
    if _HEX_RUN.search(value):
        value = _HEX_RUN.sub(_unless_generated, value)
    if not value.islower():  # (no capital letter, no camelCase hump: no substitution to try)
        value = _CAMEL.sub(" ", value)
    return [w for w in _NON_ALPHA.split(value.lower()) if w]


# A generated id or class: six hex digits or more, two of them digits, a digit then
# a letter among them ("orgd7109ad", Org mode's section ids; "post-5f2ad31c", a hash).
# Split on its digits it reads as words that happen to be furniture words ("orgd" +
# "ad"); an ad slot's size ("ad300x250", "ad728") has no letter after its digits
# inside its hex run, so its "ad" stays.
_HEX_RUN = re.compile(r"[0-9a-fA-F]{6,}")
_DIGIT_LETTER = re.compile(r"[0-9][a-fA-F]")


def _unless_generated(match: re.Match[str]) -> str:
    run = match.group()
    generated = _DIGIT_LETTER.search(run) is not None and sum(c.isdigit() for c in run) >= 2
    return " " if generated else run


# The hash suffix of a CSS-modules class name ("__wd_PA", "__17Yit", "__AwrJE").
_CSS_HASH = re.compile(r"(?=[\w-]*[A-Z0-9])[\w-]{3,8}")


def class_name_part(name: str) -> str:
    """The part of a class name that says what the element is.

    BEM names the element after ``__`` and a variant after ``--``; CSS modules end
    in ``__`` plus a hash, which says nothing.

    >>> class_name_part("related-card__summary")
    'summary'
    >>> class_name_part("share--large")
    'share'
    >>> class_name_part("LeadText_lead-text__wd_PA")
    'LeadText_lead-text'
    """
    if "__" in name:
        block, element = name.rsplit("__", 1)
        name = block if _CSS_HASH.fullmatch(element) else element
    if "--" in name:
        name = name.split("--", 1)[0]
    return name


# --- Dates printed on cards ("August 07, 2025", "7 Aug 2025", "2025-08-07") ---------

_DATE_MDY = re.compile(rf"\b({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?({MONTH_PATTERN})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I)
# Each of the four forms prints a four-digit year: a text without four digits in a row
# holds none of them, and is not searched with the month names (1 in 6 of the lines asked
# has two digits in a row and not four: a time, a count).
_HAS_YEAR = re.compile(r"\d{4}")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_NUM = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_card_date(text: str) -> str | None:
    """The first date printed in ``text`` as ``YYYY-MM-DD``, else ``None``.

    >>> parse_card_date("August 07, 2025")
    '2025-08-07'
    >>> parse_card_date("Updated 3. Mai 2024, 10:00")
    '2024-05-03'
    >>> parse_card_date("no date here") is None
    True
    """
    if not text or len(text) > 400 or not _HAS_YEAR.search(text):
        return None
    m = _DATE_MDY.search(text)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DATE_DMY.search(text)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _DATE_ISO.search(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DATE_NUM.search(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        # Dotted dates are day-first (Europe); slashed ones month-first unless impossible.
        if m.group(2) == "." or a > 12:
            return _iso(year, b, a)
        return _iso(year, a, b)
    return None


def looks_like_date_line(text: str) -> bool:
    """True for a short line that is mostly a date ("July 16, 2025 - 3 min Read").

    >>> looks_like_date_line("July 16, 2025 - 3 min Read")
    True
    >>> looks_like_date_line("On July 16, 2025 the council voted to close the road.")
    False
    """
    if len(text) > 80 or not _HAS_YEAR.search(text):
        return False
    m = _DATE_MDY.search(text) or _DATE_DMY.search(text) or _DATE_ISO.search(text) or _DATE_NUM.search(text)
    if not m:
        return False
    rest = text[: m.start()] + text[m.end():]
    return word_count(rest) <= 6
