"""The Article record: the contract between parsers, pipelines, archive and exports.

Plain dataclasses with no Scrapy import, so parsers, the archive and tests can use
them freely (Scrapy handles dataclass items through itemadapter). Field names are
stable and documented in README.md; ``tests/test_items.py`` checks that the README
table, this module and the archive's ``articles`` columns agree.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from typing import Any

BLOCK_TYPES = ("p", "h", "li", "quote", "pre")

# What kind of page a record comes from (``Article.page_kind``).
PAGE_KINDS = ("article", "listing", "page")


@dataclass(kw_only=True, slots=True)
class Block:
    """One block of the structured body."""

    type: str
    """One of ``p`` (paragraph), ``h`` (subheading), ``li`` (list item),
    ``quote`` (block quotation) or ``pre`` (preformatted text)."""

    text: str
    """The block's plain text, whitespace collapsed (``pre`` keeps its line breaks)."""


@dataclass(kw_only=True, slots=True)
class RelatedLink:
    """One entry of a "Related articles" / "You may also like" block."""

    url: str
    """Absolute URL of the linked article, tracking parameters and fragment dropped."""

    title: str | None = None
    """The link's headline (or its one-line summary when the card shows no headline)."""

    section: str | None = None
    """The section / category printed on the card, null when none is shown."""

    published: str | None = None
    """Date printed on the card, ISO 8601 (``YYYY-MM-DD``), null when none is shown."""

    summary: str | None = None
    """One-line teaser printed on the card, null when none is shown."""


@dataclass(kw_only=True, slots=True)
class Image:
    """One figure inside the article: the picture and what the page prints beside it."""

    url: str
    """Absolute URL of the picture (``src``, else a lazy-loading attribute, else ``srcset``'s first)."""

    alt: str | None = None
    """The ``alt`` text, null when empty or missing."""

    caption: str | None = None
    """The caption (``<figcaption>``) without the credit; null when none. Never part of ``body``."""

    credit: str | None = None
    """Photographer / agency credit ("Jane Doe/Agency"), without "Photo:" or "©"; null when none."""


