"""The ``clippings`` command as users and cron run it: real subprocesses, real
servers on 127.0.0.1, real SQLite files, a pseudo-terminal for the progress line.

Issue 9's points 7-15 (the CLI tells the truth) and issue 12's CLI conventions.
"""

from __future__ import annotations

import hashlib
import json
import os
import pty
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from crawler.run import CrawlSummary
from tests.conftest import ENV, POOL_ENV, ROOT, CrawlRun, clippings, clippings_here
from tests.fault_site import FaultHandler, FaultServer, Route, serve
from tests.support import forkrun
from tests.support.slow_site import SlowSite, article_html


def _as_from_a_terminal() -> None:
    """Ctrl-C and a hang-up as a terminal delivers them: a suite started in the
    background of a non-interactive shell ignores SIGINT, one started under
    ``nohup`` ignores SIGHUP, and a child inherits an ignored signal (clippings then
    rightly leaves it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def start(*args: str) -> subprocess.Popen[str]:
    """``clippings ARGS`` running in the background."""
    return forkrun.popen([sys.executable, "-m", "crawler.cli", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV,
                         preexec_fn=forkrun.default_signals)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(sql, params).fetchall()


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single ``clippings: error:`` line of a failed run (and no traceback)."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clippings: error: ")
    return lines[0]


def wait_for(condition, what: str, timeout: float = 60.0) -> None:
    """Poll ``condition`` (a state change, never a duration under test)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def other_sqlite(tmp_path: Path) -> Path:
    """A SQLite database of some other program, in rollback-journal mode."""
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('keep me')")
    return path


@pytest.fixture
def archive_copy(demo_crawl: CrawlRun, tmp_path: Path) -> Path:
    """A private copy of the session's crawled sample archive."""
    copy = tmp_path / "copy.db"
    with closing(sqlite3.connect(demo_crawl.db)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    return copy


# -- 7: an archive path that is not one ---------------------------------------------


def test_crawl_refuses_a_file_that_is_not_an_archive(tmp_path: Path, other_sqlite: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"these are my notes, not a database\n" * 50)
    for path, reason in ((junk, "not a SQLite database"), (other_sqlite, "not a Clippings archive")):
        before = digest(path)
        line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(path)))
        assert str(path) in line and reason in line
        assert digest(path) == before
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}.lock").exists()
    assert rows(other_sqlite, "PRAGMA journal_mode") == [("delete",)]


def test_crawl_into_a_path_it_cannot_create_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(blocker / "x.db")))
    assert "cannot create an archive" in line and str(blocker) in line
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path)))
    assert "is a directory" in line


# -- 8: read commands change nothing ------------------------------------------------


@pytest.mark.parametrize("args", [
    ["stats"], ["search", "{db}", "ferry"], ["export"], ["history", "{db}", "http://x.example/"],
    ["serve", "{db}", "--port", "0"], ["reextract"],
])
def test_commands_refuse_another_sqlite_file_and_leave_it_alone(args: list[str], other_sqlite: Path) -> None:
    before = digest(other_sqlite)
    argv = [a.format(db=other_sqlite) for a in args] if "{db}" in args else [*args, str(other_sqlite)]
    line = one_error_line(clippings(*argv))
    assert f"{other_sqlite} is not a Clippings archive (its tables: notes)" in line
    assert digest(other_sqlite) == before
    assert rows(other_sqlite, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("notes",)]
    assert rows(other_sqlite, "PRAGMA journal_mode") == [("delete",)]


def test_read_commands_open_the_archive_read_only(archive_copy: Path) -> None:
    url = rows(archive_copy, "SELECT canonical_url FROM articles LIMIT 1")[0][0]
    # An archive copied out of WAL mode (as a backup tool may leave it): a read
    # that opened it for writing would switch it back.
    assert rows(archive_copy, "PRAGMA journal_mode = DELETE") == [("delete",)]
    before = digest(archive_copy)
    for args in (["stats", str(archive_copy)], ["search", str(archive_copy), "the"],
                 ["export", str(archive_copy)], ["history", str(archive_copy), url]):
        result = clippings(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip()
    assert digest(archive_copy) == before
    assert rows(archive_copy, "PRAGMA journal_mode") == [("delete",)]


# -- 9: one writer per archive ------------------------------------------------------


def test_a_second_crawl_into_the_same_archive_stops_plainly(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SlowSite(stories=8, stall=0) as site:
        site.gate.clear()  # the first crawl's story requests wait until the second has tried
        first = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
        wait_for(lambda: any(p.startswith("/story/") for p in site.paths), "the first crawl to fetch")
        second = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
        site.gate.set()
        line = one_error_line(second)
        assert f"{db} is being written by clippings pid {first.pid}" in line
        _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert rows(db, "SELECT id, status FROM crawls") == [(1, "finished")]
    assert rows(db, "SELECT count(*) FROM articles") == [(8,)]
    fetched = {url for (url,) in rows(db, "SELECT url FROM fetches")}
    assert {f"{site.base_url}/story/{n}" for n in range(1, 9)} <= fetched


# -- 10: exit codes and crawl rows after signals ----------------------------------------


@pytest.mark.parametrize(("signum", "code", "words"), [
    (signal.SIGINT, 130, "interrupted (Ctrl-C)"), (signal.SIGTERM, 143, "stopped by SIGTERM"),
    (signal.SIGHUP, 129, "stopped by SIGHUP"),
])
def test_a_signal_ends_the_crawl_with_its_exit_code_and_an_interrupted_row(
        tmp_path: Path, signum: int, code: int, words: str) -> None:
    db = tmp_path / "news.db"
    # /stall answers after 120 s: the crawl must not wait for it. With the extraction
    # pool (the suite runs without): the signal stops its processes too.
    with SlowSite(stories=30, delay=0.3, stall=120) as site:
        crawl = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "2")
        wait_for(lambda: "/stall" in site.paths, "the stalled request to be in flight")
        crawl.send_signal(signum)
        out, err = crawl.communicate(timeout=60)
    assert crawl.returncode == code, err
    assert words in out + err and "Traceback" not in err
    assert rows(db, "SELECT status, finished IS NOT NULL FROM crawls") == [("interrupted", 1)]


# What the ``clippings`` console script runs, with a Ctrl-C that lands while
# crawler.cli is still importing its modules (as the hook sees ``click`` imported).
def as_from_a_terminal() -> None:
    """A child started as a shell starts it: Ctrl-C at its default. An ignored
    SIGINT is inherited across exec, and Python then installs no handler of its
    own; the full suite's runner process may be ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


INTERRUPTED_WHILE_STARTING = """
import os, signal, sys

class InterruptOnImport:
    def find_spec(self, name, path=None, target=None):
        if name == "click":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, InterruptOnImport())
