"""ProgressReporter: the crawl's progress on a terminal, redrawn in place.

Settings: ``CLIPPINGS_PROGRESS_INTERVAL`` (seconds; 0, the default, turns it off;
``clippings crawl`` sets it to 2 when stderr is a terminal and ``--quiet`` is not
given, so cron logs and pipes get no progress lines) and
``CLIPPINGS_PROGRESS_LABEL`` (the site's name in a ``--sites`` run). Reads
Scrapy's stats, including the ``clippings/outcome/*`` counters that the archive
pipeline keeps.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


def progress_line(stats: dict, elapsed: float | None = None, label: str = "") -> str:
    """The one-line progress summary.

    >>> progress_line({"response_received_count": 12, "clippings/outcome/stored": 5})
    'pages fetched: 12, articles stored: 5, unchanged: 0, other pages: 0, errors: 0'
    >>> progress_line({}, 2.0, "Harbour News")
    '[  2.0s] Harbour News: pages fetched: 0, articles stored: 0, unchanged: 0, other pages: 0, errors: 0'
    """
    line = (
        f"pages fetched: {stats.get('response_received_count', 0)}, "
        f"articles stored: {stats.get('clippings/outcome/stored', 0)}, "
        f"unchanged: {stats.get('clippings/outcome/unchanged', 0)}, "
        f"other pages: {stats.get('clippings/outcome/not-article', 0)}, "
        f"errors: {stats.get('clippings/outcome/error', 0)}"
    )
    if label:
        line = f"{label}: {line}"
    return f"[{elapsed:5.1f}s] {line}" if elapsed is not None else line


@dataclass
class Board:
    """The progress lines of every crawl of this process (one per site), drawn as
    a block that each report redraws in place with ANSI cursor moves."""

    out: TextIO
    lines: dict[str, str] = field(default_factory=dict)
    drawn: int = 0

    def show(self, label: str, line: str) -> None:
        self.lines[label] = line
        up = f"\x1b[{self.drawn}A" if self.drawn else ""
        self.out.write(up + "".join(f"\r\x1b[2K{text}\n" for text in self.lines.values()))
        self.out.flush()
        self.drawn = len(self.lines)


_BOARDS: dict[int, Board] = {}


def board_for(out: TextIO) -> Board:
    """One board per output stream, shared by the crawls of a ``--sites`` run."""
    return _BOARDS.setdefault(id(out), Board(out))


class ProgressReporter:
    """Redraw :func:`progress_line` every ``CLIPPINGS_PROGRESS_INTERVAL`` seconds."""

    def __init__(self, crawler: Crawler, interval: float, out: TextIO | None = None,
                 label: str = "") -> None:
        self.crawler = crawler
        self.interval = interval
        self.board = board_for(out or sys.stderr)
        self.label = label
        self.elapsed = 0.0
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressReporter:
        interval = crawler.settings.getfloat("CLIPPINGS_PROGRESS_INTERVAL", 0.0)
        if interval <= 0:
            raise NotConfigured
        reporter = cls(crawler, interval, label=crawler.settings.get("CLIPPINGS_PROGRESS_LABEL", ""))
        crawler.signals.connect(reporter.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(reporter.spider_closed, signal=signals.spider_closed)
        return reporter

    def spider_opened(self) -> None:
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self) -> None:
        self.elapsed += self.interval
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        self.board.show(self.label, progress_line(stats, self.elapsed, self.label))

    def spider_closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