@dataclass(kw_only=True, slots=True)
class Article:
    """One article version, as extracted from one fetched page."""

    url: str
    """The URL fetched, after redirects."""

    canonical_url: str
    """``<link rel=canonical>`` / ``og:url`` (else ``url``), normalised: fragment and
    tracking parameters (``utm_*``, ``fbclid``, ...) dropped. The article's identity."""

    site: str
    """Host name of ``canonical_url``, lower case, without a leading ``www.``."""

    title: str
    """Headline, without " | Site Name" suffixes."""

    description: str | None = None
    """Standfirst / dek / summary sentence; null when the page has none."""

    section: str | None = None
    """Section or category name as shown on the page; null when none."""

    tags: list[str] = field(default_factory=list)
    """Keywords / tags, in page order, deduplicated."""

    authors: list[str] = field(default_factory=list)
    """People (or agencies) credited, without "By", dates, roles or commenters."""

    published: str | None = None
    """Publication date, ISO 8601: ``YYYY-MM-DD``, or ``YYYY-MM-DDThh:mm:ss`` with
    the UTC offset (``+02:00``) when the page gives a time and zone. Null when unknown."""

    modified: str | None = None
    """Last modification date, same format as ``published``; null when not given."""

    language: str | None = None
    """BCP 47 language tag (``en``, ``de-AT``); null when the page does not say."""

    detected_language: str | None = None
    """ISO 639-1 code of the language the body is written in, detected from the text
    (CLD2, via pycld2; a three-letter code where the language has no two-letter one);
    null when the body is too short to tell. Compare with ``language``'s
    primary subtag: they differ when the page declares the wrong language."""

    language_confidence: float | None = None
    """Share (0..1) of the body's text the detector puts in ``detected_language``; null with it."""

    body: str = ""
    """The article text: blocks' texts joined by a blank line (``\\n\\n``)."""

    body_blocks: list[Block] = field(default_factory=list)
    """Structured body, in reading order: ``[{type: p|h|li|quote|pre, text}]``."""

    page_kind: str = "article"
    """One of :data:`PAGE_KINDS`: ``article`` (one story, post or report: a date or a
    byline with real sentences, or long prose), ``listing`` (teasers of many articles:
    section, tag, author, search and home pages) or ``page`` (a page about the site or
    its offer: about, contact, legal, shop, product, recipe index). The crawl stores
    articles only and keeps the kind of every other page in ``fetches``;
    ``clippings extract`` prints any page."""

    word_count: int = 0
    """Number of words (``\\w+`` tokens) in ``body``."""

    reading_time_minutes: int | None = None
    """Reading time stated by the page ("3 min Read"); null when the page states none."""

    image: str | None = None
    """Absolute URL of the lead image; null when none."""

    images: list[Image] = field(default_factory=list)
    """Figures inside the article, in page order: ``[{url, alt, caption, credit}]``."""

    related: list[RelatedLink] = field(default_factory=list)
    """Links from "Related articles" / "Read more" / "You may also like" blocks."""

    access: str = "free"
    """``free``; ``paywalled`` (the page declares the text not free, yet serves it
    whole); or ``truncated`` (a paywall prompt ends a teaser). The evidence is in
    ``provenance["access"]``."""

    fetched_at: str = ""
    """When the page was fetched, ISO 8601 UTC (``2025-07-16T08:00:00Z``)."""

    content_hash: str = ""
    """SHA-256 (hex) of the normalised title + body: the version's identity.
    Filled by :func:`content_hash` when the record is built."""

    provenance: dict[str, str] = field(default_factory=dict)
    """Where each field came from: ``json-ld``, ``opengraph``, ``meta``, ``microdata``,
    ``html`` (a semantic element such as ``<time>`` or ``<h1>``) or ``heuristic``;
    raw strings as printed (``published_raw``, ``byline_raw``) are kept here too."""

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, fields in contract order."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build a record from :meth:`to_dict` output (unknown keys are ignored)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["body_blocks"] = [
            b if isinstance(b, Block) else Block(**b) for b in values.get("body_blocks") or []
        ]
        values["related"] = [
            r if isinstance(r, RelatedLink) else RelatedLink(**r) for r in values.get("related") or []
        ]
        values["images"] = [
            i if isinstance(i, Image) else Image(**i) for i in values.get("images") or []
        ]
        if values.get("access") is None:  # exports of archives made before the field
            values.pop("access", None)
        return cls(**values)


# What became of a fetched URL. The archive's ``fetches.outcome`` takes these values.
OUTCOMES = (
    "stored",       # a new article, or a new version of one
    "unchanged",    # an article whose content hash (or a 304 answer) says nothing changed
    "not-article",  # a listing, sitemap, feed or other page: followed, not stored
    "duplicate",    # an article already stored in this crawl under another URL
    "robots",       # forbidden by robots.txt, never fetched
    "error",        # network error or HTTP error
    "parse-error",  # the parser raised on the page: the reason holds the exception
    "gone",         # 404/410 for an article in the archive: marked gone, never deleted
    "redirect",     # answered with a redirect; the target gets its own row
    "dropped",      # an item pipeline refused the record (the reason says why)
    "offsite",      # a redirect (or request) off the crawl's sites: not followed
    "trap",         # refused by the trap defence (page budget, repeating path, calendar, pagination)
    "too-old",      # an article published before the crawl's --since date: not stored
    "checked",      # fetched to check another page's canonical link against its own page
    "later-page",   # a later page of a multi-page story: its text is in the first page's record
)

# Answers that mark an archived article gone.
GONE_STATUSES = (404, 410)

# The finish reason of a crawl stopped by its page limit (``--max-pages``).
MAX_PAGES_REASON = "max_pages"

# The finish reason of a crawl stopped because it could not store a page: the
# archive turned out damaged, stayed locked by another program past the busy
# timeout, or the disk is full (followed by the one-line error naming the archive).
ARCHIVE_FAULT_REASON = "archive fault: "

# The finish reason of a distributed crawl whose Redis went away mid-crawl
# ("lost Redis at URL: why"), followed by the one-line error.
LOST_REDIS_REASON = "lost Redis at "

# Scrapy finish reasons of a crawl that ended as asked (a page limit is asked for).
NORMAL_FINISH_REASONS = ("finished", MAX_PAGES_REASON, "closespider_pagecount")



