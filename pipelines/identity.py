"""IdentityPipeline (250): a page may not take over another article's identity.

A page whose canonical link names another URL of its site (print and AMP views,
URL variants do this honestly; a hostile page does it to overwrite an article)
is stored under that URL only when that URL's own page agrees: it declares
itself, and the claiming page says nothing it does not (same title, every
paragraph found in its body). What the own page says is read from the archive
(an article stored from its own URL, in this crawl or an earlier one), or else
fetched once (a ``checked`` row in ``fetches``). Otherwise the page keeps its own URL, and the
disagreement is recorded in ``provenance["canonical_url"]`` and the fetch's
reason, never silently resolved.

Canonical links to another site are refused earlier, by the parser
(:func:`crawler.parsers.limits.page_identity`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse

from archive.lookups import own_record
from crawler import parsers
from crawler.items import Article, ArticlePage, FetchRecord, utc_now_iso
from crawler.signals import fetch_observed
from crawler.urls import canonicalize_url, same_page, site_key, site_of

logger = logging.getLogger(__name__)
_SPACE = re.compile(r"\s+")
# Checked own pages kept in memory (a hostile site may claim many URLs).
MAX_CHECKED = 1_000


def page_key(url: str) -> tuple[str, str, str]:
    """A URL's identity with the scheme and ``www.`` set aside."""
    parts = urlsplit(url)
    return site_key(url), parts.path, parts.query


def normalised(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass(frozen=True, slots=True)
class OwnPage:
    """What a URL's own page says of itself: the canonical URL it declares (None
    when it is no article, or could not be had, and ``why``), its title and body."""

    declares: str | None
    title: str = ""
    body: str = ""
    why: str = ""

    @classmethod
    def of(cls, article: Article) -> OwnPage:
        return cls(article.canonical_url, article.title, article.body)


def disagreement(claimant: Article, claimed: str, own: OwnPage, first_blocks: int | None = None) -> str | None:
    """Why ``claimant`` may not be stored under ``claimed``, or None when it may.
    ``first_blocks``: for a multi-page story the crawl joined, how many of its blocks
    are its first page's (the page the canonical link is on; its own page is one page too)."""
    if own.declares is None:
        return f"canonical {claimed} not confirmed by its own page ({own.why})"
    if not same_page(own.declares, claimed):
        return f"canonical {claimed} refused: that page names {own.declares} as its own"
    if normalised(claimant.title) != normalised(own.title):
        return f"canonical {claimed} refused: its own page has another title ({own.title[:80]!r})"
    body = normalised(own.body)
    if any(normalised(block.text) not in body for block in claimant.body_blocks[:first_blocks]):
        return f"canonical {claimed} refused: this page has text its own page has not"
    return None


class IdentityPipeline:
    """Keep each ArticlePage whose canonical link is not confirmed under its own URL."""

    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        # Own pages fetched to check a claim; those crawled are read back from the archive.
        self.checked: dict[tuple[str, str, str], OwnPage] = {}
        self._db: sqlite_utils.Database | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdentityPipeline:
        return cls(crawler, crawler.settings.get("CLIPPINGS_DB"))

    def close_spider(self) -> None:
        if self._db is not None:
            self._db.close()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        article = item.article
        refused = article.provenance.get("canonical_url", "")
        if refused.startswith("refused: "):  # the parser refused it already: say so in the fetch
            named, _, said = refused.removeprefix("refused: ").rpartition(": ")
            item.fetch.reason = f"canonical {named} refused: " + (
                "off the page's own site" if said == "another site" else said)
        own_url = canonicalize_url(article.url)
        if same_page(article.canonical_url, own_url):
            return item
        claimed = article.canonical_url
        own = self.archived(claimed) or self.checked.get(page_key(claimed))
        if own is None:
            own = await self.fetch(claimed, own_url)
            if len(self.checked) >= MAX_CHECKED:
                self.checked.clear()
            self.checked[page_key(claimed)] = own
        why = disagreement(article, claimed, own, item.first_page_blocks)
        if why is not None:
            article.canonical_url, article.site = own_url, site_of(own_url)
            article.provenance["canonical_url"] = why
            item.fetch.canonical_url, item.fetch.reason = own_url, why
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/canonical_refused")
        return item

    def archived(self, claimed: str) -> OwnPage | None:
        """The archived record of ``claimed`` when it was stored from its own URL."""
        if self._db is None and Path(self.db_path).is_file():
            self._db = sqlite_utils.Database(self.db_path)
        found = own_record(self._db, claimed) if self._db is not None else None
        return OwnPage(*found) if found else None

    async def fetch(self, claimed: str, claimant: str) -> OwnPage:
        """Fetch ``claimed`` through the downloader (politeness, robots.txt and the
        site bounds apply; a site's page budget does not), parse it, and record the fetch as ``checked``."""
        assert self.crawler.engine is not None
        request = Request(claimed, meta={"canonical_check": True}, dont_filter=True)
        fetch = FetchRecord(url=claimed, outcome="checked", fetched_at=utc_now_iso())
        try:
            response: Response = await self.crawler.engine.download_async(request)
        except Exception as exc:  # any download failure: recorded, logged, counted
            logger.info("canonical check of %s failed: %r", claimed, exc)
            fetch.outcome, fetch.reason = "error", f"canonical check for {claimant}: {type(exc).__name__}: {exc}"
            self.record(fetch)
            return OwnPage(None, why=f"{type(exc).__name__}: {exc}")
        fetch.url, fetch.status, fetch.bytes = response.url, response.status, len(response.body)
        own = self.read(response)
        fetch.canonical_url = own.declares
        fetch.reason = f"own page of the canonical link of {claimant}: " + (
            f"declares {own.declares}" if own.declares else own.why)
        self.record(fetch)
        return own

    @staticmethod
    def read(response: Response) -> OwnPage:
        if response.status != 200:
            return OwnPage(None, why=f"HTTP {response.status}")
        if not isinstance(response, TextResponse):
            return OwnPage(None, why="not HTML")
        article = parsers.parse_article(response.body, response.url, encoding=response.encoding)
        return OwnPage.of(article) if article is not None else OwnPage(None, why="not an article page")

    def record(self, fetch: FetchRecord) -> None:
        """The check's ``fetches`` row, written by the archive pipeline."""
        self.crawler.signals.send_catch_log(signal=fetch_observed, fetch=fetch)
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/canonical_checks")
