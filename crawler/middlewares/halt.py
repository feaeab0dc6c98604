"""StoreFailureHaltMiddleware: a crawl whose archive cannot store a page fetches no more.

A store failure (the archive damaged, locked past ``CLIPPINGS_BUSY_TIMEOUT``, the
disk full) closes the crawl (:meth:`pipelines.store.ArchivePipeline.stop_for_fault`),
and Scrapy's close starts nothing from the scheduler; but it waits for every request
the engine holds, and those include the requests handed to the downloader and queued
in their site's slot behind the delay (up to ``CONCURRENT_REQUESTS``, one per delay):
a damaged archive's crawl went on fetching 17 pages for 10 s, each then lost. Told
of the failure (:data:`crawler.signals.store_failed`, on the reactor thread before
the close begins), this middleware drops the requests queued in every download slot
and refuses every request that reaches it later (a robots.txt wait ending, a retry, a
redirect's target, a canonical check), each with
:class:`~crawler.exceptions.StoppedByStoreFailure`: no ``fetches`` row, the URL stays
``pending`` in the crawl's frontier, and the next crawl of the same seeds (its archive
repaired) fetches it. Only the downloads already on the wire finish. Logged once,
counted in ``clippings/not_fetched_after_fault``.

The store fails on the archive writer's thread; the halt runs on the reactor
thread, later. In between, a download ending frees its slot and Scrapy sends the
next queued request straight from the slot's queue, past every middleware: under
load a story was sent after the failure was logged. So the crawl's download handler
(:class:`HaltingDownloadHandler`, the last step before the wire) is told first
(:data:`crawler.signals.store_failing`, on the failing thread, before the failure is
logged) and refuses every request from then on, the same way. It also refuses the
one Scrapy had already taken from a slot's queue (as a task, not yet at the handler)
when the halt emptied the queue: seen under load as the halt's line, then the story.

It sits after every middleware that waits (robots.txt at 100, the site guard's
look-up at 55), and before Scrapy's DownloaderStats (850) and the page limit (950):
a request it refuses is not counted as sent (one dropped from a slot's queue had
been; ``downloader/response_count`` counts what was fetched).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.download import BoundedHeadDownloadHandler
from crawler.exceptions import StoppedByStoreFailure
from crawler.signals import store_failed, store_failing

logger = logging.getLogger(__name__)

#: The stat counting the requests dropped or refused after the failure.
NOT_FETCHED = "clippings/not_fetched_after_fault"


class StoreFailureHaltMiddleware:
    """Send no request to the network once a page could not be stored."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.halted = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoreFailureHaltMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.store_failed, signal=store_failed)
        return middleware

    def store_failed(self, reason: str = "") -> None:
        """Drop what waits in the download slots; refuse what comes later."""
        if self.halted:
            return
        self.halted = True
        dropped = self.drop_queued()
        logger.warning("the archive cannot store pages: no request is sent from now on (%d waiting in the "
                       "downloader dropped, left pending for the next crawl): %s", dropped, reason)

    def drop_queued(self) -> int:
        """Fail every request queued in a download slot (not yet sent)."""
        # (Scrapy's own way to read it before the crawl starts: ``crawler.engine`` raises then)
        engine = self.crawler._engine
        if engine is None:
            return 0
        dropped = 0
        for slot in list(engine.downloader.slots.values()):
            waiting = list(slot.queue)
            slot.queue.clear()
            for _request, deferred in waiting:
                dropped += 1
                self.count()
                deferred.errback(Failure(StoppedByStoreFailure()))
        return dropped

    def process_request(self, request: Request, spider: object = None) -> None:
        if self.halted:
            self.count()
            raise StoppedByStoreFailure()

    def count(self) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(NOT_FETCHED)


class HaltingDownloadHandler(BoundedHeadDownloadHandler):
    """The crawl's HTTP(S) download handler (``DOWNLOAD_HANDLERS``): sends no request
    once a page could not be stored, told at once on the thread whose store failed."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.stats = crawler.stats
        self.halted = False
        crawler.signals.connect(self.store_failing, signal=store_failing)

    def store_failing(self) -> None:
        """Off the reactor thread: only the flag is set (read on the reactor's)."""
        self.halted = True

    async def download_request(self, request: Request) -> Response:
        if self.halted:
            if self.stats:
                self.stats.inc_value(NOT_FETCHED)
            raise StoppedByStoreFailure()
        return await super().download_request(request)
