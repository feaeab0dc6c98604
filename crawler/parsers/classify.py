"""Is this page an article? Listings, tag and author pages, about and contact pages,
search results and home pages are followed by the crawler but never stored.

The decision weighs what the page says about itself (JSON-LD ``@type``,
``og:type``) against what it looks like: an article has a headline, a body of
real paragraphs, and a date or a byline; a listing is a column of linked
teaser headlines.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from crawler.items import Block

# schema.org / OpenGraph types that mark one article.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "socialmediaposting",
    "report", "satiricalarticle", "advertisercontentarticle", "askpublicnewsarticle",
    "medicalscholarlyarticle", "discussionforumposting", "posting", "review",
})
# Types that mark a page about many things (or about the site), never one article.
LISTING_TYPES = frozenset({
    "collectionpage", "itemlist", "searchresultspage", "profilepage", "aboutpage",
    "contactpage", "faqpage", "person", "organization", "newsmediaorganization",
})

_ASIDES = frozenset({"aside", "nav", "footer"})
_WORD = re.compile(r"\w+")

MIN_WORDS_TYPED = 25
MIN_WORDS_UNTYPED = 80
MAX_TEASERS_IN_ARTICLE = 8


def count_teaser_headlines(doc: HtmlElement) -> int:
    """Linked h2-h4 headlines outside asides, navigation and footers (a listing
    shows one per teaser). Walks only the headings, not the whole tree."""
    count = 0
    for heading in doc.iter("h2", "h3", "h4"):
        if not any(link.get("href") for link in heading.iter("a")):
            continue
        if any(ancestor.tag in _ASIDES for ancestor in heading.iterancestors()):
            continue
        count += 1
    return count


def is_article_page(
    *,
    title: str | None,
    page_types: set[str],
    has_date: bool,
    has_byline: bool,
    blocks: list[Block],
    teaser_headlines: int,
) -> bool:
    """True when the page is one article worth storing."""
    if not title or not blocks:
        return False
    words = sum(len(_WORD.findall(block.text)) for block in blocks)
    paragraphs = sum(1 for block in blocks if block.type == "p")
    typed_article = bool(page_types & ARTICLE_TYPES)
    typed_listing = bool(page_types & LISTING_TYPES) and not typed_article
    if typed_listing:
        return False
    if typed_article:
        return words >= MIN_WORDS_TYPED
    if teaser_headlines > MAX_TEASERS_IN_ARTICLE and teaser_headlines * 40 > words:
        return False
    return words >= MIN_WORDS_UNTYPED and paragraphs >= 2 and (has_date or has_byline)
