"""A test-only item pipeline that raises on the record of one URL (its path in
``CLIPPINGS_TEST_RAISE_PATH``): a bug in a pipeline, every time, not by chance."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler


class RaiseOnPathPipeline:
    def __init__(self, path: str) -> None:
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RaiseOnPathPipeline:
        return cls(crawler.settings.get("CLIPPINGS_TEST_RAISE_PATH"))

    def process_item(self, item: Any) -> Any:
        fetch = getattr(item, "fetch", item)
        if str(getattr(fetch, "url", "")).endswith(self.path):
            raise ValueError(f"a bug in a pipeline, on {self.path}")
        return item
