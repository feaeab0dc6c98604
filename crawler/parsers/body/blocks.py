"""The article's own text, in reading order, with page furniture dropped.

``extract_body(page, title=...)`` returns ``Block`` objects (``p``, ``h``, ``li``,
``quote``, ``pre``). The method is the one readability and trafilatura share, kept
small and general (no site names, no site class names):

1. **Clean**: drop elements that never hold text (scripts, media, forms' controls).
2. **Score**: every paragraph-like element with enough non-link text gives its
   length to its parent, then 1/2, 1/6, 1/9 and 1/12 of it to the four ancestors
   above (readability.js); paragraphs inside furniture (class/id words such as
   ``share``, ``related``, ``comment`` from :mod:`boilerplate`) count for little.
   Several near-equal candidates under one ancestor (a body cut into one wrapper
   per paragraph) promote that ancestor.
3. **Choose** the best container (steps 2 and 3 live in :mod:`container`);
   prefer an explicit ``itemprop=articleBody`` /
   ``article-body`` element that holds the same text; add sibling blocks that
   carry text of their own (bodies split by ad slots), and the chosen element's
   cousins of the same make (a body cut into page-builder components, :mod:`.cousins`),
   the text's opening part above it in its ``<article>``, and on a page that declares
   a recipe its ingredient and step boxes (:mod:`.recipe`); a top chosen beside the
   page's ``<main>`` that holds the headline gives way to the best box inside it.
   When the chosen box gives (almost) no text once its furniture is dropped (a
   log-in panel's notices), the best box outside it is walked instead. One rival
   box (the best outside the chosen one, or an ancestor holding far more scored
   text, neither furniture nor mostly links) is extracted too when its scored text
   suggests it, and wins when it reads more than twice the prose (:mod:`.compare`).
4. **Walk** the chosen elements once, in order, turning block elements into
   blocks and skipping furniture inside them (figures and captions, asides,
   link lists, share bars, hidden elements). What is text in furniture's clothes
   stays: a hidden box of prose paragraphs marked as a script-shown part (a slide,
   collapsed-rest or gallery class word, or a series of such boxes going on with the
   story; not a notice, an unmarked box, a copy in another language, nor lines
   already walked), the story going on after a "Related" box dropped
   into it, a section's own ``<header>``, a later short ``<h1>`` set as a
   subheading, a one-link box whose words lead into its link, a numbered list of
   citations (each item's full stop after its link: a "References" section).
5. **Filter** lines that are furniture by their words
   (the rules of :mod:`.furniture`): "ADVERTISEMENT", bylines, date and
   reading-time lines, "Read more:" teasers, related-list headings and what
   follows them, and the headline itself; a run of date lines (a list of dated
   entries) and a table cell that is a link (an item of its table) stay. The standfirst printed between the
   headline and the text opens the body (:func:`_lead_before`), whether or not the
   JSON-LD ``articleBody`` holds it, unless it is the page's description printed as
   a dek (its class names one) or a note about the page (it names the article
   itself, or holds a paywall's words: :func:`.furniture.is_page_note`).

Pages that ship their text only as JSON-LD ``articleBody`` (script-rendered) fall
back to it. Work is bounded: a time budget and a block cap keep a 10 MB page well
under a second. Never raises: any unexpected failure gives an empty list.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterable
from itertools import islice
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

from lxml import etree
from lxml import html as lxml_html

from crawler.items import Block
from crawler.parsers import selectors as sel
from crawler.parsers.body import boilerplate as bp
from crawler.parsers.body.columns import side_columns
from crawler.parsers.body.compare import better_rival
from crawler.parsers.body.container import (
    LAYOUT_WORDS,
    MIN_BODY_CHARS,
    RELATED_HEADINGS,
    Page,
    choose_container,
    consent_banner,
    contains,
    dialog_box,
    follow_headline,
    hidden_box,
    inside_main,
    item_named,
    link_length,
    opens_comments,
)
from crawler.parsers.body.cousins import with_cousins, with_entries, with_opening
from crawler.parsers.body.furniture import (
    Dropped,
    furniture_rule,
    is_furniture_line,
    is_meta_line,
    is_notice_line,
    is_page_note,
    reason_of,
)
from crawler.parsers.body.recipe import Recipe, recipe_of, with_recipe
from crawler.parsers.body.text import (
    class_words,
    collapse,
    collapsed_key,
    is_dek,
    looks_like_date_line,
    norm_key,
)
from crawler.parsers.body.widen import wider_text
from crawler.parsers.bounded_text import text_head
from crawler.parsers.document import Element, strip_keeping_tails
from crawler.parsers.language import MAX_CHARS, detect_language
from crawler.parsers.metadata.authors import clean_byline, is_credit_line, plain_name
from crawler.parsers.page import ParsedPage
from crawler.parsers.structured import type_names
from crawler.parsers.vocabulary import ARTICLE_TYPES, SENTENCE_END, count_words, has_words

__all__ = ["extract_body"]

_MAX_BLOCKS = 5000           # no article has more; a page that does is cut there
_MAX_BLOCK_CHARS = 100_000   # raw text of one block; a longer one is cut at a word boundary
_MAX_BODY_CHARS = 1_000_000  # text of all blocks (the longest of the 886 benchmark bodies: 53,383)
_MAX_VISITED = 400_000       # elements the walk visits; a page past it is cut there
_BOLD_HEADING_WORDS = 15     # longer bold paragraphs are emphasis, not headings
_BOLD_SENTENCE_WORDS = 10    # a bold sentence this short may be a subheading
_BOLD_SENTENCE = "p?h"       # walker kind of such a sentence, settled by _bold_sentences
_BR = "\x01"                 # marks a <br> in collected text
_BR_BREAK = re.compile(_BR + r"\s*" + _BR + "[" + _BR + r"\s]*")
_BOXES = frozenset({"div", "section", "table", "ul", "ol", "dl", "center"})
_INLINE_BOXES = frozenset({"span", "font"})
_POPUP_SCAN = 50             # inline boxes read inside a pop-up card for a tighter one
_PART_SCAN = 50              # elements of a part of the text read for a paragraph of prose
_PART_BEFORE = 3             # boxes before a part read for the text's earlier part
_PHRASING = frozenset({
    "a", "em", "strong", "b", "i", "u", "abbr", "time", "cite", "code", "small", "sup", "sub",
    "mark", "q", "s", "dfn", "kbd", "var", "bdi", "bdo", "ins", "del",
})
_CELL = "td"    # walker kind of a table cell's line: a paragraph, read as an item of the table
_KIND_OF = {
    "p": "p", "li": "li", "dt": "p", "dd": "p", "blockquote": "quote", "pre": "pre",
    "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "h1": "h1", "td": _CELL, "th": _CELL,
}
_INHERITING = frozenset({"quote", "li"})
# A walked line: kind, text, share of it in links, whether it opens with words of
# its own before its first link (see :func:`_opens_sentence`).
_Line = tuple[str, str, float, bool]
_TEXT = sel.TEXT


def _all_bold(p: Element) -> bool:
    """A paragraph that is one run of bold text."""
    if len(p) != 1 or (p.text and p.text.strip()):
        return False
    bold = p[0]
    return bold.tag in ("strong", "b") and not (bold.tail and bold.tail.strip())


def _is_bold_line(p: Element) -> bool:
    """A paragraph that is one short run of bold text: a subheading in disguise."""
    words = sel.TEXT(p[0]).split()
    # A bold sentence ("This article first appeared in ...") stays a paragraph.
    return 0 < len(words) <= _BOLD_HEADING_WORDS and not words[-1].endswith((".", "!", "…"))


def _is_bold_sentence(p: Element) -> bool:
    """A short bold sentence with no link ("Reliability matters more at night.")."""
    words = sel.TEXT(p[0]).split()
    return 0 < len(words) <= _BOLD_SENTENCE_WORDS and next(p.iter("a"), None) is None


def _bold_sentences(blocks: list[Block]) -> list[Block]:
    """A bold sentence between two longer paragraphs is a subheading; anywhere else
    (first, last, next to a list or another heading) it is emphasis, a paragraph."""
    out = []
    for i, block in enumerate(blocks):
        if block.type == _BOLD_SENTENCE:
            prev = blocks[i - 1] if i else None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            size = 2 * len(block.text)
            heading = (prev is not None and nxt is not None and prev.type == "p" and nxt.type == "p"
                       and len(prev.text) > size and len(nxt.text) > size)
            block = Block(type="h" if heading else "p", text=block.text)
        out.append(block)
    return out


# --- walking the chosen elements ---------------------------------------------------------


class _Enough(Exception):
    """Raised inside the walk when a pathological page has given enough blocks."""


_UNREAD = object()          # a walker not handed the headline reads it itself


class _Walker:
    """Turns a subtree into blocks, skipping furniture."""

    def __init__(self, page: Page, explain: list[Dropped] | None = None,
                 description_key: str | None = None, title: str | None = None,
                 headline: object = _UNREAD, pictured: frozenset[Element] = frozenset(),
                 reply_forms: frozenset[Element] = frozenset(), tab_ids: frozenset[str] = frozenset()) -> None:
        self.page = page
        self.title_words = _words_key(title) if title else None
        self.explain = explain
        self.description_key = description_key  # the page's description (norm_key): a dek is not a lead
        self.visited = 0
        self.blocks: list[_Line] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.linked: list[int] = []  # indices in buf of link text (each part's link share, :func:`_link_counts`)
        self.cells: list[bool] = []  # the cells the walk is in, inner last: True for one beside other cells in its row
        self.first_link: int | None = None  # index in buf of the first link text
        self.after_link: int | None = None  # index in buf of the first text after it
        self.limit = 0.0        # half the walked root's score: a box with more holds the text
        self.text_limit = 0     # half its text, when nothing in it scored
        self.lengths = page.lengths  # the page's (:class:`~.container.Page`): read once
        self.chars = 0          # text in self.blocks
        self.prose: dict[Element, bool] = {}  # paragraphs judged by _hidden_prose
        self.root: Element | None = None
        self.root_text: str | None = None   # the walked root's text, collapsed, casefolded (for pull quotes)
        self.lang = ""          # the document's language (its primary subtag)
        self.hidden = 0         # depth of kept hidden boxes the walk is in
        self.hidden_judged = 0  # hidden boxes judged as text so far (:data:`_HIDDEN_JUDGED`)
        self.walked_lang: str | None = None  # the language of the first 40 lines, once read
        self.seen: set[str] = set()   # the lines walked: a hidden box's copy of one is dropped
        self.leading = False    # walking a standfirst (:func:`_lead_before`, :meth:`header_leads`)
        self.lead_lines: set[str] = set()   # its lines: the same line again (the text's first paragraph) is dropped
        self.thread: Element | None = None  # the box holding the readers' comments (:meth:`_Walker.opens_thread`)
        self.pictured = pictured  # elements that held an image (:func:`_media_holders`)
        self.reply_forms = reply_forms  # forms to write a comment (:func:`_reply_forms`)
        self.tab_ids = tab_ids  # the ids of panes tab buttons show (:func:`_tab_button_ids`)
        self.threads_judged = 0  # headings asked whether they open a comments thread
        self.kept_slide: Element | None = None  # the last hidden box kept as text (:meth:`hidden_text`)
        # the document's headline <h1> (:func:`_headline_h1`): given, or read on the first run
        self.headline_read = headline is not _UNREAD
        self.headline_h1: Element | None = headline if isinstance(headline, etree._Element) else None

    def run(self, root: Element) -> None:
        self.limit = 0.5 * self.page.subtree.get(root, 0.0)
        self.text_limit = 0 if self.limit else self.lengths.of(root)[0] // 2
        self.root, self.root_text = root, None
        doc = root.getroottree().getroot()
        self.lang = _primary_lang(doc.get("lang"))
        if not self.headline_read:     # once per walker: the document's <h1>s are read once
            self.headline_h1 = _headline_h1(doc, self.title_words)
            self.headline_read = True
        kind = _KIND_OF.get(root.tag, "p")
        if root.text:
            self.add(root.text, False)
        self.visit_children(root, kind, False)
        self.flush(kind)

    def skip(self, el: Element) -> str | None:
        """The name of the rule (:data:`SKIP_REASONS`) that leaves ``el`` out, if any."""
        tag = el.tag
        if tag == "h1":
            return "headline" if self.headline(el) else None
        if tag == "br" or tag == "hr":
            return None
        if self.thread is not None and el.getparent() is self.thread:
            return "comment-thread"     # after the thread's heading: the readers' entries
        if tag in _SECTION_HEADINGS and self.chars >= _THREAD_AFTER_CHARS and self.opens_thread(el):
            self.thread = el.getparent()
            return "comment-thread"
        if dialog_box(el):
            return "dialog"     # (however much of the page's text it holds)
        if consent_banner(el):
            return "consent-banner"
        page = self.page
        big = self.big(el)
        if el in page.side_columns:
            return "side-column"
        if not big:
            if el in page.marked and not _resumed_text(el):
                return "related-section"
            if hidden_box(el) and not self.hidden_text(el):
                return "hidden"
            if el in page.media_boxes:
                return "media-box"
        if tag == "cite" and el.getparent().tag == "blockquote":
            return "quote-attribution"
        if tag in sel.FURNITURE_TAGS and not big and not (tag == "header" and _section_header(el)) and not (
                tag == "details" and _disclosed_prose(el, self.prose)) and not _table_caption(el) and not (
                tag == "figure" and self.quoted_in_figure(el)):
            return "furniture-tag"
        if not big and tag not in _PHRASING and page.verdict(el) < 0 and not (
            self.opening() and _opening_lead(page, el, self.description_key)
        ) and not _holds_text_box(page, el) and not (
            page.verdict(el) == -1 and _card_series_prose(el, self.prose)
        ) and not _subheading_between(page, el):
            return "furniture-class"    # (a link "auto-tag_x" or "<em class=meta>" is still text)
        if tag in _INLINE_BOXES and self.link_popup(el) and not self.holds_popup_in_text(el):
            # A pop-up card of links hidden in a sentence ("Name<span>story, story</span>").
            return "link-popup"
        if tag in _BOXES and len(el) and not big:
            own = page.subtree.get(el, 0.0)
            text_len, links = self.lengths.of(el)
            if text_len and links > 0.5 * text_len and own < 0.3 * text_len and not _cites_link(el) \
                    and not _citations(el) and not self.text_beside_furniture(el, text_len, links) \
                    and not self.part_opening_with_prose(el):
                return "link-box"
        return None

    def quoted_in_figure(self, figure: Element) -> bool:
        """``figure`` sets a quotation, the HTML standard's markup for a quote and its
        attribution (``<figure><blockquote><p>..</p></blockquote><figcaption>``): its
        ``<blockquote>`` (:func:`_figure_quote`) is text of the story, not a picture's
        box, unless its words are printed elsewhere in the walked box (a pull quote
        repeating a sentence of the text, in quotation marks or from its middle after an
        ellipsis too: :func:`_quote_key`). Its caption, the speaker's name, stays out."""
        quote = _figure_quote(figure)
        if quote is None:
            return False
        if self.root_text is None:
            self.root_text = collapse(_cap(_TEXT(self.root))).casefold() if self.root is not None else ""
        key = _quote_key(_TEXT(quote))
        first = self.root_text.find(key)
        return first < 0 or self.root_text.find(key, first + 1) < 0

    def text_beside_furniture(self, el: Element, text_len: int, links: int) -> bool:
        """``el``'s links are mostly in boxes the walk drops by their class (a share bar,
        a tag list after the text's last paragraph): with those set aside, the rest is
        a scored paragraph's text, not links (a text cut by an ad slot, whose last
        part ends in the share bar, is text)."""
        page = self.page
        if not page.subtree.get(el, 0.0):
            return False
        for box in islice(el.iterdescendants(*_BOXES), _POPUP_SCAN):
            if page.verdict(box) < 0 and not _dropped_above(page, box, el):
                box_len, box_links = self.lengths.of(box)
                text_len, links = text_len - box_len, links - box_links
        return text_len > 0 and links <= 0.5 * text_len and page.subtree.get(el, 0.0) >= 0.3 * text_len

    def part_opening_with_prose(self, el: Element) -> bool:
        """``el`` goes on with the text: one of the :data:`_PART_BEFORE` boxes before it
        holds scored text outside furniture (the text's earlier part, an ad slot or a
        figure between them at most), and a paragraph of prose (:func:`_prose_paragraph`)
        outside furniture, ending in a sentence's end (not a box's lead-in, "call us on:"),
        is among its first :data:`_PART_SCAN` elements: the text's
        last part, whose links (the blog's latest posts, a list of sources) come after
        its prose. The walk goes into it, so its links are judged line by line."""
        page = self.page
        before = islice((sib for sib in el.itersiblings(preceding=True) if isinstance(sib.tag, str)), _PART_BEFORE)
        if not any(page.subtree.get(sib, 0.0) and not page.in_furniture(sib) for sib in before):
            return False
        return any(inner.tag == "p" and inner in page.weight and not page.in_furniture(inner)
                   and _prose_paragraph(inner) and _ENDS_SENTENCE.search(_TEXT(inner)) is not None
                   for inner in islice(el.iterdescendants(), _PART_SCAN))

    def opens_thread(self, heading: Element) -> bool:
        """A heading that names a comments thread (:func:`.container.opens_comments`) with the
        thread after it (:func:`_thread_follows`, asked of :data:`_THREADS_JUDGED` such
        headings at most: bounded)."""
        text = _TEXT(heading)
        if len(text) > _THREAD_HEADING_CHARS or not opens_comments(norm_key(text)):
            return False
        self.threads_judged += 1
        return self.threads_judged <= _THREADS_JUDGED and _thread_follows(heading, self.pictured, self.reply_forms)

    def big(self, el: Element) -> bool:
        """``el`` holds half the walked text or more (by score; by characters where
        nothing scored: a page whose text is all in a box with a furniture class is
        that box's, unless hidden, a furniture tag or strong furniture: a consent or
        sign-up box of short lines), so no class or link share of it makes it furniture."""
        if self.limit > 0:
            return self.page.subtree.get(el, 0.0) >= self.limit
        if self.text_limit <= 0 or self.lengths.of(el)[0] < self.text_limit:
            return False
        return not (el.tag in sel.FURNITURE_TAGS or hidden_box(el) or self.page.verdict(el) < -1)

    def link_popup(self, el: Element) -> bool:
        """An inline box of three links or more that are most of its text."""
        if not len(el) or sum(1 for _ in islice(el.iter("a"), 3)) < 3:
            return False
        text_len, links = self.lengths.of(el)
        return bool(text_len) and links > 0.7 * text_len

    def holds_popup_in_text(self, el: Element) -> bool:
        """``el`` is a span around a sentence or a name that holds a pop-up card: with
        its inner cards set aside, the rest is no card of links itself (a card of
        stories holding a smaller card, its share row, is a card all the same)."""
        inner: list[Element] = []
        for box in islice(el.iterdescendants(*_INLINE_BOXES), _POPUP_SCAN):
            if not any(contains(outer, box) for outer in inner) and self.link_popup(box):
                inner.append(box)
        if not inner:
            return False
        text_len, links = self.lengths.of(el)
        for box in inner:
            box_len, box_links = self.lengths.of(box)
            text_len, links = text_len - box_len, links - box_links
        own_links = sum(1 for a in islice(el.iter("a"), _POPUP_SCAN)
                        if not any(contains(box, a) for box in inner))
        return own_links < 3 or links <= 0.7 * text_len

    def hidden_text(self, el: Element) -> bool:
        """A hidden box that is more of the text: paragraphs of prose (not notices by
        the line rules), marked as a part a script shows — a slide/collapse/rest/gallery
        class word (:data:`_CONTINUATION_WORDS`: the collapsed rest may end the text),
        or one of a series of boxes of its make that goes on with the story (visible
        text after it, or a shown box of its series: a gallery's first slide) — and in
        the page's language (its ``lang``, else the language detected in its words
        against the page's). A notice's paragraphs, a copy in another language, an
        unmarked box (text after it or not) and a series of hidden boxes ending the
        text are left out."""
        self.hidden_judged += 1
        if self.hidden_judged > _HIDDEN_JUDGED:
            return False
        if not _hidden_prose(el, self.prose):
            # an accordion's panel (an FAQ's answer, a section a reader opens): marked
            # so, one paragraph of prose, with or without a <p>
            if not (_continuation_mark(el) and _disclosed_prose(el, self.prose)) or self.other_language(el):
                return False
            self.kept_slide = el
            return True
        if not (_continuation_mark(el) or (
                _one_of_a_series(el) and not _tab_pane(el, self.tab_ids)
                and (self.text_after(el) or _shown_of_series(el) or self.series_goes_on(el)))):
            return False
        if self.other_language(el):
            return False
        self.kept_slide = el
        return True

    def series_goes_on(self, el: Element) -> bool:
        """The box before ``el`` is a hidden slide of its make the walk kept: the
        series goes on (its shown slide may be more than a few boxes back)."""
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        kept = self.kept_slide
        return kept is not None and prev is kept and kept.get("class") == el.get("class")

    def other_language(self, el: Element) -> bool:
        """The box is in another language than the page: by ``lang`` when both say,
        else by the language detected in the box's opening words against the one
        detected in the text walked so far or, too little walked, the page's ``lang``
        (:func:`detect_language`)."""
        lang = _primary_lang(el.get("lang"))
        if lang and self.lang:
            return lang != self.lang
        found = detect_language(text_head(el, MAX_CHARS))
        if found is None:
            return False
        # the text walked so far before the page's lang (templates declare "en" on any page);
        # once 40 lines are walked their language is read once
        if self.walked_lang is not None:
            page: str | None = self.walked_lang
        else:
            page = _detected(" ".join(line[1] for line in islice(self.blocks, 40)))
            if len(self.blocks) >= 40 and page:
                self.walked_lang = page
            page = page or self.lang
        return bool(page) and found[0] != page

    def text_after(self, el: Element) -> bool:
        """Visible scored text after ``el`` in the walked element (a few siblings on
        each of a few levels up: bounded)."""
        node = el
        for _ in range(_AFTER_LEVELS):
            for count, sib in enumerate(node.itersiblings(), 1):
                if count > _AFTER_SIBLINGS:
                    return False
                if isinstance(sib.tag, str) and self.page.subtree.get(sib, 0.0) > 0 and not hidden_box(sib):
                    return True
            parent = node.getparent()
            if parent is None or node is self.root or parent is self.root:
                return False
            node = parent
        return False

    def headline(self, h1: Element) -> bool:
        """The document's headline ``<h1>`` (:func:`_headline_h1`, whatever is walked
        above it: a kicker, a standfirst), an ``<h1>`` before any text, or one whose
        words are the title's (or, with no title, a long one) is the headline; a later
        short one is a section heading of a page that sets its subheadings as ``<h1>``."""
        if h1 is self.headline_h1 or not self.blocks or not _short_text(h1, _H1_SECTION_CHARS):
            return True
        words = _words_key(_TEXT(h1))
        return self.title_words is None or words == self.title_words or (
            bool(words) and f" {words} " in f" {self.title_words} ")

    def opening(self) -> bool:
        """Nothing of the text walked yet: a few short lines at most (a kicker, a date)."""
        return len(self.blocks) <= _LEAD_MAX and all(
            not has_words(line[1], _LEAD_WORDS) for line in self.blocks)

    def header_leads(self, header: Element) -> None:
        """The standfirst of the article's own ``<header>`` (the one that holds the
        page's headline ``<h1>``), walked though the header is left out (its kicker,
        byline, share buttons): a box chosen around the header and the text (an
        ``<article>`` whose paragraphs are its own children, or whose text an ad slot
        cuts in parts) keeps the standfirst that :func:`_lead_before` keeps when the
        chosen box holds the text alone. The first :data:`_LEAD_MAX` standfirsts after
        the headline (:func:`_is_lead`), not a picture's caption (``page.media_boxes``),
        nor the headline's words again, nor a dek that is the page's description;
        only while nothing of the text is walked."""
        headline = self.headline_h1
        if headline is None or not self.opening() or not contains(header, headline):
            return
        page, shared = self.page, frozenset(header.iterancestors())
        leads: list[Element] = []
        seen_headline = False
        for el in islice(header.iter(), _LEAD_SCAN):
            seen_headline = seen_headline or el is headline
            if not seen_headline or len(leads) == _LEAD_MAX or any(contains(lead, el) for lead in leads) \
                    or any(box in page.media_boxes for box in (el, *el.iterancestors())):
                continue
            if _is_lead(page, el, headline, shared) and _words_key(_TEXT(el)) != self.title_words \
                    and not is_dek(el, _TEXT(el), self.description_key, marked_only=True):
                leads.append(el)
        self.leading = True
        for el in leads:
            kind = _KIND_OF.get(el.tag, "p")
            if el.text:
                self.add(el.text, False)
            self.visit_children(el, kind, False)
            self.flush(kind)
        self.leading = False

    def visit_children(self, el: Element, kind: str, in_link: bool) -> None:
        for child in el:
            self.visited += 1
            if self.visited > _MAX_VISITED:
                raise _Enough
            tag = child.tag
            if not isinstance(tag, str):          # comments, processing instructions
                if child.tail:
                    self.add(child.tail, in_link)
                continue
            skipped = self.skip(child)
            hidden = not skipped and hidden_box(child)
            self.hidden += hidden
            if skipped:
                if self.explain is not None:
                    _explain(self.explain, collapse(_cap(_TEXT(child))), skipped)
                if tag in sel.BLOCK_TAGS:
                    self.flush(kind)
                if skipped == "furniture-tag" and tag == "header":
                    self.header_leads(child)
            elif tag == "br":
                self.buf.append(_BR)
            elif tag in sel.BLOCK_TAGS:
                self.flush(kind)
                inner = "h" if tag == "h1" else _KIND_OF.get(tag, kind)
                if kind in _INHERITING and inner in ("p", "quote"):
                    inner = kind
                elif inner == "p" and tag == "p" and _all_bold(child):
                    if _is_bold_line(child):
                        inner = "h"         # <p><strong>A subheading</strong></p>
                    elif _is_bold_sentence(child):
                        inner = _BOLD_SENTENCE  # heading or emphasis: its neighbours decide
                if child.text:
                    self.add(child.text, in_link)
                cell = tag in ("td", "th")
                if cell:
                    self.cells.append(_beside_cells(child))
                self.visit_children(child, inner, in_link)
                if tag in _SECTION_HEADINGS and not in_link and _heads_section(child):
                    self.link_chars = 0         # a section's linked title, not a teaser
                    self.linked = []
                    self.first_link = self.after_link = None
                self.flush(inner)
                if cell:
                    self.cells.pop()
            else:
                # (<a name> is an anchor; a sentence linked to a share form that posts it is quoted text)
                link = in_link or (tag == "a" and child.get("href") is not None and not _quoted_share(child))
                if child.text:
                    self.add(child.text, link)
                if len(child):
                    self.visit_children(child, kind, link)
            self.hidden -= hidden
            if child.tail:
                self.add(child.tail, in_link)

    def add(self, text: str, in_link: bool) -> None:
        if in_link:
            chars = len(text.strip())
            if chars and self.first_link is None:
                self.first_link = len(self.buf)
            if chars:
                self.linked.append(len(self.buf))
            self.link_chars += chars
        elif self.first_link is not None and self.after_link is None and not text.isspace():
            self.after_link = len(self.buf)
        self.buf.append(text)

    def flush(self, kind: str) -> None:
        if not self.buf:
            return
        if len(self.blocks) >= _MAX_BLOCKS or self.chars >= _MAX_BODY_CHARS:
            raise _Enough
        raw = _cap("".join(self.buf))
        first_link, after_link = self.first_link, self.after_link
        in_sentence = first_link is not None and _opens_sentence(
            "".join(self.buf[:first_link]), "".join(self.buf[after_link:]) if after_link else "", raw)
        buf, linked = self.buf, self.linked
        self.buf, self.linked = [], []
        self.first_link = self.after_link = None
        links = self.link_chars
        self.link_chars = 0
        if kind == "pre":
            lines = [line.rstrip() for line in raw.replace(_BR, "\n").split("\n")]
            text = "\n".join(lines).strip("\n")
            if text.strip():
                self.blocks.append(("pre", text, 0.0, False))
            return
        parts = _BR_BREAK.split(raw) if _BR in raw else [raw]
        counts = _link_counts(buf, linked, len(parts), links)
        kinds = [kind] * len(parts) if len(parts) == 1 else [_part_kind(kind)] * len(parts)
        if _BR in parts[0]:
            opening = _credit_apart(parts[0])
            if len(opening) > 1:
                parts[:1], kinds[:1] = opening, kinds[:1] * 2
                counts = [0, *counts] if counts else None
        self.add_parts(parts, kinds, counts, in_sentence)

    def add_parts(self, parts: list[str], kinds: list[str], counts: list[int] | None, in_sentence: bool) -> None:
        whole = len(parts) == 1
        for n, part in enumerate(parts):
            if part.isspace():
                continue        # (space alone collapses to nothing: no line)
            text = collapse(part.replace(_BR, " "))
            if text and ((self.hidden and text in self.seen) or text in self.lead_lines):
                continue        # a hidden box's copy of a line already walked; a standfirst printed again
            if text:
                self.seen.add(text)
                if self.leading:
                    self.lead_lines.add(text)
                count = counts[n] if counts else 0
                # a row of links in a cell of its own is a line of links, not the table's item
                # (one link); in a cell beside others, a data table's ("Smith / Jones", a result)
                part_kind = _part_kind(kinds[n]) if count >= _ALL_LINKED and not (
                    whole and self.cells and self.cells[-1]) else kinds[n]
                self.blocks.append((part_kind, text, min(1.0, count / len(text)), in_sentence and whole))
                self.chars += len(text)


