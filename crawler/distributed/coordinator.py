"""``clippings crawl SEEDS --db ARCHIVE --redis URL``: the coordinator of a distributed crawl.

It is a Scrapy crawl of its own whose spider downloads nothing: its ``start()``
announces the crawl in Redis (seeds, settings, each site's politeness limits),
queues the archive's live articles again with their validators (so workers send
conditional requests and a deleted article is seen gone), then the seeds; and
then yields, as items, the records the workers hand back. The usual item
pipelines (clean, validate, dedupe, archive) store them, so the archive has one
writer and a crawl means the same on N machines as on one: the same ``crawls``
row, ``fetches`` rows, versions, WARC file (the raw answers travel with the
records).

The archive keeps the crawl's frontier, as in one process: the workers' notes
(the URLs their pages led to) are written with the records, each URL marked done
with its record, so the next crawl of the same seeds continues a crawl that
stopped before its end, ``kill -9`` included (:mod:`.resume`).

The crawl ends when nothing is queued, held by a worker or waiting to be
stored (one atomic read) and no row it continues is left to queue; then the
crawl's keys, its seen-URL set among them, are deleted. Workers whose heartbeat stops have their requests queued again
(and their sites' tokens freed) within a few seconds.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import redis
import scrapy
import sqlite_utils
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.settings import Settings
from twisted.internet import task

from archive.lookups import article_validators, live_article_urls
from crawler import __version__
from crawler.distributed.beating import ThreadedBeat
from crawler.distributed.frontier import (
    COORDINATOR_BEAT,
    COORDINATOR_TTL,
    LOST,
    MAX_PAGES_REFUSED,
    PROTOCOL,
    Frontier,
    connect,
    lost_redis,
    reap_dead_crawls,
)
from crawler.distributed.politeness import drop_worker_tokens, set_site_limits
from crawler.distributed.resume import FEED_EVERY, RowFeed, continue_crawl
from crawler.frontier import FrontierNotes, frontier_of
from crawler.items import MAX_PAGES_REASON, FetchRecord
from crawler.run import CrawlSummary, Report, StoppableProcess, run_to_the_end, summarise
from crawler.spiders.articles import split_seeds
from crawler.spiders.discovery import parse_index_date
from crawler.urls import site_key

logger = logging.getLogger(__name__)

REVISIT_PRIORITY = -1000  # after everything the seeds lead to, as in one process
REAP_EVERY = 1.0  # seconds between looks for dead workers
RECORDS_IN_HAND = 100  # records in the pipelines at most (fewer with a lower CLIPPINGS_RESULTS_MAX)
# The crawl's settings that workers apply (the rest is the project's).
WORKER_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY", "DEPTH_LIMIT",
    "DEPTH_PRIORITY", "CLIPPINGS_FOLLOW_LINKS", "DOWNLOAD_TIMEOUT", "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE",
    "RETRY_TIMES", "HTTPERROR_ALLOWED_CODES", "CLIPPINGS_TRAP_DEFENCE", "CLIPPINGS_SITE_PAGE_BUDGET",
    "CLIPPINGS_TRAP_MAX_PAGE", "CLIPPINGS_TRAP_DATE_PAGES", "CLIPPINGS_TRAP_FUTURE_DAYS",
    "CLIPPINGS_INDEX_MAX_URLS", "CLIPPINGS_SITEMAP_NESTING", "CLIPPINGS_PAGE_MAX_LINKS",
    "CLIPPINGS_SITE_MAX_SITEMAPS", "URLLENGTH_LIMIT", "REDIRECT_MAX_TIMES", "CLIPPINGS_RESULTS_MAX",
    "CLIPPINGS_STORY_MAX_PAGES", "CLIPPINGS_STORY_MAX_HELD", "CLIPPINGS_STORY_KEPT_BYTES", "CLIPPINGS_STORY_TAKEN_MAX",
)
# Worker stats whose highest is the crawl's (the depth the crawl reached).
HIGHEST_STATS = ("request_depth_max",)
# Worker stats summed into the crawl's.
MERGED_STATS = ("response_received_count", "clippings/pages_parsed", "downloader/", "retry/",
                "robotstxt/", "clippings/robots/", "httperror/", "clippings/politeness/", "clippings/worker/",
                "clippings/site_budget_refused", "clippings/redirects_to_seeds", "clippings/links_too_long",
                "clippings/max_pages_refused", "clippings/max_pages_given_back", "clippings/unexpected_errors/",
                "clippings/machine_errors/",
                # multi-page stories, joined by the worker that holds the first page
                "clippings/stories_", "clippings/story_pages_", "clippings/later_pages_alone")


class CoordinatorSpider(scrapy.Spider):
    """Seeds and revisits into the shared queue; the workers' records out to the pipelines."""

    name = "articles"
    #: The archive keeps the crawl's frontier, the workers' notes written with the
    #: records, so the next crawl of the seeds continues it (:mod:`.resume`).
    keeps_frontier = True
    #: It schedules no request the frontier's done URLs would drop (it marks them
    #: seen in Redis, a page at a time): the archive pipeline builds no keys of them.
    checks_done_urls = False

    def __init__(self, seeds: str | list[str] = "", since: str | None = None, redis_url: str = "",
                 max_pages: int | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seeds = split_seeds(seeds)
        if not self.seeds:
            raise ValueError("a distributed crawl needs seeds")
        self.since = parse_index_date(since) if since else None
        self.since_text = since
        self.sites = {site_key(seed) for seed in self.seeds}
        self.seed_errors: dict[str, str] = {}
        self.max_pages = max_pages
        self.fetched = 0
        self.crawl = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.redis_url = redis_url
        self.frontier = Frontier(connect(redis_url), self.crawl)
        self.lost: str | None = None
        self.heartbeat: CoordinatorHeartbeat  # made in from_crawler(), with the crawl's settings; beats from start()
        self.closing_check: task.LoopingCall | None = None  # made in start(): it takes the reactor installed
        self.finished = False
        self.limit_reached = False
        self.feed: RowFeed | None = None
        """The rows of the crawl this one continues, queued as the queue drains."""
        self.reaper: ThreadPoolExecutor | None = None
        self.reaping: Future[None] | None = None
        """The reap of dead crawls under way in :attr:`reaper`'s thread (:meth:`reap_crawls`)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CoordinatorSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.heartbeat = CoordinatorHeartbeat(spider.redis_url, spider.crawl, crawler.settings.getint(
            "CLIPPINGS_COORDINATOR_TTL", COORDINATOR_TTL))
        crawler.signals.connect(spider.closed_early, signal=signals.spider_closed)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    def check_closing(self) -> None:
        """On the reactor: a close begun while a record was in the pipelines is finished."""
        finish_stuck_close(self.crawler)

    def idle(self) -> None:
        """The crawl closes here when it must end early: once the records taken are stored."""
        if self.lost:
            raise CloseSpider(self.lost)
        if self.limit_reached:
            raise CloseSpider(MAX_PAGES_REASON)

    async def start(self) -> AsyncIterator[Any]:
        self.reap_crawls()
        # Beating and among the crawls in progress before a key of the crawl is made:
        # a coordinator killed while it queues the seeds and revisits, or marks a
        # continued crawl's done URLs seen (seconds for 100,000), left them in Redis
        # for good (no crawl in progress named them: no reaper found them). Workers
        # wait for its config (announce); a reaper finds it dead once the beat stops.
        self.heartbeat.start_beating()
        self.frontier.enlist()
        self.announce()
        self.closing_check = task.LoopingCall(self.check_closing)
        self.closing_check.start(COORDINATOR_BEAT, now=False)
        async for item in self.records():
            yield item

    # -- the crawl's start -----------------------------------------------------------

    def announce(self) -> None:
        """Queue the seeds and revisits (a continued crawl: its done URLs marked seen,
        its rows fed) and announce the crawl. A big archive keeps the reactor busy
        meanwhile: each page of URLs read tells the heartbeat so (its ``tick``:
        busy, not wedged)."""
        settings = self.crawler.settings
        progress = self.heartbeat.tick
        config = {"seeds": self.seeds, "since": self.since_text, "version": __version__, "protocol": PROTOCOL,
                  "settings": {**{name: settings.get(name) for name in WORKER_SETTINGS},
                               "CLIPPINGS_MAX_PAGES": self.max_pages or 0}}
        # Revisits first, so they are the ones marked seen: a link to an archived
        # article found by a worker is then a duplicate, and the conditional
        # request (validators in its headers) is the one made.
        # A continued crawl: its done URLs seen first, so neither a revisit nor a link
        # asks for one; a seed done is not asked (the rows come later, as the queue drains).
        seeds, self.feed = continue_crawl(self.crawler, self.frontier, [
            Request(seed, meta={"seed": seed}, dont_filter=True) for seed in self.seeds],
            progress=progress)
        revisits = self.frontier.push(self.revisits(progress))  # (those done in the crawl continued are seen)
        self.frontier.push(seeds)
        if self.feed is not None:
            self.feed.feed()
        self.frontier.announce(config)
        # The limits only once the crawl is announced (in clippings:crawls, beating):
        # a coordinator killed before that left them in the sites' hashes under a
        # crawl no reaper finds, holding every later crawl of the site for good.
        for site in self.sites:
            set_site_limits(self.frontier, site, concurrency=settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
                            delay=settings.getfloat("DOWNLOAD_DELAY"))
        self.crawler.stats.set_value("clippings/revisits", revisits)
        self.crawler.stats.set_value("clippings/redis_crawl", self.crawl)
        print(f"crawl {self.crawl} queued in Redis ({len(seeds)} seeds, {revisits} archived articles "
              f"to check); workers: clippings worker --redis URL", file=sys.stderr, flush=True)

    def revisits(self, progress: Callable[[], None]) -> list[Request]:
        """The archive's live articles on the seeds' sites, with their validators;
        in only-new runs none, and the archived URLs count as seen. ``progress``
        after each thousand articles read."""
        settings = self.crawler.settings
        db = sqlite_utils.Database(settings.get("CLIPPINGS_DB"))
        if settings.getbool("CLIPPINGS_NEW_ONLY"):
            self.frontier.mark_seen(row[0] for row in db.execute(
                "SELECT canonical_url FROM articles UNION SELECT url FROM articles"))
            return []
        if not settings.getbool("CLIPPINGS_REVISIT", True) or self.since is not None:
            return []
        conditional = settings.getbool("CLIPPINGS_CONDITIONAL", True)
        requests = []
        for n, url in enumerate(live_article_urls(db)):
            if n % 1000 == 999:
                progress()
            if site_key(url) not in self.sites:
                continue
            headers = {}
            found = article_validators(db, url) if conditional else None
            if found:
                etag, last_modified = found
                headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
            requests.append(Request(url, headers=headers, meta={"revisit": True, "validators": headers},
                                    priority=REVISIT_PRIORITY))
        db.close()
        return requests

    # -- the workers' records ----------------------------------------------------------

    async def records(self) -> AsyncIterator[Any]:
        try:
            async for item in self.workers_records():
                yield item
        except LOST as exc:  # the crawl fails with one line naming Redis; what was stored stays
            self.lost = lost_redis(self.redis_url, exc)
            logger.debug("Redis went away", exc_info=True)
            # Closed by idle() once the records taken are stored, as for --max-pages:
            # a close now, with a record still in the pipelines, would never end
            # (finish_stuck_close).

    def records_wanted(self) -> int:
        """How many pages' records to take from Redis now (one entry of the results
        a page: its record, and its redirect rows with it): as many as leave at most
        ``CLIPPINGS_RESULTS_MAX`` (and RECORDS_IN_HAND) records in the pipelines,
        a page's redirect rows past it. (It took
        100 at each look whatever its pipelines held: a coordinator that could not
        store, its archive locked, took every record into its memory, and the
        workers, seeing none waiting in Redis, fetched on.)"""
        bound = self.crawler.settings.getint("CLIPPINGS_RESULTS_MAX", 0)
        cap = min(bound, RECORDS_IN_HAND) if bound > 0 else RECORDS_IN_HAND
        if not self.crawler.crawling:  # (no engine yet, so no pipeline holds a record)
            return cap
        slot = getattr(getattr(self.crawler.engine, "scraper", None), "slot", None)
        return cap - int(getattr(slot, "itemproc_size", 0))

    async def workers_records(self) -> AsyncIterator[Any]:
        next_reap = next_feed = 0.0
        notes = frontier_of(self.crawler)
        held: list[FrontierNotes] = []
        while True:
            if self.feed is not None and time.monotonic() >= next_feed:
                self.feed.feed()
                next_feed = time.monotonic() + FEED_EVERY
            wanted = self.records_wanted()
            items = self.frontier.take_results(wanted) if wanted > 0 else []
            for item in items:
                # A commit's notes come before its records: given to the archive pipeline
                # as the next record is yielded (written in its transaction, or an earlier
                # one), never before: a crawl stopped with records taken and not yielded
                # writes no note of theirs (a redirect marked done without its row).
                if isinstance(item, FrontierNotes):
                    held.append(item)
                    continue
                for taken in held:
                    notes.add_notes(taken)
                held.clear()
                self.note(item)
                yield item
            if items:
                continue
            if time.monotonic() >= next_reap:
                self.reap()
                next_reap = time.monotonic() + REAP_EVERY
            # One look (a second one, for the end, saw a last lease end with no record
            # after the first: the crawl ended "finished", its rows not read, dropped).
            drained = self.frontier.status() == (0, 0, 0)
            if drained and self.feed is not None and not self.feed.exhausted:
                self.feed.feed()  # the queue drained before its next look: the next rows now
                await asyncio.sleep(0)  # (a page of rows a turn: the reactor runs between them)
                continue
            if drained:
                # --max-pages: the workers counted the pages sent (SharedPageLimitMiddleware)
                # and refused the rest; the crawl closes once the records taken are
                # stored (spider_idle): closing now would cut off the identity
                # pipeline's own downloads.
                self.limit_reached = bool(self.max_pages) and self.frontier.holder(MAX_PAGES_REFUSED) is not None
                self.end()
                return
            await asyncio.sleep(0.05)

    def note(self, item: Any) -> None:
        fetch = getattr(item, "fetch", item)
        if not isinstance(fetch, FetchRecord):
            return
        if fetch.status is not None:
            self.fetched += 1
        if fetch.url in self.seeds and fetch.outcome in ("error", "robots"):
            self.seed_errors[fetch.url] = fetch.reason or fetch.outcome

    def reap_crawls(self) -> None:
        """Reap the crawls whose coordinator was killed (their limits on sites this
        crawl shares hold it to them until they go) in a thread of the coordinator's
        own, one reap at a time: a dead crawl of another protocol is found by a scan
        of Redis's whole keyspace (seconds on a big Redis), which held the reactor,
        storing nothing, for as long. A Redis error of the last reap is logged and
        counted (``clippings/coordinator/reap_errors``; the records' loop finds a lost
        Redis itself); anything else is raised here. The last reap's, at the crawl's
        end, is seen there (:meth:`end`)."""
        if self.reaping is not None:
            if not self.reaping.done():
                return
            self.seen_reap(self.reaping, raising=True)
        if self.reaper is None:
            self.reaper = ThreadPoolExecutor(1, thread_name_prefix="clippings-reaper")
        self.reaping = self.reaper.submit(reap_dead_crawls, self.frontier.server, but=self.crawl)

    def seen_reap(self, reaping: Future[None], *, raising: bool = False) -> None:
        """A reap's error, once it ended: a Redis error logged and counted
        (``clippings/coordinator/reap_errors``: a reap failing every second is seen in
        the crawl's stats); another raised (``raising``), or, for the last reap (its
        thread's callback at the crawl's end, where nothing is left to raise into),
        logged as an error with its traceback and counted."""
        failed = None if reaping.cancelled() else reaping.exception()
        if failed is None:
            return
        if isinstance(failed, redis.RedisError):
            logger.warning("could not reap the dead crawls in Redis: %s", failed)
        elif raising:
            raise failed
        else:
            logger.error("the last reap of dead crawls failed: %r", failed, exc_info=failed)
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/coordinator/reap_errors")

    def reap(self) -> None:
        self.reap_crawls()
        for worker, count in self.frontier.requeue_dead_workers().items():
            tokens = drop_worker_tokens(self.frontier.server, sorted(self.sites), worker)
            logger.warning("worker %s stopped: %d requests queued again, %d site tokens freed",
                           worker, count, tokens)
            print(f"worker {worker} stopped answering: its {count} requests are queued again",
                  file=sys.stderr, flush=True)
            self.crawler.stats.inc_value("clippings/workers_lost")
            self.crawler.stats.inc_value("clippings/requests_requeued", count)

    def end(self) -> None:
        """Sum the workers' stats into the crawl's, then delete the crawl's keys."""
        if self.finished:
            return
        stats = self.crawler.stats
        workers = self.frontier.worker_stats()
        stats.set_value("clippings/workers", len(workers))
        totals: dict[str, float] = {}
        for worker_stats in workers.values():
            for key, value in worker_stats.items():
                if isinstance(value, (int, float)) and key.startswith(MERGED_STATS):
                    totals[key] = totals.get(key, 0) + value
                elif isinstance(value, (int, float)) and key in HIGHEST_STATS:
                    totals[key] = max(totals.get(key, value), value)
        for key, value in totals.items():
            stats.set_value(key, value)
        # Who fetched what: pages and 304 answers per worker.
        stats.set_value("clippings/worker_pages", {
            worker: s.get("response_received_count", 0) for worker, s in workers.items()})
        stats.set_value("clippings/worker_304s", {
            worker: s.get("downloader/response_status_count/304", 0) for worker, s in workers.items()})
        self.heartbeat.halt(COORDINATOR_BEAT)  # a beat after finish() would bring the alive key back
        if self.reaper is not None:  # (a reap under way ends on its own; its error is seen when it does)
            self.reaper.shutdown(wait=False, cancel_futures=True)
            last, self.reaping = self.reaping, None  # (seen once, should the crawl end twice)
            if last is not None:
                last.add_done_callback(self.seen_reap)
        self.heartbeat.end(self.frontier.finish)  # (a beat still in flight, landing after it, is taken back)
        self.finished = True

    def closed_early(self, spider: scrapy.Spider, reason: str) -> None:
        """Stopped before the end (Ctrl-C, an error): workers stop too."""
        if self.closing_check is not None and self.closing_check.running:
            self.closing_check.stop()
        self.heartbeat.halt(COORDINATOR_BEAT)
        if self.lost is None:
            self.end()


