"""A page whose body its site compressed wrongly (``Content-Encoding: deflate``,
``gzip``, ``br`` or ``zstd`` over bytes that are none of these): the site's fault, an
ordinary failure of the page (its error row), not "unexpected errors: 3 (error: 2,
ZstdError: 1): a bug in a middleware or in Clippings" with a traceback each (zlib's,
brotli's and zstd's exceptions were not among a download's failures; gzip's
BadGzipFile is an OSError). A real crawl of a site on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.conftest import crawl
from tests.fault_site import FaultServer, Route, serving
from tests.test_story_pages_crawl import FAST

GARBAGE = b"this is not compressed at all, whatever the header says " * 20
CODINGS = ("deflate", "gzip", "br", "zstd")


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    links = " ".join(f"<a href='/news/{coding}.html'>{coding}</a>" for coding in CODINGS)
    table: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><body><h1>Latest</h1>{links}</body></html>"),
    }
    for coding in CODINGS:
        table[f"/news/{coding}.html"] = (lambda c: lambda h, q: h.send_bytes(
            200, GARBAGE, headers={"Content-Encoding": c}))(coding)
    return table


def test_a_body_compressed_wrongly_is_an_ordinary_failure(tmp_path: Path) -> None:
    with serving(routes) as site:
        run = crawl(tmp_path / "news.db", site.base_url + "/", extra=(*FAST, "-v"))
    with closing(sqlite3.connect(run.db)) as conn:
        fetches = {url.removeprefix(site.base_url): (outcome, reason) for url, outcome, reason in
                   conn.execute("SELECT url, outcome, reason FROM fetches")}
        stats = json.loads(conn.execute("SELECT stats FROM crawls").fetchone()[0])
    assert all(fetches[f"/news/{coding}.html"][0] == "error" for coding in CODINGS), fetches
    assert not [key for key in stats if key.startswith("clippings/unexpected_errors/")], stats
    assert "unexpected" not in run.stdout + run.stderr, (run.stdout + run.stderr)[-3000:]
