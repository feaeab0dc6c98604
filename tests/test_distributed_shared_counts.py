"""The crawl's counts held in Redis for all its workers together (issue #8): the
sitemap cap a site, ``--max-pages`` slots of a worker taken for dead, which crawl a
worker serves, and which of a site's keys two crawls share.

Real parts: redis-server on a free port of 127.0.0.1 (the ``redis_url``
fixture), the workers' own spider and middlewares built from the settings
``clippings worker`` gives them, talking to it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from crawler.distributed.worker import WorkerSpider, worker_settings
from crawler.items import FetchRecord
from crawler.spiders.discovery import Discovered


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
