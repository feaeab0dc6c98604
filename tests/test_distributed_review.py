"""Review findings in the distributed crawl's Redis steps: a redirect's seen check
that straddles the crawl's end, a dead worker's tokens on sites other than the
seeds', a request passed on from worker to worker taking its site's budget turn
again, and the robots.txt hops' address pins.

Real parts: redis-server on a free port of 127.0.0.1 (the ``redis_url`` fixture),
the workers' and the coordinator's own spiders and middlewares built from the
settings ``clippings worker`` and ``clippings crawl --redis`` give them.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.project import get_project_settings

from archive import open_archive
from crawler.distributed.coordinator import CoordinatorSpider, coordinator_settings
from crawler.distributed.frontier import MAX_PAGES_SENT, Frontier, heartbeat_key
from crawler.distributed.politeness import site_keys, try_acquire
from crawler.distributed.resume import RowFeed
from crawler.distributed.worker import LEASE, WorkerSpider
from crawler.exceptions import TrapRequest
from crawler.spiders.articles import ArticleSpider
from crawler.urls import site_key
from tests.conftest import ENV, ROOT
from tests.support.redis_crawls import free_port
from tests.test_distributed import refusals, worker_guard


class FinishingBetweenCalls(redis.Redis):
    """A client of the real Redis after whose first ``EXISTS`` another client (the
    coordinator) ends the crawl: the moment between two calls of one step."""

    def __init__(self, url: str, crawl: str) -> None:
        pool = redis.ConnectionPool.from_url(url)
        super().__init__(connection_pool=pool)
        self.coordinator = Frontier(redis.Redis.from_url(url), crawl)
        self.ended = False

    def exists(self, *names: Any) -> Any:
        found = super().exists(*names)
        if not self.ended:
            self.ended = True
            self.coordinator.finish()
        return found


def test_a_redirects_seen_check_never_makes_the_seen_set_again_after_the_crawls_end(redis_url: str) -> None:
    """A worker marks a redirect's target seen as the coordinator ends the crawl.
    ``Frontier.seen`` looked at the crawl's ``done`` flag, then added the URL to
    the seen set in a second call: the crawl ending in between (its keys deleted)
    left a seen set of one URL in Redis, with no expiry, for good. Now the look and
    the add are one Lua call."""
    crawl = f"seen-{uuid.uuid4().hex[:6]}"
    client = FinishingBetweenCalls(redis_url, crawl)
    frontier = Frontier(client, crawl)
    frontier.push([Request("http://seen.test/")])
    frontier.seen(Request("http://seen.test/moved"))
    if not client.ended:  # (one call: the crawl ends after it, not inside it)
        client.coordinator.finish()
    server = redis.Redis.from_url(redis_url)
    assert not server.exists(frontier.keys.seen)
    assert server.exists(frontier.keys.done)


def coordinator(redis_url: str, db: Path, seed: str) -> CoordinatorSpider:
    """A coordinator's spider as ``clippings crawl --redis`` builds it (its crawl
    announced), without the crawl running around it."""
    settings = coordinator_settings(get_project_settings(), redis_url)
    settings.set("CLIPPINGS_DB", str(db), priority="cmdline")
    open_archive(db).close()
    crawler = Crawler(CoordinatorSpider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    spider = crawler._create_spider(seeds=seed, redis_url=redis_url)
    crawler.spider = spider
    assert isinstance(spider, CoordinatorSpider)
    spider.announce()
    return spider


def test_a_dead_workers_tokens_are_freed_on_every_site_it_took_one_on(redis_url: str, tmp_path: Path) -> None:
    """A worker killed while it fetched a page of another site than the seeds' (a
    link off the seed's site, a robots.txt hop, a sitemap host) held that site's
    only token (concurrency 1) for ``DOWNLOAD_TIMEOUT`` + 5 s after the coordinator
    found it dead: the coordinator freed its tokens on the seeds' sites only. Now
    it frees them on every site the worker took one on, and forgets those sites."""
    server = redis.Redis.from_url(redis_url)
    seed_site, other = f"seed.test:{free_port()}", f"elsewhere.test:{free_port()}"
    spider = coordinator(redis_url, tmp_path / "a.db", f"http://{seed_site}/")
    worker = f"dead-{uuid.uuid4().hex[:6]}"
    server.sadd(spider.frontier.keys.workers, worker)  # (as its first pop did; no heartbeat: dead)

    def take(site: str, token: str) -> int:
        return try_acquire(server, site, token, lease_ms=60_000, default_concurrency=1, default_delay_ms=0)

    assert take(other, f"{worker}/1") == 0 and take(seed_site, f"{worker}/2") == 0
    assert take(other, "live/1") == -1  # (the dead worker's token holds the site)
    assert not server.exists(heartbeat_key(worker))
    spider.reap()
    assert server.zrange(site_keys(other)[0], 0, -1) == [] and server.zrange(site_keys(seed_site)[0], 0, -1) == []
    assert take(other, "live/1") == 0
    assert not server.exists(f"clippings:worker:{worker}:sites")
    assert spider.crawler.stats.get_value("clippings/workers_lost") == 1
    spider.frontier.finish()
    if spider.reaper is not None:  # (its thread, which the crawl's end does not wait for, ends with the test)
        spider.reaper.shutdown(wait=True)


def test_a_workers_sites_of_tokens_expire_with_its_tokens(redis_url: str) -> None:
    """The sites a worker took tokens on are kept no longer than the tokens: a
    worker killed with no coordinator left to reap it leaves nothing for good."""
    server = redis.Redis.from_url(redis_url)
    worker = f"w-{uuid.uuid4().hex[:6]}"
    site = f"short.test:{free_port()}"
    assert try_acquire(server, site, f"{worker}/1", lease_ms=5_000, default_concurrency=2, default_delay_ms=0) == 0
    key = f"clippings:worker:{worker}:sites"
    assert server.zrange(key, 0, -1) == [site.encode()]
    assert 0 < server.pttl(key) <= 5_000


def test_a_request_passed_on_between_workers_takes_its_sites_budget_turn_once(redis_url: str) -> None:
    """A site's budget of 3 requests, 3 queued. The first worker passes two through
    its trap guard and stops (its leases given back); the second passes all three;
    the second's third and a fourth, new one, are held aside at ``--max-pages`` and
    queued again for a slot given back: passed again, they are still 3 requests
    and 3 turns. (Each pass took a turn: the second worker found the budget spent,
    and refused 2 of the site's 3 pages.) A redirect's target under the same lease
    takes a turn of its own, as in one process."""
    seed = "http://turns.test/"
    crawl = f"turns-{uuid.uuid4().hex[:6]}"
    first, second = (worker_guard(redis_url, crawl, seed, budget=3) for _ in range(2))
    first_spider, second_spider = first.crawler.spider, second.crawler.spider
    assert isinstance(first_spider, WorkerSpider) and isinstance(second_spider, WorkerSpider)
    frontier = first_spider.frontier
    frontier.push([Request(f"{seed}news/{n}") for n in range(3)])
    assert [outcome for _, _, outcome in refusals(first, 2)] == ["sent", "sent"]
    assert frontier.give_back(first_spider.worker) == 2  # (the first worker stops)
    outcomes = refusals(second, 3)
    assert [outcome for _, _, outcome in outcomes] == ["sent", "sent", "sent"]
    # The last is refused at --max-pages (held aside), then queued again for a slot given back.
    lease = outcomes[2][0]
    frontier.server.hset(frontier.keys.tally, MAX_PAGES_SENT, 1)
    assert frontier.drop_past_limit(MAX_PAGES_SENT, 1, second_spider.worker, lease) == (0, 1)
    frontier.server.hset(frontier.keys.slots, "sent-page", "1")
    assert frontier.give_slot_back(1, "sent-page") == 2
    assert [(again, outcome) for again, _, outcome in refusals(second, 1)] == [(lease, "sent")]
    assert int(frontier.server.hget(frontier.keys.tally, f"site {site_key(seed)}") or 0) == 3
    # A redirect's target (another URL, the same lease): a turn of its own, past the budget.
    moved = Request(f"{seed}moved", meta={LEASE: lease})
    with pytest.raises(TrapRequest):
        second.process_request(moved)
    # The lease's turns go with its commit.
    assert frontier.server.hexists(frontier.keys.turns, lease)
    assert frontier.commit(lease, second_spider.worker, [], []) == 0
    assert not frontier.server.hexists(frontier.keys.turns, lease)
    frontier.finish()
    assert not frontier.server.exists(frontier.keys.turns)


PIN_LIFETIME = '''
import gc, json
from scrapy import Request, Spider
from twisted.internet import defer, task
from twisted.internet.interfaces import IResolutionReceiver
from zope.interface import implementer
from crawler.resolver import TimedHostnameResolver, pin

@implementer(IResolutionReceiver)
class Got:
    def __init__(self):
        self.addresses, self.done = [], defer.Deferred()
    def resolutionBegan(self, resolution):
        pass
    def addressResolved(self, address):
        self.addresses.append(address.host)
    def resolutionComplete(self):
        self.done.callback(sorted(self.addresses))

async def main(reactor):
    resolver = TimedHostnameResolver(reactor, 0, 10)
    async def look():
        got = Got()
        resolver.resolveHostName(got, "localhost", 80)
        return await got.done
    hop = Request("http://localhost/robots.txt")
    try:
        pin("localhost", ["192.0.2.7"], hop)
    except TypeError:  # (the code before: pinned for the process, no holder)
        pin("localhost", ["192.0.2.7"])
    during = await look()
    del hop
    gc.collect()
    print(json.dumps({"during": during, "after": await look()}))

task.react(lambda reactor: defer.ensureDeferred(main(reactor)))
'''


def test_a_robots_hops_address_pin_lasts_as_long_as_its_request() -> None:
    """The local-network guard pins a robots.txt hop's name to the addresses it
    judged, so that the hop's download connects to them (DNS rebinding). The pin
    lasted for the process: a worker serving crawl after crawl sent every later
    look-up of that name (another crawl's hop, a page of a site under that name) to
    the addresses judged once, whatever the name's addresses had become. Now it
    lasts while the request judged lives; then the name is looked up again (here
    ``localhost``, by the system's resolver in a real reactor)."""
    run = subprocess.run([sys.executable, "-c", PIN_LIFETIME], capture_output=True, text=True, cwd=ROOT,
                         env=ENV, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["during"] == ["192.0.2.7"], found
    assert found["after"] and "192.0.2.7" not in found["after"], found
    assert set(found["after"]) <= {"127.0.0.1", "::1"}, found


class Named(Spider):
    """A spider that names the workers' callbacks (a popped request is read with them)."""

    name = "named"

    def parse(self, response: Any, **kwargs: Any) -> Any:
        return None

    def on_error(self, failure: Any) -> None:
        return None


class PoppingBetweenCalls(redis.Redis):
    """A client of the real Redis (the coordinator's) after whose first read of the
    crawl's workers a worker pops from the queue: the moment inside ``finish``."""

    def __init__(self, url: str, crawl: str, worker: str) -> None:
        super().__init__(connection_pool=redis.ConnectionPool.from_url(url))
        self.worker_frontier = Frontier(redis.Redis.from_url(url), crawl, Named())
        self.worker = worker
        self.popped: list[tuple[str, Request]] | None = None

    def smembers(self, name: Any) -> Any:
        found = super().smembers(name)
        if self.popped is None and str(name).endswith(":workers"):
            self.popped = self.worker_frontier.pop(self.worker)
        return found


def test_a_pop_as_the_crawl_ends_leaves_no_processing_hash(redis_url: str) -> None:
    """A worker takes a request from the queue while the coordinator ends the
    crawl: ``finish`` sets ``done``, reads which workers hold requests, then deletes
    their processing hashes. A worker's first pop between those two steps (it looks
    at ``done`` every quarter second) made a processing hash ``finish`` did not
    know of, left in Redis for good, with no expiry. Now a pop takes nothing once
    the crawl is done."""
    crawl, worker = f"pop-{uuid.uuid4().hex[:6]}", f"late-{uuid.uuid4().hex[:6]}"
    client = PoppingBetweenCalls(redis_url, crawl, worker)
    coordinator = Frontier(client, crawl)
    coordinator.push([Request("http://pop.test/")])
    coordinator.finish()
    assert client.popped == []
    server = redis.Redis.from_url(redis_url)
    assert not server.exists(coordinator.keys.processing(worker))
    assert not server.exists(coordinator.keys.workers)


class WorkerAfterEachLook(redis.Redis):
    """The coordinator's client of the real Redis: after each look at the crawl's
    state (the status script), a worker takes every queued request and ends each
    lease it holds with no record (a request its trap guard refused past the site's
    budget): the moment between two looks of one step."""

    def __init__(self, url: str, crawl: str) -> None:
        super().__init__(connection_pool=redis.ConnectionPool.from_url(url))
        self.worker = Frontier(redis.Redis.from_url(url), crawl, ArticleSpider(seeds="http://seed.test/"))
        self.status_sha = self.worker._status.sha
        self.looks = 0

    def evalsha(self, sha: str, numkeys: int, *keys_and_args: Any) -> Any:
        found = super().evalsha(sha, numkeys, *keys_and_args)  # type: ignore[arg-type]
        if sha == self.status_sha:
            self.looks += 1
            self.worker.pop("w1", 100)
            for lease in self.worker.server.hkeys(self.worker.keys.processing("w1")):
                assert self.worker.commit(lease.decode(), "w1", [], []) >= 0  # (-1: the lease lost)
        return found


def test_a_continued_crawl_reads_every_row_however_its_last_lease_ends(redis_url: str, tmp_path: Path) -> None:
    """A continued crawl's coordinator looks whether the crawl is over: nothing
    queued, held or waiting, and every row it took over read. Its last lease held
    by a worker, one row left to read: the worker ends the lease with no record
    right after the coordinator's look. The coordinator queues the row, and ends
    once it is done. Before, it looked twice, once for the rows and once for the
    end: the second look saw nothing left and ended the crawl "finished", and the
    frontier (the row never queued) was dropped: its URL lost for good."""
    spider = coordinator(redis_url, tmp_path / "a.db", f"http://seed.test:{free_port()}/")
    server = redis.Redis.from_url(redis_url)
    server.set(heartbeat_key("w1"), "1", ex=300)
    client = WorkerAfterEachLook(redis_url, spider.crawl)
    client.worker.pop("w1", 100)  # the seed, held
    spider.frontier = Frontier(client, spider.crawl)
    rows = [Request(f"http://seed.test/row-{n}") for n in range(2)]
    spider.feed = RowFeed(spider.frontier, iter(rows), 1)

    async def run() -> None:
        async for _ in spider.workers_records():
            pass

    asyncio.run(run())
    assert spider.finished
    assert spider.feed.exhausted and spider.feed.queued == 2, spider.feed.queued
