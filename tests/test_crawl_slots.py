"""Crawl limits against real crawls of real sites on 127.0.0.1: the slots of
``--max-pages`` given back and used again, a redirect to a URL past
``URLLENGTH_LIMIT``, answers that are no redirect the crawl follows, and the
sitemaps fetched per site.

Each crawl is the ``clippings`` command in a subprocess, one request at a time
(``CONCURRENT_REQUESTS=1``) so the order of the requests is the test's to read.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import clippings
from tests.fault_site import FaultServer, Route, serve
from tests.support.slow_site import article_html

ROBOTS: Route = lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain")  # noqa: E731


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(sql, params).fetchall()


def crawl_stats(db: Path) -> dict:
    return json.loads(rows(db, "SELECT stats FROM crawls ORDER BY id DESC LIMIT 1")[0][0])


def home(*paths: str) -> Route:
    """A home page linking ``paths``, in that order."""
    links = "".join(f"<li><a href='{path}'>{path}</a></li>" for path in paths)
    return lambda h, q: h.html(f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>")


def article(number: int) -> Route:
    return lambda h, q: h.html(article_html(number))


def articles(*numbers: int) -> dict[str, Route]:
    return {f"/a/{n}": article(n) for n in numbers}


def crawl_in_order(routes: dict[str, Route], db: Path, *extra: str, seed: str = "/"
                   ) -> tuple[subprocess.CompletedProcess[str], list[str], FaultServer]:
    """Crawl ``routes`` served on 127.0.0.1 from ``seed``, one request at a time;
    give the run, the paths asked (robots.txt aside) and the server, shut down."""
    server = serve({"/robots.txt": ROBOTS, **routes})
    try:
        result = clippings("crawl", server.base_url + seed, "--db", str(db), "--delay", "0", "--processes", "0",
                           "--no-warc", "-s", "CONCURRENT_REQUESTS=1", *extra)
        asked = [path for path in server.requests if path != "/robots.txt"]
    finally:
        server.shutdown()
        server.server_close()
    return result, asked, server


def chain(step: int) -> Route:
    return lambda h, q: h.redirect(f"/chain/{step + 1}", 302)


# -- --max-pages: redirects that bring no page give their slot back ----------------------


@pytest.mark.parametrize(("route", "asked_for_it"), [
    ({"/go": lambda h, q: h.redirect("mailto:desk@example.com", 302)}, ["/go"]),
    ({"/go": lambda h, q: h.redirect("javascript:alert(1)", 301)}, ["/go"]),
    ({"/go": lambda h, q: h.redirect("ftp://127.0.0.1/file", 302)}, ["/go"]),
    ({"/go": lambda h, q: h.redirect("/chain/0", 302), **{f"/chain/{n}": chain(n) for n in range(5)}},
     ["/go", "/chain/0", "/chain/1"]),  # past REDIRECT_MAX_TIMES=2
    ({"/go": lambda h, q: h.redirect("/a/" + "x" * 2100, 302)}, ["/go"]),  # past URLLENGTH_LIMIT
], ids=["mailto", "javascript", "ftp", "past-redirect-limit", "too-long"])
def test_a_redirect_that_brings_no_page_gives_its_slot_back(tmp_path: Path, route: dict[str, Route],
                                                            asked_for_it: list[str]) -> None:
    """A redirect the crawl does not follow (to mailto:, javascript:, ftp:, a URL
    past URLLENGTH_LIMIT) and a chain of redirects past REDIRECT_MAX_TIMES bring no
    page, as a redirect whose target is dropped does: the slot of ``--max-pages``
    is given back (``clippings/max_pages_given_back``), so ``--max-pages 3`` gives
    3 pages. (Before, each took a slot: the home page and one article, and the
    limit reached.)"""
    db = tmp_path / "news.db"
    routes = {"/": home("/go", "/a/1", "/a/2", "/a/3"), **route, **articles(1, 2, 3)}
    result, asked, _ = crawl_in_order(routes, db, "--max-pages", "3", "-s", "REDIRECT_MAX_TIMES=2")
    assert result.returncode == 0, result.stderr
    assert asked == ["/", *asked_for_it, "/a/1", "/a/2"], asked
    assert "reached --max-pages (3 pages)" in result.stdout and "pages fetched: 3 " in result.stdout, result.stdout
    assert rows(db, "SELECT count(*) FROM fetches WHERE outcome = 'stored'") == [(2,)]
    assert crawl_stats(db)["clippings/max_pages_given_back"] == 1


def test_a_slot_given_back_after_the_limit_is_used_by_the_next_page(tmp_path: Path) -> None:
    """A slot given back once the limit is reached (a redirect counted before the
    limit, whose target, a seed, is dropped after it: here its target waits behind
    the links, as it may with many requests in flight) fetches the next page
    waiting, so ``--max-pages 2`` gives 2 pages with their answers. (Before, the
    slot was lost: 1 page, the article left for the next crawl.)"""
    db = tmp_path / "news.db"
    routes = {"/": home("/go", "/a/1", "/a/2"), "/go": lambda h, q: h.redirect("/", 302), **articles(1, 2)}
    result, asked, server = crawl_in_order(routes, db, "--max-pages", "2", "-s", "REDIRECT_PRIORITY_ADJUST=-10")
    assert result.returncode == 0, result.stderr
    assert asked == ["/", "/go", "/a/1"], asked
    assert "reached --max-pages (2 pages)" in result.stdout and "pages fetched: 2 " in result.stdout, result.stdout
    assert rows(db, "SELECT substr(url, length(?) + 1), outcome FROM fetches ORDER BY id", (server.base_url,)) == [
        ("/", "not-article"), ("/go", "redirect"), ("/a/1", "stored")]
    assert rows(db, "SELECT substr(url, length(?) + 1), state FROM frontier ORDER BY url", (server.base_url,)) == [
        ("/", "done"), ("/a/1", "done"), ("/a/2", "pending"), ("/go", "done")]
    stats = crawl_stats(db)
    assert stats["clippings/max_pages_given_back"] == 1 and stats["clippings/max_pages_refused"] == 1, stats


# -- URLLENGTH_LIMIT ----------------------------------------------------------------------


def test_a_redirect_past_the_url_length_limit_is_a_long_link(tmp_path: Path) -> None:
    """A redirect to a URL longer than URLLENGTH_LIMIT is dropped as a link that
    long is: not fetched, counted (``clippings/links_too_long``) and named in the
    summary's "refused" line; its ``redirect`` row says why. (Before, the target
    was fetched and the summary said nothing.)"""
    db = tmp_path / "news.db"
    long_path = "/a/" + "x" * 2100
    routes = {"/": home("/go", "/a/1"), "/go": lambda h, q: h.redirect(long_path, 301), **articles(1),
              long_path: lambda h, q: h.html(article_html(7))}
    result, asked, server = crawl_in_order(routes, db)
    assert result.returncode == 0, result.stderr
    assert sorted(asked) == ["/", "/a/1", "/go"], asked
    assert "refused: links longer than URLLENGTH_LIMIT 1" in result.stdout.splitlines(), result.stdout
    assert crawl_stats(db)["clippings/links_too_long"] == 1
    reason = rows(db, "SELECT reason FROM fetches WHERE outcome = 'redirect'")
    assert reason == [(f"redirected to {server.base_url}{long_path} (not followed: longer than "
                       f"URLLENGTH_LIMIT, 2083 characters)",)], reason


# -- redirects the crawl does not follow --------------------------------------------------


def test_an_answer_scrapy_does_not_follow_is_one_error_row_not_a_redirect(tmp_path: Path) -> None:
    """A 300 (Multiple Choices) with a Location, and a 302 with none, are not
    followed (Scrapy follows 301, 302, 303, 307 and 308 with a Location): each
    is one ``error`` row, "HTTP 300". (Before, each also had a ``redirect`` row,
    "redirected to …/a/2" for a target never asked for, "redirected to nowhere".)"""
    db = tmp_path / "news.db"
    routes = {"/": home("/multi", "/nowhere", "/a/1"), "/multi": lambda h, q: h.redirect("/a/2", 300),
              "/nowhere": lambda h, q: h.send_bytes(302, b"<html><body>moved</body></html>"), **articles(1, 2)}
    result, asked, server = crawl_in_order(routes, db)
    assert result.returncode == 0, result.stderr
    assert asked == ["/", "/multi", "/nowhere", "/a/1"], asked
    assert rows(db, "SELECT substr(url, length(?) + 1), outcome, reason FROM fetches WHERE url != ? ORDER BY id",
                (server.base_url, server.base_url + "/")) == [
        ("/multi", "error", "HTTP 300"), ("/nowhere", "error", "HTTP 302"), ("/a/1", "stored", "new version")]


# -- sitemaps per site ---------------------------------------------------------------------


def sitemap_site(sitemaps: int) -> dict[str, Route]:
    """An index of ``sitemaps`` (at most 28) sitemaps, the n-th last modified on
    2025-01-n, listed oldest first but for the newest, listed first; each lists one article."""
    order = [sitemaps, *range(1, sitemaps)]
    entries = "".join(f"<sitemap><loc>/sitemaps/{n}.xml</loc><lastmod>2025-01-{n:02d}</lastmod></sitemap>"
                      for n in order)

    def index(h, q) -> None:  # type: ignore[no-untyped-def]
        base = f"http://{h.headers['Host']}"
        h.send_bytes(200, ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                           + entries.replace("<loc>/", f"<loc>{base}/") + "</sitemapindex>").encode(),
                     "application/xml")

    def sitemap(n: int) -> Route:
        return lambda h, q: h.send_bytes(200, (
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>http://{h.headers['Host']}/a/{n}</loc></url></urlset>").encode(), "application/xml")

    return {"/sitemap.xml": index, **{f"/sitemaps/{n}.xml": sitemap(n) for n in range(1, sitemaps + 1)},
            **articles(*range(1, sitemaps + 1))}


def test_a_sitemap_index_spends_at_most_the_cap_on_sitemaps_the_newest_first(tmp_path: Path) -> None:
    """A sitemap index listing more sitemaps than ``CLIPPINGS_SITE_MAX_SITEMAPS``:
    the newest of them by lastmod are fetched (whatever their place in the
    index), the others not, counted (``clippings/sitemaps_cut``) and named in the
    index's row. (Before, every sitemap listed was fetched: an index of 100,000
    spent the site's page budget on sitemaps.)"""
    db = tmp_path / "news.db"
    result, asked, _ = crawl_in_order(sitemap_site(12), db, "-s", "CLIPPINGS_SITE_MAX_SITEMAPS=3",
                                      seed="/sitemap.xml")
    assert result.returncode == 0, result.stderr
    fetched = sorted(path for path in asked if path.startswith("/sitemaps/"))
    assert fetched == ["/sitemaps/10.xml", "/sitemaps/11.xml", "/sitemaps/12.xml"], asked
    assert sorted(path for path in asked if path.startswith("/a/")) == ["/a/10", "/a/11", "/a/12"], asked
    assert crawl_stats(db)["clippings/sitemaps_cut"] == 9
    reason = rows(db, "SELECT reason FROM fetches WHERE url LIKE '%/sitemap.xml'")[0][0]
    assert "9 sitemaps not fetched (CLIPPINGS_SITE_MAX_SITEMAPS=3 per site; the newest 3 fetched)" in reason, reason


