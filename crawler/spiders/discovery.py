"""Seeds told apart by content: sitemaps, sitemap indexes, robots.txt, RSS/Atom feeds.

Sitemaps are read with Scrapy's own ``Sitemap`` class and robots.txt with its
``sitemap_urls_from_robots``; feeds with lxml's ``iterparse`` and a few look-ups in
each entry (RSS 2.0, RSS 1.0/RDF and Atom all put the article link in one of three
places). Sitemaps and feeds are both read lazily, entry by entry, up to the cap; a
sitemap or feed whose lazy read met an error before the cap is parsed again whole,
as lxml's lazy (push) parser stops for good at a bare ``<`` the whole-document
parse reads past (a sitemap cut short loses its last, unclosed entry there: its
URL may be cut too). A bare ``&`` (a URL's query written unescaped, common) is
read as ``&amp;`` first, and counted: lxml's recovery would drop the ``&`` and
the name after it (``?x=1&y=2`` read as ``?x=1=2``: a wrong URL). lxml recovers
from other broken XML; what it had to skip is kept as the document's
``problem``, and at most ``max_entries`` links (of at most ``MAX_URL_CHARS``
each, for feeds) are read from one document.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from io import BytesIO

from lxml import etree
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.items import parse_utc
from crawler.urls import MAX_URL_CHARS

_SNIFF = 2048
#: A link found in a sitemap or feed, with its date if the entry gives one.
_Link = tuple[str, datetime | None]
# The sitemap protocol's limit of URLs in one file (sitemaps.org); a feed lists far fewer.
MAX_ENTRIES = 50_000
# An "&" that does not open an entity or character reference.
_BARE_AMP = re.compile(rb"&(?!(?:[A-Za-z_][A-Za-z0-9_.:-]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")
_CDATA_OPEN, _CDATA_CLOSE = b"<![CDATA[", b"]]>"
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
    problem: str | None = None
    """Why the document is not well-formed XML (its first error), when it is not:
    ``urls`` then holds the links read around the fault."""
    cut: bool = False
    """The document lists more links than were read (``max_entries``)."""
    repaired: int = 0
    """Bare ``&`` read as ``&amp;`` (not well-formed XML, but no link lost)."""

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


def discover(body: bytes, url: str, content_type: str = "", max_entries: int = MAX_ENTRIES) -> Discovered | None:
    """The URLs a sitemap, feed or robots.txt lists (at most ``max_entries``);
    ``None`` for an HTML page."""
    body = maybe_gunzip(body)
    kind = sniff_kind(body, url, content_type)
    if kind in ("sitemap", "feed"):
        body, repaired = escape_bare_ampersands(body)
        found = _sitemap(body, max_entries) if kind == "sitemap" else _feed(body, max_entries)
        return replace(found, repaired=repaired) if repaired else found
    if kind == "robots":
        return _indexed("robots", sitemap_urls_from_robots(body, base_url=url), max_entries)
    return None


def escape_bare_ampersands(body: bytes) -> tuple[bytes, int]:
    """``body`` with each ``&`` that opens no reference written ``&amp;`` (outside
    CDATA sections, where a bare ``&`` is allowed), and how many there were.
    Linear: one regex pass (a reference's name cannot hold ``&``) and finds."""
    parts: list[bytes] = []
    count = start = 0
    while start < len(body):
        opened = body.find(_CDATA_OPEN, start)
        end = len(body) if opened < 0 else opened
        text, found = _BARE_AMP.subn(b"&amp;", body[start:end])
        parts.append(text)
        count += found
        if opened < 0:
            break
        closed = body.find(_CDATA_CLOSE, opened + len(_CDATA_OPEN))
        start = len(body) if closed < 0 else closed + len(_CDATA_CLOSE)
        parts.append(body[opened:start])
    return (b"".join(parts), count) if count else (body, 0)


def _indexed(kind: str, entries: Iterable[tuple[str, datetime | None]] | Iterable[str], max_entries: int,
             problem: str | None = None) -> Discovered:
    """The first ``max_entries`` distinct links of ``entries`` (URLs, or (URL, date) pairs)."""
    links: dict[str, datetime | None] = {}
    cut = False
    for entry in entries:
        link, date = entry if isinstance(entry, tuple) else (entry, None)
        if link not in links and len(links) >= max_entries:
            cut = True
            break
        links.setdefault(link, date)
    dates = {link: date for link, date in links.items() if date is not None}
    return Discovered(kind, list(links), dates, problem=problem, cut=cut)


def xml_problem(error_log: etree._ListErrorLog) -> str | None:
    """The first error lxml recovered from, as ``line N: message``, or None."""
    errors = [e for e in error_log if e.level >= etree.ErrorLevels.ERROR]
    return f"line {errors[0].line}: {errors[0].message}" if errors else None


def _sitemap(body: bytes, max_entries: int) -> Discovered:
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, ValueError, StopIteration) as exc:
        return Discovered("sitemap", [], problem=str(exc) or type(exc).__name__)
    kind = "sitemapindex" if sitemap.type == "sitemapindex" else "sitemap"
    # Read lazily: parsing stops at the first link past the cap. As a feed's, a
    # sitemap's lazy read stops for good at a bare ``<`` (``<news:title>Top 5<10
    # tips``): one that met an error before the cap is read again whole.
    entries = _SitemapEntries(sitemap)
    found = _indexed(kind, entries, max_entries)
    problem = entries.problem or xml_problem(sitemap.xmliter.error_log)
    if problem is not None and not found.cut:
        whole = _sitemap_whole(body, kind, max_entries, read=set(found.urls))
        if len(whole.urls) >= len(found.urls):  # (never fewer links than the lazy read's)
            return whole
    return replace(found, problem=problem)


