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

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

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

    @property
    def articles_stored(self) -> int:
        return self.outcomes.get("stored", 0)

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        outcome_text = ", ".join(f"{name} {count}" for name, count in sorted(self.outcomes.items()))
        return [
            f"crawl {self.crawl_id} finished in {self.seconds:.1f}s ({self.finish_reason})",
            f"pages fetched: {self.pages_fetched}",
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
        settings.set("DEPTH_LIMIT", depth, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(seeds: list[str], settings: Settings) -> CrawlSummary:
    """Crawl ``seeds`` with ``settings``; blocks until the crawl ends."""
    process = CrawlerProcess(settings, install_root_handler=settings.getbool("LOG_ENABLED", True))
    crawler = process.create_crawler(ArticleSpider)
    started = time.monotonic()
    process.crawl(crawler, seeds=seeds)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    prefix = "clippings/outcome/"
    spider = crawler.spider
    return CrawlSummary(
        crawl_id=stats.get("clippings/crawl_id"),
        seconds=time.monotonic() - started,
        pages_fetched=int(stats.get("response_received_count", 0)),
        outcomes={k[len(prefix):]: int(v) for k, v in stats.items() if k.startswith(prefix)},
        seed_errors=dict(getattr(spider, "seed_errors", {}) or {}),
        finish_reason=stats.get("finish_reason"),
    )
