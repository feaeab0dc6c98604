"""Compiled XPaths and tag sets shared by the parsers (compile once, name them)."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# Elements that never hold article text; dropped (with their subtree, not their tail)
# before the body is looked for.
NON_CONTENT_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame",
    "frameset", "object", "embed", "video", "audio", "source", "track", "picture", "img",
    "button", "select", "input", "textarea", "option", "map", "dialog", "head", "link",
    "meta",
)

# Block-level elements: text on either side of them belongs to different blocks.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
    "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
    "figcaption", "form", "fieldset", "legend", "hr", "address", "details", "summary",
    "center", "hgroup", "menu", "body", "html", "noframes", "output", "search",
})

HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Every heading tag, the headline's <h1> too.
ALL_HEADING_TAGS = HEADING_TAGS | {"h1"}

# Containers dropped inside the chosen body unless they hold most of its text.
FURNITURE_TAGS = frozenset({
    "nav", "aside", "footer", "header", "form", "figure", "figcaption", "menu",
    "fieldset", "address", "details", "dialog", "caption",
})

# All link text below an element, as plain strings.
LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)
# The text of an element and its descendants (C speed, no Python per node), as a
# plain str (lxml's "smart" strings are a copy into a subclass, for nothing here).
_STRING = etree.XPath("string()", smart_strings=False)
_NOT_ELEMENTS = (etree._Comment, etree._ProcessingInstruction, etree._Entity)


def _text(node: Any) -> str:
    """XPath's ``string()`` of ``node`` (:data:`TEXT`); of an element with no children (no
    element, comment nor instruction below it: its text nodes alone, which ``.text``
    joins), its ``.text``, at an eighth of the cost of an XPath evaluation (the
    stages ask it of some 150 elements a page, nearly half of them leaves: a
    paragraph, a link, a heading)."""
    if isinstance(node, etree._Element) and not len(node) and not isinstance(node, _NOT_ELEMENTS):
        return node.text or ""
    return _STRING(node)  # (which refuses a comment, an instruction, an entity: ValueError)


TEXT = _text
# Headlines inside a card.
HEADLINES = etree.XPath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6")
# The first <body> below an element, as ``el.find(".//body")`` finds it. lxml's
# iterators look ahead for the next match, so ``find`` walks the whole tree past the
# one body; XPath's ``[1]`` stops at it (0.13 ms a page, 0.02 ms).
FIRST_BODY = etree.XPath("descendant::body[1]")
# Elements found by an attribute: through the attribute axis (``//@itemprop/..``), the
# same elements in the same (document) order as ``//*[@itemprop]``, at about 60% of
# the cost (the 886 benchmark pages: 0.29 s -> 0.19 s; ``[.="articleBody"]``
# 0.36 s -> 0.20 s). The other such scans are written the same way, with
# ``/descendant::*`` for ``//``: ``//@x`` asks every text node for its attributes too,
# ``/descendant::*/@x`` only the elements (the same nodes; 5-30% less per scan).
ITEMPROP_HOLDERS = etree.XPath("/descendant::*/@itemprop/..")
ARTICLE_BODY = etree.XPath('/descendant::*/@itemprop[.="articleBody"]/..')


def first_body(el: etree._Element) -> etree._Element | None:
    """``el.find(".//body")``, without walking the tree past the body."""
    found = FIRST_BODY(el)
    return found[0] if isinstance(found, list) and found else None


# An inline font size, in CSS pixels (1em = 100% = 16px, 1pt = 4/3 px, the keywords'
# sizes). A heading's is 20px or more (h2's 1.5em is 24px; h3's 1.17em, 18.7px, is not).
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(?:(\d{1,3}(?:\.\d+)?|\.\d+)\s*(r?em|%|px|pt)"
                        r"|((?:x{1,3}-)?large))\s*(?:!important\s*)?(?:;|$)", re.I)
_PX = {"em": 16.0, "rem": 16.0, "%": 0.16, "px": 1.0, "pt": 4 / 3}
_KEYWORD_PX = {"large": 18.0, "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_HEADING_PX = 20.0


def style_px(el: etree._Element) -> float:
    """The font size ``el``'s inline style sets, in CSS pixels (0 when it sets none).

    >>> from lxml import html
    >>> [style_px(html.fragment_fromstring(f'<div style="{s}">x</div>'))
    ...  for s in ("font-size:2em", "color:red; font-size: 24px;", "font-size:x-large", "font-size:15pt", "")]
    [32.0, 24.0, 24.0, 20.0, 0.0]
    """
    style = el.get("style")
    if not style or len(style) > 500:
        return 0.0
    m = _FONT_SIZE.search(style)
    if m is None:
        return 0.0
    if m.group(3) is not None:
        return _KEYWORD_PX[m.group(3).lower()]
    return float(m.group(1)) * _PX[m.group(2).lower()]


def big_style(el: etree._Element) -> bool:
    """Whether ``el``'s inline style sets its text in a heading's size (:func:`style_px`)."""
    return style_px(el) >= _HEADING_PX
