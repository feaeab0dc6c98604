"""What kind of page is this: one ``article``, a ``listing`` of many (section, tag,
author, search and home pages) or a ``page`` about the site or its offer (about,
contact, legal, shop)? The crawler stores articles and follows the others.

The decision weighs what the page says about itself (JSON-LD ``@type``,
``og:type``) against what it looks like: an article is real sentences with a date
or a byline, or long prose; a listing is a column of linked teaser headlines.

Its parts: :mod:`.addresses` (what a URL says), :mod:`.print_copies`, :mod:`.site_pages`,
:mod:`.teasers` (the teaser headlines read from the tree), :mod:`.signals` (the text's
words, sentences and own-story evidence), :mod:`.listing` (teasers against the text) and
:mod:`.kind` (:func:`page_kind`, the decision).
"""

from __future__ import annotations

from crawler.parsers.classify.addresses import (
    LISTING_PATH_WORDS,
    NON_ARTICLE_PATH_WORDS,
    PROFILE_PATH_WORDS,
    article_like_url,
)
from crawler.parsers.classify.kind import page_kind
from crawler.parsers.classify.listing import MAX_TEASERS_IN_ARTICLE
from crawler.parsers.classify.signals import (
    LISTING_TYPES,
    MIN_PROSE_BLOCKS,
    MIN_WORDS_BY_URL,
    MIN_WORDS_PROSE,
)
from crawler.parsers.classify.site_pages import ABOUT_TYPES, SHOP_TYPES, SITE_PAGE_TYPES
from crawler.parsers.classify.teasers import MIN_SENTENCE_WORDS, Teaser, dated_posts, teaser_headlines

__all__ = ["ABOUT_TYPES", "LISTING_PATH_WORDS", "LISTING_TYPES", "MAX_TEASERS_IN_ARTICLE", "MIN_PROSE_BLOCKS", "MIN_SENTENCE_WORDS", "MIN_WORDS_BY_URL", "MIN_WORDS_PROSE", "NON_ARTICLE_PATH_WORDS", "PROFILE_PATH_WORDS", "SHOP_TYPES", "SITE_PAGE_TYPES", "Teaser", "article_like_url", "dated_posts", "page_kind", "teaser_headlines"]
