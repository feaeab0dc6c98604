"""Scaling out (issue #10): the sample site crawled by three ``clippings worker``
processes through a real ``redis-server`` into one archive, against the same
crawls made by one process; a worker killed mid-crawl; every core on one machine.

Real parts: redis-server on a free port of 127.0.0.1, the demo site (counting the
requests it answers at once), ``clippings`` in subprocesses, SQLite.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis
import sqlite_utils
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from crawler import settings as project_settings
from crawler.demo import content as C
from crawler.demo.server import DemoServer, serve_demo
from crawler.distributed.frontier import Frontier
from crawler.distributed.worker import LEASE, SharedTrapGuardMiddleware, WorkerSpider, worker_settings
from crawler.exceptions import PastSiteBudget, TrapRequest
from tests.conftest import ROOT, clippings, crawl
from tests.fault_site import FaultHandler, FaultServer, Route, article, serve
from tests.support.demo_truth import changes, expected_articles
from tests.test_snapshots import history_json

SITE_CONCURRENCY = 4  # crawler.settings CONCURRENT_REQUESTS_PER_DOMAIN
LATENCY = 0.03  # seconds the site takes per answer in the distributed runs, so requests overlap


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A redis-server of our own on a free port, and its URL (skipped where it is not installed)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(folder)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:
        server.kill()
        pytest.fail("redis-server did not start")
    return server, f"redis://127.0.0.1:{port}/0"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    server.terminate()
    server.wait(10)


def start_worker(redis_url: str, log: Path, *extra: str) -> subprocess.Popen[str]:
    """``clippings worker`` in a subprocess, its messages in ``log``."""
    command = [sys.executable, "-m", "crawler.cli", "worker", "--redis", redis_url,
               "--processes", "1", "--wait", "300", *extra]
    with log.open("w") as stderr:
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, text=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})


def stop(workers: list[subprocess.Popen[str]]) -> None:
    for worker in workers:
        if worker.poll() is None:
            worker.terminate()
    for worker in workers:
        worker.wait(30)


def rows(db: Path, sql: str, params: list | None = None) -> list[dict]:
    return list(sqlite_utils.Database(db).query(sql, params or []))


def crawl_stats(db: Path, crawl_id: int) -> dict:
    (row,) = rows(db, "select stats from crawls where id = ?", [crawl_id])
    return json.loads(row["stats"])


def comparable(history: dict) -> dict:
    """A history without its times (the two runs happen at different moments)."""
    return {**history, "versions": [{k: v for k, v in version.items() if k not in ("first_seen", "last_seen")}
                                     for version in history["versions"]]}


@dataclass
class Runs:
    server: DemoServer
    single: Path
    distributed: Path
    requests: dict[str, list[tuple[str, str, dict[str, str]]]] = field(default_factory=dict)
    max_in_flight: dict[str, int] = field(default_factory=dict)
    keys_left: list[bytes] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.server.base_url + path


@pytest.fixture(scope="module")
def runs(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    """State 1, state 1 again, state 2: by one process, then by three workers."""
    folder = tmp_path_factory.mktemp("distributed")
    with serve_demo(port=0) as server:
        result = Runs(server=server, single=folder / "single.db", distributed=folder / "distributed.db")
        home = server.base_url + "/"
        for state in (1, 1, 2):
            server.set_state(state)
            run = crawl(result.single, home)
            assert run.returncode == 0, run.stderr[-3000:]
        server.set_state(1)
        server.slow_down(LATENCY)
        # Each worker serves crawl after crawl (a fresh process image for each).
        workers = [start_worker(redis_url, folder / f"worker-{n}.log") for n in range(3)]
        try:
            for name, state in (("first", 1), ("second", 1), ("state2", 2)):
                server.set_state(state)
                server.clear_requests()
                done = clippings("crawl", home, "--db", str(result.distributed), "--delay", "0",
                                 "--redis", redis_url)
                assert done.returncode == 0, done.stderr[-3000:]
                result.requests[name] = list(server.requests)
                result.max_in_flight[name] = server.max_in_flight
        finally:
            stop(workers)
        result.keys_left = redis.Redis.from_url(redis_url).keys("clippings:{*")
        yield result


def test_histories_equal_a_single_process_crawl(runs: Runs) -> None:
    diff = changes(2)
    # Edited: four articles and the paywall teaser shown in full in state 2.
    assert {k: len(v) for k, v in diff.items()} == {"edited": 5, "deleted": 3, "new": 4, "unchanged": 33}
    paths = list(dict.fromkeys(C.by_path(1)) | dict.fromkeys(C.by_path(2)))
    different = []
    for path in paths:
        single = comparable(history_json(runs.single, runs.url(path)))
        distributed = comparable(history_json(runs.distributed, runs.url(path)))
        if single != distributed:
            different.append(f"{path}:\n  one process: {single}\n  3 workers:   {distributed}")
    assert different == [], "\n".join(different)
    # The same edits, deletions and new articles as one machine sees.
    statuses = {r["canonical_url"]: r["status"] for r in rows(runs.distributed, "select * from articles")}
    assert sorted(u for u, s in statuses.items() if s == "gone") == sorted(runs.url(p) for p in diff["deleted"])
    assert len(rows(runs.distributed, "select id from versions")) == (
        len(C.by_path(1)) + len(diff["edited"]) + len(diff["new"]))
    outcomes = dict(sqlite_utils.Database(runs.distributed).execute(
        "select outcome, count(*) from fetches where crawl_id = 3 group by outcome").fetchall())
    assert (outcomes["stored"], outcomes["gone"]) == (len(diff["edited"]) + len(diff["new"]), len(diff["deleted"]))


def test_the_seed_is_fetched_once_per_distributed_crawl(runs: Runs) -> None:
    """Every page links the home page, the seed: the workers do not fetch it again
    (the coordinator queues it around the seen set, as a single process does)."""
    for name, requests in runs.requests.items():
        assert [path for _, path, _ in requests if path == "/"] == ["/"], name


def test_validators_travel_to_every_worker(runs: Runs) -> None:
    """The second crawl of the unchanged site: every archived article is asked
    for with its validators, whichever worker asks, and answers 304."""
    articles = set(C.by_path(1))
    asked = {path: headers for _, path, headers in runs.requests["second"] if path in articles}
    assert set(asked) == articles
    site = runs.server.site
    for path, headers in asked.items():
        answer = site.get(path, runs.server.base_url, state=1)
        assert headers.get("If-None-Match") == answer.headers["ETag"], path
        assert headers.get("If-Modified-Since") == answer.headers["Last-Modified"], path
    fetched = rows(runs.distributed, "select url, status, outcome from fetches where crawl_id = 2")
    article_rows = [f for f in fetched if f["url"][len(runs.server.base_url):] in articles]
    assert len(article_rows) == len(articles)
    assert {(f["status"], f["outcome"]) for f in article_rows} == {(304, "unchanged")}
    stats = crawl_stats(runs.distributed, 2)
    by_worker = stats["clippings/worker_304s"]
    assert sum(by_worker.values()) == len(articles)
    assert sum(1 for count in by_worker.values() if count) >= 2, by_worker  # sent across workers


def test_site_concurrency_holds_over_all_workers(runs: Runs) -> None:
    for name, most in runs.max_in_flight.items():
        assert 1 < most <= SITE_CONCURRENCY, (name, most)
    for crawl_id in (1, 2, 3):
        stats = crawl_stats(runs.distributed, crawl_id)
        assert stats["finish_reason"] == "finished"
        assert stats["clippings/workers"] >= 2
        assert stats["response_received_count"] == sum(stats["clippings/worker_pages"].values()) > 0


def test_every_crawls_keys_are_deleted_at_its_end(runs: Runs) -> None:
    """The seen-URL set (and queue, results) belong to one crawl: none is left."""
    assert runs.keys_left and all(key.endswith(b":done") for key in runs.keys_left), runs.keys_left


def test_a_worker_killed_mid_crawl_loses_nothing(redis_url: str, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    with serve_demo(port=0) as server:
        server.slow_down(0.05)
        # The first worker alone until it has parsed a page (its pool is started):
        # then it holds requests mid-crawl, however slowly the machine runs.
        workers = [start_worker(redis_url, tmp_path / "worker-0.log", "--once")]
        coordinator = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", server.base_url + "/", "--db", str(db),
             "--delay", "0", "--redis", redis_url],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            pool = wait_for_pool(workers[0], coordinator)  # its fork server and extraction process
            workers += [start_worker(redis_url, tmp_path / f"worker-{n}.log", "--once") for n in (1, 2)]
            os.kill(workers[0].pid, signal.SIGKILL)
            _out, err = coordinator.communicate(timeout=300)
        finally:
            if coordinator.poll() is None:
                coordinator.kill()
            stop(workers)
        assert coordinator.returncode == 0, err[-3000:]
        requested = {path for _, path, _ in server.requests if path != "/robots.txt"}
    expected = {a["url"] for a in expected_articles(server.base_url, state=1)}
    articles = rows(db, "select canonical_url, version_count from articles")
    assert {a["canonical_url"] for a in articles} == expected
    assert all(a["version_count"] == 1 for a in articles)
    stored = rows(db, "select url, count(*) as n from fetches where outcome = 'stored' group by url")
    assert {r["url"] for r in stored} == expected and all(r["n"] == 1 for r in stored)
    fetched = {r["url"][len(server.base_url):] for r in rows(db, "select url from fetches")}
    assert requested <= fetched, sorted(requested - fetched)
    stats = crawl_stats(db, 1)
    assert stats["clippings/workers_lost"] == 1
    assert "stopped answering" in err
    # The killed worker's pool processes notice (they look every second) and end
    # too; the bound only keeps a broken watch from hanging the test.
    deadline = time.monotonic() + 300
    while any(alive(pid) for pid in pool) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in pool if alive(pid)]


def wait_for_pool(worker: subprocess.Popen[str], coordinator: subprocess.Popen[str]) -> list[int]:
    """The processes below ``worker`` once it has a fork server and a pool process
    (started at its first HTML page); the crawl must still be running."""
    deadline = time.monotonic() + 300  # only against a hang: the crawl cannot end without a worker
    while len(pool := descendants(worker.pid)) < 2:
        assert worker.poll() is None and coordinator.poll() is None, "the crawl ended before the worker parsed"
        assert time.monotonic() < deadline, "the worker never parsed a page"
        time.sleep(0.05)
    return pool


def descendants(pid: int) -> list[int]:
    """Processes below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# -- politeness over all workers, at the Redis level ------------------------------------------


