"""A page whose body its site compressed wrongly (``Content-Encoding: deflate``,
``gzip``, ``br`` or ``zstd`` over bytes that are none of these): the site's fault, an
ordinary failure of the page (its error row), not "unexpected errors: 3 (error: 2,
ZstdError: 1): a bug in a middleware or in Clippings" with a traceback each (zlib's,
brotli's and zstd's exceptions were not among a download's failures; gzip's
BadGzipFile is an OSError). Its row says what failed in words, keeping the
decompressor's exception: it read "error: Error -3 while decompressing data: invalid
stored block lengths" (zlib's exception is named ``error``). A real crawl of a site
on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.conftest import crawl
from tests.fault_site import FaultServer, Route, serving
from tests.test_story_pages_crawl import FAST

GARBAGE = b"this is not compressed at all, whatever the header says " * 20
CODINGS = ("deflate", "gzip", "br", "zstd")


def damaged_gzip() -> bytes:
    """A page gzipped in stored blocks, its first block's length check overwritten."""
    data = bytearray(gzip.compress(b"<html><body><p>" + b"text " * 600 + b"</p></body></html>", compresslevel=0))
    data[13] ^= 0xFF  # (10 bytes of header, the block's type, then LEN and NLEN)
    return bytes(data)


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    links = " ".join(f"<a href='/news/{coding}.html'>{coding}</a>" for coding in CODINGS)
    links += " <a href='/news/damaged.html'>damaged</a>"
    table: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><body><h1>Latest</h1>{links}</body></html>"),
    }
    for coding in CODINGS:
        table[f"/news/{coding}.html"] = (lambda c: lambda h, q: h.send_bytes(
            200, GARBAGE, headers={"Content-Encoding": c}))(coding)
    table["/news/damaged.html"] = lambda h, q: h.send_bytes(200, damaged_gzip(), headers={"Content-Encoding": "gzip"})
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
    opening = "BodyNotDecoded: the answer's body could not be decompressed (Content-Encoding: "
    assert fetches["/news/damaged.html"][1] == f"{opening}gzip): invalid stored block lengths (zlib.error)", fetches
    assert fetches["/news/gzip.html"][1].startswith(f"{opening}gzip): Not a gzipped file ("), fetches
    assert fetches["/news/gzip.html"][1].endswith(" (gzip.BadGzipFile)"), fetches
    assert fetches["/news/deflate.html"][1].startswith(f"{opening}deflate): "), fetches
    assert fetches["/news/deflate.html"][1].endswith(" (zlib.error)"), fetches
    for coding in ("br", "zstd"):
        assert fetches[f"/news/{coding}.html"][1].startswith(f"{opening}{coding}): "), fetches
