"""Downloader middlewares that let a re-crawl use what the archive already knows.

- :class:`ConditionalRequestsMiddleware` (``CLIPPINGS_CONDITIONAL``, default on):
  sends ``If-None-Match`` / ``If-Modified-Since`` for pages archived as articles,
  so an unchanged page answers 304 and is not downloaded or parsed again.
- :class:`SkipArchivedMiddleware` (``CLIPPINGS_NEW_ONLY``, default off): does not
  request article URLs the archive already holds, for frequent runs from
  sitemaps and feeds. Seeds are always fetched.

- :class:`RevisitArchivedMiddleware` (``CLIPPINGS_REVISIT``, default on): a
  spider middleware that re-requests archived live articles, so deleted ones
  are marked gone.

All read ``CLIPPINGS_DB``; an archive that does not exist yet knows nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request

from archive.lookups import article_validators, is_archived, live_article_urls
from crawler.exceptions import AlreadyArchived
from crawler.frontier import AWAITED
from crawler.urls import site_key as netloc_key

# After everything the seeds lead to.
REVISIT_PRIORITY = -1000


class _ArchiveReader:
    """A lazily opened read connection to the crawl's archive."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database | None:
        """The archive once it has its tables (the store pipeline creates them when
        the spider opens); checked until then, then kept: this runs per request."""
        if self._db is None and Path(self.db_path).is_file():
            db = sqlite_utils.Database(self.db_path)
            if db["articles"].exists():
                self._db = db
            else:
                db.close()
        return self._db


class ConditionalRequestsMiddleware(_ArchiveReader):
    """Add validators from the archive to requests for archived articles."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        if not crawler.settings.getbool("CLIPPINGS_CONDITIONAL", True):
            raise NotConfigured
        return cls(crawler.settings.get("CLIPPINGS_DB"))

    def process_request(self, request: Request) -> None:
        # A canonical-link check needs the page itself, not "not modified"; so does a
        # multi-page story's later page (AWAITED: its text joins its first page's; an
        # archive from before stories were joined holds it as an article, and its 304
        # left the story stored without it).
        if (request.method != "GET" or b"If-None-Match" in request.headers or request.meta.get("canonical_check")
                or request.meta.get(AWAITED)):
            return
        db = self.db
        found = article_validators(db, request.url) if db is not None else None
        if found:
            etag, last_modified = found
            if etag:
                request.headers["If-None-Match"] = etag
            if last_modified:
                request.headers["If-Modified-Since"] = last_modified
        return


class SkipArchivedMiddleware(_ArchiveReader):
    """Refuse requests for articles the archive already holds (seeds excepted)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipArchivedMiddleware:
        if not crawler.settings.getbool("CLIPPINGS_NEW_ONLY", False):
            raise NotConfigured
        return cls(crawler.settings.get("CLIPPINGS_DB"))

    def process_request(self, request: Request) -> None:
        # (a story's later page: awaited, its text joins a new first page's)
        if request.meta.get("seed") or request.meta.get("canonical_check") or request.meta.get(AWAITED):
            return
        db = self.db
        if db is not None and is_archived(db, request.url):
            raise AlreadyArchived()
        return


class RevisitArchivedMiddleware(_ArchiveReader):
    """Spider middleware: after the seeds, request the archive's live articles on
    the seeds' sites again, even when no page links to them any more, so that an
    article deleted from the site (404 / 410) is noticed and marked gone.

    Setting ``CLIPPINGS_REVISIT`` (default on). Not in only-new runs
    (``CLIPPINGS_NEW_ONLY``, a spider ``since``), which are about new articles.
    The requests have the lowest priority, get the usual conditional headers,
    and are made once (the duplicate filter drops the same URL found as a link).
    """

    def __init__(self, db_path: str, crawler: Crawler) -> None:
        super().__init__(db_path)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RevisitArchivedMiddleware:
        settings = crawler.settings
        if not settings.getbool("CLIPPINGS_REVISIT", True) or settings.getbool("CLIPPINGS_NEW_ONLY", False):
            raise NotConfigured
        return cls(settings.get("CLIPPINGS_DB"), crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for request in start:
            yield request
        spider = self.crawler.spider
        db = self.db
        if db is None or spider is None or getattr(spider, "since", None) is not None:
            return
        sites: set[str] = getattr(spider, "sites", set())
        urls = [url for url in live_article_urls(db) if netloc_key(url) in sites]
        if self.crawler.stats:
            self.crawler.stats.set_value("clippings/revisits", len(urls))
        for url in urls:
            yield Request(url, callback=spider.parse, errback=getattr(spider, "on_error", None),
                          meta={"revisit": True}, priority=REVISIT_PRIORITY)
