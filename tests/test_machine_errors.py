"""A download this machine fails (no file descriptor left: ``socket()``'s EMFILE; a
full disk, no memory, a local firewall alike) is not the site's failure: it is logged
as an error, counted (``clippings/machine_errors/EMFILE``), said in the summary, and
its row says so; the crawl that continues fetches the page again. It was a row among
the network's errors ("ConnectBindError: Couldn't bind: 24: Too many open files."),
nothing logged. A real crawl of a site on 127.0.0.1, its process's open-file limit
really lowered (``prlimit``) while it waits for robots.txt."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path
from typing import IO

from tests.conftest import ENV, ROOT
from tests.fault_site import FaultHandler, FaultServer, Route, serving
from tests.test_cli_runs import wait_for
from tests.test_story_pages_crawl import FAST


def read_lines(stream: IO[str], into: list[str]) -> threading.Thread:
    thread = threading.Thread(target=lambda: into.extend(iter(stream.readline, "")), daemon=True)
    thread.start()
    return thread


def test_a_download_this_machine_fails_is_said_as_such(tmp_path: Path) -> None:
    """``/a`` redirects to ``/c`` once the crawl's limit is down to the descriptors it
    has open: the request for ``/c`` cannot open its connection (every answer closes
    its own). ``/slow`` keeps the crawl going until the limit is back."""
    a_asked, slow_asked, limited, released = (threading.Event() for _ in range(4))
    closing_header = {"Connection": "close"}

    def waiting(asked: threading.Event, until: threading.Event, answer: Route) -> Route:
        def route(h: FaultHandler, q: dict[str, list[str]]) -> None:
            asked.set()
            until.wait(60)
            answer(h, q)
        return route

    def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
        page = "<html><body><h1>Latest</h1><a href='/a'>A</a> <a href='/slow'>Slow</a></body></html>"
        return {"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain", closing_header),
                "/": lambda h, q: h.send_bytes(200, page.encode(), headers=closing_header),
                "/a": waiting(a_asked, limited, lambda h, q: h.send_bytes(302, b"", headers={"Location": "/c", **closing_header})),
                "/slow": waiting(slow_asked, released, lambda h, q: h.send_bytes(200, b"<html></html>", headers=closing_header))}

    db = tmp_path / "news.db"
    with serving(routes) as site:
        process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.base_url + "/", "--db", str(db),
                                    "--delay", "0", *FAST, "-v"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   cwd=ROOT, env=ENV)
        out: list[str] = []
        err: list[str] = []
        readers = [read_lines(process.stdout, out), read_lines(process.stderr, err)]  # type: ignore[arg-type]
        try:
            wait_for(lambda: a_asked.is_set() and slow_asked.is_set(), "the crawl asking for /a and /slow", timeout=120)
            soft, hard = resource.prlimit(process.pid, resource.RLIMIT_NOFILE)
            resource.prlimit(process.pid, resource.RLIMIT_NOFILE, (3, hard))  # (every descriptor past 2 is open)
            limited.set()
            try:
                wait_for(lambda: any("failed on this machine" in line for line in err), "the failure logged", timeout=60)
            except AssertionError:
                raise AssertionError("".join(err)[-4000:]) from None
            resource.prlimit(process.pid, resource.RLIMIT_NOFILE, (soft, hard))
            released.set()
            process.wait(timeout=120)
        finally:
            limited.set()
            released.set()
            if process.poll() is None:
                process.kill()
                process.wait()
            for reader in readers:
                reader.join(timeout=10)
    assert process.returncode == 0, "".join(err)[-3000:]
    page = site.base_url + "/c"
    errors = [line for line in err if "] ERROR: the download of " in line]
    assert errors and errors[0].split("] ERROR: ", 1)[1].startswith(
        f"the download of {page} failed on this machine, not the site (EMFILE: Too many open files "
        "(this process's limit: ulimit -n)): "), "".join(err)[-3000:]
    with closing(sqlite3.connect(db)) as conn:
        (reason,) = conn.execute("SELECT reason FROM fetches WHERE url = ?", [page]).fetchone()
        stats = json.loads(conn.execute("SELECT stats FROM crawls").fetchone()[0])
    assert reason.startswith("failed on this machine, not the site (EMFILE: Too many open files "), reason
    assert "Too many open files" in reason.split("): ", 1)[1], reason
    assert stats.get("clippings/machine_errors/EMFILE", 0) >= 1, stats
    assert not [key for key in stats if key.startswith("clippings/unexpected_errors/")], stats
    summary = [line for line in out if line.startswith("failed on this machine: ")]
    assert summary and summary[0].startswith("failed on this machine: 1 (EMFILE: 1): not the sites' fault"), "".join(out)


def test_a_robots_txt_this_machine_fails_says_so(tmp_path: Path) -> None:
    """Site A's robots.txt redirects (once the limit is down) to a file its request
    cannot open a connection for: the site stays disallowed (none of its pages is
    fetched without its rules), the line and the seed's failure say it is this
    machine's, and it is counted. Site B's ``/slow`` keeps the crawl going until the
    limit is back. (The line read "the robots.txt of A could not be read (Couldn't
    bind: 24: Too many open files.)", the site's fault as far as it said.)"""
    asked, slow_asked, limited, released = (threading.Event() for _ in range(4))
    closing_header = {"Connection": "close"}

    def robots(h: FaultHandler, q: dict[str, list[str]]) -> None:
        asked.set()
        limited.wait(60)
        h.send_bytes(302, b"", headers={"Location": "/robots-moved.txt", **closing_header})

    def slow(h: FaultHandler, q: dict[str, list[str]]) -> None:
        slow_asked.set()
        released.wait(60)
        h.send_bytes(200, b"<html></html>", headers=closing_header)

    def site_a(holder: dict[str, FaultServer]) -> dict[str, Route]:
        return {"/robots.txt": robots, "/": lambda h, q: h.html("<html><body>A</body></html>")}

    def site_b(holder: dict[str, FaultServer]) -> dict[str, Route]:
        return {"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                "/slow": slow}

    db = tmp_path / "news.db"
    with serving(site_a) as a, serving(site_b) as b:
        process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", a.base_url + "/", b.base_url + "/slow",
                                    "--db", str(db), "--delay", "0", *FAST, "-v"], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV)
        out: list[str] = []
        err: list[str] = []
        readers = [read_lines(process.stdout, out), read_lines(process.stderr, err)]  # type: ignore[arg-type]
        try:
            wait_for(lambda: asked.is_set() and slow_asked.is_set(), "the crawl asking for robots.txt and /slow",
                     timeout=120)
            soft, hard = resource.prlimit(process.pid, resource.RLIMIT_NOFILE)
            resource.prlimit(process.pid, resource.RLIMIT_NOFILE, (3, hard))
            limited.set()
            try:
                wait_for(lambda: any("could not be read (failed on this machine" in line for line in err),
                         "the failure logged", timeout=60)
            except AssertionError:
                raise AssertionError("".join(err)[-4000:]) from None
            resource.prlimit(process.pid, resource.RLIMIT_NOFILE, (soft, hard))
            released.set()
            process.wait(timeout=120)
        finally:
            limited.set()
            released.set()
            if process.poll() is None:
                process.kill()
                process.wait()
            for reader in readers:
                reader.join(timeout=10)
    netloc = a.base_url.removeprefix("http://")
    lines = [line.split("] ERROR: ", 1)[1] for line in err if "] ERROR: the robots.txt of " in line]
    assert lines and lines[0].startswith(
        f"the robots.txt of {netloc} could not be read (failed on this machine, not the site (EMFILE: Too many open "
        "files (this process's limit: ulimit -n)): "), "".join(err)[-3000:]
    assert lines[0].endswith(f"every page of {netloc} is disallowed for this crawl (RFC 9309: an unreachable "
                             "robots.txt means complete disallow)\n"), lines[0]
    assert "/" not in a.requests and "/robots-moved.txt" not in a.requests, a.requests
    with closing(sqlite3.connect(db)) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawls").fetchone()[0])
    assert stats.get("clippings/machine_errors/EMFILE", 0) >= 1, stats