def _beside_cells(cell: Element) -> bool:
    """``cell`` has another cell in its row (its nearest element siblings)."""
    for preceding in (True, False):
        near = next((s for s in cell.itersiblings(preceding=preceding) if isinstance(s.tag, str)), None)  # (past comments)
        if near is not None and near.tag in ("td", "th"):
            return True
    return False


def _part_kind(kind: str) -> str:
    """A part of a cell's text is a paragraph of it, not the table's item."""
    return "p" if kind == _CELL else kind


def _dropped_above(page: Page, box: Element, top: Element) -> bool:
    """A box between ``box`` and ``top`` has a furniture class (``box`` is counted with it)."""
    for above in box.iterancestors():
        if above is top:
            return False
        if page.verdict(above) < 0:
            return True
    return False


_LINK_OPEN, _LINK_CLOSE = "\x02", "\x03"   # around link text, to count it per part
# A word outside a row's links, or a list's comma: links joined by commas are a list of
# names (places, people, tags) a text may give; by bars, dots or spaces, a row of links.
_NOT_ROW = re.compile(r"[\w,;、，；]")
_LINKED_TEXT = re.compile(_LINK_OPEN + "([^" + _LINK_CLOSE + "]*)" + _LINK_CLOSE)


_ALL_LINKED = 1 << 30     # a part's link count when every word of it is a link's
_ROW_CHARS = 400          # a block longer than this is no row of links (whole blocks only)


_SHARE_HOSTS = ("twitter.com", "x.com")
_SHARE_PATHS = ("/share", "/intent/tweet", "/intent/post")
_QUOTE_WORDS = 6            # a quoted sentence's first words, looked for in the post's text
_QUOTE_CHARS = 300          # of the link's text read for them


def _quoted_share(a: Element) -> bool:
    """``a`` is a "click to tweet" quote (WordPress's Social Warfare, Better Click To Tweet):
    a sentence of the text set as a link to a share form (``twitter.com/share?text=``,
    ``/intent/tweet``) whose post is that sentence, the words of the story and no link to
    another page; not a share button, whose label ("Share on X", "Tweet") the post does not
    say. Its first :data:`_QUOTE_WORDS` words are in the post's ``text``."""
    href = a.get("href") or ""
    if "text=" not in href:
        return False
    parts = urlsplit(href)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("mobile.")
    if host not in _SHARE_HOSTS or not parts.path.rstrip("/").endswith(_SHARE_PATHS):
        return False
    words = _words_key(sel.TEXT(a)[:_QUOTE_CHARS]).split()[:_QUOTE_WORDS]
    posted = " ".join(_words_key(text) for text in parse_qs(parts.query).get("text", []))
    return len(words) == _QUOTE_WORDS and f" {' '.join(words)} " in f" {posted} "


