"""ProgressReporter: one line on stderr every few seconds while a crawl runs.

Setting: ``CLIPPINGS_PROGRESS_INTERVAL`` (seconds; 0, the default, turns it off;
``clippings crawl`` sets it to 2). Reads Scrapy's stats, including the
``clippings/outcome/*`` counters that the archive pipeline keeps.
"""

from __future__ import annotations

import sys
from typing import TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


def progress_line(stats: dict, elapsed: float | None = None) -> str:
    """The one-line progress summary.

    >>> progress_line({"response_received_count": 12, "clippings/outcome/stored": 5})
    'pages fetched: 12, articles stored: 5, unchanged: 0, other pages: 0, errors: 0'
    """
    line = (
        f"pages fetched: {stats.get('response_received_count', 0)}, "
        f"articles stored: {stats.get('clippings/outcome/stored', 0)}, "
        f"unchanged: {stats.get('clippings/outcome/unchanged', 0)}, "
        f"other pages: {stats.get('clippings/outcome/not-article', 0)}, "
        f"errors: {stats.get('clippings/outcome/error', 0)}"
    )
    return f"[{elapsed:5.1f}s] {line}" if elapsed is not None else line


class ProgressReporter:
    """Print :func:`progress_line` every ``CLIPPINGS_PROGRESS_INTERVAL`` seconds."""

    def __init__(self, crawler: Crawler, interval: float, out: TextIO = sys.stderr) -> None:
        self.crawler = crawler
        self.interval = interval
        self.out = out
        self.elapsed = 0.0
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressReporter:
        interval = crawler.settings.getfloat("CLIPPINGS_PROGRESS_INTERVAL", 0.0)
        if interval <= 0:
            raise NotConfigured
        reporter = cls(crawler, interval)
        crawler.signals.connect(reporter.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(reporter.spider_closed, signal=signals.spider_closed)
        return reporter

    def spider_opened(self) -> None:
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self) -> None:
        self.elapsed += self.interval
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        print(progress_line(stats, self.elapsed), file=self.out, flush=True)

    def spider_closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
