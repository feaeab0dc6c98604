"""Access status of an article page: ``free``, ``paywalled`` or ``truncated``.

Two kinds of evidence, both read from the page as served:

- declared: schema.org ``isAccessibleForFree`` (JSON-LD, on the article node, the
  page node or a ``hasPart`` node) or the ``<meta itemprop=isAccessibleForFree>``
  microdata form; ``false`` means the publisher marks the text as not free;
- visible: a paywall prompt in the page ("Subscribe to continue reading",
  "Already a subscriber?", the metered-paywall lines of
  :data:`crawler.parsers.boilerplate.PAYWALL_MARKERS`), or an element whose class
  or id names a paywall / regwall.

``truncated``: the page is marked (declared or visible) and its extracted text is
short (under :data:`TEASER_MAX_WORDS` words), unless the paywalled part that
JSON-LD points at with ``hasPart.cssSelector`` is present with text.
``paywalled``: declared not free, yet the text is served whole (the paywall is
drawn by script). ``free``: anything else; a prompt beside a long text is a
site-wide subscription link, noted in the evidence. The evidence, in words, goes
to ``provenance["access"]``.

Signals are read before the body extractor prunes the tree
(:func:`read_access_signals`); the decision needs the body's word count
(:func:`classify_access`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from crawler.parsers.body.boilerplate import PAYWALL_MARKERS
from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.walk import MAX_ATTR_CHARS, cut_value, marks_of, text_of
from crawler.parsers.page import ParsedPage
from crawler.parsers.selectors import first_body
from crawler.parsers.structured import Structured

__all__ = [
    "ACCESS_VALUES", "TEASER_MAX_WORDS", "AccessSignals", "classify_access", "read_access_signals",
]

ACCESS_VALUES = ("free", "paywalled", "truncated")

_PAYWALL_ATTR = re.compile(
    r"(?:^|[\s_-])(?:pay-?wall|reg-?wall|piano-?(?:offer|paywall)|subscriber-?only|"
    r"premium-?(?:content-)?(?:gate|wall|barrier|teaser)|meter-?wall)(?:$|[\s_-])", re.I)
# The same question, asked first (a bool, cheaper on ASCII values): the match itself
# is read only for the rare value that has one.
_PAYWALL_HINT = Caseless(_PAYWALL_ATTR.pattern)
_PAYWALL_LOWER = re.compile(_PAYWALL_ATTR.pattern)  # (for lower-cased ASCII text: :mod:`.caseless`)
# A prompt is a short line: a sentence of the article that mentions a paywall is not one.
_PROMPT_MAX_CHARS = 200
_FULL_PART_MIN_WORDS = 50
#: A marked page whose text is shorter than this is a teaser: the text stops at the paywall.
TEASER_MAX_WORDS = 200
_MAX_ELEMENTS_SCANNED = 20_000
# Nor past this many characters of text (the longest benchmark page has some
# 200,000): a marker search over the whole of a larger text costs more than the walk.
_MAX_TEXT_SCANNED = 1_000_000
_UNSEEN_TAGS = frozenset({"script", "style", "noscript", "template"})
_PROMPT_TAGS = frozenset({"p", "div", "span", "a", "button", "strong", "h2", "h3", "h4"})


def _declared_not_free(data: Structured) -> str | None:
    """Where the page declares ``isAccessibleForFree: false``, or None."""
    for node in data.nodes:
        value = node.get("isAccessibleForFree")
        if value is not None and str(value).strip().lower() in ("false", "0", "no"):
            return "json-ld isAccessibleForFree=false"
    for value in data.meta.get("isaccessibleforfree", ()):
        if value.strip().lower() in ("false", "0", "no"):
            return "microdata isAccessibleForFree=false"
    return None


def _paywalled_selectors(data: Structured) -> list[str]:
    selectors = []
    for node in data.nodes:
        if str(node.get("isAccessibleForFree", "")).strip().lower() in ("false", "0", "no"):
            selector = node.get("cssSelector")
            if isinstance(selector, str) and selector.strip():
                selectors.append(selector.strip())
    return selectors


def _visible_prompt(doc: Any) -> str | None:
    """The first paywall prompt or paywall element in the page body, in words, or None."""
    body = first_body(doc)
    if body is None:
        return None
    values, nodes = _class_and_id_values(body)
    if not _may_show_prompt(body, nodes - 1):  # (the nodes below the body: elements and comments)
        return _first_paywall_element(body, values)
    for count, el in enumerate(body.iter()):
        if count > _MAX_ELEMENTS_SCANNED:
            break
        if not isinstance(el.tag, str) or el.tag in _UNSEEN_TAGS:
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        match = _PAYWALL_ATTR.search(attrs) if attrs and _PAYWALL_HINT.search(attrs) else None
        if match:
            return f"paywall element {match.group(0).strip(' _-')!r}"
        if el.tag in _PROMPT_TAGS and el.text:
            line = text_of(el, limit=_PROMPT_MAX_CHARS).lower()
            if line and len(line) <= _PROMPT_MAX_CHARS:
                marker = next((m for m in PAYWALL_MARKERS if m in line), None)
                if marker:
                    return f'paywall prompt "{marker}"'
    return None


def _may_show_prompt(body: Any, nodes: int) -> bool:
    """False when no prompt can be found, so only paywall elements need looking for.

    A prompt's text is a piece of the body's whole text (whitespace collapsed, lower
    case), so a marker absent from the whole text is absent from every element: one
    linear pass instead of the text of every element. Bodies past the scan cap
    (``nodes``: the elements and comments below the body, counted by the walk of
    :func:`_class_and_id_values`) take the full walk so the cap means the same on
    both paths.
    """
    if nodes > _MAX_ELEMENTS_SCANNED:
        return True
    text = _text_of_lines(body)
    if len(text) > _MAX_TEXT_SCANNED:
        return True
    # (str.split splits where \s+ matches; lower-cased once collapsed, the shorter text:
    # no case mapping makes or removes white space)
    return _holds_marker(" ".join(text.split()).lower())


# Pieces several paywall markers hold: each group's piece is looked for first, its
# markers only where it is found. A marker holds its group's piece, so a text without
# the piece holds none of them: one scan of the page's text for the group instead of
# one a marker (11 page-long searches instead of 26 where no piece is found; the same
# answers: 0.124 -> 0.074 CPU-s over the 886 benchmark pages' texts).
_MARKER_PIECES = ("subscri", "free article", " the full ", "continue reading")


def _marker_groups(markers: tuple[str, ...], pieces: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``markers`` grouped by the first of ``pieces`` each holds (a marker holding none
    is a group of its own, keyed by itself), in the order of their first member."""
    groups: dict[str, list[str]] = {}
    for marker in markers:
        groups.setdefault(next((p for p in pieces if p in marker), marker), []).append(marker)
    return tuple((piece, tuple(members)) for piece, members in groups.items())


