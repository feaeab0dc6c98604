"""Scaling out (issue #10): the sample site crawled by three ``clippings worker``
processes through a real ``redis-server`` into one archive, against the same
crawls made by one process; a worker killed mid-crawl; every core on one machine.

Real parts: redis-server on a free port of 127.0.0.1, the demo site (counting the
requests it answers at once), ``clippings`` in subprocesses, SQLite.
"""

from __future__ import annotations

import json
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import redis
import sqlite_utils
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from crawler.demo import content as C
from crawler.demo.server import DemoServer, serve_demo
from crawler.distributed.frontier import Frontier
from crawler.distributed.worker import (
    LEASE,
    SharedPageLimitMiddleware,
    SharedTrapGuardMiddleware,
    WorkerSpider,
    worker_settings,
)
from crawler.exceptions import PastSiteBudget, TrapRequest
from tests.conftest import clippings, crawl
from tests.fault_site import FaultHandler, FaultServer, Route, article, serve
from tests.support.demo_truth import changes
from tests.support.redis_crawls import (
    crawl_stats,
    ended_after_their_crawl,
    free_port,
    rows,
    start_waiting_workers,
    start_worker,
    stop,
)
from tests.test_snapshots import history_json

SITE_CONCURRENCY = 4  # crawler.settings CONCURRENT_REQUESTS_PER_DOMAIN
LATENCY = 0.03  # seconds the site takes per answer in the distributed runs, so requests overlap


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
        # Each worker serves crawl after crawl (a fresh process image for each), each
        # with its extraction pool: the records are compared with the single crawl's,
        # parsed on its reactor thread (the suite's CLIPPINGS_PROCESSES=0).
        workers = [start_worker(redis_url, folder / f"worker-{n}.log", "--processes", "1")
                   for n in range(3)]
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


# -- politeness over all workers, at the Redis level ------------------------------------------


def test_site_tokens_hold_concurrency_delay_crawl_delay_and_retry_after(redis_url: str) -> None:
    from crawler.distributed.frontier import crawl_fields
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
    crawl = Frontier(server, f"tokens-{uuid.uuid4().hex[:6]}")

    def take(site: str, token: str, lease_ms: int = 30_000) -> int:
        return try_acquire(server, site, token, lease_ms=lease_ms, default_concurrency=9, default_delay_ms=0)

    site = f"politeness.test:{free_port()}"
    set_site_limits(crawl, site, concurrency=2, delay=0)
    assert [take(site, "w1/a"), take(site, "w2/b"), take(site, "w3/c")] == [0, 0, -1]  # 2 at once, any workers
    release(server, site, "w1/a")
    assert take(site, "w3/c") == 0
    assert drop_worker_tokens(server, [site], "w2") == 1  # a dead worker's token is freed
    assert take(site, "w1/d") == 0 and take(site, "w1/e") == -1
    # Tokens expire (a worker that died before the coordinator noticed).
    other = f"expiry.test:{free_port()}"
    set_site_limits(crawl, other, concurrency=1, delay=0)
    assert take(other, "w1/a", lease_ms=100) == 0 and take(other, "w2/b") == -1
    time.sleep(0.15)
    assert take(other, "w2/b") == 0
    # The delay between two starts, whichever worker starts them.
    slow = f"delay.test:{free_port()}"
    set_site_limits(crawl, slow, concurrency=4, delay=0.5)
    assert take(slow, "w1/a") == 0
    assert 300 < take(slow, "w2/b") <= 500
    # robots.txt Crawl-delay, when longer than the crawl's delay.
    crawl.set_site_fields(slow, {crawl_fields(crawl.crawl)[2]: 3000})
    server.hset(site_keys(slow)[1], "next_at", 0)
    assert take(slow, "w1/c") == 0 and 2500 < take(slow, "w2/d") <= 3000
    # Retry-After: nobody starts before it passes.
    paused = f"retry.test:{free_port()}"
    set_site_limits(crawl, paused, concurrency=4, delay=0)
    pause_site(server, paused, 20)
    assert 19_000 < take(paused, "w1/a") <= 20_000
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None
    crawl.finish()


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
    workers = start_waiting_workers(redis_url, [folder / f"worker-{n}.log" for n in range(2)], "--once")
    try:
        done = clippings("crawl", server.base_url + "/", "--db", str(db), "--delay", "0",
                         "--redis", redis_url, *options)
        ended_after_their_crawl(workers)
    finally:
        stop(workers)  # (none left running after a failure: it named the zygote's command line)
    return done, workers