class CoordinatorHeartbeat(ThreadedBeat):
    """Workers serve the crawl while its coordinator beats (``clippings:{id}:alive``,
    ``ttl`` seconds); beaten from a thread of its own (:mod:`.beating`). It beat on
    the reactor thread: a reactor busy past the key's time (records stored in a
    locked archive, a loaded machine) had idle workers and other coordinators
    reap the live crawl as dead and delete its keys. A reactor wedged for
    REACTOR_STALL_MAX seconds lets it lapse: the crawl is reaped, as a killed one."""

    thread_name = "clippings-coordinator-heartbeat"
    lapsing = "the reactor has not answered for %d s: this coordinator lets its crawl's heartbeat lapse"

    def __init__(self, redis_url: str, crawl: str, ttl: int) -> None:
        super().__init__(every=min(COORDINATOR_BEAT, ttl / 3))  # a third of the key's time at most
        self.frontier = Frontier(connect(redis_url), crawl)  # a connection pool of its own
        self.ttl = ttl
        self.refused = False
        """Redis refused the subscription (said once, as a warning)."""
        self.presence: redis.client.PubSub | None = None
        """Subscribed to the crawl's presence channel while the process lives
        (:meth:`Frontier.is_alive`): Redis drops the subscription when the process
        dies, and the crawl is found dead within seconds. The beat's thread uses it:
        another thread closes it only once that thread has ended (:meth:`halt`)."""
        self.presence_taken = threading.Lock()
        """Held while :attr:`presence` is set or taken to be closed: two threads
        closing it after the beat's ended (the reactor's end of the crawl, a forced
        stop's) take it once."""

    def subscribed(self) -> bool:
        """Subscribed (again, after a dropped connection) to the presence channel,
        kept once subscribed (a failed try is made again next beat); False when it
        cannot be (an ACL without Pub/Sub: the heartbeat's lapse alone then tells a
        death)."""
        try:
            if self.presence is None:
                presence = self.frontier.server.pubsub(ignore_subscribe_messages=True)
                presence.subscribe(self.frontier.presence)
                with self.presence_taken:
                    self.presence = presence
                # Its confirmation read: Redis counts it before the beat counts the
                # subscribers (the count, on another connection, could come first: a
                # new subscription counted as lost).
                presence.get_message(timeout=COORDINATOR_BEAT)
            self.presence.get_message(timeout=0)  # (a dropped connection is made again, subscribed)
        except redis.ResponseError as exc:  # refused (an ACL without Pub/Sub): said once
            log = logger.debug if self.refused else logger.warning
            log("not subscribed to the crawl's presence channel (%s): a kill of this coordinator is told "
                "only by its heartbeat's lapse, in %d s", exc, self.ttl)
            self.refused = True
            return False
        except LOST as exc:
            logger.debug("not subscribed to the crawl's presence channel: %s", exc)
            return False
        return True

    def drop_presence(self) -> None:
        """Unsubscribed: the presence connection closed (not when Redis is gone)."""
        with self.presence_taken:
            presence, self.presence = self.presence, None
        if presence is not None:
            try:
                presence.close()
            except LOST:
                logger.debug("presence not closed: Redis is gone", exc_info=True)

    def beat(self) -> bool:
        """One beat, present while subscribed: the heartbeat's value and Redis's
        count of the channel's subscribers in one round trip
        (:meth:`Frontier.beat_counted`; they were two a beat).

        A subscription Redis counts no more while the client's connection looks
        open (a NAT or firewall that forgot the idle connection: Redis's keepalive
        closed its end, and ``get_message(timeout=0)`` sends nothing to find out)
        is made again on a new connection, in the same beat: it was kept, and every
        beat of the crawl's rest went without presence."""
        try:
            if not self.subscribed():
                self.frontier.beat(self.ttl)
            elif self.frontier.beat_counted(self.ttl) == 0:
                logger.debug("the presence channel's subscription was lost: subscribing again")
                self.drop_presence()
                if self.subscribed():
                    self.frontier.beat_counted(self.ttl)
        except LOST as exc:  # the crawl is told by the records' loop
            logger.debug("heartbeat not sent: %s", exc)
        return True

    def halt(self, timeout: float) -> bool:
        """No beat from now on, and no presence (the crawl ends, or is handed over).
        A beat still under way past ``timeout`` (a Redis slow to answer) uses the
        presence connection: its thread closes it as it ends (:meth:`beating_ended`).
        It was closed here, under the thread: the beat found the subscription gone
        and subscribed anew, and the halted coordinator stayed present (a crawl
        whose coordinator was killed then was not found dead by its presence)."""
        if not super().halt(timeout):
            return False
        self.drop_presence()
        return True

    def beating_ended(self) -> None:
        self.drop_presence()

    def take_back(self) -> None:
        """(On the beat's thread) a beat that landed after the crawl's end deleted its
        keys (in flight past the halt's wait: a Redis slow to answer): its alive key
        deleted again, and the presence it subscribed to anew (it found the one the
        halt dropped gone) closed. It said the ended crawl's coordinator lived for
        the key's time more."""
        self.drop_presence()
        try:
            self.frontier.server.delete(self.frontier.keys.alive)
        except LOST:
            logger.debug("late heartbeat not deleted: Redis is gone", exc_info=True)


