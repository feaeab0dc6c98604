"""What syncing each WARC capture before its rows commit costs a crawl's writer.

Usage: python benchmarks/warc_sync.py [--articles 300] [--rounds 3] [--dir FOLDER]

The archive pipeline (the crawl's writer: SQLite archive and WARC file, no Scrapy)
stores the same parsed articles twice into fresh archives in ``--dir`` (default: a
temporary folder under the current one, so on the disk the archive would be on;
``/tmp`` may be a RAM disk where ``fsync`` is free): once as crawls run now, the
WARC file ``fsync``'d before each transaction that points into it commits, and once
with the WARC file only flushed (as before, the baseline), and ``--full``: once more
with the WARC synced and ``PRAGMA synchronous = FULL`` (every commit syncs the
-wal; the archive keeps NORMAL and syncs the -wal once, at the crawl's end). Parsing is done before the
clock starts: only storing is timed. Prints ms per stored page for each, the
difference, and the median of ``--rounds`` runs each. Wall-clock figures: compare
the same run's numbers, not runs on differently loaded machines.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.warc import WarcStore
from benchmarks.crawl import article_page
from crawler.items import ArticlePage, FetchRecord, RawResponse
from crawler.parsers import parse_article
from pipelines.store import ArchivePipeline

FETCHED_AT = "2026-01-05T09:00:00Z"


def pages(total: int) -> list[ArticlePage]:
    """``total`` articles of the crawl benchmark's site, parsed, with their raw responses."""
    items = []
    for n in range(total):
        url = f"http://127.0.0.1:8000/story/{n}/"
        body = article_page(n, total).encode()
        article = parse_article(body, url, fetched_at=FETCHED_AT)
        assert article is not None
        raw = RawResponse(url=url, status=200, headers=[("Content-Type", "text/html; charset=utf-8")], body=body,
                          request_headers=[("User-Agent", "benchmark")], fetched_at=FETCHED_AT)
        fetch = FetchRecord(url=url, outcome="stored", status=200, bytes=len(body), fetched_at=FETCHED_AT)
        items.append(ArticlePage(article=article, fetch=fetch, raw=raw))
    return items


def store_all(items: list[ArticlePage], folder: Path, *, synced: bool, full: bool = False) -> float:
    """Seconds to store ``items`` into a new archive in ``folder`` (``full``: every
    commit synced, ``synchronous = FULL``)."""
    real_sync = WarcStore.sync
    if not synced:  # the baseline: the WARC file flushed, not synced (the code before)
        WarcStore.sync = lambda self: (self._file.flush(), setattr(self, "unsynced", False))  # type: ignore[method-assign]
    try:
        pipeline = ArchivePipeline(str(folder / "news.db"), warc_dir=folder / "warc")
        pipeline.open_spider()
        if full:
            assert pipeline.writer is not None
            pipeline.writer.db.conn.execute("PRAGMA synchronous = FULL")
        start = time.perf_counter()
        for item in items:
            pipeline.process_item(item)
        seconds = time.perf_counter() - start
        pipeline.close_spider()
    finally:
        WarcStore.sync = real_sync  # type: ignore[method-assign]
    assert pipeline.fault is None, pipeline.fault
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path.cwd(), help="where the archives are written")
    parser.add_argument("--full", action="store_true", help="also time synchronous = FULL (every commit synced)")
    args = parser.parse_args()
    items = pages(args.articles)
    variants = [("flushed", False, False), ("synced", True, False)] + ([("full", True, True)] if args.full else [])
    times: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    for _ in range(args.rounds):
        for name, synced, full in variants:
            folder = Path(tempfile.mkdtemp(prefix="warc-sync-", dir=args.dir))
            try:
                times[name].append(store_all(items, folder, synced=synced, full=full))
            finally:
                shutil.rmtree(folder)
    per_page = {name: 1000 * statistics.median(runs) / args.articles for name, runs in times.items()}
    print(f"{args.articles} pages stored, median of {args.rounds} rounds, in {args.dir}")
    print(f"  flushed only (before):      {per_page['flushed']:7.2f} ms/page")
    print(f"  fsync before commit (now):  {per_page['synced']:7.2f} ms/page")
    print(f"  cost of the fsync:          {per_page['synced'] - per_page['flushed']:+7.2f} ms/page "
          f"({100 * (per_page['synced'] / per_page['flushed'] - 1):+.0f}%)")
    if args.full:
        print(f"  and synchronous = FULL:     {per_page['full']:7.2f} ms/page "
              f"({per_page['full'] - per_page['synced']:+.2f} ms/page more than now)")


if __name__ == "__main__":
    main()
