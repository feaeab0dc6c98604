"""Links from "Related articles" / "You may also like" / "Read next" blocks.

``extract_related(doc, url)`` finds the blocks two ways, both general:

- a heading whose words say "related" (:data:`boilerplate.RELATED_HEADINGS`,
  any language listed there), the block being what follows the heading;
- a container whose class / id words say so (``related``, ``read-next``,
  ``more-stories``, ``recommended``), sponsored widgets excepted.

Each link to another page becomes one card: the element around the link that holds
no link to a different page. From the card come the headline, the section label,
the printed date and the teaser line. The tree is only read, never changed.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from lxml.html import HtmlElement

from crawler.items import RelatedLink
from crawler.parsers import boilerplate as bp
from crawler.parsers import selectors as sel
from crawler.parsers.text import class_words, collapse, looks_like_date_line, norm_key, parse_card_date
from crawler.urls import canonicalize_url

__all__ = ["extract_related"]

# "Most read" / "Latest" lists are furniture for the body but not related to the article.
_HEADINGS = frozenset(bp.RELATED_HEADINGS) - frozenset(bp.UNRELATED_LIST_HEADINGS)
_HEADING_PREFIXES = ("more from ", "more on ", "more in ", "more stories from ", "more news from ")
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_RELATED_WORDS = frozenset({
    "related", "relatedposts", "relatedarticles", "recommended", "recommendations",
    "readnext", "readmore", "morestories", "morenews", "morearticles", "youmaylike",
    "recirc", "recirculation", "further", "alsoread",
})
_RELATED_PAIRS = frozenset({"readnext", "readmore", "morestories", "morenews", "morearticles",
                            "alsoread", "youmay", "mightlike", "maylike", "upnext"})
_SPONSORED_WORDS = frozenset({
    "sponsor", "sponsored", "sponsors", "outbrain", "taboola", "promoted", "promo", "ad", "ads",
    "advert", "advertisement", "partner", "partners", "native", "dianomi", "paid", "commercial",
})
_SPONSORED_LINES = frozenset(bp.SPONSORED_PHRASES + bp.AD_PHRASES)
_SECTION_WORDS = frozenset({
    "category", "categories", "section", "kicker", "eyebrow", "label", "rubric", "topic",
    "overline", "tag", "cat", "channel", "vertical", "department", "flag",
})
_DATE_WORDS = frozenset({"date", "time", "timestamp", "published", "pubdate", "datetime", "meta"})
_SUMMARY_WORDS = frozenset({"summary", "excerpt", "teaser", "dek", "description", "desc",
                            "standfirst", "intro", "lead", "abstract", "snippet", "blurb"})
_SKIP_LINK_TEXT = frozenset(bp.SHARE_PHRASES + bp.COMMENT_PHRASES) | {
    "read more", "more", "continue reading", "read the full story", "view all", "see all",
    "show more", "load more", "next", "previous", "mehr", "weiterlesen", "lire la suite",
}
_TEXT = sel.TEXT
_HEADLINES = sel.HEADLINES
_MAX_LINKS = 60
_BYLINE = tuple(bp.BYLINE_PREFIXES)


def _maybe_related(value: str) -> bool:
    """Cheap pre-filter (plain substring tests) before a class value is split into words."""
    return (
        "relat" in value or "recomm" in value or "read" in value or "more" in value
        or "next" in value or "also" in value or "like" in value or "recirc" in value
        or "further" in value
    )

# Paths of listing pages: a link there is a card's section label, not its article.
_LISTING_PATHS = ("/section/", "/category/", "/categories/", "/tag/", "/tags/", "/topic/",
                  "/topics/", "/author/", "/authors/", "/thema/", "/rubrique/")


@lru_cache(maxsize=4096)
def _words_of(value: str) -> frozenset[str]:
    words: set[str] = set()
    for name in value.split():
        parts = class_words(name)
        words.update(parts)
        words.update(a + b for a, b in pairwise(parts))
    return frozenset(words)


def _class_words(el: HtmlElement) -> frozenset[str]:
    value = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return _words_of(value[:300]) if value else frozenset()


def _is_heading(el: HtmlElement) -> bool:
    text = _TEXT(el)
    if len(text) > 80:
        return False
    key = norm_key(text)
    return key in _HEADINGS or key.startswith(_HEADING_PREFIXES)


def _sponsored(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if _class_words(node) & _SPONSORED_WORDS:
            return True
    return False


def _blocks(root: HtmlElement) -> list[HtmlElement]:
    """Elements that hold a related-links list, outermost first, no duplicates."""
    found: list[HtmlElement] = []
    for heading in root.iter(_HEADING_TAGS):
        if not _is_heading(heading):
            continue
        el = heading
        while el.getnext() is None and el.getparent() is not None and el.getparent().tag not in (
            "body", "html", "main", "article"
        ):
            el = el.getparent()
        parent = el.getparent()
        if parent is not None and parent.tag not in ("body", "html", "main", "article") and (
            len(parent) <= 4
        ):
            found.append(parent)
        else:
            found.extend(el.itersiblings())
    for el in root.iter("div", "section", "aside", "ul", "ol", "nav"):
        value = el.get("class")
        ident = el.get("id")
        if ident:
            value = f"{value} {ident}" if value else ident
        if not value or not _maybe_related(value.lower()):
            continue
        words = _class_words(el)
        if words & _RELATED_WORDS or words & _RELATED_PAIRS:
            found.append(el)
    # Drop blocks inside another block and sponsored ones.
    unique: list[HtmlElement] = []
    ids = {id(el) for el in found}
    keep = set()
    for el in found:
        if id(el) in keep:
            continue
        if any(id(anc) in ids for anc in el.iterancestors()):
            continue
        if _sponsored(el):
            continue
        keep.add(id(el))
        unique.append(el)
    return unique


def _cards(block: HtmlElement) -> list[HtmlElement]:
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


def _main_link(card: HtmlElement, base: str) -> tuple[HtmlElement, str] | None:
    """The card's headline link and its absolute URL."""
    best: tuple[int, HtmlElement, str] | None = None
    links = [card] if card.tag == "a" else list(card.iter("a"))
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = _absolute(href, base)
        if not target.startswith(("http://", "https://")):
            continue
        text = collapse(_TEXT(link))
        if norm_key(text) in _SKIP_LINK_TEXT:
            continue
        rank = len(text)
        if any(anc.tag in _HEADING_TAGS for anc in link.iterancestors()) or link.find(".//h3") is not None:
            rank += 10_000
        if _class_words(link) & _SECTION_WORDS or any(p in target for p in _LISTING_PATHS):
            rank -= 5_000
        if best is None or rank > best[0]:
            best = (rank, link, target)
    return (best[1], best[2]) if best else None


