"""RedirectLogMiddleware: a ``fetches`` row for every redirect answered.

Scrapy's RedirectMiddleware follows a redirect by scheduling its target, and the
duplicate filter may drop that target when it was already crawled, so the
spider never hears of the redirect. This downloader middleware sits just
outside RedirectMiddleware (priority 650 > 600: it sees responses first) and
announces each 3xx answer with the ``fetch_observed`` signal (the archive
pipeline records it), so no fetched URL goes unrecorded.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from crawler.items import FetchRecord, utc_now_iso
from crawler.signals import fetch_observed

REDIRECT_STATUSES = frozenset({300, 301, 302, 303, 307, 308})


def redirect_record(request: Request, response: Response) -> FetchRecord | None:
    """The ``redirect`` fetch row for a 3xx answer (its target in ``reason``), else None."""
    if response.status not in REDIRECT_STATUSES:
        return None
    location = response.headers.get("Location")
    target = urljoin(request.url, location.decode("latin-1")) if location else "nowhere"
    return FetchRecord(
        url=request.url, outcome="redirect", status=response.status,
        reason=f"redirected to {target}", fetched_at=utc_now_iso(), bytes=len(response.body),
    )


class RedirectLogMiddleware:
    """Record each redirect response with its target as a ``redirect`` fetch."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectLogMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        record = redirect_record(request, response)
        if record is not None:
            self.crawler.signals.send_catch_log(signal=fetch_observed, fetch=record)
        return response