def test_the_sitemap_cap_holds_for_the_site_across_indexes(tmp_path: Path) -> None:
    """The cap counts a site's sitemaps over the whole crawl: robots.txt listing an
    index and two sitemaps, the index listing five (the two among them), and a
    cap of 4 fetch 4 sitemap documents (the index among them, and the newest of
    the index's three others), not 6."""
    db = tmp_path / "news.db"
    routes = sitemap_site(5)
    plain_robots = b"User-agent: *\nAllow: /\n"

    def robots(h, q) -> None:  # type: ignore[no-untyped-def]
        base = f"http://{h.headers['Host']}"
        h.send_bytes(200, plain_robots + f"Sitemap: {base}/sitemaps/1.xml\nSitemap: {base}/sitemap.xml\n"
                     f"Sitemap: {base}/sitemaps/2.xml\n".encode(), "text/plain")

    server = serve({**routes, "/robots.txt": robots})
    try:
        result = clippings("crawl", server.base_url + "/robots.txt", "--db", str(db), "--delay", "0",
                           "--processes", "0", "--no-warc", "-s", "CONCURRENT_REQUESTS=1",
                           "-s", "CLIPPINGS_SITE_MAX_SITEMAPS=4")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr
    documents = [path for path in server.requests if path.startswith("/sitemap")]
    assert sorted(documents) == ["/sitemap.xml", "/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemaps/5.xml"], documents
    assert crawl_stats(db)["clippings/sitemaps_cut"] == 2  # 3 and 4 (1 and 2 were asked already)
    reason = rows(db, "SELECT reason FROM fetches WHERE url LIKE '%/sitemap.xml'")[0][0]
    assert "2 sitemaps not fetched (CLIPPINGS_SITE_MAX_SITEMAPS=4 per site; the newest 1 fetched)" in reason, reason