def finish_stuck_close(crawler: Crawler) -> None:
    """Finish a close that Scrapy would leave waiting forever.

    Scrapy (2.19; scrapy/scrapy#7029) looks whether a closing scraper has become
    idle when a response's items are done, but not when an item yielded by
    ``start()`` leaves the pipelines. Every record of the coordinator comes from
    ``start()``, so a close begun while one was still being stored (Ctrl-C, an
    archive fault) would wait for ever. Called on the heartbeat: once the
    pipelines are empty, the scraper is told to finish closing.
    """
    scraper = getattr(crawler.engine, "scraper", None)
    slot = getattr(scraper, "slot", None)
    check = getattr(scraper, "_check_if_closing", None)  # Scrapy's own step, not ours to redo
    if check is None:  # a Scrapy that renamed it: say so (each beat), the close may hang as before
        if slot is not None and slot.closing is not None and not slot.closing.called and slot.is_idle():
            logger.warning("cannot finish a close stuck on a record from start(): this Scrapy has no "
                           "Scraper._check_if_closing")
        return
    if slot is None or slot.closing is None or slot.closing.called or not slot.is_idle():
        return
    logger.debug("finishing a close that waited on a record from start()")
    # Older Scrapy releases pass the spider; 2.19 takes no argument.
    if "spider" in inspect.signature(check).parameters:
        check(crawler.spider)
    else:
        check()


