"""Links from "Related articles" / "You may also like" / "Read next" blocks.

``extract_related(page)`` finds the blocks two ways, both general:

- a heading whose words say "related" (:data:`boilerplate.RELATED_HEADINGS`,
  any language listed there), the block being what follows the heading;
- a container whose class / id words say so (``related``, ``read-next``,
  ``more-stories``, ``recommended``), sponsored widgets excepted.

Each link to another page becomes one card: the element around the link that holds
no link to a different page. From the card come the headline, the section label,
the printed date and the teaser line. The tree is only read, never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, pairwise
from urllib.parse import urlsplit

from lxml import etree

from crawler.items import RelatedLink
from crawler.parsers import selectors as sel
from crawler.parsers.body import boilerplate as bp
from crawler.parsers.body.text import (
    class_name_part,
    class_words,
    collapse,
    looks_like_date_line,
    norm_key,
    parse_card_date,
)
from crawler.parsers.document import Element
from crawler.parsers.metadata.authors import CREDIT_OPENINGS
from crawler.parsers.page import ParsedPage
from crawler.urls import canonicalize_url

__all__ = ["extract_related"]

# "Most read" / "Latest" lists are furniture for the body but not related to the article.
_HEADINGS = frozenset(bp.RELATED_HEADINGS) - frozenset(bp.UNRELATED_LIST_HEADINGS)
_HEADING_PREFIXES = bp.RELATED_HEADING_PREFIXES
_READ_MORE = tuple(bp.READ_MORE_PREFIXES)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_RELATED_WORDS = frozenset(bp.RELATED_CONTAINER_TOKENS)
_SPONSORED_WORDS = frozenset(bp.SPONSORED_TOKENS)
_SPONSORED_LINES = frozenset(bp.SPONSORED_PHRASES + bp.AD_PHRASES)
_SECTION_WORDS = frozenset(bp.CARD_SECTION_TOKENS)
_DATE_WORDS = frozenset(bp.CARD_DATE_TOKENS)
_SUMMARY_WORDS = frozenset(bp.CARD_SUMMARY_TOKENS)
_SKIP_LINK_TEXT = frozenset(bp.SHARE_PHRASES + bp.COMMENT_PHRASES + bp.CONTROL_LINK_TEXTS)
_LISTING_PATHS = bp.LISTING_PATHS
_SERVICE_PATHS = bp.SERVICE_PATHS
_HAS_LETTER = re.compile(r"[^\W\d_]")
# "In "Food & Community"", "Posted in Health": the card's category, printed as a phrase.
_IN_SECTION = re.compile(
    r"^(?:posted in|filed in|filed under|in)\s+(?:[\"“«„']([^\"”»“']{1,40})[\"”»“']|(\w[^.!?]{0,38}))$",
    re.IGNORECASE,
)
_TIME_LINE = re.compile(r"^\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?$", re.IGNORECASE)
_SECTION_ENDS = ("body", "html", "main", "article")
_LINE_TAGS = frozenset({"a", "h2", "h3", "h4", "h5", "h6", "p", "time"})
_SR_MARKERS = ("sr-only", "screen-reader", "visually-hidden", "visuallyhidden", "offscreen",
               "assistive-text", "a11y")
_HEADLINE_WORDS = frozenset({"title", "headline", "heading", "hed"})
_AUTHOR_WORDS = frozenset({"author", "authors", "byline", "writer", "by"})
_MAX_SCANNED = 100_000       # candidate boxes looked at; a pathological page keeps what was found
_MAX_BLOCKS = 300            # related blocks whose cards are read
_MAX_SIBLINGS = 4            # a heading's list is in the next few elements
_TEXT = sel.TEXT
_HEADLINES = sel.HEADLINES
_MAX_LINKS = 60
# A card is a headline, a line or two and a date; a "card" with more text than
# this is a page section, whose lines each card rule would read (seconds, on a
# page where one holds megabytes).
_MAX_CARD_CHARS = 5_000


def _screen_reader_only(el: Element) -> bool:
    """Text for screen readers only ("sr-only", "visually-hidden", "h-offscreen")."""
    value = el.get("class")
    if not value:
        return False
    lowered = value.lower()
    return any(marker in lowered for marker in _SR_MARKERS)


def _visible_text(el: Element) -> str:
    """The element's text without screen-reader-only parts, whitespace collapsed."""
    if not any(_screen_reader_only(node) for node in el.iter(etree.Element)):
        return collapse(_TEXT(el))
    parts: list[str] = []
    _visible_parts(el, parts)
    return collapse(" ".join(parts))