def test_site_tokens_hold_concurrency_delay_crawl_delay_and_retry_after(redis_url: str) -> None:
    from crawler.distributed.politeness import (
        drop_worker_tokens,
        pause_site,
        release,
        set_site_limits,
        site_keys,
        try_acquire,
    )
    from crawler.politeness import retry_after_seconds

    server = redis.Redis.from_url(redis_url)

    def take(site: str, token: str, lease_ms: int = 30_000) -> int:
        return try_acquire(server, site, token, lease_ms=lease_ms, default_concurrency=9, default_delay_ms=0)

    site = f"politeness.test:{free_port()}"
    set_site_limits(server, site, concurrency=2, delay=0)
    assert [take(site, "w1/a"), take(site, "w2/b"), take(site, "w3/c")] == [0, 0, -1]  # 2 at once, any workers
    release(server, site, "w1/a")
    assert take(site, "w3/c") == 0
    assert drop_worker_tokens(server, [site], "w2") == 1  # a dead worker's token is freed
    assert take(site, "w1/d") == 0 and take(site, "w1/e") == -1
    # Tokens expire (a worker that died before the coordinator noticed).
    other = f"expiry.test:{free_port()}"
    set_site_limits(server, other, concurrency=1, delay=0)
    assert take(other, "w1/a", lease_ms=100) == 0 and take(other, "w2/b") == -1
    time.sleep(0.15)
    assert take(other, "w2/b") == 0
    # The delay between two starts, whichever worker starts them.
    slow = f"delay.test:{free_port()}"
    set_site_limits(server, slow, concurrency=4, delay=0.5)
    assert take(slow, "w1/a") == 0
    assert 300 < take(slow, "w2/b") <= 500
    # robots.txt Crawl-delay, when longer than the crawl's delay.
    server.hset(site_keys(slow)[1], "crawl_delay_ms", 3000)
    server.hset(site_keys(slow)[1], "next_at", 0)
    assert take(slow, "w1/c") == 0 and 2500 < take(slow, "w2/d") <= 3000
    # Retry-After: nobody starts before it passes.
    paused = f"retry.test:{free_port()}"
    set_site_limits(server, paused, concurrency=4, delay=0)
    pause_site(server, paused, 20)
    assert 19_000 < take(paused, "w1/a") <= 20_000
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None


