"""The extraction pool's process killed mid-crawl (SIGKILL, as the kernel's
out-of-memory killer does): the crawl sees it (logged, counted), parses in its
own process meanwhile, starts a new pool, and stores every page.

Real parts: a ``clippings crawl`` with its pool of one (``--processes 1``) in a
subprocess, a slow site of our own on 127.0.0.1 (its stories held until the pool
process is dead), SQLite.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import POOL_ENV, ROOT
from tests.support import forkrun
from tests.support.redis_crawls import crawl_stats, rows
from tests.support.slow_site import SlowSite
from tests.test_distributed_stops import alive, descendants


def test_a_pool_process_killed_between_pages_is_seen_and_the_crawl_goes_on(tmp_path: Path) -> None:
    """The pool process is killed after the home page, before the stories come:
    the next page found the pool broken as it was handed over (``submit`` raised,
    outside the handling of a broken pool that awaited it), and so did every page
    after it, the pool never started again: no story stored."""
    db = tmp_path / "broken.db"
    with SlowSite(stories=3, stall=0) as site:
        site.gate.clear()  # the stories wait
        crawl = forkrun.popen([sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db),
                                  "--delay", "0", "--processes", "1", "-v"],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=POOL_ENV)
        try:
            process = pool_process(crawl)
            while not any(path.startswith("/story/") for path in site.paths):  # the home page parsed
                assert crawl.poll() is None, "the crawl ended before it asked for a story"
                time.sleep(0.05)
            os.kill(process, signal.SIGKILL)
            deadline = time.monotonic() + 300  # only against a hang
            while alive(process) and time.monotonic() < deadline:
                time.sleep(0.05)
            site.gate.set()
            _out, err = crawl.communicate(timeout=300)
        finally:
            site.gate.set()
            if crawl.poll() is None:
                crawl.kill()
    assert crawl.returncode == 0, err[-3000:]
    assert "extraction pool broken" in err and "Traceback" not in err, err[-3000:]
    assert len(rows(db, "select url from articles")) == 3, err[-3000:]
    assert crawl_stats(db, 1).get("clippings/extraction_pool_broken", 0) >= 1


def pool_process(crawl: subprocess.Popen[str]) -> int:
    """The pool's process: the fork server's child (the crawl's children are the
    fork server and the resource tracker), there once the home page is parsed.
    A child of the fork server, not any process whose parent is not the crawl: the
    crawl's own short-lived children (``uname -p``, run by ``platform.platform()``
    as Scrapy logs its versions) ended between the two reads of /proc, their
    parent read as 0, and the test killed a pid that was gone (ProcessLookupError,
    seen under load)."""
    deadline = time.monotonic() + 300  # only against a hang
    while True:
        found = [pid for pid in descendants(crawl.pid) if is_fork_server(parent(pid))]
        if found:
            return found[0]
        assert crawl.poll() is None and time.monotonic() < deadline, "the crawl never started its pool"
        time.sleep(0.05)


def is_fork_server(pid: int) -> bool:
    """Whether ``pid`` is multiprocessing's fork server (its command line says so)."""
    try:
        return b"multiprocessing.forkserver" in (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:  # (gone meanwhile, or 0: no parent read)
        return False


def parent(pid: int) -> int:
    try:
        return int((Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):  # (gone meanwhile)
        return 0


def test_a_pool_found_broken_as_a_page_is_handed_over_is_started_again() -> None:
    """The pool's process dies between two pages and the pool knows it: the next
    page's ``submit`` raises BrokenProcessPool. It is handled as when the parse
    awaited breaks (logged, counted, the page parsed in process, a new pool for
    the next); it escaped the middleware, and the pool, never started again,
    failed every page after it."""
    from concurrent.futures.process import BrokenProcessPool

    from scrapy.crawler import Crawler
    from scrapy.http import HtmlResponse, Request
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.project import get_project_settings

    from crawler.scaling import EXTRACTED, ExtractionPoolMiddleware
    from crawler.spiders.articles import ArticleSpider

    crawler = Crawler(ArticleSpider, get_project_settings())
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = ExtractionPoolMiddleware(crawler, 1)
    pool = middleware.start_pool()
    try:
        os.kill(pool.submit(os.getpid).result(timeout=300), signal.SIGKILL)
        while True:  # until the pool knows (a task failing BrokenProcessPool: it is marked broken)
            try:
                pool.submit(int).result(timeout=300)
            except BrokenProcessPool:
                break
        request = Request("http://pool.test/story")
        response = HtmlResponse(request.url, body=b"<html><body><p>Story</p></body></html>", request=request,
                                headers={"Content-Type": "text/html"})
        assert asyncio.run(middleware.process_response(request, response)) is response
        assert EXTRACTED not in request.meta  # (parsed in process by the spider)
        assert middleware.pool is None and crawler.stats.get_value("clippings/extraction_pool_broken") == 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def test_a_late_failure_of_a_replaced_pool_keeps_the_new_one() -> None:
    """Several pages were in the pool when it broke: the first failure starts a new
    pool for the pages after it, and a later failure of the old pool's pages must
    not drop the new one (it was set to None: left running, never shut down at the
    crawl's close). Made certain here: the old pool's one process is kept busy, so
    the page waits in it until the process is killed after a new pool started."""
    import time as clock

    from scrapy.crawler import Crawler
    from scrapy.http import HtmlResponse, Request
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.project import get_project_settings

    from crawler.scaling import ExtractionPoolMiddleware
    from crawler.spiders.articles import ArticleSpider

    crawler = Crawler(ArticleSpider, get_project_settings())
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = ExtractionPoolMiddleware(crawler, 1)
    old = middleware.start_pool()
    process = old.submit(os.getpid).result(timeout=300)
    old.submit(clock.sleep, 600)  # its one process busy: the page below waits in the pool
    request = Request("http://pool.test/story")
    response = HtmlResponse(request.url, body=b"<html><body><p>Story</p></body></html>", request=request,
                            headers={"Content-Type": "text/html"})

    async def page_in_the_old_pool_as_a_new_one_starts() -> object:
        page = asyncio.ensure_future(middleware.process_response(request, response))
        await asyncio.sleep(0)  # handed to the old pool; waits there
        new = middleware.start_pool()  # another page found it broken first
        os.kill(process, signal.SIGKILL)
        assert await page is response
        return new

    new = asyncio.run(page_in_the_old_pool_as_a_new_one_starts())
    try:
        assert middleware.pool is new
        assert crawler.stats.get_value("clippings/extraction_pool_broken") == 1
    finally:
        middleware.spider_closed()
        old.shutdown(wait=False, cancel_futures=True)