def _link_counts(buf: list[str], linked: list[int], parts: int, links: int) -> list[int] | None:
    """The link characters of each of the ``parts`` a block's text falls into at its
    ``<br><br>`` breaks (``buf``: its pieces, ``linked``: the indices of link text;
    ``links``: the block's link characters), so a row of links after ``<br>``
    paragraphs is read as links, as it is in a ``<p>`` of its own; a part of two
    links or more none of whose words is outside them is a row of links, all link
    (:data:`_ALL_LINKED`), its separators too ("Print | Send"; one link in brackets,
    "[Wired]", is a source's name; links joined by commas, a list). ``None`` when the text splits otherwise (a capped block).

    >>> _link_counts(["Text.", _BR, _BR, "Print", " | ", "E-mail"], [3, 5], 2, 11)
    [0, 1073741824]
    >>> _link_counts(["See ", "the report", " here."], [1], 1, 10)
    [10]
    >>> _link_counts(["[", "Wired", "]"], [1], 1, 5), _link_counts(["Home", " › ", "News"], [0, 2], 1, 8)
    ([5], [1073741824])
    >>> _link_counts(["Oita", ", ", "Usuki"], [0, 2], 1, 9)
    [9]
    """
    if not linked:
        return [0] * parts
    if parts == 1 and (len(linked) < 2 or sum(map(len, buf)) > _ROW_CHARS):
        return [links]      # (one link, or too long for a row: the common block, read no further)
    links_at = set(linked)
    if parts == 1:
        outside = "".join(piece for i, piece in enumerate(buf) if i not in links_at)
        row = sum(i - 1 not in links_at for i in links_at) >= 2 and not _NOT_ROW.search(outside)
        return [_ALL_LINKED if row else links]
    marked = "".join(_LINK_OPEN + piece + _LINK_CLOSE if i in links_at else piece for i, piece in enumerate(buf))
    split = _BR_BREAK.split(marked) if len(marked) <= _MAX_BLOCK_CHARS else []
    if len(split) != parts:
        return None
    counts = []
    for part in split:
        inside = sum(len(m.strip()) for m in _LINKED_TEXT.findall(part))
        row = part.count(_LINK_OPEN) - part.count(_LINK_CLOSE + _LINK_OPEN) >= 2
        counts.append(_ALL_LINKED if row and not _NOT_ROW.search(_LINKED_TEXT.sub("", part)) else inside)
    return counts


def _credit_apart(part: str) -> list[str]:
    """A credit line set off by a single <br> at the start of a paragraph ("<p><b>Von
    Jane Doe</b><br>Der Chor ..."), an older CMS's byline: a line of its own, for
    the line rules to drop as they drop a byline. The line must name people by plain
    names: "By the rivers of Babylon<br>there we sat down" opens a poem."""
    first, _, rest = part.partition(_BR)
    head = collapse(first)
    if len(collapse(rest.replace(_BR, " "))) >= _PROSE_AFTER_CREDIT and is_credit_line(head, norm_key(head), len(head.split())):
        names = clean_byline(head)
        if names and all(plain_name(name) for name in names):
            return [first, rest]
    return [part]  # (a block of credit lines, "Text: X<br>Faktencheck: Y", stays one)


_PROSE_AFTER_CREDIT = 150   # characters: the paragraph's text, not another credit line


_LABEL_ENDS = (":", "|", "»", "›", ">", "-", "–", "—", "•", "·", "/")


_LEAD_IN_WORDS = 3      # words before a link that start a sentence; one or two are a label
_TAIL_CHARS = 20        # the end of a line read for its closing punctuation
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’»)]*\s*$")


def _leads_into(before_link: str) -> bool:
    """Words before a link, not a label's mark ("Read more:", "»")."""
    before = collapse(before_link.replace(_BR, " "))
    return any(c.isalpha() for c in before) and not before.endswith(_LABEL_ENDS)


def _opens_sentence(before_link: str, after_link: str, line: str) -> bool:
    """The text before a line's first link is words of the line's own sentence
    ("The report says <a>...</a>."), not a label ("Read more: <a>...</a>", "» <a>",
    "Related <a>", "Don't miss <a>"): three words or more and the sentence ends as
    a sentence ends or goes on after the link; one or two words only when the
    sentence goes on after the link ("It also <a>plans exercises</a>."). A teaser's
    headline after its label does neither."""
    if not _leads_into(before_link):
        return False
    after = after_link.strip()
    if sum(1 for w in before_link.split() if any(c.isalnum() for c in w)) < _LEAD_IN_WORDS:
        return bool(after)
    return any(c.isalnum() for c in after) or _ENDS_SENTENCE.search(line[-_TAIL_CHARS:]) is not None


_CITE_ELEMENTS = 64     # a box that cites a page is a sentence or two: one with more elements is not
_CITE_CHARS = 200       # the end of the text before the link that is read


def _cites_link(box: Element) -> bool:
    """A box of one link that its own words lead into: a sentence citing a page
    (``<div><p>Under Article 4 <a>member countries can...</a>, ...</p></div>``),
    not a box of links. Its line is left to the line filter. Bounded: a few
    elements and the words right before the link are read, never the box's text
    (boxes nested a hundred deep around one long link would each read it again)."""
    link = None
    for count, el in enumerate(box.iter(), 1):
        if count > _CITE_ELEMENTS:
            return False
        if el.tag == "a":
            if link is not None:
                return False
            link = el
    return link is not None and _leads_into(_text_before(box, link))


_CITATION_LISTS = 3      # numbered lists of a box read for citations
_CITATIONS = 50          # items of such a list read
_CITATION_LINKS = 5      # links of an item read (its last among them is the one looked after)


def _citations(box: Element) -> bool:
    """``box`` holds a numbered list of citations (a "References" section): every item
    ends in a full stop printed after its last link ("<a>Title</a>. Chapter of a book,
    Publisher."), which a list of teasers' headlines does not, one item at least says
    words after it, and none a date alone ("<a>Headline</a> 12.03.2024.", a Croatian
    "most read" list). Read: its first
    :data:`_CITATION_LISTS` ``<ol>``s, :data:`_CITATIONS` items of each."""
    for ol in islice(box.iter("ol"), _CITATION_LISTS):
        items = [c for c in islice(ol, _CITATIONS) if isinstance(c.tag, str)]
        if len(items) < 2 or any(c.tag != "li" for c in items):
            continue
        afters = [_stop_after_link(c) for c in items]
        if all(after is not None and (_WORDY.search(after) or not after.strip(" .")) for after in afters) \
                and any(after and _WORDY.search(after) for after in afters):
            return True     # (one item says something after its link; none a date alone: "12.03.2024.")
    return False


_WORDY = re.compile(r"[^\W\d_]{2}")


def _stop_after_link(item: Element) -> str | None:
    """The item's text after its last link when it ends in a full stop, else None."""
    links = list(islice(item.iter("a"), _CITATION_LINKS))
    if not links:
        return None
    after = "".join(itertools.chain([links[-1].tail or ""], *(
        [(n.text or "") + (n.tail or "")] for n in links[-1].itersiblings() if isinstance(n.tag, str))))
    return after if after.rstrip().endswith(".") and not (item.tail or "").strip() else None


def _text_before(box: Element, link: Element) -> str:
    """The last :data:`_CITE_CHARS` characters of ``box``'s text before ``link``."""
    pieces = []
    for event, el in etree.iterwalk(box, events=("start", "end")):
        if el is link:
            break
        piece = (el.text if isinstance(el.tag, str) else None) if event == "start" else (
            el.tail if el is not box else None)
        if piece:
            pieces.append(piece[-_CITE_CHARS:])
    return "".join(pieces)[-_CITE_CHARS:]


_RESUME_WORDS = 12          # a paragraph of prose, not a teaser's snippet
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _resumed_text(el: Element) -> bool:
    """In what follows a "Related" heading (:meth:`Page.mark_related_sections`),
    the article's own text again: a box of teasers dropped into the text column
    ("Auch interessant" and a card, then the story goes on), so a paragraph of
    prose, or a subheading right above one, is not the box's."""
    if el.tag in _SECTION_HEADINGS and not _all_link(el):
        nxt = el.getnext()
        return nxt is not None and nxt.tag == "p" and _prose_paragraph(nxt)
    return el.tag == "p" and _prose_paragraph(el)


_SUBHEADING_CHARS = 100     # a subheading is a line; a longer box is a caption or a quote


def _subheading_between(page: Page, el: Element) -> bool:
    """A subheading of the text whatever its class says: a heading (``<h2>``-``<h6>``,
    alone or as the only content of its box), a short line without links, between
    two paragraphs of prose (:func:`_prose_paragraph`) of the text (scored, outside
    furniture); a heading alone in its box is read as that box. A CMS's component
    box ("v-c-cmp": a component, not a consent manager's) around a section's heading
    in the story's run of paragraphs: a furniture box (a share bar, an ad's label, a
    teaser's title) does not sit between two of the story's paragraphs with a
    heading alone in it."""
    parent = el.getparent()
    if el.tag in _SECTION_HEADINGS and parent is not None and _only_child(parent) is el:
        el = parent     # the heading's own class is read with its box's
    heading = el if el.tag in _SECTION_HEADINGS else _only_child(el)
    if heading is None or heading.tag not in _SECTION_HEADINGS or len(heading):
        return False
    text = collapse(_TEXT(el))
    if not text or len(text) > _SUBHEADING_CHARS or text != collapse(_TEXT(heading)):
        return False
    return all(sib is not None and sib.tag == "p" and sib in page.weight and not page.in_furniture(sib)
               and _prose_paragraph(sib) for sib in (_element_sibling(el, True), _element_sibling(el, False)))


def _only_child(el: Element | None) -> Element | None:
    if el is None:
        return None
    children = [child for child in el if isinstance(child.tag, str)]
    return children[0] if len(children) == 1 else None


def _element_sibling(el: Element, preceding: bool) -> Element | None:
    return next((sib for sib in el.itersiblings(preceding=preceding) if isinstance(sib.tag, str)), None)


_HIDDEN_PROSE = 2           # paragraphs of prose that make a hidden box the text's
_HIDDEN_SCAN = 400          # elements of a hidden box read at most (its opening slides)


def _hidden_prose(el: Element, memo: dict[Element, bool]) -> bool:
    """A hidden box of the text that holds paragraphs of prose (``<p>``, or boxes with no
    block inside: :func:`_leaf_box`): text a script shows later (a listicle's next slides, the rest behind a paywall's "read on", a
    collapsed section), which readers and trafilatura keep. Hidden furniture (a
    pop-up, a notice, a menu copy) is a line or two, not paragraphs, and a notice's
    paragraphs are told by their words (:func:`.furniture.is_notice_line`). Bounded: the
    box's first :data:`_HIDDEN_SCAN` elements, each paragraph judged once per walk
    (``memo``), however many hidden boxes are nested around it."""
    found = 0
    for p in islice(el.iter(), _HIDDEN_SCAN):
        if p.tag != "p" and (p.tag not in _LEAF_PARAGRAPHS or _card_snippet(p) or not _leaf_box(p)):
            continue
        prose = memo.get(p)
        if prose is None:
            prose = memo[p] = _prose_paragraph(p) and not is_notice_line(collapse(_cap(_TEXT(p))))
        if prose:
            found += 1
            if found >= _HIDDEN_PROSE:
                return True
    return False


_SERIES_CARDS = 20          # cards of a series read (siblings of an element's box)
_SERIES_LEAST = 3           # cards with a box of the same class: a listing, not one box
_SERIES_SCAN = 100          # the listing's children looked at for them (compared in Python: a
                            # broken page's tag name is no valid tag filter for lxml)


_LEAF_PARAGRAPHS = frozenset({"div", "section", "dd"})   # boxes a paragraph is set in without a <p>
_LEAF_SCAN = 200            # elements inside a box read for a block in it


def _leaf_box(el: Element) -> bool:
    """``el`` holds no block (a paragraph set as ``<div>text<br><br>text</div>``: a
    page builder's, an old CMS's or a restyled theme's); read up to :data:`_LEAF_SCAN`
    elements inside (a box of more is no paragraph)."""
    for inside, child in enumerate(el.iterdescendants(), 1):
        if inside > _LEAF_SCAN or (isinstance(child.tag, str) and child.tag in sel.BLOCK_TAGS):
            return False
    return True


_TITLE_BOX_SCAN = 8         # elements of a linked title's box: a line, not a box of boxes


def _card_snippet(el: Element) -> bool:
    """``el`` is a teaser card's snippet (a hidden page of a "more stories" carousel):
    right after a linked title (``<a><div>Title</div></a><div>Snippet.</div>``, or a small
    box all of whose text is a link) with no paragraph of prose after it. A slide's
    paragraphs under a linked product name go on in a second one."""
    prev = _element_sibling(el, True)
    if prev is None or sum(1 for _ in islice(prev.iter(), _TITLE_BOX_SCAN)) == _TITLE_BOX_SCAN:
        return False
    if not (bool(_TEXT(prev).strip()) if prev.tag == "a" else _all_link(prev)):
        return False
    nxt = _element_sibling(el, False)     # a paragraph (no box of boxes: its text is read)
    return nxt is None or not (nxt.tag == "p" or (nxt.tag in _LEAF_PARAGRAPHS and _leaf_box(nxt))) \
        or not _prose_paragraph(nxt)


def _card_series_prose(el: Element, memo: dict[Element, bool]) -> bool:
    """``el`` is the prose paragraph of a card in a series of cards each with a box of
    its tag and class (a team page's "team-bio" under each name, a directory's
    descriptions): the listing's text, though one such box (an author's "bio" under a
    story) is furniture. Not a teaser's snippet under a linked headline
    (:func:`_prose_paragraph`): a related-posts list stays out. Bounded: a few cards."""
    cls = el.get("class")
    card = el.getparent()
    if not cls or card is None or el.tag != "p":
        return False
    listing = card.getparent()
    if listing is None:
        return False
    alike = 0
    cards = (c for c in islice(listing.iterchildren(), _SERIES_SCAN) if c.tag == card.tag)
    for other in islice(cards, _SERIES_CARDS):
        if any(c.tag == el.tag and c.get("class") == cls for c in other.iterchildren(el.tag)):
            alike += 1
    if alike < _SERIES_LEAST:
        return False
    prose = memo.get(el)
    if prose is None:
        prose = memo[el] = _prose_paragraph(el) and not is_notice_line(collapse(_cap(_TEXT(el))))
    return prose


def _disclosed_prose(el: Element, memo: dict[Element, bool]) -> bool:
    """A box a reader opens (an accordion's panel, a ``<details>``: an FAQ's answer, a
    government page's "Who can apply?") that holds a paragraph of prose: a ``<p>``, or a
    box of text with no block inside (answers are often set without one), not a notice
    (:func:`.furniture.is_notice_line`). A collapsed menu or a pop-up holds links or a line.
    Bounded: the box's first :data:`_HIDDEN_SCAN` elements, each judged once (``memo``),
    each read for a block inside up to :data:`_LEAF_SCAN` elements (:func:`_leaf_box`)."""
    for p in islice(el.iter(), _HIDDEN_SCAN):
        if p.tag == "p" or (p.tag in _ANSWER_BOXES and _leaf_box(p)):
            prose = memo.get(p)
            if prose is None:
                prose = memo[p] = _prose_paragraph(p) and not is_notice_line(collapse(_cap(_TEXT(p))))
            if prose:
                return True
    return False


_ANSWER_BOXES = frozenset({"div", "dd", "section", "span"})    # boxes an answer is set in without a <p>


_AFTER_LEVELS = 3           # levels up read for text after a hidden box
_HIDDEN_JUDGED = 200        # hidden boxes a walk judges as text; later ones stay hidden (bounded)
_AFTER_SIBLINGS = 5         # siblings read on each level
# Class / id words of a hidden box that is a part of the text a script shows: a
# slide, a collapsed section, the rest behind "read more".
_CONTINUATION_WORDS = frozenset({
    "slide", "slides", "slider", "carousel", "step", "steps", "collapse", "collapsed", "collapsible",
    "accordion", "expand", "expandable", "more", "rest", "continue", "continued", "truncated", "gallery",
    "paywall", "premium", "locked", "fold", "toggle", "page", "pages",
    # an FAQ's answer, shown when its question is clicked ("faq-answer")
    "answer",
})


def _continuation_mark(el: Element) -> bool:
    return not _CONTINUATION_WORDS.isdisjoint(
        class_words(f"{el.get('class') or ''} {el.get('id') or ''}"[:300]))


# A tab set's classes on a pane or the box of panes ("tab-pane", "tabpanel",
# "tab-content", "tabs__panel", "wp-block-tabs"); not a lone "tab" ("hidden-tab":
# a tablet breakpoint's utility class).
_TAB_CLASS = re.compile(r"(?:^|[\s_-])(?:tabs|tabs?[-_]*(?:pane|panel|content|container|body)s?)(?=$|[\s_-])",
                        re.IGNORECASE)
