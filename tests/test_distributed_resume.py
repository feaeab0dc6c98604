"""Continuing a distributed crawl whose coordinator was killed (docs/distributed-resume.md):
the next ``clippings crawl --redis`` of the same seeds into the same archive
fetches every URL the killed crawl found and had not finished, none of those it
stored, and stores nothing twice, whether Redis kept the dead crawl's keys or was
restarted empty.

Real parts: redis-server on a free port of 127.0.0.1, the demo site and a small
site of our own on 127.0.0.1, ``clippings crawl --redis`` and ``clippings worker``
in subprocesses, SQLite. The kill is not left to chance: the coordinator's archive
pipeline holds one article's store open before its commit
(:mod:`tests.support.held_store`), and the coordinator is killed with SIGKILL
while it waits there, records the workers handed back taken and not stored.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from crawler import settings as project_settings
from crawler.demo.server import serve_demo
from crawler.distributed.frontier import reap_dead_crawls
from tests.conftest import ENV, ROOT, clippings
from tests.fault_site import FaultHandler, article, serve
from tests.support import forkrun
from tests.support.demo_truth import expected_articles
from tests.support.redis_crawls import rows, start_redis, start_worker, stop
from tests.test_distributed_stops import wait_while_running

HELD_PIPELINES = {**project_settings.ITEM_PIPELINES, "pipelines.store_thread.ThreadedArchivePipeline": None,
                  "tests.support.held_store.HoldBeforeCommitPipeline": 800}


def killed_while_storing(seed: str, db: Path, redis_url: str, nth: int, folder: Path) -> str:
    """A coordinator of a crawl of ``seed`` killed with SIGKILL while it stores its
    ``nth`` article (written, not committed); the Redis id of its crawl."""
    marker, log = folder / "held", folder / "killed-coordinator.err"
    with log.open("w") as err:
        coordinator = forkrun.popen(
            [sys.executable, "-m", "crawler.cli", "crawl", seed, "--db", str(db), "--delay", "0", "--redis", redis_url,
             "-s", f"ITEM_PIPELINES={json.dumps(HELD_PIPELINES)}", "-s", f"CLIPPINGS_TEST_HOLD_FILE={marker}",
             "-s", f"CLIPPINGS_TEST_HOLD_NTH={nth}"],
            cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=err, text=True)
    try:
        wait_while_running(coordinator, marker.exists, f"the {nth}th article's store was never held")
    finally:
        coordinator.kill()
        coordinator.wait(30)
    return log.read_text().split("crawl ", 1)[1].split()[0]


def reap_now(redis_url: str, crawl: str) -> None:
    """The dead crawl's heartbeat lapses now, as Redis lapses it within
    COORDINATOR_TTL (30 s) of the kill: workers leave it for the next crawl."""
    redis.Redis.from_url(redis_url).expire(f"clippings:{{{crawl}}}:alive", 0)


def duplicated_fetches(db: Path) -> list[dict]:
    """URLs with more than one ``fetches`` row; a 5xx answer (the demo's ``/live/``)
    is not counted: a failure that may pass is fetched again by the crawl that
    continues, by design (as in one process)."""
    return rows(db, "SELECT url, group_concat(outcome) AS outcomes FROM fetches "
                    "WHERE NOT (outcome = 'error' AND status >= 500) GROUP BY url HAVING count(*) > 1")


@contextmanager
def workers(redis_url: str, folder: Path, name: str, count: int = 2) -> Iterator[list[subprocess.Popen[str]]]:
    """``count`` workers serving crawl after crawl; stopped on the way out."""
    started = [start_worker(redis_url, folder / f"{name}-{n}.log") for n in range(count)]
    try:
        yield started
    finally:
        stop(started)


@pytest.mark.parametrize("redis_after", ["kept", "restarted"])
def test_a_killed_distributed_crawl_is_continued_storing_every_article_once(
        tmp_path: Path, redis_after: str) -> None:
    """The demo site by two workers, the coordinator killed at its 10th article's
    store: the continued crawl ends with every article once (one version each),
    one ``fetches`` row per URL over both crawls (none fetched again that the first
    stored: not the seed, not an article), and an empty frontier; every URL the site
    answered has its row. Before, the next crawl started anew from the seed: the
    seed and the stored pages were fetched (and their rows written) again."""
    server, url = start_redis(tmp_path)
    db = tmp_path / "news.db"
    try:
        with serve_demo(port=0) as site:
            site.slow_down(0.05)
            seed = site.base_url + "/"
            with workers(url, tmp_path, "first"):
                dead = killed_while_storing(seed, db, url, 10, tmp_path)
                if redis_after == "kept":
                    reap_now(url, dead)
                    second = continued(seed, db, url, tmp_path)
            if redis_after == "restarted":  # the dead crawl's keys gone with it: the archive alone
                server.kill()
                server.wait(30)
                server, url = start_redis(tmp_path)
                with workers(url, tmp_path, "second"):
                    second = continued(seed, db, url, tmp_path)
            requested = {path for _, path, _ in site.requests if path != "/robots.txt"}
    finally:
        server.kill()
    assert second.returncode == 0, second.stderr[-3000:]
    assert "continued crawl 1: " in second.stdout, second.stdout
    expected = {a["url"] for a in expected_articles(site.base_url, state=1)}
    articles = rows(db, "SELECT canonical_url, version_count FROM articles")
    assert {a["canonical_url"] for a in articles} == expected
    assert {a["version_count"] for a in articles} == {1}
    assert len(rows(db, "SELECT id FROM versions")) == len(expected)
    assert duplicated_fetches(db) == []
    stored = rows(db, "SELECT url FROM fetches WHERE outcome = 'stored'")
    assert sorted(r["url"] for r in stored) == sorted(expected)
    fetched = {r["url"][len(site.base_url):] for r in rows(db, "SELECT url FROM fetches")}
    assert requested <= fetched, sorted(requested - fetched)
    assert rows(db, "SELECT id, status FROM crawls") == [{"id": 1, "status": "interrupted"},
                                                         {"id": 2, "status": "finished"}]
    assert rows(db, "SELECT count(*) AS n FROM frontier") == [{"n": 0}]


def continued(seed: str, db: Path, redis_url: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """The crawl of ``seed`` run again into ``db``: it continues the killed one. The
    killed crawl's frontier is checked first: it stored some articles and left URLs
    found and not fetched. The rows are queued a few at a time (at most 4 ahead:
    ``CONCURRENT_REQUESTS=2``), so the queue is refilled as it drains."""
    (before,) = rows(db, "SELECT sum(state = 'pending') AS pending, sum(state = 'done') AS done FROM frontier")
    assert before["pending"] > 0 and before["done"] > 0, before
    assert 0 < len(rows(db, "SELECT 1 FROM fetches WHERE outcome = 'stored'")) < 41
    return clippings("crawl", seed, "--db", str(db), "--delay", "0", "--redis", redis_url,
                     "-s", "CONCURRENT_REQUESTS=2", "-s", "CLIPPINGS_RESUME_AHEAD=1")


def test_a_redirect_answered_before_the_kill_is_not_fetched_again(redis_url: str, tmp_path: Path) -> None:
    """The home page links /old, which redirects to /news/a. The coordinator is
    killed while it stores /news/a's record, the redirect row of /old stored just
    before it (the two came in one commit): the continued crawl fetches /news/a,
    and not /old again (its redirect row would be written twice). The worker notes
    the redirect's target before the commit that hands over the redirect row, and
    the row marks /old done."""
    holder: dict[str, str] = {}

    def home(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html("<html><body><h1>Home</h1><a href='/old'>old address</a></body></html>")

    site = serve({
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": home,
        "/old": lambda h, q: h.redirect("/news/a"),
        "/news/a": lambda h, q: h.html(article("A story", "/news/a", base=holder["base"])),
    })
    holder["base"] = site.base_url
    db = tmp_path / "redirect.db"
    try:
        with workers(redis_url, tmp_path, "worker", count=1):
            dead = killed_while_storing(site.base_url + "/", db, redis_url, 1, tmp_path)
            reap_now(redis_url, dead)
            second = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--redis", redis_url)
    finally:
        site.shutdown()
    assert second.returncode == 0, second.stderr[-3000:]
    assert {path: site.counts.get(path, 0) for path in ("/", "/old", "/news/a")} == {"/": 1, "/old": 1, "/news/a": 2}
    assert duplicated_fetches(db) == []
    assert rows(db, "SELECT crawl_id, url, outcome FROM fetches ORDER BY id") == [
        {"crawl_id": 1, "url": site.base_url + "/", "outcome": "not-article"},
        {"crawl_id": 1, "url": site.base_url + "/old", "outcome": "redirect"},
        {"crawl_id": 2, "url": site.base_url + "/news/a", "outcome": "stored"}]


def test_a_distributed_crawl_stopped_at_max_pages_is_continued_where_it_stopped(tmp_path: Path) -> None:
    """``--max-pages 15`` twice, then no limit, all three by two workers: the second
    crawl fetches 15 more pages where the first stopped, the third the rest, and over
    the three every article is stored once and every URL has one ``fetches`` row.
    Before, each run started again from the seed (its 15 pages the same first ones)."""
    server, url = start_redis(tmp_path)
    db = tmp_path / "limited.db"
    runs = []
    try:
        with serve_demo(port=0) as site, workers(url, tmp_path, "worker"):
            seed = site.base_url + "/"
            for limit in (("--max-pages", "15"), ("--max-pages", "15"), ()):
                runs.append(clippings("crawl", seed, "--db", str(db), "--delay", "0", "--redis", url, *limit))
                assert runs[-1].returncode == 0, runs[-1].stderr[-3000:]
    finally:
        server.kill()
    assert "reached --max-pages (15 pages)" in runs[0].stdout, runs[0].stdout
    assert "reached --max-pages (15 more pages)" in runs[1].stdout, runs[1].stdout
    assert "continued crawl 1: " in runs[1].stdout and "continued crawl 2: " in runs[2].stdout, runs[2].stdout
    expected = {a["url"] for a in expected_articles(site.base_url, state=1)}
    assert sorted(r["url"] for r in rows(db, "SELECT url FROM fetches WHERE outcome = 'stored'")) == sorted(expected)
    assert {a["version_count"] for a in rows(db, "SELECT version_count FROM articles")} == {1}
    assert duplicated_fetches(db) == []
    assert rows(db, "SELECT status FROM crawls ORDER BY id") == [{"status": "finished"}] * 3
    assert rows(db, "SELECT count(*) AS n FROM frontier") == [{"n": 0}]


HELD_ROWS_PIPELINES = {**project_settings.ITEM_PIPELINES, "pipelines.store_thread.ThreadedArchivePipeline": None,
                       "tests.support.held_rows.HoldRowsPipeline": 800}


def test_a_coordinator_killed_while_it_marks_the_done_urls_leaves_no_key_for_good(tmp_path: Path) -> None:
    """A continued crawl's coordinator killed at its start, its done URLs marked
    seen and its seeds queued, its config not yet written
    (:mod:`tests.support.held_rows`): once its heartbeat lapses, the next reaper
    deletes its keys; nothing is left in Redis without an expiry. Before, the crawl
    was among the crawls in progress only once announced: its seen set (one
    fingerprint per done URL), queue and requests stayed for good."""
    db, marker = tmp_path / "news.db", tmp_path / "held"
    process, redis_url = start_redis(tmp_path)  # (its own: every key in it is this crawl's)
    try:
        left_for_good(redis_url, db, marker, tmp_path)
    finally:
        process.kill()
        process.wait(30)


def left_for_good(redis_url: str, db: Path, marker: Path, tmp_path: Path) -> None:
    server = redis.Redis.from_url(redis_url)
    with serve_demo(port=0) as site:
        seed = site.base_url + "/"
        first = clippings("crawl", seed, "--db", str(db), "--delay", "0", "--max-pages", "5")
        assert first.returncode == 0, first.stderr[-3000:]
        with (tmp_path / "coordinator.err").open("w") as err:
            coordinator = forkrun.popen(
                [sys.executable, "-m", "crawler.cli", "crawl", seed, "--db", str(db), "--delay", "0",
                 "--redis", redis_url, "-s", f"ITEM_PIPELINES={json.dumps(HELD_ROWS_PIPELINES)}",
                 "-s", f"CLIPPINGS_TEST_HOLD_FILE={marker}"],
                cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=err, text=True)
        try:
            wait_while_running(coordinator, marker.exists, "the continued crawl's rows were never read")
        finally:
            coordinator.kill()
            coordinator.wait(30)
    seen = [key.decode() for key in server.scan_iter(match="clippings:{*}:seen")]
    assert len(seen) == 1 and server.scard(seen[0]) >= 5, seen  # the done URLs, marked before the kill
    crawl = seen[0].split("{", 1)[1].split("}", 1)[0]
    reap_now(redis_url, crawl)
    reap_dead_crawls(server)
    forever = sorted(key.decode() for key in server.scan_iter() if server.ttl(key) == -1)
    assert forever == [], forever
