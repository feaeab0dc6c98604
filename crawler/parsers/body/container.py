"""Which element holds the article (steps 2 and 3 of :mod:`crawler.parsers.body`).

The class and id vocabulary (furniture and content words from :mod:`boilerplate`),
text-density scoring in the way of readability.js (every paragraph with enough
non-link text gives its length to its parent and shrinking shares to four
ancestors above; paragraphs inside furniture count for little; near-equal rivals
promote their common ancestor), and the choice of the container and of the
sibling blocks that belong with it.
"""

from __future__ import annotations

import heapq
import itertools
import re
from functools import lru_cache

from lxml import etree

from crawler.parsers import selectors as sel
from crawler.parsers.body import boilerplate as bp
from crawler.parsers.body.furniture import furniture_rule
from crawler.parsers.body.lengths import TextLengths
from crawler.parsers.body.text import class_name_part, class_words, collapse, is_dek, norm_key
from crawler.parsers.bounded_text import leading_text
from crawler.parsers.box_headings import opens_comments as opens_comments
from crawler.parsers.document import Element
from crawler.parsers.vocabulary import SENTENCE_END, has_words

__all__ = ["MIN_BODY_CHARS", "RELATED_HEADINGS", "Page", "choose_container", "contains",
           "follow_headline", "hidden_box", "inside_main", "link_length", "opens_comments"]

_FURNITURE_WORDS = frozenset(bp.FURNITURE_TOKENS)
_FURNITURE_NAMES = frozenset(bp.FURNITURE_NAMES)
_CONTENT_WORDS = frozenset(bp.CONTENT_TOKENS)
_POSITIVE_WORDS = frozenset(bp.POSITIVE_TOKENS)
_EMBED_WORDS = frozenset(bp.EMBED_TOKENS)
# A social network's post ("article-tweet"), not any embed (a sign-up form is one too).
_POST_WORDS = _EMBED_WORDS - {"embed", "embedded"}
_STRONG_WORDS = frozenset(bp.STRONG_FURNITURE_TOKENS)
_STATE_WORDS = frozenset(bp.STATE_TOKENS)
_LIVE_WORDS = frozenset(bp.LIVE_TOKENS)
_TEXT_WORDS = frozenset({"text", "body", "content", "copy", "editor", "paragraph", "prose", "richtext"})
# A widget of the text's own kinds: its words, or a page builder's heading widget
# ("elementor-widget-heading": a company page's section headings are set so), or its
# boxes of a heading and a paragraph ("elementor-widget-icon-box", "image-box",
# "info-box", "flip-box": a company or an association page's "what we do" points are
# set so, each a sentence or two of the page's own text, never a menu or a feed).
_TEXT_WIDGET_WORDS = _TEXT_WORDS | {"heading", "icon-box", "image-box", "info-box", "flip-box"}
# Furniture words inside run-together names ("relatedpoststitle", "socialshare").
_FURNITURE_INSIDE = re.compile("|".join(bp.FURNITURE_SUBSTRINGS))

RELATED_HEADINGS = frozenset(bp.RELATED_HEADINGS + bp.UNRELATED_LIST_HEADINGS)
# Headings after which the rest of their section is links to other articles (the
# one-word generic ones, "Latest", "Popular", can head a part of the text too).
_RELATED_SECTION = RELATED_HEADINGS - frozenset(bp.AMBIGUOUS_HEADINGS)
_RELATED_PREFIXES = bp.RELATED_SECTION_PREFIXES
_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")

_DIVIDERS = (1, 2, 6, 9, 12)
_HEADLINE_SHARE = 0.2        # the headline's article scores this share of the top
_RIVAL_SHARE = 0.35           # near-equal candidates: the text is split in pieces
_PARAGRAPHS_COUNTED = 50      # paragraphs of a box counted against the best's
_ITEMPROP_HOLDERS = etree.XPath("descendant-or-self::*/@itemprop/..")  # (attribute axis: 0.24 -> 0.17 ms)
MAX_SCORED_ELEMENTS = 500_000  # elements scored; a page past it is scored on its start
MIN_BODY_CHARS = 200         # characters under which a body is too short to trust
_MIN_ITEM = 100              # characters of a list item that reads as a paragraph
_SECTION_SHARE = 0.2         # of the top's text: a sibling section with this much prose is text
_MIN_PARAGRAPH = 25          # characters of non-link text for a paragraph to score
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
_DIRECT_TAGS = frozenset({
    "div", "section", "article", "td", "blockquote", "dd", "span", "font", "center", "main",
})
_TEXT = sel.TEXT
_ARTICLE_BODY_PROPS = frozenset({"articleBody", "articlebody", "ArticleBody"})



