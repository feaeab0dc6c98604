"""A layout's side column beside the story's column, inside the story's named box.

A page builder lays a post out in rows of columns inside the post's own content box
("entry-content"): the story in a wide column, a column of text widgets beside it (the
practice's "About us", a call to book, opening hours). The content box is the body's
named container, so its walk read the side column as the story's last paragraphs.
A column is told by its width, which the layout writes in its class or its style:
Divi's "et_pb_column_2_3" beside "et_pb_column_1_3", Bootstrap's and WPBakery's
"col-md-8" beside "col-md-4", Elementor's "elementor-col-66" beside "elementor-col-33",
Foundation's "large-8" beside "large-4", a block editor's ``flex-basis:66.66%``.

:func:`side_columns` finds, on the way from the chosen text up to each walked box, a
column holding the text and its sibling columns narrower than it that hold less text:
those the walk leaves out. Columns of near widths (a text set in two halves, or 7 and 5
twelfths) are the story's parts and stay: a side column is at most :data:`_SIDE_RATIO` of
the text column's width. A row whose columns' widths do not add up to about one row
(:data:`_FULL_ROW`) is no grid: "col-1", "col-2" number a theme's columns, they do not
size them.
"""

from __future__ import annotations

import re
from itertools import islice

from crawler.parsers.body.container import Page, contains
from crawler.parsers.body.text import class_words
from crawler.parsers.document import Element

__all__ = ["column_width", "side_columns"]

_LEVELS = 12    # wrappers climbed from the text to a walked box
_SIBLINGS = 12  # columns of a row, at most
_SIDE_RATIO = 0.6   # of the text column's width: a narrower column beside it is a side column
_FACT_SCAN = 50    # elements of a side column read for a fact box
# Class words of the story's own fact box, set in the narrow column beside its text
# ("factbox", "fact-box", "infobox", German "Faktenbox", Nordic "faktaboks"): the
# story's part, not a widget.
_FACT_WORDS = frozenset({"fact", "facts", "factbox", "factsbox", "infobox", "faktenbox", "faktbox",
                         "faktaboks", "faktaruta", "keyfacts"})
_FULL_ROW = (0.9, 1.01)  # the widths of a grid row's columns add up to one row (an offset aside)

# A class name's width: Elementor's percent, Divi's fraction, a twelve-column grid's span.
_PERCENT = re.compile(r"^elementor-col-(\d{1,3})$")
_FRACTION = re.compile(r"^et_pb_column_(\d)_(\d)$")
_GRID = re.compile(r"(?:^|[-_])(?:col|small|medium|large)(?:-(?:xs|sm|md|lg|xl|xxl))?-(\d{1,2})$")
_BASIS = re.compile(r"flex-basis\s*:\s*(\d{1,3}(?:\.\d+)?)%")


def column_width(el: Element) -> float | None:
    """``el``'s width as a share of its row, by its class (the last width-bearing name:
    the widest screen's) or its style's ``flex-basis``; None when it names none.

    >>> from lxml import etree
    >>> column_width(etree.fromstring('<div class="et_pb_column et_pb_column_1_3"/>'))
    0.3333333333333333
    >>> column_width(etree.fromstring('<div class="col-12 col-md-8"/>'))
    0.6666666666666666
    >>> column_width(etree.fromstring('<div class="elementor-column elementor-col-33"/>'))
    0.33
    >>> column_width(etree.fromstring('<div style="flex-basis:25%"/>'))
    0.25
    >>> column_width(etree.fromstring('<div class="post-12"/>')) is None
    True
    """
    width = None
    for name in (el.get("class") or "").split()[:20]:
        if match := _PERCENT.match(name):
            width = int(match[1]) / 100
        elif match := _FRACTION.match(name):
            width = int(match[1]) / int(match[2]) if int(match[2]) else None
        elif match := _GRID.search(name):
            width = int(match[1]) / 12
    if width is None and (match := _BASIS.search((el.get("style") or "")[:300])):
        width = float(match[1]) / 100
    return width if width is not None and 0 < width <= 1 else None


def side_columns(page: Page, text: Element, walked: list[Element]) -> set[Element]:
    """The columns beside the one holding ``text`` (the chosen box; or, when ``text`` is
    a row of columns, its column with the most scored text) that are narrower and hold
    less scored text, on the way up from there to the walked box holding it."""
    box = next((el for el in walked if el is text or contains(el, text)), None)
    found: set[Element] = set()
    if box is None:
        return found
    node = text
    # near-equal columns promote their row: the scorer may pick the row itself
    columns = [c for c in text[:_SIBLINGS] if isinstance(c.tag, str) and column_width(c) is not None]
    if len(columns) >= 2:
        node = max(columns, key=lambda c: page.subtree.get(c, 0.0))
    for _ in range(_LEVELS):
        if node is box:
            break
        parent = node.getparent()
        if parent is None:
            break
        width = column_width(node)
        if width is not None:
            found.update(_narrower(page, node, width, parent))
        node = parent
    return found


def _narrower(page: Page, node: Element, width: float, parent: Element) -> list[Element]:
    """The columns beside ``node`` (of ``width``) in ``parent``, a grid row (its columns'
    widths add up to about one row), at most :data:`_SIDE_RATIO` of its width and
    holding less scored text, no fact box (:data:`_FACT_WORDS`)."""
    widths = [(sib, column_width(sib)) for sib in parent[:_SIBLINGS] if isinstance(sib.tag, str)]
    if not _FULL_ROW[0] <= sum(w or 0.0 for _, w in widths) <= _FULL_ROW[1]:
        return []
    weight = page.subtree.get(node, 0.0)
    return [sib for sib, other in widths if sib is not node and other is not None
            and other <= _SIDE_RATIO * width and page.subtree.get(sib, 0.0) < weight and not _fact_box(sib)]


def _fact_box(column: Element) -> bool:
    """``column`` or one of its first elements is named a fact box."""
    return any(not _FACT_WORDS.isdisjoint(class_words(f"{el.get('class') or ''} {el.get('id') or ''}"[:200]))
               for el in islice(column.iter(), _FACT_SCAN) if isinstance(el.tag, str))
