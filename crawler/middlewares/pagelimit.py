"""PageLimitMiddleware: a hard ``--max-pages``.

Scrapy's ``CLOSESPIDER_PAGECOUNT`` counts responses and then asks the engine to
close, but every request already handed to the downloader still completes: with
16 requests in flight a limit of 5 fetched 20 pages. This downloader middleware
counts requests as they leave for the network and refuses every one past the
limit, so a crawl fetches at most ``CLIPPINGS_MAX_PAGES`` pages (robots.txt files
are not pages and are not counted). A page is counted once, as its first request
leaves: Scrapy's retries of it and the requests of its redirects carry the mark
(:data:`COUNTED`, copied with the request's meta; never kept in the frontier) and
are not counted again, so a page reached through a redirect is one page, as the
summary's ``pages fetched`` counts it. (Before, each redirect was a page of the
limit: ``--max-pages 4`` with one redirect among them fetched 3 pages.) At the
first refusal it closes the crawl
with the finish reason ``max_pages``; the requests it refused are counted in the
stat ``clippings/max_pages_refused`` (they were never fetched, so they get no
``fetches`` row).

Setting: ``CLIPPINGS_MAX_PAGES`` (0, the default: no limit).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from crawler.exceptions import PastMaxPages
from crawler.items import MAX_PAGES_REASON
from crawler.robots import is_robots_request

#: Request meta: the page this request fetches was counted (its first request,
#: copied to its retries and redirects).
COUNTED = "clippings_page_counted"


class PageLimitMiddleware:
    """Let at most ``limit`` page requests through to the downloader."""

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.sent = 0
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageLimitMiddleware:
        limit = crawler.settings.getint("CLIPPINGS_MAX_PAGES", 0)
        if limit <= 0:
            raise NotConfigured
        return cls(crawler, limit)

    def process_request(self, request: Request, spider: object = None) -> None:
        if is_robots_request(request):
            return
        if request.meta.get(COUNTED) or request.meta.get("retry_times"):  # a retry, a redirect: counted already
            return
        if self.sent < self.limit:
            self.sent += 1
            request.meta[COUNTED] = True
            return
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/max_pages_refused")
        if not self.closing and self.crawler.engine is not None:
            self.closing = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=MAX_PAGES_REASON))
        raise PastMaxPages()