sys.argv = ["clippings", "stats"]
from crawler.cli import cli
sys.exit(cli())
"""


def test_ctrl_c_while_the_command_starts_is_one_line_and_130() -> None:
    result = subprocess.run([sys.executable, "-c", INTERRUPTED_WHILE_STARTING], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, preexec_fn=as_from_a_terminal)
    assert (result.returncode, result.stderr) == (130, "clippings: interrupted\n")


def test_ctrl_c_after_the_start_is_still_a_keyboard_interrupt_for_the_command() -> None:
    """The start-up handler gives way to Python's once the command runs: a crawl and
    ``serve`` tell Ctrl-C apart by the KeyboardInterrupt it raises."""
    code = ("import signal, sys; sys.argv = ['clippings', '--version']; from crawler.cli import cli\n"
            "try:\n    cli()\nexcept SystemExit:\n    pass\n"
            "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            preexec_fn=as_from_a_terminal)
    assert result.stdout.splitlines()[-1] == "True", result.stderr


def test_a_second_ctrl_c_still_closes_the_crawl_row(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SlowSite(stories=30, delay=0.3, stall=120) as site:
        crawl = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
        wait_for(lambda: "/stall" in site.paths, "the stalled request to be in flight")
        crawl.send_signal(signal.SIGINT)
        crawl.send_signal(signal.SIGINT)
        _, err = crawl.communicate(timeout=60)
    assert crawl.returncode == 130, err
    assert rows(db, "SELECT status FROM crawls") == [("interrupted",)]


def stopped(pid: int) -> bool:
    """Whether process ``pid`` is stopped (SIGSTOP): signals sent to it now are held by the kernel."""
    return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "T"


def test_two_stop_signals_at_once_after_the_graceful_stop_are_one_forced_stop(tmp_path: Path) -> None:
    """A SIGTERM (the graceful stop), then SIGHUP and SIGTERM pending together (the
    crawl stopped meanwhile, as a loaded machine does; SIGCONT delivers both): the
    first ran the forced stop, whose handlers (Scrapy's) set SIGTERM to SIG_IGN, and
    Python, reaching the pending SIGTERM, printed "OSError: Signal 15 ignored due to
    race condition" with a traceback. Now the forced stop's words alone, once."""
    db = tmp_path / "news.db"
    with SlowSite(stories=30, delay=0.3, stall=120) as site:
        crawl = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--verbose")
        wait_for(lambda: "/stall" in site.paths, "the stalled request to be in flight")
        crawl.send_signal(signal.SIGTERM)
        assert crawl.stderr is not None
        said = []
        while "Received SIGTERM, shutting down gracefully" not in (said[-1] if said else ""):
            said.append(crawl.stderr.readline())
            assert said[-1], said
        crawl.send_signal(signal.SIGSTOP)
        wait_for(lambda: stopped(crawl.pid), "the crawl to be stopped")
        crawl.send_signal(signal.SIGHUP)
        crawl.send_signal(signal.SIGTERM)
        crawl.send_signal(signal.SIGCONT)
        _, err = crawl.communicate(timeout=60)
    assert crawl.returncode == 143, err
    assert "race condition" not in err and "Traceback" not in err, err[-3000:]
    assert err.count("stopped by SIGTERM: stopped without waiting for the requests in flight") == 1, err[-3000:]
    assert rows(db, "SELECT status FROM crawls") == [("interrupted",)]


def test_two_stop_signals_the_kernel_held_together_stop_the_crawl_on_one_in_words_and_status(tmp_path: Path) -> None:
    """SIGTERM then SIGHUP sent to a stopped crawl (SIGSTOP: the kernel holds both,
    and delivers them on SIGCONT by number, the order they were sent in lost; or in
    either order to two of its threads): the stop is one signal's (README), its
    words and exit status agreeing, said once."""
    db = tmp_path / "news.db"
    with SlowSite(stories=30, delay=0.3, stall=120) as site:
        crawl = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
        wait_for(lambda: "/stall" in site.paths, "the stalled request to be in flight")
        crawl.send_signal(signal.SIGSTOP)
        wait_for(lambda: stopped(crawl.pid), "the crawl to be stopped")
        crawl.send_signal(signal.SIGTERM)
        crawl.send_signal(signal.SIGHUP)
        crawl.send_signal(signal.SIGCONT)
        _, err = crawl.communicate(timeout=60)
    assert crawl.returncode in (129, 143), err[-3000:]
    stopped_by = {129: "SIGHUP", 143: "SIGTERM"}[crawl.returncode]
    assert err.count(f"stopped by {stopped_by}: stopped without waiting for the requests in flight") == 1, err[-3000:]
    assert err.count("stopped by") == 1 and "Traceback" not in err, err[-3000:]
    assert rows(db, "SELECT status FROM crawls") == [("interrupted",)]


def held_site() -> FaultServer:
    """A site whose /held page answers 429 with ``Retry-After: 100`` (waited out: it
    is within the crawl's limit), so its download slot starts nothing for 100 s;
    the page's retry waits in that slot, and Scrapy's graceful stop waits for it."""
    def held(h: FaultHandler, q: dict) -> None:
        h.send_bytes(429, b"slow down", headers={"Retry-After": "100"})

    return serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                  "/": lambda h, q: h.html("<html><body><a href='/held'>held</a> <a href='/after'>after</a>"
                                           "</body></html>"),
                  "/held": held, "/after": lambda h, q: h.html(article_html(2))})


