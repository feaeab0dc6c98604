"""Real crawls of hostile pages and answers (review 36): a local server on
127.0.0.1, a real ``clippings crawl`` in a subprocess (its peak memory read by
the process that started it where the cost is the point)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from tests.conftest import ROOT, clippings
from tests.fault_site import FaultHandler, FaultServer, Route, article, serving
from tests.support.slow_site import article_html
from tests.test_cli_faults import write_warc

FAST = ("--delay", "0", "--no-warc", "--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "LOG_LEVEL=WARNING")
MANY_LINKS = 200_000
# Redirect targets urlsplit cannot read, and why.
BAD_TARGETS = {"http://127.0.0.1:99999/news/link-0": "Port out of range 0-65535",
               "http://127.0.0.1:-1/news/link-0": "Port could not be cast to integer value as '-1'",
               "http://[::1/news/link-0": "Invalid IPv6 URL"}
# Runs a command and prints the peak resident memory of the largest process it started, in KiB.
PEAK_MEMORY = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    many = ("<html><body><h1>All the links</h1>"
            + "".join(f"<a href='/news/link-{n}'>Link {n}</a>" for n in range(MANY_LINKS))
            + "</body></html>").encode()

    def story(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html(article("A story " + h.path.rsplit("/", 1)[1], h.path, base=holder["site"].base_url))

    table: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/links": lambda h, q: h.send_bytes(200, many),
        "/small": lambda h, q: h.html("<html><body><h1>Links</h1><a href='/news/link-0'>0</a></body></html>"),
        "/odd-pages": lambda h, q: h.html("<html><body><h1>Listing</h1><a href='/news/link-1?page=%C2%B2'>next</a>"
                                          "<a href='/redirect/digits'>more</a></body></html>"),
        "/redirect/digits": lambda h, q: h.redirect("/news/link-2?page=" + "7" * 5000),
        "/redirect/ports": lambda h, q: h.html("<html><body><h1>Moved</h1>" + "".join(
            f"<a href='/redirect/port-{n}'>{n}</a>" for n in range(len(BAD_TARGETS))) + "</body></html>"),
        **{f"/redirect/port-{n}": (lambda h, q, t=target: h.redirect(t)) for n, target in enumerate(BAD_TARGETS)},
        **{f"/news/refresh-{n}": (lambda h, q, t=target: h.html(article("A story that refreshes", h.path).replace(
            "<head>", f"<head><meta http-equiv='refresh' content='0; url={t}'>"))) for n, target in enumerate(BAD_TARGETS)},
        "/refreshes": lambda h, q: h.html("<html><body><h1>Stories</h1>" + "".join(
            f"<a href='/news/refresh-{n}'>{n}</a>" for n in range(len(BAD_TARGETS))) + "</body></html>"),
        "/news/behind-meta": lambda h, q: h.html(article("A story behind its tags", h.path).replace(
            "<head>", "<head>" + "<meta name='keywords' content='news'>" * 26_000)),
    }
    table.update({f"/news/link-{n}": story for n in range(10)})
    return table


@pytest.fixture(scope="module")
def site() -> Iterator[FaultServer]:
    with serving(routes) as server:
        yield server


def crawl_measured(db: Path, seed: str, *extra: str) -> tuple[int, int, str]:
    """``clippings crawl`` of ``seed``: its exit code, its peak memory in KiB, its stderr."""
    command = [sys.executable, "-m", "crawler.cli", "crawl", seed, "--db", str(db), *FAST, *extra]
    done = subprocess.run([sys.executable, "-c", PEAK_MEMORY, *command], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    returncode, peak = (int(word) for word in done.stdout.split())
    return returncode, peak, done.stderr


def crawl_run(db: Path, seed: str, *extra: str) -> tuple[int, str]:
    """``clippings crawl`` of ``seed`` forked from the zygote (:func:`tests.conftest.clippings`:
    no interpreter start, no wrapper to measure its memory): its exit code, its stderr."""
    done = clippings("crawl", seed, "--db", str(db), *FAST, *extra)
    return done.returncode, done.stderr


def fetched(db: Path) -> list[dict[str, Any]]:
    return list(sqlite_utils.Database(db).query("select url, outcome, reason from fetches order by id"))


def test_a_page_of_a_million_links_costs_no_more_than_its_followed_ones(site: FaultServer, tmp_path: Path) -> None:
    """A page of 200,000 links (5 MB) under a cap of 5: Scrapy's LinkExtractor read
    every one of them (about 90 µs and 1 KB each: 18 s and 180 MB here, 98 s and
    1.1 GB for a million) before the spider kept the first 5. Only the first 5 link
    tags are read now: the crawl's peak memory is that of a crawl of a page of one
    link, give or take the page itself (20 MB)."""
    code, small_peak, err = crawl_measured(tmp_path / "small.db", site.base_url + "/small")
    assert code == 0, err[-3000:]
    code, peak, err = crawl_measured(tmp_path / "many.db", site.base_url + "/links",
                                     "-s", "CLIPPINGS_PAGE_MAX_LINKS=5")
    assert code == 0, err[-3000:]
    rows = fetched(tmp_path / "many.db")
    assert sorted(r["url"].rsplit("-", 1)[1] for r in rows if "/news/link-" in r["url"]) == list("01234"), rows
    stats = json.loads(next(sqlite_utils.Database(tmp_path / "many.db").query("select stats from crawls"))["stats"])
    assert stats["clippings/page_links_cut"] == 1, stats
    assert peak - small_peak < 80 * 1024, (peak, small_peak)


def test_a_page_number_int_cannot_read_is_no_error(site: FaultServer, tmp_path: Path) -> None:
    """``?page=%C2%B2`` ("²": ``str.isdigit`` but not ``int``) and a redirect to
    ``?page=`` and 5,000 digits (past ``int``'s 4,300) raised ValueError in the trap
    guard: ``error`` rows "ValueError: invalid literal for int() ..." for URLs never
    asked for. The first is no page number (the page is fetched), the second a
    page number past the limit (a ``trap`` row). (URLLENGTH_LIMIT raised: a
    redirect to a URL past it, 2,083 characters, is not followed.)"""
    code, err = crawl_run(tmp_path / "a.db", site.base_url + "/odd-pages", "-s", "URLLENGTH_LIMIT=8000")
    assert code == 0, err[-3000:]
    rows = {r["url"].removeprefix(site.base_url)[:40]: (r["outcome"], r["reason"]) for r in fetched(tmp_path / "a.db")}
    assert rows["/news/link-1?page=%C2%B2"] == ("stored", "new version"), rows
    outcome, reason = rows["/news/link-2?page=" + "7" * 22]
    assert outcome == "trap" and reason == "page number 1000000000000000000 past 500", rows


@pytest.mark.parametrize("processes", ["0", "1"])
def test_a_page_whose_text_is_past_the_parsers_caps_says_so(site: FaultServer, tmp_path: Path, processes: str) -> None:
    """An article behind 26,000 ``<meta>`` tags: the parser reads a page up to 25,000
    elements, so its text is never reached and it gives no record. Its row said
    "no main text", as of a page that has none; it now says the page was cut, and
    the crawl counts it (``clippings/no_record_cut``), parsed in the crawl's own
    process or in its pool."""
    code, err = crawl_run(tmp_path / "a.db", site.base_url + "/news/behind-meta", "--processes", processes)
    assert code == 0, err[-3000:]
    (row,) = fetched(tmp_path / "a.db")
    assert (row["outcome"], row["reason"]) == (
        "not-article", "no main text in the part read (the page is past the parser's cap on elements)")
    stats = json.loads(next(sqlite_utils.Database(tmp_path / "a.db").query("select stats from crawls"))["stats"])
    assert stats["clippings/no_record_cut"] == 1, stats


def test_a_redirect_to_a_url_urlsplit_cannot_read_is_one_row_saying_so(site: FaultServer, tmp_path: Path) -> None:
    """``302 Location: http://host:99999/`` (or port -1, or an unclosed ``[``): Scrapy's
    redirect raised ValueError on it, a second row for the page, ``error``
    "ValueError: Port out of range 0-65535", counted as an error. The redirect's
    own row now says it is not followed and why; no error."""
    code, err = crawl_run(tmp_path / "a.db", site.base_url + "/redirect/ports")
    assert code == 0, err[-3000:]
    rows = [r for r in fetched(tmp_path / "a.db") if "/redirect/port-" in r["url"]]
    assert sorted((r["outcome"], r["reason"]) for r in rows) == sorted(
        ("redirect", f"redirected to {target} (not followed: not a valid URL ({why}))")
        for target, why in BAD_TARGETS.items()), rows


def test_an_article_whose_meta_refresh_names_no_readable_url_is_stored(site: FaultServer, tmp_path: Path) -> None:
    """``<meta http-equiv="refresh" content="0; url=http://[::1/…">`` (or a port past
    65535): w3lib raised ValueError on it in the meta refresh middlewares, and the
    article was an ``error`` row "ValueError: Invalid IPv6 URL", never read. Such a
    refresh is no redirect: the page is read as it is; the crawl counts it."""
    code, err = crawl_run(tmp_path / "a.db", site.base_url + "/refreshes")
    assert code == 0, err[-3000:]
    rows = [(r["outcome"], r["reason"]) for r in fetched(tmp_path / "a.db") if "/news/refresh-" in r["url"]]
    assert rows == [("stored", "new version")] * len(BAD_TARGETS), rows
    stats = json.loads(next(sqlite_utils.Database(tmp_path / "a.db").query("select stats from crawls"))["stats"])
    assert stats["clippings/meta_refresh_unreadable"] == len(BAD_TARGETS), stats


def test_import_warc_of_a_status_code_of_digit_signs_that_are_no_number_imports_the_rest(tmp_path: Path) -> None:
    """A WARC response whose status line reads ``HTTP/1.1 ²00 OK`` (byte 0xB2, as another
    crawler keeps what a site sent): ``str.isdigit`` took "²00", ``int`` did not, and the
    whole file was refused, "not a readable WARC file (ValueError: invalid literal for
    int() ...)", its good records with it. That record is an error row naming the code
    as a crawl's does (escaped); the next one is stored."""
    warc = tmp_path / "odd.warc"
    write_warc(warc, [("https://news.example/1", article_html(1).encode()),
                      ("https://news.example/2", article_html(2).encode())], gzip_records=False)
    data = warc.read_bytes()
    assert data.count(b"HTTP/1.1 200 OK") == 2
    warc.write_bytes(data.replace(b"HTTP/1.1 200 OK", b"HTTP/1.1 \xb200 OK", 1))  # same length
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 0, result.stderr
    assert [(r["url"], r["outcome"], r["reason"]) for r in fetched(tmp_path / "news.db")] == [
        ("https://news.example/1", "error", "InvalidStatusCode: the answer's status code '\\xb200' is not a three-digit "
                                            "code from 100 to 599 (RFC 9110, 15): not read"),
        ("https://news.example/2", "stored", "new version")]


