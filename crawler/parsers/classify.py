"""Is this page an article? Listings, tag and author pages, about and contact pages,
search results and home pages are followed by the crawler but never stored.

The decision weighs what the page says about itself (JSON-LD ``@type``,
``og:type``) against what it looks like: an article has a headline, a body of
real paragraphs, and a date or a byline; a listing is a column of linked
teaser headlines.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.items import Block
from crawler.parsers.document import Element
from crawler.parsers.vocabulary import ARTICLE_TYPES, count_words

# Types that mark a page about many things (or about the site), never one article.
# (Organization, Person and WebSite nodes sit on article pages too: they say nothing.)
LISTING_TYPES = frozenset({
    "collectionpage", "itemlist", "searchresultspage", "profilepage", "aboutpage",
    "contactpage", "faqpage",
})
# OpenGraph types of a page about the site (or a person) rather than one story.
SITE_PAGE_TYPES = frozenset({"website", "profile"})
# Path words of pages that are prose but not articles, and of listing paths.
NON_ARTICLE_PATH_WORDS = frozenset({
    "about", "about-us", "contact", "contact-us", "privacy", "privacy-policy", "terms",
    "terms-of-service", "terms-of-use", "terms-and-conditions", "cookie-policy", "cookies",
    "imprint", "impressum", "legal", "disclaimer", "faq", "help", "jobs", "careers",
    "advertise", "subscribe", "newsletter", "newsletters", "login", "register", "search",
    "sitemap", "accessibility", "corrections", "ethics", "mentions-legales", "datenschutz",
    "kontakt", "aviso-legal", "privacidad",
})
LISTING_PATH_WORDS = frozenset({
    "tag", "tags", "topic", "topics", "author", "authors", "category", "categories",
    "section", "sections", "page", "archive", "archives", "search", "autor", "thema", "themen",
})

_ASIDES = frozenset({"aside", "nav", "footer"})
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMERIC_ID = re.compile(r"\d{4,}")
_YEAR = re.compile(r"^(19|20)\d\d$")

MIN_WORDS_TYPED = 25
MIN_WORDS_UNTYPED = 80
MIN_WORDS_BY_URL = 150
MAX_TEASERS_IN_ARTICLE = 8



def article_like_url(url: str) -> bool:
    """A URL shaped like one article's: a slug of three or more words, or a long
    numeric id, and no path word of a listing or of a site page (about, privacy).

    >>> article_like_url("https://news.example/2024/04/ferry-timetable-approved.html")
    True
    >>> article_like_url("https://news.example/news_view.html?idx=8576")
    True
    >>> article_like_url("https://news.example/about-us/"), article_like_url("https://news.example/tag/new-ferry-routes/")
    (False, False)
    >>> article_like_url("https://news.example/2024/")
    False
    """
    parts = urlsplit(url)
    segments = [seg for seg in parts.path.lower().split("/") if seg]
    if any(seg in LISTING_PATH_WORDS for seg in segments[:-1]):
        return False
    last = segments[-1].rsplit(".", 1)[0] if segments else ""
    if last in NON_ARTICLE_PATH_WORDS or last in LISTING_PATH_WORDS:
        return False
    if len(_SLUG_WORD.findall(last)) >= 3:
        return True
    ids = _NUMERIC_ID.findall(last) + _NUMERIC_ID.findall(parts.query)
    return any(not _YEAR.match(found) for found in ids)


def _top_level(url: str) -> bool:
    """A path of one segment without digits ("/who-we-are", "/our-story.html")."""
    segments = [seg for seg in urlsplit(url).path.split("/") if seg]
    return len(segments) <= 1 and not any(c.isdigit() for c in "".join(segments)) and not urlsplit(url).query


def count_teaser_headlines(doc: Element) -> int:
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
    url: str,
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
    words = sum(count_words(block.text) for block in blocks)
    paragraphs = sum(1 for block in blocks if block.type == "p")
    typed_article = bool(page_types & ARTICLE_TYPES)
    typed_listing = bool(page_types & LISTING_TYPES) and not typed_article
    if typed_listing:
        return False
    if typed_article:
        return words >= MIN_WORDS_TYPED
    if page_types & SITE_PAGE_TYPES and not (has_date or has_byline) and _top_level(url):
        # og:type "website" on a page at the top of the site with neither a date nor
        # a byline: a site page ("/who-we-are"), however much prose it holds.
        return False
    # A page that says nothing about itself: its URL and its text decide.
    if words >= MIN_WORDS_BY_URL and paragraphs >= 3 and article_like_url(url):
        return True
    if teaser_headlines > MAX_TEASERS_IN_ARTICLE and teaser_headlines * 40 > words:
        return False
    return words >= MIN_WORDS_UNTYPED and paragraphs >= 2 and (has_date or has_byline)
