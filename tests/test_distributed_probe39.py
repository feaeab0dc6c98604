"""A distributed crawl in a hostile environment, found by probe 39 (notes/review39.md):
Redis emptied under a running crawl, workers racing for ``--max-pages``, a worker
of another version joining. Each a real crawl: redis-server on a free port of
127.0.0.1, a site on 127.0.0.1, ``clippings`` in subprocesses, SQLite.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import redis

from crawler import __version__
from crawler.demo.server import serve_demo
from crawler.distributed.frontier import PROTOCOL, Frontier
from tests.conftest import clippings
from tests.fault_site import FaultHandler, FaultServer, Route, article, serve
from tests.support.redis_crawls import crawl_stats, rows, start_redis, start_worker, stop
from tests.test_distributed import crawl_by_two_workers
from tests.test_distributed_stops import pages_stored, start_coordinator, wait_while_running


def crawl_with_one_worker(server: FaultServer, redis_url: str, db: Path) -> None:
    """A whole distributed crawl of ``server``'s site (no ``--delay``) by one
    ``--once`` worker; both exit 0; the server is shut down after."""
    worker = start_worker(redis_url, db.parent / "worker.log", "--once")
    try:
        done = clippings("crawl", server.base_url + "/", "--db", str(db), "--delay", "0",
                         "--redis", redis_url)
    finally:
        worker.wait(60)
        server.shutdown()
    assert done.returncode == 0 and worker.returncode == 0, done.stderr[-3000:]


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


PAGES = 30  # articles the wide site links from its home page


def wide_site(latency: float = 0.05, robots: bytes = b"User-agent: *\nAllow: /\n",
              hold: Callable[[], bool] | None = None) -> FaultServer:
    """A home page linking PAGES articles, each answered after ``latency`` seconds
    (so the workers' requests overlap), the articles not before ``hold()`` is true
    (up to 20 s); no redirects: a page is one request."""
    holder: dict[str, FaultServer] = {}

    def slowly(page: Callable[[], str], held: bool = False) -> Route:
        def answer(h: FaultHandler, q: dict[str, list[str]]) -> None:
            time.sleep(latency)
            deadline = time.monotonic() + 20  # only against a hang (within the download timeout)
            while held and hold is not None and not hold() and time.monotonic() < deadline:
                time.sleep(0.05)
            h.html(page())
        return answer

    routes: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, robots, "text/plain"),
        "/": slowly(lambda: "<html><body><h1>Home</h1>"
                    + "".join(f"<a href='/news/p{n}'>{n}</a>" for n in range(PAGES)) + "</body></html>"),
    }
    for n in range(PAGES):
        routes[f"/news/p{n}"] = slowly(lambda n=n: article(f"Story {n}", f"/news/p{n}", base=holder["site"].base_url),
                                       held=True)
    server = holder["site"] = serve(routes)
    return server


def test_max_pages_is_never_exceeded_across_workers(redis_url: str, tmp_path: Path) -> None:
    """``--max-pages 10`` by two workers: the site is asked for 10 pages, as by one
    process (README: "fetches at most N pages, however many requests are in
    flight"), and all 10 are stored. The workers took requests until the
    coordinator had counted 10 records and then ended the crawl: the site was
    asked for every page in flight on top (19 pages here), and those fetched but
    not yet handed over were thrown away."""
    server = wide_site()
    db = tmp_path / "limited.db"
    try:
        done, workers = crawl_by_two_workers(redis_url, tmp_path, server, db, "--max-pages", "10")
    finally:
        server.shutdown()
    assert done.returncode == 0 and all(w.returncode == 0 for w in workers), done.stderr[-3000:]
    pages = [path for path in server.requests if path != "/robots.txt"]
    assert len(pages) == 10, pages
    assert crawl_stats(db, 1)["finish_reason"] == "max_pages"
    assert "reached --max-pages (10 pages)" in done.stdout + done.stderr, done.stdout
    fetched = rows(db, "select url from fetches where status is not null")
    assert len(fetched) == 10, fetched  # every page asked for is in the archive


def test_a_worker_skips_a_crawl_of_another_version_in_one_line(redis_url: str, tmp_path: Path) -> None:
    """A crawl queued by a coordinator of another Clippings version (its config
    names another protocol, or none: an earlier version) is skipped by the worker,
    in one line naming both versions, once, and the worker waits on for a crawl it
    can serve (here none comes within its ``--wait``). It served such a crawl at
    first (ignoring what it did not know: the crawl's --max-pages), then exited on
    it, leaving every crawl queued after it unserved (issue #8)."""
    client = redis.Redis.from_url(redis_url)
    crawls = []
    for n, (version, protocol) in enumerate([("0.0.9", 1), (None, None)]):
        crawl = f"other-version-{n}"
        config: dict = {"seeds": ["http://127.0.0.1:9/"], "since": None, "settings": {"ROBOTSTXT_OBEY": True}}
        if version is not None:
            config |= {"version": version, "protocol": protocol}
        Frontier(client, crawl).announce(config)
        crawls.append(crawl)
    log = tmp_path / "worker.log"
    worker = start_worker(redis_url, log, "--once", "--wait", "3")
    try:
        worker.wait(120)  # only against a hang: it ends at its --wait
    finally:
        stop([worker])
        for crawl in crawls:
            Frontier(client, crawl).finish()
    text = log.read_text()
    assert worker.returncode == 1, text[-3000:]
    *skipped, last = text.strip().splitlines()
    mine = f"this worker is Clippings {__version__} (protocol {PROTOCOL}): run the same version"
    assert [line.split(": ", 1)[1] for line in skipped] == [
        f"skipped crawl other-version-0 in Redis at {redis_url} was queued by Clippings 0.0.9 (protocol 1); "
        f"{mine} on the coordinator and every worker",
        f"skipped crawl other-version-1 in Redis at {redis_url} was queued by an earlier Clippings (no protocol "
        f"named); {mine} on the coordinator and every worker"], skipped
    assert last == f"clippings: error: no crawl queued in {redis_url} within 3s", last


def test_a_worker_serves_the_crawl_after_one_of_another_version(redis_url: str) -> None:
    """The oldest crawl in Redis queued by another version, a newer one by this
    version: the worker takes the newer one (it exited on the older)."""
    from crawler.distributed.worker import wait_for_crawl

    client = redis.Redis.from_url(redis_url)
    seeds = ["http://127.0.0.1:9/"]
    older, newer = Frontier(client, "a-older-version"), Frontier(client, "b-this-version")
    older.announce({"seeds": seeds, "settings": {}, "version": "0.0.9", "protocol": 1})
    newer.announce({"seeds": seeds, "settings": {}, "version": __version__, "protocol": PROTOCOL})
    try:
        found = wait_for_crawl(redis_url, timeout=60)
    finally:
        older.finish()
        newer.finish()
    assert found is not None and found[0] == "b-this-version", found


def test_a_crawl_delay_the_site_dropped_is_not_kept_for_the_next_crawl(redis_url: str, tmp_path: Path) -> None:
    """A site's robots.txt Crawl-delay is held in Redis for all workers. It was kept
    there for good (no crawl ever cleared it, and a worker wrote it only when the
    site had one): every later crawl of the site waited it out between two
    requests, after robots.txt had dropped it (up to a minute a page, for ever).
    Now the Crawl-delay a crawl's workers read is the crawl's own field of the
    site's hash, with its other limits, and goes at the crawl's end (issue #8:
    the coordinator of the next crawl cleared it, and overwrote the limits, of a
    crawl of the site still running); only the site's next start stays, until it
    is past (then the hash goes)."""
    server = serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                    "/": lambda h, q: h.html("<html><body><h1>Home</h1></body></html>")})
    limits = f"clippings:site:{server.base_url.split('//')[1]}"
    client = redis.Redis.from_url(redis_url)
    crawl_with_one_worker(server, redis_url, tmp_path / "delays.db")
    assert client.hkeys(limits) in ([], [b"next_at"]), client.hgetall(limits)
    assert client.pttl(limits) != -1  # (gone, or going once its next start is past)
    # Nor does a worker's log open with Scrapy's deprecation warning of the
    # RANDOMIZE_DOWNLOAD_DELAY it set (every worker, every crawl).
    log = (tmp_path / "worker.log").read_text()
    assert "Deprecat" not in log and "RANDOMIZE_DOWNLOAD_DELAY" not in log, log[-3000:]


def test_a_redis_url_whose_database_is_no_number_is_refused(redis_url: str) -> None:
    """redis-py reads the digits of the URL's path alone: ``/abc`` was database 0
    and ``/1/2`` database 12, each used without a word (the crawl queued where no
    worker of ``/1`` looks). Refused in one line."""
    base = redis_url.rsplit("/", 1)[0]
    for path in ("abc", "1/2"):
        done = clippings("worker", "--redis", f"{base}/{path}", "--once", "--wait", "1")
        assert done.returncode == 1, done.stderr
        assert done.stderr == (f"clippings: error: --redis {base}/{path}: the database after the host must be "
                               "a number (redis://HOST:PORT/N)\n"), done.stderr
    assert clippings("worker", "--redis", f"{base}/", "--once", "--wait", "0.1").stderr.endswith("within 0.1s\n")


def test_a_sites_robots_txt_is_fetched_once_for_all_workers(redis_url: str, tmp_path: Path) -> None:
    """Two workers crawl one site: its robots.txt is fetched once, and its rules
    hold for every worker (a disallowed page is asked for by none, and is one
    ``robots`` row). Each worker fetched it for itself: a request each, each
    taking a turn of the site's delay or Crawl-delay held for all workers."""
    client = redis.Redis.from_url(redis_url)

    def both_workers_took_pages() -> bool:  # however slowly the second one starts
        return any(client.scard(key) >= 2 for key in client.keys("clippings:{*}:workers"))

    server = wide_site(robots=b"User-agent: *\nDisallow: /news/p7\n", hold=both_workers_took_pages)
    db = tmp_path / "robots.db"
    workers = [start_worker(redis_url, tmp_path / f"worker-{n}.log", "--once") for n in range(2)]
    try:
        done = clippings("crawl", server.base_url + "/", "--db", str(db), "--delay", "0", "--redis", redis_url)
    finally:
        for worker in workers:
            worker.wait(60)
        server.shutdown()
    assert done.returncode == 0 and all(w.returncode == 0 for w in workers), done.stderr[-3000:]
    stats = crawl_stats(db, 1)
    assert sum(1 for pages in stats["clippings/worker_pages"].values() if pages) >= 2, stats  # shared out
    assert stats["request_depth_max"] == 1, stats  # the workers' highest (it was missing)
    assert server.counts["/robots.txt"] == 1, server.counts
    assert "/news/p7" not in server.counts
    assert rows(db, "select outcome from fetches where url like '%/news/p7'") == [{"outcome": "robots"}]
    assert len(rows(db, "select url from fetches where outcome = 'stored'")) == PAGES - 1
    for n in range(2):
        assert "Traceback" not in (tmp_path / f"worker-{n}.log").read_text()


def test_a_sites_first_page_waits_its_crawl_delay_after_robots_txt(redis_url: str, tmp_path: Path) -> None:
    """robots.txt is the site's first request: the next one waits its Crawl-delay,
    as in one process. The robots.txt request took its turn before the delay was
    known, and the home page went out at once (0.00 s after it, at the server)."""
    times: dict[str, float] = {}

    def logged(path: str, answer: Route) -> Route:
        def route(h: FaultHandler, q: dict[str, list[str]]) -> None:
            times.setdefault(path, time.monotonic())
            answer(h, q)
        return route

    server = serve({
        "/robots.txt": logged("/robots.txt", lambda h, q: h.send_bytes(200, b"User-agent: *\nCrawl-delay: 2\n",
                                                                       "text/plain")),
        "/": logged("/", lambda h, q: h.html("<html><body><h1>Home</h1></body></html>")),
    })
    crawl_with_one_worker(server, redis_url, tmp_path / "delay.db")
    assert times["/"] - times["/robots.txt"] >= 1.5, times  # 2 s, less the clocks' grain


def test_a_robots_txt_claimed_by_a_killed_worker_is_fetched_by_the_next(redis_url: str, tmp_path: Path) -> None:
    """The worker that claimed a site's robots.txt is killed (``kill -9``) while
    fetching it: the next worker takes the claim over once the first one's
    heartbeat is gone, fetches robots.txt itself, and the crawl ends whole."""
    asked = []

    def slow_robots(h: FaultHandler, q: dict[str, list[str]]) -> None:
        asked.append(time.monotonic())
        if len(asked) == 1:
            time.sleep(3)  # the first worker is killed meanwhile
        h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain")

    server = serve({"/robots.txt": slow_robots,
                    "/": lambda h, q: h.html("<html><body><h1>Home</h1></body></html>")})
    db = tmp_path / "claimed.db"
    first = start_worker(redis_url, tmp_path / "worker-0.log", "--once")
    coordinator = start_coordinator(server.base_url + "/", db, redis_url)
    workers = [first]
    try:
        wait_while_running(coordinator, lambda: bool(asked), "robots.txt was not asked for")
        os.kill(first.pid, signal.SIGKILL)
        workers.append(start_worker(redis_url, tmp_path / "worker-1.log", "--once"))
        _out, err = coordinator.communicate(timeout=120)
        workers[1].wait(60)
    finally:
        if coordinator.poll() is None:
            coordinator.kill()
        stop(workers)
        server.shutdown()
    assert coordinator.returncode == 0 and workers[1].returncode == 0, err[-3000:]
    assert len(asked) == 2 and server.counts["/"] == 1, server.counts
    assert "Traceback" not in (tmp_path / "worker-1.log").read_text()
    assert rows(db, "select outcome from fetches where url = ?", [server.base_url + "/"]) == [
        {"outcome": "not-article"}]
