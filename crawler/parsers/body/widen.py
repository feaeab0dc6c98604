"""A recall safety net: a wider box when the chosen text is a small part of its story's prose.

The scorer counts paragraphs (``<p>``, boxes of one run of text); a text set in
``<font>`` runs split by ``<br><br>`` inside a layout table, or split into parts
around one quoted ``<p>``, scores nothing but that one paragraph, and the box
chosen holds a fraction of the story. trafilatura guards its own extraction the
same way (its ``baseline`` and the fallback comparison in ``core``: the fallback
wins when the main extraction is much shorter); here the baseline is the chosen
box's own ancestors, since a text nearer the chosen box than the page's whole
``<body>`` is far less often a sidebar.

The box's ancestors are read upwards, :data:`_LEVELS` at most, never past the
``<article>``, ``<main>`` or ``articleBody`` that holds it (the story's own box by
its markup: text beside it is not the story), never into furniture by tag or class
nor into a box of two headlines or two ``<article>``\\s (several stories). The first
ancestor whose non-link text is :data:`_GAIN` times the chosen text or more is
walked (at most :data:`_WALKS` are), and its text replaces the chosen one when:

- its prose (:func:`.compare.prose_chars`) is :data:`_GAIN` times the chosen
  text's and :data:`_MIN_GAIN` characters more, and the text it adds is mostly
  prose (:data:`_ADDED_PROSE`);
- it keeps every line of the chosen text (it only adds to it), with prose both
  before and after those lines: the chosen box was a piece from the middle of the
  story (a quote, one scored paragraph), not a short story's whole text, which the
  boxes after it (readers' comments, a copyright notice, an author's biography)
  outweigh on many pages;
- its walk dropped no related-links section, no readers' comments and no linked
  teaser line (the wider box would reach the page's lists of other stories, whose
  snippets are prose too).

Tuned on the tuning half of trafilatura's evaluation pages and the copies
``benchmarks/perturb_structure.py`` makes of them: a gain of 1.5 or 2, or the
climb past ``<article>``, joined an "About us" blurb, an author's biography, a
teaser list or a comment to the story on the original and renamed copies; a gain
of 3 and the rules above joined none there.
"""

from __future__ import annotations

from collections.abc import Callable

from crawler.items import Block
from crawler.parsers import selectors as sel
from crawler.parsers.body.compare import furniture_box, one_story, prose_chars
from crawler.parsers.body.container import Page, link_length
from crawler.parsers.body.furniture import Dropped
from crawler.parsers.body.text import collapse
from crawler.parsers.document import Element

__all__ = ["wider_text"]

_LEVELS = 6             # ancestors of the chosen box read
_WALKS = 2              # of them walked, at most (each walk reads the box's whole subtree)
_GAIN = 3.0             # the wider text's prose is this many times the chosen text's, at least...
_MIN_GAIN = 300         # ...and this many characters more (two short paragraphs)
_ADDED_PROSE = 0.6      # share of the added text in prose lines, at least
_STORY_TAGS = frozenset({"article", "main"})
_ARTICLE_BODY_PROPS = frozenset({"articleBody", "articlebody", "ArticleBody"})
#: Drops that say the wider box reaches the page's lists beside the story.
_BESIDE_STORY = frozenset({"related-section", "comment-thread", "link-teaser"})


def wider_text(page: Page, top: Element, blocks: list[Block],
               walk: Callable[[Element], tuple[list[Block], list[Dropped]]],
               ) -> tuple[list[Block], list[Dropped]] | None:
    """The blocks (and drops) of an ancestor of ``top`` whose text holds ``blocks`` (the
    chosen box's) as a small part of a larger prose text, or ``None``. ``walk`` extracts
    a box's blocks with the drops its walk noted."""
    prose, _, total = prose_chars(blocks)
    walks = 0
    el = top
    for _ in range(_LEVELS):
        el = el.getparent()
        if el is None or el.tag in ("body", "html") or furniture_box(page, el) or page.in_furniture(el) \
                or not one_story(el):
            return None
        story_box = el.tag in _STORY_TAGS or el.get("itemprop") in _ARTICLE_BODY_PROPS
        if _reads_at_least(el, _GAIN * total + _MIN_GAIN):
            walks += 1
            alt, notes = walk(el)
            if _reads_wider(blocks, prose, total, alt, notes):
                return alt, notes
            if walks >= _WALKS:
                return None
        if story_box:
            return None
    return None


def _reads_at_least(el: Element, chars: float) -> bool:
    """Whether ``el``'s non-link text (collapsed) is ``chars`` characters or more. Its
    raw text is measured first: collapsing never lengthens a text, so a raw text under
    ``chars`` answers without the collapse and the walk of its links (an ancestor of
    the chosen box mostly holds little more than the box)."""
    text = sel.TEXT(el)
    return len(text) >= chars and len(collapse(text)) - link_length(el) >= chars


def _reads_wider(blocks: list[Block], prose: int, total: int, alt: list[Block], notes: list[Dropped]) -> bool:
    """``alt`` adds mostly prose to ``blocks``, :data:`_GAIN` times theirs, keeps every
    line of them with prose before and after them, and its walk left out nothing of
    the page's lists beside the story."""
    alt_prose, _, alt_total = prose_chars(alt)
    added, added_prose = alt_total - total, alt_prose - prose
    if added_prose < _MIN_GAIN or alt_prose < _GAIN * prose or added_prose < _ADDED_PROSE * added:
        return False
    if any(note.rule in _BESIDE_STORY for note in notes):
        return False
    kept = {block.text for block in alt}
    if not all(block.text in kept for block in blocks):
        return False
    mine = {block.text for block in blocks}
    at = [i for i, block in enumerate(alt) if block.text in mine]
    return _prose_among(alt[:at[0]]) and _prose_among(alt[at[-1] + 1:])


def _prose_among(blocks: list[Block]) -> bool:
    """A line of prose among ``blocks``."""
    return prose_chars(blocks)[0] > 0
