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
limit: ``--max-pages 4`` with one redirect among them fetched 3 pages.) A
redirect whose target is dropped unfetched brings no page: its slot is given back
(:meth:`PageLimitMiddleware.give_back`).

At the first refusal the crawl finishes the pages it counted and fetches no
other (:meth:`crawler.frontier.Frontier.finish_counted`): a retry of a page that
answered 503, waiting in the scheduler behind the links found meanwhile (Scrapy
lowers a retry's priority), and a redirect still to follow are fetched; the
spider's ``start()`` yields no more, the scheduler drops the other requests it
holds (they stay pending in the frontier), and once the crawl is idle it closes
with the finish reason ``max_pages``. So ``--max-pages N`` gives N pages with
their final answers, where the site gives them. (Before, the crawl closed at the
first refusal: a retry still waiting was never fetched, and its page, pending
for the next crawl, had spent a slot of this one's.) The requests refused are
counted in the stat ``clippings/max_pages_refused`` (they were never fetched, so
they get no ``fetches`` row).

Setting: ``CLIPPINGS_MAX_PAGES`` (0, the default: no limit).
"""

from __future__ import annotations

import weakref

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, IgnoreRequest, NotConfigured

from crawler.exceptions import PastMaxPages
from crawler.frontier import COUNTED, counted, frontier_of
from crawler.items import MAX_PAGES_REASON
from crawler.robots import is_robots_request

__all__ = ["COUNTED", "PageLimitMiddleware"]

#: Request meta: the slot of this redirect's page was given back (:meth:`PageLimitMiddleware.give_back`).
GIVEN_BACK = "clippings_page_given_back"


class PageLimitMiddleware:
    """Let at most ``limit`` page requests through to the downloader."""

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.sent = 0
        self.closing = False
        self.given_back = 0
        """Slots given back (:meth:`give_back`), at most :attr:`limit`."""
        self.passed: weakref.WeakSet[Request] = weakref.WeakSet()
        """The redirects' targets let through to the network (their failures are fetches)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageLimitMiddleware:
        limit = crawler.settings.getint("CLIPPINGS_MAX_PAGES", 0)
        if limit <= 0:
            raise NotConfigured
        middleware = cls(crawler, limit)
        crawler.signals.connect(middleware.idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.give_back, signal=signals.request_dropped)  # the duplicate filter
        frontier_of(crawler).unfetched = middleware.give_back  # a URL done in the crawl continued
        return middleware

    def idle(self, spider: object = None) -> None:
        """``spider_idle``: the pages counted finished, the crawl closes as ``max_pages``."""
        if self.closing:
            raise CloseSpider(MAX_PAGES_REASON)

    def process_request(self, request: Request, spider: object = None) -> None:
        if is_robots_request(request):
            return
        if counted(request):  # a retry, a redirect: counted already
            if request.meta.get("redirect_urls"):
                self.passed.add(request)
            return
        if self.sent < self.limit:
            self.sent += 1
            request.meta[COUNTED] = True
            return
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/max_pages_refused")
        if not self.closing:
            self.closing = True
            frontier_of(self.crawler).finish_counted()
        raise PastMaxPages()

    def process_exception(self, request: Request, exception: Exception, spider: object = None) -> None:
        """A redirect's target refused before the network (a seed, off the crawl's
        sites, a trap, robots.txt, archived already): :meth:`give_back`."""
        if isinstance(exception, IgnoreRequest) and request not in self.passed:
            self.give_back(request)

    def give_back(self, request: Request, spider: object = None) -> None:
        """A page counted whose redirect's target is dropped unfetched (a loop, a page
        this crawl asked for or the one it continues did, a seed, off the crawl's
        sites) brought no page: its slot is given back, so ``--max-pages N`` gives
        N pages, as the summary's ``pages fetched`` counts them (its ``redirect``
        rows are kept). At most :attr:`limit` slots are given back (a site whose
        every link redirects to one page costs at most twice the limit in
        pages asked, each with its redirects: up to ``REDIRECT_MAX_TIMES`` hops
        a page), and none once the limit is reached."""
        meta = request.meta
        if (self.closing or not meta.get(COUNTED) or not meta.get("redirect_urls") or meta.get(GIVEN_BACK)
                or self.given_back >= self.limit):
            return
        meta[GIVEN_BACK] = True
        self.given_back += 1
        self.sent -= 1
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/max_pages_given_back")
