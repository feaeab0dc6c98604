"""Bounded reads of an element's text, shared by every stage.

Each reads ``itertext()`` pieces only until a character budget is spent, so a
box that holds a whole page's subtree (a header scan's container, a teaser
card's sibling, the box of a paragraph in another language) costs no more than
its start. Before, each stage had its own copy, with its own small differences:
those differences are kept as parameters here, so every caller reads exactly
the text it read before.

An element with no children (half of a page's, and most of those the stages
ask about: a link, a span, a cell) has at most one piece, its ``text``, which
``itertext`` gives too: it is read directly, with no iterator made and no
pieces joined (the parser keeps no comments, whose ``itertext`` raises).
"""

from __future__ import annotations

from typing import Any

__all__ = ["leading_text", "longer_than", "short_text", "stripped_size", "text_head", "text_of"]


def leading_text(el: Any, chars: int) -> str:
    """``el``'s text pieces joined, up to the piece that brings them to ``chars``
    characters (the whole text when it is shorter): the last piece is kept whole.

    >>> from lxml import etree
    >>> leading_text(etree.fromstring("<p>one <b>two</b> three</p>"), 5)
    'one two'
    """
    if not len(el):  # a leaf (most elements asked): its own text is its one piece
        return el.text or ""
    pieces: list[str] = []
    total = 0
    for piece in el.itertext():
        pieces.append(piece)
        total += len(piece)
        if total >= chars:
            break
    return "".join(pieces)


def text_head(el: Any, chars: int) -> str:
    """The first ``chars`` characters of ``el``'s text."""
    return leading_text(el, chars)[:chars]


def short_text(el: Any, chars: int) -> str:
    """The first ``chars`` characters of ``el``'s text with its whitespace collapsed,
    read from its first ``2 * chars + 1`` characters (whole pieces)."""
    return " ".join(leading_text(el, 2 * chars + 1).split())[:chars]


def stripped_size(el: Any, limit: int) -> int:
    """The characters of ``el``'s text pieces, each stripped, counted until they
    reach ``limit`` (the count then, at least ``limit``; read no further).

    >>> from lxml import etree
    >>> stripped_size(etree.fromstring("<p> one <b> two </b></p>"), 100)
    6
    """
    size = 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size >= limit:
            break
    return size


def longer_than(el: Any, limit: int) -> bool:
    """Whether ``el``'s text, each piece stripped, runs past ``limit`` characters."""
    return stripped_size(el, limit + 1) > limit


def text_of(el: Any, limit: int = 400, sep: str = "") -> str:
    """The element's text (its pieces joined by ``sep``), whitespace collapsed; ""
    when it holds more than ``4 * limit`` characters (read no further: nested boxes
    would re-read the same long text once per level)."""
    if not len(el):  # a leaf: its own text alone, no pieces to join
        text = el.text or ""
        return "" if len(text) > limit * 4 else " ".join(text.split())
    pieces: list[str] = []
    append = pieces.append
    # each piece counted with a separator before it: the joined text's length, and one
    # separator more (the first piece has none), so over the cap past ``4 * limit + len(sep)``
    step, most = len(sep), limit * 4 + len(sep)
    size = 0
    for piece in el.itertext():
        size += len(piece) + step
        if size > most:
            return ""
        append(piece)
    return " ".join(sep.join(pieces).split())  # str.split splits where \s+ matches
