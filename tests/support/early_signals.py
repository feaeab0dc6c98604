"""A Scrapy process whose crawl idles until stopped, its reactor started as a
worker's is (:class:`crawler.distributed.worker.EarlySignals`), after this process
sent itself SIGTERM ``COUNT`` times while it was built. Prints "ended" when the
reactor stopped on its own (a graceful stop: nothing in flight to wait for).
``python -m tests.support.early_signals COUNT [again|third]``: ``again``, one more
SIGTERM the moment the first one noted is handed to the process's stop (its
handlers in place by then: :meth:`EarlySignals.hand_over`), where one from
outside lands only by chance; ``third``, a SIGHUP the moment the forced stop
starts (SIGHUP's handler is still the forced stop's then), the first forced
stop's hook waiting for another to print its summaries (5 s at most) before it
ends the process."""

from __future__ import annotations

import os
import signal
import sys
import threading
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


def again_at_hand_over() -> None:
    """SIGTERM sent once more as the process's stop is first called (with the noted signal)."""
    shutdown = StoppableProcess._signal_shutdown
    sent: list[int] = []

    def signalled(self: StoppableProcess, signum: int, frame: Any) -> None:
        if not sent:
            sent.append(signum)
            os.kill(os.getpid(), signal.SIGTERM)  # (its handler runs before the next line)
        shutdown(self, signum, frame)

    StoppableProcess._signal_shutdown = signalled  # type: ignore[method-assign]


def third_at_forced_stop(process: StoppableProcess) -> None:
    """SIGHUP sent as the forced stop starts; the first forced stop's ``before_exit``
    hook waits for a second one to have printed its summaries, if one runs."""
    kill = StoppableProcess._signal_kill
    printed: list[int] = []
    sent: list[int] = []
    second = threading.Event()

    def signalled(self: StoppableProcess, signum: int, frame: Any) -> None:
        kill(self, signum, frame)
        if not sent:
            sent.append(signum)
            os.kill(os.getpid(), signal.SIGHUP)  # (its handler runs before the next line)

    def summaries(self: StoppableProcess) -> None:
        printed.append(1)
        if len(printed) == 2:
            second.set()

    StoppableProcess._signal_kill = signalled  # type: ignore[method-assign]
    StoppableProcess.print_summaries = summaries  # type: ignore[method-assign]
    process.before_exit.append(lambda: second.wait(5))


if __name__ == "__main__":
    if sys.argv[2:] == ["again"]:
        again_at_hand_over()
    early = EarlySignals()
    for _ in range(int(sys.argv[1])):
        os.kill(os.getpid(), signal.SIGTERM)
    process = StoppableProcess(Settings({"LOG_ENABLED": False, "TELNETCONSOLE_ENABLED": False}))
    if sys.argv[2:] == ["third"]:
        third_at_forced_stop(process)
    crawler = process.create_crawler(IdleSpider)
    process.started_crawlers.append(crawler)
    process.crawl(crawler)
    from twisted.internet import reactor

    reactor.callWhenRunning(early.hand_over, process)  # type: ignore[attr-defined]
    process.start(install_signal_handlers=False)
    process.no_forced_stop()
    print("ended", flush=True)