def coordinator_settings(settings: Settings, redis_url: str) -> Settings:
    """The crawl's settings for the coordinator, which downloads nothing itself."""
    settings = settings.copy()
    settings.set("CLOSESPIDER_PAGECOUNT", 0, priority="cmdline")  # counted from the workers' records
    # What the coordinator itself downloads (the identity pipeline's checks of a
    # claimed canonical URL) takes the sites' tokens like the workers' requests.
    settings.setdict({"CLIPPINGS_REDIS_URL": redis_url, "CLIPPINGS_WORKER_ID": f"coordinator-{uuid.uuid4().hex[:6]}",
                      "CLIPPINGS_SITE_DELAY": settings.getfloat("DOWNLOAD_DELAY")}, priority="cmdline")
    # --max-pages counts the workers' pages (CoordinatorSpider), not the coordinator's.
    downloader = {name: None if str(name).endswith(".PageLimitMiddleware") else order
                  for name, order in settings.getdict("DOWNLOADER_MIDDLEWARES").items()}
    downloader["crawler.distributed.politeness.GlobalPolitenessMiddleware"] = 990
    settings.set("DOWNLOADER_MIDDLEWARES", downloader, priority="cmdline")
    # The coordinator queues the revisits itself (with their validators).
    middlewares = {name: None if str(name).endswith(".RevisitArchivedMiddleware") else order
                   for name, order in settings.getdict("SPIDER_MIDDLEWARES").items()}
    settings.set("SPIDER_MIDDLEWARES", middlewares, priority="cmdline")
    return settings


