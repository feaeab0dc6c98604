"""A real crawl of a hostile site (tests/fault_site.py): every good article is
stored once, every URL requested has a ``fetches`` row with the right outcome,
nothing is stored under an identity it may not claim, and the crawl ends by
itself although the site has a calendar, a looping path and endless pagination.

Short timeouts and size limits (settings) keep the faults fast.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from tests.conftest import ROOT
from tests.fault_site import (
    EXPECTED,
    SCHEME_REDIRECTS,
    SESSION_LINKS,
    STORED_TITLES,
    FaultServer,
    fault_routes,
    serve,
)

STALL_SECONDS = 3.0
FAST_FAULTS = (
    "DOWNLOAD_TIMEOUT=1", f"DOWNLOAD_MAXSIZE={4 * 1024 * 1024}", "DOWNLOAD_WARNSIZE=0",
    "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "LOG_LEVEL=WARNING", "CLIPPINGS_WARC=False",
)


@dataclass
class Sites:
    hostile: FaultServer
    other: FaultServer


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    other = serve({})
    holder: dict[str, FaultServer] = {}
    hostile = serve(fault_routes(lambda: holder["site"].base_url, lambda: other.base_url, STALL_SECONDS))
    holder["site"] = hostile
    yield Sites(hostile, other)
    hostile.shutdown()
    other.shutdown()


def scrapy_crawl(db: Path, seed: str, *settings: str, since: str | None = None) -> subprocess.CompletedProcess[str]:
    """``scrapy crawl articles`` in a subprocess (one reactor per crawl), no --max-pages."""
    args = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"seeds={seed}",
            "-s", f"CLIPPINGS_DB={db}"]
    if since:
        args += ["-a", f"since={since}"]
    for setting in (*FAST_FAULTS, *settings):
        args += ["-s", setting]
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=240)


@dataclass
class Crawled:
    db: sqlite_utils.Database
    fetches: list[dict[str, Any]]
    base: str

    def rows(self, path: str) -> list[dict[str, Any]]:
        return [f for f in self.fetches if f["url"] == self.base + path]

    def outcomes(self, path: str) -> set[str]:
        return {f["outcome"] for f in self.rows(path)} - {"checked"}


@pytest.fixture(scope="module")
def crawled(sites: Sites, tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    db_path = tmp_path_factory.mktemp("fault") / "fault.db"
    result = scrapy_crawl(db_path, sites.hostile.base_url + "/", "CLIPPINGS_TRAP_MAX_PAGE=25", since="2024-01-01")
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    crawl = next(db.query("select status, stats from crawls"))
    assert crawl["status"] == "finished" and json.loads(crawl["stats"])["finish_reason"] == "finished"
    return Crawled(db, list(db.query("select * from fetches order by id")), sites.hostile.base_url)


def test_every_good_article_is_stored_once_under_its_own_identity(crawled: Crawled) -> None:
    rows = {r["canonical_url"]: r for r in crawled.db.query("select * from articles")}
    assert {urlsplit(url).path for url in rows} == set(STORED_TITLES)
    for path, title in STORED_TITLES.items():
        row = rows[crawled.base + path]
        assert row["title"] == title, path
        assert row["url"].startswith(crawled.base + path), path
        assert row["site"] == urlsplit(crawled.base).netloc  # host and port
    assert crawled.db["versions"].count == len(STORED_TITLES)


def test_a_page_cannot_take_over_another_article(crawled: Crawled) -> None:
    real = crawled.db["articles"].get(crawled.base + "/news/real-story")
    assert real["title"] == STORED_TITLES["/news/real-story"] and "FAKE" not in real["body"]
    fake = crawled.db["articles"].get(crawled.base + "/news/fake-story")
    refusal = json.loads(fake["provenance"])["canonical_url"]
    assert refusal.startswith(f"canonical {crawled.base}/news/real-story refused")
    (row,) = crawled.rows("/news/fake-story")
    assert row["outcome"] == "stored" and "refused" in row["reason"]
    assert crawled.outcomes("/news/real-story") == {"stored"}


def test_an_honest_alias_is_stored_under_the_article_it_names(crawled: Crawled) -> None:
    outcomes = sorted(f["outcome"] for path in ("/news/good-1", "/news/good-1?view=print")
                      for f in crawled.rows(path) if f["outcome"] != "checked")
    assert outcomes == ["duplicate", "stored"]
    assert not any(f["reason"] and "refused" in f["reason"] for f in crawled.rows("/news/good-1?view=print"))


def test_a_canonical_link_to_another_site_is_refused(crawled: Crawled) -> None:
    row = crawled.db["articles"].get(crawled.base + "/news/offsite-canonical")
    assert json.loads(row["provenance"])["canonical_url"].endswith(": another site")
    (fetch,) = [f for f in crawled.rows("/news/offsite-canonical") if f["outcome"] == "stored"]
    assert re.search(r"canonical https?://\S+ refused: off the page's own site", fetch["reason"]), fetch["reason"]


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_every_page_has_the_right_outcome(crawled: Crawled, path: str) -> None:
    outcomes = crawled.outcomes(path)
    if path.startswith("/redirect/loop-"):  # the duplicate filter or the redirect limit ends a loop
        limit = [f for f in crawled.rows(path) if f["outcome"] == "error"]
        assert all(f["reason"] == "IgnoreRequest: max redirections reached" for f in limit)
        outcomes -= {"error"}
    assert outcomes == EXPECTED[path], crawled.rows(path)


def test_every_url_requested_has_a_fetches_row(crawled: Crawled, sites: Sites) -> None:
    recorded = {f["url"] for f in crawled.fetches}
    requested = {sites.hostile.base_url + p for p in sites.hostile.requests if p != "/robots.txt"}
    assert requested - recorded == set()


def test_a_meta_refresh_is_a_redirect_row_naming_its_target(crawled: Crawled, sites: Sites) -> None:
    """Scrapy follows it in place of the page, so the spider never sees the page."""
    (row,) = crawled.rows("/redirect/meta-refresh")
    assert (row["status"], row["reason"]) == (200, f"meta refresh to {sites.hostile.base_url}/news/good-2")


def test_redirects_off_the_site_are_not_followed(crawled: Crawled, sites: Sites) -> None:
    assert sites.other.requests == []
    assert "/news/x" not in sites.hostile.requests
    offsite = [f for f in crawled.fetches if f["outcome"] == "offsite"]
    targets = {urlsplit(f["url"]).netloc for f in offsite}
    assert targets == {urlsplit(sites.other.base_url).netloc, urlsplit(crawled.base).netloc.replace("127.0.0.1", "localhost")}
    assert all("redirected from" in f["reason"] for f in offsite)


def test_an_answer_that_is_no_html_page_says_so(crawled: Crawled) -> None:
    """A binary or empty 200 answer labelled text/html read "no main text", the
    reason for an HTML page without an article text."""
    reasons = {path: [(f["outcome"], f["reason"]) for f in crawled.rows(path)]
               for path in ("/news/binary", "/news/noise", "/news/empty")}
    assert reasons == {"/news/binary": [("not-article", "not an HTML page (binary data: PNG)")],
                       "/news/noise": [("not-article", "not an HTML page (binary data)")],
                       "/news/empty": [("not-article", "empty body")]}, reasons


def test_network_faults_are_errors_with_reasons(crawled: Crawled) -> None:
    reasons = {path: crawled.rows(path)[0]["reason"] for path in EXPECTED if path.startswith("/fault/")}
    assert reasons["/fault/500"] == "HTTP 500"
    assert "Timeout" in reasons["/fault/stall"] and "Timeout" in reasons["/fault/trickle"]
    for path in ("/fault/gzip-bomb", "/fault/huge", "/fault/endless"):
        assert "size" in reasons[path].lower() or "cancel" in reasons[path].lower(), (path, reasons[path])


def test_a_body_that_starts_as_gzip_but_does_not_decompress_is_an_error_saying_so(crawled: Crawled) -> None:
    """It raised out of the spider: no row, no error counted."""
    (fake,) = crawled.rows("/fault/fake-gzip")
    assert fake["reason"].startswith("body starts as gzip but does not decompress: error:"), fake["reason"]
    (cut,) = crawled.rows("/fault/cut-gzip")
    assert cut["reason"].startswith("body starts as gzip but does not decompress: EOFError:"), cut["reason"]
    (bomb,) = crawled.rows("/fault/sitemap-bomb.xml.gz")  # it said "not HTML (application/gzip)"
    assert "past the 50 MB size cap" in bomb["reason"], bomb["reason"]
    stats = json.loads(next(crawled.db.query("select stats from crawls"))["stats"])
    assert stats["clippings/undecodable_bodies"] == 3 and "spider_exceptions/error" not in stats


def test_a_seed_that_starts_as_gzip_but_does_not_decompress_fails_the_crawl(sites: Sites, tmp_path: Path) -> None:
    seed = sites.hostile.base_url + "/fault/fake-gzip"
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", seed, "--db", str(tmp_path / "a.db"),
                             "--no-warc", "--processes", "0", "--delay", "0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 1, result.stderr[-3000:]
    assert f"could not crawl seed {seed}: body starts as gzip but does not decompress" in result.stderr


def test_a_redirect_to_another_scheme_is_one_redirect_row_naming_its_target(crawled: Crawled) -> None:
    """It was a ``redirect`` row and an ``error`` row (HTTP 302, or javascript:'s
    "Missing scheme"), counted as an error."""
    for path, target in SCHEME_REDIRECTS.items():
        (row,) = crawled.rows(path)
        assert (row["outcome"], row["status"]) == ("redirect", 302), row
        assert row["reason"] == f"redirected to {target} (not followed: not an http(s) URL)", row


def test_session_ids_are_dropped_from_links(crawled: Crawled, sites: Sites) -> None:
    """A new session id on every page is a crawl trap storing one article many times."""
    session = re.compile(r"sessionid|phpsessid|\bsid=", re.IGNORECASE)
    assert SESSION_LINKS and not [p for p in sites.hostile.requests if session.search(p)]
    assert not [f["url"] for f in crawled.fetches if session.search(f["url"])]
    assert "/news/good-2?page=1" in sites.hostile.requests  # a parameter that selects content stays


def test_traps_end_by_themselves_with_their_reason(crawled: Crawled) -> None:
    traps = {urlsplit(f["url"]).path + ("?" + urlsplit(f["url"]).query if urlsplit(f["url"]).query else ""):
             f["reason"] for f in crawled.fetches if f["outcome"] == "trap"}
    calendar = [r for p, r in traps.items() if p.startswith("/cal/")]
    assert len(calendar) == 1 and "calendar date" in calendar[0]
    assert traps["/list?page=26"] == "page number 26 past 25"
    assert traps["/loop/a/a/a/"].startswith("segments '/a' repeat")
    assert traps["/grow?sort=new&sort=new&sort=new"] == "parameters 'sort=new' repeat 3 times"
    assert len([f for f in crawled.fetches if "/grow?" in f["url"]]) == 3
    assert len([f for f in crawled.fetches if f["url"].startswith(crawled.base + "/cal/")]) < 40


def test_an_article_older_than_since_is_kept_out(crawled: Crawled) -> None:
    (row,) = crawled.rows("/news/old-story")
    assert row["reason"] == "published 2019-03-01, before since 2024-01-01"
    assert crawled.db["articles"].count_where("title = 'An old story'") == 0


def test_a_site_page_budget_ends_a_crawl(sites: Sites, tmp_path: Path) -> None:
    before = len(sites.hostile.requests)
    result = scrapy_crawl(tmp_path / "budget.db", sites.hostile.base_url + "/", "CLIPPINGS_SITE_PAGE_BUDGET=6")
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(tmp_path / "budget.db")
    # robots.txt and the checks of articles' canonical links are not counted in the budget.
    checked = {urlsplit(r["url"]).path + (f"?{urlsplit(r['url']).query}" if urlsplit(r["url"]).query else "")
               for r in db.query("select url from fetches where outcome = 'checked'")}
    requested = set(sites.hostile.requests[before:]) - {"/robots.txt"} - checked
    assert 1 <= len(requested) <= 6, (requested, checked)
    budget = list(db.query("select reason from fetches where outcome = 'trap'"))
    assert budget and all("page budget of 6" in r["reason"] for r in budget)


def test_an_archived_article_cannot_be_taken_over_by_a_later_crawl(sites: Sites, tmp_path: Path) -> None:
    db_path, base = tmp_path / "later.db", sites.hostile.base_url
    for seed in ("/news/real-story", "/news/fake-story"):
        result = scrapy_crawl(db_path, base + seed, "CLIPPINGS_FOLLOW_LINKS=False")
        assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    real = db["articles"].get(base + "/news/real-story")
    assert real["title"] == STORED_TITLES["/news/real-story"] and real["version_count"] == 1
    fake = db["articles"].get(base + "/news/fake-story")
    assert "its own page has another title" in json.loads(fake["provenance"])["canonical_url"]
    # The claim was judged against the archive: no page was fetched to check it.
    assert db["fetches"].count_where("crawl_id = 2 and outcome = 'checked'") == 0