_TAB_TOGGLES = frozenset({"tab", "pill", "tabs", "pills"})
_TAB_STRIP_LEVELS = 2       # levels up from a pane looked at for the tab strip naming it
_TAB_STRIP_SIBLINGS = 4     # boxes before the pane (or its box) looked through on each level
_TAB_STRIP_SCAN = 60        # elements of each such box read for a tab naming the pane


def _tab_pane(el: Element, tab_ids: frozenset[str]) -> bool:
    """A pane of a tab set (ARIA's ``role=tabpanel``, a tab set's class on it or on its
    box, or a tab naming it: a tab button (``tab_ids``, read before buttons are
    stripped) or a tab link in a strip before it: ``role=tab``, Bootstrap's
    ``data-toggle=tab``, ``aria-selected``): each pane a reader picks is a text of its
    own (about us, ethics, the other products), not the next part of the story a
    listicle shows one at a time, which has no tabs naming its parts. Bounded: a few
    boxes before the pane on two levels, their first elements."""
    if (el.get("role") or "").strip().lower() == "tabpanel":
        return True
    parent = el.getparent()
    if _TAB_CLASS.search((el.get("class") or "")[:300]) or (
            parent is not None and _TAB_CLASS.search((parent.get("class") or "")[:300])):
        return True
    pane_id = (el.get("id") or "").strip()
    if not pane_id:
        return False
    if pane_id in tab_ids:
        return True
    node: Element | None = el
    for _ in range(_TAB_STRIP_LEVELS):
        if node is None:
            break
        for sib in islice(node.itersiblings(preceding=True), _TAB_STRIP_SIBLINGS):
            if isinstance(sib.tag, str) and any(_tab_naming(c, pane_id) for c in islice(sib.iter(), _TAB_STRIP_SCAN)):
                return True
        node = node.getparent()
    return False


def _tab_naming(control: Element, pane_id: str) -> bool:
    """Whether ``control`` is a tab that shows the pane ``pane_id``."""
    return _is_tab(control) and pane_id in _named_panes(control)


def _is_tab(control: Element) -> bool:
    """A tab: ARIA's ``role=tab``, Bootstrap's ``data-toggle=tab`` / ``pill``, or a
    control marked selected or not (``aria-selected``, which only tabs and options carry)."""
    toggle = (control.get("data-toggle") or control.get("data-bs-toggle") or "").strip().lower()
    return ((control.get("role") or "").strip().lower() == "tab" or toggle in _TAB_TOGGLES
            or control.get("aria-selected") is not None)


def _named_panes(control: Element) -> set[str]:
    """The ids a control shows: ``aria-controls`` (a list of ids), an in-page ``href``,
    Bootstrap's ``data-target`` / ``data-bs-target``."""
    ids = set((control.get("aria-controls") or "")[:300].split())
    for attr in ("href", "data-target", "data-bs-target"):
        value = (control.get(attr) or "").strip()
        if value.startswith("#") and len(value) > 1:
            ids.add(value[1:])
    return ids


_BUTTONS_READ = 200         # <button>s of a page read for tabs


def _tab_button_ids(root: Element) -> frozenset[str]:
    """The ids of the panes tab buttons show (:func:`_is_tab`), read before buttons
    are stripped (a tab strip of ``<button role=tab aria-controls=...>``). Bounded:
    the first :data:`_BUTTONS_READ` buttons."""
    ids: set[str] = set()
    for button in islice(root.iter("button"), _BUTTONS_READ):
        if _is_tab(button):
            ids |= _named_panes(button)
    return frozenset(ids)


_QUOTE_SCAN = 20            # elements of a figure read for its quotation
_QUOTE_KEY = 60             # characters of a quotation looked for elsewhere in the text


# What a pull quote adds around the sentence it repeats: quotation marks, an ellipsis, a dash.
_QUOTE_MARKS = "\"'“”‘’„‚«»‹›…–—-.,;: "


def _quote_key(text: str) -> str:
    """The first :data:`_QUOTE_KEY` characters of a quotation's words, casefolded, with
    the quotation marks and the ellipsis a pull quote sets around the text's sentence
    taken off ("“..deserve care..”", "…deserve care" for the text's "..deserve care").

    >>> _quote_key("“Care is not a straight line.”"), _quote_key("… deserve care")
    ('care is not a straight line', 'deserve care')
    """
    return collapse(text).strip(_QUOTE_MARKS).casefold()[:_QUOTE_KEY]


def _figure_quote(figure: Element) -> Element | None:
    """The ``<blockquote>`` among the first :data:`_QUOTE_SCAN` elements of ``figure``
    that holds prose (:func:`_prose_paragraph`, itself or a ``<p>`` of it: a sentence of a
    dozen words or more, few links; a decorative quotation mark may close the quote) and
    all of the figure's text but its ``<figcaption>``: a figure of a picture has its
    caption's text only, a card of links no sentence."""
    quote = next((el for el in islice(figure.iter(), _QUOTE_SCAN) if el.tag == "blockquote"), None)
    if quote is None or not (_prose_paragraph(quote) or any(
            _prose_paragraph(p) for p in islice(quote.iter("p"), _QUOTE_SCAN))):
        return None
    said = len(collapse(_TEXT(quote)))
    captions = sum(len(collapse(_TEXT(c))) for c in figure.iterchildren("figcaption"))
    return quote if len(collapse(_TEXT(figure))) <= said + captions + 2 else None


def _one_of_a_series(el: Element) -> bool:
    """A box beside another of its make (same tag and class): one slide of a series."""
    cls = el.get("class")
    if not cls:
        return False
    return any(sib is not None and sib.tag == el.tag and sib.get("class") == cls
               for sib in (el.getprevious(), el.getnext()))


_HEADLINE_H1S = 50          # <h1>s of a document read for its headline


def _container_headline(doc: Element, root: Element, headline: Element | None,
                        title: str | None) -> Element | None:
    """The line that heads the text for the container's choice: the ``<h1>`` headline,
    or, on a page with no ``<h1>`` at all, the line set big that says the title. It
    makes the box it heads win over a near-equal one far from it (a reader's long
    comment, a sidebar's blurb) in :meth:`Page.best`. Not where an ``<h1>`` is there
    but says no title (a forum's "Thema: <a>title</a>"): the line saying the title
    there heads one post of many."""
    if headline is not None or not title or next(doc.iter("h1"), None) is not None:
        return headline
    return _title_line(root, _words_key(title), False)


def _headline_h1(doc: Element, title_words: str | None) -> Element | None:
    """The document's headline ``<h1>``: the first whose words are the title's, else
    the first that is not all link (a logo set as ``<h1><a href="/">``), unless an
    ``<h2>`` carries the title (a theme that sets the post title as ``<h2>`` and
    its subheadings as ``<h1>``: no ``<h1>`` is the headline there). Bounded: the
    first :data:`_HEADLINE_H1S` ``<h1>`` and ``<h2>`` elements."""
    h1s = list(islice(doc.iter("h1"), _HEADLINE_H1S))
    if title_words:
        same = next((h1 for h1 in h1s if _says_title(h1, title_words)), None)
        if same is not None:
            return same
        if any(_says_title(h2, title_words) for h2 in islice(doc.iter("h2"), _HEADLINE_H1S)):
            return None
    return next((h1 for h1 in h1s if _TEXT(h1).strip() and not _all_link(h1)), None)


def _shown_of_series(el: Element) -> bool:
    """A box of ``el``'s make (same tag and class) beside it that is shown: the
    visible slide of the series ``el`` is a hidden slide of."""
    cls = el.get("class")
    for sib in islice(el.itersiblings(preceding=True), _AFTER_SIBLINGS):
        if sib.tag == el.tag and _kin_classes(sib.get("class"), cls) and not hidden_box(sib):
            return True
    return False


# Class words that say a box's state, not what it holds ("slide active", "pane
# is-hidden", Bootstrap's "collapse show" / "fade in" / "d-none").
_STATE_CLASSES = frozenset({
    "active", "current", "selected", "show", "shown", "open", "opened", "visible", "in", "on",
    "expanded", "hidden", "hide", "closed", "collapsed", "inactive", "d-none",
    "is-active", "is-current", "is-selected", "is-open", "is-visible", "is-hidden", "is-expanded",
})
# A generated class token ("k9", "x7f3", a CSS module's hash): letters with digits.
_GENERATED_CLASS = re.compile(r"[a-z][a-z0-9]{0,9}", re.IGNORECASE)


def _kin_classes(shown: str | None, hidden: str | None) -> bool:
    """The classes of a shown box and a hidden one of a series: the same, or one the
    other's with one word more that is a word of state or a generated token ("slide"
    and "slide active", "part" and "part k9"); never when the words they share are a
    layout grid's alone ("col" and "col k9": unrelated boxes share those; review 21).

    >>> [_kin_classes(a, b) for a, b in (("part", "part k9"), ("pane is-active", "pane"),
    ...                                  ("col", "col k9"), ("part", "part about"))]
    [True, True, False, False]
    """
    if shown == hidden:
        return True
    if not shown or not hidden:
        return False
    a, b = set(shown[:300].split()), set(hidden[:300].split())
    extra = a ^ b
    if len(extra) != 1 or not (a <= b or b <= a):
        return False
    word = next(iter(extra))
    if word.lower() not in _STATE_CLASSES and not (
            _GENERATED_CLASS.fullmatch(word) and any(c.isdigit() for c in word)):
        return False
    shared = class_words(" ".join(sorted(a & b)))
    return not (shared and LAYOUT_WORDS.issuperset(shared))


def _detected(text: str) -> str:
    found = detect_language(text[:MAX_CHARS])
    return found[0] if found else ""


def _primary_lang(value: str | None) -> str:
    """"de-AT" -> "de"; "" for none."""
    return (value or "").strip().split("-")[0].split("_")[0].lower()


_H1_SECTION_CHARS = 80      # a later <h1> this short is a subheading, a longer one a caption or a headline
_SECTION_HEADER_CHARS = 200   # a heading and a line at most, not a masthead


def _section_header(header: Element) -> bool:
    """A ``<header>`` of a section of the text (``<section><header><h2>...``): a
    subheading of the article, not the article's or the page's own header (those
    hold the ``<h1>``, a logo, a menu)."""
    if next(header.iter("h1"), None) is not None or next(header.iter("nav", "ul", "ol"), None) is not None:
        return False
    heading = next(header.iter(*_SECTION_HEADINGS), None)
    return heading is not None and _short_text(header, _SECTION_HEADER_CHARS)


_TEXT_BOX_SCAN = 300        # elements of a furniture-classed box read for a text box inside it


def _holds_text_box(page: Page, el: Element) -> bool:
    """A box furniture by a weak class word ("teaser-content": what shows before a
    paywall) around an explicit text box (``article-body``, ``itemprop=articleBody``)
    that holds scored paragraphs: the wrapper is the text's, not furniture. Strong
    furniture (comments, consent) stays out whatever it holds. Bounded: the box's
    first :data:`_TEXT_BOX_SCAN` elements."""
    if page.verdict(el) < -1:
        return False
    for inner in islice(el.iterdescendants(), _TEXT_BOX_SCAN):
        if isinstance(inner.tag, str) and (page.verdict(inner) == 2 or inner in page.declared) and (
                page.subtree.get(inner, 0.0) >= MIN_BODY_CHARS):
            return True
    return False


def _all_link(el: Element) -> bool:
    text_len = len(_TEXT(el).strip())
    return text_len > 0 and link_length(el) >= text_len


_SECTION_PROSE_CHARS = 300   # text, out of links, under a linked heading: a section, not a teaser's snippet
_SECTION_PROSE_SENTENCES = 2
_SECTION_SIBLINGS = 20        # siblings after a heading read for its section's text
_SECTION_READ = 3000          # characters of them read at most (ten times the prose looked for)


def _heads_section(heading: Element) -> bool:
    """A heading that is all link yet opens a section of the text: the prose after
    it, up to the next heading, is several sentences out of links and longer than
    a teaser's snippet (a link digest's entries, a weekly edition's articles, a
    buying guide's products: ``<h3><a>Title</a></h3><p>Sentences...</p>``). The
    siblings' text is read up to :data:`_SECTION_READ` characters in all: a sibling
    holding the rest of a long page costs no more than its start."""
    if not _all_link(heading):
        return False
    chars = sentences = 0
    budget = _SECTION_READ
    for sibling in islice(heading.itersiblings(), _SECTION_SIBLINGS):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _SECTION_HEADINGS or sibling.tag == "h1":
            break
        raw, links = _text_and_links(sibling, budget)
        budget -= len(raw)
        text = collapse(raw)
        chars += len(text) - links
        sentences += len(_SENTENCE_ENDS.findall(text))
        if chars >= _SECTION_PROSE_CHARS and sentences >= _SECTION_PROSE_SENTENCES:
            return True
        if budget <= 0:
            return False
    return False


def _text_and_links(el: Element, budget: int) -> tuple[str, int]:
    """``el``'s text as ``string()`` reads it and the length of its links' text as
    :func:`.container.link_length` counts it, both of its first pieces only, up to
    the one that brings the text to ``budget`` characters."""
    pieces: list[str] = []
    linked: list[str] = []
    size = 0
    # (node, inside a link, its tail only): a node's tail is read after its subtree
    stack: list[tuple[Element, bool, bool]] = [(el, False, False)]
    while stack and size < budget:
        node, in_link, tail_only = stack.pop()
        if not tail_only and not isinstance(node.tag, str):
            continue        # a comment: no text for string(); its tail is on the stack
        inner = in_link or (not tail_only and node.tag == "a" and node is not el)
        piece = node.tail if tail_only else node.text
        if piece:
            pieces.append(piece)
            size += len(piece)
            if inner:
                linked.append(piece)
        if tail_only:
            continue
        for child in reversed(node):
            if child.tail:
                stack.append((child, inner, True))
            stack.append((child, inner, False))
    return "".join(pieces), len("".join(linked).strip())


_SENTENCE_ENDS = re.compile(r"[.!?][\"'”’»)]*(?=\s|$)")


def _prose_paragraph(p: Element) -> bool:
    """A paragraph of sentences with few links, not the snippet under a linked
    headline (a flat teaser list: ``<h3><a>Title</a></h3><p>Snippet.</p>``)."""
    prev = p.getprevious()
    if prev is not None and prev.tag in _SECTION_HEADINGS and _all_link(prev):
        return False
    text = collapse(_TEXT(p))
    return (has_words(text, _RESUME_WORDS) and SENTENCE_END.search(text) is not None
            and link_length(p) <= 0.25 * len(text))


