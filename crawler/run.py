"""Run one crawl in this process: settings in, a summary of what happened out.

``clippings crawl`` and ``clippings demo`` call :func:`run_crawl`; ``scrapy crawl
articles`` takes the same settings from ``scrapy.cfg``. Twisted's reactor runs once
per process, so one process runs one crawl.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler.items import NORMAL_FINISH_REASONS
from crawler.spiders.articles import ArticleSpider


@dataclass(slots=True)
class CrawlSummary:
    """What a crawl did, for the command line."""

    crawl_id: int | None
    seconds: float
    pages_fetched: int
    outcomes: dict[str, int] = field(default_factory=dict)
    seed_errors: dict[str, str] = field(default_factory=dict)
    finish_reason: str | None = None
    pages_parsed: int = 0

    @property
    def ok(self) -> bool:
        """Every seed answered and the crawl ended normally."""
        return not self.seed_errors and self.finish_reason in NORMAL_FINISH_REASONS

    @property
    def articles_stored(self) -> int:
        return self.outcomes.get("stored", 0)

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        outcome_text = ", ".join(f"{name} {count}" for name, count in sorted(self.outcomes.items()))
        return [
            f"crawl {self.crawl_id} finished in {self.seconds:.1f}s ({self.finish_reason})",
            f"pages fetched: {self.pages_fetched} (parsed: {self.pages_parsed})",
            f"articles stored: {self.articles_stored} (unchanged: {self.outcomes.get('unchanged', 0)})",
            f"outcomes: {outcome_text or 'none'}",
        ]


def crawl_settings(
    db: str | Path,
    *,
    max_pages: int | None = None,
    depth: int | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """The project settings with this run's archive, limits and overrides applied."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("CLIPPINGS_DB", str(db), priority="cmdline")
    if max_pages:
        settings.set("CLOSESPIDER_PAGECOUNT", max_pages, priority="cmdline")
    if depth is not None:
        # Scrapy reads DEPTH_LIMIT = 0 as "no limit"; depth 0 here means "the
        # seeds (and the entries of their sitemaps and feeds) only": the spider
        # then follows no links from HTML pages.
        settings.set("DEPTH_LIMIT", depth, priority="cmdline")
        settings.set("CLIPPINGS_FOLLOW_LINKS", depth > 0, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


@dataclass(slots=True)
class CrawlJob:
    """One site's crawl: its seeds, its settings, and spider arguments."""

    name: str
    seeds: list[str]
    settings: Settings
    since: str | None = None


def run_crawl(seeds: list[str], settings: Settings, *, since: str | None = None) -> CrawlSummary:
    """Crawl ``seeds`` with ``settings``; blocks until the crawl ends."""
    return run_crawls([CrawlJob(name="crawl", seeds=seeds, settings=settings, since=since)])[0]


def run_crawls(jobs: list[CrawlJob]) -> list[CrawlSummary]:
    """Run several crawls side by side in one reactor, each with its own settings
    (politeness, limits) and its own ``crawls`` row; blocks until all end."""
    if not jobs:
        return []
    # Scrapy merges the process's settings into every crawler it runs, over
    # any setting the crawler holds at a lower priority: were the process given
    # the first site's settings, its limits and politeness (--max-pages, delay,
    # depth) would leak into every other site. It gets only what all jobs share.
    process = CrawlerProcess(shared_settings([job.settings for job in jobs]))
    crawlers = []
    started = time.monotonic()
    for index, job in enumerate(jobs):
        # The first crawler installs the reactor; the others use the same one.
        crawler = Crawler(ArticleSpider, job.settings, init_reactor=index == 0)
        process.crawl(crawler, seeds=job.seeds, since=job.since)
        crawlers.append(crawler)
    process.start()
    elapsed = time.monotonic() - started
    return [summarise(crawler, elapsed) for crawler in crawlers]


def shared_settings(all_settings: list[Settings]) -> Settings:
    """The settings every one of ``all_settings`` holds with the same value and priority."""
    first, others = all_settings[0], all_settings[1:]
    shared = Settings()
    for name in first:
        value, priority = first[name], first.getpriority(name)
        if all(name in other and other[name] == value and other.getpriority(name) == priority
               for other in others):
            shared.set(name, value, priority=priority or 0)
    return shared


def summarise(crawler: Any, elapsed: float) -> CrawlSummary:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    prefix = "clippings/outcome/"
    started, finished = stats.get("start_time"), stats.get("finish_time")
    seconds = (finished - started).total_seconds() if started and finished else elapsed
    return CrawlSummary(
        crawl_id=stats.get("clippings/crawl_id"),
        seconds=seconds,
        pages_fetched=int(stats.get("response_received_count", 0)),
        outcomes={k[len(prefix):]: int(v) for k, v in stats.items() if k.startswith(prefix)},
        seed_errors=dict(getattr(crawler.spider, "seed_errors", {}) or {}),
        finish_reason=stats.get("finish_reason"),
        pages_parsed=int(stats.get("clippings/pages_parsed", 0)),
    )