def test_the_sitemap_cap_given_to_the_coordinator_holds_in_the_workers(redis_url: str, tmp_path: Path) -> None:
    """``-s CLIPPINGS_SITE_MAX_SITEMAPS=3`` on a distributed crawl: the worker that
    reads the index fetches the newest 3 of its 12 sitemaps. (Before, the setting
    did not travel to the workers: they used the default, 500, and fetched all.)"""
    from tests.test_crawl_slots import ROBOTS, sitemap_site

    server = serve({"/robots.txt": ROBOTS, **sitemap_site(12)})
    db = tmp_path / "sitemaps.db"
    worker = start_worker(redis_url, tmp_path / "worker.log", "--once")
    try:
        done = clippings("crawl", server.base_url + "/sitemap.xml", "--db", str(db), "--delay", "0",
                         "--redis", redis_url, "-s", "CLIPPINGS_SITE_MAX_SITEMAPS=3")
        worker.wait(60)
    finally:
        stop([worker])
        server.shutdown()
    assert done.returncode == 0, done.stderr[-3000:]
    fetched = sorted(path for path in server.requests if path.startswith("/sitemaps/"))
    assert fetched == ["/sitemaps/10.xml", "/sitemaps/11.xml", "/sitemaps/12.xml"], fetched


def page_limit_of_a_worker(redis_url: str, crawl: str, seed: str, max_pages: int,
                           worker: str) -> tuple[Crawler, SharedPageLimitMiddleware]:
    """A worker's crawler (its spider's Frontier in Redis, no crawl running around it)
    and its ``--max-pages`` middleware."""
    from crawler.distributed.worker import SharedPageLimitMiddleware

    settings = worker_settings({"seeds": [seed], "settings": {"CLIPPINGS_MAX_PAGES": max_pages}}, redis_url, worker)
    crawler = Crawler(WorkerSpider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    crawler.spider = crawler._create_spider(crawl=crawl, seeds=[seed])
    return crawler, SharedPageLimitMiddleware.from_crawler(crawler)


def test_the_requests_queued_past_max_pages_are_dropped_at_once(redis_url: str) -> None:
    """``--max-pages`` reached over the workers: the requests still queued were each
    leased, passed through the worker's middlewares (a turn of the site's budget
    each) and refused, one by one (minutes for a frontier of 50,000 links), before
    the crawl could end. The first refusal drops them, counted as refused; one
    queued while a slot is free again (given back at a worker's stop) is kept."""
    from crawler.exceptions import PastMaxPages, StoppedBeforeFetch

    seed = "http://127.0.0.1:9/"
    crawler, limit = page_limit_of_a_worker(redis_url, f"drop-{uuid.uuid4().hex[:6]}", seed, 1, "drop-w")
    frontier = crawler.spider.frontier
    frontier.push([Request(f"{seed}news/{n}") for n in range(5)])
    try:
        first, second = (Request(f"{seed}a/{n}") for n in range(2))
        limit.process_request(first)
        with pytest.raises(PastMaxPages):
            limit.process_request(second)
        assert frontier.pop("drop-w", 10) == []
        assert crawler.stats.get_value("clippings/max_pages_refused") == 6
        limit.process_exception(first, StoppedBeforeFetch())  # its slot free again
        frontier.push([Request(f"{seed}later")])
        assert frontier.drop_past_limit("max-pages sent", 1) == (0, 0)
        assert [request.url for _, request in frontier.pop("drop-w", 10)] == [f"{seed}later"]
    finally:
        frontier.finish()


def test_a_request_waiting_for_another_workers_robots_txt_is_dropped_at_a_stop(redis_url: str) -> None:
    """A worker asked to stop while a request waits for the robots.txt another
    (live) worker is fetching: the request is dropped unfetched (its lease given
    back, as the politeness wait's are). It polled on, and the worker's graceful
    stop ran out into a forced one ("stopped without waiting")."""
    import asyncio

    from crawler.distributed.frontier import heartbeat_key
    from crawler.distributed.robots import SharedRobotsTxtMiddleware
    from crawler.exceptions import StoppedBeforeFetch
    from crawler.signals import stop_requested

    crawl, seed = f"robots-stop-{uuid.uuid4().hex[:6]}", "http://127.0.0.1:9/"
    crawler = Crawler(WorkerSpider, worker_settings({"seeds": [seed], "settings": {}}, redis_url, "robots-w"))
    crawler.stats = MemoryStatsCollector(crawler)
    crawler.spider = crawler._create_spider(crawl=crawl, seeds=[seed])
    robots = SharedRobotsTxtMiddleware.from_crawler(crawler)
    server = redis.Redis.from_url(redis_url)
    other = f"other-{uuid.uuid4().hex[:6]}"
    server.set(heartbeat_key(other), "1", ex=60)  # alive, fetching the site's robots.txt
    assert crawler.spider.frontier.claim("robots 127.0.0.1:9", other) == other

    async def wait_then_stop() -> None:
        waiting = asyncio.ensure_future(robots.from_other_workers("127.0.0.1:9"))
        await asyncio.sleep(0.3)  # waiting on the other worker
        assert not waiting.done()
        crawler.signals.send_catch_log(signal=stop_requested)
        with pytest.raises(StoppedBeforeFetch):
            await asyncio.wait_for(waiting, 30)  # (only against a hang: it polls every 0.1 s)

    try:
        asyncio.run(wait_then_stop())
    finally:
        server.delete(heartbeat_key(other))
        crawler.spider.frontier.finish()


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


def test_a_meta_refresh_is_a_redirect_row_in_a_distributed_crawl_too(redis_url: str, tmp_path: Path) -> None:
    """As in one process, a page whose meta refresh the crawl follows is a
    ``redirect`` row naming the target (the workers recorded 3xx answers only:
    the page left no row at all), and its target is crawled."""
    server = site_with_a_redirect("/moved", lambda h, q: h.html(
        "<html><head><meta http-equiv='refresh' content='0; url=/news/a'></head><body>Moved</body></html>"))
    db = tmp_path / "refresh.db"
    crawled_by_two_workers(redis_url, tmp_path, server, db)
    found = rows(db, "select outcome, status, reason from fetches where url = ?", [server.base_url + "/moved"])
    assert found == [{"outcome": "redirect", "status": 200, "reason": f"meta refresh to {server.base_url}/news/a"}], found
    assert rows(db, "select outcome from fetches where url = ?", [server.base_url + "/news/a"]) == [
        {"outcome": "stored"}]


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
    stats = json.loads(row["stats"])
    assert stats["finish_reason"] == "max_pages"
    assert stats["clippings/max_pages_refused"] > 0  # the workers' counts reach the crawl's (they did not)
    fetched = rows(db, "select url from fetches where status is not null")
    assert 10 <= len(fetched) < 40  # 10 pages, and the redirect rows of those reached through one
    assert all(worker.returncode == 0 for worker in workers)


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


def test_robots_txt_shared_after_the_crawl_ended_leaves_no_key(redis_url: str) -> None:
    """A worker that read a site's robots.txt, or took over the claim of a worker
    that stopped, as the crawl ended: the robots hash and the tally were written
    after the coordinator deleted them, and stayed in Redis for ever."""
    server = redis.Redis.from_url(redis_url)
    one = Frontier(server, "robots-test")
    assert one.claim("robots a", "w1") == "w1"
    assert one.take_over("robots a", "w1", "w2") == "w2"
    assert one.take_over("robots a", "w1", "w3") == "w2"  # w2 took it over first
    one.share_robots("a", b"User-agent: *", "")
    assert one.robots("a") == (b"User-agent: *", "")
    one.finish()
    one.share_robots("b", b"User-agent: *", "")
    assert one.take_over("robots b", "w1", "w2") == ""
    assert not server.keys("clippings:{robots-test}:*[^e]"), server.keys("clippings:{robots-test}:*")


def test_a_worker_whose_reactor_is_busy_is_not_taken_for_dead(redis_url: str) -> None:
    """The heartbeat beat on the reactor thread: a reactor busy past HEARTBEAT_TTL
    (the first HTML page starting the parsing pool on a loaded machine) let the key
    expire, and the coordinator queued the live worker's requests again (the seed
    fetched twice; "stopped answering"). Here no reactor runs at all, as if busy:
    the worker still beats. At its stop the heartbeat goes, and stays gone."""
    from crawler.distributed.frontier import HEARTBEAT_TTL, heartbeat_key
    from crawler.distributed.worker import Heartbeat

    worker = f"beat-{uuid.uuid4().hex[:6]}"
    crawler = Crawler(WorkerSpider, worker_settings({"seeds": [], "settings": {}}, redis_url, worker))
    heartbeat = Heartbeat.from_crawler(crawler)
    server = redis.Redis.from_url(redis_url)
    heartbeat.start()
    try:
        time.sleep(HEARTBEAT_TTL + 2)  # the reactor thread (this one) busy
        assert server.exists(heartbeat_key(worker))
    finally:
        heartbeat.stop()
    assert not server.exists(heartbeat_key(worker))
    time.sleep(1.5)  # a beat after the stop would bring it back
    assert not server.exists(heartbeat_key(worker))


def test_a_worker_whose_reactor_is_wedged_lets_its_heartbeat_lapse(redis_url: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The heartbeat beats from its own thread, but only while the reactor answers
    within REACTOR_STALL_MAX seconds: a wedged worker's requests go to the others."""
    from crawler.distributed import beating
    from crawler.distributed.frontier import HEARTBEAT_TTL, heartbeat_key
    from crawler.distributed.worker import Heartbeat

    class WedgedReactor:  # takes calls from threads, never runs them
        def callFromThread(self, f: object, *args: object) -> None:
            pass

    monkeypatch.setattr(beating, "REACTOR_STALL_MAX", 1)
    worker = f"beat-{uuid.uuid4().hex[:6]}"
    crawler = Crawler(WorkerSpider, worker_settings({"seeds": [], "settings": {}}, redis_url, worker))
    heartbeat = Heartbeat.from_crawler(crawler)
    server = redis.Redis.from_url(redis_url)
    heartbeat.start()
    heartbeat.reactor = WedgedReactor()
    try:
        # The stall allowed, then the key's time: waited on (the key gone), not slept
        # through; past both with a margin, a key still there fails the test.
        deadline = time.monotonic() + HEARTBEAT_TTL + 3
        while server.exists(heartbeat_key(worker)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not server.exists(heartbeat_key(worker))
        assert heartbeat.wedged
    finally:
        heartbeat.halt()


def test_a_coordinator_whose_reactor_is_busy_past_its_keys_time_is_not_reaped(redis_url: str,
                                                                              tmp_path: Path) -> None:
    """The coordinator's heartbeat beat on the reactor thread: a reactor held past
    the key's time (records stored in a locked archive, a loaded machine) let it
    lapse, and an idle worker or another coordinator reaped the live crawl, its
    keys deleted and its pages lost. Here a pipeline holds the reactor on the first
    record until the key has outlived two of its lifetimes (or lapsed), then reaps
    as they do: the crawl is not reaped and ends with every page."""
    from crawler import settings as project_settings

    holder: dict[str, FaultServer] = {}
    stories = [f"/news/{n}" for n in range(4)]

    def home(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html("<html><body><h1>Home</h1>" + "".join(f"<a href='{p}'>s</a>" for p in stories) + "</body></html>")

    def story(path: str) -> Route:
        return lambda h, q: h.html(article(f"Story {path[-1]}", path, base=holder["site"].base_url))

    server = holder["site"] = serve({
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": home, **{path: story(path) for path in stories}})
    db, marker = tmp_path / "stalled.db", tmp_path / "stalled"
    pipelines = {**project_settings.ITEM_PIPELINES, "tests.support.stall_pipeline.StallReactorPipeline": 50}
    try:
        done, workers = crawl_by_two_workers(
            redis_url, tmp_path, server, db, "-s", "CLIPPINGS_COORDINATOR_TTL=2",
            "-s", f"CLIPPINGS_TEST_STALL_FILE={marker}", "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}")
    finally:
        server.shutdown()
    assert done.returncode == 0 and all(worker.returncode == 0 for worker in workers), done.stderr[-3000:]
    assert marker.read_text() == "outlived"
    assert crawl_stats(db, 1)["finish_reason"] == "finished"
    stored = {row["url"] for row in rows(db, "select url from fetches where outcome = 'stored'")}
    assert stored == {server.base_url + path for path in stories}, stored
    left = redis.Redis.from_url(redis_url).keys("clippings:{" + crawl_stats(db, 1)["clippings/redis_crawl"] + "}:*")
    assert [key for key in left if not key.endswith(b":done")] == []  # no beat after the end wrote it back


def test_a_forced_stop_of_the_coordinator_halts_its_heartbeat_first(redis_url: str) -> None:
    """A forced stop (a second Ctrl-C) ends the crawl in Redis as the process ends:
    the heartbeat's thread is halted first, or its next beat wrote the deleted
    ``alive`` key back (the crawl's, after its end)."""
    from crawler.distributed.coordinator import CoordinatorHeartbeat, CoordinatorSpider, end_in_redis

    crawler = Crawler(CoordinatorSpider, {"CLIPPINGS_REDIS_URL": redis_url})
    crawler.spider = spider = crawler._create_spider(seeds="http://127.0.0.1:9/", redis_url=redis_url)
    spider.heartbeat = heartbeat = CoordinatorHeartbeat(redis_url, spider.crawl, 3)
    heartbeat.start_beating()
    server = redis.Redis.from_url(redis_url)
    assert server.exists(spider.frontier.keys.alive)
    end_in_redis(crawler)
    assert heartbeat.thread is not None and not heartbeat.thread.is_alive()
    assert not server.exists(spider.frontier.keys.alive)


def test_a_forced_stop_drops_the_heartbeat_for_good(redis_url: str) -> None:
    """A forced stop (a second Ctrl-C) deletes the worker's heartbeat as the process
    ends (so the coordinator queues its requests again at once): the heartbeat
    thread is halted first, or its next beat wrote the key back."""
    from crawler.distributed.frontier import heartbeat_key
    from crawler.distributed.worker import Heartbeat, leave_crawl

    worker = f"beat-{uuid.uuid4().hex[:6]}"
    crawler = Crawler(WorkerSpider, worker_settings({"seeds": [], "settings": {}}, redis_url, worker))
    heartbeat = Heartbeat.from_crawler(crawler)
    crawler.extensions = SimpleNamespace(middlewares=[heartbeat])  # as the crawl's ExtensionManager holds it
    server = redis.Redis.from_url(redis_url)
    heartbeat.start()
    try:
        assert server.exists(heartbeat_key(worker))
        leave_crawl(redis_url, worker, crawler)
        time.sleep(1.5)  # past the next beat
        assert not server.exists(heartbeat_key(worker))
    finally:
        heartbeat.halt()


def test_a_page_dropped_at_a_workers_stop_gives_its_max_pages_slot_back(redis_url: str) -> None:
    """A page that took its slot of ``--max-pages`` (SharedPageLimitMiddleware, before
    the site's politeness wait) and was dropped as its worker stopped goes back to
    the queue, and the worker that takes it counts it again: its slot is given
    back. (Before, each cost the crawl a slot: fewer than N pages.) A page that
    failed on the network was sent: its slot stays spent."""
    from crawler.distributed.worker import SharedPageLimitMiddleware
    from crawler.exceptions import PastMaxPages, StoppedBeforeFetch

    crawl, seed = f"slots-{uuid.uuid4().hex[:6]}", "http://127.0.0.1:9/"
    settings = worker_settings({"seeds": [seed], "settings": {"CLIPPINGS_MAX_PAGES": 1}}, redis_url, "slots-w")
    crawler = Crawler(WorkerSpider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    crawler.spider = crawler._create_spider(crawl=crawl, seeds=[seed])
    limit = SharedPageLimitMiddleware.from_crawler(crawler)
    first, second, third = (Request(f"{seed}a/{n}") for n in range(3))
    limit.process_request(first)
    limit.process_exception(first, StoppedBeforeFetch())
    limit.process_request(second)  # the slot first gave back
    limit.process_exception(second, ConnectionRefusedError())
    with pytest.raises(PastMaxPages):
        limit.process_request(third)
    crawler.spider.frontier.finish()


def test_a_max_pages_slot_given_back_past_the_limit_is_taken_by_a_request_held_aside(redis_url: str) -> None:
    """The first refusal past ``--max-pages`` empties the shared queue; a slot given
    back after it (a redirect whose target was fetched already) then had no request
    to take it, and ``--max-pages N`` gave fewer than N. Now the queue's requests are
    held aside (``held``, as many as slots may still come back), and the give-back
    queues the first of them again, in the same Lua call. The slot is given back
    before the lease ends (seen in Redis's MONITOR): in the other order the
    coordinator could find the crawl empty in between and end it."""
    from scrapy import signals

    from crawler.exceptions import PastMaxPages

    seed = "http://127.0.0.1:9/"
    crawler, limit = page_limit_of_a_worker(redis_url, f"held-{uuid.uuid4().hex[:6]}", seed, 2, "held-w")
    frontier = crawler.spider.frontier
    server = redis.Redis.from_url(redis_url)
    try:
        frontier.push([Request(f"{seed}a/{n}", priority=-n) for n in range(5)])
        leased = frontier.pop("held-w", 3)
        for lease, request in leased:
            request.meta[LEASE] = lease
        first, second, third = (request for _, request in leased)
        limit.process_request(first)
        limit.process_request(second)
        with pytest.raises(PastMaxPages):
            limit.process_request(third)  # third and the queue's first (a/3) held aside, a/4 dropped
        assert server.zcard(frontier.keys.queue) == 0
        target = first.replace(url=f"{seed}moved")  # first redirected to a page fetched already
        target.meta["redirect_urls"] = [first.url]
        with server.monitor() as monitor:
            crawler.signals.send_catch_log(signal=signals.request_dropped, request=target, spider=crawler.spider)
            scripts = []
            while frontier._push_and_ack.sha not in scripts:
                command = monitor.next_command()["command"]
                scripts += [sha for sha in (frontier._give_slot_back.sha, frontier._push_and_ack.sha) if sha in command]
        # (a script's first call is sent twice: NOSCRIPT, loaded, again)
        assert list(dict.fromkeys(scripts)) == [frontier._give_slot_back.sha, frontier._push_and_ack.sha]
        assert [request.url for _, request in frontier.pop("held-w", 5)] == [f"{seed}a/2"]  # the refused first
        # refused: the third and the two queued; one of them queued again, as one process counts it
        assert crawler.stats.get_value("clippings/max_pages_refused") == 2
    finally:
        frontier.finish()
    assert not server.keys(f"clippings:{{{crawl}}}:held")


def refused_past_the_limit(redis_url: str, crawl: str, seed: str, worker: str) -> tuple[Crawler, list[Request]]:
    """A worker's SharedPageLimitMiddleware at ``--max-pages 2`` (no crawl around
    it): three requests pushed and leased at once (the queue is empty after), the
    first two sent, the third refused and its errback run as Scrapy runs it."""
    from twisted.python.failure import Failure

    from crawler.distributed.worker import SharedPageLimitMiddleware
    from crawler.exceptions import PastMaxPages

    settings = worker_settings({"seeds": [seed], "settings": {"CLIPPINGS_MAX_PAGES": 2}}, redis_url, worker)
    crawler = Crawler(WorkerSpider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    crawler.spider = spider = crawler._create_spider(crawl=crawl, seeds=[seed])
    limit = SharedPageLimitMiddleware.from_crawler(crawler)
    spider.frontier.push([Request(f"{seed}a/{n}", priority=-n) for n in range(3)])
    leased = []
    for lease, request in spider.frontier.pop(worker, 3):
        request.meta[LEASE] = lease
        leased.append(request)
    limit.process_request(leased[0])
    limit.process_request(leased[1])
    with pytest.raises(PastMaxPages) as refused:
        limit.process_request(leased[2])
    failure = Failure(refused.value)
    failure.request = leased[2]  # type: ignore[attr-defined]
    assert list(spider.on_error(failure)) == []
    return crawler, leased


def test_the_request_refused_past_max_pages_is_held_for_a_slot_given_back(redis_url: str) -> None:
    """The request refused past ``--max-pages`` when nothing else was queued is held
    aside itself: its lease moves from the worker's processing hash into ``held``
    (its score and data kept) and its errback commits nothing, so a slot given back
    later (a redirect whose target was fetched already) queues it again. (Its lease
    ended with the refusal: the slot had no request to take it, and ``--max-pages N``
    gave fewer than N.)"""
    from scrapy import signals

    crawl, seed, worker = f"held-{uuid.uuid4().hex[:6]}", "http://127.0.0.1:9/", "held-r"
    crawler, (first, _, third) = refused_past_the_limit(redis_url, crawl, seed, worker)
    frontier = crawler.spider.frontier  # type: ignore[union-attr]
    server = redis.Redis.from_url(redis_url)
    try:
        assert LEASE not in third.meta
        held = [lease.decode() for lease in server.zrange(frontier.keys.held, 0, -1)]
        assert len(held) == 1 and not server.hexists(frontier.keys.processing(worker), held[0])
        assert server.hexists(frontier.keys.requests, held[0])
        assert server.zcard(frontier.keys.queue) == 0 and server.hlen(frontier.keys.processing(worker)) == 2
        target = first.replace(url=f"{seed}moved")  # first redirected to a page fetched already
        target.meta["redirect_urls"] = [first.url]
        crawler.signals.send_catch_log(signal=signals.request_dropped, request=target, spider=crawler.spider)
        again = frontier.pop("held-other", 5)
        assert [(lease, request.url) for lease, request in again] == [(held[0], third.url)]
        assert crawler.stats.get_value("clippings/max_pages_refused") == 0  # queued again: not refused
        assert frontier.commit(held[0], "held-other", [], []) == 0
        assert not server.exists(frontier.keys.held)
    finally:
        frontier.finish()


def test_a_request_held_past_max_pages_outlives_its_workers_death_once(redis_url: str) -> None:
    """A held request is in no worker's processing hash: when the worker that
    refused it is taken for dead, the requests it still held go back to the queue
    and the held one does not (it would be fetched twice: once queued again, once
    for a slot given back); it stays held, the held set bounded by the slots that
    may still come back, and goes at the crawl's end."""
    crawl, seed, worker = f"held-{uuid.uuid4().hex[:6]}", "http://127.0.0.1:9/", "held-dead"
    crawler, leased = refused_past_the_limit(redis_url, crawl, seed, worker)
    frontier = crawler.spider.frontier  # type: ignore[union-attr]
    server = redis.Redis.from_url(redis_url)
    try:
        assert frontier.requeue_dead_workers() == {worker: 2}  # no heartbeat: the two sent
        assert server.zcard(frontier.keys.held) == 1
        assert sorted(request.url for _, request in frontier.pop("held-next", 5)) == [leased[0].url, leased[1].url]
        frontier.push([Request(f"{seed}b/{n}") for n in range(4)])  # refused by another worker
        assert frontier.drop_past_limit("max-pages sent", 2) == (4, 0)
        assert server.zcard(frontier.keys.held) == 2  # at most --max-pages less the slots given back
        assert server.hlen(frontier.keys.requests) == 2 + 2  # the two in flight, the two held
    finally:
        frontier.finish()
    assert not server.exists(frontier.keys.held, frontier.keys.requests)


def test_a_request_refused_as_a_slot_is_given_back_is_queued_for_it(redis_url: str) -> None:
    """A slot given back between a request's refusal (no slot left) and the drop
    that follows it: the drop finds the count below the limit, and queues the
    refused request again for that slot. (Its lease ended with the refusal: the
    slot stayed free with nothing held to take it, and the request was not fetched.)"""
    from crawler.distributed.frontier import MAX_PAGES_SENT

    crawl, seed, worker = f"held-{uuid.uuid4().hex[:6]}", "http://127.0.0.1:9/", "held-race"
    server = redis.Redis.from_url(redis_url)
    frontier = Frontier(server, crawl)
    try:
        frontier.push([Request(f"{seed}a/{n}") for n in range(2)])
        sent, refused = (lease.decode() for lease in server.zrange(frontier.keys.queue, 0, -1))
        server.zrem(frontier.keys.queue, sent, refused)  # both leased, as pop leases them
        server.hset(frontier.keys.processing(worker), mapping={sent: 1, refused: 2})
        assert frontier.take_slot(MAX_PAGES_SENT, 1, sent) == 1
        assert frontier.take_slot(MAX_PAGES_SENT, 1, refused) == 0  # refused: no slot left
        assert frontier.give_slot_back(1, sent) == 1  # sent's redirect brought no page
        assert frontier.drop_past_limit(MAX_PAGES_SENT, 1, worker, refused) == (0, 2)
        assert server.zrange(frontier.keys.queue, 0, -1) == [refused.encode()]
        assert server.hkeys(frontier.keys.processing(worker)) == [sent.encode()]
    finally:
        frontier.finish()


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
    # (the page sent keeps the budget turn its lease took: sent again, not refused)
    assert again == {outcomes[0][0]: "sent", trap_lease: "trap", outcomes[2][0]: "no row"}, again
    frontier.finish()


def test_a_budget_trap_row_lost_with_a_lease_is_not_lost_to_the_calendar_limit(redis_url: str) -> None:
    """As above, with date pages at the calendar's limit: the requests that go to
    the next worker are not counted again in their calendar (each lease took its
    turn of it once), so none crosses the limit, and the request that held the
    budget row writes it. (Counted again, all three crossed it: the page sent was
    lost as a calendar trap, the budget row kept only by the row's own rule.)"""
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
        try:
            second.process_request(request)
            reasons[lease] = "sent"
        except (TrapRequest, PastSiteBudget) as refused:
            reasons[lease] = str(refused)
    assert reasons[outcomes[0][0]] == "sent", reasons
    assert reasons[outcomes[1][0]].startswith("page budget of 1 requests for "), reasons
    assert reasons[outcomes[2][0]].startswith("page budget for "), reasons  # (no row)
    frontier.finish()