def _cap(raw: str) -> str:
    """``raw`` cut to ``_MAX_BLOCK_CHARS`` at the last space before the limit (a
    single 10 MB paragraph would make collapsing and the line filters slow)."""
    if len(raw) <= _MAX_BLOCK_CHARS:
        return raw
    cut = raw.rfind(" ", _MAX_BLOCK_CHARS // 2, _MAX_BLOCK_CHARS)
    return raw[:cut if cut > 0 else _MAX_BLOCK_CHARS]


# --- line filters ------------------------------------------------------------------------


_HEADING_MAX_WORDS = 15     # more words than a heading has: a sentence


_NOTE_MAX_WORDS = 25         # a note about the page is a line: "This article is more than five years old."
# The author's own words opening the text name it too ("In this article, I'll explain
# how to ...", "In diesem Beitrag zeige ich ...", "Dans cet article, nous ..."): an
# introduction, not a note about the page.
_AUTHOR_OPENINGS = ("in this ", "in diesem ", "dans cet ", "dans ce ", "dans cette ", "en este ", "en esta ")


def _opening_note(text: str) -> bool:
    """A note about the page opening the text, where the standfirst would stand ("This
    interview has been edited for length and clarity.", "This article is more than five
    years old", "Article réservé aux abonnés" is a paywall line already): a line of a few
    words that :func:`.furniture.is_page_note` reads as one, not the author's own
    introduction ("In this article, I'll explain how ..."). The line rules keep such
    sentences inside the text, where prose may quote them.

    >>> _opening_note("This interview has been edited for length and clarity.")
    True
    >>> _opening_note("In this article, I'll explain how to increase and decrease the text font sizes.")
    False
    """
    if has_words(text, _NOTE_MAX_WORDS + 1) or norm_key(text).startswith(_AUTHOR_OPENINGS):
        return False
    return is_page_note(text)


def _filter(blocks: list[_Line], title: str | None,
            explain: list[Dropped] | None = None) -> list[Block]:
    """The walked lines as Blocks, furniture lines, headline dropped (and
    each drop noted in ``explain``, when given)."""
    note = (lambda text, rule: _explain(explain, text, rule)) if explain is not None else None
    title_key = norm_key(title) if title else None
    title_words = _words_key(title) if title else None
    out: list[Block] = []
    skipping_related = False
    for index, (kind, text, link_share, in_sentence) in enumerate(blocks):
        if kind == "h1":
            if note:
                note(text, "headline")
            _drop_kickers(out, note)
            continue
        key = norm_key(text) if kind == "pre" else collapsed_key(text)  # (the walk collapsed the rest)
        if title_key and (key == title_key or (
            # "Kicker - Headline" above the text is the headline too.
            kind == "h" and index < 3 and len(title_key) > 20 and (
                title_key in key or _words_key(text) == title_words)
        ) or (index < 3 and _headline_and_meta(text, key, title_key))):
            if note:
                note(text, "headline")
            _drop_kickers(out, note)
            continue
        if kind in ("h", "p", _CELL) and len(key) < 60 and key in RELATED_HEADINGS:
            skipping_related = True
            if note:
                note(text, "related-section")
            continue
        if skipping_related:
            if kind == "li" or link_share > 0.5 or (len(text) < 120 and not _resumed_line(blocks, index)):
                if note:
                    note(text, "related-section")
                continue
            skipping_related = False
        if not out and kind in ("p", "quote") and _opening_note(text):
            if note:
                note(text, "page-note")
            continue
        rule = furniture_rule(text, kind=kind, link_share=link_share, in_sentence=in_sentence, key=key)
        if rule is not None and not (rule.name == "date-line" and (
                _dated_entry(blocks, index) or (kind == "quote" and _POST_SIGNATURE.match(text)))) and not (
                # a cell that is a link is an item of its table (an ingredient, a
                # product), as a list item is; a table of links is a link box
                rule.name == "link-teaser" and kind == _CELL):
            if note:
                note(text, rule.name)
            continue
        out.append(Block(type="p" if kind == _CELL else kind, text=text))
    if any(block.type == _BOLD_SENTENCE for block in out):
        out = _bold_sentences(out)
    out = _without_cut_copies(out, note)
    # A heading with nothing after it closes nothing: drop trailing headings.
    # (A "heading" of many words is a sentence set in bold: text, kept.)
    while out and out[-1].type == "h" and len(out[-1].text.split()) <= _HEADING_MAX_WORDS:
        dropped = out.pop()
        if note:
            note(dropped.text, "trailing-heading")
    return out


_KICKER_WORDS = 3       # a section's label over the headline ("SPORT", "Cultuur & Media")
_KICKERS_ABOVE = 2      # lines kept above the headline read for its labels
_DATE_WORDS = 6         # the words a date line ends a headline's meta in ("Friday, April 20, 2001 10:30")


def _headline_and_meta(text: str, key: str, title_key: str) -> bool:
    """The headline and its byline or date on one line, as an old layout's cell joins
    them with single ``<br>``s ("Headline<br>By Jane Doe<br>May 3, 2004"): the line
    opens with the headline and the rest is a meta line (:func:`is_meta_line`) holding a
    date or a time (a sentence opening with the headline's words is no such line).

    >>> _headline_and_meta("Ferry timetable delayed By Ann Lee / 13/05/2005",
    ...                    "ferry timetable delayed by ann lee / 13/05/2005", "ferry timetable delayed")
    True
    >>> _headline_and_meta("Ferry timetable delayed by storms in the north, the company said",
    ...                    "ferry timetable delayed by storms in the north, the company said", "ferry timetable delayed")
    False
    >>> _headline_and_meta("Ferry timetable delayed by 3 weeks, the company said.",
    ...                    "ferry timetable delayed by 3 weeks, the company said.", "ferry timetable delayed")
    False
    """
    if len(key) <= len(title_key) or not key.startswith(title_key) or key[len(title_key)] != " ":
        return False
    words = text.split()[len(title_key.split()):]
    rest = " ".join(words)
    # (a credit line alone is no proof: "... delayed by 3 weeks, the company said." reads
    # as one; the rest must open or end with a date line, "By Ann Lee / 13/05/2005",
    # "Monday, May 3, 2004 Sport » by Ann Lee")
    return any(c.isdigit() for c in rest) and is_meta_line(rest) and any(
        looks_like_date_line(" ".join(words[-n:])) or looks_like_date_line(" ".join(words[:n]))
        for n in range(1, min(len(words), _DATE_WORDS) + 1))


def _drop_kickers(out: list[Block], note: Callable[[str, str], None] | None) -> None:
    """Short labels kept just above the headline at the top of the text (a section's
    kicker, "NATIONAL", "Sport"), dropped with it: no line of the text stands above
    its headline in so few words. Only when every line kept so far is such a label: a
    subheading under a paragraph is the text's, whatever line follows it."""
    if len(out) > _KICKERS_ABOVE or not all(
            len(block.text.split()) <= _KICKER_WORDS and not SENTENCE_END.search(block.text)
            and block.type in ("p", "h") for block in out):
        return
    for dropped in out:
        if note:
            note(dropped.text, "kicker")
    out.clear()


_CUT_MARKS = ("…", "...", "[…]", "[...]")
_CUT_STEM_CHARS = 40            # a cut copy's text before its ellipsis: a sentence's worth, not a phrase
_CUT_COPY_OPENS = 3             # the text's first paragraphs an excerpt may copy (a dateline or subheading before)


def _without_cut_copies(out: list[Block], note: Callable[[str, str], None] | None) -> list[Block]:
    """``out`` without a line that is the opening of another of its paragraphs cut off by
    an ellipsis ("The board will meet again next month to consider the…") or in the middle
    of a word ("... the report, seen by this pa"): a teaser's excerpt of the text printed
    beside it (a dek cut from the first paragraph at so many characters), or a card's.
    No paragraph ends inside another's word.

    >>> [b.text for b in _without_cut_copies([Block(type="p", text="Heavy rain is due on the coast road late on…"),
    ...     Block(type="p", text="Heavy rain is due on the coast road late on Friday, forecasters said."),
    ...     Block(type="p", text="Heavy rain is due on the coast road late on Frid")], None)]
    ['Heavy rain is due on the coast road late on Friday, forecasters said.']
    """
    # an excerpt copies the story's opening: one of its first paragraphs (finished ones),
    # not one deep in the text that a paragraph trailing off in "…" before it announces
    opening = list(islice((b.text for b in out if not b.text.endswith(_CUT_MARKS) and not b.text[-1:].isalnum()),
                          _CUT_COPY_OPENS))
    drop = set()
    for n, block in enumerate(out):
        stem, mid_word = _cut_stem(block.text)
        if len(stem) >= _CUT_STEM_CHARS and any(
                len(text) > len(stem) and text.startswith(stem) and (not mid_word or text[len(stem)].isalnum())
                for text in opening):
            drop.add(n)
            if note:
                note(block.text, "cut-copy")
    return [block for n, block in enumerate(out) if n not in drop] if drop else out


def _cut_stem(text: str) -> tuple[str, bool]:
    """The text of a line that may be cut: before its ellipsis, or the whole line when it
    ends in a letter or digit (a cut inside a word: True); "" for a finished line."""
    if text.endswith(_CUT_MARKS):
        for mark in _CUT_MARKS:
            text = text.removesuffix(mark)
        return text.rstrip(), False
    return (text, True) if text[-1:].isalnum() else ("", False)


_THREAD_AFTER_CHARS = 200      # text read before a comments heading: the story it follows
_THREAD_HEADING_CHARS = 250    # a heading, not a paragraph


_THREAD_SIBLINGS = 8            # siblings after a comments heading read for the thread
_THREADS_JUDGED = 20            # comments headings a walk reads the siblings of (a few thousand elements each at most)
_THREAD_CHILDREN = 20           # children of a list sibling read for its entries
_ENTRY_SCAN = 100               # elements of an entry read for its avatar or name (of a sibling, for a form)
_ENTRY_TAGS = frozenset({"div", "li", "article", "section"})


_THREAD_STORY_SIBLINGS = 50     # siblings after a comments heading read for the story going on
_REPLY_FIELD = re.compile(r"comment|reply|respond|kommentar|antwort|commentaire|comentario|commento", re.IGNORECASE)
_REPLY_LINKS = frozenset({"reply", "antworten", "répondre", "responder", "rispondi", "beantworten", "reageer"})
_RELATIVE_TIME = re.compile(
    r"\d+\s+(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)|il y a\s+\d+\s|hace\s+\d+\s", re.IGNORECASE)
_ENTRY_NAME_WORDS = 4           # words of a commenter's name in bold beside an avatar
_ENTRY_DATE_CHARS = 60          # a comment's date line ("March 3, 2020 at 5:12 pm", "2 days ago")
_FORMS_READ = 50                # forms of a page read for a reply form


def _thread_follows(heading: Element, pictured: frozenset[Element],
                    reply_forms: frozenset[Element] = frozenset()) -> bool:
    """A thread of readers' comments right after a heading that names one ("3
    Comments", "Kommentare (34)", "Leave a reply"), before any paragraph of prose among
    its siblings: a reply form (:func:`_reply_form`), or entries of one make (tag and
    class) each marked as a reader's (:func:`_entry_marks`). Never when the story goes
    on in paragraphs after the heading (a section of that name, or a comment count
    above the story's text): review 21."""
    siblings: list[Element] = []
    for sib in islice(heading.itersiblings(), _THREAD_SIBLINGS):
        if not isinstance(sib.tag, str):
            continue
        if sib.tag == "p" and _prose_paragraph(sib):
            break       # paragraphs: the story's section, not a thread
        siblings.append(sib)
    if not siblings:
        return False
    found = _entries(siblings, pictured) or any(
        _reply_form(sib, reply_forms) or _entries(islice(sib, _THREAD_CHILDREN), pictured) for sib in siblings)
    if not found:
        return False
    prose = 0
    for sib in islice(heading.itersiblings(), _THREAD_STORY_SIBLINGS):
        if sib.tag == "p" and _prose_paragraph(sib):
            prose += 1
            if prose >= 2:
                return False    # the story goes on after it
    return True


def _reply_forms(root: Element) -> list[Element]:
    """The forms to write a comment, read before form fields are stripped: a form
    with a ``<textarea>``, or with a field named or ided for a comment or a reply
    (not a sign-up, search or poll form). Bounded: the first forms, their first
    elements."""
    found: list[Element] = []
    for form in islice(root.iter("form"), _FORMS_READ):
        for node in islice(form.iter("textarea", "input"), _ENTRY_SCAN):
            if node.tag == "textarea" or _REPLY_FIELD.search(f"{node.get('name') or ''} {node.get('id') or ''}"[:200]):
                found.append(form)
                break
    return found


# A newsletter sign-up box inside the text: an e-mail field (or a form posting to a
# subscribe endpoint) beside a short pitch ("Get our morning briefing in your inbox").
# The fields are stripped before the text is judged, and the pitch then reads as a
# sentence of the story: the box goes while its fields still show what it is.
_EMAIL_FIELD = re.compile(r"e-?mail|courriel|correo", re.IGNORECASE)
_SIGNUP_ACTION = re.compile(r"subscri|newsletter|sign-?up|optin|opt-in|list-manage|abonn", re.IGNORECASE)
_TEXT_FIELD_TYPES = frozenset({"", "text", "email"})
_SIGNUP_FIELDS_READ = 50        # inputs and forms of a page read for a sign-up box
_SIGNUP_LEVELS = 5              # ancestors of a field read for the box around it
_SIGNUP_PITCH_WORDS = 3         # words beside the form's own labels and buttons that make a pitch
_SIGNUP_MAX_WORDS = 60          # more is prose (a story holding a form): never a box
_SIGNUP_MAX_PARAS = 2           # a pitch and its small print ("We never share your address")
_SIGNUP_STOP = frozenset({"body", "html", "article", "main"})
_CONTROL_TEXT = etree.XPath(".//button//text()|.//label//text()|.//option//text()", smart_strings=False)


def _signup_seeds(root: Element) -> list[Element]:
    """The e-mail fields (``type=email``, or a text field named, ided, labelled by its
    placeholder or autocompleted for an e-mail) and the forms posting to a subscribe
    or newsletter endpoint. Bounded: the first inputs and forms."""
    seeds: list[Element] = []
    for node in islice(root.iter("input", "form"), _SIGNUP_FIELDS_READ):
        if node.tag == "form":
            if _SIGNUP_ACTION.search((node.get("action") or "")[:300]):
                seeds.append(node)
            continue
        kind = (node.get("type") or "").strip().lower()
        if kind == "email" or (kind in _TEXT_FIELD_TYPES and _EMAIL_FIELD.search(" ".join(
                node.get(name) or "" for name in ("name", "id", "placeholder", "autocomplete", "aria-label"))[:300])):
            seeds.append(node)
    return seeds


def _signup_box(seed: Element, counted: dict[Element, int]) -> Element | None:
    """The smallest element above ``seed`` holding a pitch beside the form's fields:
    a few words besides its buttons' and labels' (a form alone, "Email / Sign up",
    is not yet the box), and at most a short paragraph's worth in all. ``None`` when
    the first element with a pitch holds prose, more than two paragraphs (a short
    story with a form under it) or a comment box (a ``<textarea>``), or is the
    story's own frame (``<article>``, ``<main>``, the articleBody, one with the ``<h1>``)."""
    el = seed if seed.tag == "form" else seed.getparent()
    for _ in range(_SIGNUP_LEVELS):
        if el is None or not isinstance(el.tag, str) or el.tag in _SIGNUP_STOP:
            return None
        words = counted.get(el)
        if words is None:   # (fields under one box share its ancestors: each read once)
            words = counted[el] = count_words(_TEXT(el))
        if words > _SIGNUP_MAX_WORDS:
            return None
        if words - count_words(" ".join(_CONTROL_TEXT(el))) >= _SIGNUP_PITCH_WORDS:
            if (next(el.iter("textarea", "h1"), None) is not None or el.get("itemprop") == "articleBody"
                    or len(list(islice(el.iter("p"), _SIGNUP_MAX_PARAS + 1))) > _SIGNUP_MAX_PARAS):
                return None     # a comment box, the story's frame, a short story's paragraphs
            return el
        el = el.getparent()
    return None


def _drop_signup_boxes(root: Element, explain: list[Dropped] | None) -> None:
    """Drop the newsletter sign-up boxes (:func:`_signup_box`), keeping their tails."""
    boxes: list[Element] = []
    counted: dict[Element, int] = {}
    for seed in _signup_seeds(root):
        box = _signup_box(seed, counted)
        if box is not None and box not in boxes and not any(a in boxes for a in box.iterancestors()):
            boxes.append(box)
    for box in boxes:
        if explain is not None:
            _explain(explain, collapse(_TEXT(box)), "signup-box")
        _remove_keeping_tail(box)


def _remove_keeping_tail(el: Element) -> None:
    """Remove ``el`` and its subtree; the text after it stays where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _reply_form(box: Element, reply_forms: frozenset[Element]) -> bool:
    """``box`` is or holds a form to write a comment (:func:`_reply_forms`)."""
    return bool(reply_forms) and any(node in reply_forms for node in islice(box.iter(etree.Element), _ENTRY_SCAN))


def _entries(boxes: Iterable[Element], pictured: frozenset[Element]) -> bool:
    """Two boxes in a row of one make, each marked as a reader's entry
    (:func:`_entry_marks`): a thread's entries."""
    last: tuple[object, str | None] | None = None
    for box in boxes:
        if not isinstance(box.tag, str):
            continue
        make = (box.tag, box.get("class"))
        if box.tag in _ENTRY_TAGS and _entry_marks(box, pictured):
            if make == last:
                return True
            last = make
        else:
            last = None
    return False


def _entry_marks(box: Element, pictured: frozenset[Element]) -> bool:
    """A reader's entry: a name (a ``<cite>``, an author element, or an avatar with a
    short bold name) and a date or time line (``<time>``, "March 3, 2020 at 5:12 pm",
    "2 days ago") or a reply link; a picture or a quote's ``<cite>`` alone is not one."""
    cited = avatar = bold = dated = False
    for node in islice(box.iter(etree.Element), _ENTRY_SCAN):
        tag = node.tag
        own = (node.text or "").strip()
        if tag == "cite" or "author" in (node.get("class") or "")[:200].lower() or node.get("itemprop") == "author":
            cited = True
        elif tag in ("b", "strong") and 0 < len(own.split()) <= _ENTRY_NAME_WORDS:
            bold = True
        if node in pictured:
            avatar = True
        dated = dated or _date_mark(node, own)
    return (cited or (avatar and bold)) and dated


def _date_mark(node: Element, own: str) -> bool:
    """A comment's ``<time>``, date line (its own text ``own``) or reply link."""
    if node.tag == "time":
        return True
    if node.tag == "a" and (own.lower() in _REPLY_LINKS or "replytocom" in (node.get("href") or "")[:300]):
        return True
    return bool(own) and len(own) <= _ENTRY_DATE_CHARS and (
        looks_like_date_line(own) or _RELATIVE_TIME.search(own) is not None)


# The last line of an embedded social post (the embed code of X/Twitter, Mastodon and
# Threads): "— Name (@handle) November 18, 2019". Inside the quote it is the quote's
# attribution, not a dateline of the page.
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()]{1,80}\(@\w[\w.@-]{0,60}\)")