def end_in_redis(crawler: Crawler) -> None:
    """A forced stop (a second Ctrl-C, the grace period over): the crawl is marked
    done and its keys deleted, so workers stop serving it (a Redis error is logged)."""
    spider = crawler.spider
    if not isinstance(spider, CoordinatorSpider) or spider.finished or spider.lost:
        return
    spider.heartbeat.halt(COORDINATOR_BEAT)  # a beat after the delete would bring the alive key back
    try:
        spider.heartbeat.end(spider.frontier.finish)  # (one still in flight then is taken back)
    except redis.RedisError as exc:
        logger.error("could not end crawl %s in Redis: %s", spider.frontier.crawl, exc)


def run_distributed_crawl(seeds: list[str], settings: Settings, redis_url: str, *,
                          since: str | None = None, report: Report | None = None) -> CrawlSummary:
    """Coordinate one crawl done by ``clippings worker`` processes; blocks until it
    ends (a forced stop passes the summary to ``report``, then ends the process)."""
    max_pages = settings.getint("CLIPPINGS_MAX_PAGES") or settings.getint("CLOSESPIDER_PAGECOUNT") or None
    settings = coordinator_settings(settings, redis_url)
    # Stoppable as a crawl in one process is: Ctrl-C exits 130, SIGTERM 143, and
    # the crawl row ends ``interrupted`` (the workers are told by closed_early).
    process = StoppableProcess(settings)
    crawler = process.create_crawler(CoordinatorSpider)
    process.started_crawlers.append(crawler)
    process.before_exit.append(lambda: end_in_redis(crawler))
    started = time.monotonic()

    def summary_now() -> CrawlSummary:
        summary = summarise(crawler, time.monotonic() - started, process.stopped_by)
        if isinstance(crawler.spider, CoordinatorSpider):  # the workers' stats do not come when Redis is lost
            summary.pages_fetched = max(summary.pages_fetched, crawler.spider.fetched)
        return summary

    if report is not None:
        process.report = lambda: report([summary_now()])
    process.crawl(crawler, seeds=seeds, since=since, redis_url=redis_url, max_pages=max_pages)
    run_to_the_end(process)
    return summary_now()