def _visible_parts(node: Element, parts: list[str]) -> None:
    """Append the text of ``node`` and its tree, skipping screen-reader-only parts.

    A module function, not a closure: a nested function that calls itself refers to
    itself through its closure cell, a reference cycle only the cyclic garbage
    collector frees."""
    if not _screen_reader_only(node):
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                _visible_parts(child, parts)
            parts.append(child.tail or "")


def _maybe_related(value: str) -> bool:
    """Cheap pre-filter (plain substring tests) before a class value is split into words."""
    return (
        "relat" in value or "recomm" in value or "read" in value or "more" in value
        or "next" in value or "also" in value or "like" in value or "recirc" in value
        or "further" in value
    )



@lru_cache(maxsize=4096)
def _words_of(value: str) -> frozenset[str]:
    words: set[str] = set()
    for name in value.split():
        parts = class_words(name)
        words.update(parts)
        words.update(a + b for a, b in pairwise(parts))
    return frozenset(words)


def _class_words(el: Element) -> frozenset[str]:
    value = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return _words_of(value[:300]) if value else frozenset()


@lru_cache(maxsize=4096)
def _part_words_of(value: str) -> frozenset[str]:
    # BEM: in "article-teaser__title" the element name ("title") says what the part is.
    return _words_of(" ".join(class_name_part(name) for name in value.split()))


def _part_words(el: Element) -> frozenset[str]:
    """Words naming a card part (its class, BEM element names only)."""
    value = el.get("class")
    return _part_words_of(value[:300]) if value else frozenset()


def _is_heading(el: Element) -> bool:
    text = _TEXT(el)
    if len(text) > 80:
        return False
    key = norm_key(text)
    return key in _HEADINGS or key.startswith(_HEADING_PREFIXES)


def _sponsored(el: Element) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if _class_words(node) & _SPONSORED_WORDS:
            return True
    return False


def _inline_teaser(el: Element) -> bool:
    """A "Read more: <link>" line inside the text is not a related-links block."""
    if sum(1 for _ in islice(el.iter("a"), 2)) > 1:
        return False
    text = _TEXT(el)
    return len(text) < 300 and norm_key(text).startswith(_READ_MORE)


def _at_most(parent: Element, count: int) -> bool:
    """Whether ``parent`` has no more than ``count`` children, reading at most
    ``count + 1`` of them (lxml's len() walks them all: a page of 100,000 sibling
    headings took seconds, one full count per heading)."""
    return sum(1 for _ in islice(parent, count + 1)) <= count


def _blocks(root: Element) -> list[Element]:
    """Elements that hold a related-links list, outermost first, no duplicates."""
    found: list[Element] = []
    for heading in root.iter(_HEADING_TAGS):
        if not _is_heading(heading):
            continue
        # Climb while the heading is the last thing in its wrapper ("<div><h2>..</h2></div><ul>").
        el = heading
        while el.getnext() is None:
            parent = el.getparent()
            if parent is None or parent.tag in _SECTION_ENDS:
                break
            el = parent
        parent = el.getparent()
        if parent is not None and parent.tag not in _SECTION_ENDS and _at_most(parent, _MAX_SIBLINGS):
            found.append(parent)          # a small wrapper: heading + list
            continue
        # Otherwise the list is what follows, up to the next heading.
        for count, sib in enumerate(el.itersiblings()):
            if count >= _MAX_SIBLINGS or sib.tag in sel.ALL_HEADING_TAGS:
                break
            found.append(sib)
    for count, el in enumerate(root.iter("div", "section", "aside", "ul", "ol", "nav")):
        if count >= _MAX_SCANNED:
            break
        value = el.get("class")
        ident = el.get("id")
        if ident:
            value = f"{value} {ident}" if value else ident
        if not value or not _maybe_related(value.lower()):
            continue
        words = _class_words(el)
        if words & _RELATED_WORDS:
            found.append(el)
    # Drop blocks inside another block and sponsored ones.
    unique: list[Element] = []
    ids = {id(el) for el in found}
    keep = set()
    for el in found:
        if id(el) in keep:
            continue
        if any(id(anc) in ids for anc in el.iterancestors()):
            continue
        if _sponsored(el) or _inline_teaser(el):
            continue
        keep.add(id(el))
        unique.append(el)
    return unique