def _absolute(href: str, base: str) -> str:
    return canonicalize_url(href, base=base)


def _texts(card: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The card's text lines: the innermost elements that carry text, in order."""
    lines: list[tuple[HtmlElement, str]] = []
    for el in card.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "svg"):
            continue
        own = (el.text or "").strip()
        if own:
            text = collapse(_TEXT(el)) if len(el) == 0 or el.tag in ("a", "h2", "h3", "h4", "h5", "h6", "p", "time") else collapse(el.text)
            if text and (not lines or text not in lines[-1][1]):
                lines.append((el, text))
    return lines


def _parse_card(card: HtmlElement, link: HtmlElement, url: str) -> RelatedLink | None:
    lines = _texts(card)
    title = section = published = summary = None
    headline = None
    for h in _HEADLINES(card):
        text = collapse(_TEXT(h))
        if text and not _is_heading(h):     # not the block's own "Related" heading
            headline = text
            break
    time_el = next(card.iter("time"), None)
    if time_el is not None:
        published = parse_card_date(time_el.get("datetime") or "") or parse_card_date(collapse(_TEXT(time_el)))
    link_text = collapse(_TEXT(link)) or collapse(link.get("title") or "") or collapse(link.get("aria-label") or "")
    rest: list[str] = []
    for el, text in lines:
        words = _class_words(el)
        key = norm_key(text)
        if key in _SPONSORED_LINES:
            return None
        if published is None and (words & _DATE_WORDS or looks_like_date_line(text)):
            date = parse_card_date(text)
            if date:
                published = date
                continue
        if looks_like_date_line(text) and parse_card_date(text):
            continue
        if section is None and len(text) <= 40 and (words & _SECTION_WORDS) and text != headline:
            section = text
            continue
        if text == headline:
            continue
        if summary is None and words & _SUMMARY_WORDS and text != link_text:
            summary = text
            continue
        rest.append(text)
    inside_link = sum(1 for el, _ in lines if el is link or any(a is link for a in el.iterancestors()))
    if headline:
        title = headline
    elif inside_link > 1:
        # The whole card is the link: its headline is its longest unlabelled line.
        candidates = [t for t in rest if t != section and t != summary]
        if candidates:
            title = max(candidates, key=len)
            rest = [t for t in rest if t != title]
    elif link_text and norm_key(link_text) not in _SKIP_LINK_TEXT:
        title = link_text
    # Short unlabelled line before the headline: a section label ("Sexuality & mental health").
    for text in rest:
        if text == title:
            break
        if (section is None and len(text) <= 40 and len(text.split()) <= 5 and text != summary
                and not norm_key(text).startswith(_BYLINE)):
            section = text
            break
    if summary is None:
        for text in rest:
            if text != title and text != section and len(text) > 40 and (not title or text not in title):
                summary = text
                break
    if title is None:
        title, summary = summary, None
    if title is None:
        return None
    if summary == title:
        summary = None
    if len(title.split()) < 3 and not (summary or published):
        return None                # a topic or section link ("China"), not an article card
    return RelatedLink(url=url, title=title, section=section, published=published, summary=summary)


def extract_related(doc: HtmlElement, url: str) -> list[RelatedLink]:
    """The related-article links of a page, in page order, one per URL (never mutates ``doc``)."""
    try:
        return _extract(doc, url)
    except Exception:
        return []


def _extract(doc: HtmlElement, url: str) -> list[RelatedLink]:
    if doc is None:
        return []
    root = doc.find("body")
    if root is None:
        root = doc
    page = canonicalize_url(url) if url else ""
    out: list[RelatedLink] = []
    seen: set[str] = {page}
    for block in _blocks(root):
        for card in _cards(block):
            if len(out) >= _MAX_LINKS:
                return out
            found = _main_link(card, url)
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