def test_a_graceful_stop_drops_the_requests_waiting_in_a_held_slot(tmp_path: Path) -> None:
    """Stopped while its site's slot is held (a Retry-After of 100 s): Scrapy's close
    waited for the retry queued there, so the stop went down the forced path after
    the grace period. The waiting request is dropped unfetched now (no row: the next
    crawl finds it, as the pages never scheduled), and the crawl closes as a graceful
    stop, its stats and summary as after any."""
    db = tmp_path / "news.db"
    server = held_site()
    try:
        crawl = start("crawl", server.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "0",
                      "--no-warc", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "AUTOTHROTTLE_ENABLED=False")
        wait_for(lambda: "/held" in server.counts, "the held page to be answered")
        time.sleep(1.0)  # its retry on its way to the held slot (a stop before it would not wait at all)
        crawl.send_signal(signal.SIGTERM)
        out, err = crawl.communicate(timeout=60)
    finally:
        server.shutdown()
    assert crawl.returncode == 143, err
    assert "Traceback" not in err and server.counts["/held"] == 1, err
    assert "stopped without waiting" not in err, err
    assert out.splitlines()[0].startswith("crawl 1 stopped by SIGTERM after "), out
    ((status, stats),) = rows(db, "SELECT status, stats FROM crawls")
    stats = json.loads(stats)
    assert status == "interrupted" and "clippings/forced_stop" not in stats, stats
    # the retry, and /after too when it was still waiting behind the hold (one request at a time)
    waiting = 1 + ("/after" not in server.counts)
    assert stats["clippings/politeness/dropped_at_stop"] == waiting and stats["finish_reason"] == "shutdown", stats
    assert rows(db, "SELECT outcome FROM fetches WHERE url = ?", [server.base_url + "/held"]) == []


def test_a_retry_after_that_comes_during_a_graceful_stop_drops_the_requests_behind_it(tmp_path: Path) -> None:
    """A request in flight at the stop answers 429 + Retry-After after it (review 23,
    MEDIUM-2): the hold came after the stop had dropped what was waiting, so the
    pages queued behind it stayed, and the close waited the hold out (the forced
    path). They are dropped as at the stop now; the 429'd page's retry is not
    fetched and leaves no row (it was never fetched successfully)."""
    db = tmp_path / "news.db"
    answer = threading.Event()
    first: list[str] = []
    lock = threading.Lock()

    def page(h: FaultHandler, q: dict) -> None:
        with lock:
            held = not first
            first.append(h.path)
        if held:  # the first page asked for is in flight at the stop, and answers 429 after it
            answer.wait(30)
            h.send_bytes(429, b"slow down", headers={"Retry-After": "100"})
        else:
            h.html(article_html(2))

    # One request at a time: the other pages queue in the site's slot behind the first.
    pages = [f"/p{n}" for n in range(4)]
    links = "".join(f"<a href='{path}'>{path}</a> " for path in pages)
    server = serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                    "/": lambda h, q: h.html(f"<html><body>{links}</body></html>"),
                    **{path: page for path in pages}})
    try:
        crawl = start("crawl", server.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "0",
                      "--no-warc", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "AUTOTHROTTLE_ENABLED=False")
        wait_for(lambda: bool(first), "a page in flight")
        time.sleep(0.5)  # the other pages on their way to the slot
        crawl.send_signal(signal.SIGTERM)
        time.sleep(0.5)  # the stop under way when the answer comes
        answer.set()
        _, err = crawl.communicate(timeout=60)
    finally:
        answer.set()
        server.shutdown()
    assert crawl.returncode == 143, err
    assert "Traceback" not in err and "stopped without waiting" not in err, err
    ((status, stats),) = rows(db, "SELECT status, stats FROM crawls")
    stats = json.loads(stats)
    assert status == "interrupted" and "clippings/forced_stop" not in stats, stats
    assert stats["clippings/politeness/dropped_at_stop"] == 3 and stats["retry/count"] == 1, stats
    assert first == first[:1] and server.counts[first[0]] == 1, (first, server.counts)
    assert rows(db, "SELECT url FROM fetches WHERE url LIKE '%/p_'") == []


