"""Real crawls of a site whose answers have heads past any size a browser reads:
header lines by the thousand, interim 1xx answers by the thousand. Nothing bounded
an answer's head (Twisted bounds one header line, ``DOWNLOAD_MAXSIZE`` the body):
a site that sent header lines for ever held a gigabyte of the crawl's memory per
request until ``DOWNLOAD_TIMEOUT``. Each is cut at 256 KiB and named.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.download import MAX_HEAD_BYTES
from tests.conftest import ENV, ROOT, clippings, crawl
from tests.fault_site import FaultHandler, FaultServer, article, serve
from tests.support.slow_site import article_html

FAST = ("--no-warc", "--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
        "-s", "RETRY_TIMES=0")
ALLOW_ALL = b"User-agent: *\nAllow: /\n"
HEAD_CUT = (f"DownloadFailedError: ResponseHeadTooLarge: the answer's headers run past "
            f"{MAX_HEAD_BYTES // 1024} KiB (the cap on an answer's head): not read")


def many_headers(h: FaultHandler, total: int) -> None:
    """Header lines of about ``total`` bytes in all, each well under a line's cap."""
    for number in range(total // 100 + 1):
        h.send_header(f"X-Filler-{number}", "v" * 80)


def front(holder: dict[str, FaultServer], *paths: str) -> Any:
    def route(h: FaultHandler, q: dict[str, list[str]]) -> None:
        links = "".join(f"<a href='{p}'>{p}</a> " for p in paths)
        h.html(article("Front story", "/news/front", base=holder["site"].base_url, extra=links))
    return route


def story(holder: dict[str, FaultServer], path: str, head_bytes: int = 0, interim: int = 0) -> Any:
    """An article at ``path`` whose answer has ``head_bytes`` of extra header lines,
    after ``interim`` bytes of ``102 Processing`` answers."""
    def route(h: FaultHandler, q: dict[str, list[str]]) -> None:
        if interim:
            h.wfile.write(b"HTTP/1.1 102 Processing\r\n\r\n" * (interim // 27 + 1))
        body = article("Story " + path, path, base=holder["site"].base_url).encode()
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        many_headers(h, head_bytes)
        h.end_headers()
        h.wfile.write(body)
    return route


def rows_of(db: Path) -> dict[str, tuple[str, str | None]]:
    rows = sqlite_utils.Database(db).query("select url, outcome, reason from fetches order by id")
    return {r["url"].split("/", 3)[3]: (r["outcome"], r["reason"]) for r in rows}


def test_an_answer_whose_headers_run_past_the_cap_is_an_error_row_naming_it(tmp_path: Path) -> None:
    """Header lines past 256 KiB, or interim 1xx answers past it, fail that page in
    a row naming the cap (not a list of Twisted failures); a page whose head is
    large but under the cap is stored, and so is one after it on the same kept-alive
    connection (the count is each answer's own)."""
    holder: dict[str, FaultServer] = {}
    paths = ["/news/big-head", "/news/interim", "/news/large-1", "/news/large-2", "/news/large-3"]
    server = holder["site"] = serve({
        "/robots.txt": lambda h, q: h.send_bytes(200, ALLOW_ALL, "text/plain"),
        "/news/front": front(holder, *paths),
        "/news/big-head": story(holder, "/news/big-head", head_bytes=MAX_HEAD_BYTES + 50_000),
        "/news/interim": story(holder, "/news/interim", interim=MAX_HEAD_BYTES + 50_000),
        **{p: story(holder, p, head_bytes=MAX_HEAD_BYTES - 60_000) for p in paths[2:]},
    })
    try:
        result = crawl(tmp_path / "heads.db", server.base_url + "/news/front",
                       extra=(*FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"))
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    rows = rows_of(result.db)
    assert rows["news/big-head"] == ("error", HEAD_CUT), rows
    assert rows["news/interim"] == ("error", HEAD_CUT), rows
    assert [rows[p[1:]][0] for p in paths[2:]] == ["stored"] * 3, rows
    stats = json.loads(next(sqlite_utils.Database(result.db).query("select stats from crawls"))["stats"])
    assert stats["downloader/exception_count"] == 2, stats


def test_a_robots_txt_whose_headers_run_past_the_cap_keeps_the_crawl_off_the_site(tmp_path: Path) -> None:
    """A robots.txt that cannot be read keeps the crawl off its site (RFC 9309); the
    refusal names the cap."""
    def robots(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", str(len(ALLOW_ALL)))
        many_headers(h, MAX_HEAD_BYTES + 50_000)
        h.end_headers()
        h.wfile.write(ALLOW_ALL)

    holder: dict[str, FaultServer] = {}
    server = holder["site"] = serve({"/robots.txt": robots, "/news/front": front(holder)})
    try:
        result = crawl(tmp_path / "robots.db", server.base_url + "/news/front", extra=FAST)
    finally:
        server.shutdown()
    assert result.returncode == 1, result.stderr[-3000:]
    assert "/news/front" not in server.counts
    outcome, reason = rows_of(result.db)["news/front"]
    assert outcome == "robots", reason
    assert reason == f"forbidden by robots.txt (it could not be read: {HEAD_CUT.split(': ', 1)[1]})"


def test_an_answer_whose_status_code_is_not_three_digits_is_an_error_row_naming_it(tmp_path: Path) -> None:
    """Twisted takes any integer as the status code: twenty nines passed SQLite's
    integers, the page's ``fetches`` row could not be written, and the page was
    only counted as "lost to errors". Such an answer (and "-200", "42") is an error
    row naming its code; the code shown is cut. So is one from 600 to 999, three
    digits but no HTTP status code (RFC 9110, 15: 100 to 599), which passed."""
    def odd(code: bytes) -> Any:
        def route(h: FaultHandler, q: dict[str, list[str]]) -> None:
            body = b"<html><body><p>odd</p></body></html>"
            h.wfile.write(b"HTTP/1.1 " + code + b" Odd\r\nContent-Type: text/html\r\nContent-Length: "
                          + str(len(body)).encode() + b"\r\n\r\n" + body)
            h.close_connection = True
        return route

    codes = {"/news/nines": b"9" * 30, "/news/negative": b"-200", "/news/two": b"42", "/news/seven": b"700"}
    holder: dict[str, FaultServer] = {}
    server = holder["site"] = serve({"/robots.txt": lambda h, q: h.send_bytes(200, ALLOW_ALL, "text/plain"),
                                     "/news/front": front(holder, *codes),
                                     **{path: odd(code) for path, code in codes.items()}})
    try:
        result = crawl(tmp_path / "codes.db", server.base_url + "/news/front", extra=FAST)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "lost to errors" not in result.stdout, result.stdout
    rows = rows_of(result.db)
    said = "is not a three-digit code from 100 to 599 (RFC 9110, 15): not read"
    assert rows["news/nines"] == ("error", f"InvalidStatusCode: the answer's status code {'9' * 20}… (30 characters) "
                                           f"{said}")
    assert rows["news/negative"] == ("error", f"InvalidStatusCode: the answer's status code -200 {said}")
    assert rows["news/two"] == ("error", f"InvalidStatusCode: the answer's status code 42 {said}")
    assert rows["news/seven"] == ("error", f"InvalidStatusCode: the answer's status code 700 {said}")
    statuses = {r["url"].split("/", 3)[3]: r["status"]
                for r in sqlite_utils.Database(result.db).query("select url, status from fetches")}
    assert [statuses[path[1:]] for path in codes] == [None] * len(codes)  # (no status code: null, as an import's)


def test_import_warc_of_a_status_code_past_three_digits_is_an_error_row_and_imports_the_rest(
        tmp_path: Path) -> None:
    """A WARC response whose status line reads "HTTP/1.1 99999999999999999999 OK":
    the import ended in a traceback (OverflowError writing the status). It is an
    error row, as a status line without a code is; the next is stored. Its reason
    was "HTTP 0", where a crawl's row names the code and why: it says what a crawl's
    does now. A code from 600 to 999 (no HTTP status code: RFC 9110, 15) was
    imported as any other error status, "HTTP 700"; it is such an error row too.
    Their rows' status is null, as a crawl's rows for such answers have: it was 0."""
    warc = tmp_path / "odd.warc"
    with open(warc, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        for number, status in ((1, "200000000000000000000 OK"), (2, "200 OK"), (3, "700 Odd")):
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{number}", "response", payload=io.BytesIO(article_html(number).encode()),
                http_headers=headers, warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"}))
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr
    rows = list(sqlite_utils.Database(tmp_path / "news.db").query(
        "select url, outcome, reason, status from fetches order by id"))
    # No status code: null, as a crawl's row for such an answer has (it was 0).
    assert [r["status"] for r in rows] == [None, 200, None]
    said = "is not a three-digit code from 100 to 599 (RFC 9110, 15): not read"
    assert [(r["url"], r["outcome"], r["reason"]) for r in rows] == [
        ("https://news.example/1", "error", f"InvalidStatusCode: the answer's status code 200000000000000000000 "
                                            f"{said}"),
        ("https://news.example/2", "stored", "new version"),
        ("https://news.example/3", "error", f"InvalidStatusCode: the answer's status code 700 {said}")]


def test_a_body_past_the_size_cap_without_a_length_is_an_error_row_naming_the_cap(tmp_path: Path) -> None:
    """Scrapy cancels a body that runs past ``DOWNLOAD_MAXSIZE`` as it arrives (no
    Content-Length: read to the connection's end, or chunked) without a word: its
    row said "DownloadCancelledError: " and no more. It names the cap."""
    def endless(chunked: bool) -> Any:
        def route(h: FaultHandler, q: dict[str, list[str]]) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            if chunked:
                h.send_header("Transfer-Encoding", "chunked")
            h.end_headers()
            piece = b"<p>" + b"word " * 2000 + b"</p>"
            for _ in range(40):  # 400 KB, past the cap of 100 KB
                h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            h.close_connection = True
        return route

    holder: dict[str, FaultServer] = {}
    server = holder["site"] = serve({"/robots.txt": lambda h, q: h.send_bytes(200, ALLOW_ALL, "text/plain"),
                                     "/news/front": front(holder, "/news/unsized", "/news/chunked"),
                                     "/news/unsized": endless(chunked=False), "/news/chunked": endless(chunked=True)})
    try:
        result = crawl(tmp_path / "sized.db", server.base_url + "/news/front",
                       extra=(*FAST, "-s", "DOWNLOAD_MAXSIZE=100000"))
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    rows = rows_of(result.db)
    said = ("error", "DownloadCancelledError: the body ran past DOWNLOAD_MAXSIZE (100000 bytes) before its end: "
                     "not read")
    assert (rows["news/unsized"], rows["news/chunked"]) == (said, said), rows


#: Makes a crawl's download handler with Scrapy's and Twisted's installed versions,
#: then one of a Scrapy whose handler names its connection pool otherwise.
_HANDLER_MADE = """
from scrapy import Spider
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from crawler import settings
from crawler.download import BoundedHeadDownloadHandler, PrivateNamesMissing, cap_heads, private_names_missing
crawler = Crawler(Spider, {name: getattr(settings, name) for name in dir(settings) if name.isupper()})
handler = BoundedHeadDownloadHandler(crawler)
print(private_names_missing(handler), type(handler._pool._factory).__name__, handler._pool._factory.__name__)
class Renamed(HTTP11DownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.pool = self.__dict__.pop("_pool")
try:
    cap_heads(Renamed(crawler))
except PrivateNamesMissing as exc:
    print(exc)
"""


def test_the_private_names_the_head_cap_reaches_are_there() -> None:
    """No public API bounds an answer's head: the cap reaches three private names of
    Scrapy and Twisted (crawler/download.py says which, and why). Each is checked as
    a crawl's handler is made, on the versions installed; one renamed by an upgrade
    stops the crawl at its start, naming it (it failed each request with an
    AttributeError, or left the heads uncapped)."""
    run = subprocess.run([sys.executable, "-c", _HANDLER_MADE], capture_output=True, text=True, cwd=ROOT,
                         env=ENV, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    checked, renamed = run.stdout.splitlines()
    assert checked == "None type BoundedHeadFactory"
    assert renamed.startswith("the cap on an answer's head cannot be put in place: Scrapy's "
                              "HTTP11DownloadHandler has no _pool (Scrapy 2."), renamed
