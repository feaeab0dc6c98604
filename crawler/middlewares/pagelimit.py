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
(:meth:`PageLimitMiddleware.give_back`); so does a redirect the crawl does not
follow (mailto:, a URL past ``URLLENGTH_LIMIT``) and a chain of redirects past
``REDIRECT_MAX_TIMES`` (the ``page_unfetched`` signal: :meth:`PageLimitMiddleware.no_page`).

At the first refusal the crawl finishes the pages it counted and fetches no
other (:meth:`crawler.frontier.Frontier.finish_counted`): a retry of a page that
answered 503, waiting in the scheduler behind the links found meanwhile (Scrapy
lowers a retry's priority), and a redirect still to follow are fetched; the
spider's ``start()`` yields no more, the scheduler drops the other requests it
holds (they stay pending in the frontier), and once the crawl is idle it closes
with the finish reason ``max_pages``. So ``--max-pages N`` gives N pages with
their final answers, where the site gives them. (Before, the crawl closed at the
first refusal: a retry still waiting was never fetched, and its page, pending
for the next crawl, had spent a slot of this one's.) A slot given back after the
first refusal fetches the next page refused (kept aside, at most as many as
slots may still be given back) or waiting in the scheduler, or, in a crawl that
continues another, the next frontier row it had not read
(:meth:`crawler.frontier.Frontier.free_slot`), so the N pages are N answers
where the site has them. (Before, that slot was lost.) The requests refused are
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
from crawler.frontier import AWAITED, COUNTED, FREE_SLOT, counted, frontier_of
from crawler.items import MAX_PAGES_REASON
from crawler.middlewares.guards import is_crawl_request
from crawler.robots import is_robots_request
from crawler.signals import page_unfetched

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
        crawler.signals.connect(middleware.no_page, signal=page_unfetched)  # a redirect not followed
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
            request.meta.pop(FREE_SLOT, None)
            return
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/max_pages_refused")
        request.meta.pop(FREE_SLOT, None)  # sent on a slot another request took: it is not free again
        frontier = frontier_of(self.crawler)
        if not self.closing:
            self.closing = True
            frontier.finish_counted(keep=self.limit - self.given_back)
        if is_crawl_request(request) and not request.meta.get(AWAITED):
            # (a canonical check's caller, a story's held first page await the answer: not kept)
            frontier.hold(request)
        raise PastMaxPages()

    def process_exception(self, request: Request, exception: Exception, spider: object = None) -> None:
        """A redirect's target refused before the network (a seed, off the crawl's
        sites, a trap, robots.txt, archived already): :meth:`give_back`. A page
        sent on a slot given back and refused before it was counted (a trap,
        robots.txt) leaves the slot free for the next."""
        if isinstance(exception, IgnoreRequest) and request not in self.passed:
            self.give_back(request)
        if request.meta.pop(FREE_SLOT, False) and not request.meta.get(COUNTED):
            frontier_of(self.crawler).free_slot()

    def give_back(self, request: Request, spider: object = None) -> None:
        """A page counted whose redirect's target is dropped unfetched (a loop, a page
        this crawl asked for or the one it continues did, a seed, off the crawl's
        sites) brought no page: its slot is given back, so ``--max-pages N`` gives
        N pages, as the summary's ``pages fetched`` counts them (its ``redirect``
        rows are kept). At most :attr:`limit` slots are given back (a site whose
        every link redirects to one page costs at most twice the limit in
        pages asked, each with its redirects: up to ``REDIRECT_MAX_TIMES`` hops
        a page)."""
        if request.meta.get("redirect_urls"):
            self.no_page(request)

    def no_page(self, request: Request, spider: object = None) -> None:
        """A page counted that brought no page (:meth:`give_back`; ``page_unfetched``:
        a redirect not followed, a chain past ``REDIRECT_MAX_TIMES``): its slot is
        given back, at most :attr:`limit` times. Once the limit is reached, the slot
        goes to the next page refused or waiting (:meth:`crawler.frontier.Frontier.free_slot`)."""
        meta = request.meta
        if not meta.get(COUNTED) or meta.get(GIVEN_BACK) or self.given_back >= self.limit:
            return
        meta[GIVEN_BACK] = True
        self.given_back += 1
        self.sent -= 1
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/max_pages_given_back")
        if self.closing:
            frontier_of(self.crawler).free_slot()
