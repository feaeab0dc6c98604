"""What a large frontier costs the crawl that continues it (review 28 L1).

A crawl of a small local site (tests/support/chain_site.py) is stopped by
``--max-pages 2``; its frontier is then grown to ``--done`` done rows and
``--pending`` pending rows (URLs on the same site), and a ``--max-pages 5``
continuation is run: its wall time and peak RSS (its own process, ``wait4``), and
the time :func:`archive.frontier.take_over` takes on a copy of the archive in this
process, and the memory what it returns holds (``tracemalloc``, a second take-over:
the done URLs the crawl keeps for its whole run; the peak RSS of the crawl is
mostly Scrapy's and the parsers'). ``--done 0 --pending 0`` gives the figures of a
small frontier.

    python benchmarks/frontier_scale.py --done 300000 --pending 20000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from contextlib import closing
from pathlib import Path

from archive.frontier import _key_of, take_over
from tests.conftest import ENV, ROOT
from tests.support.chain_site import ChainSite


def crawl(site: ChainSite, db: Path, *extra: str) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user and system: steadier than the wall time on a
    busy machine), peak RSS (MB) and stdout of one crawl."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db), "--delay", "0",
             "--processes", "0", *extra], stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=ENV)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if process.returncode != 0:
        raise SystemExit(f"crawl failed ({process.returncode}):\n{text}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def timed_take_over(db: Path, into: Path) -> tuple[float, float]:
    """Seconds of ``take_over``, and MB held by what it returns (a second take-over, traced)."""
    shutil.copy(db, into)
    conn = sqlite3.connect(into)
    try:
        (held,) = conn.execute("SELECT DISTINCT crawl_id FROM frontier").fetchone()
        seeds, settings = conn.execute("SELECT seeds, settings FROM crawls WHERE id = ?", [held]).fetchone()
        key = _key_of(seeds, settings)
        assert key is not None
        new = conn.execute("INSERT INTO crawls (started, seeds, settings, status) VALUES ('x', ?, ?, 'running')",
                           [seeds, settings]).lastrowid
        assert new is not None
        conn.execute("SAVEPOINT before")
        started = time.perf_counter()
        take_over(conn, key, new)
        seconds = time.perf_counter() - started
        conn.execute("ROLLBACK TO before")
        tracemalloc.start()
        try:
            resumed = take_over(conn, key, new)
            held_mb = tracemalloc.get_traced_memory()[0] / 2**20
        finally:
            tracemalloc.stop()
        del resumed
        return seconds, held_mb
    finally:
        conn.rollback()
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--done", type=int, default=300_000)
    parser.add_argument("--pending", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, ChainSite(6) as site:
        db = Path(tmp) / "news.db"
        crawl(site, db, "--max-pages", "2")
        with closing(sqlite3.connect(db)) as conn, conn:
            (held,) = conn.execute("SELECT DISTINCT crawl_id FROM frontier").fetchone()
            conn.executemany("INSERT OR IGNORE INTO frontier (crawl_id, url, state) VALUES (?, ?, 'done')",
                             ((held, f"{site.base_url}/done/{n}") for n in range(args.done)))
            meta = json.dumps({"depth": 2})
            conn.executemany(
                "INSERT OR IGNORE INTO frontier (crawl_id, url, state, meta, priority) VALUES (?, ?, 'pending', ?, -2)",
                ((held, f"{site.base_url}/c/{n}", meta) for n in range(args.pending)))
        take, held = timed_take_over(db, Path(tmp) / "copy.db")
        wall, cpu, rss, _ = crawl(site, db, "--max-pages", "5")
    print(f"done {args.done}, pending {args.pending}: continuation {wall:.2f} s wall, {cpu:.2f} s CPU, "
          f"peak RSS {rss:.0f} MB; "
          f"take_over {take:.2f} s, holding {held:.1f} MB")


if __name__ == "__main__":
    main()
