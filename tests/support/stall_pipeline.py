"""A test-only item pipeline that blocks the coordinator's reactor on its first
record for longer than the crawl's heartbeat key lives, then reaps dead crawls
as an idle worker or another coordinator would.

Given to a coordinator with ``-s ITEM_PIPELINES=...`` (and a short
``CLIPPINGS_COORDINATOR_TTL``), it holds the reactor thread (a synchronous
``process_item``, as a locked archive does) until one of two things is seen in
Redis: the crawl's ``alive`` key gone (its beats waited on the reactor), or the
key renewed often enough to have outlived two of its lifetimes while the reactor
was held. It writes which it saw to ``CLIPPINGS_TEST_STALL_FILE``, calls
:func:`~crawler.distributed.frontier.reap_dead_crawls`, and lets the record go on.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from crawler.distributed.frontier import COORDINATOR_BEAT, Frontier, connect, reap_dead_crawls

MAX_STALL = 120.0  # seconds: a bound for a broken run only, never reached by a passing one
POLL = 0.02  # seconds between looks at the key


class StallReactorPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.marker = Path(settings.get("CLIPPINGS_TEST_STALL_FILE"))
        self.server = connect(settings.get("CLIPPINGS_REDIS_URL"))
        ttl = settings.getint("CLIPPINGS_COORDINATOR_TTL")
        every = min(COORDINATOR_BEAT, ttl / 3)
        self.renewals_needed = int(2 * ttl / every) + 1  # beats spanning two lifetimes of the key
        self.stalled = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StallReactorPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if self.stalled:
            return item
        self.stalled = True
        key = Frontier(self.server, self.crawler.spider.crawl).keys.alive  # type: ignore[union-attr]
        seen, last, renewals = "timed out", self.server.pttl(key), 0
        ends = time.monotonic() + MAX_STALL
        while time.monotonic() < ends:
            left = self.server.pttl(key)
            if left < 0:
                seen = "lapsed"
                break
            renewals += left > last
            last = left
            if renewals >= self.renewals_needed:
                seen = "outlived"
                break
            time.sleep(POLL)
        reap_dead_crawls(self.server)  # as an idle worker does, or another coordinator
        self.marker.write_text(seen)
        return item