class _SitemapEntries:
    """(loc, lastmod) of each entry of Scrapy's lazy ``Sitemap`` reader; ``problem``
    is set when the parser gave up (lxml recovers from the rest)."""

    def __init__(self, sitemap: Sitemap) -> None:
        self.sitemap = sitemap
        self.problem: str | None = None

    def __iter__(self) -> Iterator[tuple[str, datetime | None]]:
        try:
            for entry in self.sitemap:
                if entry.get("loc"):
                    yield entry["loc"], parse_index_date(entry.get("lastmod"))
        except etree.XMLSyntaxError as exc:
            self.problem = str(exc) or type(exc).__name__


_SITEMAP_ENTRY = etree.XPath("//*[local-name()='url' or local-name()='sitemap']")
#: The end of a whole sitemap: its root's end tag, then only blanks or comments.
_SITEMAP_END = re.compile(rb"</(?:[\w.-]+:)?(?:urlset|sitemapindex)\s*>(?:\s|<!--(?:(?!-->).)*-->)*\Z", re.DOTALL)
#: The end of a whole feed (RSS, Atom, RSS 1.0's ``rdf:RDF``), as a sitemap's.
_FEED_END = re.compile(rb"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>(?:\s|<!--(?:(?!-->).)*-->)*\Z", re.DOTALL)


def _read_whole(body: bytes, kind: str, max_entries: int, read: set[str], *, parser: etree.XMLParser,
                entries: etree.XPath, entry: Callable[[etree._Element], _Link | None],
                end: re.Pattern[bytes]) -> Discovered:
    """A broken sitemap or feed parsed whole with lxml's recovering ``parser``, its
    ``entries`` read by ``entry`` up to the cap in document order. Cut short (it does
    not end as ``end`` says a whole one ends), the entry open where the data ends is
    left out unless the lazy read (``read``: the links of entries it saw closed) had
    it: lxml closes it at the end of the data, and its link may be a URL cut in two."""
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return Discovered(kind, [], problem=str(exc) or type(exc).__name__)
    problem = xml_problem(parser.error_log)
    if root is None:
        return Discovered(kind, [], problem=problem or "no XML element")
    found = [entry(element) for element in entries(root)]
    if found and (found[-1] is None or found[-1][0] not in read) and not end.search(body[-_SNIFF:]):
        found.pop()  # the entry open where the data ends
    return _indexed(kind, (link for link in found if link is not None), max_entries, problem)


