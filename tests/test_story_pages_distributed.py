"""Multi-page stories in a distributed crawl (crawler/spiders/stories.py,
crawler/distributed/worker.py): the worker that holds a story's first page fetches
its later pages itself (through its downloader middlewares, not the shared queue)
and hands over one record, as one process does; a worker killed mid-story loses no
page (its first page's lease goes to another worker, which fetches the story again).

Real parts: redis-server on a free port of 127.0.0.1, ``clippings worker`` and
``clippings crawl --redis`` in subprocesses, a site on 127.0.0.1, SQLite.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import redis
from scrapy import Request
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import ENV, ROOT
from tests.fault_site import FaultHandler, FaultServer, Route, serving
from tests.support import forkrun
from tests.support.redis_crawls import (
    crawl_stats,
    rows,
    start_waiting_workers,
    start_worker,
    stop,
    worker_log,
)
from tests.test_distributed import crawl_by_two_workers
from tests.test_distributed_shared_counts import worker_spider
from tests.test_story_pages_crawl import FAILS, SINGLE, THREE, WAP, routes, story_page

FAST = ("-s", "RETRY_TIMES=0", "-s", "AUTOTHROTTLE_ENABLED=False")


def test_two_workers_join_a_storys_pages_as_one_process_does(redis_url: str, tmp_path: Path) -> None:
    """The stories of tests/test_story_pages_crawl.py crawled by two workers: one record
    per story, its pages joined in order (a worker stored page 1 alone, saying the
    later pages were not joined); a later page that fails is recorded and the story
    kept with the pages it has; no later page is a record of its own."""
    db = tmp_path / "stories.db"
    with serving(routes) as site:
        done, workers = crawl_by_two_workers(redis_url, tmp_path, site, db, *FAST)
    assert done.returncode == 0 and all(worker.returncode == 0 for worker in workers), done.stderr[-3000:]
    articles = {row["canonical_url"].removeprefix(site.base_url): row
                for row in rows(db, "select canonical_url, body, provenance from articles")}
    assert sorted(articles) == sorted([THREE, FAILS, SINGLE, WAP])
    story = articles[THREE]
    provenance = json.loads(story["provenance"])
    assert provenance["pages"] == "3" and "pages_missing" not in provenance, provenance
    parts = [story["body"].index(f"Part {part}, paragraph {n}.") for part in (1, 2, 3) for n in range(4)]
    assert parts == sorted(parts)
    assert json.loads(articles[WAP]["provenance"])["pages"] == "2"
    assert "HTTP 500" in json.loads(articles[FAILS]["provenance"])["pages_missing"]
    later = rows(db, "select url, outcome, reason from fetches where url like '%\\_2.html' escape '\\' "
                     "or url like '%\\_3.html' escape '\\'")
    assert later and {row["outcome"] for row in later} == {"later-page"}, later
    assert any("joined into its record" in row["reason"] for row in later), later
    (failed,) = rows(db, "select outcome, status, reason from fetches where url = ?", [site.base_url + FAILS + "?page=2"])
    assert failed["outcome"] == "error" and failed["status"] == 500
    assert f"page 2 of the story at {site.base_url + FAILS}" in failed["reason"]
    stats = crawl_stats(db, 1)
    assert stats["clippings/stories_joined"] == 2 and stats["clippings/story_pages_failed"] == 1, stats
    # every page of the joined story in the crawl's WARC file, as in one process (the
    # later pages' answers travel to the coordinator with the first page's record)
    responses = []
    for path in sorted(db.parent.glob("*-warc/*.warc.gz")):
        with path.open("rb") as stream:
            responses += [record.rec_headers.get_header("WARC-Target-URI") for record in ArchiveIterator(stream)
                          if record.rec_type == "response"]
    for suffix in (".html", "_2.html", "_3.html"):
        assert site.base_url + THREE.replace(".html", suffix) in responses, responses


HELD = "/news/harbour-tunnel-reopens-to-traffic.html"


def held_story_routes(holder: dict[str, FaultServer], asked: threading.Event,
                      release: threading.Event) -> dict[str, Route]:
    """A home page linking one story of two pages, whose page 2 answers nothing the
    first time it is asked for (until ``release``), and normally after."""
    later = HELD.replace(".html", "_2.html")
    pager = (f"<div class='pagination'><a href='{HELD}'>1</a> <a href='{later}'>2</a> "
             f"<a rel='next' href='{later}'>Next page</a></div>")
    back = f"<div class='pagination'><a rel='prev' href='{HELD}'>Previous</a> <a href='{HELD}'>1</a> <span>2</span></div>"

    def second(h: FaultHandler, q: dict[str, list[str]]) -> None:
        if not asked.is_set():
            asked.set()
            release.wait(120)
            h.reset()
            return
        h.html(story_page("Tunnel reopens", 2, back, holder["site"].base_url + later))

    return {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><body><h1>Latest</h1><a href='{HELD}'>Tunnel reopens</a></body></html>"),
        HELD: lambda h, q: h.html(story_page("Tunnel reopens", 1, pager, holder["site"].base_url + HELD)),
        later: second,
    }


def test_a_worker_killed_mid_story_loses_no_page(redis_url: str, tmp_path: Path) -> None:
    """The worker fetching a story's page 2 is killed (SIGKILL): its first page's
    lease goes to the next worker, which fetches the story again and stores it
    joined, once; the first page is never lost."""
    asked, release = threading.Event(), threading.Event()
    db = tmp_path / "killed.db"
    with serving(lambda holder: held_story_routes(holder, asked, release)) as site:
        workers = start_waiting_workers(redis_url, [tmp_path / "worker-0.log"], "--once")
        coordinator = forkrun.popen(
            [sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db), "--delay", "0",
             "--redis", redis_url, *FAST], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        try:
            assert asked.wait(120), worker_log(workers[0])
            workers[0].kill()
            workers[0].wait(30)
            release.set()
            workers.append(start_worker(redis_url, tmp_path / "worker-1.log", "--once"))
            _out, err = coordinator.communicate(timeout=180)
        finally:
            release.set()
            if coordinator.poll() is None:
                coordinator.kill()
            stop(workers)
        counts = dict(site.counts)
    assert coordinator.returncode == 0, err[-3000:]
    (story,) = rows(db, "select canonical_url, body, provenance from articles")
    provenance = json.loads(story["provenance"])
    assert provenance["pages"] == "2" and "pages_missing" not in provenance, provenance
    assert "Part 2, paragraph 3." in story["body"]
    assert counts[HELD] == 2 and counts[HELD.replace(".html", "_2.html")] == 2, counts



def test_a_later_page_a_worker_fetches_is_not_queued_for_a_listing(redis_url: str) -> None:
    """The worker joining a story marks each later page seen in the crawl's shared
    queue as it fetches it (:meth:`WorkerSpider.story_page_asked`): a listing's link to
    the page, found later by any worker, is not queued (it was, and fetched again)."""
    seed, crawl = "http://stories.test/", f"stories-{uuid.uuid4().hex[:6]}"
    spider = worker_spider(redis_url, crawl, seed, {})
    later = seed + "news/harbour-ferry-plan-approved_2.html"
    try:
        spider.story_page_asked(Request(later))
        assert spider.frontier.push([Request(later)]) == 0
        assert spider.frontier.push([Request(seed + "news/harbour-ferry-plan-approved.html")]) == 1
    finally:
        spider.frontier.finish()


def test_a_later_pages_redirect_row_goes_with_its_storys_commit(redis_url: str) -> None:
    """A worker fetching a story's later page (a request of no lease of its own: the
    story is fetched in its first page's callback) that is redirected: the redirect
    row is owed to the first page's lease, handed over with the story in its commit,
    or not at all when the lease is given back (a stop) or lost (the worker's death),
    as the story's rows are. (It was owed to no lease, handed over with whichever
    commit came next: the worker that fetched the story again wrote it twice.)"""
    from scrapy.http import Response

    from crawler.distributed.worker import LEASE, RedirectRecordMiddleware
    from crawler.items import ArticlePage, FetchRecord
    from crawler.parsers import parse_article
    from crawler.spiders.stories import STORY, StoryChain

    seed, crawl = "http://stories.test/", f"stories-{uuid.uuid4().hex[:6]}"
    spider = worker_spider(redis_url, crawl, seed, {})
    first = seed + "news/harbour-ferry-plan-approved.html"
    later = first.replace(".html", "_2.html")
    article = parse_article(story_page("Ferry plan approved", 1, "", first), first)
    assert article is not None
    chain = StoryChain(first=ArticlePage(article=article, fetch=FetchRecord(url=first, outcome="stored")),
                       urls=[first])
    try:
        page = Request(first, meta={LEASE: "lease-1"})
        story = Request(later, meta={STORY: chain})
        spider.own_story(story, page)
        RedirectRecordMiddleware(spider.crawler).process_response(
            story, Response(later, status=301, headers={"Location": later + "?amp=1"}, request=story))
        owed = {lease: [item.outcome for item in items] for lease, items in spider.outbox.pending.items()}
        assert owed == {"lease-1": ["redirect"]}, owed
        spider.outbox.keep(page)  # given back at a stop: nothing of it handed over
        assert not any(spider.outbox.pending.values())
    finally:
        spider.frontier.finish()


def test_a_later_page_a_worker_fetches_is_not_fetched_by_another_for_a_listing(redis_url: str) -> None:
    """A listing's request for a story's page 2, queued before the story asked for it,
    leased by another worker after the worker joining the story fetched the page: not
    sent (:class:`StoryPageTakenMiddleware`, the page taken in Redis), its lease ended
    with no row (the story's fetch wrote the page's). Before, each worker knew only the
    pages its own stories took, and the page was fetched twice; the mark goes with the
    crawl's keys."""
    import pytest

    from crawler.exceptions import StoryPageTaken
    from crawler.middlewares.stories import StoryPageTakenMiddleware

    seed, crawl = "http://stories.test/", f"stories-{uuid.uuid4().hex[:6]}"
    joining, other = (worker_spider(redis_url, crawl, seed, {}) for _ in range(2))
    later = seed + "news/harbour-ferry-plan-approved_2.html"
    try:
        StoryPageTakenMiddleware(other.crawler).process_request(Request(later))  # not taken yet: sent
        joining.story_page_asked(Request(later))
        with pytest.raises(StoryPageTaken):
            StoryPageTakenMiddleware(other.crawler).process_request(Request(later))
        StoryPageTakenMiddleware(other.crawler).process_request(Request(seed + "news/other-story-of-the-day.html"))
    finally:
        joining.frontier.finish()
    assert not redis.Redis.from_url(redis_url).keys(f"clippings:{{{crawl}}}:*story*")
    joining.frontier.take_story_page(later)  # after the crawl's end: no key made again
    assert not redis.Redis.from_url(redis_url).keys(f"clippings:{{{crawl}}}:*story*")
