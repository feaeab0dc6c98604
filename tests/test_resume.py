"""A crawl that stops before its end is continued by the next crawl of its seeds.

Real crawls (``clippings crawl`` in a subprocess) of a real site on 127.0.0.1
(:class:`tests.support.chain_site.ChainSite`, one for the module): ``/`` links to
six articles, each of which links to one more article that nothing else links
to, and every article answers 304 to a request that sends its ETag back. A crawl
stopped by ``--max-pages``, by Ctrl-C, or killed with SIGKILL, then crawled
again: every article is stored once, and nothing whose record the archive holds
is fetched again. (Before the archive kept the frontier, the second crawl started
from the seeds again, got 304 from the articles it had stored, and never reached
the articles linked only from them.) A page whose fetch failed (503 after
Scrapy's retries) is fetched again by the crawl that continues, until it has
failed in ``CLIPPINGS_RESUME_ATTEMPTS`` crawls. The crawl stopped by
``--max-pages`` is made once (:func:`stopped`) and copied by each test that
continues it.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ENV, ROOT, clippings
from tests.support import forkrun
from tests.support.chain_site import ChainSite
from tests.test_cli_runs import wait_for

ARTICLES = 6


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(sql, params).fetchall()


def stored_articles(db: Path) -> int:
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.Error:  # not made yet
        return 0


def crawl(site: ChainSite, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "0", *extra)


def start(site: ChainSite, db: Path, log: Path, *extra: str) -> subprocess.Popen[bytes]:
    """A crawl in the background, its output in ``log``: the extraction in the
    crawl's own process (a SIGKILL leaves no worker process behind), and four
    requests at most in the downloader (the others wait in the scheduler, where
    a graceful stop leaves them)."""
    with log.open("wb") as out:
        return forkrun.popen(
            [sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db), "--delay", "0",
             "--processes", "0", "-s", "CONCURRENT_REQUESTS=4", *extra], stdout=out, stderr=subprocess.STDOUT,
            cwd=ROOT, env=ENV, preexec_fn=forkrun.default_signals)


@pytest.fixture(scope="module")
def module_site() -> Iterator[ChainSite]:
    with ChainSite(ARTICLES) as site:
        yield site


@pytest.fixture
def site(module_site: ChainSite) -> Iterator[ChainSite]:
    """The module's site, as new for each test."""
    module_site.reset()
    yield module_site
    module_site.reset()


@dataclass
class Stopped:
    """The archive of a crawl stopped by ``--max-pages 4`` whose first ``/a/`` page answered 503."""

    db: Path
    stdout: str
    paths: list[str]
    failed: str
    """The path of the page whose fetch failed."""

    def copy(self, into: Path) -> Path:
        """The archive (and its WARC files) copied into ``into``: a test continues the copy."""
        shutil.copytree(self.db.parent, into / "archive")
        return into / "archive" / self.db.name


@pytest.fixture(scope="module")
def stopped(module_site: ChainSite, tmp_path_factory: pytest.TempPathFactory) -> Stopped:
    site = module_site
    site.reset()
    site.fail_first_article()
    db = tmp_path_factory.mktemp("stopped") / "news.db"
    # No retries by Scrapy: a retry of a request that failed is scheduled while the
    # crawl closes at its page limit, and dropped (its URL stays pending). Here the
    # page's 503 ends its fetch, recorded before the crawl closes.
    first = crawl(site, db, "--max-pages", "4", "-s", "RETRY_TIMES=0")
    assert first.returncode == 0, first.stderr
    (failed,) = site.failing
    made = Stopped(db, first.stdout, site.paths(), failed)
    site.reset()
    return made


def held_in_the_b_pages(site: ChainSite, db: Path) -> subprocess.Popen[bytes]:
    """A crawl that has stored the six ``/a/`` articles and waits for ``/b/`` answers
    (held, four in flight): their links are found, their pages not fetched."""
    site.gate_b.clear()
    crawl = start(site, db, db.with_suffix(".log"))
    wait_for(lambda: stored_articles(db) == ARTICLES and site.asked_b >= 4, "the /a/ articles to be stored")
    return crawl


def every_page() -> list[str]:
    return ["/", *(f"/{kind}/{n}" for kind in "ab" for n in range(1, ARTICLES + 1))]


def assert_every_article_stored_once(site: ChainSite, db: Path) -> None:
    stored = Counter(url for (url,) in rows(db, "SELECT url FROM fetches WHERE outcome = 'stored'"))
    assert set(stored) == site.article_urls(), stored
    assert set(stored.values()) == {1}, stored
    assert rows(db, "SELECT count(*), count(DISTINCT canonical_url) FROM versions") == [(2 * ARTICLES, 2 * ARTICLES)]
    assert rows(db, "SELECT count(*) FROM frontier") == [(0,)]


def stats_of(db: Path, crawl_id: int) -> dict:
    return json.loads(rows(db, "SELECT stats FROM crawls WHERE id = ?", (crawl_id,))[0][0])


