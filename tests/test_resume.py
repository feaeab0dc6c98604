"""A crawl that stops before its end is continued by the next crawl of its seeds.

Real crawls (``clippings crawl`` in a subprocess) of a real site on 127.0.0.1
(:class:`tests.support.chain_site.ChainSite`): ``/`` links to six articles, each
of which links to one more article that nothing else links to, and every article
answers 304 to a request that sends its ETag back. A crawl stopped by
``--max-pages``, by Ctrl-C, or killed with SIGKILL, then crawled again: every
article is stored once, and nothing whose record the archive holds is fetched
again. (Before the archive kept the frontier, the second crawl started from the
seeds again, got 304 from the articles it had stored, and never reached the
articles linked only from them.)
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

from tests.conftest import ENV, ROOT, clippings
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


def start(site: ChainSite, db: Path, log: Path) -> subprocess.Popen[bytes]:
    """A crawl in the background, its output in ``log``: the extraction in the
    crawl's own process (a SIGKILL leaves no worker process behind), and four
    requests at most in the downloader (the others wait in the scheduler, where
    a graceful stop leaves them)."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db), "--delay", "0",
             "--processes", "0", "-s", "CONCURRENT_REQUESTS=4"], stdout=out, stderr=subprocess.STDOUT,
            cwd=ROOT, env=ENV, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def held_in_the_b_pages(site: ChainSite, db: Path) -> subprocess.Popen[bytes]:
    """A crawl that has stored the six ``/a/`` articles and waits for ``/b/`` answers
    (held, four in flight): their links are found, their pages not fetched."""
    site.gate_b.clear()
    crawl = start(site, db, db.with_suffix(".log"))
    wait_for(lambda: stored_articles(db) == ARTICLES and site.asked_b >= 4, "the /a/ articles to be stored")
    return crawl


def assert_every_article_stored_once(site: ChainSite, db: Path) -> None:
    stored = Counter(url for (url,) in rows(db, "SELECT url FROM fetches WHERE outcome = 'stored'"))
    assert set(stored) == site.article_urls(), stored
    assert set(stored.values()) == {1}, stored
    assert rows(db, "SELECT count(*), count(DISTINCT canonical_url) FROM versions") == [(2 * ARTICLES, 2 * ARTICLES)]
    assert rows(db, "SELECT count(*) FROM frontier") == [(0,)]


def test_a_crawl_stopped_by_max_pages_is_continued_by_the_next_fetching_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with ChainSite(ARTICLES) as site:
        first = crawl(site, db, "--max-pages", "4")
        assert first.returncode == 0, first.stderr
        assert "reached --max-pages (4 pages)" in first.stdout
        second = crawl(site, db)
        assert second.returncode == 0, second.stderr
        paths = site.paths()
        assert Counter(paths) == Counter(["/", *(f"/{kind}/{n}" for kind in "ab" for n in range(1, ARTICLES + 1))])
        assert_every_article_stored_once(site, db)
        # /a/4../a/6 and the /b/ pages of the three articles stored.
        assert f"left for the next crawl of these seeds: {ARTICLES} pages found and not fetched" in first.stdout
        assert f"continued crawl 1: {ARTICLES} pages it had found and not fetched" in second.stdout
        assert rows(db, "SELECT id, status FROM crawls") == [(1, "finished"), (2, "finished")]
        assert json.loads(rows(db, "SELECT settings FROM crawls WHERE id = 2")[0][0])["resumes"] == 1
        # The three articles crawl 1 stored, asked again as revisits of the archive's: dropped unfetched.
        stats = json.loads(rows(db, "SELECT stats FROM crawls WHERE id = 2")[0][0])
        assert stats["clippings/resumed_done_dropped"] == 3, stats
        # The crawl ran to its end: the next one is a new snapshot, from the seeds
        # (the articles answer 304, and their links are found again from the archive's).
        third = crawl(site, db)
        assert third.returncode == 0, third.stderr
        assert "continued" not in third.stdout
        again = site.paths()[len(paths):]
        assert again[0] == "/" and Counter(again) == Counter(paths)
        assert rows(db, "SELECT count(*) FROM fetches WHERE crawl_id = 3 AND outcome = 'unchanged'") == [(2 * ARTICLES,)]


def test_fresh_starts_anew_from_the_seeds(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with ChainSite(ARTICLES) as site:
        assert crawl(site, db, "--max-pages", "4").returncode == 0
        fresh = crawl(site, db, "--fresh")
        assert fresh.returncode == 0, fresh.stderr
        assert "continued" not in fresh.stdout
        assert site.paths()[4] == "/"
    assert "resumes" not in json.loads(rows(db, "SELECT settings FROM crawls WHERE id = 2")[0][0])
    assert rows(db, "SELECT count(*) FROM frontier") == [(0,)]
    # As every crawl did before the frontier was kept: the three articles stored
    # answer 304 (not parsed), and the pages linked only from them are not found.
    assert rows(db, "SELECT count(*) FROM articles") == [(2 * ARTICLES - 3,)]


def test_a_crawl_stopped_by_ctrl_c_is_continued_by_the_next_fetching_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with ChainSite(ARTICLES) as site:
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


def test_a_crawl_killed_outright_is_continued_by_the_next_storing_every_article_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with ChainSite(ARTICLES) as site:
        first = held_in_the_b_pages(site, db)
        first.kill()
        first.wait(timeout=30)
        fetched = len(site.paths())
        site.gate_b.set()
        second = crawl(site, db)
        assert second.returncode == 0, second.stderr
        # Only the /b/ pages: none of the pages whose records the killed crawl stored.
        after = site.paths()[fetched:]
        assert sorted(after) == sorted(f"/b/{n}" for n in range(1, ARTICLES + 1)), after
        assert_every_article_stored_once(site, db)
        assert f"continued crawl 1: {ARTICLES} pages it had found and not fetched" in second.stdout
    assert rows(db, "SELECT id, status FROM crawls") == [(1, "interrupted"), (2, "finished")]


def test_only_the_last_unfinished_crawl_of_the_same_seeds_and_since_is_continued(tmp_path: Path) -> None:
    from archive.frontier import crawl_key
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
    assert resumed.pending == [("https://x.example/b", {}, -1)]
    assert resumed.done == {"https://x.example/", "https://x.example/a"}
    conn = writer.db.conn
    assert conn.execute("SELECT DISTINCT crawl_id FROM frontier").fetchall() == [(second,)]
    assert json.loads(conn.execute("SELECT settings FROM crawls WHERE id = ?", [second]).fetchone()[0])["resumes"] == first
    writer.finish_crawl(second, stats={}, status="interrupted")
    # --fresh: the frontier left is dropped, nothing taken over.
    assert writer.take_over_frontier(start(seeds), crawl_key(seeds, None), resume=False) is None
    assert conn.execute("SELECT count(*) FROM frontier").fetchone() == (0,)