# --- class / id vocabulary -----------------------------------------------------------


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of one class name's telling part: the same names recur in many class
    values ("col", "row", "container"), each value read once by :func:`_verdict_of`."""
    return tuple(class_words(class_name_part(name)))


@lru_cache(maxsize=8192)
def _verdict_of(value: str) -> tuple[int, bool]:
    """The verdict of a class / id value (2: body container, 1: text-ish container,
    -1: furniture, -2: furniture whatever its size (consent boxes, comments), 0: nothing
    known), and whether it is a post's wrapper's (furniture by a container word only,
    "story-widget story-tweet"): the box must hold the post (:func:`_holds_post`).

    Each class name's part is its own (:func:`_name_flags`, kept per name: the same
    names recur in the many values of a page and across pages), given two facts of
    the whole value: a text widget's, and a post's taxonomy terms.
    """
    lowered_value = value.lower()
    if _DROP_CAP.search(lowered_value):
        return 2, False
    text_widget = "widget" in lowered_value and any(w in lowered_value for w in _TEXT_WIDGET_WORDS)
    post_classes = _is_post_classes(lowered_value)
    flags = 0
    for name in value.split():
        if post_classes and name.lower().startswith(_TERM_PREFIXES):
            continue
        named = _name_flags(name, text_widget)
        if named < 0:
            return 2, False
        flags |= named
    furniture = bool(flags & _FURNITURE)
    if furniture and not (flags & _EMBED and not flags & _HARD):
        return (-2 if flags & _STRONG else -1), False
    # (a post's wrapper named by a container word too, "article-widget article-tweet", is the post's)
    return (1 if flags & _POSITIVE else 0), furniture


# Components of a page builder named "cmp-..." (Adobe Experience Manager's core
# components: "cmp-text", "cmp-image", "cmp-title", "cmp-container"): "cmp" there
# is "component", not a consent platform (a consent box's names are its own:
# "qc-cmp2-ui", "cmpbox", and say "consent", "cookie", "privacy").
_COMPONENT_WORDS = frozenset({"text", "title", "image", "container", "quote", "embed"})

# What one class name says (:func:`_name_flags`): bits, or -1 for a body container's name.
_FURNITURE, _HARD, _STRONG, _POSITIVE, _EMBED = 1, 2, 4, 8, 16


@lru_cache(maxsize=16384)
def _name_flags(name: str, text_widget: bool) -> int:
    """One class name's part of :func:`_verdict_of`: -1 (a body container's name), else
    the furniture (``_HARD``: no post excuses it: ad, promo, share, sidebar, bio...),
    strong furniture, positive and embed bits it sets (0: nothing)."""
    if name.lower() in _FURNITURE_NAMES:
        return _FURNITURE | _HARD
    # BEM: "sidebar-grid__content" is the content element of a sidebar grid,
    # "share--large" a variant of a share bar; the element name decides.
    words = _name_words(name)
    if len(words) == 1 and words[0] in _CONTENT_WORDS:
        return -1
    if len(words) == 2 and words[0] == "cmp" and words[1] in _COMPONENT_WORDS:
        return 0        # a page builder's component ("cmp-text", "cmp-image"), no consent box
    if len(words) > 1 and (_STATE_WORDS.intersection(words) or _LIVE_WORDS.intersection(words)):
        return 0
    if text_widget and "widget" in words:
        return 0    # "article-widget article-widget-text", "elementor-widget-text-editor"
    if (not _HOLDER_WORDS.isdisjoint(words) and not _LAYOUT_WORDS.isdisjoint(words)
            and _HARD_WORDS.isdisjoint(words)):
        # a page builder's wrapper of any widget ("elementor-widget-wrap",
        # "elementor-widget-container"): a layout box, around a text widget as well
        # as around a menu; a sidebar's ("sidebar-widget-wrap") names its place
        return 0
    if _EMBED_WORDS.intersection(words):
        # A quoted post ("social-media-embed", "twitter-tweet") is quoted text.
        return _EMBED if _POST_WORDS.intersection(words) else 0
    # (set tests, not a generator a word: this runs for each new name of a page)
    strong = 0 if _STRONG_WORDS.isdisjoint(words) else _STRONG
    for w in words:
        if len(w) > 9 and _FURNITURE_INSIDE.search(w):
            return _FURNITURE | _HARD | strong   # "newsletter-signup"
    for i in range(len(words) - 1):
        if words[i] + words[i + 1] in _CONTENT_WORDS and _FURNITURE_WORDS.isdisjoint(words[i + 2:]):
            return -1
    if not _FURNITURE_WORDS.isdisjoint(words):
        return _FURNITURE | strong | (0 if _HARD_WORDS.isdisjoint(words) else _HARD)
    return 0 if _POSITIVE_WORDS.isdisjoint(words) else _POSITIVE


# A drop cap (a large first letter) opens the text or a section of it, whatever else
# the paragraph's class says ("has-dropcap__lead-standard-heading": a lead-in, not a
# standfirst; WordPress's "has-drop-cap").
_DROP_CAP = re.compile(r"(?:(?<![a-z])|has[-_]?)drop[-_]?cap(?!tion)")   # not "backdrop-caption"


# WordPress's ``post_class()`` (and the hAtom ``hentry`` class) lists the post's own
# taxonomy terms: "tag-gegenlicht category-fotografie" on the post's wrapper says what
# the post is tagged with, not that the element is a tag cloud.
_TERM_PREFIXES = ("tag-", "category-", "format-")


def _is_post_classes(lowered_value: str) -> bool:
    names = lowered_value.split()
    return "hentry" in names or "type-post" in names


# The id of the box a "Skip to content" link jumps to ("skip-main", "skip-content",
# "skiptarget", "skip-link-target"): the page's main content, not the skip link's
# furniture ("skip" marks a skip link, a pop-up's "skip ad").
_SKIP_TARGET = re.compile(r"skip[-_]?(?:to[-_]?)?(?:main|content|main[-_]?content|target|link[-_]?target)",
                          re.IGNORECASE)


def _class_verdict(el: Element) -> int:
    value = el.get("class")
    ident = el.get("id")
    if ident and not (el.tag != "a" and _SKIP_TARGET.fullmatch(ident)):
        value = f"{value} {ident}" if value else ident
    if not value:
        return 0
    verdict, post_wrapper = _verdict_of(value[:300])
    return -1 if post_wrapper and not _holds_post(el) else verdict


# Class words of the items of a page that is a list of them: readers' comments
# (:data:`.boilerplate.STRONG_FURNITURE_TOKENS`' comment words), a forum engine's posts
# named so, and a listing's entries: teasers ("news-list-teaser") and excerpts
# (WordPress's "entry-summary" under each post of an archive, Ghost's "post-card-excerpt").
_LISTED_WORDS = frozenset({"comment", "comments", "kommentar", "kommentare", "commentaires",
                           "comentarios", "komentarze", "teaser", "teasers", "summary", "excerpt"})
_NAMES_READ = 30            # class names of an element read for an item's


def item_named(el: Element) -> bool:
    """``el``'s class or id names a comment, a teaser or an excerpt ("ipsComment",
    "news-list-teaser", "entry-summary")."""
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    return any(not _LISTED_WORDS.isdisjoint(_name_words(name)) for name in value.split()[:_NAMES_READ])


# A furniture word that only names a holder: with a post's name, the post's wrapper.
_HOLDER_WORDS = frozenset({"widget", "widgets"})
_HARD_WORDS = _FURNITURE_WORDS - _HOLDER_WORDS
_POST_EMBED = etree.XPath(
    "descendant::*[self::blockquote or self::iframe][position() <= 20]"
    " | descendant::a[contains(@href, '/status/') or contains(@href, 'instagram.com/p/')"
    " or contains(@href, 'bsky.app/profile/')][position() <= 1]")


def _holds_post(el: Element) -> bool:
    """The box holds a quoted post: a ``<blockquote>`` or ``<iframe>`` (a network's embed
    code), or a link to a post on X/Twitter, Mastodon, Instagram or Bluesky."""
    return bool(_POST_EMBED(el))


# --- scoring ---------------------------------------------------------------------------


def _own_text_length(el: Element) -> int:
    """Length of the text directly inside ``el`` (its text and its children's tails)."""
    n = len(el.text.strip()) if el.text else 0
    for child in el:
        if child.tail:
            n += len(child.tail.strip())
    return n




_LEAF_SCAN = 200    # elements inside a box read as a paragraph, at most
_MIN_BOX_TEXT = 80  # characters of a <div>'s own text (or its one run of inline text) that count
_PARAGRAPH_TAGS = frozenset({"p", "pre", "span", "font"})   # scored for their parent
# A first child that ends a run of text: :func:`_phrasing_box` refuses the box at once.
_RUN_BREAKS = sel.BLOCK_TAGS | {"br"}


def _phrasing_box(el: Element) -> int | None:
    """The number of elements inside ``el`` when none of them is a block (``el`` holds
    one run of text: readability.js reads such a ``<div>`` as a ``<p>``), else None."""
    size = 0
    for child in el.iterdescendants():
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in sel.BLOCK_TAGS or tag == "br" or size >= _LEAF_SCAN:
            return None     # (lines split by <br> are a box of text: scored as one)
        size += 1
    return size


def link_length(el: Element) -> int:
    """Length of the text inside links below ``el``: what ``.//a//text()`` gives,
    reading each outermost link once (the XPath re-reads a link's subtree for
    every link it is nested in, which made nested links quadratic)."""
    parts: list[str] = []
    inner: set[Element] = set()
    for link in el.iter("a"):
        if link is el or link in inner:
            continue
        inner.update(link.iter("a"))
        parts.extend(link.itertext())
    return len("".join(parts).strip())


def _prose_item(li: Element) -> float:
    """The non-link text length of a list item that reads as a paragraph (a sentence
    of ``_MIN_ITEM`` characters or more, no block inside, a quarter links at most),
    else 0. Teaser lists (a linked headline and a snippet cut with "...") are not."""
    if len(li) == 1 and li[0].tag == "a" and not (li.text or "").strip() and not (li[0].tail or "").strip():
        return 0.0      # a link and nothing else: a menu's item (most items are; tested first)
    if len(li) and any(isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS for c in li.iterdescendants()):
        return 0.0      # (before the text: a menu's item holds its submenu's whole text)
    text = _TEXT(li).strip()
    n = len(text)
    if n < _MIN_ITEM or text.endswith(("...", "…")):
        return 0.0
    links = link_length(li) if next(li.iter("a"), None) is not None else 0
    return float(n - links) if links * 4 <= n else 0.0


_LIST_SENTENCES = 3          # short sentence items that make a list a paragraph of the text
_LIST_ITEMS_READ = 100       # items of a list read for them
_ITEM_WORDS = 5              # words of a sentence item ("Go for a ten minute walk.")
_FULL_STOPS = (".", "!", "?")   # a sentence item's end: not a label's colon, a ticker entry's "(11.39 Uhr)"


def _sentence_list(el: Element, item: str = "li") -> float:
    """The text length of a list's short items that are sentences (``_ITEM_WORDS``
    words or more, a full stop, no link, no block inside: "Drink a glass of water
    first thing in the morning."), when it has ``_LIST_SENTENCES`` or more and they
    are most of its items, else 0: a page whose text is a list of tips or steps
    ("Six small habits", "What you need") is scored as the paragraphs it is. Items of
    ``_MIN_ITEM`` characters score on their own (:func:`_prose_item`); a menu's,
    a tag list's or a teaser list's items are links or labels, not sentences.

    With ``item="div"``: a box of short ``<div>`` lines, one sentence each (a
    company's "We repair leaking taps the same day."), under the
    :data:`_MIN_BOX_TEXT` characters that score such a ``<div>`` as a paragraph."""
    lines = list(itertools.islice(el.iterchildren(item), _LIST_ITEMS_READ))
    items = len(lines)
    need = max(_LIST_SENTENCES, items // 2 + 1)     # sentence items the score asks for
    left = items - need     # items that may fail before the score cannot be reached
    if left < 0:
        return 0.0
    found = 0
    chars = 0.0
    longest = _MIN_ITEM if item == "li" else _MIN_BOX_TEXT
    for li in lines:
        # (first: a box's first descendant is mostly a block, a menu's item is a link,
        # and its text is not read)
        if _plain_line(li):
            raw = leading_text(li, _RAW_ITEM * longest + 1)
            # (a longer raw text is not read further: nested boxes would each re-read a whole page's text)
            if len(raw) <= _RAW_ITEM * longest:
                text = collapse(raw)
                if (len(text) < longest and text.endswith(_FULL_STOPS) and not text.endswith(("...", "…"))
                        and len(text.split()) >= _ITEM_WORDS):
                    found += 1
                    chars += len(text)
                    continue
        left -= 1
        if left < 0:
            return 0.0      # (most items are not sentences: the rest are not read)
    return chars


_ITEM_HOLDERS = frozenset({"li", "ul", "ol", "div"})
_RAW_ITEM = 4                # a sentence item's raw text, spaces included, read up to 4x its limit
_ITEM_ELEMENTS = 200         # elements a sentence item may hold (inline markup), read no further


def _plain_line(li: Element) -> bool:
    """Whether ``li`` holds no block (:data:`.selectors.BLOCK_TAGS`) and no link among
    its first :data:`_ITEM_ELEMENTS` descendants, and no more than those: a line of
    inline markup, not a menu's or a teaser list's item."""
    for n, c in enumerate(li.iterdescendants()):
        tag = c.tag
        if n >= _ITEM_ELEMENTS or tag == "a" or (isinstance(tag, str) and tag in sel.BLOCK_TAGS):
            return False
    return True


def _item_weight(el: Element, tag: str) -> float:
    """The score of a list item that reads as a paragraph (:func:`_prose_item`), or of
    a list or a box of short sentence lines (:func:`_sentence_list`); 0 for others."""
    if tag == "li":
        return _prose_item(el)
    if tag == "div":
        return _sentence_list(el, "div") if len(el) >= _LIST_SENTENCES else 0.0
    return _sentence_list(el, "li")


def mark_run(el: Element, marked: set[Element]) -> int:
    """Add ``el`` and its following siblings to ``marked``; return how many were added.
    A run already marked extends to its parent's end, so the walk stops at the first
    marked sibling: a page of many sibling headings is marked in linear time (it was
    quadratic, one walk to the end per heading)."""
    if el in marked:
        return 0
    marked.add(el)
    added = 1
    for sib in el.itersiblings():
        if sib in marked:
            break
        marked.add(sib)
        added += 1
    return added


class Page:
    """Scores of one page's elements."""

    def __init__(self, root: Element, holders: list[Element] | None = None) -> None:
        self.root = root
        #: The page's ``itemprop`` holders read before the tree was stripped (in page
        #: order), if known: the declared body is found among them, not by another walk.
        self.holders = holders
        self.weight: dict[Element, float] = {}      # paragraph -> non-link text length
        self.subtree: dict[Element, float] = {}     # element -> text weight below it
        self.score: dict[Element, float] = {}       # candidate container -> score
        self.verdicts: dict[Element, int] = {}
        self.marked: set[Element] = set()            # related-links sections
        self.paragraph_boxes: set[Element] = set()   # <div>s of one run of text, scored as paragraphs
        self.furniture: dict[Element, bool] = {}
        self.declared: list[Element] = []            # itemprop=articleBody
        self.media_boxes: set[Element] = set()       # an image and its caption, in divs
        self.side_columns: set[Element] = set()      # a layout's narrower columns beside the text's (.columns)
        self.media_holders: frozenset[Element] = frozenset()  # each image's or video's box, read before the strip
        self.total = 0.0
        #: The page's headline ``<h1>``, when known: near-equal boxes nearer it win.
        self.headline: Element | None = None
        #: The title's words (lower-cased, one space apart), when known.
        self.title_words = ""
        # Text and link lengths of boxes, each subtree read once for the page: the
        # tree is not changed after the non-content strip, so every best() and walk shares them.
        self.lengths = TextLengths()

    def mark_related_sections(self) -> None:
        """A "Related articles" heading and what follows it are not the text."""
        for heading in self.root.iter(_SECTION_HEADINGS):
            text = sel.TEXT(heading)
            if len(text) > 80:
                continue
            key = norm_key(text)
            if key not in _RELATED_SECTION and not key.startswith(_RELATED_PREFIXES):
                continue
            el = heading
            while el.getnext() is None:
                parent = el.getparent()
                if parent is None or parent.tag in ("body", "html", "article", "main"):
                    break
                el = parent
            mark_run(el, self.marked)

    def verdict(self, el: Element) -> int:
        v = self.verdicts.get(el)
        if v is None:
            v = self.verdicts[el] = _class_verdict(el)
        return v

    def collect(self) -> None:
        """One pass over the tree: paragraphs, and containers with text of their own."""
        weight = self.weight
        direct: dict[Element, int] = {}
        declared = self._declared_holders()
        inside = 0          # elements still to pass inside a box read as a paragraph
        for count, el in enumerate(self.root.iter(etree.Element)):
            if count >= MAX_SCORED_ELEMENTS:  # scored on its start: the holders there
                declared = [held for held in itertools.islice(self.root.iter(etree.Element), count)
                            if held.get("itemprop") in _ARTICLE_BODY_PROPS]
                break
            if inside:
                inside -= 1
                continue
            tag = el.tag
            if tag == "div" and (el[0].tag not in _RUN_BREAKS if len(el) else len(el.text or "") >= _MIN_BOX_TEXT) \
                    and (size := self._paragraph_box(el)) is not None:  # (the cheap refusals first: most divs)
                inside = size
                tag = ""        # scored; its tail is still its parent's text
            if tag == "p" or tag == "pre":
                n = len(_TEXT(el).strip())
                if n >= _MIN_PARAGRAPH:
                    links = link_length(el) if next(el.iter("a"), None) is not None else 0
                    if links * 2 <= n:
                        weight[el] = float(n - links)
                continue
            if tag in _ITEM_HOLDERS and (tag != "div" or len(el) >= _LIST_SENTENCES) \
                    and (item := _item_weight(el, tag)):    # (most divs: no call)
                weight[el] = item
            if tag in _DIRECT_TAGS and (text := el.text) and len(text) > 20:  # (tag first: no text read)
                n = len(text.strip())
                if n > 20:
                    direct[el] = direct.get(el, 0) + n
            tail = el.tail
            if tail and len(tail) > 20:
                parent = el.getparent()
                if parent is not None and parent.tag in _DIRECT_TAGS:
                    n = len(tail.strip())
                    if n > 20:
                        direct[parent] = direct.get(parent, 0) + n
        self.declared.extend(declared)
        self._drop_stray_boxes()
        # "Div soup": text written straight into a container, split by <br>.
        for el, n in direct.items():
            if n >= 200 or (n >= _MIN_BOX_TEXT and el.tag not in ("span", "font")):
                weight[el] = weight.get(el, 0.0) + n
        # Subtree weights: add up per parent first (siblings share their ancestors).
        subtree = self.subtree
        level: dict[Element, float] = dict(weight)
        while level:
            up: dict[Element, float] = {}
            for el, w in level.items():
                subtree[el] = subtree.get(el, 0.0) + w
                parent = el.getparent()
                if parent is not None:
                    up[parent] = up.get(parent, 0.0) + w
            level = up
        self.total = subtree.get(self.root, 0.0) or sum(weight.values())

    def _paragraph_box(self, el: Element) -> int | None:
        """A ``<div>`` holding one run of text of a paragraph's length (no block, no
        ``<br>`` inside) is scored as a ``<p>`` (readability.js's rule: a text set in
        ``<div><span>``, ``<div><i>`` is not lost between its wrappers), as long as
        a container's own text must be to count (:data:`_MIN_BOX_TEXT`); the number of
        elements inside it (passed over by :meth:`collect`), else None. A paragraph
        has a sentence's end (a teaser's headline, a menu's labels have none)."""
        size = _phrasing_box(el)
        if size is None:
            return None
        text = collapse(_TEXT(el))
        n = len(text)
        if n < _MIN_BOX_TEXT or SENTENCE_END.search(text) is None or text.endswith(("...", "…")):
            return None     # a label, a name, a headline, a teaser cut short: not a paragraph
        links = link_length(el) if next(el.iter("a"), None) is not None else 0
        if links * 2 <= n:
            self.weight[el] = float(n - links)
            self.paragraph_boxes.add(el)
        return size

    def _drop_stray_boxes(self) -> None:
        """Boxes read as paragraphs do not count for a parent that also holds a box of
        scored paragraphs with at least half as much text as they have together: they
        are notes beside the story's box (an author's bio, a newsletter line, a cookie
        notice in ``<div class="mt-4"><span>`` inside ``<article>``: counted for their
        parent, they moved the container off the story), not its text (a story in
        ``<div>`` paragraphs beside a small box of a sign-off's ``<p>`` stays)."""
        boxes = self.paragraph_boxes
        if not boxes:
            return
        weight = self.weight
        held: dict[Element, float] = {}     # a box -> the scored text of its <p>s
        for el, w in weight.items():
            if (el.tag == "p" or el.tag == "pre") and (holder := el.getparent()) is not None:
                held[holder] = held.get(holder, 0.0) + w
        notes: dict[Element, bool] = {}     # parent -> its boxes are notes
        for box in frozenset(boxes):
            parent = box.getparent()
            if parent is None:
                continue
            if (stray := notes.get(parent)) is None:
                mine = rival = 0.0
                for child in parent:
                    if child in boxes:
                        mine += weight[child]
                    elif child in held:
                        rival = max(rival, held[child])
                stray = notes[parent] = rival * 2 >= mine > 0
            if stray:
                boxes.discard(box)
                del weight[box]

    def _declared_holders(self) -> list[Element]:
        """The ``itemprop=articleBody`` elements below the root that are still in the tree,
        in page order: from :attr:`holders` (a stripped one's ancestors end outside the
        root), else by XPath (an attribute read per element costs more)."""
        if self.holders is None:
            return [held for held in _ITEMPROP_HOLDERS(self.root) if held.get("itemprop") in _ARTICLE_BODY_PROPS]
        root = self.root
        return [held for held in self.holders if held.get("itemprop") in _ARTICLE_BODY_PROPS
                and (held is root or any(anc is root for anc in held.iterancestors()))]

    def in_furniture(self, el: Element) -> bool:
        """True when ``el`` or an ancestor is furniture by its class (and small).

        The body's question (how much does this text count towards a container?),
        asked of class words and region size; the header's question (is this element
        a caption, a form, navigation?) is :func:`crawler.parsers.metadata.walk.in_furniture`.
        """
        memo = self.furniture
        known = memo.get(el)
        if known is not None:
            return known
        tag = el.tag
        if tag in ("body", "html"):
            result = False
        else:
            v = self.verdict(el)
            if v == 2:
                result = False
            elif v == -2 or ((v == -1 or tag in ("aside", "nav", "footer") or el in self.marked) and (
                self.subtree.get(el, 0.0) < 0.5 * self.total
            )):
                result = True
            else:
                parent = el.getparent()
                result = parent is not None and self.in_furniture(parent)
        memo[el] = result
        return result

    def rank(self) -> None:
        score = self.score
        for el, w in self.weight.items():
            if self.in_furniture(el):
                w *= 0.1
            container = el.getparent() if el.tag in _PARAGRAPH_TAGS or el in self.paragraph_boxes else el
            if el.tag == "li":
                # a list of prose: the list is the paragraph, its parent the container
                container = el.getparent()
                container = container.getparent() if container is not None else None
            if container is None:
                continue
            # readability.js: the container gets it all, then 1/2, 1/6, 1/9, 1/12 upwards.
            for divider in _DIVIDERS:
                score[container] = score.get(container, 0.0) + w / divider
                container = container.getparent()
                if container is None or container.tag == "html":
                    break

    def paragraphs(self, el: Element) -> int:
        """The scored paragraphs in ``el``, counted up to :data:`_PARAGRAPHS_COUNTED`.
        A box that wins for sitting by the headline has at least as many as the best
        has: a notice, a comment, a footer's text are a paragraph or two; a story split
        in parts, or a short box above a long one (key points, an intro, a hero's
        strap), has fewer by the headline than in the body."""
        weight = self.weight
        found = (d for d in el.iter(etree.Element) if d in weight)
        return sum(1 for _ in itertools.islice(found, _PARAGRAPHS_COUNTED))

    def best(self) -> Element | None:
        if not self.score:
            return None
        top = heapq.nlargest(6, self.score.items(), key=lambda kv: kv[1])  # = sorted(...)[:6], stable
        # The candidates are often nested: their link text is read once, outermost first.
        lengths = self.lengths
        for el, _ in sorted(top, key=lambda kv: sum(1 for _ in kv[0].iterancestors())):
            lengths.of(el)
        ranked: list[tuple[float, Element]] = []
        for el, s in top:
            if el.tag in ("html",):
                continue
            text_len = lengths.size(el) or 1  # len(string(el)), read in the same pass
            density = min(1.0, lengths.of(el)[1] / text_len)
            v = self.verdict(el)
            factor = 1.25 if v == 2 else 1.1 if v == 1 else 0.3 if v < 0 else 1.0
            ranked.append((s * (1 - density) * factor, el))
        if not ranked:
            return None
        ranked.sort(key=lambda kv: kv[0], reverse=True)
        ranked = _outside_forms(ranked, self.headline, self.title_words)
        best_score, best_el = ranked[0]
        rivals = [el for s, el in ranked[1:] if s >= _RIVAL_SHARE * best_score]
        own = _list_of(best_el)      # (an entry of a list: a comment, an FAQ's answer)
        thread = own is not None and not _holds_headline(own.getparent(), self.headline)
        near = _headline_boxes(self.headline, best_el, rivals)
        if near and not thread:      # (a smaller box by the headline: key points, an intro)
            least = self.paragraphs(best_el)
            near = [(at, el) for at, el in near if self.paragraphs(el) >= least]
        if near and near[0][0] is None:
            return near[0][1]   # a near-equal box holding the headline: the story's own box
        pieces = _pieces_ancestor(best_el, rivals, None if thread else own)
        if pieces is not None and not (near and self.headline is not None and not contains(
                pieces, self.headline) and not contains(pieces, near[0][1])):
            return pieces       # (pieces away from the headline, a box beside it: the box)
        return near[0][1] if near else best_el


def _outside_forms(ranked: list[tuple[float, Element]], headline: Element | None,
                   title_words: str) -> list[tuple[float, Element]]:
    """``ranked`` (best first), the best moved behind the first near-equal rival
    (:data:`_RIVAL_SHARE`) outside it that is in no ``<form>``, when the best is in a
    form that it does not hold the whole page of: a petition's, a sign-up's or a
    comment form's prose (the text above its fields), not the story. A page set whole
    in one form (ASP.NET's) has every box in it: no rival is outside; a form that holds
    the story's headline or a line saying its title (a content column set in a form, a
    comment form around the story) holds the story (:func:`_story_form`)."""
    best_score, best_el = ranked[0]
    form = next(best_el.iterancestors("form"), None)
    if form is None or _story_form(form, headline, title_words):
        return ranked
    for i, (s, el) in enumerate(ranked[1:], 1):
        if s < _RIVAL_SHARE * best_score:
            break
        if next(el.iterancestors("form"), None) is None and el.tag != "form" \
                and not contains(el, best_el) and not contains(best_el, el):
            return [ranked[i], *ranked[:i], *ranked[i + 1:]]
    return ranked


_FORM_SCAN = 500            # elements of a form read for a line saying the title
_WORD = re.compile(r"\w+")


def _story_form(form: Element, headline: Element | None, title_words: str) -> bool:
    """``form`` holds the page's headline, or among its first :data:`_FORM_SCAN`
    elements one whose own text's words are the title's (``title_words``)."""
    if headline is not None and contains(form, headline):
        return True
    return bool(title_words) and any(
        el.text and len(el.text) <= 4 * len(title_words) + 200
        and " ".join(_WORD.findall(el.text.lower())) == title_words
        for el in itertools.islice(form.iter(etree.Element), _FORM_SCAN))


def _pieces_ancestor(best: Element, rivals: list[Element], own: Element | None) -> Element | None:
    """readability.js: when several near-equal candidates share an ancestor with the
    best, the text is split into pieces (one wrapper per paragraph): that ancestor.
    A list, an entry of a list (a comment of a thread, a teaser) and what sits in
    ``<aside>``, ``<nav>`` or ``<footer>`` are no pieces of the text, however much
    text they hold: items of their own and the page's side parts. But ``own``, the
    list ``best`` is an entry of when that list is set in the headline's box (an FAQ's
    answers, a listicle's items, steps under their title), is the text: it and its
    entries are pieces of it. (A thread of comments sits below the story, outside the
    box that holds the headline and the story.)"""
    rivals = [el for el in rivals if _may_be_piece(el) or (own is not None and (el is own or _list_of(el) is own))]
    if len(rivals) < 2:
        return None
    ancestors = [set(el.iterancestors()) for el in rivals]
    for anc in best.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if sum(anc in a for a in ancestors) >= 2:
            return anc
    return None


_NO_PIECE_TAGS = frozenset({"li", "ul", "ol", "aside", "nav", "footer"})
_NO_PIECE_HOLDERS = ("li", "aside", "nav", "footer")


def _list_of(el: Element) -> Element | None:
    """The list ``el`` is an entry of (the parent of the ``<li>`` that is or holds it)."""
    item = el if el.tag == "li" else next(el.iterancestors("li"), None)
    return None if item is None else item.getparent()


def _holds_headline(box: Element | None, headline: Element | None) -> bool:
    return box is not None and headline is not None and contains(box, headline)


def _may_be_piece(el: Element) -> bool:
    return el.tag not in _NO_PIECE_TAGS and next(el.iterancestors(*_NO_PIECE_HOLDERS), None) is None


def _headline_boxes(headline: Element | None, best: Element,
                    rivals: list[Element]) -> list[tuple[int | None, Element]]:
    """The near-equal rivals of ``best`` that sit nearer the page's headline than it
    does, nearest first, each with the depth of its lowest common ancestor with the
    headline (``None``: it holds the headline). The story's text follows its headline;
    a box of about as much text elsewhere (a sidebar's notice, a comment, a footer's
    "about us") meets the headline only high up the tree. Not read when ``best``
    holds the headline; a rival around ``best`` is no alternative to it."""
    if headline is None or contains(best, headline):
        return []
    line = [headline, *headline.iterancestors()]
    depth = {el: len(line) - i for i, el in enumerate(line)}

    def meeting(el: Element) -> int:
        return next((depth[a] for a in (el, *el.iterancestors()) if a in depth), 0)

    mine = meeting(best)
    found: list[tuple[int, int, Element]] = []
    for order, el in enumerate(rivals):
        if contains(el, best):
            continue
        at = _HOLDS if contains(el, headline) else meeting(el)
        if at > mine:
            found.append((at, -order, el))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(None if at == _HOLDS else at, el) for at, _, el in found]


_HOLDS = 1 << 30     # (a sort key above any depth: the rival holds the headline)


def choose_container(page: Page, top: Element, description_key: str | None = None) -> list[Element]:
    """The elements whose text is the body, in document order (``description_key``: the page's
    description, :func:`norm_key`-ed)."""
    explicit = _explicit_container(page, top)
    if explicit is not None:
        # a text cut in parts by a share bar or an ad slot, each part in a box of the
        # body's class: the parts after the first are the text's too
        return _wrapped_parts(page, _lone_wrapper(explicit)) or [explicit]
    column = _text_column(page, top)
    if column is not None:
        return [column]
    if top.getparent() is None or top.tag in ("body", "article", "main"):
        return [top]
    threshold = max(10.0, 0.2 * page.score.get(top, 0.0))
    least = max(float(_MIN_ITEM), _SECTION_SHARE * page.subtree.get(top, 0.0))
    outer = _lone_wrapper(top)
    if outer is not top and (parts := _wrapped_parts(page, outer)):
        return parts
    # (a part deep in more lone wrappers, a one-cell layout table's five levels among them or
    # not: the part's box is further up)
    deep = _lone_wrapper(outer, _PARTS_LEVELS - _WRAPPER_LEVELS) if outer is not top else outer
    if deep is not outer and ((parts := _wrapped_parts(page, deep)) or (
            (headed := _headed_wrapper(page, deep)) is not None
            and (parts := _wrapped_parts(page, _lone_wrapper(headed))))):
        return parts
    if outer is top and (headed := _headed_wrapper(page, top)) is not None \
            and (parts := _wrapped_parts(page, _lone_wrapper(headed))):
        return parts
    if outer is not top and _in_layout_table(top, outer):
        # A text laid out in a one-cell table: the table is a wrapper, and the
        # text's other sections are the siblings of the box around it.
        top = outer
    elif outer is not top:
        return _opening_siblings(page, top, outer, threshold, least, description_key)
    return _with_siblings(page, top, threshold, least, description_key)


def _opening_siblings(page: Page, top: Element, outer: Element, threshold: float, least: float,
                      description_key: str | None) -> list[Element]:
    """``top`` nested in lone wrappers up to ``outer``, with the paragraphs printed
    before ``outer`` that the sibling rule keeps (a standfirst, a subheading: a
    template's or a page builder's extra levels around the text hide them from ``top``,
    whose siblings they would be without). Only the kept leaf lines after the last kept box
    (no block inside, :data:`selectors.BLOCK_TAGS`): a box before the text is a fact box
    or a side column, and the siblings after it are a bio or a recipe's pictures more
    often than its rest. Each line a standfirst's length (:data:`_OPENING_LINE_WORDS`
    words) and no furniture line: a shorter one under the headline is a rating, a
    "Pin this recipe!" or "Skip to the recipe" button, a kicker."""
    kept = _with_siblings(page, outer, threshold, least, description_key)
    opening: list[Element] = []
    for el in reversed(kept[:kept.index(outer)]):
        if _holds_block(el):
            break
        text = collapse(sel.TEXT(el))
        if has_words(text, _OPENING_LINE_WORDS) and furniture_rule(text, kind="p") is None:
            opening.insert(0, el)
    return [*opening, top]


_OPENING_LINE_WORDS = 8     # a standfirst's words at least (blocks._LEAD_WORDS)


def _holds_block(el: Element) -> bool:
    return any(isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS for c in el.iterdescendants())


def _in_layout_table(top: Element, outer: Element) -> bool:
    """``top`` sits in a one-cell ``<table>`` among the lone wrappers up to ``outer``."""
    return any(el.tag == "table" for el in _ancestors_to(top, outer))


def _wrapped_parts(page: Page, outer: Element) -> list[Element] | None:
    """readability.js reads a top that is its wrapper's only child as the wrapper, whose
    siblings are the text's other parts: a text cut by ad slots into boxes of one make
    (:func:`_same_class`) with a tenth of its text or more, each part's text wrapped
    once more (a part of less: a source line, a programme note). The wrapper and those
    parts (with the headings, lists and quotes between them), in document order; None
    when no sibling is such a part."""
    parent = outer.getparent()
    if parent is None:
        return None
    siblings = [c for c in parent if isinstance(c.tag, str)]
    share = _PART_SHARE * page.subtree.get(outer, 0.0)
    keep = [sib is outer or (not page.in_furniture(sib) and page.subtree.get(sib, 0.0) >= share
                             and _same_class(page, outer, sib)) for sib in siblings]
    if sum(keep) < 2:
        return None
    first = keep.index(True)
    last = len(keep) - 1 - keep[::-1].index(True)
    return [sib for i, sib in enumerate(siblings[first:last + 1], first)
            if keep[i] or ((_between_kept(sib) or _part_between(page, outer, sib))
                           and not page.in_furniture(sib) and not hidden_box(sib))]


def _part_between(page: Page, outer: Element, sib: Element) -> bool:
    """``sib``, between two parts of the text, is a box of their make (tag and class)
    that holds a scored paragraph: a part too, though nothing cuts it from the next
    (a page set in sections of one make, a subheading between some of them). Bare
    boxes (no class) are no make; a box of the make that is a related story's teaser
    (headed by a link, or holding a headline or an ``<article>``) or opens a box beside
    the text is none of its parts (:func:`_of_make`)."""
    return bool(outer.get("class")) and _of_make(page, outer, sib) and not _opens_aside(sib)


def _headed_wrapper(page: Page, top: Element) -> Element | None:
    """The box around ``top`` when its other children are the text's heading lines (a
    headline, a date: no scored paragraph, :data:`_HEAD_CHARS` of text at most, no text
    of the box's own); a text cut by ad slots is cut above them, so the text's other
    parts are that box's siblings (:func:`_wrapped_parts`). None otherwise."""
    parent = top.getparent()
    if parent is None or parent.tag not in _WRAPPER_TAGS or parent.getparent() is None \
            or (parent.text or "").strip():
        return None
    for child in parent:
        if child is top or not isinstance(child.tag, str):
            if (child.tail or "").strip():
                return None
            continue
        if (child.tail or "").strip() or _holds_scored(page, child) \
                or len(collapse(sel.TEXT(child))) > _HEAD_CHARS:
            return None
    return parent


_HEAD_CHARS = 300           # of a heading line beside the text in its box


_WRAPPER_LEVELS = 6         # single-child wrappers climbed above the top
_PARTS_LEVELS = 12          # ... and climbed for the text's parts (a one-cell table's levels in wrappers)
# a box, or a one-cell layout table (each of its levels holds the one below it alone)
_WRAPPER_TAGS = frozenset({"div", "section", "font", "span", "center", "td", "tr", "tbody", "table"})
_PART_SHARE = 0.1           # of the wrapper's text: a part of its make with less is a note (a source line)


def _lone_wrapper(top: Element, levels: int = _WRAPPER_LEVELS) -> Element:
    """The outermost of up to ``levels`` wrappers around ``top`` of which each
    holds only the one below it (no other element, no text of its own): boxes, inline
    wrappers and the levels of a one-cell layout table, never ``<body>``, ``<article>``
    or ``<main>``; ``top`` when it has a sibling."""
    el = top
    for _ in range(levels):
        parent = el.getparent()
        if parent is None or parent.tag not in _WRAPPER_TAGS \
                or parent.getparent() is None:
            break
        if sum(1 for c in parent if isinstance(c.tag, str)) != 1 or (parent.text or "").strip() \
                or (el.tail or "").strip():
            break
        el = parent
    return el


def _with_siblings(page: Page, top: Element, threshold: float, least: float,
                   description_key: str | None) -> list[Element]:
    """``top`` with the siblings that are the text's other parts, in document order."""
    parent = top.getparent()
    if parent is None:
        return [top]
    # Readability's sibling rule: keep siblings that score or read as paragraphs,
    # and sections whose prose sits wrappers deeper (a page built of sections).
    siblings = [c for c in parent if isinstance(c.tag, str)]
    keep = [sib is top or (not page.in_furniture(sib) and (
        _reads_as_text(page, sib, threshold) or prose_part(page, sib, least)
        or _same_class(page, top, sib)))
        for sib in siblings]
    # A <div> of one run of text scored as a paragraph is text only before a part of
    # the story (opening paragraphs above the box of the rest), never after its last
    # part: there it is a bio, a copyright line or a pitch (review 21).
    story_end = len(keep) - 1 - keep[::-1].index(True)
    for i, sib in enumerate(siblings[:story_end]):
        if not keep[i] and sib.tag != "p" and sib in page.paragraph_boxes and not page.in_furniture(sib):
            keep[i] = _reads_as_text(page, sib, threshold, boxes=True)
    # Headings and lists between kept siblings belong to the body too.
    first = keep.index(True)
    last = len(keep) - 1 - keep[::-1].index(True)
    if first and _opening_heading(page, siblings[first - 1], description_key):
        first -= 1      # the text's first subheading, printed just above the kept part
    return [sib for i, sib in enumerate(siblings[first:last + 1], first)
            if keep[i] or (_between_kept(sib) and not page.in_furniture(sib) and not hidden_box(sib))]


_COLUMN_ROWS = 200           # rows of a table read for a column of text


def _text_column(page: Page, top: Element) -> Element | None:
    """The table when ``top`` is the one cell of its row in a table that is a column of
    text, one cell a row (an old template, a council's notice: a heading, then a
    paragraph a row), two rows or more with text of their own besides it, none in
    furniture; else None. The cells are the text's paragraphs, as siblings are."""
    if top.tag != "td":
        return None
    row = top.getparent()
    if row is None or row.tag != "tr" or sum(1 for c in row if isinstance(c.tag, str)) != 1:
        return None
    table = row.getparent()
    if table is not None and table.tag in ("tbody", "thead"):
        table = table.getparent()
    if table is None or table.tag != "table" or page.in_furniture(table):
        return None
    texts = 0
    for other in itertools.islice(table.iter("tr"), _COLUMN_ROWS):
        cells = [c for c in other if isinstance(c.tag, str)]
        if len(cells) != 1 or cells[0].tag not in ("td", "th"):
            return None     # a grid of data, a layout of columns: not one column of text
        if other is not row and next(cells[0].iter("table"), None) is None \
                and len(_TEXT(cells[0]).strip()) - link_length(cells[0]) >= _MIN_PARAGRAPH:
            texts += 1
    return table if texts >= 1 else None


def _opening_heading(page: Page, sib: Element, description_key: str | None) -> bool:
    """A section heading (``<h2>``..``<h6>``) that reads as one: shown, outside furniture,
    of several words (not a label: "Politics", "Navigation menu", "Breaking: ..."), mostly
    not a link, no furniture line (:func:`.furniture.furniture_rule`), not a related-links
    heading nor the page's description (the dek stays the record's description)."""
    if sib.tag not in _SECTION_HEADINGS or page.in_furniture(sib) or hidden_box(sib):
        return False
    text = collapse(sel.TEXT(sib))
    key = norm_key(text)
    if len(key.split()) < _HEADING_WORDS or key in RELATED_HEADINGS or is_dek(sib, text, description_key):
        return False
    if _LABEL.match(text) or link_length(sib) * 2 > len(text):
        return False
    return furniture_rule(text, kind="h", key=key) is None


_HEADING_WORDS = 4              # words of a heading that opens the text
_LABEL = re.compile(r"\w+:\s")   # "Breaking: ...", "Watch: ...": a kicker, not a heading


def hidden_box(el: Element) -> bool:
    """``hidden`` or styled ``display:none`` / ``visibility:hidden``."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and ("none" in style or "hidden" in style):
        style = style.replace(" ", "").lower()
        return "display:none" in style or "visibility:hidden" in style
    return False


_DIALOG_WORDS = frozenset(bp.DIALOG_TOKENS)
# A name of the story's topic ("tag-gdpr", "category-cookies" of WordPress's
# post_class(), "topic-consent-decree"): what the story is about, never a banner or a dialog.
_TOPIC_PREFIXES = (*_TERM_PREFIXES, "topic-")
_DIALOG_ROLES = ("dialog", "alertdialog")


def dialog_box(el: Element) -> bool:
    """A dialog laid over the page, never its text: a ``<dialog>``, an ARIA dialog
    (``role="dialog"`` / ``"alertdialog"``, ``aria-modal="true"``) or a box a class name
    of which names one (:data:`.boilerplate.DIALOG_TOKENS`; "modal-open", a state, not)."""
    if el.tag == "dialog" or el.get("role") in _DIALOG_ROLES or el.get("aria-modal") == "true":
        return True
    value = (el.get("class") or "").lower()
    if "modal" not in value and "dialog" not in value:
        return False
    for name in value.split()[:_NAMES_READ]:
        words = _name_words(name)
        if not _DIALOG_WORDS.isdisjoint(words) and _STATE_WORDS.isdisjoint(words) and not name.startswith(_TOPIC_PREFIXES):
            return True
    return False


_CONSENT_WORDS = frozenset(bp.CONSENT_TOKENS)
_BANNER_CHARS = 400         # of a consent box's text, at most: a banner; more is a cookie policy


def consent_banner(el: Element) -> bool:
    """A cookie or consent banner: a box a class or id name of which names one
    (:data:`.boilerplate.CONSENT_TOKENS`; "cookies-accepted", a state, not) holding
    fewer than :data:`_BANNER_CHARS` characters."""
    value = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not any(word in value for word in ("cookie", "consent", "gdpr", "onetrust", "didomi", "usercentrics")):
        return False
    names = [name for name in value.split()[:_NAMES_READ] if _consent_name(_name_words(name))
             and not name.startswith(_TOPIC_PREFIXES)]
    if not names:
        return False
    if all(_food_cookie(_name_words(name)) for name in names) and next(el.iter("a", "button"), None) is None:
        return False    # a recipe's "chocolate-chip-cookies" box: no button or link to agree with
    return len(collapse(leading_text(el, 2 * _BANNER_CHARS))) <= _BANNER_CHARS


def _consent_name(words: tuple[str, ...]) -> bool:
    return not _CONSENT_WORDS.isdisjoint(words) and _STATE_WORDS.isdisjoint(words)


def _food_cookie(words: tuple[str, ...]) -> bool:
    """A name that may be a recipe's ("chocolate-chip-cookies"): "cookie(s)" its only
    consent word and its last, after other words (a banner's "cookie-notice",
    "cookie-consent" name the notice after the word)."""
    return len(words) > 1 and words[-1] in ("cookie", "cookies") and _CONSENT_WORDS.isdisjoint(words[:-1])


# Words of a layout grid's classes: Bootstrap ("row", "col-md-8", "container-fluid",
# "offset-2", "mx-auto", "pb-3"), Foundation ("large-12 columns", "cell"), Bulma
# ("column is-half"), Pure ("pure-g", "pure-u-1-2"), utility classes ("flex", "w-full",
# "clearfix"). A box named by them alone says where it sits, not what it holds.
_LAYOUT_WORDS = frozenset({
    "col", "cols", "column", "columns", "row", "rows", "grid", "cell", "span", "flex", "container",
    "wrapper", "wrap", "inner", "outer", "clearfix", "cf", "group", "g", "u", "pure", "is", "has",
    "xs", "sm", "md", "lg", "xl", "xxl", "small", "medium", "large", "full", "half", "width", "w",
    "offset", "push", "pull", "order", "auto", "fluid", "mx", "my", "px", "py", "mt", "mb", "pt", "pb",
    "p", "m",
})
LAYOUT_WORDS = _LAYOUT_WORDS  # read by the walk's series of hidden boxes (blocks)


def _same_class(page: Page, top: Element, sib: Element) -> bool:
    """A sibling of the top's tag and class, not a grid's class alone, that holds
    a scored paragraph: the text's next
    part after an ad or a sign-up box between its parts, however short
    (readability.js gives a sibling of the top's class a bonus of a fifth of the
    top's score, which keeps any that scores), not hidden and no story of its own
    (a headline or an ``<article>``)."""
    cls = top.get("class")
    if sib.tag != top.tag or sib.get("class") != cls or hidden_box(sib):
        return False
    if not cls:     # two bare boxes (no class, no id): an old template's or a hand-written page's parts
        if cls is None and top.get("id") is None and sib.get("id") is None:
            return _holds_scored(page, sib) and next(sib.iter("h1", "article"), None) is None \
                and not _opens_aside(sib) and _cut_off(top, sib)
        return False
    return _of_make(page, top, sib) and _cut_off(top, sib)


def _of_make(page: Page, top: Element, sib: Element) -> bool:
    """``sib`` is a box of ``top``'s tag and class, not a grid's class alone, not hidden,
    that holds a scored paragraph and no story of its own (a headline, an ``<article>``,
    a teaser's linked heading)."""
    cls = top.get("class")
    if not cls or sib.tag != top.tag or sib.get("class") != cls or hidden_box(sib):
        return False
    if _LAYOUT_WORDS.issuperset(class_words(cls[:300])):
        return False    # a grid's class ("col-12", "row") is shared by unrelated boxes
    if not _holds_scored(page, sib):
        return False
    return next(sib.iter("h1", "article"), None) is None and not _headed_by_link(sib)


_CARD_SCAN = 20    # elements of a box read for a teaser's linked headline


def _headed_by_link(el: Element) -> bool:
    """``el`` opens with a heading that is all a link to another page: a teaser
    card's headline (a related story in a box of the text's class), not a part of
    the text, whose subheadings name no other page."""
    for sub in itertools.islice(el.iter(etree.Element), _CARD_SCAN):
        if sub.tag == "p":
            return False
        if sub.tag in sel.HEADING_TAGS:
            text = len(collapse(sel.TEXT(sub)))
            href = next((a.get("href") or "" for a in sub.iter("a")), "").strip()
            return text > 0 and bool(href) and not href.startswith("#") and link_length(sub) >= text - 2
    return False


def _opens_aside(el: Element) -> bool:
    """``el``'s first line names a box beside the text: the readers' comments
    ("Comments (3)", "12 Kommentare") or related links ("Read more", "Related")."""
    first = next((piece for piece in el.itertext() if piece.strip()), "")
    key = norm_key(first[:_THREAD_HEADING_CHARS])
    return key in RELATED_HEADINGS or opens_comments(key)


_THREAD_HEADING_CHARS = 250    # a heading's length, at most


def _holds_scored(page: Page, el: Element) -> bool:
    """``el`` holds a scored paragraph outside furniture."""
    return any(p in page.weight and not page.in_furniture(p) for p in el.iter(etree.Element))


_CUT_SCAN = 20      # siblings read between the top and a part of its class


def _cut_off(top: Element, sib: Element) -> bool:
    """Something (an ad slot, a figure, an embed) stands between ``top`` and its
    sibling ``sib``, at most ``_CUT_SCAN`` siblings away: the reason a text is cut
    into parts; a box opening the comments or related links (:func:`_opens_aside`)
    between them is where the text ends instead. A box of the text's class right beside it, nothing between, is a
    promotion set in the same component, not the text going on."""
    for step in ("getnext", "getprevious"):
        el = getattr(top, step)()
        cut = False
        for _ in range(_CUT_SCAN):
            if el is None:
                break
            if el is sib:
                return cut
            if isinstance(el.tag, str) and _opens_aside(el):
                break   # a "Comments" or "Related" heading between them ends the text
            cut = cut or isinstance(el.tag, str)
            el = getattr(el, step)()
    return False


def _between_kept(sib: Element) -> bool:
    return sib.tag in sel.HEADING_TAGS or sib.tag in _LIST_TAGS or sib.tag == "blockquote"


def _reads_as_text(page: Page, sib: Element, threshold: float, boxes: bool = False) -> bool:
    """A sibling of the top that scores, or a paragraph of prose (not links): a ``<p>``,
    or with ``boxes`` a ``<div>`` of one run of text scored as a paragraph."""
    if page.score.get(sib, 0.0) >= threshold:
        return True
    if sib.tag != "p" and not (boxes and sib in page.paragraph_boxes):
        return False
    text = collapse(sel.TEXT(sib))
    links = link_length(sib)
    return (len(text) > 80 and links < 0.25 * len(text)) or bool(text and links == 0 and SENTENCE_END.search(text))


def prose_part(page: Page, el: Element, least: float, paragraphs: int = 1) -> bool:
    """``el`` holds ``least`` or more of prose outside furniture, in ``paragraphs`` or
    more paragraphs however deep in wrappers (their score is spread thin over them),
    a quarter links at most, and no headline or ``<article>`` of its own (another
    story). A section of the text beside the top (:func:`choose_container`) or the text's
    opening part above it (:func:`.cousins.with_opening`)."""
    weight = page.weight
    prose = [p for p in el.iter(etree.Element) if p in weight and not page.in_furniture(p)]
    if sum(weight[p] for p in prose) < least or next(el.iter("h1", "article"), None) is not None:
        return False
    if len(prose) < paragraphs and sum(_break_runs(p, paragraphs) for p in prose) < paragraphs:
        return False
    return link_length(el) <= 0.25 * len(sel.TEXT(el))


def _break_runs(box: Element, most: int) -> int:
    """The paragraphs of a scored box: one, or for text written straight into a box and
    split by ``<br><br>`` (a small CMS's paragraphs), one more per double break, up to
    ``most``."""
    runs = 1
    if box.tag == "p":
        return runs
    for child in box:
        if runs >= most:
            break
        if child.tag == "br" and not (child.tail or "").strip() and (after := child.getnext()) is not None \
                and after.tag == "br" and ((after.tail or "").strip() or after.getnext() is not None):
            runs += 1
    return runs


def _explicit_container(page: Page, top: Element) -> Element | None:
    """An explicit article-body element that holds the chosen text: it is tighter
    (no headline, byline or furniture around it) or wider (a body split in parts)."""
    subtree = page.subtree
    top_weight = subtree.get(top, 0.0)
    explicit = [el for el in page.declared if subtree.get(el, 0.0) > 0]
    if not explicit:
        # Named containers near the text: the top's ancestors, the paragraphs' parents.
        near: dict[Element, None] = dict.fromkeys(top.iterancestors())
        for el in page.weight:
            parent = el.getparent()
            if parent is not None:
                near[parent] = None
                grand = parent.getparent()
                if grand is not None:
                    near[grand] = None
        explicit = [el for el in near if el.tag not in ("body", "html") and page.verdict(el) == 2]
    best = None
    for el in explicit:
        if not (el is top or contains(el, top) or contains(top, el)):
            continue
        w = subtree.get(el, 0.0)
        if w >= 0.6 * top_weight and w <= 3 * top_weight + 500 and (
            best is None or w > subtree.get(best, 0.0) * 1.05
            or (w >= subtree.get(best, 0.0) * 0.95 and contains(best, el))
        ):
            best = el
    return best


def follow_headline(page: Page, top: Element, title: str) -> Element:
    """On pages that show several articles (infinite scroll), keep the one whose
    ``<article>`` carries the page's headline."""
    key = norm_key(title)
    for h1 in page.root.iter("h1"):
        if norm_key(sel.TEXT(h1)) != key:
            continue
        article = next((a for a in h1.iterancestors("article")), None)
        if article is None or article is top or contains(article, top):
            return top
        if contains(top, article) and (
            page.subtree.get(top, 0.0) < 1.5 * page.subtree.get(article, 0.0)
        ):
            return top
        inside = [(s, el) for el, s in page.score.items() if el is article or contains(article, el)]
        if not inside or page.subtree.get(article, 0.0) < MIN_BODY_CHARS:
            return top
        score, best = max(inside, key=lambda kv: kv[0])
        # A headline box that is an <article> of its own (headline, facts, a line of
        # text) beside the text's: the text is elsewhere when its rival is far larger.
        return best if score >= _HEADLINE_SHARE * page.score.get(top, 0.0) else top
    return top


_MAIN_SHARE = 0.5     # of the outside top's prose the best box in <main> holds to win outright
_FORM_SHARE = 0.5     # of a top's prose in forms or furniture that makes it the page's own box


def inside_main(page: Page, top: Element) -> Element:
    """The best candidate inside the page's one ``<main>`` when ``top`` lies outside it.

    HTML gives ``<main>`` "the dominant contents of the body"; a top chosen beside a
    ``<main>`` that holds the headline (``<h1>``) and scored text may be a box of the
    page's own (a login dialog of forms, a drawer, a cookie notice) that holds more
    words than a short article. It gives way when the best box in ``<main>`` holds a
    fair share of its prose, or when its prose is mostly forms and furniture; a story
    body beside a ``<main>`` of headline and standfirst stays. A page with several
    ``<main>`` elements, or none, or one without the headline or scored text, keeps
    its ``top``.
    """
    mains = list(itertools.islice(page.root.iter("main"), 2))
    if len(mains) != 1:
        return top
    main = mains[0]
    if top is main or contains(main, top) or contains(top, main) or not page.subtree.get(main):
        return top
    if next(main.iter("h1"), None) is None or next(top.iter("h1"), None) is not None:
        return top
    score = page.score
    inside = [(score[el], el) for el in main.iter(etree.Element) if el in score]
    if not inside:
        return top
    best = max(inside, key=lambda kv: kv[0])[1]
    fair = page.subtree.get(best, 0.0) >= _MAIN_SHARE * page.subtree.get(top, 0.0)
    return best if fair or _page_box(page, top) else top


def _page_box(page: Page, top: Element) -> bool:
    """Most of ``top``'s prose sits in forms or in furniture by tag or class (a
    dialog, a drawer, a notice, comments), however large the box."""
    total = boxed = 0.0
    for el in top.iter(etree.Element):
        w = page.weight.get(el)
        if w is None:
            continue
        total += w
        if page.in_furniture(el) or any(_furniture_box(page, anc) for anc in _ancestors_to(el, top)):
            boxed += w
    return total > 0 and boxed >= _FORM_SHARE * total


def _furniture_box(page: Page, el: Element) -> bool:
    return el.tag in ("form", "aside", "nav", "footer", "dialog") or page.verdict(el) < 0


def _ancestors_to(el: Element, top: Element) -> list[Element]:
    """``el``'s ancestors up to ``top`` (included)."""
    out = []
    for anc in el.iterancestors():
        out.append(anc)
        if anc is top:
            break
    return out


def contains(outer: Element, inner: Element) -> bool:
    return any(anc is outer for anc in inner.iterancestors())

