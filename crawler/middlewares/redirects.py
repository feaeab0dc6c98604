"""RedirectLogMiddleware: a ``fetches`` row for every redirect answered.

Scrapy's RedirectMiddleware follows a redirect by scheduling its target, and the
duplicate filter may drop that target when it was already crawled, so the
spider never hears of the redirect. This downloader middleware sits just
outside RedirectMiddleware (priority 650 > 600: it sees responses first) and
hands each 3xx answer to the archive pipeline, so no fetched URL goes unrecorded.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from crawler.items import FetchRecord, utc_now_iso
from pipelines.store import ArchivePipeline

REDIRECT_STATUSES = frozenset({300, 301, 302, 303, 307, 308})


class RedirectLogMiddleware:
    """Record each redirect response with its target as a ``redirect`` fetch."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectLogMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in REDIRECT_STATUSES:
            location = response.headers.get("Location")
            target = urljoin(request.url, location.decode("latin-1")) if location else "nowhere"
            store = self.crawler.get_item_pipeline(ArchivePipeline)
            if store is not None and store.writer is not None:
                store.record(FetchRecord(
                    url=request.url, outcome="redirect", status=response.status,
                    reason=f"redirected to {target}", fetched_at=utc_now_iso(),
                    bytes=len(response.body),
                ))
        return response
