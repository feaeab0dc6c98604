"""Walking the elements around a headline: text of an element, the elements just
after / before it in document order, and whether one sits in page furniture
(figures, captions, forms, navigation). Read-only; shared by the header scan and
the section / tag readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from crawler.parsers.bounded_text import text_of
from crawler.parsers.caseless import Caseless
from crawler.parsers.vocabulary import LETTER

__all__ = ["AUTHOR_HINT", "CAPTION_HINT", "LETTERS", "SKIP_TAGS", "attrs_of", "cut_value", "following", "has_ancestor",
           "in_furniture", "in_marked_box", "preceding", "story_scope", "text_of"]

SKIP_TAGS = frozenset({"script", "style", "noscript", "svg", "button", "form", "nav", "aside",
                        "iframe", "select", "option", "template", "figure", "figcaption",
                        "picture", "img", "video", "audio", "input", "textarea", "blockquote"})
# (Turkish "muhabir", reporter: "haber-muhabir", ASP.NET's "lblMuhabir" span)
AUTHOR_HINT = re.compile(r"author|byline|byl\b|writer|autor|auteur|verfasser|creator|muhabir", re.I)
# Two letters in a row: a letter, then a letter or a vowel sign of the Indic scripts
# (:data:`.vocabulary.LETTER`: the Hindi "देश" or "कोटा" holds no two ``\w`` letters side by side).
LETTERS = re.compile(r"[^\W\d_]" + LETTER)
# A class or id word naming a region of other people's words or other pages: a
# comment thread ("comments", "comment-list", "disqus_thread"; not "commentary", nor
# "has-comments" on a story's wrapper, nor a comment counter's box, "comments_datetime",
# "comment-count", which the story's byline and date share), a widget ("widget-area"), a related /
# recommended / most-read list ("yarpp-related"). Not "sidebar": old blog themes
# and podcast pages print the post's own date and author in their sidebar.
# Elementor, a WordPress page builder, marks every block of a page "elementor-widget"
# (the headline, the dateline, the text): there only its lists of other posts and
# its sidebar blocks are such regions (its "Posts", "Archive Posts", "Loop Grid",
# "Loop Carousel", "Sidebar" and WordPress-widget blocks).
_COMMENT_THREAD = (r"(?:^|\s)(?:comments?|kommentare?|commentaires?|comentarios?|repl(?:y|ies)|respond|disqus)"
                   r"(?:$|\s|[_-](?!(?:count|counts|number|link|datetime)\b))")
#: The comment threads' part of :data:`OTHER_REGION`.
COMMENT_THREAD = Caseless(_COMMENT_THREAD)
OTHER_REGION = Caseless(
    _COMMENT_THREAD
    + r"|(?:^|[\s_-])(?:(?<!elementor-)widgets?|related|recommend(?:ed|ations?)?|popular|most-?read)(?:$|[\s_-])"
    r"|elementor-widget-(?!theme-post-|post-info)[\w-]*(?:posts?|grid|listing|loop|carousel|blog|archive|recent|sidebar|wp-widget)")

_MAX_SUBTREE = 150


def has_ancestor(el: Any, tags: tuple[str, ...]) -> bool:
    return any(anc.tag in tags for anc in el.iterancestors())


def following(start: Any, limit: int) -> Iterator[Any]:
    """Elements after ``start`` in document order (its descendants first)."""
    n = 0
    for el in start.iterdescendants():
        yield el
        n += 1
        if n >= limit:
            return
    node = start
    while node is not None:
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            yield sib
            n += 1
            if n >= limit:
                return
            for el in sib.iterdescendants():
                yield el
                n += 1
                if n >= limit:
                    return
        node = node.getparent()


def preceding(start: Any, limit: int, levels: int = 4) -> Iterator[Any]:
    """Elements before ``start`` within a few ancestor levels, closest first."""
    n = 0
    node = start
    for _ in range(levels):
        if node is None:
            return
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            subtree = list(islice(sib.iter(), _MAX_SUBTREE))
            if len(subtree) >= _MAX_SUBTREE:
                continue  # a whole page region (site header, navigation): not a label
            for el in reversed(subtree):
                yield el
                n += 1
                if n >= limit:
                    return
        node = node.getparent()


#: Characters of an attribute value the scans read: class, id and href values of
#: real pages are far shorter; a hostile page's run to megabytes, and a regex over
#: one would cost a second. A longer value is read as its first and last halves
#: (:func:`cut_value`): a utility-first (Tailwind) class list runs to 500-1,000
#: characters, and a component appends its role word ("byline", "author") last.
MAX_ATTR_CHARS = 500


def cut_value(value: str, cap: int = MAX_ATTR_CHARS) -> str:
    """``value`` whole up to ``cap`` characters; a longer one as its first ``cap // 2``
    and last ``cap // 2`` characters joined by a space, the tail's first word dropped
    when the cut fell inside it (a fragment such as "caption" of "text-caption" names
    nothing). Bounded and linear in ``cap``.

    >>> cut_value("a" * 300 + " " + "b" * 300 + " byline", 20)
    'aaaaaaaaaa byline'
    """
    if len(value) <= cap:
        return value
    half = cap // 2
    tail = value[len(value) - half:]
    if not value[len(value) - half - 1].isspace():
        parts = tail.split(None, 1)
        tail = parts[1] if len(parts) == 2 else tail
    return f"{value[:half]} {tail}"


def attr(el: Any, name: str) -> str:
    """``el``'s attribute ``name`` ("" when absent), cut by :func:`cut_value`."""
    return cut_value(el.get(name) or "")


