"""A distributed crawl continuing the unfinished crawl of its seeds (docs/distributed-resume.md).

The archive is the frontier, as in one process (``crawler/frontier.py``,
``archive/frontier.py``): workers hand their notes over with their commits
(:class:`crawler.frontier.FrontierNotes`), the coordinator's archive pipeline
writes them in the transaction of the next record it stores, and marks each URL
done with its record. So whatever stops the coordinator (``kill -9``, Ctrl-C,
``--max-pages``, Redis lost), the archive holds every URL the crawl found and had
not finished, and the next ``clippings crawl --redis`` of the same seeds (and
``--since``) takes those rows over (the archive pipeline's
:meth:`~pipelines.store.ArchivePipeline.take_over_frontier`, the same as one
process's). Here, on the coordinator's side:

- the done URLs are marked seen in the new crawl's seen set (workers have no
  archive): a link to one, or a revisit of it, is a duplicate;
- the seeds not done are queued; the pending and failed rows are read from the
  archive a page at a time, highest priority first, and queued as the queue
  drains (:class:`RowFeed`: at most ``CLIPPINGS_RESUME_AHEAD`` queued ahead), so a
  frontier of 100,000 rows costs Redis the memory of a thousand requests.

Redis itself need not survive: a new crawl id, new keys, the archive alone.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from itertools import islice

from scrapy import Request
from scrapy.crawler import Crawler

from archive.db import ArchiveError, connect_readonly
from archive.frontier import done_url_pages, is_done, url_problem
from crawler.distributed.frontier import MAX_PAGES_REFUSED, Frontier
from crawler.frontier import frontier_of, row_requests, start_ahead
from pipelines.store import unread_frontier

logger = logging.getLogger(__name__)

#: Seconds between two looks at the queue's length while records come in.
FEED_EVERY = 0.2
#: Rows :meth:`RowFeed.feed` reads at most in one call, when fewer than that are
#: wanted (more when ``ahead`` wants more): it runs on the reactor, and a frontier
#: whose rows were all seen already in this crawl (each a revisit, or linked to by
#: a page fetched before the row was read) was read to its end in one call.
FEED_PAGE = 500


class RowFeed:
    """The requests of the rows taken over, into the crawl's queue as it drains:
    at most ``ahead`` queued at once (the queue's own requests, links the workers
    found, counted in). Rows come highest priority first, so the queue's next
    request is of a priority at least as high as any row not read while some
    resumed requests are still queued (refilled each :data:`FEED_EVERY` seconds).
    Once ``--max-pages`` refused a page, no more rows are queued: the rest wait for
    the next crawl of the seeds, as in one process."""

    def __init__(self, frontier: Frontier, requests: Iterator[Request], ahead: int) -> None:
        self.frontier = frontier
        self.requests: Iterator[Request] | None = requests
        self.ahead = ahead
        self.queued = 0
        """The resumed requests queued (those not seen in this crawl already)."""

    @property
    def exhausted(self) -> bool:
        """Every row read (or none will be: the page limit reached)."""
        return self.requests is None

    def feed(self) -> None:
        """Queue rows until ``ahead`` requests are queued, the rows are read to their
        end, or this call read as many rows as there was room for, at least
        :data:`FEED_PAGE` (rows seen already are read and not queued: the next call
        reads on)."""
        if self.requests is None:
            return
        if self.frontier.holder(MAX_PAGES_REFUSED) is not None:
            self.requests = None
            return
        room = self.ahead - self.frontier.queued()
        readable = max(room, FEED_PAGE)
        while room > 0 and readable > 0:
            batch = list(islice(self.requests, min(room, readable)))
            if not batch:
                self.requests = None
                return
            readable -= len(batch)
            queued = self.frontier.push(batch)
            self.queued += queued
            room -= queued


def continue_crawl(crawler: Crawler, frontier: Frontier, seeds: list[Request],
                   progress: Callable[[], None] | None = None) -> tuple[list[Request], RowFeed | None]:
    """The seeds to queue (those the crawl continued had not done) and the feed of
    the rows it took over, its done URLs marked seen; (the seeds, None) when the
    crawl continues none (a new snapshot, or ``--fresh``). Call before anything is
    queued or stored: the rows read are the frontier as taken over. ``progress`` is
    called after each page of done URLs marked (the coordinator's heartbeat: a
    reactor busy marking a million URLs is not wedged)."""
    resumed = frontier_of(crawler).resumed
    if resumed is None or resumed.rows is None:
        return seeds, None
    db = crawler.settings.get("CLIPPINGS_DB")
    assert crawler.stats is not None
    crawl_id = int(crawler.stats.get_value("clippings/crawl_id"))  # (the archive pipeline's: the rows are its now)
    rows = resumed.rows()  # opened first: the frontier as taken over
    try:
        conn = connect_readonly(db)
        try:
            seeds = [seed for seed in seeds if not is_done(conn, crawl_id, seed.url)]
            marked = mark_done_seen(frontier, conn, crawl_id, crawler.settings.getint("URLLENGTH_LIMIT", 2083),
                                    progress)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ArchiveError) as exc:  # as a fault reading the rows: the crawl closes
        crawler.stats.inc_value("clippings/frontier_read_errors")
        raise unread_frontier(db, resumed.crawl_id, exc) from exc
    logger.info("continuing crawl %s: %d URLs done marked seen", resumed.crawl_id, marked)
    requests = row_requests(rows, {seed.url for seed in seeds}, {seed.meta["seed"] for seed in seeds})
    return seeds, RowFeed(frontier, requests, start_ahead(crawler.settings))


def mark_done_seen(frontier: Frontier, conn: sqlite3.Connection, crawl_id: int, max_url_length: int,
                   progress: Callable[[], None] | None = None) -> int:
    """The done URLs of crawl ``crawl_id``'s frontier marked seen in the Redis crawl
    (a URL no request could ask for left out): how many. ``progress`` after each page."""
    marked = 0
    for page in done_url_pages(conn, crawl_id):
        urls = [url for url in page if url_problem(url, max_url_length) is None]
        frontier.mark_seen(urls)
        marked += len(urls)
        if progress is not None:
            progress()
    return marked