@pytest.mark.parametrize("signals", [1, 2])
def test_a_stop_that_cannot_wait_keeps_the_stats_and_prints_the_summary(tmp_path: Path, signals: int) -> None:
    """Stopped while a download stalls: the graceful stop cannot end, so the grace
    period's end (or a second signal) ends the crawl. It printed no summary and
    left the crawl's stats NULL (probe 21, #3); now the row keeps the stats counted
    so far (``clippings/forced_stop``), and the summary is printed once, as after any stop."""
    db = tmp_path / "news.db"
    with SlowSite(stories=2, stall=120) as site:
        crawl = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "0",
                      "--no-warc", "-s", "AUTOTHROTTLE_ENABLED=False")
        wait_for(lambda: "/stall" in site.paths, "the stalled request to be in flight")
        for _ in range(signals):
            crawl.send_signal(signal.SIGTERM)
            time.sleep(0.3)
        out, err = crawl.communicate(timeout=60)
    assert crawl.returncode == 143, err
    assert "Traceback" not in err, err
    assert "stopped without waiting for the requests in flight" in err, err
    lines = out.splitlines()
    assert len(lines) == 5 and lines[0].startswith("crawl 1 stopped by SIGTERM after "), out
    assert lines[1].startswith("pages fetched: "), out
    # /stall, in flight: the next crawl of the seeds fetches it (tests/test_resume.py).
    assert lines[4] == "left for the next crawl of these seeds: 1 page found and not fetched (--fresh starts anew instead)", out
    ((status, stats),) = rows(db, "SELECT status, stats FROM crawls")
    assert status == "interrupted" and stats is not None
    stats = json.loads(stats)
    assert stats["clippings/forced_stop"] == 1, stats
    assert stats["finish_reason"] == "shutdown", stats


def test_a_crawl_with_no_row_in_the_archive_says_so() -> None:
    """No crawl id is no proof that the archive could not be opened; a crawl id the
    archive has no row for is a failure too, not a finished crawl."""
    no_id = CrawlSummary(crawl_id=None, seconds=0.1, pages_fetched=0, finish_reason="finished")
    assert no_id.why_stopped == "failed: no crawl was recorded in the archive (the crawl has no id)"
    missing = CrawlSummary(crawl_id=7, seconds=1.0, pages_fetched=3, finish_reason="finished", in_archive=False)
    assert (missing.ok, missing.why_stopped) == (False, "failed: crawl 7 is not in the archive")
    assert missing.lines()[0] == "crawl 7 failed after 1.0s: crawl 7 is not in the archive"


def test_a_crawl_killed_outright_is_closed_by_the_next_one(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SlowSite(stories=10, stall=0) as site:
        site.gate.clear()  # the crawl cannot finish before it is killed
        crawl = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
        wait_for(lambda: db.exists() and rows(db, "SELECT count(*) FROM sqlite_master WHERE name = 'crawls'")
                 == [(1,)] and rows(db, "SELECT count(*) FROM crawls") == [(1,)], "the crawl row")
        crawl.kill()
        crawl.communicate(timeout=30)
        assert rows(db, "SELECT status FROM crawls") == [("running",)]
        site.gate.set()
        again = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT id, status FROM crawls ORDER BY id") == [(1, "interrupted"), (2, "finished")]


# -- 11: site lists are checked --------------------------------------------------------


@pytest.mark.parametrize(("toml", "message"), [
    ('[[site]]\nseeds = ["http://127.0.0.1:9/"]\nconcurrency = 0\n', "concurrency must be a whole number of at least 1, not 0"),
    ('[[site]]\nseeds = ["http://127.0.0.1:9/"]\nmax_pages = 0\n', "max_pages must be a whole number of at least 1, not 0"),
    ('[[site]]\nseeds = ["http://127.0.0.1:9/"]\nnew_only = "no"\n', "new_only must be true or false, not 'no'"),
    ('[[site]]\nseeds = ["http://127.0.0.1:9/"]\ndelay = "fast"\n', "delay must be a number of seconds"),
    ('[[site]]\nseeds = ["http://127.0.0.1:9/"]\nmax_page = 5\n', "site 1: unknown key 'max_page'"),
    ('concurrency = 2\n[[site]]\nseeds = ["http://127.0.0.1:9/"]\n', "unknown key 'concurrency'"),
])
def test_a_bad_site_list_is_refused_with_the_file_and_key(tmp_path: Path, toml: str, message: str) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(toml, encoding="utf-8")
    run = clippings if "concurrency = 0" in toml else clippings_here  # one real process: the same check
    line = one_error_line(run("crawl", "--sites", str(sites), "--db", str(tmp_path / "x.db")))
    assert str(sites) in line and message in line
    assert not (tmp_path / "x.db").exists()


# -- 12: a hard page limit ---------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 5])
def test_max_pages_is_a_hard_limit(tmp_path: Path, limit: int) -> None:
    db = tmp_path / "news.db"
    with SlowSite(stories=40, stall=0) as site:
        result = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0",
                           "--max-pages", str(limit), "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16")
        asked = site.page_paths()
    assert result.returncode == 0, result.stderr
    assert len(asked) == limit, asked
    assert rows(db, "SELECT count(*) FROM fetches") == [(limit,)]
    assert f"reached --max-pages ({limit} pages)" in result.stdout
    assert f"pages fetched: {limit} " in result.stdout
    assert rows(db, "SELECT status FROM crawls") == [("finished",)]


