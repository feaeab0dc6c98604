"""A test-only archive pipeline that holds a continued crawl's start: the first
time the coordinator reads a row it took over (its done URLs marked seen in Redis,
its seeds queued, its crawl not yet announced), ``CLIPPINGS_TEST_HOLD_FILE`` is
written and the reactor waits (120 s at most: only against a test that never
kills the crawl). A coordinator killed meanwhile (``kill -9``) dies there, every
time, not by chance.

Given to a crawl with ``-s ITEM_PIPELINES=...`` in place of the archive pipeline.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from crawler.frontier import TakenRow
from pipelines.store_thread import ThreadedArchivePipeline

MAX_HOLD = 120.0


class HoldRowsPipeline(ThreadedArchivePipeline):
    def taken_rows(self, crawl_id: int, key: str, held_by: int) -> Iterator[TakenRow]:
        rows = super().taken_rows(crawl_id, key, held_by)
        marker = Path(self.crawler.settings.get("CLIPPINGS_TEST_HOLD_FILE")) if self.crawler else None
        assert marker is not None
        return held(rows, marker)


def held(rows: Iterator[TakenRow], marker: Path) -> Iterator[TakenRow]:
    partial = marker.with_name(marker.name + ".part")
    partial.write_text("held")
    partial.replace(marker)
    time.sleep(MAX_HOLD)
    yield from rows