_MARKER_GROUPS = _marker_groups(PAYWALL_MARKERS, _MARKER_PIECES)


def _holds_marker(text: str) -> bool:
    """Whether ``text`` (lower case, whitespace collapsed) holds one of
    :data:`~crawler.parsers.body.boilerplate.PAYWALL_MARKERS`.

    >>> _holds_marker("to read more, subscribe to continue."), _holds_marker("subscribe to our newsletter")
    (True, False)
    """
    return any(piece in text and any(marker in text for marker in members)
               for piece, members in _MARKER_GROUPS)


def _text_of_lines(body: Any) -> str:
    """The body's whole text less its script and style elements too long to be part
    of a prompt line (``text_of`` gives up on an element past ``4 * _PROMPT_MAX_CHARS``
    characters, so on every ancestor of one): three quarters of a page's text, on the
    benchmark pages. Every line the walk can read is still a piece of it.

    XPath's ``string()`` has no way to leave elements out, and the text nodes one
    by one cost more than the search they would save, so those elements are taken
    out of the tree for the one ``string()`` call and put back where they were
    (moved, not copied: the tree is the same after). Each goes back after the sibling
    it followed, not at its index: ``index`` and ``insert(i)`` count siblings, which
    made thousands of scripts under one parent quadratic (fuzz: 2.2 s for one page).
    """
    removed: list[tuple[Any, Any, Any]] = []
    try:
        for el in _long_unseen(body):
            parent = el.getparent()
            removed.append((parent, el.getprevious(), el))
            parent.remove(el)
        return str(_TEXT(body))
    finally:
        # Reversed, each previous sibling is back in place before it is used as an anchor.
        for parent, previous, el in reversed(removed):
            if previous is None:
                parent.insert(0, el)
            else:
                previous.addnext(el)


