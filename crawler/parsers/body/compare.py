"""A second extraction beside the chosen one, and the one that reads as the article.

The scorer chooses one box; when it chooses wrong (a short box of facts beside the
story, one part of a text whose paragraphs sit in wrappers the score is spread
over) the article is lost. As trafilatura checks its own extraction against a
fallback extractor's and takes the fallback's when it is much longer, the body is
extracted a second time from one rival box and the two are compared: the rival
wins when its text carries clearly more prose (sentences of some length) and no
larger share of furniture lines (short lines that are not sentences).

The rival is the best-scored candidate disjoint from the chosen box, or the
chosen box's nearest ancestor (a few levels up, below ``<body>``) that holds
far more scored text. A rival is walked only when its scored text (known from
the scoring pass) is far more than the chosen box's, so most pages walk once;
at most one rival is walked per page.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from crawler.items import Block
from crawler.parsers import selectors as sel
from crawler.parsers.body.container import Page, contains, link_length
from crawler.parsers.document import Element
from crawler.parsers.vocabulary import SENTENCE_END, count_words

__all__ = ["better_rival", "prose_chars"]

_GAIN = 2.0             # the rival's prose is this many times the chosen text's, at least...
_MIN_GAIN = 400         # ...and this many characters more (two paragraphs)
_PROSE_WORDS = 12       # a line of prose: a sentence of this many words or more
_FURNITURE_SLACK = 0.05  # share of furniture lines the rival may have above the chosen text's
_ANCESTOR_LEVELS = 3    # wrappers climbed above the chosen box
_ABOVE = frozenset({"body", "html"})
_PROSE_KINDS = frozenset({"p", "li", "quote"})
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "form"})  # never the text, however large
_LINK_SHARE = 0.2       # of a rival's text in links, at most (a box of teasers is mostly links)


def prose_chars(blocks: list[Block]) -> tuple[int, int, int]:
    """(characters in prose lines, in furniture lines, in all lines) of ``blocks``:
    prose is a paragraph, item or quote with a sentence of ``_PROSE_WORDS`` words
    or more ending in sentence punctuation; furniture is any other line but a
    subheading (a date, a name, a "Share" or a link's title)."""
    prose = furniture = total = 0
    for block in blocks:
        n = len(block.text)
        total += n
        if block.type == "h":
            continue
        if block.type in _PROSE_KINDS and count_words(block.text) >= _PROSE_WORDS and (
                SENTENCE_END.search(block.text) is not None):
            prose += n
        else:
            furniture += n
    return prose, furniture, total


def _rival_box(page: Page, top: Element, other: Element | None) -> Element | None:
    """The one rival worth a walk: ``other`` (the best candidate outside ``top``) or
    ``top``'s nearest ancestor, whichever first holds ``_GAIN`` times ``top``'s
    scored text; ``None`` when neither does."""
    least = _GAIN * page.subtree.get(top, 0.0) + _MIN_GAIN
    if other is not None and page.subtree.get(other, 0.0) >= least:
        return other if _may_hold_text(page, other, top, least) else None
    anc = top.getparent()
    for _ in range(_ANCESTOR_LEVELS):
        if anc is None or anc.tag in _ABOVE:
            return None
        if page.subtree.get(anc, 0.0) >= least:
            return anc if _may_hold_text(page, anc, top, least) else None
        anc = anc.getparent()
    return None


def _may_hold_text(page: Page, box: Element, top: Element, least: float) -> bool:
    """Not furniture by class or by tag however large (a menu of teasers, a sidebar),
    nor inside such; one story (:func:`_one_story`); ``least`` scored text or more outside such boxes within it (an
    author's biography under the post is prose in furniture's clothes); a fifth
    links at most (a list of teasers is mostly links)."""
    if page.in_furniture(box) or any(_furniture_box(page, el) for el in (box, *box.iterancestors())):
        return False
    if not _one_story(box, top):
        return False
    if _clean_weight(page, box, top) < least:
        return False
    text = len(sel.TEXT(box))
    return text > 0 and link_length(box) <= _LINK_SHARE * text


def _one_story(box: Element, top: Element) -> bool:
    """``box`` holds one headline at most, and no ``<article>`` but ``top``'s own (a
    rival outside ``top`` may be one): several stories are not one longer text."""
    h1s = list(islice(box.iter("h1"), 2))
    if len(h1s) > 1:
        return False
    allowed = 0 if contains(box, top) else 1
    others = (a for a in box.iter("article") if a is not top and not contains(a, top))
    return len(list(islice(others, allowed + 1))) <= allowed


def _furniture_box(page: Page, el: Element) -> bool:
    return el.tag in _FURNITURE_TAGS or page.verdict(el) < 0


def _clean_weight(page: Page, box: Element, top: Element) -> float:
    """The scored text in ``box`` (``top``'s included) outside boxes that are
    furniture by tag or class whatever their size: one walk of ``box``."""
    total = 0.0
    stack: list[Element] = [box]
    while stack:
        el = stack.pop()
        if el is top:
            total += page.subtree.get(el, 0.0)
            continue
        if el is not box and _furniture_box(page, el):
            continue
        total += page.weight.get(el, 0.0)
        stack.extend(child for child in el if isinstance(child.tag, str))
    return total


def better_rival(page: Page, top: Element, other: Element | None, blocks: list[Block],
                 walk: Callable[[Element], list[Block]]) -> list[Block] | None:
    """The rival's blocks when they read as the article more than ``blocks`` (the
    chosen box's) do, else ``None``. ``walk`` extracts a box's blocks."""
    rival = _rival_box(page, top, other)
    if rival is None or rival is top or contains(top, rival):
        return None
    prose, furniture, total = prose_chars(blocks)
    alt = walk(rival)
    alt_prose, alt_furniture, alt_total = prose_chars(alt)
    if alt_prose < _GAIN * prose or alt_prose - prose < _MIN_GAIN:
        return None
    share = furniture / total if total else 0.0
    if alt_furniture > (share + _FURNITURE_SLACK) * alt_total:
        return None
    return alt