def article_route(number: int) -> Route:
    return lambda h, q: h.html(article_html(number))


def crawl_one_page_at_a_time(routes: dict[str, Route], db: Path, max_pages: int
                             ) -> tuple[subprocess.CompletedProcess[str], list[str], FaultServer]:
    """Crawl ``routes`` served on 127.0.0.1 from ``/`` with ``--max-pages``, one
    request at a time; give the run, the paths asked (robots.txt aside) and the
    server, shut down."""
    server = serve(routes)
    try:
        result = clippings("crawl", server.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "0",
                           "--max-pages", str(max_pages), "-s", "CONCURRENT_REQUESTS=1")
        asked = [path for path in server.requests if path != "/robots.txt"]
    finally:
        server.shutdown()
        server.server_close()
    return result, asked, server


def test_max_pages_counts_a_page_reached_through_a_redirect_once(tmp_path: Path) -> None:
    """``--max-pages`` counts pages, as ``pages fetched`` does: a redirect and the
    page it leads to are one page. (Before, the redirect was a page of the limit:
    ``--max-pages 4`` fetched 3 pages, the summary said so, and the fourth link
    waited for the next crawl.)"""
    db = tmp_path / "news.db"
    links = "".join(f"<li><a href='{path}'>{path}</a></li>" for path in ("/old", "/a/1", "/a/2", "/a/3", "/a/4"))
    routes = {"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
              "/": lambda h, q: h.html(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>"),
              "/old": lambda h, q: h.redirect("/a/9", 301),
              **{f"/a/{n}": article_route(n) for n in (1, 2, 3, 4, 9)}}
    result, asked, _ = crawl_one_page_at_a_time(routes, db, max_pages=4)
    assert result.returncode == 0, result.stderr
    assert asked == ["/", "/old", "/a/9", "/a/1", "/a/2"], asked
    assert "reached --max-pages (4 pages)" in result.stdout and "pages fetched: 4 " in result.stdout, result.stdout
    assert rows(db, "SELECT count(*) FROM fetches WHERE outcome = 'stored'") == [(3,)]


def test_max_pages_waits_for_the_retry_of_a_page_it_counted(tmp_path: Path) -> None:
    """A page that answered 503 is retried (Scrapy's retries wait in the scheduler,
    behind the links found meanwhile): the page limit reached, the crawl fetches
    the retries of the pages it counted before it closes, and refuses the rest, so
    ``--max-pages 3`` gives 3 pages with their final answers. (Before, the crawl
    closed at the limit with the retry still waiting: 2 pages with an answer, the
    third slot spent on a 503 nobody saw, the page left pending.)"""
    db = tmp_path / "news.db"
    links = "".join(f"<li><a href='/a/{n}'>{n}</a></li>" for n in (1, 2, 3, 4))

    def flaky(h: FaultHandler, q: dict[str, list[str]]) -> None:
        if h.server.counts["/a/1"] == 1:
            h.send_bytes(503, b"try again")
        else:
            h.html(article_html(1))

    routes = {"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
              "/": lambda h, q: h.html(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>"),
              "/a/1": flaky, **{f"/a/{n}": article_route(n) for n in (2, 3, 4)}}
    result, asked, server = crawl_one_page_at_a_time(routes, db, max_pages=3)
    assert result.returncode == 0, result.stderr
    assert asked == ["/", "/a/1", "/a/2", "/a/1"], asked
    assert "reached --max-pages (3 pages)" in result.stdout and "pages fetched: 3 " in result.stdout, result.stdout
    assert rows(db, "SELECT url, outcome FROM fetches ORDER BY id") == [
        (server.base_url + "/", "not-article"), (server.base_url + "/a/2", "stored"),
        (server.base_url + "/a/1", "stored")]
    assert rows(db, "SELECT substr(url, length(?) + 1), state FROM frontier ORDER BY url", (server.base_url,)) == [
        ("/", "done"), ("/a/1", "done"), ("/a/2", "done"), ("/a/3", "pending"), ("/a/4", "pending")]


def test_max_pages_gives_back_the_slot_of_a_redirect_whose_target_is_dropped(tmp_path: Path) -> None:
    """A redirect whose target is not fetched (a seed, a page the crawl fetched
    already) brings no page: its slot of ``--max-pages`` is given back, so
    ``--max-pages 3`` gives 3 pages, as ``pages fetched`` counts them. (Before,
    each such redirect was a page of the limit: 2 pages fetched, the summary said
    so, and the limit was reached all the same.)"""
    db = tmp_path / "news.db"
    links = "".join(f"<li><a href='{path}'>{path}</a></li>" for path in ("/a/1", "/go", "/old", "/a/2", "/a/3"))
    routes = {"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
              "/": lambda h, q: h.html(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>"),
              "/go": lambda h, q: h.redirect("/", 302),  # to the seed
              "/old": lambda h, q: h.redirect("/a/1", 301),  # to a page fetched already
              **{f"/a/{n}": article_route(n) for n in (1, 2, 3)}}
    result, asked, _ = crawl_one_page_at_a_time(routes, db, max_pages=3)
    assert result.returncode == 0, result.stderr
    assert asked == ["/", "/a/1", "/go", "/old", "/a/2"], asked
    assert "reached --max-pages (3 pages)" in result.stdout and "pages fetched: 3 " in result.stdout, result.stdout
    assert rows(db, "SELECT count(*) FROM fetches WHERE outcome = 'stored'") == [(2,)]
    assert rows(db, "SELECT count(*) FROM fetches WHERE outcome = 'redirect'") == [(2,)]


# -- 13: scrapy crawl -O ------------------------------------------------------------


def test_scrapy_crawl_writes_article_records_to_a_feed(tmp_path: Path) -> None:
    with SlowSite(stories=4, stall=0) as site:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"seeds={site.base_url}/",
             "-O", str(tmp_path / "out.jsonl"), "-s", f"CLIPPINGS_DB={tmp_path / 's.db'}",
             "-s", "DOWNLOAD_DELAY=0"],
            capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "RANDOMIZE_DOWNLOAD_DELAY" not in result.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sorted(r["title"] for r in records) == [f"Story {n}" for n in range(1, 5)]
    assert all(r["body"].startswith("Story ") and r["canonical_url"].startswith(site.base_url) for r in records)


# -- 14: export destinations -------------------------------------------------------------


def test_export_to_a_missing_folder_or_unwritable_file_is_one_line(archive_copy: Path, tmp_path: Path) -> None:
    line = one_error_line(clippings("export", str(archive_copy), "-o", str(tmp_path / "nodir" / "out.csv")))
    assert "cannot write" in line and "nodir" in line
    locked = tmp_path / "locked.jsonl"
    locked.write_text("")
    locked.chmod(0o444)
    below_a_file = one_error_line(clippings("export", str(archive_copy), "-o", str(locked / "out.csv")))
    assert "cannot write" in below_a_file and "is not a folder" in below_a_file  # unwritable, even for root
    if not os.access(locked, os.W_OK):  # root may write a read-only file, so only others check it
        assert "Permission denied" in one_error_line(clippings("export", str(archive_copy), "-o", str(locked)))
    assert locked.read_text() == ""


def test_export_dash_writes_to_stdout(archive_copy: Path, tmp_path: Path) -> None:
    result = clippings("export", str(archive_copy), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "-").exists()
    count = rows(archive_copy, "SELECT count(*) FROM articles")[0][0]
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == count


# -- 15: extract goes on past a bad file ----------------------------------------------------


def test_extract_reports_a_missing_file_and_goes_on(tmp_path: Path) -> None:
    for name, number in (("a.html", 1), ("b.html", 2)):
        (tmp_path / name).write_text(article_html(number), encoding="utf-8")
    result = clippings("extract", "a.html", "missing.html", "b.html", cwd=tmp_path)
    assert result.returncode == 1
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Story 1", "Story 2"]
    assert result.stderr.strip() == "clippings: error: no such file: missing.html"


# -- issue 12: the conventions of command-line tools ----------------------------------------


@pytest.mark.parametrize("args", [["-h"], ["crawl", "-h"], ["stats", "-h"], ["demo", "-h"]])
def test_dash_h_is_help(args: list[str]) -> None:
    result = clippings(*args)
    assert result.returncode == 0 and result.stdout.startswith("Usage: ")


def test_seeds_from_a_file_and_stdin_quietly(tmp_path: Path) -> None:
    with SlowSite(stories=3, stall=0) as site:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(f"# my seeds\n{site.base_url}/story/1\n\n{site.base_url}/story/2  # second\n")
        result = clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "a.db"), "--delay", "0",
                           "--depth", "0", "--quiet")
        assert result.returncode == 0, result.stderr
        assert result.stdout == "" and result.stderr == ""
        piped = forkrun.run(
            [sys.executable, "-m", "crawler.cli", "crawl", "-i", "-", "--db", str(tmp_path / "b.db"),
             "--delay", "0", "--depth", "0"],
            input=f"{site.base_url}/story/3\n", capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert "new articles: 1," in piped.stdout
    assert rows(tmp_path / "a.db", "SELECT title FROM articles ORDER BY title") == [("Story 1",), ("Story 2",)]
    assert rows(tmp_path / "b.db", "SELECT title FROM articles") == [("Story 3",)]


def test_user_agent_contact_settings_and_no_warc(tmp_path: Path) -> None:
    with SlowSite(stories=1, stall=0) as site:
        result = clippings("crawl", site.base_url + "/story/1", "--db", str(tmp_path / "a.db"),
                           "--delay", "0", "--contact", "archive@example.org", "--no-warc",
                           "-s", "DOWNLOAD_TIMEOUT=7")
        assert result.returncode == 0, result.stderr
        assert site.agents and all(a.startswith("Clippings/") and "archive@example.org" in a for a in site.agents)
        site.agents.clear()
        result = clippings("crawl", site.base_url + "/story/1", "--db", str(tmp_path / "b.db"),
                           "--delay", "0", "--user-agent", "UniLibraryBot/2.0", "--contact", "https://lib.example/bot")
        assert result.returncode == 0, result.stderr
        assert set(site.agents) == {"UniLibraryBot/2.0 (https://lib.example/bot)"}
    assert not (tmp_path / "a-warc").exists() and list((tmp_path / "b-warc").glob("*.warc.gz"))
    assert json.loads(rows(tmp_path / "a.db", "SELECT stats FROM crawls")[0][0])["clippings/crawl_id"] == 1
    for bad, message in ((["-s", "download_timeout=3"], "expected KEY=VALUE"),
                         (["--contact", "nobody"], "is not an e-mail address")):
        assert message in one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db",
                                                   str(tmp_path / "c.db"), *bad))