@dataclass(kw_only=True, slots=True)
class FetchRecord:
    """One URL fetched (or refused) in a crawl, and what became of it."""

    url: str
    """The URL requested."""

    outcome: str
    """One of :data:`OUTCOMES`."""

    reason: str | None = None
    """Why, in words: "listing page", "HTTP 500", "missing title", ..."""

    status: int | None = None
    """HTTP status of the answer; null when there was none (network error, robots)."""

    bytes: int | None = None
    """Size of the response body."""

    elapsed_ms: float | None = None
    """Download latency in milliseconds."""

    fetched_at: str = ""
    """When, ISO 8601 UTC."""

    canonical_url: str | None = None
    """The article's identity, when the page was an article."""

    page_kind: str | None = None
    """``Article.page_kind`` of the parsed page (``article``, ``listing``, ``page``);
    null when the page was not parsed (feeds, errors, robots, 304)."""

    etag: str | None = None
    """The response's ``ETag`` header, kept for conditional requests."""

    last_modified: str | None = None
    """The response's ``Last-Modified`` header, kept for conditional requests."""

    content_type: str | None = None
    """The response's ``Content-Type`` header."""

    requested: tuple[str, ...] = ()
    """The URLs of the request this record answers: those it was redirected from,
    then its own (not stored in ``fetches``: they mark the crawl's frontier done)."""

    retry: bool = False
    """A failure that may pass, after Scrapy's own retries (an error of
    ``RETRY_EXCEPTIONS``: a network error, a timeout; a status of
    ``RETRY_HTTP_CODES``: 5xx, 408, 429): the crawl that continues this one fetches
    the URL again (``archive/frontier.py``). Not stored in ``fetches``."""


@dataclass(kw_only=True, slots=True)
class RawResponse:
    """The raw HTTP exchange behind a record, for WARC files and re-extraction."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    """Response headers, in order, as sent."""
    body: bytes
    """Response body as received (after content decoding)."""
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    fetched_at: str = ""


@dataclass(kw_only=True, slots=True)
class ArticlePage:
    """An article found on a fetched page: the record, how it was fetched, the raw response."""

    article: Article
    fetch: FetchRecord
    raw: RawResponse | None = None
    later_raw: list[RawResponse] = field(default_factory=list)
    """A multi-page story's later pages' raw answers, in order (kept in the WARC file with ``raw``)."""
    first_page_blocks: int | None = None
    """A multi-page story's: how many of ``article.body_blocks`` are its first page's
    (the canonical link's check compares those with the canonical's own page)."""


@dataclass(kw_only=True, slots=True)
class ErrorPage:
    """A 404 / 410 answer, with its raw response: when the URL is an archived
    article, the archive pipeline marks it gone and keeps the answer in the
    crawl's WARC file (so ``import-warc`` sees the article go, too)."""

    fetch: FetchRecord
    raw: RawResponse


ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article))



def normalise_for_hash(text: str) -> str:
    """Unicode NFC, whitespace collapsed and stripped (case is kept: it is an edit).

    >>> normalise_for_hash("  Hello\\n  World ")
    'Hello World'
    """
    return " ".join(unicodedata.normalize("NFC", text).split())  # str.split splits where \s+ matches


def content_hash(title: str, body: str) -> str:
    """The version identity: SHA-256 of the normalised title and body.

    Layout-only changes (sidebars, related lists, whitespace) leave it unchanged.
    """
    payload = normalise_for_hash(title) + "\n" + normalise_for_hash(body)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def utc_now_iso() -> str:
    """Current time as ISO 8601 UTC with a ``Z`` suffix, second precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_utc(value: str | None) -> datetime | None:
    """An ISO 8601 timestamp (``Z`` or offset; naive means UTC) as aware UTC, or None.

    >>> parse_utc("2025-07-16T10:00:00+02:00").isoformat()
    '2025-07-16T08:00:00+00:00'
    >>> parse_utc("16 July") is None
    True
    >>> parse_utc("9999-12-31T23:59:59-14:00") is None  # past year 9999 in UTC
    True
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return moment.astimezone(timezone.utc)
    except OverflowError:  # a moment outside years 1..9999 in UTC: no timestamp Python holds
        return None
