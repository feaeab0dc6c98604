"""The crawl's counts held in Redis for all its workers together (issue #8): the
sitemap cap a site, ``--max-pages`` slots of a worker taken for dead, which crawl a
worker serves, and which of a site's keys two crawls share.

Real parts: redis-server on a free port of 127.0.0.1 (the ``redis_url``
fixture), the workers' own spider and middlewares built from the settings
``clippings worker`` gives them, talking to it.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.project import get_project_settings

from archive import open_archive
from crawler.distributed.coordinator import CoordinatorSpider, coordinator_settings
from crawler.distributed.frontier import MAX_PAGES_SENT, Frontier, crawl_fields, reap_dead_crawls
from crawler.distributed.politeness import pause_site, release, set_site_limits, site_keys, try_acquire
from crawler.distributed.worker import LEASE, SharedPageLimitMiddleware, WorkerSpider, worker_settings
from crawler.exceptions import PastMaxPages
from crawler.items import FetchRecord
from crawler.spiders.discovery import Discovered
from tests.support.redis_crawls import free_port


def worker_spider(redis_url: str, crawl: str, seed: str, settings: dict[str, object]) -> WorkerSpider:
    """A worker's spider as ``clippings worker`` builds it (its Frontier in Redis),
    without the crawl running around it."""
    config = {"seeds": [seed], "settings": settings}
    crawler = Crawler(WorkerSpider, worker_settings(config, redis_url, f"w-{uuid.uuid4().hex[:6]}"))
    crawler.stats = MemoryStatsCollector(crawler)
    spider = crawler._create_spider(crawl=crawl, seeds=[seed])
    crawler.spider = spider
    assert isinstance(spider, WorkerSpider)
    return spider


def test_the_sitemap_cap_is_one_count_a_site_over_all_workers(redis_url: str) -> None:
    """Two workers each read one of a site's sitemap indexes (6 sitemaps each) under
    ``CLIPPINGS_SITE_MAX_SITEMAPS=4``: 4 sitemaps are requested for the site in all,
    the newest first on each worker; a sitemap the other worker requested already
    passes (the duplicate filter drops it) without taking a place. (Each worker
    counted its own: 8 were requested, W workers times the cap.)"""
    seed, crawl = "http://sitemaps.test/", f"sitemaps-{uuid.uuid4().hex[:6]}"
    one, other = (worker_spider(redis_url, crawl, seed, {"CLIPPINGS_SITE_MAX_SITEMAPS": 4}) for _ in range(2))

    def index(spider: WorkerSpider, numbers: range) -> tuple[list[str], str]:
        urls = [f"{seed}sitemaps/{n}.xml" for n in numbers]
        dates = {url: datetime(2026, 1, n, tzinfo=UTC) for url, n in zip(urls, numbers, strict=True)}
        fetch = FetchRecord(url=f"{seed}index.xml", outcome="discovered", reason="sitemapindex")
        kept = spider.capped_sitemaps(Discovered("sitemapindex", urls, dates), urls, seed, fetch)
        return kept, fetch.reason or ""

    try:
        first, first_reason = index(one, range(1, 7))
        second, second_reason = index(other, range(5, 11))
    finally:
        one.frontier.finish()
    assert first == [f"{seed}sitemaps/{n}.xml" for n in (3, 4, 5, 6)], first
    assert "2 sitemaps not fetched" in first_reason, first_reason
    # 5 and 6 were requested by the first worker: they pass (and are dropped as seen).
    assert second == [f"{seed}sitemaps/{n}.xml" for n in (5, 6)], second
    assert "4 sitemaps not fetched (CLIPPINGS_SITE_MAX_SITEMAPS=4 per site; the newest 0 fetched)" in second_reason
    assert one.crawler.stats.get_value("clippings/sitemaps_cut") == 2
    assert other.crawler.stats.get_value("clippings/sitemaps_cut") == 4


def sent(limit: SharedPageLimitMiddleware, count: int) -> list[tuple[str, Request, bool]]:
    """Take ``count`` requests from the shared queue, as the worker's spider does, and
    whether the worker's page limit lets each go to the network: (lease, request, sent)."""
    spider = limit.crawler.spider
    assert isinstance(spider, WorkerSpider)
    outcomes = []
    for lease, request in spider.frontier.pop(spider.worker, count):
        request.meta[LEASE] = lease
        try:
            limit.process_request(request)
            outcomes.append((lease, request, True))
        except PastMaxPages:
            outcomes.append((lease, request, False))
    return outcomes


