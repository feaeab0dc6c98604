"""Back-pressure in a distributed crawl: a coordinator that cannot store (its
archive locked by another process) has its workers stop taking requests once the
crawl's records on their way to it reach ``CLIPPINGS_RESULTS_MAX``, and take
them again once it catches up.

Real parts: redis-server on a free port of 127.0.0.1, a site on 127.0.0.1,
``clippings crawl --redis`` and ``clippings worker`` in subprocesses, SQLite
locked by this process.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import redis

from tests.fault_site import article, serve
from tests.support.redis_crawls import crawl_stats, rows, start_worker, stop
from tests.test_distributed_stops import crawl_running, start_coordinator, wait_while_running

PAGES = [f"/story-{n}" for n in range(12)]
BOUND = 4


def test_a_coordinator_held_up_stops_the_workers_at_the_bound(redis_url: str, tmp_path: Path) -> None:
    """The archive locked by another writer: the coordinator's first store waits,
    records pile up in Redis, and the worker stops taking requests with BOUND
    records waiting and none in its hands, the rest of the site queued. (It took
    them all: every page's record and raw answer waited in Redis, however many.)
    Released, the crawl ends with every page stored once."""
    links = "".join(f"<a href='{path}'>{path}</a> " for path in PAGES)
    site = serve({"/": lambda h, q: h.html(f"<html><body>{links}</body></html>"),
                  **{path: lambda h, q: h.html(article(f"Story {h.path}", h.path, base=h.server.base_url))
                     for path in PAGES}})
    db = tmp_path / "held.db"
    client = redis.Redis.from_url(redis_url)
    seen: list[int] = []

    def paused_at_the_bound(crawl: str) -> bool:
        seen.append(int(client.llen(f"clippings:{{{crawl}}}:results")))
        held = sum(client.hlen(key) for key in client.keys(f"clippings:{{{crawl}}}:processing:*"))
        return seen[-1] >= BOUND and held == 0 and client.zcard(f"clippings:{{{crawl}}}:queue") > 0

    coordinator = start_coordinator(site.base_url + "/", db, redis_url, "-s", f"CLIPPINGS_RESULTS_MAX={BOUND}",
                                    "-s", "CLIPPINGS_BUSY_TIMEOUT=600", "--no-warc")
    workers = []
    holder = sqlite3.connect(db, timeout=60)
    try:
        wait_while_running(coordinator, lambda: crawl_running(db) and bool(client.keys("clippings:{*}:config")),
                           "the crawl was not queued")
        holder.execute("BEGIN IMMEDIATE")  # another writer: the coordinator's stores wait
        (crawl,) = [key.decode().split("{")[1].split("}")[0] for key in client.keys("clippings:{*}:config")]
        workers.append(start_worker(redis_url, tmp_path / "worker.log", "--once", "-v"))
        wait_while_running(workers[0], lambda: paused_at_the_bound(crawl), "the worker did not stop at the bound")
        holder.rollback()
        _out, err = coordinator.communicate(timeout=300)
        workers[0].wait(120)
    finally:
        holder.close()
        if coordinator.poll() is None:
            coordinator.kill()
        stop(workers)
        site.shutdown()
    log = (tmp_path / "worker.log").read_text()
    assert coordinator.returncode == 0, err[-3000:]
    assert max(seen) == BOUND, seen
    assert "no new request taken until it catches up" in log and "Traceback" not in log, log[-3000:]
    stored = rows(db, "select url, count(*) as n from fetches where outcome = 'stored' group by url")
    assert sorted(r["url"] for r in stored) == sorted(site.base_url + path for path in PAGES)
    assert all(r["n"] == 1 for r in stored), stored
    stats = crawl_stats(db, 1)
    assert stats["clippings/worker/results_full_pauses"] >= 1, stats