def test_stats_is_plain_text_or_json(archive_copy: Path) -> None:
    text = clippings("stats", str(archive_copy))
    assert text.returncode == 0, text.stderr
    assert "{" not in text.stdout and "None" not in text.stdout
    count = rows(archive_copy, "SELECT count(*) FROM articles")[0][0]
    assert re.search(rf"^articles:\s+{count} \({count} live, 0 gone\)$", text.stdout, re.M)
    assert re.search(r"^crawls:\s+1 \(1 finished\), last started \d{4}-", text.stdout, re.M)
    figures = json.loads(clippings("stats", str(archive_copy), "--json").stdout)
    assert figures["articles"]["total"] == count


def test_summary_counts_new_articles_and_new_versions_in_words(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with SlowSite(stories=3, stall=0) as site:
        first = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
        site.edition = 2
        site.stories = 4
        second = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0")
    assert "crawl 1 finished in" in first.stdout
    assert "new articles: 3, new versions: 0, unchanged: 0, gone: 0" in first.stdout
    assert "new articles: 1, new versions: 3, unchanged: 0, gone: 0" in second.stdout
    for out in (first.stdout, second.stdout):
        assert "None" not in out and "closespider" not in out and "{" not in out


def test_search_reports_fts_syntax_errors_with_a_hint(archive_copy: Path) -> None:
    line = one_error_line(clippings("search", str(archive_copy), "ferry AND"))
    assert "is not valid FTS5 syntax" in line and "--quote" in line
    quoted = clippings("search", str(archive_copy), "ferry AND", "--quote")
    assert quoted.returncode == 0 and "Traceback" not in quoted.stderr


def read_pty(argv: list[str]) -> tuple[int, str]:
    """Run ``argv`` with a pseudo-terminal as stdout and stderr; its exit code and output."""
    main, child = pty.openpty()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=child, stderr=child, cwd=ROOT, env=ENV)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the child side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_progress_is_redrawn_on_a_terminal_and_silent_in_a_pipe(tmp_path: Path) -> None:
    with SlowSite(stories=10, delay=0.3, stall=0) as site:
        code, shown = read_pty([sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/",
                                "--db", str(tmp_path / "a.db"), "--delay", "0",
                                "-s", "CLIPPINGS_PROGRESS_INTERVAL=0.2"])
        assert code == 0, shown
        assert re.search(r"\r\x1b\[2K\[\s*[0-9.]+s\] pages fetched: \d+", shown)
        assert "\x1b[1A\r\x1b[2K" in shown  # the line is drawn again in place
        piped = clippings("crawl", site.base_url + "/", "--db", str(tmp_path / "b.db"), "--delay", "0",
                          "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")  # over 3 s: a progress period and more
    assert piped.returncode == 0, piped.stderr
    assert "pages fetched" not in piped.stderr and "\x1b[" not in piped.stderr + piped.stdout


