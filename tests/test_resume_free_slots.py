"""``--max-pages`` on a crawl that continues an unfinished one (issue #8): a slot
given back after the limit, once no request is kept or waiting for it, goes to
the next frontier row the crawl had not read yet.

Real parts: an HTTP server on 127.0.0.1, ``clippings crawl`` in subprocesses,
the archive's frontier in SQLite.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from crawler import settings as project
from tests.conftest import clippings
from tests.fault_site import FaultHandler, Route, serve

# The project's middlewares and the one that holds /hold/ pages (a -s setting replaces the project's).
HOLD = {**project.DOWNLOADER_MIDDLEWARES, "tests.support.hold_until_limit.HoldUntilLimitMiddleware": 960}

PAGE = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1><p>{1}</p></article></body></html>"


def page(title: str) -> Route:
    return lambda h, q: h.html(PAGE.format(title, "Words of the story. " * 40))


def crawl(base: str, db: Path, *extra: str) -> str:
    done = clippings("crawl", base + "/", "--db", str(db), "--delay", "0", "--processes", "0", *extra)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_a_slot_given_back_after_the_limit_takes_a_frontier_row_not_read_yet(tmp_path: Path) -> None:
    """A crawl continues one stopped by ``--max-pages``; its frontier holds a page
    counted before the limit that answers after it (``/hold/1``), nine article
    pages (``/c/*``) and nine pages that redirect to a page robots.txt disallows
    (``/r/*``: no page, so each gives its slot back). Two requests at a time,
    four start requests read ahead: ``--max-pages 10`` is reached at ``/r/1``,
    with at most five requests kept for the slots given back after it. ``/hold/1``
    gives its slot back, then each ``/r/`` page sent on a slot given back gives
    it back again: once the kept requests are spent, the slots go to the rows not
    read yet, and every ``/r/`` page is asked for. (Those slots went unused, the
    rows left for the next crawl: at most ``/r/1`` to ``/r/5`` were asked for.)"""
    def redirected(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.redirect("/blocked" + h.path)

    routes: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nDisallow: /blocked/\n", "text/plain"),
        "/": lambda h, q: h.html("<html><body><h1>Home</h1><a href='/x'>x</a></body></html>"),
        "/x": page("Story x"),
        "/hold/1": redirected,
        **{f"/c/{n}": page(f"Story {n}") for n in range(1, 10)},
        **{f"/r/{n}": redirected for n in range(1, 10)},
    }
    server = serve(routes)
    db = tmp_path / "news.db"
    try:
        crawl(server.base_url, db, "--max-pages", "1")  # "/", then /x refused: unfinished
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.executemany(
                "INSERT INTO frontier (crawl_id, url, state, meta, priority) VALUES (1, ?, 'pending', ?, 0)",
                [(f"{server.base_url}{path}", '{"depth": 1}') for path in routes if path.startswith(("/hold/", "/c/", "/r/"))])
        server.requests.clear()
        out = crawl(server.base_url, db, "--max-pages", "10", "-s", "CONCURRENT_REQUESTS=2",
                    "-s", "CLIPPINGS_RESUME_AHEAD=1", "-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(HOLD)}")
    finally:
        server.shutdown()
    assert "continued crawl 1" in out, out
    assert "reached --max-pages" in out, out
    asked = sorted({path for path in server.requests if path.startswith(("/c/", "/r/", "/hold/"))})
    assert asked == ["/c/1", "/c/2", "/c/3", "/c/4", "/c/5", "/c/6", "/c/7", "/c/8", "/c/9", "/hold/1",
                     *(f"/r/{n}" for n in range(1, 10))], server.requests