def _resumed_line(blocks: list[_Line], index: int) -> bool:
    """After a "Related" line, the text going on: a short sentence of prose with no
    link that follows no link line (not a teaser's snippet under its linked title),
    or a subheading right above one (as :func:`_resumed_text` reads the tree)."""
    kind, _text, share, _ = blocks[index]
    if kind == "h" and share == 0 and index + 1 < len(blocks):
        return blocks[index + 1][0] == "p" and _prose_line(blocks, index + 1)
    return kind == "p" and _prose_line(blocks, index)


def _prose_line(blocks: list[_Line], index: int) -> bool:
    _, text, share, _ = blocks[index]
    before = blocks[index - 1] if index else None
    return (share == 0 and (before is None or before[2] <= 0.5) and has_words(text, _RESUME_WORDS)
            and SENTENCE_END.search(text) is not None)


_DATE_RUN = 2     # date lines among a line's four neighbours that make them a list


def _dated_entry(blocks: list[_Line], index: int) -> bool:
    """A date line that is an entry of the text, not the story's date: a dated
    subheading past the opening (a diary's or a schedule's day), or one of a run of
    date lines (a list of events, "02.11.2022 - Band - Venue")."""
    if blocks[index][0] == "h" and index >= _LEAD_MAX + 1:
        return True
    near = blocks[max(0, index - 2):index] + blocks[index + 1:index + 3]
    return sum(1 for line in near if looks_like_date_line(line[1])) >= _DATE_RUN


_WORD_RUN = re.compile(r"\w+")


def _says_title(el: Element, title_words: str) -> bool:
    """Whether ``el``'s words are the title's. A text far longer than the title
    cannot be (its words are not lower-cased and split: a megabyte heading costs
    no more than a short one)."""
    text = _TEXT(el)
    return len(text) <= 4 * len(title_words) + 2000 and _words_key(text) == title_words


def _words_key(text: str) -> str:
    """The words of ``text``, lower-cased, punctuation gone: "Kicker: Headline" in
    ``<title>`` is "Kicker Headline" in a header's two spans."""
    return " ".join(_WORD_RUN.findall(text.lower()))


def _explain(explain: list[Dropped], text: str, rule: str) -> None:
    """Note a drop: the text (cut to a preview) and the rule's name and reason."""
    if text:
        preview = text if len(text) <= _PREVIEW_CHARS else text[:_PREVIEW_CHARS - 1] + "…"
        explain.append(Dropped(text=preview, rule=rule, reason=reason_of(rule)))


_PREVIEW_CHARS = 200


# --- entry point -----------------------------------------------------------------------------


def extract_body(page: ParsedPage, *, title: str | None = None,
                 description: str | None = None,
                 explain: list[Dropped] | None = None) -> list[Block]:
    """The article text of the page as blocks, in reading order (mutates ``page.doc``).

    ``explain``, when given, receives what the walk of the chosen container and
    the line filter left out, each with its rule (see :mod:`.furniture`).
    """
    return _extract(page, title, description, explain)


def _extract(page: ParsedPage, title: str | None, description: str | None,
             explain: list[Dropped] | None) -> list[Block]:
    doc = page.doc
    root = doc.find("body")
    if root is None:
        root = doc
    declared = [text for kind, text in page.structured.jsonld_scripts
                if kind == "application/ld+json" and "articleBody" in text]
    media = _media_holders(root)
    reply_forms = frozenset(_reply_forms(root))
    tab_ids = _tab_button_ids(root)
    holders = page.structured.itemprop_holders()  # (read before the strip: shared with the metadata)
    _drop_signup_boxes(root, explain)
    strip_keeping_tails(root, sel.NON_CONTENT_TAGS)
    scores = Page(root, holders)
    scores.mark_related_sections()
    scores.collect()
    scores.rank()
    headline = _headline_h1(doc, _words_key(title) if title else None)
    scores.headline = _container_headline(doc, root, headline, title)
    scores.title_words = _words_key(title) if title else ""
    top = scores.best()
    top = root if top is None else inside_main(scores, top)
    if top is not root and headline is not None:
        top = _headed_text(scores, top, headline)
    if title and top is not root:
        top = follow_headline(scores, top, title)
    context = _Context(scores, media, title, description,
                       recipe_of(page.structured.nodes, root, top), headline, reply_forms, tab_ids, _live_blog(page))
    notes: list[Dropped] | None = [] if explain is not None else None
    blocks = _body_of(context, top, notes)
    if _chars(blocks) < MIN_BODY_CHARS and top is not root:
        # The best-scored box gave (almost) nothing once its furniture was dropped
        # (a log-in panel's forms and notices): the text is in the next box.
        other = _next_best(scores, top)
        if other is not None and _page_furniture(scores, other):
            other = None    # a short text's page: the footer's blurb outweighs it, and is no text
        retry_notes: list[Dropped] | None = [] if explain is not None else None
        retry = _body_of(context, other, retry_notes) if other is not None else []
        if _chars(retry) >= (max(MIN_BODY_CHARS, 2 * _chars(blocks)) if blocks else 1):
            blocks, notes = retry, retry_notes
        elif not retry and not blocks:
            blocks, notes = _by_headline(context, top, other, notes)
        if _chars(blocks) < MIN_BODY_CHARS and not _declares_story(page):
            blocks, notes = _thread(context, top, blocks, notes)
    if top is not root:
        blocks, notes = _compared(context, top, blocks, notes)
    if explain is not None and notes:
        explain.extend(notes)
    if declared and _chars(blocks) < MIN_BODY_CHARS:
        # Script-rendered pages ship the text only as JSON-LD ``articleBody``.
        fallback = _json_ld_body(declared, title)
        if _chars(fallback) > _chars(blocks):
            return fallback
    if _chars(blocks) < MIN_BODY_CHARS and _script_story(scores, root) and not _described(blocks, description) \
            and not _opens_with_lede(scores, root, blocks):
        return []
    return blocks or _baseline(root, title)


_SCRIPT_STORY_SCAN = 5000   # elements read for an empty story box
_STORY_MEDIA = ("img", "picture", "video", "audio", "iframe", "embed", "object", "svg", "canvas")


def _script_story(scores: Page, root: Element) -> bool:
    """The page's story box (named so, "story-body", "entry-content", or
    ``itemprop="articleBody"``) is empty, no text and no picture or player in it: the
    story is loaded by script. A short text found elsewhere (the writer's bio beside the
    box, a notice) is then another box's, not the story: the record has no body rather
    than furniture presented as the article, unless that text is the page's description
    (:func:`_described`)."""
    empty = False
    for el in islice(root.iter(etree.Element), _SCRIPT_STORY_SCAN):
        if el.get("itemprop") != "articleBody" and scores.verdict(el) != 2:
            continue
        if _TEXT(el).strip() or next(el.iter(*_STORY_MEDIA), None) is not None:
            if not _furniture_inside(scores, el):
                return False    # a story box with text: the story is in the page
        elif not _furniture_inside(scores, el) and _PAYWALL_WORDS.isdisjoint(class_words(el.get("class") or "")):
            empty = True
    return empty


# Class words of a subscriber's text's place ("story-body paywall"): empty for the
# reader without a subscription, whose free part of the story is printed in another box.
_PAYWALL_WORDS = frozenset({"paywall", "paywalled", "premium", "locked", "subscriber", "subscribers"})


def _furniture_inside(scores: Page, el: Element) -> bool:
    """``el`` is inside an aside, a menu, a footer or a furniture box (a related story's
    card's empty excerpt box, "entry-content" of a teaser in a mega menu): another
    story's, not the page's."""
    return any(box.tag in _OTHER_STORIES_TAGS or scores.verdict(box) < 0 for box in el.iterancestors())


_OTHER_STORIES_TAGS = frozenset({"aside", "nav", "footer"})


def _opens_with_lede(scores: Page, root: Element, blocks: list[Block]) -> bool:
    """The first block is the text of a box its class names a standfirst ("article-intro",
    "lede", "teaser": :data:`_LEAD_WORDS_SET`, no caption's word; furniture by those words
    alone), inside no furniture box, printed before the empty story box and beside it
    (a box :data:`_LEDE_LEVELS` levels up at most from each holds both, not the page's
    ``<main>``): the
    story's own opening, printed by the server above a story box a script fills (its
    other text, if any, follows it), not a writer's bio or a notice beside the empty box,
    nor a list of other stories' teasers after it."""
    if not blocks:
        return False
    first = norm_key(blocks[0].text)
    holders: set[Element] = set()     # the boxes around the standfirst boxes read so far
    for el in islice(root.iter(etree.Element), _SCRIPT_STORY_SCAN):
        if holders and _empty_story_box(scores, el) \
                and any(box in holders for box in islice(el.iterancestors(), _LEDE_LEVELS)):
            return True
        words = class_words(f"{el.get('class') or ''} {el.get('id') or ''}"[:300])
        if _LEAD_WORDS_SET.isdisjoint(words) or not _CAPTION_WORDS.isdisjoint(words):
            continue
        if first and first in norm_key(_TEXT(el)) and not _furniture_inside(scores, el):
            holders.update(box for box in islice(el.iterancestors(), _LEDE_LEVELS) if box.tag not in _PAGE_BOXES)
    return False


_LEDE_LEVELS = 4    # levels from an empty story box and from its standfirst up to a box holding both
_PAGE_BOXES = frozenset({"html", "body", "main"})  # a box holding a page's every part


def _empty_story_box(scores: Page, el: Element) -> bool:
    """``el`` is a story box (named so, or ``itemprop="articleBody"``) with no text or picture."""
    return (el.get("itemprop") == "articleBody" or scores.verdict(el) == 2) and not _TEXT(el).strip() \
        and next(el.iter(*_STORY_MEDIA), None) is None


def _described(blocks: list[Block], description: str | None) -> bool:
    """Every block is part of the page's description (a summary printed by the empty
    story box: the page's own words, kept)."""
    key = norm_key(description) if description else ""
    return bool(key) and all(norm_key(b.text) in key for b in blocks)


_BASELINE_TAGS = ("p", "blockquote", "pre", "dd")
_BASELINE_CHARS = 40        # of a paragraph the last resort reads
_BASELINE_SCAN = 5000       # paragraphs read at most


def _baseline(root: Element, title: str | None) -> list[Block]:
    """The last resort when no box gave any text (trafilatura's baseline, which reads
    the page's paragraphs when its extraction finds none): the page's paragraphs
    (``<p>``, a quote without paragraphs of its own, ``<pre>``, a definition's ``<dd>``)
    that hold a sentence of :data:`_BASELINE_CHARS` characters or more, half of it or
    more not links, outside ``<nav>``, footers, hidden boxes and boxes named as a cookie
    banner, a newsletter or comments (:func:`_baseline_out`), each text once, then the
    line rules. A page whose words all sit in boxes named or set as other furniture (its
    text in an ``<aside>``, a theme's "sidebar-content") has a record, not none."""
    lines: list[_Line] = []
    seen: set[str] = set()
    skipped: dict[Element, bool] = {}
    for el in islice(root.iter(*_BASELINE_TAGS), _BASELINE_SCAN):
        if el.tag == "blockquote" and next(el.iter("p"), None) is not None:
            continue
        if _baseline_out(el, skipped):
            continue
        text = collapse(_cap(sel.TEXT(el)))
        if len(text) < _BASELINE_CHARS or SENTENCE_END.search(text) is None or text in seen \
                or 2 * link_length(el) > len(text):
            continue
        seen.add(text)
        lines.append(("quote" if el.tag == "blockquote" else "p", text, 0.0, False))
    return _filter(lines or _text_runs(root, seen, skipped), title)


def _text_runs(root: Element, seen: set[str], skipped: dict[Element, bool]) -> list[_Line]:
    """The last resort's second pass, on a page with no such paragraph: runs of text
    written straight into boxes (a ``<div>``'s or a cell's text between ``<br>``), each a
    sentence of :data:`_BASELINE_CHARS` characters or more, outside links and the boxes
    :func:`_baseline_out` skips, each once."""
    lines: list[_Line] = []
    for count, el in enumerate(root.iter(etree.Element)):
        if count >= _BASELINE_SCAN * 4:
            break
        for raw, holder in ((el.text, el), (el.tail, el.getparent())):
            if not raw or len(raw) < _BASELINE_CHARS or holder is None or holder.tag == "a":
                continue
            text = collapse(_cap(raw))
            if len(text) < _BASELINE_CHARS or SENTENCE_END.search(text) is None or text in seen \
                    or _baseline_out(holder, skipped):
                continue
            seen.add(text)
            lines.append(("p", text, 0.0, False))
    return lines


# Class words of the boxes the last resort never reads: a cookie or consent banner, a
# newsletter box, readers' comments (:data:`.boilerplate.STRONG_FURNITURE_TOKENS`: never
# a page's text, whatever the page) and a footer (the publisher's imprint and copyright
# line, on every page of the site).
_BASELINE_SKIP_WORDS = frozenset(bp.STRONG_FURNITURE_TOKENS) | {"footer"}
_BASELINE_SKIP_TAGS = frozenset({"nav", "footer"})


def _baseline_out(el: Element, skipped: dict[Element, bool]) -> bool:
    """``el`` or a box around it is one the last resort does not read: navigation, a
    footer, a hidden box, a dialog, a box named as a cookie banner, a newsletter or comments
    (``skipped`` remembers each box's answer)."""
    chain = []
    result = False
    for box in itertools.chain((el,), el.iterancestors()):
        known = skipped.get(box)
        if known is not None:
            result = known
            break
        chain.append(box)
        if box.tag in _BASELINE_SKIP_TAGS or box.get("role") in ("navigation", "contentinfo") or hidden_box(box) or dialog_box(box) \
                or not _BASELINE_SKIP_WORDS.isdisjoint(class_words(f"{box.get('class') or ''} {box.get('id') or ''}"[:300])):
            result = True
            break
    for box in chain:
        skipped[box] = result
    return result


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


_BETWEEN_BOXES = 3          # scored boxes between the headline and the best box, at least


def _headed_text(scores: Page, top: Element, headline: Element) -> Element:
    """``top``, or the box holding the scored text printed between the headline and
    ``top`` when that text is more than ``top``'s own, in :data:`_BETWEEN_BOXES` boxes or
    more, none of them furniture or mostly links: a company page's grid of short cards
    under its ``<h1>`` (each card's score spread over its wrappers) loses to one longer
    paragraph of the footer's below them; the text is what the headline heads. The box
    is the cards' nearest common ancestor, which must not hold ``top``."""
    if 2 * scores.subtree.get(top, 0.0) >= scores.total or contains(top, headline) or contains(headline, top):
        return top          # (``top`` holds half the page's scored text: no text between is more)
    weight = scores.weight
    between: list[Element] = []
    total = 0.0
    seen = False
    for el in scores.root.iter(etree.Element):
        if el is headline:
            seen = True
            continue
        if el is top:
            break
        if seen and el in weight and not scores.in_furniture(el) and 2 * link_length(el) <= len(sel.TEXT(el)):
            between.append(el)
            total += weight[el]
    else:
        return top          # (``top`` comes before the headline)
    if len(between) < _BETWEEN_BOXES or total <= scores.subtree.get(top, 0.0):
        return top
    common = next((a for a in between[0].iterancestors() if all(contains(a, el) for el in between[1:])), None)
    if common is None or common.tag in ("body", "html") or contains(common, top) or contains(common, headline) \
            or _teaser_titles(common):
        return top
    return common


_TEASER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TEASER_SCAN = 200          # headings of a box read for linked ones


