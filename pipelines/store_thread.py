"""ThreadedArchivePipeline (800): the archive pipeline, writing from a thread of its own.

Storing a page is SQLite work (versions, FTS5, fetch rows) and gzip (the WARC
record): a few milliseconds a page that would otherwise hold the reactor
thread, which downloads, follows links and schedules for the whole crawl.
Both release the GIL while they work, so one writer thread runs them beside
the reactor. Everything that touches the archive (opening it, every item,
dropped items, redirect rows, closing the crawl) goes through one thread for
the whole process, in the order it came: SQLite keeps one writer, and each
connection is used by the thread that opened it. Each job runs in the context of
the code that handed it over (the command's: the archive's path resolved once,
:func:`archive.archive_file.resolved_once`), so the crawl writes to its end the
file its command checked, even with the archive's link pointed elsewhere meanwhile.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from scrapy import Spider

from crawler.items import FetchRecord
from pipelines.store import ArchivePipeline

logger = logging.getLogger(__name__)

# One writer thread for the whole process: crawls run side by side in one
# reactor (``clippings crawl --sites``) write the same archive, and two threads
# writing one SQLite file would make one of them fail with "database is locked".
WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")


class ThreadedArchivePipeline(ArchivePipeline):
    """:class:`ArchivePipeline` with every archive write on one writer thread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.thread = WRITER

    def open_spider(self) -> None:
        self.submit(super().open_spider).result()

    async def process_item(self, item: Any) -> Any:  # type: ignore[override]
        return await asyncio.wrap_future(self.submit(super().process_item, item))

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Spider) -> None:
        self.later(super().item_dropped, item, response, exception, spider)

    def fetch_observed(self, fetch: FetchRecord) -> None:
        self.later(super().fetch_observed, fetch)

    def close_spider(self) -> None:
        # The reactor thread's connections (the done URLs' check, the rows taken over)
        # closed on it: closed on the writer thread, SQLite raised ProgrammingError,
        # which cut the close short (no clusters, the WARC file left open).
        self.closing_step("close the read connections", self.close_readers)
        self.submit(super().close_spider).result()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.submit(super().spider_closed, spider, reason).result()

    def later(self, job: Callable[..., None], *args: Any) -> None:
        """Run ``job`` on the writer thread without waiting; its failure is logged and counted."""
        self.submit(job, *args).add_done_callback(self.check)

    def submit(self, job: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``job`` on the writer thread in a copy of the caller's context (the
        thread's own has none of the command's: it resolved the archive's path anew
        at each check, and followed a link pointed elsewhere mid-crawl)."""
        return self.thread.submit(contextvars.copy_context().run, job, *args)

    def check(self, done: Future[None]) -> None:
        error = done.exception()
        if error is not None:
            logger.error("archive write failed: %s: %s", type(error).__name__, error, exc_info=error)
            if self.crawler and self.crawler.stats:
                self.crawler.stats.inc_value("clippings/archive_errors")
