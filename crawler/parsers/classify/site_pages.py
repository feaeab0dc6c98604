"""Pages about the site, a person or its offer (about, contact, legal, shop), by their
address and their declared type."""

from __future__ import annotations

from crawler.parsers.classify.addresses import (
    NON_ARTICLE_PATH_WORDS,
    SERVICE_PATH_WORDS,
    YEAR,
    Address,
    top_level,
)
from crawler.parsers.document import Element

# Types of a page about the site, a person or the firm: schema.org's own names.
ABOUT_TYPES = frozenset({"profilepage", "aboutpage", "contactpage", "faqpage"})
# Types of a shop's page: schema.org Product / OpenGraph product (og:type).
SHOP_TYPES = frozenset({"product", "og:product", "product.item", "productgroup"})
# OpenGraph types of a page about the site (or a person) rather than one story.
SITE_PAGE_TYPES = frozenset({"website", "profile"})


def site_page_path(address: Address) -> str | None:
    """Why the URL's last segment names a page about the site ("/about-us",
    "/contact.asp"), else ``None``."""
    if address.last in NON_ARTICLE_PATH_WORDS or address.last in SERVICE_PATH_WORDS:
        return f"site page path /{address.last}"
    return None


def dated_path(address: Address) -> bool:
    """Whether a folder of the path is a year ("/2006/03/05/privacy/"): a post's
    permalink, whose one-word slug may be a site page's word."""
    return any(YEAR.match(seg) for seg in address.segments[:-1])


def site_page(address: Address, page_types: set[str]) -> str | None:
    """Why the URL or the page's type marks a page about the site, else ``None``; not the
    address of a post under a year's folder ("/2024/vader", Dutch "father"; "/2006/privacy"):
    its one word is the post's slug (:func:`dated_path`), whatever it says."""
    path = None if dated_path(address) else site_page_path(address)
    if path:
        return path
    if page_types & SHOP_TYPES:
        return "type " + ", ".join(sorted(page_types & SHOP_TYPES))
    if page_types & SITE_PAGE_TYPES and top_level(address):
        # og:type "website" at the top of the site: "/who-we-are", the home page
        return "og:type website at the top of the site"
    return None


# The ``<body>`` class Ghost gives its static pages, not its posts ("page-template"; a post's is
# "post-template"): an about, a colophon or a "how we work" page in the post template, under
# a slug of words ("/blog/sobre-o-caderno-digital/"). WordPress prints it too, on a page with a
# custom template, and always with "page-id-12": a WordPress page may be a site's evergreen
# article (a guide, a how-to), so that class says nothing.
_STATIC_CLASS = "page-template"


def static_page(doc: Element) -> str | None:
    """Why the ``<body>``'s classes mark a CMS's static page (:data:`_STATIC_CLASS`, no
    WordPress "page-id-"), else ``None``."""
    body = doc.find("body")
    value = body.get("class") if body is not None else None
    if not value:
        return None
    tokens = value.split()
    if _STATIC_CLASS not in tokens or any(token.startswith("page-id-") for token in tokens):
        return None
    return f"a static page's body class {_STATIC_CLASS}"