def _cards(block: Element) -> list[Element]:
    """The cards of a block: the children of its most-populated list of linked items."""
    best, best_n = block, 0
    for count, el in enumerate(block.iter()):
        if count > 2000:
            break
        if not isinstance(el.tag, str):
            continue
        n = 0
        for child in el:
            if child.tag == "a" or (isinstance(child.tag, str) and child.find(".//a") is not None):
                n += 1
        if n > best_n:
            best, best_n = el, n
    if best_n <= 1:
        return [block]
    return [c for c in best if c.tag == "a" or (isinstance(c.tag, str) and c.find(".//a") is not None)]


def _main_link(card: Element, base: str, targets: dict[str, str]) -> tuple[Element, str] | None:
    """The card's headline link and its absolute URL (``targets``: the page's hrefs
    made absolute so far, each href canonicalized once a page)."""
    best: tuple[int, Element, str] | None = None
    links = [card] if card.tag == "a" else list(card.iter("a"))
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        text = collapse(_TEXT(link))  # (before the URL: w3lib's canonicalizing costs more)
        if norm_key(text) in _SKIP_LINK_TEXT:
            continue
        target = targets.get(href)
        if target is None:
            target = targets[href] = _absolute(href, base)
        if not target.startswith(("http://", "https://")):
            continue
        try:
            path = urlsplit(target).path.lower()
        except ValueError:  # a bracketed host that is no IP address: no link to follow
            continue
        if path in ("", "/") or path.startswith(_SERVICE_PATHS):
            continue
        rank = len(text)
        in_heading = any(anc.tag in _HEADING_TAGS for anc in link.iterancestors())
        if in_heading or link.find(".//h3") is not None:
            rank += 10_000
        if _class_words(link) & _SECTION_WORDS or any(p in target for p in _LISTING_PATHS):
            rank -= 5_000
        if best is None or rank > best[0]:
            best = (rank, link, target)
    return (best[1], best[2]) if best else None


def _absolute(href: str, base: str) -> str:
    return canonicalize_url(href, base=base)


def _texts(card: Element) -> list[tuple[Element, str]]:
    """The card's text lines: the innermost elements that carry text, in order."""
    lines: list[tuple[Element, str]] = []
    hidden: set[Element] = set()
    for el in card.iter(etree.Element):
        if el.tag in ("script", "style", "noscript", "svg"):
            continue
        parent = el.getparent()
        if _screen_reader_only(el) or (parent is not None and parent in hidden):
            hidden.add(el)
            continue
        own = (el.text or "").strip()
        if not own:
            continue
        whole = len(el) == 0 or el.tag in _LINE_TAGS
        text = _visible_text(el) if whole else collapse(own)
        if text and (not lines or text not in lines[-1][1]):
            lines.append((el, text))
    return lines


@dataclass(slots=True)
class _Card:
    """What one card's lines say, sorted as they are read."""

    headline: str | None
    link_text: str
    published: str | None
    section: str | None = None
    summary: str | None = None
    rest: list[str] = field(default_factory=list)
    before_title: list[str] = field(default_factory=list)
    """Unlabelled lines above the headline."""


def _parse_card(card: Element, link: Element, url: str) -> RelatedLink | None:
    lines = _texts(card)
    link_text = (_visible_text(link) or collapse(link.get("title") or "")
                 or collapse(link.get("aria-label") or ""))
    found = _Card(headline=_card_headline(card), link_text=link_text, published=_card_time(card))
    if not _sort_lines(found, lines, link):
        return None                    # a sponsored card
    title = _card_title(found, lines, link)
    section, summary = found.section, found.summary
    # Short unlabelled line above the headline: a section label ("Sexuality & mental health").
    for text in found.before_title:
        if text == title:
            break
        if (section is None and len(text) <= 40 and len(text.split()) <= 5 and text != summary
                and not norm_key(text).startswith(CREDIT_OPENINGS)):
            section = text
            break
    if summary is None:
        for text in found.rest:
            if text not in (title, section) and len(text) > 40 and (not title or text not in title):
                summary = text
                break
    if title is None:
        title, summary = summary, None
    if title is None:
        return None
    if summary == title:
        summary = None
    if len(title.split()) < 3 and not (summary or found.published):
        return None                # a topic or section link ("China"), not an article card
    return RelatedLink(url=url, title=title, section=section, published=found.published, summary=summary)