def _teaser_titles(box: Element) -> bool:
    """``box`` holds two headings or more and half of them or more are links: its items
    are teasers of other pages (a strip of other stories under a story's headline, each
    title linking to its story), not the text the headline heads."""
    headings = list(islice(box.iter(*_TEASER_HEADINGS), _TEASER_SCAN))
    linked = sum(1 for h in headings if next(h.iter("a"), None) is not None
                 or any(a.tag == "a" for a in h.iterancestors()))
    return len(headings) >= 2 and 2 * linked >= len(headings)


_HEADLINE_LEVELS = 4        # boxes around the headline searched for the text beside it


def _by_headline(context: _Context, top: Element, other: Element | None,
                 notes: list[Dropped] | None) -> tuple[list[Block], list[Dropped] | None]:
    """The text of the best-scored box beside the page's headline, when neither the
    best box ``top`` nor the next (``other``) gave any (with ``notes``: none then): a
    video's or a product's page whose few lines sit by the headline, under a box named
    like furniture ("item-caption"), while dialogs of forms outweigh them. The headline
    is the ``<h1>`` that says the title, else the first heading or big-set line whose
    words are the title's (a page that sets it in a styled ``<div>``); the box is the
    best-scored one among the :data:`_HEADLINE_LEVELS` boxes around it, outside the boxes
    that failed."""
    title_words = _words_key(context.title) if context.title else ""
    line = context.headline if context.headline is not None else _title_line(context.scores.root, title_words)
    if line is None:
        return [], notes
    failed = [el for el in (top, other) if el is not None]
    score = context.scores.score
    for box in islice(line.iterancestors(), _HEADLINE_LEVELS):
        inside = [(s, el) for el, s in score.items() if (el is box or contains(box, el))
                  and not any(el is f or contains(el, f) or contains(f, el) for f in failed)]
        if not inside:
            continue
        found_notes: list[Dropped] | None = [] if notes is not None else None
        found = _body_of(context, max(inside, key=lambda kv: kv[0])[1], found_notes)
        return (found, found_notes) if found else ([], notes)
    return [], notes


# Types of a page that declares itself one story (schema.org / OpenGraph): a forum's posting
# and a review are items of a list, read by :func:`_thread`; a story's comments never are.
_STORY_TYPES = ARTICLE_TYPES - {"discussionforumposting", "posting", "socialmediaposting", "review"}


def _declares_story(page: ParsedPage) -> bool:
    """The page declares itself one story (``og:type`` "article", a JSON-LD ``NewsArticle``,
    ``BlogPosting`` ...): when its best box gives no text (its text loaded by script), the
    readers' comments or the teasers the box holds are not that text."""
    data = page.structured
    og_type = data.first("og:type")
    return (og_type is not None and og_type.lower() in _STORY_TYPES) \
        or any(not _STORY_TYPES.isdisjoint(type_names(node)) for node in data.top_nodes)


def _live_blog(page: ParsedPage) -> bool:
    """The page declares itself a live blog: a JSON-LD ``LiveBlogPosting`` node, or
    microdata entries (``itemprop="liveBlogUpdate"``, read off the page's itemprop holders
    the metadata reads anyway): its entries are all its text (:func:`.cousins.with_entries`)."""
    data = page.structured
    if any("liveblogposting" in type_names(node) for node in data.top_nodes):
        return True
    return any(el.get("itemprop") == "liveBlogUpdate" for el in data.itemprop_holders())


_THREAD_SCAN = 5000         # elements of the best box read for comment boxes
_THREAD_SHARE = 0.5         # of the best box's scored text in comment boxes: the page is a thread


def _thread(context: _Context, top: Element, blocks: list[Block],
            notes: list[Dropped] | None) -> tuple[list[Block], list[Dropped] | None]:
    """``blocks`` (almost nothing, from the best box ``top``) or ``top``'s text with its
    comment and teaser boxes read as text, when those boxes hold :data:`_THREAD_SHARE` of
    its scored text or more: a forum's thread, whose posts a forum engine names comments
    (Invision's "ipsComment"), or a listing of teasers (a town's press releases, each a
    headline and a "news-list-teaser"), has no text but them. A story's comments and
    teasers are beside its text, which the best box then holds; here nothing else was
    found; a story whose text box is empty (:func:`_empty_text_box`: its text filled in
    by a script) keeps its comments out. Boxes after a related-links heading stay out."""
    scores = context.scores
    named = [el for el in islice(top.iter(etree.Element), _THREAD_SCAN)
             if scores.verdict(el) < 0 and item_named(el)]
    held = frozenset(named)
    outer = [el for el in named if not any(a in held for a in el.iterancestors())]
    if not outer or sum(scores.subtree.get(el, 0.0) for el in outer) < _THREAD_SHARE * scores.subtree.get(top, 0.0) \
            or _empty_text_box(scores, held):
        return blocks, notes
    saved = {el: scores.verdicts[el] for el in named}
    scores.verdicts.update(dict.fromkeys(named, 0))
    try:
        thread_notes: list[Dropped] | None = [] if notes is not None else None
        found = _body_of(context, top, thread_notes)
    finally:
        scores.verdicts.update(saved)
    return (found, thread_notes) if _chars(found) > _chars(blocks) else (blocks, notes)


_EMPTY_SCAN = 25_000        # elements of the page read for an empty text box
_EMPTY_CHARS = 25           # of text in a box named as the story's: it waits for a script ("Loading ...")


def _empty_text_box(scores: Page, held: frozenset[Element]) -> bool:
    """The page has a box named as a story's text ("story-body", "entry-content",
    ``itemprop="articleBody"``), outside the comment and teaser boxes ``held``, that holds
    (almost) no text: the story's text is filled in by a script, and the comments below
    it are its readers', not the page's text (a forum's posts are those boxes' own)."""
    for el in islice(scores.root.iter(etree.Element), _EMPTY_SCAN):
        if (scores.verdict(el) == 2 or el.get("itemprop") == "articleBody") \
                and _holds_no_text(el) \
                and not any(box in held for box in itertools.chain((el,), el.iterancestors())):
            return True
    return False


def _holds_no_text(el: Element) -> bool:
    """``el`` holds fewer than :data:`_EMPTY_CHARS` characters of text (read no further)."""
    chars = 0
    for piece in el.itertext():
        chars += len(piece.strip())
        if chars >= _EMPTY_CHARS:
            return False
    return True


_TITLE_SCAN = 2000          # elements read for a line that says the title


def _title_line(root: Element, title_words: str, linked: bool = True) -> Element | None:
    """The first heading (``<h1>``..``<h4>``) or line set big by its inline style whose
    words are the title's (``title_words``), among the first :data:`_TITLE_SCAN` elements;
    with ``linked`` false, none that is or holds a link (a "most read" list's teaser of
    the story, printed above it in a side column, links to it: no headline of the text)."""
    if not title_words:
        return None
    for el in islice(root.iter(etree.Element), _TITLE_SCAN):
        if (el.tag in ("h1", "h2", "h3", "h4") or sel.big_style(el)) and _says_title(el, title_words) \
                and (linked or (next(el.iterancestors("a"), None) is None and next(el.iter("a"), None) is None)):
            return el
    return None


class _Context(NamedTuple):
    """What the walk of a chosen box reads besides the box."""

    scores: Page
    media: list[Element]
    title: str | None
    description: str | None
    recipe: Recipe | None
    headline: Element | None    # the document's headline <h1> (:func:`_headline_h1`), read once
    reply_forms: frozenset[Element]  # forms to write a comment, read before fields are stripped
    tab_ids: frozenset[str]  # the ids of panes tab buttons show, read before buttons are stripped
    live: bool = False      # the page declares itself a live blog (:func:`_live_blog`)


def _compared(context: _Context, top: Element, blocks: list[Block],
              notes: list[Dropped] | None) -> tuple[list[Block], list[Dropped] | None]:
    """``blocks`` or a rival box's, whichever reads as the article (:mod:`.compare`), or
    a wider box's when ``blocks`` are a small part of its prose (:mod:`.widen`)."""
    rival_notes: list[Dropped] | None = [] if notes is not None else None
    rival = better_rival(context.scores, top, lambda: _next_best(context.scores, top), blocks,
                         lambda box: _body_of(context, box, rival_notes), context.headline)
    if rival is not None:
        return rival, rival_notes
    wider = wider_text(context.scores, top, blocks, lambda box: _walk_noted(context, box))
    return (blocks, notes) if wider is None else (wider[0], wider[1] if notes is not None else None)


def _walk_noted(context: _Context, box: Element) -> tuple[list[Block], list[Dropped]]:
    """``box``'s blocks and what their walk left out."""
    notes: list[Dropped] = []
    return _body_of(context, box, notes), notes


_REGION_TAGS = frozenset({"footer", "aside", "nav", "header"})


def _page_furniture(scores: Page, el: Element) -> bool:
    """``el`` in a region of the page's furniture by its tag (``<footer>``, ``<aside>``,
    ``<nav>``, ``<header>``) or its class, whatever its share of the page's text: on a
    page of a short text, a footer's "About us" blurb holds more than the text does."""
    return any(a.tag in _REGION_TAGS or scores.verdict(a) < 0 for a in itertools.chain((el,), el.iterancestors()))


def _next_best(scores: Page, top: Element) -> Element | None:
    """The best candidate outside ``top`` (neither inside it nor around it)."""
    around = set(top.iterancestors())
    inside = set(top.iter())
    saved = scores.score
    scores.score = {el: s for el, s in saved.items() if el not in around and el not in inside}
    try:
        return scores.best()
    finally:
        scores.score = saved


def _body_of(context: _Context, top: Element, explain: list[Dropped] | None) -> list[Block]:
    """The blocks of the box ``top`` is (and its siblings, cousins and standfirst)."""
    scores, title, description = context.scores, context.title, context.description
    description_key = norm_key(description) if description else None
    chosen = choose_container(scores, top, description_key)
    if context.live:
        chosen = with_entries(scores, chosen, context.headline)
    chosen = with_opening(scores, with_cousins(scores, chosen))
    recipe = context.recipe
    if recipe is not None:
        chosen = with_recipe(scores, chosen, recipe)
    scores.media_boxes = _media_boxes(context.media, chosen) if context.media else set()
    scores.side_columns = side_columns(scores, top, chosen)
    scores.media_holders = frozenset(context.media)
    walker = _Walker(scores, explain, description_key, title, context.headline,
                     frozenset(context.media), context.reply_forms, context.tab_ids)
    leads = _lead_before(scores, chosen, title, _LEAD_WORDS if recipe is None else _RECIPE_LEAD_WORDS, description)
    if recipe is not None:
        leads = [el for el in leads if _recipe_lead(el, description)]
    if leads and description_key:
        # a dek that is the page's description is the record's description only; a
        # standfirst whose class names no dek opens the text, one sentence or more
        kept = [el for el in leads if not is_dek(el, sel.TEXT(el), description_key, marked_only=True)]
        if explain is not None:
            for el in leads:
                if el not in kept:
                    _explain(explain, collapse(sel.TEXT(el)), "description")
        leads = kept
    try:
        for el in leads + chosen:
            if el.tag != "h1":
                walker.leading = el in leads
                walker.run(el)
    except _Enough:
        pass
    except RecursionError:      # markup nested deeper than the parser usually allows
        walker.blocks = walker.blocks or [("p", collapse(_cap(sel.TEXT(top))), 0.0, False)]
    return _filter(walker.blocks, title, explain)


_LEAD_SCAN = 400            # elements read between the headline and the text
_LEAD_WORDS = 8             # a standfirst is a sentence: this many words at least...
_LEAD_MAX_WORDS = 120       # ...and a paragraph at most
_RECIPE_LEAD_WORDS = 4      # a recipe's description may be a line: "the creamiest cake I know!"
_LEAD_MAX = 2               # a standfirst is one or two paragraphs; more is a teaser list
_LEAD_WORDS_SET = frozenset(bp.LEAD_TOKENS)
_FURNITURE_WORDS = frozenset(bp.FURNITURE_TOKENS)
_CAPTION_WORDS = frozenset(bp.CAPTION_TOKENS)
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "strong", "section", "header"})


def _lead_before(page: Page, chosen: list[Element], title: str | None = None,
                 least: int = _LEAD_WORDS, description: str | None = None) -> list[Element]:
    """The standfirst: prose printed between the page's headline (``<h1>``) and the
    chosen text, in the article's header, outside the container. Newspapers and
    magazines print it as the first paragraph of the article ("lead", "intro",
    "teaser", "abstract"); trafilatura keeps it in the text, and so do readers.

    Only leaf text elements count (no block inside, not in a figure, link or list),
    with a sentence of ``_LEAD_WORDS`` to ``_LEAD_MAX_WORDS`` words, little link text,
    outside furniture, not a byline or a date line, nor a line the body's line rules
    drop or a note about the page (:func:`.furniture.is_page_note`: "Listen to this
    article ...", "This article is more than five years old"); the first ``_LEAD_MAX`` such,
    among the ``_LEAD_SCAN`` elements after the headline. A list of key points before
    any of them opens the standfirst (:func:`_key_points`) when the text is no sidebar's
    and the page's ``description`` says one of its points.
    """
    if not chosen or any(True for _ in chosen[0].iter("h1")):
        return []
    title_words = _words_key(title) if title else None
    start = chosen[0]
    headline, after = _headline_before(page, start, title_words)
    if headline is None or any(contains(el, headline) for el in chosen):
        return []
    leads: list[Element] = []
    shared = frozenset(start.iterancestors())    # boxes around the text too: not the lead's furniture
    said = _words_key(description) if description else ""  # key points sum the story up: the description says them
    story = bool(said) and not _page_furniture(page, start)  # key points open a story, not a sidebar's text
    for el in after:
        if len(leads) == _LEAD_MAX:
            break
        if any(contains(lead, el) for lead in leads):
            continue
        if not leads and story and _key_points(page, el, headline, shared, said):
            leads.append(el)
            continue
        if not _is_lead(page, el, headline, shared, least):
            continue
        text = collapse(sel.TEXT(el))
        if title_words and _words_key(text) == title_words:
            continue            # the headline printed again in a box (<div class="h1">)
        if not any(text == collapse(sel.TEXT(lead)) for lead in leads):
            leads.append(el)
    if leads and leads[0].tag == "p":
        leads[:0] = _box_opening(page, leads[0], headline, shared)
    return leads


_BOX_OPENING_MAX = 3          # paragraphs before a standfirst's first, in its box
_BOX_OPENING_LINKS = 0.5      # of such a paragraph's text, link text at most
_FULL_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»」』)）]*\s*$")


def _box_opening(page: Page, lead: Element, headline: Element, shared: frozenset[Element]) -> list[Element]:
    """The paragraphs printed before the standfirst's first paragraph ``lead`` in its own
    box, after the headline: the text's opening sentences, which the standfirst's floor
    left out ("Zendaya is a fashion superstar.", five words; a sentence half of whose words
    link to an older story) while a later paragraph of the same run of ``<p>`` passed it.
    A run of paragraphs is read from its first: each earlier sibling a ``<p>`` ending a
    full sentence, half links at most, no line the body's rules drop (a byline, a date,
    a note about the page), outside furniture; up to :data:`_BOX_OPENING_MAX`, read back
    from ``lead`` to the first that is none (the headline, a picture, a box)."""
    found: list[Element] = []
    sib = lead.getprevious()
    while sib is not None and len(found) < _BOX_OPENING_MAX:
        if not isinstance(sib.tag, str):
            sib = sib.getprevious()         # a comment between the paragraphs
            continue
        if sib.tag != "p" or sib is headline or contains(sib, headline) \
                or not _opening_sentence(page, sib, shared):
            break
        found.append(sib)
        sib = sib.getprevious()
    return found[::-1]


def _opening_sentence(page: Page, p: Element, shared: frozenset[Element]) -> bool:
    if hidden_box(p) or any(isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS for c in p.iterdescendants()):
        return False
    text = collapse(sel.TEXT(p))
    if count_words(text) < 3 or not _FULL_SENTENCE_END.search(text) or link_length(p) > _BOX_OPENING_LINKS * len(text):
        return False
    if is_meta_line(text) or is_furniture_line(text) or is_page_note(text):
        return False
    return not _furniture_but_lead(page, p, shared)


_TITLE_HEADINGS = frozenset({"h2", "h3", "h4"})


def _recipe_lead(el: Element, description: str | None) -> bool:
    """A standfirst on a recipe's page: one of a story's length, or a shorter line
    (:data:`_RECIPE_LEAD_WORDS` words and up) whose words the page's description says
    (the recipe's one-line description, "the creamiest cake I know!"); a rating line,
    a "Pin this recipe!" or "Skip to the recipe" button is no description."""
    text = collapse(sel.TEXT(el))
    if has_words(text, _LEAD_WORDS):
        return True
    key = _words_key(text)
    return bool(key and description) and f" {key} " in f" {_words_key(description or '')} "


