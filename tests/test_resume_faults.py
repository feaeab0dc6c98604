"""A fault reading the frontier a continued crawl took over (``pipelines/store.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.exceptions import CloseSpider

from archive.frontier import crawl_key
from crawler.items import ARCHIVE_FAULT_REASON
from pipelines.store import ArchivePipeline


def test_a_frontier_that_cannot_be_read_closes_the_crawl_with_its_reason(tmp_path: Path) -> None:
    """The archive file replaced (here by a file that is no SQLite database) when
    the spider's ``start()`` opens the rows: the crawl closes with one line naming
    the frontier and the fault, its rows left for the next crawl. (Before, the
    SQLite error went up through ``start()``: Scrapy logged a traceback, went on
    from the seeds alone, and the summary said "stopped early", with the start
    error counted as a page "lost to errors".)"""
    db = tmp_path / "news.db"
    db.write_bytes(b"not a database, " * 512)
    pipeline = ArchivePipeline(str(db))
    with pytest.raises(CloseSpider) as raised:
        next(iter(pipeline.taken_rows(2, crawl_key(["http://127.0.0.1:1/"], None), 1)))
    reason = raised.value.reason
    assert reason.startswith(ARCHIVE_FAULT_REASON + "cannot read the frontier of crawl 1 from "), reason
    assert "news.db" in reason and reason.endswith("its pages wait for the next crawl of these seeds"), reason