def test_a_dead_workers_counted_pages_keep_their_slots_for_the_next_worker(redis_url: str) -> None:
    """``--max-pages 2``: a worker takes both slots for its two pages and is taken for
    dead before fetching them. Its pages, queued again, are sent by the next worker
    on the slots their leases hold (counted neither twice nor lost), even after
    another page was refused at the limit meanwhile (the requests dropped then spare
    them). (They kept their slots in the count but not in the lease: the next worker
    refused them, and the crawl ended with no page fetched.)"""
    seed, crawl = "http://slots.test/", f"slots-{uuid.uuid4().hex[:6]}"
    first, second = (SharedPageLimitMiddleware.from_crawler(
        worker_spider(redis_url, crawl, seed, {"CLIPPINGS_MAX_PAGES": 2}).crawler) for _ in range(2))
    frontier = second.crawler.spider.frontier  # type: ignore[union-attr]
    try:
        frontier.push([Request(f"{seed}news/{n}") for n in range(2)])
        dead = sent(first, 2)
        assert [ok for _, _, ok in dead] == [True, True]
        # No heartbeat from the first worker: taken for dead, its requests queued again.
        assert frontier.requeue_dead_workers() == {first.crawler.spider.worker: 2}  # type: ignore[union-attr]
        frontier.push([Request(f"{seed}urgent", priority=10)])  # leased first, and refused
        assert [(r.url, ok) for _, r, ok in sent(second, 1)] == [(f"{seed}urgent", False)]
        again = sent(second, 5)
        assert sorted((r.url, ok) for _, r, ok in again) == [(f"{seed}news/0", True), (f"{seed}news/1", True)]
        assert int(frontier.server.hget(frontier.keys.tally, MAX_PAGES_SENT)) == 2
        assert second.crawler.stats.get_value("clippings/worker/max_pages_slots_kept") == 2
        # Done, a page's slot stays spent: the next page is refused.
        for lease, _, _ in again:
            assert frontier.commit(lease, second.crawler.spider.worker, [], []) == 0  # type: ignore[union-attr]
        assert not frontier.server.exists(frontier.keys.slots)
        frontier.push([Request(f"{seed}later")])
        assert [ok for _, _, ok in sent(second, 1)] == [False]
    finally:
        frontier.finish()


def test_a_page_given_back_at_a_stop_keeps_its_slot_with_its_lease(redis_url: str) -> None:
    """A page that took its slot and was dropped at its worker's stop (waiting for its
    site) goes back to the queue with its slot: the next worker sends it without
    counting it again, and another page cannot take the slot meanwhile."""
    from crawler.exceptions import StoppedBeforeFetch

    seed, crawl = "http://stop.test/", f"stop-{uuid.uuid4().hex[:6]}"
    first, second = (SharedPageLimitMiddleware.from_crawler(
        worker_spider(redis_url, crawl, seed, {"CLIPPINGS_MAX_PAGES": 1}).crawler) for _ in range(2))
    frontier = first.crawler.spider.frontier  # type: ignore[union-attr]
    try:
        frontier.push([Request(f"{seed}a")])
        ((_, request, ok),) = sent(first, 1)
        assert ok
        first.process_exception(request, StoppedBeforeFetch())
        assert frontier.give_back(first.crawler.spider.worker) == 1  # type: ignore[union-attr]
        with pytest.raises(PastMaxPages):
            second.process_request(Request(f"{seed}other"))  # no lease: the slot is not free
        assert [(r.url, ok) for _, r, ok in sent(second, 1)] == [(f"{seed}a", True)]
        assert int(frontier.server.hget(frontier.keys.tally, MAX_PAGES_SENT)) == 1
    finally:
        frontier.finish()