_TEXT = etree.XPath("string()", smart_strings=False)


def _long_unseen(body: Any) -> list[Any]:
    """Script and style elements below ``body`` (no elements inside) with more text
    than a prompt line can hold, in document order: what the XPath
    ``.//script[not(*)][string-length() > 800] | .//style[...]`` selects, at about
    half its cost (``iter`` walks once; the union walked twice and sorted)."""
    return [el for el in body.iter("script", "style")
            if el is not body and len(el) == 0 and len(el.text or "") > 4 * _PROMPT_MAX_CHARS]


def _class_and_id_values(body: Any) -> tuple[list[str], int]:
    """Every class and id value of ``body`` and the elements below it, in page order,
    and the number of nodes the walk met (``body`` and the elements, comments and
    processing instructions below it: what ``iter`` walks; a comment has no
    attributes). A Python walk reading two attributes an element: two XPaths
    (``//@class``, ``//@id``) walked the tree twice and cost half as much again
    (Zyte, Fundus); the count saves the XPath counts the scan cap took."""
    values: list[str] = []
    nodes = 0
    for el in body.iter():
        nodes += 1
        value = el.get("class")
        if value:
            values.append(value)
        value = el.get("id")
        if value:
            values.append(value)
    return values, nodes

#: Each string :data:`_PAYWALL_ATTR` can match, lower case ("pay-?wall": both spellings).
_PAYWALL_WORDS = tuple(
    "".join(parts) for parts in itertools.chain(
        itertools.product(("pay", "reg", "meter"), ("", "-"), ("wall",)),
        itertools.product(("piano",), ("", "-"), ("offer", "paywall")),
        itertools.product(("subscriber",), ("", "-"), ("only",)),
        itertools.product(("premium",), ("", "-"), ("", "content-"), ("gate", "wall", "barrier", "teaser")),
    ))

_PAYWALL_ANCHORS = ("wall", "piano", "subscriber", "premium")


def _may_name_paywall(values: str) -> bool:
    """False when no class or id in ``values`` can match :data:`_PAYWALL_ATTR`: a test
    of plain substrings on the lower-cased text, much cheaper than the regex. Text
    that is not ASCII goes to the regex (its case-insensitive match also takes a few
    non-ASCII letters, such as the long s, for ASCII ones)."""
    if not values.isascii():
        return _PAYWALL_ATTR.search(values) is not None
    lowered = values.lower()  # each word holds one of the anchors: four scans for most pages
    return any(anchor in lowered for anchor in _PAYWALL_ANCHORS) and any(
        word in lowered for word in _PAYWALL_WORDS)


def _first_paywall_element(body: Any, values: list[str] | None = None) -> str | None:
    """The first element whose class or id names a paywall, in words, or None.

    Most pages have none: every class and id is tested at once first, ``\n``
    between values, so that a match cannot span two of them. Each value is read as
    :func:`.walk.cut_value` reads it, as by the other class scans (a longer one as its
    first and last halves); the values are cut only on a page that has a longer one (cutting every value cost a third of the test, 0.4 ms
    a page on the Fundus pages), and a megabyte class otherwise took 0.6 s in the
    test's scans and the regex a text that is not ASCII goes to. ``values``: the
    first result of :func:`_class_and_id_values`, when the caller has it.
    """
    if values is None:
        values = _class_and_id_values(body)[0]
    if values and max(map(len, values)) > MAX_ATTR_CHARS:  # (each value as the exact test reads it)
        values = [cut_value(value) for value in values]
    joined = "\n".join(values)
    if not _may_name_paywall(joined):
        return None
    return _named_paywall(body, joined)