def test_site_list_progress_names_each_site(tmp_path: Path) -> None:
    """Each site's progress line starts with its name; a carriage return in a name is
    shown escaped (it sent the cursor back over the line)."""
    with SlowSite(stories=8, delay=0.3, stall=0) as alpha, SlowSite(stories=8, delay=0.3, stall=0) as beta:
        sites = tmp_path / "sites.toml"
        sites.write_text(f'[[site]]\nname = "Alpha"\nseeds = ["{alpha.base_url}/"]\ndelay = 0\n\n'
                         f'[[site]]\nname = "Be\\rta"\nseeds = ["{beta.base_url}/"]\ndelay = 0\n', encoding="utf-8")
        code, shown = read_pty([sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites),
                                "--db", str(tmp_path / "a.db"), "-s", "CLIPPINGS_PROGRESS_INTERVAL=0.2"])
    assert code == 0, shown
    assert re.search(r"\] Alpha: pages fetched: \d+", shown)
    assert re.search(r"\] 'Be\\rta': pages fetched: \d+", shown), shown
    assert "\x1b[2A" in shown  # both lines redrawn as one block


# -- clippings demo ------------------------------------------------------------------------


def test_demo_twice_into_one_archive_stores_nothing_twice(tmp_path: Path) -> None:
    from tests.support.demo_truth import all_article_paths

    db = tmp_path / "demo.db"
    # The first run serves and crawls the whole sample site, started outside the checkout,
    # as users run it: with the extraction pool (one process per core; the suite runs without).
    first = clippings("demo", "--db", str(db), "--port", "0", cwd=tmp_path, timeout=300, env=POOL_ENV)
    assert first.returncode == 0, first.stderr
    port = re.search(r"sample site at http://127\.0\.0\.1:(\d+)/ \(port (\d+)\)", first.stderr)
    assert port and port.group(1) == port.group(2)
    assert f"new articles: {len(all_article_paths(1))}, new versions: 0" in first.stdout
    assert "browse it: clippings serve" in first.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(len(all_article_paths(1)),)]
    assert list((tmp_path / "demo-warc").glob("crawl-0001-*.warc.gz"))
    counts = rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM versions)")
    second = clippings("demo", "--db", str(db), timeout=300)
    assert second.returncode == 0, second.stderr
    assert f"(port {port.group(1)})" in second.stderr
    assert rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM versions)") == counts
    assert "new articles: 0, new versions: 0" in second.stdout