def test_a_retry_after_past_the_limit_pauses_no_worker(redis_url: str) -> None:
    """As in one process (crawler.politeness): a Retry-After past
    CLIPPINGS_MAX_RETRY_AFTER is not waited out by the site's workers (its URL is
    given up by RetryAfterLimitMiddleware, in the workers' middlewares too); one
    within it pauses the site for all of them. The site was paused for up to an hour."""
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    from crawler.distributed.politeness import GlobalPolitenessMiddleware, site_keys
    from crawler.urls import site_key

    server = redis.Redis.from_url(redis_url)
    middleware = GlobalPolitenessMiddleware(get_crawler(settings_dict={"CLIPPINGS_MAX_RETRY_AFTER": 30}),
                                            server, "w1")
    waits = {"huge.test": "999999", "dated.test": "Fri, 31 Dec 2100 23:59:59 GMT", "short.test": "20"}
    for host, wait in waits.items():
        url = f"http://{host}:{free_port()}/page"
        middleware.process_response(Request(url), Response(url, status=429, headers={"Retry-After": wait}))
        waits[host] = url
    now_ms = int(server.time()[0]) * 1000
    next_at = {host: server.hget(site_keys(site_key(url))[1], "next_at") for host, url in waits.items()}
    assert next_at["huge.test"] is None and next_at["dated.test"] is None, next_at
    assert next_at["short.test"] is not None and 19_000 < int(next_at["short.test"]) - now_ms <= 21_000, next_at