def test_two_crawls_of_one_site_share_its_politeness_not_their_settings_or_counts(redis_url: str) -> None:
    """Crawl A of a site runs with a concurrency of 1 and a Crawl-delay of 2 s read by
    its workers; crawl B of the same site starts with a concurrency of 4 and no
    delay. The site sees one crawler: A's stricter limits hold for B's requests too
    while A runs, and go with it; a Retry-After met by either pauses both. Their
    counts stay apart. (B's coordinator overwrote A's limits and cleared its
    Crawl-delay: A's requests went 4 at once, without its delay.)"""
    server = redis.Redis.from_url(redis_url)
    site = f"shared.test:{uuid.uuid4().hex[:6]}"
    a, b = (Frontier(server, f"{name}-{uuid.uuid4().hex[:6]}") for name in ("a", "b"))
    limits = site_keys(site)[1]

    def take(token: str) -> int:
        return try_acquire(server, site, token, lease_ms=30_000, default_concurrency=4, default_delay_ms=0)

    try:
        set_site_limits(a, site, concurrency=1, delay=0)
        a.set_site_fields(site, {crawl_fields(a.crawl)[2]: 2000})  # as A's workers read robots.txt
        set_site_limits(b, site, concurrency=4, delay=0)
        assert take("a-worker/1") == 0
        assert 1000 < take("b-worker/1") <= 2000  # A's Crawl-delay holds for B
        server.hset(limits, "next_at", 0)
        assert take("b-worker/1") == -1  # A's concurrency of 1, in use
        release(server, site, "a-worker/1")
        assert take("b-worker/1") == 0
        a.finish()  # A's limits go with it
        assert set(server.hkeys(limits)) == {b"next_at", *(name.encode() for name in crawl_fields(b.crawl)[:2])}
        assert server.pttl(limits) == -1  # (B's limits in it: kept)
        assert 1000 < take("b-worker/2") <= 2000  # B's last start, made under A's Crawl-delay, holds
        server.hset(limits, "next_at", 0)
        assert [take(f"b-worker/{n}") for n in range(2, 6)] == [0, 0, 0, -1]  # B's own: 4, no delay
        for n in range(1, 5):
            release(server, site, f"b-worker/{n}")
        pause_site(server, site, 20)  # a Retry-After, whichever crawl met it
        assert 19_000 < take("b-worker/6") <= 20_000
        # Counts are each crawl's own: A's spent budget is not B's.
        assert not a.set_site_fields(site, {crawl_fields(a.crawl)[0]: 1})  # (A is done: nothing is written)
        assert b.take("site budget", 1) and not b.take("site budget", 1)
        assert Frontier(server, f"c-{uuid.uuid4().hex[:6]}").take("site budget", 1)
    finally:
        a.finish()
        b.finish()
    # No crawl's limits left: the hash goes once its next start (the Retry-After's) is past.
    assert server.hkeys(limits) == [b"next_at"]
    assert 0 < server.pttl(limits) <= 20_001


def test_a_sites_politeness_keys_go_once_no_crawl_needs_them(redis_url: str) -> None:
    """A site no crawl holds limits on (a robots.txt's hop, a sitemap's host): its
    hash of the next start and its tokens expire once that start and the tokens
    are past; a crawl's limits written into it keep it. (Every site ever requested
    kept its hash in Redis for good.)"""
    server = redis.Redis.from_url(redis_url)
    site = f"passing.test:{free_port()}"
    tokens, limits = site_keys(site)
    crawl = Frontier(server, f"c-{uuid.uuid4().hex[:6]}")
    try:
        assert try_acquire(server, site, "w/1", lease_ms=30_000, default_concurrency=2, default_delay_ms=5_000) == 0
        assert 0 < server.pttl(limits) <= 5_001 and 0 < server.pttl(tokens) <= 30_000
        pause_site(server, site, 60)  # a Retry-After: kept as long
        assert 5_001 < server.pttl(limits) <= 60_001
        set_site_limits(crawl, site, concurrency=1, delay=0)
        assert server.pttl(limits) == -1
        server.hset(limits, "next_at", 0)
        release(server, site, "w/1")  # (the last token out: the tokens' key goes)
        assert not server.exists(tokens)
        assert try_acquire(server, site, "w/2", lease_ms=30_000, default_concurrency=2, default_delay_ms=0) == 0
        assert server.pttl(limits) == -1
    finally:
        crawl.finish()
    assert server.pttl(limits) in (-2, 0, 1)  # gone, or going within 1 ms (a loaded machine may be past it): never kept (-1)