def test_demo_on_a_busy_port_says_so(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_error_line(clippings("demo", "--db", str(tmp_path / "d.db"), "--port", str(port)))
    assert f"port {port} is busy" in line
    assert not (tmp_path / "d.db").exists()


def test_demo_moves_off_a_busy_default_port_and_says_so(tmp_path: Path) -> None:
    from crawler.cli import DEMO_PORT

    with socket.socket() as busy:
        try:
            busy.bind(("127.0.0.1", DEMO_PORT))
            busy.listen()
        except OSError:
            pass  # something else holds the port: it is busy all the same
        result = clippings("demo", "--db", str(tmp_path / "d.db"), timeout=300)
    assert result.returncode == 0, result.stderr
    moved = re.search(rf"port {DEMO_PORT} is busy: serving the sample site on port (\d+) instead", result.stderr)
    assert moved and f"sample site at http://127.0.0.1:{moved.group(1)}/" in result.stderr


def test_demo_snapshot_makes_an_archive_with_versions(tmp_path: Path) -> None:
    db = tmp_path / "snap.db"
    result = clippings("demo", "--snapshot", "--db", str(db), "--port", "0", timeout=300)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT status) FROM crawls WHERE status = 'finished'") == [(2, 1)]
    changed = rows(db, "SELECT count(*) FROM articles WHERE version_count > 1")[0][0]
    assert changed > 0
    assert "new versions: 0" not in result.stdout.split("crawl 2")[1]
    again = clippings("demo", "--snapshot", "--db", str(db))
    assert "already holds a crawl" in one_error_line(again)


def test_scrapy_crawl_respects_the_writer_lock(archive_copy: Path) -> None:
    from archive.db import writer_lock

    with SlowSite(stories=2, stall=0) as site, writer_lock(archive_copy):
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"seeds={site.base_url}/",
             "-s", f"CLIPPINGS_DB={archive_copy}", "-s", "LOG_LEVEL=ERROR"],
            capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
        assert result.returncode != 0
        assert f"{archive_copy} is being written by clippings pid {os.getpid()}" in result.stderr
        assert site.paths == []


def test_the_writer_lock_holds_through_a_symlink_to_the_archive(archive_copy: Path, tmp_path: Path) -> None:
    """One archive file, one lock, whichever name a writer opens it by."""
    from archive.db import writer_lock

    link = tmp_path / "link.db"
    link.symlink_to(archive_copy)
    before = digest(archive_copy)
    with writer_lock(archive_copy):
        line = one_error_line(clippings("reextract", str(link)))
    assert line.startswith(f"clippings: error: {link} is being written by clippings pid {os.getpid()}"), line
    with writer_lock(link):
        line = one_error_line(clippings("reextract", str(archive_copy)))
    assert line.startswith(f"clippings: error: {archive_copy} is being written by clippings pid"), line
    assert digest(archive_copy) == before
    assert not Path(f"{link}.lock").exists()


def test_reextract_and_import_warc_hold_the_writer_lock(archive_copy: Path) -> None:
    from archive.db import writer_lock

    with writer_lock(archive_copy):
        line = one_error_line(clippings("reextract", str(archive_copy)))
    assert "is being written by clippings pid" in line
