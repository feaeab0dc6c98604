"""A test-only archive pipeline that holds one page's store open, its WARC record
written and its transaction not committed: a crawl killed meanwhile (``kill -9``)
dies between the two, every time, not by chance.

Given to a crawl with ``-s ITEM_PIPELINES=...`` in place of the archive pipeline:
the ``CLIPPINGS_TEST_HOLD_NTH``-th article to come is stored as usual (its WARC
record written and flushed, its rows written in the open transaction), then its
URL is written to ``CLIPPINGS_TEST_HOLD_FILE`` and the writer thread waits (120 s
at most: only against a test that never kills the crawl) before the commit.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from crawler.items import ArticlePage
from pipelines.store_thread import ThreadedArchivePipeline

MAX_HOLD = 120.0


class HoldBeforeCommitPipeline(ThreadedArchivePipeline):
    marker: Path
    nth: int
    articles = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HoldBeforeCommitPipeline:
        pipeline = super().from_crawler(crawler)
        assert isinstance(pipeline, HoldBeforeCommitPipeline)
        pipeline.marker = Path(crawler.settings.get("CLIPPINGS_TEST_HOLD_FILE"))
        pipeline.nth = crawler.settings.getint("CLIPPINGS_TEST_HOLD_NTH")
        return pipeline

    def _store_item(self, item: Any) -> Any:
        stored = super()._store_item(item)  # (inside with_notes' transaction: not committed yet)
        if isinstance(item, ArticlePage):
            self.articles += 1
        if isinstance(item, ArticlePage) and self.articles == self.nth:
            # written whole, then named: the test reads it as soon as it exists
            partial = self.marker.with_name(self.marker.name + ".part")
            partial.write_text(item.fetch.url)
            partial.replace(self.marker)
            time.sleep(MAX_HOLD)
        return stored
