"""A request that fails with an exception no network, server or refusal of the
crawl's raises (a bug in a middleware, in Clippings' own code) is seen: logged as
an error with its traceback and counted (``clippings/unexpected_errors/<type>``),
its ``fetches`` row written as before; an ordinary failure (a refused connection,
an HTTP error) stays a row, not an error with a traceback. A story's later page
that fails so too (its errback is the story's). Real crawls of a site on
127.0.0.1, the bug a downloader middleware's."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from crawler import settings as project
from tests.conftest import crawl
from tests.fault_site import FaultServer, Route, serving
from tests.test_story_pages_crawl import FAST, story_page

BUGGY = {**project.DOWNLOADER_MIDDLEWARES, "tests.support.buggy_middleware.BuggyMiddleware": 560}
STORY = "/news/harbour-ferry-plan-approved.html"
LATER = "/news/harbour-ferry-plan-approved_2.html"  # (the middleware raises for it too)


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    def article(path: str, title: str, part: int = 1, pager: str = "") -> Route:
        return lambda h, q: h.html(story_page(title, part, pager, holder["site"].base_url + path))

    pager = f"<div class='pagination'><span>1</span> <a href='{LATER}'>2</a> <a rel='next' href='{LATER}'>Next</a></div>"
    return {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html("<html><body><h1>Latest</h1><a href='/news/fine.html'>Fine</a> "
                                 "<a href='/news/buggy.html'>Buggy</a> <a href='/news/gone.html'>Gone</a> "
                                 f"<a href='/news/missing.html'>Missing</a> <a href='{STORY}'>Ferry</a></body></html>"),
        "/news/fine.html": article("/news/fine.html", "Fine story"),
        "/news/buggy.html": article("/news/buggy.html", "Never fetched"),
        "/news/gone.html": article("/news/gone.html", "Never fetched"),
        STORY: article(STORY, "Ferry plan approved", 1, pager),
        LATER: article(LATER, "Ferry plan approved", 2),
    }


def test_a_bugs_exception_is_logged_with_its_traceback_and_counted(tmp_path: Path) -> None:
    with serving(routes) as site:
        middlewares = ("-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(BUGGY)}")
        quiet = crawl(tmp_path / "quiet.db", site.base_url + "/", extra=(*FAST, *middlewares))
        run = crawl(tmp_path / "bug.db", site.base_url + "/", extra=(*FAST, *middlewares, "-v"))
    assert quiet.returncode == 0 and run.returncode == 0, quiet.stderr + run.stderr
    with closing(sqlite3.connect(run.db)) as conn:
        fetches = {url.removeprefix(site.base_url): (outcome, reason) for url, outcome, reason in
                   conn.execute("SELECT url, outcome, reason FROM fetches")}
        stats = json.loads(conn.execute("SELECT stats FROM crawls").fetchone()[0])
        (provenance,) = conn.execute("SELECT provenance FROM articles WHERE url LIKE '%ferry%'").fetchone()
    # every row as before
    assert fetches["/news/buggy.html"] == ("error", "KeyError: 'missing'"), fetches
    assert fetches["/news/gone.html"][0] == "error" and "ConnectionRefusedError" in fetches["/news/gone.html"][1]
    assert fetches["/news/missing.html"] == ("error", "HTTP 404"), fetches
    assert fetches[LATER][0] == "error" and fetches[LATER][1].startswith("KeyError: 'missing'; page 2"), fetches
    assert "KeyError" in json.loads(provenance)["pages_missing"]  # the story stored with the page it has
    # the bug's two, seen: counted, said in the summary, and each an error with its traceback (-v)
    assert stats["clippings/unexpected_errors/KeyError"] == 2, stats
    assert not [key for key in stats if key.startswith("clippings/unexpected_errors/") and "KeyError" not in key]
    assert ("unexpected errors: 2 (KeyError: 2): a bug in a middleware or in Clippings, not the sites; their error "
            "rows name the pages, -v shows each traceback") in quiet.stdout.splitlines(), quiet.stdout
    errors = [line for line in run.stderr.splitlines() if "] ERROR: unexpected KeyError on " in line]
    assert sorted(line.split(" on ")[1].split()[0].removeprefix(site.base_url) for line in errors) == sorted(
        ["/news/buggy.html", LATER]), run.stderr[-3000:]
    assert run.stderr.count('buggy_middleware.py", line') == 2, run.stderr[-3000:]
    # the ordinary failures (a refused connection: Scrapy's one line "Gave up retrying"; a 404): no traceback
    assert run.stderr.count("Traceback (most recent call last):") == 2, run.stderr[-3000:]
    assert not [line for line in run.stderr.splitlines() if "unexpected" in line and "gone.html" in line]
