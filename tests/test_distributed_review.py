"""Review findings in the distributed crawl's Redis steps: a redirect's seen check
that straddles the crawl's end, a dead worker's tokens on sites other than the
seeds', a request passed on from worker to worker taking its site's budget turn
again, and the robots.txt hops' address pins.

Real parts: redis-server on a free port of 127.0.0.1 (the ``redis_url`` fixture),
the workers' and the coordinator's own spiders and middlewares built from the
settings ``clippings worker`` and ``clippings crawl --redis`` give them.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.project import get_project_settings

from archive import open_archive
from crawler.distributed.coordinator import CoordinatorSpider, coordinator_settings
from crawler.distributed.frontier import Frontier, heartbeat_key
from crawler.distributed.politeness import site_keys, try_acquire
from tests.support.redis_crawls import free_port


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
