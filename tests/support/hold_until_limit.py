"""A downloader middleware for the crawl tests: a request whose path starts with
``/hold/`` leaves for the network only once the crawl's ``--max-pages`` is
reached (:attr:`crawler.frontier.Frontier.counted_only`), so a page counted before
the limit answers after it, whatever the machine's speed. Set with
``-s DOWNLOADER_MIDDLEWARES='{"tests.support.hold_until_limit.HoldUntilLimitMiddleware": 960}'``
(after the page limit, 950: the request is counted first)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.http import Request

from crawler.frontier import frontier_of

POLL = 0.01  # seconds between looks at the condition


class HoldUntilLimitMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HoldUntilLimitMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if urlsplit(request.url).path.startswith("/hold/"):
            while not frontier_of(self.crawler).counted_only:
                await asyncio.sleep(POLL)
