"""Seeds told apart by content: sitemaps, sitemap indexes, robots.txt, RSS/Atom feeds.

Sitemaps are read with Scrapy's own ``Sitemap`` class and robots.txt with its
``sitemap_urls_from_robots``; feeds with a few lxml look-ups (RSS 2.0, RSS 1.0/RDF
and Atom all put the article link in one of three places).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

_SNIFF = 2048
_FEED_LINKS = etree.XPath(
    "//*[local-name()='item']/*[local-name()='link']/text()"
    " | //*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
    " | //*[local-name()='item']/*[local-name()='guid'][@isPermaLink='true']/text()"
)


@dataclass(frozen=True, slots=True)
class Discovered:
    """What a seed-like response points to."""

    kind: str  # "sitemap", "sitemapindex", "feed", "robots"
    urls: list[str]


def maybe_gunzip(body: bytes) -> bytes:
    """Bodies of ``.xml.gz`` sitemaps arrive still compressed."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gunzip(body, max_size=50 * 1024 * 1024)
        except (OSError, ValueError):
            return b""
    return body


def sniff_kind(body: bytes, url: str, content_type: str = "") -> str:
    """``sitemap``, ``feed``, ``robots`` or ``html``, from the first bytes of the body."""
    head = body[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if url.rstrip("/").endswith("/robots.txt") or (
        "text/plain" in content_type.lower() and b"user-agent" in head
    ):
        return "robots"
    return "html"


def discover(body: bytes, url: str, content_type: str = "") -> Discovered | None:
    """The URLs a sitemap, feed or robots.txt lists; ``None`` for an HTML page."""
    body = maybe_gunzip(body)
    kind = sniff_kind(body, url, content_type)
    if kind == "sitemap":
        try:
            sitemap = Sitemap(body)
        except (etree.XMLSyntaxError, ValueError):
            return Discovered("sitemap", [])
        urls = [entry["loc"] for entry in sitemap if entry.get("loc")]
        return Discovered("sitemapindex" if sitemap.type == "sitemapindex" else "sitemap", urls)
    if kind == "feed":
        return Discovered("feed", list(_feed_links(body)))
    if kind == "robots":
        return Discovered("robots", list(sitemap_urls_from_robots(body, base_url=url)))
    return None


def _feed_links(body: bytes) -> Iterator[str]:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return
    if root is None:
        return
    seen: set[str] = set()
    for link in _FEED_LINKS(root):
        link = str(link).strip()
        if link and link not in seen:
            seen.add(link)
            yield link