def test_the_stopped_crawl_leaves_its_frontier_and_the_page_that_failed(stopped: Stopped) -> None:
    # /, three /a/ pages (one answered 503): the other three /a/ and the /b/ pages of the two stored.
    assert "reached --max-pages (4 pages)" in stopped.stdout
    assert len(set(stopped.paths)) == len(stopped.paths) == 4, stopped.paths
    assert ("left for the next crawl of these seeds: 5 pages found and not fetched, "
            "1 page whose fetch failed (fetched again)") in stopped.stdout
    assert rows(stopped.db, "SELECT state, attempts FROM frontier WHERE url LIKE ?", (f"%{stopped.failed}",)) == [
        ("failed", 1)]
    assert rows(stopped.db, "SELECT reason FROM fetches WHERE url LIKE ?", (f"%{stopped.failed}",)) == [
        ("HTTP 503",)]
    listed = clippings("stats", str(stopped.db))
    assert ("unfinished: crawl 1 left 5 pages found and not fetched, 1 whose fetch failed (fetched again) "
            "(the next crawl of its seeds continues it)") in listed.stdout, listed.stdout


def test_a_continued_crawl_that_checked_a_done_url_closes_the_archive_whole(
        site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    """A continued crawl asks the archive whether a done URL's key found is done
    (``DoneCheck``, on the reactor thread's connection); the pipeline closes on the
    writer thread. Closing that connection there raised ProgrammingError ("SQLite
    objects created in a thread can only be used in that same thread"), which cut
    the pipeline's close short, silently: the WARC file left to the garbage
    collector and the new versions never signed nor clustered."""
    db = stopped.copy(tmp_path)
    second = crawl(site, db, "--max-pages", "4")
    assert second.returncode == 0, second.stderr
    assert stats_of(db, 2)["clippings/resumed_done_dropped"] == 2  # the check was asked
    unsigned = rows(db, "SELECT count(*) FROM versions WHERE id NOT IN (SELECT version_id FROM minhashes)")
    assert unsigned == [(0,)], unsigned


def test_a_crawl_stopped_by_max_pages_is_continued_by_the_next_fetching_nothing_twice(
        site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    """The page that failed is fetched again; --max-pages counts each run's pages
    (4 more), and the summary says what the crawls of the snapshot fetched."""
    db = stopped.copy(tmp_path)
    second = crawl(site, db, "--max-pages", "4")
    assert second.returncode == 0, second.stderr
    assert "crawl 2 reached --max-pages (4 more pages)" in second.stdout, second.stdout
    assert ("continued crawl 1: 5 pages it had found and not fetched, 1 page whose fetch had failed "
            "(fetched again)") in second.stdout, second.stdout
    assert len(site.paths()) == 4, site.paths()
    assert "pages fetched: 4 (parsed: 4); 8 with crawl 1 it continued" in second.stdout, second.stdout
    from archive.db import open_readonly
    from archive.queries import stats as archive_stats
    from crawler.cli import stats_lines

    archive = open_readonly(db)
    try:
        (unfinished,) = [line for line in stats_lines(archive_stats(archive)) if line.startswith("unfinished:")]
    finally:
        archive.close()
    assert unfinished.startswith("unfinished: crawl 2 left ") and unfinished.endswith(
        "(the next crawl of its seeds continues it; it continued crawl 1)"), unfinished
    third = crawl(site, db)
    assert third.returncode == 0, third.stderr
    assert "continued crawl 2: " in third.stdout and "with crawls 1, 2 it continued" in third.stdout, third.stdout
    paths = site.paths()
    # Every page once after crawl 1, the one that failed among them.
    assert Counter(paths) == Counter(every_page()) - Counter(stopped.paths) + Counter([stopped.failed]), paths
    assert_every_article_stored_once(site, db)
    assert rows(db, "SELECT id, status FROM crawls") == [(1, "finished"), (2, "finished"), (3, "finished")]
    assert [json.loads(settings).get("resumes") for (settings,) in rows(db, "SELECT settings FROM crawls")] == [
        None, 1, 2]
    # The two articles crawl 1 stored, asked again as revisits of the archive's: dropped unfetched.
    assert stats_of(db, 2)["clippings/resumed_done_dropped"] == 2
    # The crawl ran to its end: the next one is a new snapshot, from the seeds
    # (the articles answer 304, and their links are found again from the archive's).
    fourth = crawl(site, db)
    assert fourth.returncode == 0, fourth.stderr
    assert "continued" not in fourth.stdout
    again = site.paths()[len(paths):]
    assert again[0] == "/" and Counter(again) == Counter(every_page())
    assert rows(db, "SELECT count(*) FROM fetches WHERE crawl_id = 4 AND outcome = 'unchanged'") == [(2 * ARTICLES,)]


def test_a_large_frontier_is_read_as_the_scheduler_needs_it_the_highest_priority_first(
        site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    """The rows a crawl takes over reach Scrapy's scheduler a few at a time
    (CLIPPINGS_RESUME_AHEAD, here its least: twice CONCURRENT_REQUESTS), not all at
    its start, and the pages are fetched in the order of their priorities, the
    pages found meanwhile among them. (Before: every pending row was a request in
    the scheduler before the first fetch; 220 rows, 220 requests.)"""
    db = stopped.copy(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executemany(
            "INSERT INTO frontier (crawl_id, url, state, meta, priority) VALUES (1, ?, 'pending', ?, ?)",
            [(f"{site.base_url}/c/{n}", '{"depth": 3}', -3) for n in range(200)]
            + [(f"{site.base_url}/d/{n}", '{"depth": 1}', -1) for n in range(20)])
    second = crawl(site, db, "--max-pages", "40", "-s", "CONCURRENT_REQUESTS=1", "-s", "CLIPPINGS_RESUME_AHEAD=1")
    assert second.returncode == 0, second.stderr
    assert "continued crawl 1: 225 pages it had found and not fetched" in second.stdout, second.stdout
    paths = site.paths()
    assert len(paths) == 40 and len(set(paths)) == 40, paths
    priority = {"a": -1, "d": -1, "b": -2, "c": -3}
    order = [priority[path.split("/")[1]] for path in paths]
    assert order == sorted(order, reverse=True) and order[-1] == -3, paths
    # 40 fetched (a 41st refused at the limit), the /b/ pages the /a/ pages found, two waiting ahead.
    enqueued = stats_of(db, 2)["scheduler/enqueued"]
    assert enqueued <= 40 + 1 + ARTICLES + 2, enqueued


def test_a_page_that_keeps_failing_is_given_up_after_the_attempts_allowed(
        site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    db = stopped.copy(tmp_path)
    site.failing.add(stopped.failed)
    second = crawl(site, db, "-s", "CLIPPINGS_RESUME_ATTEMPTS=2")
    assert second.returncode == 0, second.stderr
    assert Counter(site.paths())[stopped.failed] == 3, site.paths()
    url = f"{site.base_url}{stopped.failed}"
    assert rows(db, "SELECT crawl_id, outcome, reason FROM fetches WHERE url = ? ORDER BY id", (url,)) == [
        (1, "error", "HTTP 503"),
        (2, "error", "HTTP 503; failed in 2 crawls of these seeds: given up (not fetched again when the crawl is "
                     "continued; CLIPPINGS_RESUME_ATTEMPTS=2)")]
    assert stats_of(db, 2)["clippings/frontier_given_up"] == 1
    # Every other page: the /b/ page of the one that failed is not found.
    stored = {url for (url,) in rows(db, "SELECT url FROM fetches WHERE outcome = 'stored'")}
    assert stored == site.article_urls() - {url, url.replace("/a/", "/b/")}


def test_fresh_starts_anew_from_the_seeds(site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    db = stopped.copy(tmp_path)
    fresh = crawl(site, db, "--fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert "continued" not in fresh.stdout
    assert site.paths()[0] == "/"
    assert "resumes" not in json.loads(rows(db, "SELECT settings FROM crawls WHERE id = 2")[0][0])
    assert rows(db, "SELECT count(*) FROM frontier") == [(0,)]
    # As every crawl did before the frontier was kept: the two articles stored
    # answer 304 (not parsed), and the pages linked only from them are not found.
    assert rows(db, "SELECT count(*) FROM articles") == [(2 * ARTICLES - 2,)]


def test_damaged_frontier_rows_are_named_and_the_rest_continued(
        site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    """An archive edited by hand or by another program: a row whose URL is none
    (or too long) is left out, one whose priority or meta is damaged is fetched
    with the damage set aside; each is logged and counted, the summary names the
    first, and every article is stored once. (Before: a URL that is none stopped
    every continuation early, unnamed; a priority of text crashed it; one out of
    SQLite's range lost every record of it; a meta value of another kind lost the
    page and its links; each but the first reported as finished.)"""
    db = stopped.copy(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        a4, a5, a6 = (url for (url,) in conn.execute(
            "SELECT url FROM frontier WHERE state = 'pending' AND url LIKE '%/a/%' ORDER BY url"))
        b = conn.execute("SELECT url FROM frontier WHERE state = 'pending' AND url LIKE '%/b/%'").fetchone()[0]
        conn.executemany("INSERT INTO frontier (crawl_id, url, state, meta, priority) VALUES (1, ?, 'pending', '{}', -1)",
                         [("not a url",), (f"{site.base_url}/a/{'x' * 3000}",)])
        conn.execute("UPDATE frontier SET priority = 'abc' WHERE url = ?", (a4,))
        conn.execute("UPDATE frontier SET priority = 1e20 WHERE url = ?", (a5,))
        conn.execute("""UPDATE frontier SET meta = '{"depth": "x", "proxy": "http://127.0.0.1:9"}' WHERE url = ?""",
                     (a6,))
        conn.execute("""UPDATE frontier SET meta = '{"redirect_urls": 5}' WHERE url = ?""", (b,))
    second = crawl(site, db)
    assert second.returncode == 0, second.stderr
    assert (f"; 6 damaged rows (2 left out, the others fetched with the damage set aside; -v names each), the "
            f"first: URL '{a4}': priority 'abc' is no integer a crawl gives: fetched at priority 0") in second.stdout, \
        second.stdout
    assert_every_article_stored_once(site, db)
    stats = stats_of(db, 2)
    assert (stats["clippings/resumed_damaged"], stats["clippings/resumed_left_out"]) == (6, 2)
    assert "spider_exceptions/count" not in stats and "log_count/ERROR" not in stats, stats


def test_an_archive_whose_frontier_table_was_dropped_is_refused_unchanged(
        site: ChainSite, stopped: Stopped, tmp_path: Path) -> None:
    """Its schema step recorded, its table gone (dropped by hand): the crawl crashed
    with a traceback after adding a crawls row it left ``finished``. (Any table of
    the schema: ``related_links`` gone, every article of the crawl was lost, the
    crawl said finished.)"""
    db = stopped.copy(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DROP TABLE frontier")
    before = db.read_bytes()
    refused = crawl(site, db)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (f"clippings: error: {db} is damaged: it records every schema step and lacks "
                                      "the table frontier; restore it from a copy"), refused.stderr
    assert db.read_bytes() == before and site.paths() == []


def test_a_record_lost_to_an_error_is_counted_in_the_summary(site: ChainSite, tmp_path: Path) -> None:
    """A pipeline that raises (a bug; what a damaged frontier row did, review28 H3,
    M1) lost the page's record: Scrapy's log said so, hidden without -v, and the
    summary said finished, errors: 0."""
    from crawler import settings as project_settings

    pipelines = {**project_settings.ITEM_PIPELINES, "tests.support.raising_pipeline.RaiseOnPathPipeline": 50}
    done = crawl(site, tmp_path / "news.db", "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}",
                 "-s", "CLIPPINGS_TEST_RAISE_PATH=/a/1")
    assert done.returncode == 0, done.stderr
    assert "lost to errors: 1 (a page's parse or store raised; -v shows each)" in done.stdout, done.stdout
    assert stats_of(tmp_path / "news.db", 1)["clippings/item_errors"] == 1


def test_the_damage_a_frontier_row_can_have_is_named() -> None:
    from archive.frontier import Damage, take_over, taken_rows, url_problem
    from crawler.frontier import KEPT_META, META_CHECKS, kept_meta

    assert set(META_CHECKS) == set(KEPT_META)
    assert url_problem("https://x.example/a", 2083) is None
    assert [url_problem(url, 30) for url in (None, "not a url", "ftp://x.example/", "http://[x/", "http:///a",
                                            "https://x.example/ a", "https://x.example/" + "a" * 20)] == [
        "not text", *["not an http(s) URL"] * 5, "38 characters, over the limit of 30 (URLLENGTH_LIMIT)"]
    assert kept_meta({"depth": 2, "redirect_urls": ["https://x.example/"], "seed": "https://x.example/"}) == (
        {"depth": 2, "redirect_urls": ["https://x.example/"], "seed": "https://x.example/"}, [])
    assert kept_meta({"depth": True, "index_hops": -1, "download_timeout": 0, "redirect_reasons": [301, "x", None]}) == (
        {"redirect_reasons": [301, "x", None]},
        ["meta depth=true (not of its kind)", "meta index_hops=-1 (not of its kind)",
         "meta key 'download_timeout' (no crawl writes it)"])
    conn = interrupted_and_running_crawls(
        "INSERT INTO frontier (crawl_id, url, state, meta, priority) VALUES "
        "(1, 'https://x.example/a', 'pending', '[1', 'abc'), (1, 'https://x.example/b', 'failed', '{}', 1e20),"
        "(1, 'x', 'pending', NULL, 0), (1, 'https://x.example/c', 'pending', NULL, -1),"
        """(1, 'https://x.example/d', 'pending', '{"depth": "x", "depth_reset": true}', -2);""")
    key = '[["https://x.example/"], null]'
    resumed = take_over(conn, key, 2)
    assert resumed is not None and (resumed.pending, resumed.retry) == (4, 1)
    damage = Damage()
    # The highest priority first (a damaged one is 0), a pending row before a failed one of the same.
    assert list(taken_rows(conn, 2, key, damage, check_meta=kept_meta)) == [
        ("https://x.example/a", {}, 0), ("https://x.example/b", {}, 0), ("https://x.example/c", {}, -1),
        ("https://x.example/d", {"depth_reset": True}, -2)]
    assert (damage.left_out, damage.damage) == (1, 4)
    assert damage.damaged == [
        "URL 'https://x.example/a': meta '[1' is no JSON object: set aside; priority 'abc' is no integer a "
        "crawl gives: fetched at priority 0",
        "URL 'x': not an http(s) URL: left out",
        "URL 'https://x.example/b': priority 1e+20 is no integer a crawl gives: fetched at priority 0",
        """URL 'https://x.example/d': meta depth="x" (not of its kind): set aside"""]
    assert conn.execute("SELECT name FROM temp.sqlite_master").fetchall() == []  # the snapshot dropped


def test_a_crawl_stopped_by_ctrl_c_is_continued_by_the_next_fetching_nothing_twice(site: ChainSite, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    first = held_in_the_b_pages(site, db)
    first.send_signal(signal.SIGINT)
    site.gate_b.set()  # the requests in flight are answered, and stored: a graceful stop
    assert first.wait(timeout=60) == 130
    log = db.with_suffix(".log").read_text()
    assert "interrupted (Ctrl-C)" in log and "stopped without waiting" not in log, log
    fetched = len(site.paths())
    second = crawl(site, db)
    assert second.returncode == 0, second.stderr
    assert all(path.startswith("/b/") for path in site.paths()[fetched:]), site.paths()
    assert Counter(site.paths()) == Counter(
        ["/", *(f"/{kind}/{n}" for kind in "ab" for n in range(1, ARTICLES + 1))])
    assert_every_article_stored_once(site, db)
    # The two /b/ requests that waited in the scheduler (four were in flight, and stored).
    assert f"continued crawl 1: {ARTICLES - 4} pages it had found and not fetched" in second.stdout
    assert rows(db, "SELECT id, status FROM crawls") == [(1, "interrupted"), (2, "finished")]


def test_a_crawl_killed_outright_is_continued_by_the_next_storing_every_article_once(
        site: ChainSite, tmp_path: Path) -> None:
    """Killed while four /b/ requests are in flight and the sixth article's store
    is cut short, its WARC record written (flushed) and its archive transaction
    not committed (:mod:`tests.support.held_store`). The next crawl fetches that
    article again and the /b/ pages, none of the five stored; the WARC files then
    hold two records of the article, one for each fetch (each its own record id,
    in each crawl's file), and the archive names the second: two records of two
    fetches, as happened, neither a copy of the other."""
    from archive.warc import iter_responses
    from crawler import settings as project_settings

    db, marker = tmp_path / "news.db", tmp_path / "held"
    pipelines = {**project_settings.ITEM_PIPELINES, "pipelines.store_thread.ThreadedArchivePipeline": None,
                 "tests.support.held_store.HoldBeforeCommitPipeline": 800}
    site.gate_b.clear()
    first = start(site, db, db.with_suffix(".log"), "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}",
                  "-s", f"CLIPPINGS_TEST_HOLD_FILE={marker}", "-s", f"CLIPPINGS_TEST_HOLD_NTH={ARTICLES}")
    try:
        wait_for(lambda: marker.exists() and site.asked_b >= 4, "the sixth article's store to be held")
    finally:
        first.kill()
        first.wait(timeout=30)
    held = marker.read_text()
    assert stored_articles(db) == ARTICLES - 1
    # The article cut short, the /b/ pages its transaction or the five stored had noted.
    (pending,) = rows(db, "SELECT count(*) FROM frontier WHERE state = 'pending'")[0]
    assert pending in (ARTICLES, ARTICLES + 1), pending
    fetched = len(site.paths())
    site.gate_b.set()
    second = crawl(site, db)
    assert second.returncode == 0, second.stderr
    # The /b/ pages and the article cut short: none of the pages whose records the killed crawl stored.
    after = site.paths()[fetched:]
    assert sorted(after) == sorted([held.removeprefix(site.base_url), *(f"/b/{n}" for n in range(1, ARTICLES + 1))]), after
    assert_every_article_stored_once(site, db)
    assert f"continued crawl 1: {pending} pages it had found and not fetched" in second.stdout
    assert rows(db, "SELECT id, status FROM crawls") == [(1, "interrupted"), (2, "finished")]
    records = {path.name: [record.record_id for record in iter_responses(path) if record.url == held]
               for path in sorted((tmp_path / "news-warc").glob("*.warc.gz"))}
    (first_file, (first_record,)), (second_file, (second_record,)) = records.items()
    assert first_file.startswith("crawl-0001-") and second_file.startswith("crawl-0002-"), records
    assert first_record != second_record
    assert rows(db, "SELECT crawl_id, warc_file, warc_record_id FROM versions WHERE url = ?", (held,)) == [
        (2, f"news-warc/{second_file}", second_record)]


def test_only_the_last_unfinished_crawl_of_the_same_seeds_and_since_is_continued(tmp_path: Path) -> None:
    from archive.frontier import Damage, crawl_key, taken_rows
    from archive.writer import ArchiveWriter

    writer = ArchiveWriter(tmp_path / "news.db")
    seeds = ["https://x.example/", "https://x.example/feed.xml"]

    def start(seeds: list[str], since: str | None = None) -> int:
        return writer.start_crawl(seeds=seeds, settings={"since": since}, user_agent="test")

    first = start(seeds)
    writer.frontier_found(first, [("https://x.example/a", '{"depth": 1}', -1), ("https://x.example/b", "{}", -1)])
    writer.frontier_done(first, ["https://x.example/", "https://x.example/a"])
    writer.finish_crawl(first, stats={}, status="interrupted")
    # Other seeds, or another --since: another crawl, which takes nothing over.
    assert writer.take_over_frontier(start(seeds[:1]), crawl_key(seeds[:1], None)) is None
    assert writer.take_over_frontier(start(seeds, "2025-01-01"), crawl_key(seeds, "2025-01-01")) is None
    second = start(seeds[::-1])
    resumed = writer.take_over_frontier(second, crawl_key(seeds[::-1], None))
    assert resumed is not None and resumed.crawl_id == first
    assert resumed.pending == 1
    assert list(taken_rows(writer.db.conn, second, crawl_key(seeds, None), Damage())) == [
        ("https://x.example/b", {}, -1)]
    assert len(resumed.done) == 2 and "https://x.example/" in resumed.done and "https://x.example/a" in resumed.done
    assert "https://x.example/b" not in resumed.done
    conn = writer.db.conn
    assert conn.execute("SELECT DISTINCT crawl_id FROM frontier").fetchall() == [(second,)]
    assert json.loads(conn.execute("SELECT settings FROM crawls WHERE id = ?", [second]).fetchone()[0])["resumes"] == first
    writer.finish_crawl(second, stats={}, status="interrupted")
    # --fresh: the frontier left is dropped, nothing taken over.
    assert writer.take_over_frontier(start(seeds), crawl_key(seeds, None), resume=False) is None
    assert conn.execute("SELECT count(*) FROM frontier").fetchone() == (0,)


def test_stats_says_which_since_continues_an_unfinished_crawl(tmp_path: Path) -> None:
    """A crawl with --since is continued only by one with the same --since: stats says so."""
    from archive.db import open_readonly
    from archive.queries import stats as archive_stats
    from archive.writer import ArchiveWriter
    from crawler.cli import stats_lines

    writer = ArchiveWriter(tmp_path / "news.db")
    for since in ("2025-01-01T00:00:00+00:00", None):
        crawl_id = writer.start_crawl(seeds=["https://x.example/"], settings={"since": since}, user_agent="test")
        writer.frontier_found(crawl_id, [("https://x.example/a", "{}", -1)])
        writer.finish_crawl(crawl_id, stats={}, status="interrupted")
    writer.db.close()
    archive = open_readonly(tmp_path / "news.db")
    try:
        lines = [line for line in stats_lines(archive_stats(archive)) if line.startswith("unfinished:")]
    finally:
        archive.close()
    assert lines == [
        "unfinished: crawl 1 left 1 page found and not fetched (the next crawl of its seeds with --since "
        "2025-01-01 continues it)",
        "unfinished: crawl 2 left 1 page found and not fetched (the next crawl of its seeds continues it)"]


def test_frontier_rows_of_no_crawl_are_not_listed_as_one_and_the_next_crawl_deletes_them(tmp_path: Path) -> None:
    """A frontier whose crawls row was deleted (by hand, foreign keys off): no crawl's seeds are known
    for it, so none continues it; stats counts its rows apart, and the next crawl
    (which SQLite may give the deleted row's id) deletes them before it starts."""
    from archive.db import open_readonly
    from archive.queries import stats as archive_stats
    from archive.writer import ArchiveWriter
    from crawler.cli import stats_lines

    writer = ArchiveWriter(tmp_path / "news.db")
    seeds = ["https://x.example/"]
    for _ in range(2):
        crawl_id = writer.start_crawl(seeds=seeds, settings={"since": None}, user_agent="test")
        writer.frontier_found(crawl_id, [("https://x.example/a", "{}", -1), ("https://x.example/b", "{}", -1)])
        writer.finish_crawl(crawl_id, stats={}, status="interrupted")
    with closing(sqlite3.connect(tmp_path / "news.db")) as conn, conn:  # (the sqlite3 shell: no foreign keys)
        conn.execute("DELETE FROM crawls WHERE id = 2")
    archive = open_readonly(tmp_path / "news.db")
    try:
        figures = archive_stats(archive)
    finally:
        archive.close()
    assert figures["frontier_orphans"] == 2 and list(figures["unfinished"]) == ["1"]
    assert [line for line in stats_lines(figures) if line.startswith(("unfinished:", "frontier:"))] == [
        "unfinished: crawl 1 left 2 pages found and not fetched (the next crawl of its seeds continues it)",
        "frontier:  2 rows of no crawl (its crawls row was deleted; no crawl continues them, the next crawl "
        "into this archive deletes them)"]
    new = writer.start_crawl(seeds=["https://y.example/"], settings={"since": None}, user_agent="test")
    assert new == 2  # the deleted row's id: its frontier is not this crawl's
    assert writer.frontier_waiting(new).pending == 0
    assert writer.db.conn.execute("SELECT crawl_id, count(*) FROM frontier GROUP BY crawl_id").fetchall() == [(1, 2)]


def test_a_url_whose_fetch_failed_is_fetched_again_until_it_failed_in_the_crawls_allowed(tmp_path: Path) -> None:
    """Writer level: ``failed`` rows, their attempts, and what the continuing crawl takes."""
    from archive.frontier import Damage, continued, crawl_key, taken_rows
    from archive.writer import ArchiveWriter

    writer = ArchiveWriter(tmp_path / "news.db")
    seeds = ["https://x.example/"]
    key = crawl_key(seeds, None)
    a, b, seed = "https://x.example/a", "https://x.example/b", seeds[0]

    def start() -> int:
        return writer.start_crawl(seeds=seeds, settings={"since": None}, user_agent="test")

    first = start()
    writer.frontier_found(first, [(a, '{"depth": 1}', -1), (b, '{"depth": 1}', -1)])
    assert writer.frontier_failed(first, [a], give_up=3) == 1
    assert writer.frontier_failed(first, [seed], give_up=3) == 1  # a seed: never noted, no meta
    writer.frontier_done(first, [b])
    assert writer.frontier_failed(first, [b], give_up=3) == 0  # done stays done (a failed canonical check)
    assert writer.frontier_waiting(first).failed == 2
    writer.finish_crawl(first, stats={}, status="interrupted")

    second = start()
    resumed = writer.take_over_frontier(second, key, give_up=3)
    assert resumed is not None
    # The seed is asked again as a seed (not done), the page from its row.
    assert (resumed.retry, resumed.pending, len(resumed.done)) == (1, 0, 1) and b in resumed.done
    assert list(taken_rows(writer.db.conn, second, key, Damage())) == [(a, {"depth": 1}, -1)]
    assert writer.frontier_failed(second, [a], give_up=3) == 2
    writer.finish_crawl(second, stats={}, status="interrupted")

    # The setting lowered since: a URL that failed in that many crawls is given up.
    third = start()
    resumed = writer.take_over_frontier(third, key, give_up=2)
    assert resumed is not None and resumed.retry == 0 and a in resumed.done and resumed.given_up == 1
    assert list(taken_rows(writer.db.conn, third, key, Damage())) == []
    assert seed not in resumed.done  # failed once
    # The third failure of the seed with give_up=2... its second: given up, done.
    assert writer.frontier_failed(third, [seed], give_up=2) == 2
    assert writer.db.conn.execute("SELECT url, state, attempts FROM frontier ORDER BY url").fetchall() == [
        (seed, "done", 2), (a, "done", 2), (b, "done", 0)]
    assert continued(writer.db.conn, third) == [first, second] and continued(writer.db.conn, first) == []


def test_a_failed_url_never_noted_that_is_no_seed_is_fetched_again() -> None:
    """A revisit (or any URL the crawl did not note) whose fetch failed has a
    ``failed`` row with no meta: fetched again like any failed row, not taken for
    a seed (and so neither fetched nor counted, then dropped)."""
    from archive.frontier import Damage, crawl_key, take_over, taken_rows

    conn = interrupted_and_running_crawls(
        "INSERT INTO frontier (crawl_id, url, state, meta, attempts) VALUES "
        "(1, 'https://x.example/', 'failed', NULL, 1), (1, 'https://x.example/2024/old', 'failed', NULL, 1);")
    key = crawl_key(["https://x.example/"], None)
    resumed = take_over(conn, key, 2)
    assert resumed is not None and (resumed.retry, resumed.pending, len(resumed.done)) == (1, 0, 0)
    damage = Damage()
    assert list(taken_rows(conn, 2, key, damage)) == [("https://x.example/2024/old", {}, 0)]  # the seed: as a seed
    assert damage.damage == 0


def test_the_failures_fetched_again_are_those_scrapy_retries() -> None:
    """A network error, a timeout, a 5xx / 408 / 429 may pass; a 404, a robots.txt
    refusal, a refused redirect do not."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import HtmlResponse, Request
    from scrapy.spidermiddlewares.httperror import HttpError
    from scrapy.utils.test import get_crawler
    from twisted.internet.error import ConnectionRefusedError, TimeoutError
    from twisted.python.failure import Failure

    from crawler.spiders.articles import ArticleSpider

    crawler = get_crawler(ArticleSpider, {"RETRY_TIMES": 2})
    spider = ArticleSpider.from_crawler(crawler, seeds="https://x.example/")

    def retried(exc: BaseException) -> list[bool]:
        failure = Failure(exc)
        failure.request = Request("https://x.example/a")  # type: ignore[attr-defined]
        return [record.fetch.retry if hasattr(record, "fetch") else record.retry for record in spider.on_error(failure)]

    def answer(status: int) -> HttpError:
        return HttpError(HtmlResponse("https://x.example/a", status=status, request=Request("https://x.example/a")))

    assert retried(ConnectionRefusedError()) == [True]
    assert retried(TimeoutError()) == [True]
    assert [retried(answer(status)) for status in (500, 503, 429, 408)] == [[True]] * 4
    assert [retried(answer(status)) for status in (404, 403, 401)] == [[False]] * 3
    assert retried(IgnoreRequest("Forbidden by robots.txt")) == [False]


def test_the_summary_of_a_continued_crawl_says_what_its_limit_counted_and_what_the_snapshot_fetched() -> None:
    from crawler.run import CrawlSummary

    summary = CrawlSummary(
        crawl_id=5, seconds=1.0, pages_fetched=100, pages_parsed=97, finish_reason="max_pages", max_pages=100,
        resumed_from=4, resumed_pending=300, resumed_retried=2, resumed_given_up=1, continues=[1, 2, 3, 4],
        continued_pages=400, waiting=250, waiting_failed=1)
    lines = summary.lines()
    assert lines[:3] == [
        "crawl 5 reached --max-pages (100 more pages) after 1.0s",
        "continued crawl 4: 300 pages it had found and not fetched, 2 pages whose fetch had failed (fetched "
        "again), 1 page given up (failed in 3 crawls: not fetched again)",
        "pages fetched: 100 (parsed: 97); 500 with the 4 crawls from crawl 1 it continued"]
    assert lines[-1] == ("left for the next crawl of these seeds: 250 pages found and not fetched, 1 page whose "
                         "fetch failed (fetched again) (--fresh starts anew instead)")


def interrupted_and_running_crawls(frontier_rows: str) -> sqlite3.Connection:
    """An in-memory pair of crawls of the same seed (1 interrupted, 2 running) with the
    frontier table's columns, and ``frontier_rows`` (an INSERT) in it: the take-over's input."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE crawls (id INTEGER PRIMARY KEY, seeds TEXT, settings TEXT, status TEXT);"
        "CREATE TABLE frontier (crawl_id INTEGER, url TEXT, state TEXT, meta TEXT, priority INTEGER DEFAULT 0, "
        "attempts INTEGER DEFAULT 0, PRIMARY KEY (crawl_id, url));"
        """INSERT INTO crawls VALUES (1, '["https://x.example/"]', '{"since": null}', 'interrupted'),
                                    (2, '["https://x.example/"]', '{"since": null}', 'running');"""
        + frontier_rows)
    return conn


def test_a_seed_list_longer_than_sqlites_variable_limit_is_taken_over() -> None:
    """The failed rows fetched again are counted without one SQL variable per
    seed: a seed list longer than SQLite's limit (32,766 on stock builds; here
    lowered to 100) was "too many SQL variables" inside the take-over."""
    from archive.frontier import crawl_key, take_over

    seeds = [f"https://x.example/{n}" for n in range(200)]
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE crawls (id INTEGER PRIMARY KEY, seeds TEXT, settings TEXT, status TEXT);"
        "CREATE TABLE frontier (crawl_id INTEGER, url TEXT, state TEXT, meta TEXT, priority INTEGER DEFAULT 0, "
        "attempts INTEGER DEFAULT 0, PRIMARY KEY (crawl_id, url));")
    conn.executemany("INSERT INTO crawls VALUES (?, ?, '{\"since\": null}', ?)",
                     [(1, json.dumps(seeds), "interrupted"), (2, json.dumps(seeds), "running")])
    conn.executemany("INSERT INTO frontier (crawl_id, url, state, meta, attempts) VALUES (1, ?, ?, ?, 1)", [
        (seeds[0], "failed", None),  # a seed never noted: asked as a seed, not counted
        ("https://x.example/2024/old", "failed", None), ("https://x.example/a", "failed", "{}"),
        (seeds[1], "failed", '{"seed": "https://x.example/1"}'), ("https://x.example/b", "pending", "{}")])
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100)
    resumed = take_over(conn, crawl_key(seeds, None), 2)
    assert resumed is not None and (resumed.pending, resumed.retry) == (1, 3)


def test_done_urls_whose_keys_collide_never_skip_a_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The done URLs taken over are kept as 64-bit keys (archive.frontier.DoneUrls),
    and a key found is checked in the archive: with every URL given the same key
    (a collision for each), a URL not done is still not done, on the take-over's
    connection and on the crawl's own (pipelines.store.DoneCheck)."""
    import archive.frontier
    from archive.frontier import crawl_key
    from archive.writer import ArchiveWriter
    from pipelines.store import DoneCheck

    monkeypatch.setattr(archive.frontier, "url_key", lambda url: 42)
    writer = ArchiveWriter(tmp_path / "news.db")
    seeds = ["https://x.example/"]
    a, b, c = "https://x.example/a", "https://x.example/b", "https://x.example/c"
    first = writer.start_crawl(seeds=seeds, settings={"since": None}, user_agent="test")
    writer.frontier_found(first, [(a, "{}", -1), (b, "{}", -1)])
    writer.frontier_done(first, [b, c])
    writer.finish_crawl(first, stats={}, status="interrupted")
    second = writer.start_crawl(seeds=seeds, settings={"since": None}, user_agent="test")
    resumed = writer.take_over_frontier(second, crawl_key(seeds, None))
    assert resumed is not None and len(resumed.done) == 2
    assert b in resumed.done and c in resumed.done
    assert a not in resumed.done and "https://x.example/z" not in resumed.done
    counted: Counter[str] = Counter()
    check = DoneCheck(str(tmp_path / "news.db"), second, lambda stat: counted.update([stat]))
    resumed.done.confirm = check
    try:
        assert b in resumed.done and a not in resumed.done
    finally:
        check.close()
    assert counted == Counter({"clippings/done_key_collisions": 1})
    # Asked once closed (a request scheduled as the crawl closes, review37 L4): no connection
    # opened that nothing would close; not taken for done (fetched again, never skipped).
    assert b not in resumed.done and check.conn is None
    check.close()
    assert counted == Counter({"clippings/done_key_collisions": 1})


def test_done_urls_are_found_by_their_keys_and_a_failed_check_fetches_again(tmp_path: Path) -> None:
    """Many done URLs: each is found (the keys sorted as Python compares them),
    none of the others; the archive unreadable, a key found is taken for not done
    (the page fetched again, never skipped), logged and counted."""
    from archive.frontier import take_over
    from pipelines.store import DoneCheck

    urls = [f"https://x.example/{n}" for n in range(3000)]
    conn = interrupted_and_running_crawls(
        "INSERT INTO frontier (crawl_id, url, state) VALUES "
        + ", ".join(f"(1, '{url}', 'done')" for url in urls[::2]) + ";")
    resumed = take_over(conn, json.dumps([["https://x.example/"], None]), 2)
    assert resumed is not None and len(resumed.done) == 1500
    assert [url for url in urls if url in resumed.done] == urls[::2]
    counted: Counter[str] = Counter()
    resumed.done.confirm = DoneCheck(str(tmp_path / "gone.db"), 2, lambda stat: counted.update([stat]))
    assert urls[0] not in resumed.done and urls[2] not in resumed.done
    assert counted == Counter({"clippings/done_check_errors": 2})
