"""A second extraction beside the chosen one, and the one that reads as the article.

The scorer chooses one box; when it chooses wrong (a short box of facts beside the
story, whose paragraphs sit in wrappers the score is spread over) the article is
lost. As trafilatura checks its own extraction against a fallback extractor's and
takes the fallback's when it is much longer, the body is extracted a second time
from one rival box and the two are compared: the rival wins when its text carries
clearly more prose (sentences of some length) and no larger share of furniture
lines (short lines that are not sentences).

Prose volume alone does not tell the story from a larger box beside it (an "About
us" text, the next story's teaser, readers' letters), so the rival must be the
story by its place too: it holds the page's headline (``<h1>``), or both boxes
follow a headline in neither (a page header's, above two columns); the chosen box
holds none and is not inside the ``<article>`` or ``articleBody`` that holds it;
and its text keeps every line of the chosen text (it may only add to it). The
rival is the best-scored candidate disjoint from the chosen box, walked only when
its scored text (known from the scoring pass) is far more than the chosen box's,
so most pages walk once; at most one rival is walked per page.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from crawler.items import Block
from crawler.parsers import selectors as sel
from crawler.parsers.body.container import Page, contains, link_length
from crawler.parsers.document import Element
from crawler.parsers.vocabulary import SENTENCE_END, has_words

__all__ = ["better_rival", "furniture_box", "one_story", "prose_chars"]

_GAIN = 2.0             # the rival's prose is this many times the chosen text's, at least...
_MIN_GAIN = 400         # ...and this many characters more (two paragraphs)
_PROSE_WORDS = 12       # a line of prose: a sentence of this many words or more
_FURNITURE_SLACK = 0.05  # share of furniture lines the rival may have above the chosen text's
_ARTICLE_BODY_PROPS = frozenset({"articleBody", "articlebody", "ArticleBody"})
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
        if block.type in _PROSE_KINDS and has_words(block.text, _PROSE_WORDS) and (
                SENTENCE_END.search(block.text) is not None):
            prose += n
        else:
            furniture += n
    return prose, furniture, total


def _rival_box(page: Page, top: Element, next_best: Callable[[], Element | None],
               headline: Element) -> Element | None:
    """The best candidate outside ``top`` (``next_best()``, looked for only when
    ``top`` is not the story's own box: most pages) when it may be the story and
    ``top`` may not: it holds the headline, or both follow it (a page header's
    headline above two columns), and ``_GAIN`` times ``top``'s scored text; ``top``
    neither holds the headline nor sits in the ``<article>`` or ``articleBody``
    that does; else ``None``."""
    if _in_story(top, headline):
        return None
    other = next_best()
    if other is None or not (
            contains(other, headline) or (_follows(other, headline) and _follows(top, headline))):
        return None
    least = _GAIN * page.subtree.get(top, 0.0) + _MIN_GAIN
    if page.subtree.get(other, 0.0) < least:
        return None
    return other if _may_hold_text(page, other, least) else None


def _follows(box: Element, headline: Element) -> bool:
    """``box`` comes after ``headline`` in document order (in a later sibling of the
    headline or of one of its ancestors)."""
    around = {box, *box.iterancestors()}
    return any(sib in around for node in (headline, *headline.iterancestors()) for sib in node.itersiblings())


def _in_story(top: Element, headline: Element) -> bool:
    """``top`` holds the headline, or is inside an ``<article>`` or ``articleBody``
    that does: the story's own box, which no box beside it replaces."""
    if top is headline or contains(top, headline):
        return True
    return any((el.tag == "article" or el.get("itemprop") in _ARTICLE_BODY_PROPS)
               and contains(el, headline) for el in top.iterancestors())


def _may_hold_text(page: Page, box: Element, least: float) -> bool:
    """Not furniture by class or by tag however large (a menu of teasers, a sidebar),
    nor inside such; one story (:func:`one_story`); ``least`` scored text or more
    outside such boxes within it (an author's biography under the post is prose in
    furniture's clothes); a fifth links at most (a list of teasers is mostly links)."""
    if page.in_furniture(box) or any(furniture_box(page, el) for el in (box, *box.iterancestors())):
        return False
    if not one_story(box) or _clean_weight(page, box) < least:
        return False
    text = len(sel.TEXT(box))
    return text > 0 and link_length(box) <= _LINK_SHARE * text


def one_story(box: Element) -> bool:
    """``box`` holds one headline and one ``<article>`` at most: several stories
    are not one longer text."""
    return (len(list(islice(box.iter("h1"), 2))) <= 1
            and len(list(islice(box.iter("article"), 2))) <= 1)


def furniture_box(page: Page, el: Element) -> bool:
    """``el`` is furniture by its tag (:data:`_FURNITURE_TAGS`) or its class, whatever its size."""
    return el.tag in _FURNITURE_TAGS or page.verdict(el) < 0


def _clean_weight(page: Page, box: Element) -> float:
    """The scored text in ``box`` outside boxes that are furniture by tag or class
    whatever their size: one walk of ``box``."""
    total = 0.0
    stack: list[Element] = [box]
    while stack:
        el = stack.pop()
        if el is not box and furniture_box(page, el):
            continue
        total += page.weight.get(el, 0.0)
        stack.extend(child for child in el if isinstance(child.tag, str))
    return total


def better_rival(page: Page, top: Element, next_best: Callable[[], Element | None], blocks: list[Block],
                 walk: Callable[[Element], list[Block]],
                 headline: Element | None) -> list[Block] | None:
    """The rival's blocks when they read as the article more than ``blocks`` (the
    chosen box's) do and keep every line of them, else ``None``. ``next_best``
    gives the best candidate outside the chosen box; ``walk`` extracts a box's
    blocks; ``headline`` is the page's headline ``<h1>`` (no headline, no
    comparison: nothing tells the story's box)."""
    if headline is None:
        return None
    rival = _rival_box(page, top, next_best, headline)
    if rival is None:
        return None
    prose, furniture, total = prose_chars(blocks)
    alt = walk(rival)
    alt_prose, alt_furniture, alt_total = prose_chars(alt)
    if alt_prose < _GAIN * prose or alt_prose - prose < _MIN_GAIN:
        return None
    share = furniture / total if total else 0.0
    if alt_furniture > (share + _FURNITURE_SLACK) * alt_total:
        return None
    kept = {block.text for block in alt}
    return alt if all(block.text in kept for block in blocks) else None