def _card_headline(card: Element) -> str | None:
    """The card's headline element's text: a heading, else a "title"/"headline" class."""
    for h in _HEADLINES(card):
        text = _visible_text(h)
        if text and not _is_heading(h):     # not the block's own "Related" heading
            return text
    for el in card.iter(etree.Element):
        if _part_words(el) & _HEADLINE_WORDS:
            text = _visible_text(el)
            if text:
                return text
    return None


def _card_time(card: Element) -> str | None:
    time_el = next(card.iter("time"), None)
    if time_el is None:
        return None
    return parse_card_date(time_el.get("datetime") or "") or parse_card_date(collapse(_TEXT(time_el)))


def _sort_lines(card: _Card, lines: list[tuple[Element, str]], link: Element) -> bool:
    """Sort the card's lines into date, section, summary and the rest; False for a
    sponsored card."""
    headline, seen_title = card.headline, False
    for el, text in lines:
        words = _part_words(el)
        key = norm_key(text)
        if words & _AUTHOR_WORDS or any(p in (el.get("href") or "") for p in ("/author", "/autor")):
            continue
        if key in _SPONSORED_LINES:
            return False
        if card.published is None and (words & _DATE_WORDS or looks_like_date_line(text)):
            date = parse_card_date(text)
            if date:
                card.published = date
                continue
        if looks_like_date_line(text) and parse_card_date(text):
            continue
        if not _HAS_LETTER.search(text) or _TIME_LINE.match(text):
            continue                   # separators (",", "|") and times ("9:42am")
        if card.section is None and _card_section(card, text, words):
            continue
        if text == headline or (headline is None and el is link):
            seen_title = True
            continue
        if card.summary is None and words & _SUMMARY_WORDS and text != card.link_text and len(text) >= 30:
            card.summary = text
            continue
        card.rest.append(text)
        if not seen_title:
            card.before_title.append(text)
    return True


def _card_section(card: _Card, text: str, words: frozenset[str]) -> bool:
    """A section label line ("section" class, "in Politics"): kept on ``card``."""
    if text == card.headline:
        return False
    if len(text) <= 40 and (words & _SECTION_WORDS):
        card.section = text
        return True
    if len(text) <= 50:
        phrase = _IN_SECTION.match(text)
        if phrase and (phrase.group(1) or (phrase.group(2)[:1].isupper() and len(text.split()) <= 5)):
            card.section = collapse(phrase.group(1) or phrase.group(2))
            return True
    return False


def _card_title(card: _Card, lines: list[tuple[Element, str]], link: Element) -> str | None:
    """The headline; else, when the whole card is the link, its longest unlabelled
    line (taken out of ``card.rest``); else the link's own text."""
    if card.headline:
        return card.headline
    inside_link = sum(1 for el, _ in lines if el is link or any(a is link for a in el.iterancestors()))
    if inside_link > 1:
        candidates = [t for t in card.rest if t != card.section and t != card.summary]
        if candidates:
            title = max(candidates, key=len)
            card.rest = [t for t in card.rest if t != title]
            return title
        return None
    if card.link_text and norm_key(card.link_text) not in _SKIP_LINK_TEXT:
        return card.link_text
    return None


def extract_related(page: ParsedPage) -> list[RelatedLink]:
    """The related-article links of a page, in page order, one per URL (never mutates the tree)."""
    return _extract(page.doc, page.url)


def _extract(doc: Element, url: str) -> list[RelatedLink]:
    root = doc.find("body")
    if root is None:
        root = doc
    page = canonicalize_url(url) if url else ""
    out: list[RelatedLink] = []
    seen: set[str] = {page}
    targets: dict[str, str] = {}
    for count, block in enumerate(_blocks(root)):
        if count >= _MAX_BLOCKS:
            break
        for card in _cards(block):
            if len(out) >= _MAX_LINKS:
                return out
            if len(_TEXT(card)) > _MAX_CARD_CHARS:
                continue
            found = _main_link(card, url, targets)
            if found is None:
                continue
            link, target = found
            if target in seen:
                continue
            item = _parse_card(card, link, target)
            if item is None:
                continue
            seen.add(target)
            out.append(item)
    return out