@pytest.mark.parametrize("target", ["http://256.1.1.1/news/x", "http://1.2.3.4.5/", "http://news.2024/x"])
def test_a_redirect_to_a_host_ending_in_a_number_that_is_no_ipv4_address_is_not_followed(target: str) -> None:
    """A host that ends in a number is an IPv4 address (the URL standard): w3lib 2.6
    raises ValueError on one that is none, and the redirect's escaped length was read
    with it (an ``error`` row beside the redirect's); with 2.5 it was followed to a
    look-up that fails. It is not followed, and the row says why, under either."""
    from crawler.middlewares.redirects import unfollowed

    assert unfollowed(target, 2083) == \
        "not followed: not a valid URL (the host ends in a number and is no IPv4 address)"
    assert unfollowed("http://127.1/news/x", 2083) is None  # (127.0.0.1)


@pytest.mark.parametrize("target", ["http://256.1.1.1/x", "http://news.2024/x"])
def test_a_meta_refresh_to_a_host_ending_in_a_number_that_is_no_ipv4_address_names_no_url(target: str) -> None:
    """w3lib 2.6 reads such a refresh as none (its URL fails), 2.5 as a redirect to a
    look-up that fails: under either it is a refresh that names no URL, told and
    counted as one whose port is past 65535 is (the page read as it is)."""
    from scrapy.http import HtmlResponse

    from crawler.middlewares.redirects import meta_refresh

    page = f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head><body>x</body></html>'
    with pytest.raises(ValueError, match="the host ends in a number and is no IPv4 address"):
        meta_refresh(HtmlResponse("http://127.0.0.1:9/a", body=page.encode()), [])
    fine = page.replace(target, "http://127.1/x")
    assert meta_refresh(HtmlResponse("http://127.0.0.1:9/a", body=fine.encode()), [])[0] == 0.0