def test_a_redirect_to_a_page_seen_already_gives_its_slot_back_in_a_worker(redis_url: str) -> None:
    """``--max-pages 2``: a page whose redirect leads to a URL the crawl asked for
    already brings no page, and its slot is given back (Scrapy's duplicate filter
    drops the target: ``request_dropped``), as in one process, at most 2 times in
    the crawl. (A worker kept the slot: each such redirect cost the crawl a page.)"""
    from scrapy import signals

    seed, crawl = "http://redirects.test/", f"redirects-{uuid.uuid4().hex[:6]}"
    limit = SharedPageLimitMiddleware.from_crawler(
        worker_spider(redis_url, crawl, seed, {"CLIPPINGS_MAX_PAGES": 2}).crawler)
    spider = limit.crawler.spider
    assert isinstance(spider, WorkerSpider)
    frontier = spider.frontier
    try:
        frontier.push([Request(f"{seed}moved/{n}") for n in range(3)] + [Request(f"{seed}news/{n}") for n in range(3)])
        for _ in range(3):  # each moved page counted, then redirected to the home page, seen already
            ((_, moved, ok),) = sent(limit, 1)
            assert ok
            target = moved.replace(url=seed, meta={**moved.meta, "redirect_urls": [moved.url]})
            limit.crawler.signals.send_catch_log(signal=signals.request_dropped, request=target, spider=spider)
        # Two slots given back (the third redirect's is not: at most --max-pages times).
        assert int(frontier.server.hget(frontier.keys.tally, MAX_PAGES_SENT)) == 1
        assert [(r.url, ok) for _, r, ok in sent(limit, 2)] == [(f"{seed}news/0", True), (f"{seed}news/1", False)]
        assert limit.crawler.stats.get_value("clippings/max_pages_given_back") == 2
    finally:
        frontier.finish()


def test_a_coordinator_killed_before_its_crawl_is_announced_leaves_no_limits_on_its_sites(
        redis_url: str, tmp_path: Path) -> None:
    """A coordinator dies while it reads the archive's revisits (here the archive
    is no archive: the read fails, and nothing after it runs, as after a
    ``kill -9``). Its crawl was not announced yet, so no reaper finds it: the
    limits it had written into its site's hash (a concurrency of 1, a delay of
    9 s) held every later crawl of the site for good. Now they are written only
    once the crawl is announced, and a crawl reaped as dead takes them out."""
    server = redis.Redis.from_url(redis_url)
    site = f"killed.test:{free_port()}"
    settings = coordinator_settings(get_project_settings(), redis_url)
    settings.setdict({"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 9}, priority="cmdline")

    def coordinator(db: Path) -> CoordinatorSpider:
        settings.set("CLIPPINGS_DB", str(db), priority="cmdline")
        crawler = Crawler(CoordinatorSpider, settings)
        crawler.stats = MemoryStatsCollector(crawler)
        spider = crawler._create_spider(seeds=f"http://{site}/", redis_url=redis_url)
        assert isinstance(spider, CoordinatorSpider)
        return spider

    def crawls_limits() -> list[bytes]:
        return [name for name in server.hkeys(site_keys(site)[1]) if name != b"next_at"]

    not_archive = tmp_path / "not-an-archive.db"
    not_archive.write_bytes(b"not a database\n" * 100)
    dying = coordinator(not_archive)
    with pytest.raises(sqlite3.DatabaseError):
        dying.announce()
    reap_dead_crawls(server)
    assert crawls_limits() == []
    # Killed after the announce: once its heartbeat lapses, the next reaper takes them out.
    open_archive(tmp_path / "a.db").close()
    killed = coordinator(tmp_path / "a.db")
    killed.announce()
    assert sorted(crawls_limits()) == sorted(name.encode() for name in crawl_fields(killed.crawl)[:2])
    server.delete(killed.frontier.keys.alive)  # (its COORDINATOR_TTL over)
    reap_dead_crawls(server)
    assert crawls_limits() == []
