"""A Scrapy process whose crawl idles until stopped, its reactor started as a
worker's is (:class:`crawler.distributed.worker.EarlySignals`), after this process
sent itself SIGTERM ``COUNT`` times while it was built. Prints "ended" when the
reactor stopped on its own (a graceful stop: nothing in flight to wait for).
``python -m tests.support.early_signals COUNT``"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from typing import Any

from scrapy import Spider
from scrapy import signals as scrapy_signals
from scrapy.exceptions import DontCloseSpider
from scrapy.settings import Settings

from crawler.distributed.worker import EarlySignals
from crawler.run import StoppableProcess


class IdleSpider(Spider):
    """A crawl that fetches nothing and never ends on its own (a worker's waits for leases)."""

    name = "idle"

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> IdleSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.stay, signal=scrapy_signals.spider_idle)
        return spider

    def stay(self) -> None:
        raise DontCloseSpider

    def start_requests(self) -> Iterator[Any]:
        return iter(())


if __name__ == "__main__":
    early = EarlySignals()
    for _ in range(int(sys.argv[1])):
        os.kill(os.getpid(), signal.SIGTERM)
    process = StoppableProcess(Settings({"LOG_ENABLED": False, "TELNETCONSOLE_ENABLED": False}))
    crawler = process.create_crawler(IdleSpider)
    process.started_crawlers.append(crawler)
    process.crawl(crawler)
    from twisted.internet import reactor

    reactor.callWhenRunning(early.hand_over, process)  # type: ignore[attr-defined]
    process.start(install_signal_handlers=False)
    process.no_forced_stop()
    print("ended", flush=True)