def marks_of(el: Any) -> str:
    """``el``'s class and id values, each cut by :func:`cut_value`."""
    value, ident = el.get("class"), el.get("id")
    if not value and not ident:  # most elements (the date search asks of every one)
        return ""
    return f"{cut_value(value or '')} {cut_value(ident or '')}".strip()


#: The attributes that mark an element's role, read by :func:`attrs_of`.
_MARK_ATTRS = ("class", "id", "itemprop", "rel", "data-testid")


def attrs_of(el: Any, cap: int = MAX_ATTR_CHARS) -> str:
    """``el``'s marking attributes joined, each value cut by :func:`cut_value` at
    ``cap``: the scans ask this of thousands of elements a page, and a hostile page's
    100,000-character class on each of 100 boxes took 1.5 s of case-insensitive
    searches uncut. (A list, not a generator, for ``join``: the generator's frames
    cost a third of the call.)"""
    return " ".join([value if len(value) <= cap else cut_value(value, cap)
                     for value in map(el.get, _MARK_ATTRS) if value])


# Not a utility class naming a type size ("text-caption" in Tailwind themes, Material's
# "mdc-typography--caption"): small print, as bylines and datelines are set, not a caption.
CAPTION_HINT = Caseless(r"(?<!text-)(?<!typography--)caption|(?:photo|image|img|pic|media)[-_]?credit|copyright|"
                           r"bildunterschrift|legende|gallery|lightbox|slideshow")


def in_furniture(el: Any, memo: dict[Any, bool] | None = None) -> bool:
    """Inside a figure, caption, credit, form, nav, share bar... (not header text).

    Without ``memo`` (one element looked at alone: a label above the headline)
    ``el``'s tag and its ancestors' tags count, and the classes of its six nearest
    ancestors: a gallery or lightbox class far up may wrap the whole story. With
    ``memo`` (the header scan, walking many elements in order) ``el``'s class and
    every ancestor's count, and the answer is kept per element (the headline's
    ancestors are entered as False).
    """
    if memo is not None:
        return in_marked_box(el, _furniture_box, memo)
    if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
        return True
    for depth, anc in enumerate(el.iterancestors(), 1):
        if anc.tag in SKIP_TAGS:
            return True
        if depth <= 6:
            attrs = attr(anc, "class")
            if attrs and CAPTION_HINT.search(attrs):
                return True
    return False


def _furniture_box(node: Any) -> bool:
    """A box that is furniture by itself: a skipped tag, or a caption's class."""
    tag = node.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    value = node.get("class")
    return bool(value and CAPTION_HINT.search(cut_value(value)))


def in_marked_box(el: Any, marked: Callable[[Any], bool], memo: dict[Any, bool]) -> bool:
    """Whether ``el`` or one of its ancestors is ``marked``; each box's answer is kept
    in ``memo``, so the elements of a page are each asked once however many are looked
    up (linear). An answer in ``memo`` stands for the box and all above it.

    >>> from lxml import html
    >>> doc = html.fromstring("<div class=side><p>a</p><p>b</p></div>")
    >>> memo = {}
    >>> [in_marked_box(p, lambda box: box.get("class") == "side", memo) for p in doc]
    [True, True]
    >>> len(memo)
    3
    """
    chain = []
    node = el
    result = False
    while node is not None:
        known = memo.get(node)
        if known is not None:
            result = known
            break
        chain.append(node)
        if marked(node):
            result = True
            break
        node = node.getparent()
    for item in chain:
        memo[item] = result
    return result


def story_of(headline: Any) -> Any:
    """The headline's <article> / <main>: the story's own box (None when there is none)."""
    if headline is None:
        return None
    return next((a for a in headline.iterancestors() if a.tag in ("article", "main")), None)


def within(el: Any, scope: Any) -> bool:
    """``el`` is inside ``scope``."""
    return any(anc is scope for anc in el.iterancestors())


LONG_PARAGRAPH = 150  # characters: a paragraph of the story's text, not a caption's or a teaser's


def story_scope(headline: Any) -> Any:
    """The element holding the story the headline belongs to: the headline's
    <article> / <main>, else its nearest ancestor that holds the article text
    (two long paragraphs); None when only <body> does."""
    box = story_of(headline)
    if box is not None:
        return box
    for anc in headline.iterancestors():
        if anc.tag in ("body", "html"):
            return None
        long = 0
        for n, p in enumerate(anc.iter("p")):
            if n >= 300:
                break
            if len(p.xpath("string()")) >= LONG_PARAGRAPH:
                long += 1
                if long >= 2:
                    return anc
    return None
