"""Downloader middlewares that let a re-crawl use what the archive already knows.

- :class:`ConditionalRequestsMiddleware` (``CLIPPINGS_CONDITIONAL``, default on):
  sends ``If-None-Match`` / ``If-Modified-Since`` for pages archived as articles,
  so an unchanged page answers 304 and is not downloaded or parsed again.
- :class:`SkipArchivedMiddleware` (``CLIPPINGS_NEW_ONLY``, default off): does not
  request article URLs the archive already holds, for frequent runs from
  sitemaps and feeds. Seeds are always fetched.

Both read ``CLIPPINGS_DB``; an archive that does not exist yet knows nothing.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request

from archive.recrawl import article_validators, is_archived
from crawler.items import ALREADY_ARCHIVED

class _ArchiveReader:
    """A lazily opened read connection to the crawl's archive."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database | None:
        if self._db is None and Path(self.db_path).is_file():
            self._db = sqlite_utils.Database(self.db_path)
        return self._db if self._db is not None and self._db["articles"].exists() else None


class ConditionalRequestsMiddleware(_ArchiveReader):
    """Add validators from the archive to requests for archived articles."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        if not crawler.settings.getbool("CLIPPINGS_CONDITIONAL", True):
            raise NotConfigured
        return cls(crawler.settings.get("CLIPPINGS_DB"))

    def process_request(self, request: Request) -> None:
        if request.method != "GET" or b"If-None-Match" in request.headers:
            return None
        db = self.db
        found = article_validators(db, request.url) if db is not None else None
        if found:
            etag, last_modified = found
            if etag:
                request.headers["If-None-Match"] = etag
            if last_modified:
                request.headers["If-Modified-Since"] = last_modified
        return None


class SkipArchivedMiddleware(_ArchiveReader):
    """Refuse requests for articles the archive already holds (seeds excepted)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipArchivedMiddleware:
        if not crawler.settings.getbool("CLIPPINGS_NEW_ONLY", False):
            raise NotConfigured
        return cls(crawler.settings.get("CLIPPINGS_DB"))

    def process_request(self, request: Request) -> None:
        if request.meta.get("seed"):
            return None
        db = self.db
        if db is not None and is_archived(db, request.url):
            raise IgnoreRequest(ALREADY_ARCHIVED)
        return None
