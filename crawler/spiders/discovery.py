"""Seeds told apart by content: sitemaps, sitemap indexes, robots.txt, RSS/Atom feeds.

Sitemaps are read with Scrapy's own ``Sitemap`` class and robots.txt with its
``sitemap_urls_from_robots``; feeds with a few lxml look-ups (RSS 2.0, RSS 1.0/RDF
and Atom all put the article link in one of three places).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from lxml import etree
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.items import parse_utc

_SNIFF = 2048
_FEED_ENTRIES = etree.XPath("//*[local-name()='item' or local-name()='entry']")
_ENTRY_LINK = etree.XPath(
    "*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
    " | *[local-name()='link']/text()"
    " | *[local-name()='guid'][@isPermaLink='true' or not(@isPermaLink)][starts-with(., 'http')]/text()"
)
_ENTRY_DATE = etree.XPath(
    "*[local-name()='pubDate' or local-name()='published' or local-name()='updated'"
    " or local-name()='date']/text()"
)


@dataclass(frozen=True, slots=True)
class Discovered:
    """What a seed-like response points to."""

    kind: str  # "sitemap", "sitemapindex", "feed", "robots"
    urls: list[str]
    dates: dict[str, datetime] = field(default_factory=dict)
    """Last-modified or publication date of a URL, where the index gives one."""

    def since(self, moment: datetime | None) -> list[str]:
        """The URLs dated at or after ``moment`` (undated ones are kept)."""
        if moment is None:
            return self.urls
        return [url for url in self.urls if url not in self.dates or self.dates[url] >= moment]


def parse_index_date(text: str | None) -> datetime | None:
    """A sitemap (W3C/ISO) or feed (RFC 822) date, as an aware UTC datetime.

    >>> parse_index_date("2025-07-16").isoformat()
    '2025-07-16T00:00:00+00:00'
    >>> parse_index_date("Wed, 16 Jul 2025 08:00:00 +0200").isoformat()
    '2025-07-16T06:00:00+00:00'
    """
    if not text:
        return None
    moment = parse_utc(text)
    if moment is not None:
        return moment
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


GUNZIP_MAX_SIZE = 50 * 1024 * 1024


class UndecodableBody(ValueError):
    """A body that starts as gzip but cannot be read: the message says why."""


def maybe_gunzip(body: bytes) -> bytes:
    """Bodies of ``.xml.gz`` sitemaps arrive still compressed. A body that starts
    with the gzip signature but does not decompress (corrupt, cut short, past the
    size cap) raises :class:`UndecodableBody`, so its fetch is an error, not lost."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        return gunzip(body, max_size=GUNZIP_MAX_SIZE)
    except _DecompressionMaxSizeExceeded as exc:
        raise UndecodableBody(f"body is gzip that decompresses past the {GUNZIP_MAX_SIZE // 2**20} MB "
                              f"size cap ({exc.decompressed_size} bytes read)") from exc
    except (OSError, EOFError, ValueError, struct.error, zlib.error) as exc:
        raise UndecodableBody(f"body starts as gzip but does not decompress: "
                              f"{type(exc).__name__}: {exc}") from exc


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
        entries = [entry for entry in sitemap if entry.get("loc")]
        dates = {e["loc"]: d for e in entries if (d := parse_index_date(e.get("lastmod")))}
        kind = "sitemapindex" if sitemap.type == "sitemapindex" else "sitemap"
        return Discovered(kind, [entry["loc"] for entry in entries], dates)
    if kind == "feed":
        links = dict(_feed_entries(body))
        dates = {url: date for url, date in links.items() if date is not None}
        return Discovered("feed", list(links), dates)
    if kind == "robots":
        return Discovered("robots", list(sitemap_urls_from_robots(body, base_url=url)))
    return None


def _feed_entries(body: bytes) -> Iterator[tuple[str, datetime | None]]:
    """(link, date) of each RSS item or Atom entry."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return
    if root is None:
        return
    for entry in _FEED_ENTRIES(root):
        links = [str(link).strip() for link in _ENTRY_LINK(entry) if str(link).strip()]
        if links:
            dates = _ENTRY_DATE(entry)
            yield links[0], parse_index_date(str(dates[0])) if dates else None
