"""A test-only item pipeline that makes the crawl's WARC file fail its ``fsync``.

Given to a crawl with ``-s ITEM_PIPELINES=...`` ahead of the archive's pipeline,
it hands the archive's :class:`~archive.warc.WarcStore`, on the archive's writer
thread and before the first record is stored, a file object that writes to the
WARC file and whose ``fileno`` is a pipe's read end: ``fsync`` on it fails for
real (EINVAL), as on a disk that cannot write back. (No filesystem failing fsync
can be made in the test's container: no device-mapper for dm-error, no FUSE library.)
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from pipelines.store_thread import ThreadedArchivePipeline


class SyncFailsOnAPipe(io.BufferedWriter):
    """Writes go to the file at ``path``; ``fileno`` is ``pipe_end``."""

    def __init__(self, path: Path, pipe_end: int) -> None:
        super().__init__(io.FileIO(path, "ab"))
        self.pipe_end = pipe_end

    def fileno(self) -> int:
        return self.pipe_end


class PipeSyncPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.pipe: tuple[int, int] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PipeSyncPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if self.pipe is None:
            self.pipe = os.pipe()  # (both ends closed with the process)
            archive = next(pipeline for pipeline in self.crawler.engine.scraper.itemproc.middlewares
                           if isinstance(pipeline, ThreadedArchivePipeline))
            archive.thread.submit(self.swap, archive, self.pipe[0]).result()
        return item

    @staticmethod
    def swap(archive: ThreadedArchivePipeline, pipe_end: int) -> None:
        warc = archive.warc
        assert warc is not None
        warc._file.close()
        warc._file = warc._writer.out = SyncFailsOnAPipe(warc.path, pipe_end)
