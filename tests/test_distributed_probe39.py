"""A distributed crawl in a hostile environment, found by probe 39 (notes/review39.md):
Redis emptied under a running crawl, workers racing for ``--max-pages``, a worker
of another version joining. Each a real crawl: redis-server on a free port of
127.0.0.1, a site on 127.0.0.1, ``clippings`` in subprocesses, SQLite.
"""

from __future__ import annotations

from pathlib import Path

import redis

from crawler.demo.server import serve_demo
from tests.support.redis_crawls import rows, start_redis, start_worker, stop
from tests.test_distributed_stops import pages_stored, start_coordinator, wait_while_running


def test_a_crawl_whose_redis_keys_vanish_fails_instead_of_finishing(tmp_path: Path) -> None:
    """Redis emptied mid-crawl (``FLUSHALL``, or a restart without persistence that
    the client reconnects through): the crawl's queue and seen set are gone. The
    coordinator saw an empty queue and nothing in flight, and closed the crawl as
    ``finished``, exit 0, with most of the site never fetched. Now it fails in one
    line naming Redis and saying the crawl's keys are gone; the row says failed."""
    server, url = start_redis(tmp_path)
    db = tmp_path / "flushed.db"
    try:
        with serve_demo(port=0) as site:
            site.slow_down(0.05)
            worker = start_worker(url, tmp_path / "worker.log", "--once")
            coordinator = start_coordinator(site.base_url + "/", db, url)
            try:
                wait_while_running(coordinator, lambda: pages_stored(db), "no page was stored")
                redis.Redis.from_url(url).flushall()
                out, err = coordinator.communicate(timeout=120)
                worker.wait(120)
            finally:
                if coordinator.poll() is None:
                    coordinator.kill()
                stop([worker])
    finally:
        server.kill()
        server.wait(30)
    assert coordinator.returncode == 1, (out, err[-3000:])
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"clippings: error: lost Redis at {url}: ") and "keys" in last, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    (crawl_row,) = rows(db, "select status from crawls")
    assert crawl_row["status"] == "failed", crawl_row