_KEY_POINTS = 5             # items of a list of key points at most (two at least)...
_KEY_POINT_WORDS = 5        # ...each a phrase of this many words at least (a menu's entries have fewer)


def _key_points(page: Page, el: Element, headline: Element, shared: frozenset[Element], said: str) -> bool:
    """``el`` is a list of key points printed as the standfirst, the first text after
    the headline ("Mark Helfrich on the technology's potential", "High storage and
    transport capacity as the main advantages"): two to :data:`_KEY_POINTS` items,
    each a phrase of :data:`_KEY_POINT_WORDS` words or more with no block inside and
    few links, outside figures, links, lists and furniture (:func:`_furniture_but_lead`),
    one of whose items' first words the page's description says (``said``, its words
    key): a summary's points are the description's, a subscription offer's benefits or a
    script's table of contents are not.
    trafilatura's evaluation pages count such a list as text (Fundus and Zyte keep it
    apart, as they keep the standfirst)."""
    if el.tag not in ("ul", "ol") or contains(headline, el) or hidden_box(el):
        return False
    items = [c for c in el if isinstance(c.tag, str)]
    if not 2 <= len(items) <= _KEY_POINTS or any(c.tag != "li" for c in items):
        return False
    if any(a.tag in ("figure", "a", "li") for a in el.iterancestors()) or _furniture_but_lead(page, el, shared):
        return False
    if not any(_said(item, said) for item in items):
        return False
    for item in items:
        if any(isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS for c in item.iterdescendants()):
            return False
        text = collapse(sel.TEXT(item))
        if not has_words(text, _KEY_POINT_WORDS) or link_length(item) > 0.3 * len(text):
            return False
    return True


def _said(item: Element, said: str) -> bool:
    """Whether the first :data:`_KEY_POINT_WORDS` words of ``item`` are in ``said``
    (a description's words key, :func:`_words_key`)."""
    first = " ".join(_words_key(collapse(sel.TEXT(item))[:300]).split()[:_KEY_POINT_WORDS])
    return bool(first) and f" {first} " in f" {said} "


def _headline_before(page: Page, start: Element,
                     title_words: str | None) -> tuple[Element | None, list[Element]]:
    """The last ``<h1>`` before ``start`` and the elements between them (up to
    :data:`_LEAD_SCAN`), a later ``<h1>`` not saying the title skipped once one that says
    it is found within its scan (a leftover portlet's "This portlet should not exist"), nor
    a stray one (:func:`_stray_h1`) after it; on a page with none there, the last ``<h2>``..``<h4>`` whose
    words are the title's (a theme that sets the headline one level lower), or marked
    as the headline by its microdata (:func:`_marked_headline`), or a line
    set big by its inline style (:func:`.selectors.big_style`: a page builder's
    headline), and the elements up to the next heading of its rank or above (any
    heading after a styled line): that heading starts another item (the title in a
    list of teasers before the story, each with its summary)."""
    headline: Element | None = None
    titled: Element | None = None
    after: list[Element] = []
    titled_after: list[Element] = []
    styled: Element | None = None   # the last line set big, on a page with neither
    styled_after: list[Element] = []
    scan = 0        # elements still read after the titled heading
    titled_h1 = False   # the headline found says the title: a later <h1> that does not is a stray one
    for el in page.root.iter():
        if el is start:
            break
        # (only while the titled <h1>'s scan is open: one far above, a screen reader's over a
        # long menu, leaves the visible headline with a kicker to start the search)
        if el.tag == "h1" and not (titled_h1 and len(after) < _LEAD_SCAN and not _says_title(el, title_words or "")) \
                and not (headline is not None and _stray_h1(page, el)):
            headline, after = el, []
            titled_h1 = bool(title_words) and _says_title(el, title_words or "")
        elif headline is not None and len(after) < _LEAD_SCAN:
            after.append(el)
        if headline is not None:
            continue
        big = sel.big_style(el)
        if ((el.tag in _TITLE_HEADINGS or big) and title_words and _title_heading(_TEXT(el), title_words)) \
                or _marked_headline(el):
            titled, titled_after, scan = el, [], _LEAD_SCAN
        elif titled is not None and el.tag in _TITLE_HEADINGS and (titled.tag not in _TITLE_HEADINGS
                                                                  or el.tag <= titled.tag):
            scan = 0
        elif scan:
            titled_after.append(el)
            scan -= 1
        if titled is None:
            styled, styled_after = _styled_headline(el, big, styled, styled_after)
    if headline is not None:
        return headline, after
    return (titled, titled_after) if titled is not None else (styled, styled_after)


def _marked_headline(el: Element) -> bool:
    """``el`` is marked as the story's headline by schema.org microdata (``itemprop=
    "headline"``, TYPO3's news, many themes) and prints it: the headline, whatever the
    page's title says ("Aktuelle Meldungen - Stadt X" above "Reparaturcafé am 31. Januar")."""
    return el.get("itemprop") == "headline" and el.tag != "meta" and bool(_TEXT(el).strip())


def _styled_headline(el: Element, big: bool, styled: Element | None,
                     styled_after: list[Element]) -> tuple[Element | None, list[Element]]:
    """The last line set big by its inline style so far and the elements after it (up to
    :data:`_LEAD_SCAN`), ``el`` read: on a page with no ``<h1>`` and no line saying the
    title (a company's home page titled by its name, headed "Welcome!" in a styled
    ``<div>``), the line a reader sees as the headline is the biggest one above the text."""
    if big and _TEXT(el).strip():
        return el, []
    if styled is not None and len(styled_after) < _LEAD_SCAN and not contains(styled, el):
        styled_after.append(el)
    return styled, styled_after


_SITE_NAME_WORDS = 4        # words of a site's name after the headline in a <title>
_TITLED_WORDS = 3           # a heading's words at least, for the <title> to open with it


def _title_heading(text: str, title_words: str) -> bool:
    """A heading's ``text`` is the title: its words are the title's, or the title's
    open with them (:data:`_TITLED_WORDS` words or more) and go on with a site's name
    (:data:`_SITE_NAME_WORDS` words at most: "Reparaturcafé am 31. Januar: Stadt Ahlen",
    the ``<title>`` of a page with no metadata, from which the site's name was not cut)."""
    if len(text) > 4 * len(title_words) + 2000:
        return False
    key = _words_key(text)
    if key == title_words:
        return True
    words = key.split()
    return (len(words) >= _TITLED_WORDS and title_words.startswith(key + " ")
            and len(title_words.split()) - len(words) <= _SITE_NAME_WORDS)


def _table_caption(el: Element) -> bool:
    """A ``<caption>`` of a table the walk reads: the table's title ("Table 6-1. Example
    symptoms and causes"), text of the story as the table is, not a picture's caption."""
    parent = el.getparent()
    return el.tag == "caption" and parent is not None and parent.tag == "table"


def _stray_h1(page: Page, h1: Element) -> bool:
    """An ``<h1>`` that is no headline: furniture by its class or id words ("legacy-social-
    media-portlet": a leftover portlet's "This portlet should not exist anymore") or
    hidden (a screen reader's "Navigation"). After the page's headline it does not
    start the standfirst's search again: without the title (a page with no metadata,
    whose ``<title>`` names the site only) nothing else tells it from the headline."""
    return page.verdict(h1) < 0 or hidden_box(h1)


def _is_lead(page: Page, el: Element, headline: Element, shared: frozenset[Element] = frozenset(),
             least: int = _LEAD_WORDS) -> bool:
    if el.tag not in _LEAD_TAGS or contains(headline, el) or hidden_box(el):
        return False
    if any(isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS for c in el.iterdescendants()):
        return False
    if any(a.tag in ("figure", "figcaption", "a", "li") for a in el.iterancestors()):
        return False            # a caption, a link or a list item, not the standfirst
    text = _standfirst_text(page, el, shared=shared, least=least)
    return text is not None and not (is_meta_line(text) or is_furniture_line(text) or is_page_note(text))


# A sentence's end in Chinese and Japanese ("。！？", a closing quote or bracket after it):
# a standfirst's, as "." is. (Not "।" or "؟" yet: untried, and a short Hindi caption naming
# people ends in "।" as a sentence does.)
_FULL_STOP_END = re.compile(r"[。！？][」』”’）)]*\s*$")


def _standfirst_text(page: Page, el: Element, most: int = _LEAD_MAX_WORDS,
                     shared: frozenset[Element] = frozenset(), least: int = _LEAD_WORDS) -> str | None:
    """The text of ``el`` if it reads as a standfirst: no caption class, a sentence
    of a paragraph's length (``most`` words at most; one printed without its full stop
    only in a box named a lead and longer than a heading), few links, only lead words
    among the furniture class words of it and its ancestors; else None."""
    if _CAPTION_WORDS.intersection(class_words(el.get("class") or "")):
        return None
    text = collapse(sel.TEXT(el))
    words = count_words(text)
    if not least <= words <= most:
        return None
    if not (SENTENCE_END.search(text) or _FULL_STOP_END.search(text)) and (words <= _HEADING_MAX_WORDS or not _LEAD_WORDS_SET.intersection(
            class_words(el.get("class") or "")) or _captions_media(page, el, len(text))):
        return None             # a kicker or a subheading; a box named a standfirst may lack its stop
    if link_length(el) > 0.3 * len(text) or _furniture_but_lead(page, el, shared):
        return None
    return text


_CAPTION_BOX_SCAN = 100     # elements of a box read for a picture or a video


def _captions_media(page: Page, el: Element, chars: int) -> bool:
    """``el``'s text is the only text of its box (or of its box's parent, up to a
    credit's :data:`_MEDIA_BOX_CHARS` more), and that box holds a picture or a video
    (``page.media_holders``, read before the strip) and no ``<h1>``: the line is a
    caption or a video's description (often printed without a full stop), not a
    standfirst."""
    node: Element | None = el
    for _ in range(2):
        if node is None or not _short_text(node, chars + _MEDIA_BOX_CHARS):
            return False
        seen = list(islice(node.iter(), _CAPTION_BOX_SCAN))
        if any(n.tag == "h1" for n in seen):
            return False
        if any(n in page.media_holders for n in seen):
            return True
        node = node.getparent()
    return False


_OPENING_LEAD_WORDS = 250   # a standfirst opening the container may run to a few paragraphs
_OPENING_LEAD_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})


def _opening_lead(page: Page, el: Element, description_key: str | None) -> bool:
    """A standfirst printed as the container's opening lines (``<div class="lead">``,
    ``<p class="summary">``, ``<h2 class="subline">``): furniture by its class words
    alone, it is kept as :func:`_lead_before` keeps one printed above the container,
    on the terms of :func:`_standfirst_text` (up to :data:`_OPENING_LEAD_WORDS` words:
    it is inside the text's own box, no teaser beside it), unless its class names a
    dek (:func:`.text.is_dek`, ``marked_only``: the page's description repeating an
    unmarked one-sentence lead makes no dek of it, as above the container). Only paragraphs and headings inside: a box of boxes is no
    standfirst, and a summary's list of key points is the text's on some sites and
    left out on others."""
    boxes = [c for c in el.iterdescendants() if isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS
             and c.tag not in _OPENING_LEAD_TAGS]
    if len(boxes) > 1 or (boxes and not _holds_the_text(el, boxes[0])):
        return False
    text = _standfirst_text(page, el, _OPENING_LEAD_WORDS)
    return text is not None and not is_dek(el, text, description_key, marked_only=True)


def _holds_the_text(el: Element, box: Element) -> bool:
    """``box``, the one box in a standfirst's ``el``, is the ``<div>`` its text sits in
    (a page builder's element, a heading restyled as a ``<div>``): no block inside it,
    and all of ``el``'s text in it. A line beside the standfirst in a box of its own is
    the byline, the date or a sponsor's line set in the lead's box, not the lead."""
    if box.tag != "div" or any(isinstance(c.tag, str) and c.tag in sel.BLOCK_TAGS for c in box.iterdescendants()):
        return False
    return len(collapse(sel.TEXT(box))) == len(collapse(sel.TEXT(el)))


def _furniture_but_lead(page: Page, el: Element, shared: frozenset[Element] = frozenset()) -> bool:
    """``el`` or an ancestor is furniture by its tag or class words, other than the
    words of a standfirst (``boilerplate.LEAD_TOKENS``). The ``shared`` boxes (those
    around the chosen text too) are not asked: what holds the story holds its lead."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html") or node in shared:
            return False
        if node.tag in ("aside", "nav", "footer") or node in page.marked:
            return True
        if page.verdict(node) < 0:
            words = set(class_words(f"{node.get('class') or ''} {node.get('id') or ''}"))
            lead = words & _LEAD_WORDS_SET
            if not lead or (words & _FURNITURE_WORDS) - lead:
                return True
    return False


_MEDIA = ("img", "picture", "video")
_MEDIA_BOX_TAGS = frozenset({"div", "span", "section", "article"})
_MEDIA_WRAPPERS = frozenset({"a", "picture", "noscript"})
_MEDIA_BOX_CHARS = 250        # a caption and a credit, not a paragraph of text
_MEDIA_BOX_MAX_IMAGES = 200
_TEXT_BLOCK_TAGS = ("p", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "table")


_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")


def _short_text(el: Element, limit: int) -> bool:
    """True when the text below ``el`` is at most ``limit`` characters."""
    return _TEXT_LENGTH(el) <= limit


def _media_holders(root: Element) -> list[Element]:
    """The element holding each image (above any <a>, <picture> or <noscript> around
    it), read before images are stripped."""
    holders: list[Element] = []
    for n, media in enumerate(root.iter(*_MEDIA)):
        if n >= _MEDIA_BOX_MAX_IMAGES:
            break
        el = media.getparent()
        while el is not None and el.tag in _MEDIA_WRAPPERS:
            el = el.getparent()     # <a><img></a>, <picture><img></picture>
        if el is not None and el.tag in _MEDIA_BOX_TAGS:
            holders.append(el)
    return holders


def _media_boxes(holders: list[Element], chosen: list[Element]) -> set[Element]:
    """Figures built of divs inside the chosen text: the largest box (up to four levels
    above an image) that holds only a short text, its caption or credit, and no
    paragraph, list or heading. An image inside a paragraph or a link never starts
    one; a byline or dateline beside an avatar is not a caption."""
    scope = set(chosen)
    boxes: set[Element] = set()
    small: dict[Element, bool] = {}      # element -> short text and no text blocks
    for holder in holders:
        if holder in boxes or (holder not in scope and not any(a in scope for a in holder.iterancestors())):
            continue
        box = None
        el = holder
        for _ in range(4):
            if el is None or el.tag not in _MEDIA_BOX_TAGS or el in scope:
                break
            ok = small.get(el)
            if ok is None:
                # (a container of paragraphs shows its first one soon: test that first)
                ok = small[el] = next(el.iter(*_TEXT_BLOCK_TAGS), None) is None and _short_text(
                    el, _MEDIA_BOX_CHARS)
            if not ok:
                break
            box = el
            el = el.getparent()
        if box is not None and not _short_text(box, 0) and not is_meta_line(collapse(_TEXT(box))):
            boxes.add(box)      # (an avatar beside a byline stays: the line filter reads it)
    return boxes


def _declared_text(scripts: list[str]) -> str:
    """The longest JSON-LD ``articleBody`` string of the page's scripts."""
    best = ""
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for value in _find_key(data, "articleBody", 0):
            if isinstance(value, str) and len(value) > len(best):
                best = value
    return best


def _json_ld_body(scripts: list[str], title: str | None) -> list[Block]:
    best = _declared_text(scripts)
    if "<" in best and ">" in best:
        try:
            frag = lxml_html.fragment_fromstring(best, create_parent="div")
            return _filter(_walk_all(frag), title)
        except (etree.ParserError, ValueError):
            pass
    parts = [collapse(_cap(p)) for p in re.split(r"\n\s*\n|\n", best)]
    return _filter([("p", p, 0.0, False) for p in parts if p], title)


def _walk_all(root: Element) -> list[_Line]:
    page = Page(root)
    walker = _Walker(page)
    walker.run(root)
    return walker.blocks


def _find_key(data: object, key: str, depth: int):
    if depth > 8:
        return
    if isinstance(data, dict):
        for k, v in data.items():
            if k == key:
                yield v
            elif isinstance(v, (dict, list)):
                yield from _find_key(v, key, depth + 1)
    elif isinstance(data, list):
        for v in data:
            yield from _find_key(v, key, depth + 1)
