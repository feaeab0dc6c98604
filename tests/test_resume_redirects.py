"""Redirects in a crawl that is stopped and continued (``crawler/frontier.py``).

Real crawls (``clippings crawl`` in a subprocess) of a real site on 127.0.0.1,
real SQLite files. A redirect whose target the crawl drops unfetched (the
duplicate filter: a redirect loop, a redirect to a page this crawl asked for;
a target done by the crawl this one continues; a target that is a seed) ends its
chain: the URLs redirected are done, not left pending for every crawl that
continues this one to fetch again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import clippings
from tests.fault_site import FaultServer, Route, serve
from tests.support.slow_site import article_html

#: The home page's links, in the order the crawl asks for them (one request at a time).
HOME_LINKS = ("/a/1", "/1/loop", "/1/home", "/1/done", "/a/2")


def article_route(number: int) -> Route:
    return lambda h, q: h.html(article_html(number))


def home(h, q) -> None:  # type: ignore[no-untyped-def]
    links = "".join(f"<li><a href='{path}'>{path}</a></li>" for path in HOME_LINKS)
    h.html(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>")


@pytest.fixture
def site() -> Iterator[FaultServer]:
    routes: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": home,
        "/1/loop": lambda h, q: h.redirect("/1/loop2"),  # a loop: /1/loop2 sends back to /1/loop
        "/1/loop2": lambda h, q: h.redirect("/1/loop"),
        "/1/home": lambda h, q: h.redirect("/"),  # to the seed
        "/1/done": lambda h, q: h.redirect("/a/1"),  # to a page the first crawl stored
        **{f"/a/{n}": article_route(n) for n in (1, 2)},
    }
    server = serve(routes)
    yield server
    server.shutdown()
    server.server_close()


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(sql, params).fetchall()


def crawl(site: FaultServer, db: Path, *extra: str) -> list[str]:
    """A crawl, one request at a time; the paths it asked for."""
    before = len(site.requests)
    result = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--processes", "0",
                       "-s", "CONCURRENT_REQUESTS=1", *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return [path for path in site.requests[before:] if path != "/robots.txt"]


def states(site: FaultServer, db: Path) -> dict[str, str]:
    return {url.removeprefix(site.base_url): state for url, state in rows(db, "SELECT url, state FROM frontier")}


def test_a_redirect_whose_target_is_dropped_unfetched_is_done_not_fetched_by_every_continuation(
        site: FaultServer, tmp_path: Path) -> None:
    """The continuations' redirects (one to a page the first crawl stored, one to
    the seed, a loop) have their targets dropped unfetched, and the URLs
    redirected are done. (Before, they stayed pending: every crawl that continued
    fetched them again, first of all (a redirect's target is asked at a higher
    priority), and ``--max-pages 3`` run again and again fetched them and nothing
    else, for ever.) Such a redirect brings no page, so it gives its slot of
    ``--max-pages`` back, as many times as the limit: ``--max-pages 1`` fetches
    the redirect to the stored page, then the one to the seed (a slot given back
    already: the limit), and the next crawl the loop, then a page."""
    db = tmp_path / "news.db"
    assert crawl(site, db, "--max-pages", "2") == ["/", "/a/1"]
    assert crawl(site, db, "--max-pages", "1") == ["/1/done", "/1/home"]
    assert states(site, db) == {"/": "done", "/a/1": "done", "/1/loop": "pending", "/1/home": "done",
                                "/1/done": "done", "/a/2": "pending"}
    assert crawl(site, db, "--max-pages", "1") == ["/1/loop", "/1/loop2", "/a/2"]
    assert rows(db, "SELECT count(*) FROM frontier") == [(0,)]
    assert rows(db, "SELECT url, count(*) FROM fetches GROUP BY url HAVING count(*) > 1") == []
    assert rows(db, "SELECT count(*) FROM fetches WHERE outcome = 'redirect'") == [(4,)]
    assert [json.loads(settings).get("resumes") for (settings,) in rows(db, "SELECT settings FROM crawls")] == [
        None, 1, 2]


def test_where_a_seed_asked_again_was_redirected_is_fetched_once(tmp_path: Path) -> None:
    """A crawl stopped while the target of a seed's redirect waited (its row noted
    with another page's record, not fetched): the crawl that continues asks the
    seed again, which follows its redirect again, so the target's row is not
    asked too. (Before, the page was fetched twice: the seed's redirect goes
    around the duplicate filter, as a seed does.)"""
    home_page = "<html><head><title>Home</title></head><body><a href='/a/1'>1</a></body></html>"
    server = serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                    "/": lambda h, q: h.redirect("/home"), "/home": lambda h, q: h.html(home_page),
                    "/s1": article_route(5), "/a/1": article_route(1)})
    db = tmp_path / "news.db"
    seeds = (server.base_url + "/s1", server.base_url + "/")
    try:
        first = clippings("crawl", *seeds, "--db", str(db), "--delay", "0", "--processes", "0",
                          "-s", "CONCURRENT_REQUESTS=1", "--max-pages", "1")
        assert first.returncode == 0, first.stdout + first.stderr
        # The seed's redirect as the first crawl notes it (meta and priority), before its target is fetched.
        meta = {"seed": server.base_url + "/", "redirect_urls": [server.base_url + "/"], "redirect_times": 1,
                "redirect_ttl": 19, "redirect_reasons": [302]}
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("INSERT INTO frontier (crawl_id, url, state, meta, priority) VALUES (1, ?, 'pending', ?, 2)",
                         (server.base_url + "/home", json.dumps(meta)))
        before = len(server.requests)
        second = clippings("crawl", *seeds, "--db", str(db), "--delay", "0", "--processes", "0",
                           "-s", "CONCURRENT_REQUESTS=1")
        asked = [path for path in server.requests[before:] if path != "/robots.txt"]
    finally:
        server.shutdown()
        server.server_close()
    assert second.returncode == 0, second.stdout + second.stderr
    assert "continued crawl 1: 1 page it had found and not fetched" in second.stdout, second.stdout
    assert asked == ["/", "/home", "/a/1"], asked
    assert rows(db, "SELECT count(*) FROM frontier") == [(0,)]


def test_a_redirect_the_crawl_does_not_follow_is_done_not_fetched_by_every_continuation(tmp_path: Path) -> None:
    """A redirect the crawl does not follow (to ``mailto:``, to a URL past
    URLLENGTH_LIMIT) is answered: its ``redirect`` row says where to and why not,
    and its URL is done. (Before, it stayed pending: every crawl that continued
    this one fetched it again, first of all, and wrote the same row again.)"""
    links = "".join(f"<li><a href='{path}'>{path}</a></li>" for path in ("/go", "/long", "/a/1", "/a/2"))
    server = serve({
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>"),
        "/go": lambda h, q: h.redirect("mailto:desk@example.com"),
        "/long": lambda h, q: h.redirect("/a/" + "x" * 2100),
        **{f"/a/{n}": article_route(n) for n in (1, 2)}})
    db = tmp_path / "news.db"
    try:
        assert crawl(server, db, "--max-pages", "2") == ["/", "/go", "/long", "/a/1"]
        assert states(server, db) == {"/": "done", "/go": "done", "/long": "done", "/a/1": "done",
                                      "/a/2": "pending"}
        assert crawl(server, db) == ["/a/2"]
    finally:
        server.shutdown()
        server.server_close()
    assert rows(db, "SELECT url, count(*) FROM fetches GROUP BY url HAVING count(*) > 1") == []
