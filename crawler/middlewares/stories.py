"""A story's later page is fetched once (crawler/spiders/stories.py).

A listing that links a story's page 2 and the story itself (its first page's pager)
each ask for the page: the story's request goes around the duplicate filter (the
listing may have asked first), so the page was fetched twice. The story takes a
page read on its own already (:attr:`StoryPagesMixin.later_pages_read`), and once it
has asked for a page the crawl's own request for it is not sent: this middleware
drops it (:class:`~crawler.exceptions.StoryPageTaken`: no row, the story's request
writes the page's). A story whose next page is in flight already (asked for by a
listing at the same moment: the middleware notes the requests it lets through)
waits for that answer instead (:attr:`StoryPagesMixin.stories_waiting`); that request
retried (Scrapy's RetryMiddleware sends it through this middleware again) is sent: it
is the one the story waits for (it was dropped, and the story stored without the page);
one whose redirect the duplicate filter drops never comes back, and the story asks for
the page itself (:meth:`StoryPageTakenMiddleware.dropped`).
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request

from crawler.exceptions import StoryPageTaken
from crawler.middlewares.guards import is_crawl_request
from crawler.spiders.stories import STORY, StoryPagesMixin
from crawler.urls import canonicalize_url

logger = logging.getLogger(__name__)


class StoryPageTakenMiddleware:
    """Downloader middleware: a page request for a story's later page that the story
    has asked for already is not sent (counted as ``clippings/story_pages_read_once``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoryPageTakenMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.dropped, signal=signals.request_dropped)
        return middleware

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        if not isinstance(spider, StoryPagesMixin) or STORY in request.meta or not is_crawl_request(request):
            return
        key = canonicalize_url(request.url)
        # (one in flight that comes again is that request retried, a story may wait for it)
        if key not in spider.pages_in_flight and spider.story_page_taken(key):
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/story_pages_read_once")
            raise StoryPageTaken(request.url)
        if spider.waits_for_pages_in_flight:
            spider.pages_in_flight.add(key)

    def dropped(self, request: Request, spider: object = None) -> None:
        """``request_dropped`` (the duplicate filter dropped a redirect's target, a
        page the crawl asked for already): the request redirected never comes back to
        the spider, so it is no longer in flight, and a story waiting for its answer
        asks for its page itself. (It stayed in flight for good: a story whose pager
        linked it waited, its first page held, until the crawl was idle.)"""
        crawl = self.crawler.spider
        if not isinstance(crawl, StoryPagesMixin) or not crawl.pages_in_flight:
            return
        waiting = crawl.waiting_story(request)
        if waiting is not None:
            self.crawler.engine.crawl(crawl.next_page_request(*waiting))

    def idle(self) -> None:
        """``spider_idle``: a story still waiting for a request in flight (whose answer
        never came back to the spider: none should) asks for its page itself; its
        first page is held, and would be lost at the crawl's end."""
        spider = self.crawler.spider
        if not isinstance(spider, StoryPagesMixin) or not spider.stories_waiting:
            return
        for request in spider.stories_unanswered():
            logger.warning("story page %s: the request in flight for it never came back; fetched again", request.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/story_pages_unanswered")
            self.crawler.engine.crawl(request)
        raise DontCloseSpider