def _named_paywall(body: Any, joined: str) -> str | None:
    """The first element below ``body`` (not script, style...) whose class or id
    :data:`_PAYWALL_ATTR` matches, in words, or None; ``joined``: every class and id
    value in page order (:func:`_class_and_id_values`), cut as :func:`marks_of` cuts
    them, joined by ``\n``.

    One search over the joined values finds the first element to test, not a regex
    and a string built an element (a page that names a paywall has thousands of
    elements; the match is seldom far): the pattern's words hold no white space and
    ``\n`` is one of its boundaries, so a match in the joined text is a match in
    the value it falls in. The walk counts each element's values to find the one
    the match is in; an element out of sight passes to the next match after it.
    """
    text, pattern = (joined.lower(), _PAYWALL_LOWER) if joined.isascii() else (joined, _PAYWALL_ATTR)
    found = pattern.search(text)
    end = 0         # where the values of the elements walked end in ``joined``, separators included
    for el in body.iter(etree.Element):
        if found is None:
            return None
        for name in ("class", "id"):
            value = el.get(name)
            if value:
                end += (len(value) if len(value) <= MAX_ATTR_CHARS else len(cut_value(value))) + 1
        if found.start() + 1 >= end:  # the matched word (after its boundary) is further on
            continue
        match = _PAYWALL_ATTR.search(marks_of(el)) if el.tag not in _UNSEEN_TAGS else None
        if match:
            return f"paywall element {match.group(0).strip(' _-')!r}"
        found = pattern.search(text, end - 1)  # (from the separator: a boundary of the next word)
    return None


def _part_has_text(doc: Any, selectors: list[str]) -> bool:
    """True when an element a ``cssSelector`` names holds the paywalled text."""
    from lxml.cssselect import CSSSelector, SelectorSyntaxError

    for selector in selectors:
        try:
            found = CSSSelector(selector)(doc)
        except (SelectorSyntaxError, ValueError, TypeError):  # not a CSS selector we read
            continue
        words = sum(len(text_of(el, limit=100_000).split()) for el in found[:5])
        if words >= _FULL_PART_MIN_WORDS:
            return True
    return False


@dataclass(frozen=True, slots=True)
class AccessSignals:
    """What a page says about its access, read from the unpruned tree."""

    declared: str | None = None
    """Where the page declares itself not free, or None."""
    prompt: str | None = None
    """The paywall prompt or element shown, or None."""
    full_part: bool = False
    """The part JSON-LD marks as paywalled is in the page, with text."""


def read_access_signals(page: ParsedPage) -> AccessSignals:
    """The access evidence of a parsed page (call before the body stage strips the tree)."""
    data, doc = page.structured, page.doc
    declared = _declared_not_free(data)
    selectors = _paywalled_selectors(data) if declared else []
    return AccessSignals(declared=declared, prompt=_visible_prompt(doc),
                         full_part=bool(selectors) and _part_has_text(doc, selectors))


def classify_access(signals: AccessSignals, word_count: int) -> tuple[str, str]:
    """``(access, evidence)`` from the signals and the extracted body's word count.

    >>> classify_access(AccessSignals(declared="json-ld isAccessibleForFree=false",
    ...                               prompt='paywall prompt "subscribe to continue"'), 80)[0]
    'truncated'
    >>> classify_access(AccessSignals(declared="json-ld isAccessibleForFree=false"), 900)[0]
    'paywalled'
    >>> classify_access(AccessSignals(prompt='paywall prompt "already subscribed"'), 900)
    ('free', 'paywall prompt "already subscribed"; text complete (900 words)')
    """
    evidence = "; ".join(filter(None, (signals.declared, signals.prompt)))
    if not evidence:
        return "free", "no paywall declared or shown"
    if signals.full_part:
        return ("paywalled" if signals.declared else "free"), evidence + "; full text in page"
    if word_count < TEASER_MAX_WORDS:
        return "truncated", f"{evidence}; {word_count} words"
    if signals.declared:
        return "paywalled", evidence
    return "free", f"{evidence}; text complete ({word_count} words)"