def crawl_by_two_workers(redis_url: str, folder: Path, server: DemoServer | FaultServer, db: Path,
                         *options: str) -> tuple[subprocess.CompletedProcess[str], list[subprocess.Popen[str]]]:
    """One distributed crawl of ``server`` by two ``--once`` workers; the
    coordinator's run and the (ended) workers."""
    workers = [start_worker(redis_url, folder / f"worker-{n}.log", "--once") for n in range(2)]
    try:
        done = clippings("crawl", server.base_url + "/", "--db", str(db), "--delay", "0",
                         "--redis", redis_url, *options)
    finally:
        for worker in workers:
            worker.wait(60)
    return done, workers


def site_with_a_redirect(path: str, redirect: Route) -> FaultServer:
    """A site whose home links ``path`` (answered by ``redirect``) and one article."""
    holder: dict[str, FaultServer] = {}

    def home(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html(f"<html><body><h1>Home</h1><a href='{path}'>r</a><a href='/news/a'>a</a></body></html>")

    server = holder["site"] = serve({
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": home,
        path: redirect,
        "/news/a": lambda h, q: h.html(article("A story", "/news/a", base=holder["site"].base_url)),
    })
    return server


def crawled_by_two_workers(redis_url: str, tmp_path: Path, server: FaultServer, db: Path) -> None:
    """:func:`crawl_by_two_workers`, then the site shut; the crawl and both workers ended well."""
    try:
        done, workers = crawl_by_two_workers(redis_url, tmp_path, server, db)
    finally:
        server.shutdown()
    assert done.returncode == 0 and all(worker.returncode == 0 for worker in workers), done.stderr[-3000:]


def test_a_redirect_to_another_scheme_is_one_redirect_row_in_a_distributed_crawl_too(
        redis_url: str, tmp_path: Path) -> None:
    """As in one process: the redirect row names the target, and no "HTTP 302"
    error row follows it (the workers handed the 3xx on as an error)."""
    server = site_with_a_redirect("/redirect/to-file", lambda h, q: h.redirect("file:///etc/passwd"))
    db = tmp_path / "scheme.db"
    crawled_by_two_workers(redis_url, tmp_path, server, db)
    found = rows(db, "select outcome, reason from fetches where url = ?", [server.base_url + "/redirect/to-file"])
    assert found == [{"outcome": "redirect",
                      "reason": "redirected to file:///etc/passwd (not followed: not an http(s) URL)"}], found


def test_a_redirect_to_the_seed_does_not_fetch_it_again_in_a_distributed_crawl(
        redis_url: str, tmp_path: Path) -> None:
    """A page redirected to the seed (its old address): the seed is fetched once,
    by the worker that took it as a seed (the other fetched it again)."""
    server = site_with_a_redirect("/old-home", lambda h, q: h.redirect("/"))
    db = tmp_path / "seed.db"
    crawled_by_two_workers(redis_url, tmp_path, server, db)
    assert {path: server.counts.get(path, 0) for path in ("/", "/old-home", "/news/a")} == {
        "/": 1, "/old-home": 1, "/news/a": 1}, server.counts
    found = rows(db, "select outcome, reason from fetches where url = ?", [server.base_url + "/old-home"])
    assert found == [{"outcome": "redirect", "reason": f"redirected to {server.base_url}/"}], found
    assert crawl_stats(db, 1)["clippings/redirects_to_seeds"] == 1  # the workers' counts reach the crawl's


def test_max_pages_counts_the_workers_pages(redis_url: str, tmp_path: Path) -> None:
    db = tmp_path / "limited.db"
    with serve_demo(port=0) as server:
        done, workers = crawl_by_two_workers(redis_url, tmp_path, server, db, "--max-pages", "10")
    assert done.returncode == 0, done.stderr[-3000:]
    (row,) = rows(db, "select stats from crawls")
    assert json.loads(row["stats"])["finish_reason"] == "max_pages"
    fetched = rows(db, "select url from fetches where status is not null")
    assert 10 <= len(fetched) < 40  # the pages in flight when the limit was reached are not stored
    assert all(worker.returncode == 0 for worker in workers)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_the_coordinator_with_its_exit_code(redis_url: str, tmp_path: Path,
                                                           signum: int, code: int) -> None:
    """No worker is running: the coordinator waits for records until the signal."""
    db = tmp_path / "stopped.db"
    coordinator = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", f"http://127.0.0.1:{free_port()}/", "--db", str(db),
         "--delay", "0", "--redis", redis_url],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not crawl_running(db):
            assert coordinator.poll() is None and time.monotonic() < deadline, "the crawl did not start"
            time.sleep(0.05)
        coordinator.send_signal(signum)
        _out, err = coordinator.communicate(timeout=120)
    finally:
        if coordinator.poll() is None:
            coordinator.kill()
    assert coordinator.returncode == code, err[-3000:]
    assert "Traceback" not in err
    assert rows(db, "select status from crawls") == [{"status": "interrupted"}]