def _sitemap_whole(body: bytes, kind: str, max_entries: int, read: set[str]) -> Discovered:
    """A broken sitemap read whole (:func:`_read_whole`)."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    return _read_whole(body, kind, max_entries, read, parser=parser, entries=_SITEMAP_ENTRY,
                       entry=_sitemap_entry, end=_SITEMAP_END)


def _sitemap_entry(element: etree._Element) -> _Link | None:
    """(loc, lastmod) of one ``url`` or ``sitemap`` element, read as Scrapy's
    ``Sitemap`` reads it (the last of a repeated child counts); None without a loc."""
    fields: dict[str, str] = {}
    for child in element:
        if isinstance(child.tag, str):
            fields[etree.QName(child).localname] = child.text.strip() if child.text else ""
    return (fields["loc"], parse_index_date(fields.get("lastmod"))) if fields.get("loc") else None


def _feed(body: bytes, max_entries: int) -> Discovered:
    # Read lazily, as a sitemap is: parsing stops at the first link past the cap,
    # and each entry read is dropped from the tree. lxml's push parser stops for
    # good at some faults a whole-document parse reads past (a bare ``<``, as in
    # ``Top 5<10 tips``), so a feed whose lazy read hit an error before the cap is
    # read again whole (within the 32 MB page cap), in document order as before.
    entries = _FeedEntries(body)
    found = _indexed("feed", entries, max_entries)
    problem = entries.problem or xml_problem(entries.parser.error_log)
    if problem is not None and not found.cut:
        return _feed_whole(body, max_entries, read=set(found.urls))
    if problem is None and not found.urls and entries.parser.root is None:  # read to its end
        problem = "no XML element"
    return replace(found, problem=problem) if problem else found


def _feed_whole(body: bytes, max_entries: int, read: set[str]) -> Discovered:
    """A broken feed read whole (:func:`_read_whole`), as a sitemap is."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    return _read_whole(body, "feed", max_entries, read, parser=parser, entries=_FEED_ENTRIES,
                       entry=_entry_link, end=_FEED_END)


def _entry_link(entry: etree._Element) -> _Link | None:
    """(link, date) of one RSS item or Atom entry; None when it has no link of URL length."""
    links = [text for link in _ENTRY_LINK(entry) if 0 < len(text := str(link).strip()) <= MAX_URL_CHARS]
    dates = _ENTRY_DATE(entry) if links else []
    return (links[0], parse_index_date(str(dates[0])) if dates else None) if links else None


class _FeedEntries:
    """(link, date) of each RSS item or Atom entry, read as the parser reaches its
    end; ``problem`` is set when the parser gave up (lxml recovers from the rest)."""

    def __init__(self, body: bytes) -> None:
        self.parser = etree.iterparse(BytesIO(body), events=("end",), tag=("{*}item", "{*}entry"),
                                      recover=True, resolve_entities=False, no_network=True,
                                      huge_tree=False, remove_comments=True, remove_pis=True)
        self.problem: str | None = None

    def __iter__(self) -> Iterator[tuple[str, datetime | None]]:
        try:
            for _, entry in self.parser:
                found = _entry_link(entry)
                _forget(entry)
                if found is not None:
                    yield found
        except etree.XMLSyntaxError as exc:
            self.problem = str(exc) or type(exc).__name__


def _forget(entry: etree._Element) -> None:
    """Drop an entry read, and what came before it, from the tree being built (not
    an entry's own links when entries are nested: only its inner entries go)."""
    entry.clear(keep_tail=False)
    parent = entry.getparent()
    if parent is not None and etree.QName(parent).localname not in ("item", "entry"):
        while entry.getprevious() is not None:
            del parent[0]
