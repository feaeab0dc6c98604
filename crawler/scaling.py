"""Every core on one machine: article extraction in worker processes.

``parse_article`` is pure CPU work (lxml, scoring, dates): run on the reactor
thread it bounds a crawl to one core. :class:`ExtractionPoolMiddleware` is a
downloader middleware that hands each HTML answer to a
``concurrent.futures.ProcessPoolExecutor`` and awaits the result (an asyncio
future on Scrapy's asyncio reactor), so the reactor keeps downloading while the
pool parses. The spider then takes the finished record from the request's meta
(:func:`extracted_article`) instead of parsing itself; the record is the same
one ``parse_article`` gives in process (the same function runs in the pool).

Back-pressure: a response waiting for the pool stays in the downloader's active
set, so at most ``CONCURRENT_REQUESTS`` pages (and their bodies) wait at once.

Setting ``CLIPPINGS_PROCESSES``: number of pool processes (``clippings crawl
--processes N``; default: the machine's cores; 0 parses on the reactor thread).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response, TextResponse

from crawler.items import Article, utc_now_iso
from crawler.parsers import parse_article

logger = logging.getLogger(__name__)

EXTRACTED = "clippings_extracted"
"""Request meta key: ``(article or None, exception or None)`` from the pool."""
HTML_TYPES = (b"text/html", b"application/xhtml")


def default_processes() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract(body: bytes, url: str, fetched_at: str, encoding: str | None) -> Article | None:
    """What a pool process runs: ``parse_article``, nothing more (picklable, top level)."""
    return parse_article(body, url, fetched_at=fetched_at, encoding=encoding)


def extracted_article(response: Response, fetched_at: str) -> Article | None:
    """The page's record: the pool's when it parsed this response, else parsed here.

    An exception the parser raised in the pool is raised again here, so the
    spider records it the same way as one raised in process.
    """
    done = response.meta.pop(EXTRACTED, None) if response.request is not None else None
    if done is None:
        encoding = response.encoding if isinstance(response, TextResponse) else None
        return parse_article(response.body, response.url, fetched_at=fetched_at, encoding=encoding)
    article, error = done
    if error is not None:
        raise error
    if article is not None:
        article.fetched_at = fetched_at  # the spider's fetch time, as when parsed in process
    return article


def is_html(response: Response) -> bool:
    content_type = (response.headers.get("Content-Type") or b"").lower()
    return response.status == 200 and isinstance(response, TextResponse) and content_type.startswith(HTML_TYPES)


class ExtractionPoolMiddleware:
    """Parse HTML answers in a process pool before they reach the spider."""

    def __init__(self, crawler: Crawler, processes: int) -> None:
        self.crawler = crawler
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPoolMiddleware:
        processes = crawler.settings.getint("CLIPPINGS_PROCESSES", -1)
        if processes < 0:
            processes = default_processes()
        if processes == 0:
            raise NotConfigured("CLIPPINGS_PROCESSES is 0: parsing on the reactor thread")
        middleware = cls(crawler, processes)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def start_pool(self) -> ProcessPoolExecutor:
        # forkserver: the pool's processes are not forks of this threaded reactor
        # process; they import the parsers once, in the fork server.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["crawler.parsers"])
        self.pool = ProcessPoolExecutor(self.processes, mp_context=context)
        if self.crawler.stats:
            self.crawler.stats.set_value("clippings/extraction_processes", self.processes)
        return self.pool

    async def process_response(self, request: Request, response: Response) -> Response:
        if not is_html(response):
            return response
        pool = self.pool or self.start_pool()
        encoding = response.encoding if isinstance(response, TextResponse) else None
        future = pool.submit(extract, response.body, response.url, utc_now_iso(), encoding)
        try:
            article = await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            # A pool process died (killed, out of memory): parse this page in
            # process, start a new pool for the next ones; counted and logged.
            logger.error("extraction pool broken (%s): parsing %s in process", exc, response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/extraction_pool_broken")
            self.pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            return response
        except Exception as exc:  # the parser's own error: the spider records it
            request.meta[EXTRACTED] = (None, exc)
        else:
            request.meta[EXTRACTED] = (article, None)
        return response

    def spider_closed(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