FORCED_STOP = """
import signal, sys
from scrapy.settings import Settings
from crawler.run import StoppableProcess
process = StoppableProcess(Settings())
process.before_exit.append(lambda: open(sys.argv[1], "w").write("ended in redis"))
process.before_exit.append(lambda: 1 / 0)  # a failing hook still lets the process end
process.stopped_by = signal.SIGTERM
process.force_stop()
"""


def test_a_forced_stop_runs_its_hooks_then_ends(tmp_path: Path) -> None:
    """A second Ctrl-C ends a crawl at once (os._exit); the distributed coordinator's
    hook (which marks the crawl done in Redis, so workers stop serving it) runs first."""
    mark = tmp_path / "hook"
    done = subprocess.run([sys.executable, "-c", FORCED_STOP, str(mark)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 143, done.stderr[-3000:]
    assert mark.read_text() == "ended in redis"


FORCED_STOP_WHILE_LOCKED = """
import signal, sqlite3, sys
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from archive import db as archive_db
from archive.db import open_archive
from crawler.run import StoppableProcess
archive_db.BUSY_TIMEOUT_MS = 200  # (10 s in use: the wait, not the outcome, is shortened)
db = open_archive(sys.argv[1])
db.execute("INSERT INTO crawls (started, seeds, settings, user_agent, status) VALUES ('x', '[]', '{}', 'ua', 'running')")
db.conn.commit()
holder = sqlite3.connect(sys.argv[1])
holder.execute("BEGIN IMMEDIATE")  # as the crawl's own writer holds it through a long close
process = StoppableProcess(Settings())
crawler = Crawler(Spider, {"CLIPPINGS_DB": sys.argv[1]}, init_reactor=True)
crawler._apply_settings()
crawler.stats.set_value("clippings/crawl_id", 1)
process.started_crawlers.append(crawler)
process.stopped_by = signal.SIGTERM
process.force_stop()
"""


def test_a_forced_stop_ends_even_while_the_archive_is_locked(tmp_path: Path) -> None:
    """The second signal (or the grace timer) ends the crawl at once even when its
    crawl row cannot be closed: the main thread holds the write lock through a long
    close. The row stays ``running`` for the next writer to close as stale. Before,
    the lock error killed the stopping thread and the process ran on, deaf to signals."""
    db = tmp_path / "archive.db"
    done = subprocess.run([sys.executable, "-c", FORCED_STOP_WHILE_LOCKED, str(db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 143, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "stopped by SIGTERM" in done.stderr and "left running" in done.stderr
    assert rows(db, "select status from crawls") == [{"status": "running"}]


def crawl_running(db: Path) -> bool:
    """A ``running`` crawl row is in ``db`` (not yet: no file, or no table yet)."""
    if not db.exists():
        return False
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return bool(conn.execute("select 1 from crawls where status = 'running'").fetchall())
    except sqlite3.OperationalError:
        return False


def pages_stored(db: Path) -> bool:
    """``db`` has a fetched page's row (not yet: no file, or no table yet)."""
    if not db.exists():
        return False
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return bool(conn.execute("select 1 from fetches where status is not null").fetchall())
    except sqlite3.OperationalError:
        return False


def test_a_sites_page_budget_holds_over_all_workers(redis_url: str, tmp_path: Path) -> None:
    """The trap guard's counts live in Redis: two workers share one budget of 6.
    Each article's canonical link is another page, whose check is not counted."""
    holder: dict[str, FaultServer] = {}

    def slowly(page: str) -> Callable[[FaultHandler, dict[str, list[str]]], None]:
        def answer(h: FaultHandler, q: dict[str, list[str]]) -> None:
            time.sleep(LATENCY)  # both workers get requests
            h.html(page)
        return answer

    def story(n: int, canonical: str) -> Callable[[FaultHandler, dict[str, list[str]]], None]:
        def answer(h: FaultHandler, q: dict[str, list[str]]) -> None:
            time.sleep(LATENCY)
            base = holder["site"].base_url
            h.html(article(f"Story {n}", f"/news/p{n}", base=base, canonical=base + canonical))
        return answer

    routes: dict[str, Callable[[FaultHandler, dict[str, list[str]]], None]] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": slowly("<html><body><h1>Home</h1>"
                    + "".join(f"<a href='/news/p{n}'>{n}</a>" for n in range(10)) + "</body></html>"),
    }
    for n in range(10):
        routes[f"/news/p{n}"] = story(n, f"/news/c{n}")
        routes[f"/news/c{n}"] = story(n, f"/news/c{n}")
    server = holder["site"] = serve(routes)
    db = tmp_path / "budget.db"
    try:
        done, workers = crawl_by_two_workers(redis_url, tmp_path, server, db, "-s", "CLIPPINGS_SITE_PAGE_BUDGET=6")
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr[-3000:]
    # robots.txt and the checks of articles' canonical links are not counted in the
    # budget (as in one process: test_fault_site.test_a_site_page_budget_ends_a_crawl).
    checked = {urlsplit(r["url"]).path for r in rows(db, "select url from fetches where outcome = 'checked'")}
    assert checked, rows(db, "select url, outcome, reason from fetches")
    requested = [path for path in server.requests if path != "/robots.txt" and path not in checked]
    assert 1 <= len(requested) <= 6, (requested, checked)
    refused = rows(db, "select reason from fetches where outcome = 'trap'")
    # One row for the crawl, whichever worker refused first (each wrote its own), or a
    # worker reaches the site after its budget is spent (its robots.txt request is
    # not refused: test_hostile_sites.test_robots_txt_is_read_past_a_spent_budget...).
    # No lease lapses here: that case is test_a_budget_trap_row_lost_with_a_lease_*.
    assert len(refused) == 1, refused
    assert "page budget of 6" in refused[0]["reason"], refused
    assert all(worker.returncode == 0 for worker in workers)

    assert not redis.Redis.from_url(redis_url).keys("clippings:{*}:tally")


def test_two_workers_tallies_are_one_count(redis_url: str) -> None:
    """What one worker takes from a budget, the other cannot: the count is the crawl's."""
    one = Frontier(redis.Redis.from_url(redis_url), "tally-test")
    other = Frontier(redis.Redis.from_url(redis_url), "tally-test")
    taken = [one.take("site a", 5), other.take("site a", 5), one.take("site a", 5),
             other.take("site a", 5), one.take("site a", 5), other.take("site a", 5)]
    assert taken == [True] * 5 + [False]
    assert other.take("site b", 5)  # another key has its own count
    one.finish()
    assert not other.take("site a", 100)  # a finished crawl counts nothing, and keeps no key
    assert not redis.Redis.from_url(redis_url).exists("clippings:{tally-test}:tally")


def worker_guard(redis_url: str, crawl: str, seed: str, budget: int,
                 date_pages: int = 3_660) -> SharedTrapGuardMiddleware:
    """A worker's trap guard as ``clippings worker`` builds it (its spider, its
    Frontier in Redis), without the crawl running around it."""
    config = {"seeds": [seed], "settings": {"CLIPPINGS_SITE_PAGE_BUDGET": budget,
                                            "CLIPPINGS_TRAP_DATE_PAGES": date_pages}}
    settings = worker_settings(config, redis_url, f"guard-{uuid.uuid4().hex[:6]}")
    crawler = Crawler(WorkerSpider, settings)  # no crawl runs: no reactor, no engine
    crawler.stats = MemoryStatsCollector(crawler)
    crawler.spider = crawler._create_spider(crawl=crawl, seeds=[seed])
    return SharedTrapGuardMiddleware.from_crawler(crawler)


def refusals(guard: SharedTrapGuardMiddleware, count: int) -> list[tuple[str, Request, str]]:
    """Take ``count`` requests from the shared queue, as the worker's spider does,
    and what the guard makes of each: (lease, request, "sent" | "trap" | "no row")."""
    spider = guard.crawler.spider
    assert isinstance(spider, WorkerSpider)
    outcomes = []
    for lease, request in spider.frontier.pop(spider.worker, count):
        request.meta[LEASE] = lease
        try:
            guard.process_request(request)
            outcome = "sent"
        except TrapRequest:
            outcome = "trap"
        except PastSiteBudget:
            outcome = "no row"
        outcomes.append((lease, request, outcome))
    return outcomes


def test_a_budget_trap_row_lost_with_a_lease_is_written_by_the_next_worker(redis_url: str) -> None:
    """A worker refuses the first request past a site's budget (the crawl's one
    ``trap`` row), then is taken for dead before it hands the row over: its lease
    ends, and the worker the request goes to next writes the row (it was lost: the
    second refusal found the site's row taken, and had none)."""
    seed = "http://budget.test/"
    crawl = f"budget-{uuid.uuid4().hex[:6]}"
    first, second = (worker_guard(redis_url, crawl, seed, budget=1) for _ in range(2))
    frontier = first.crawler.spider.frontier  # type: ignore[union-attr]
    frontier.push([Request(f"{seed}news/{n}") for n in range(3)])
    outcomes = refusals(first, 3)
    assert [outcome for _, _, outcome in outcomes] == ["sent", "trap", "no row"]
    trap_lease = outcomes[1][0]
    # No heartbeat from the first worker: taken for dead, its requests queued again.
    assert frontier.requeue_dead_workers() == {first.crawler.spider.worker: 3}  # type: ignore[union-attr]
    assert frontier.commit(trap_lease, first.crawler.spider.worker, [], ["its trap row"]) == -1  # type: ignore[union-attr]
    again = {lease: outcome for lease, _, outcome in refusals(second, 3)}
    assert again == {outcomes[0][0]: "no row", trap_lease: "trap", outcomes[2][0]: "no row"}, again
    frontier.finish()


def test_a_budget_trap_row_lost_with_a_lease_is_not_lost_to_the_calendar_limit(redis_url: str) -> None:
    """As above, with date pages: the request that held the budget row, counted
    again in its calendar when it goes to the next worker, crosses the calendar's
    limit. It still writes the budget row (it was refused as a calendar trap, and
    the crawl had no budget row)."""
    seed = "http://budget.test/"
    crawl = f"budget-{uuid.uuid4().hex[:6]}"
    first, second = (worker_guard(redis_url, crawl, seed, budget=1, date_pages=3) for _ in range(2))
    frontier = first.crawler.spider.frontier  # type: ignore[union-attr]
    frontier.push([Request(f"{seed}cal/2025/07/0{n}") for n in range(1, 4)])
    outcomes = refusals(first, 3)
    assert [outcome for _, _, outcome in outcomes] == ["sent", "trap", "no row"]
    assert frontier.requeue_dead_workers() == {first.crawler.spider.worker: 3}  # type: ignore[union-attr]
    spider = second.crawler.spider
    assert isinstance(spider, WorkerSpider)
    reasons = {}
    for lease, request in spider.frontier.pop(spider.worker, 3):
        request.meta[LEASE] = lease
        with pytest.raises(TrapRequest) as refused:
            second.process_request(request)
        reasons[lease] = str(refused.value)
    assert reasons[outcomes[1][0]].startswith("page budget of 1 requests for "), reasons
    assert all(reasons[lease].startswith("more than 3 date pages") for lease in (outcomes[0][0], outcomes[2][0]))
    frontier.finish()


def test_redis_errors_are_one_line() -> None:
    for args, message in [
        (("worker", "--redis", f"redis://127.0.0.1:{free_port()}/0"), "cannot reach Redis at"),
        (("crawl", "http://127.0.0.1:1/", "--db", "x.db", "--redis", "http://nope"), "is not a redis:// URL"),
    ]:
        done = clippings(*args)
        assert done.returncode != 0
        assert done.stderr.startswith("clippings: error: ") and message in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_a_worker_and_its_pages_go_to_another(redis_url: str, tmp_path: Path,
                                                           signum: int, code: int) -> None:
    """A worker serving crawl after crawl (no --once) stops for good on SIGTERM,
    mid-crawl; the pages it held are fetched by the next worker and nothing is lost."""
    db = tmp_path / "signalled.db"
    with serve_demo(port=0) as server:
        server.slow_down(0.05)
        first = start_worker(redis_url, tmp_path / "worker-0.log")
        coordinator = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", server.base_url + "/", "--db", str(db),
             "--delay", "0", "--redis", redis_url],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        workers = [first]
        try:
            wait_for_pool(first, coordinator)
            first.send_signal(signum)
            first.wait(120)  # raises when the worker serves on
            workers.append(start_worker(redis_url, tmp_path / "worker-1.log", "--once"))
            _out, err = coordinator.communicate(timeout=300)
        finally:
            if coordinator.poll() is None:
                coordinator.kill()
            stop(workers)
    assert first.returncode == code
    log = (tmp_path / "worker-0.log").read_text()
    assert "Traceback" not in log and log.count("serving crawl") == 1, log[-3000:]
    assert coordinator.returncode == 0, err[-3000:]
    expected = {a["url"] for a in expected_articles(server.base_url, state=1)}
    assert {a["canonical_url"] for a in rows(db, "select canonical_url from articles")} == expected


def test_redis_going_away_mid_crawl_is_one_line_from_each(tmp_path: Path) -> None:
    """Redis stops mid-crawl: coordinator and worker each say so in one line naming
    it and exit 1; the summary counts the pages stored before."""
    server, url = start_redis(tmp_path)
    db = tmp_path / "lost.db"
    try:
        with serve_demo(port=0) as site:
            site.slow_down(0.05)
            worker = start_worker(url, tmp_path / "worker.log", "--once")
            coordinator = subprocess.Popen(
                [sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db),
                 "--delay", "0", "--redis", url],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                deadline = time.monotonic() + 300  # only against a hang
                while not pages_stored(db):
                    assert coordinator.poll() is None and time.monotonic() < deadline, "no page was stored"
                    time.sleep(0.05)
                server.kill()
                server.wait(30)
                out, err = coordinator.communicate(timeout=300)
                worker.wait(300)
            finally:
                if coordinator.poll() is None:
                    coordinator.kill()
                stop([worker])
    finally:
        if server.poll() is None:
            server.kill()
    lost = f"lost Redis at {url}: "
    assert coordinator.returncode == 1 and worker.returncode == 1, err[-3000:]
    assert err.strip().splitlines()[-1].startswith(f"clippings: error: {lost}"), err[-3000:]
    log = (tmp_path / "worker.log").read_text()
    assert "Traceback" not in log and "Traceback" not in err, log[-3000:]
    assert log.strip().splitlines()[-1].startswith(f"clippings: error: {lost}"), log[-3000:]
    fetched = len(rows(db, "select url from fetches where status is not null"))
    assert fetched and f"pages fetched: {fetched} " in out, out


def test_redis_going_away_while_a_record_is_being_stored_ends_the_crawl(tmp_path: Path) -> None:
    """Redis stops while a record is still in the coordinator's pipelines: the
    crawl stores it and ends in one line (Scrapy's close would wait for ever on a
    record from start(), scrapy/scrapy#7029); a pipeline holds the record so the
    order is the same every run."""
    server, url = start_redis(tmp_path)
    db, marker = tmp_path / "held.db", tmp_path / "holding"
    pipelines = {**project_settings.ITEM_PIPELINES,
                 "tests.support.hold_pipeline.HoldFirstRecordPipeline": 50}
    try:
        with serve_demo(port=0) as site:
            worker = start_worker(url, tmp_path / "worker.log", "--once")
            coordinator = subprocess.Popen(
                [sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db),
                 "--delay", "0", "--redis", url, "-s", f"CLIPPINGS_TEST_HOLD_FILE={marker}",
                 "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}"],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                deadline = time.monotonic() + 300  # only against a hang
                while not marker.exists():
                    assert coordinator.poll() is None and time.monotonic() < deadline, "no record was held"
                    time.sleep(0.05)
                server.kill()
                server.wait(30)
                out, err = coordinator.communicate(timeout=120)
            finally:
                if coordinator.poll() is None:
                    coordinator.kill()
                stop([worker])
    finally:
        if server.poll() is None:
            server.kill()
    assert coordinator.returncode == 1, err[-3000:]
    assert err.strip().splitlines()[-1].startswith(f"clippings: error: lost Redis at {url}: "), err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    # the pages fetched were stored, the summary counts them, the crawl row says it failed
    fetched = len(rows(db, "select url from fetches where status is not null"))
    assert fetched and f"pages fetched: {fetched} " in out, out
    (crawl_row,) = rows(db, "select status, stats from crawls")
    assert crawl_row["status"] == "failed" and crawl_row["stats"], crawl_row


def test_redis_going_away_while_a_worker_waits_for_a_crawl_is_one_line(tmp_path: Path) -> None:
    """A worker waiting for a crawl when Redis stops says so in one line naming it
    and exits 1, without a traceback."""
    server, url = start_redis(tmp_path)
    try:
        worker = start_worker(url, tmp_path / "worker.log")
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 120  # only against a hang
        # the worker is in its wait loop (its start-up ping is done): a client's last
        # command is the loop's look at the active crawls
        while not any(entry.get("cmd") == "smembers" for entry in client.client_list()):
            assert worker.poll() is None and time.monotonic() < deadline, "the worker never polled"
            time.sleep(0.05)
        server.kill()
        server.wait(30)
        worker.wait(120)
    finally:
        if server.poll() is None:
            server.kill()
        stop([worker])
    log = (tmp_path / "worker.log").read_text()
    assert worker.returncode == 1, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    (line,) = log.strip().splitlines() or [""]  # exactly one line (an empty log passed)
    assert line.startswith(f"clippings: error: lost Redis at {url}: "), log[-3000:]


def test_a_crawl_whose_coordinator_was_killed_is_dropped(tmp_path: Path) -> None:
    """A coordinator killed with -9 leaves its crawl in Redis: once its heartbeat
    expires the worker leaves it, the next crawl on the archive is served, and the
    dead crawl's keys are deleted."""
    server, url = start_redis(tmp_path)
    db = tmp_path / "killed-coordinator.db"
    command = [sys.executable, "-m", "crawler.cli", "crawl", "", "--db", str(db), "--delay", "0", "--redis", url]
    try:
        with serve_demo(port=0) as site:
            site.slow_down(0.05)
            command[4] = site.base_url + "/"
            worker = start_worker(url, tmp_path / "worker.log")  # crawl after crawl
            with (tmp_path / "first.err").open("w") as first_err:
                first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=first_err, text=True)
            try:
                deadline = time.monotonic() + 300  # only against a hang
                while not pages_stored(db):
                    assert first.poll() is None and time.monotonic() < deadline, "no page was stored"
                    time.sleep(0.05)
                first.kill()
                first.wait(30)
                dead = (tmp_path / "first.err").read_text().split("crawl ", 1)[1].split()[0]
                # Generous: the dead crawl's heartbeat lasts COORDINATOR_TTL (30 s) after the kill.
                second = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180)
            finally:
                if first.poll() is None:
                    first.kill()
                stop([worker])
        client = redis.Redis.from_url(url)
        assert client.smembers("clippings:crawls") == set()
        left = client.keys(f"clippings:{{{dead}}}:*")
    finally:
        server.kill()
    assert second.returncode == 0, second.stderr[-3000:]
    assert all(key.endswith(b":done") for key in left), left
    statuses = [r["status"] for r in rows(db, "select status from crawls order by id")]
    assert statuses == ["interrupted", "finished"]
