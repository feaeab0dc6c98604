"""Multi-page stories in a real crawl (crawler/spiders/stories.py): a site on 127.0.0.1
serves a story in three pages, a listing that links its second page directly, a story
whose second page fails, and a story of one page; a real ``clippings crawl`` stores
each story once, its pages' text joined in order, and every fetch in ``fetches``."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.conftest import CrawlRun, clippings, crawl
from tests.fault_site import FaultHandler, FaultServer, Route, serving

FAST = ("--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING", "-s", "RETRY_TIMES=0")
THREE = "/news/harbour-ferry-plan-approved.html"
FAILS = "/news/council-budget-vote-delayed-48213"
SINGLE = "/news/lighthouse-restored-after-the-storm"
WAP = "/m/a/1234567.html"  # listed as ?from=wap, its canonical the bare URL, its pager on the bare URL
SENTENCE = "The harbour board met on Tuesday and heard from residents, traders and the ferry operator at length."


def story_page(title: str, part: int, pager: str, canonical: str) -> str:
    paragraphs = "".join(f"<p>Part {part}, paragraph {n}. {SENTENCE}</p>" for n in range(4))
    head = "<p class='byline'>By Ann Lee</p><time datetime='2025-07-16'>16 July 2025</time>" if part == 1 else ""
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{canonical}'><meta property='og:type' content='article'></head>"
            f"<body><article><h1>{title}</h1>{head}{paragraphs}</article>{pager}</body></html>")


def three_pager(number: int) -> str:
    """"1 2 3 Next page", the current page unlinked, rel=next on the next page's link."""
    def url(n: int) -> str:
        return THREE if n == 1 else THREE.replace(".html", f"_{n}.html")
    numbers = " ".join(f"<span>{n}</span>" if n == number else f"<a href='{url(n)}'>{n}</a>" for n in (1, 2, 3))
    later = f" <a rel='next' href='{url(number + 1)}'>Next page</a>" if number < 3 else ""
    return f"<div class='pagination'>{numbers}{later}</div>"


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    def base() -> str:
        return holder["site"].base_url

    def three(number: int) -> Route:
        path = THREE if number == 1 else THREE.replace(".html", f"_{number}.html")
        return lambda h, q: h.html(story_page("Ferry plan approved", number, three_pager(number), base() + path))

    def fails(h: FaultHandler, q: dict[str, list[str]]) -> None:
        if q.get("page"):
            h.send_bytes(500, b"<html><body>server error</body></html>")
            return
        pager = f"<div class='pager'><span>1</span> <a href='{FAILS}?page=2'>2</a> <a href='{FAILS}?page=2'>Next</a></div>"
        h.html(story_page("Budget vote delayed", 1, pager, base() + FAILS))

    def wap(number: int) -> Route:
        pager = (f"<div class='page'><a href='{WAP}'>上一页</a> <a href='{WAP}'>1</a> "
                 f"<a href='{WAP.replace('.html', '_2.html')}'>2</a> "
                 f"<a href='{WAP.replace('.html', '_2.html')}'>下一页</a></div>")
        path = WAP if number == 1 else WAP.replace(".html", "_2.html")
        return lambda h, q: h.html(story_page("Ferry plan: the costs", number, pager, base() + path))

    listing = "".join(f"<li><a href='{path}'>{text}</a></li>" for path, text in (
        (THREE.replace(".html", "_2.html"), "Ferry plan: the costs (page 2)"), (THREE, "Ferry plan approved"),
        (FAILS, "Budget vote delayed"), (SINGLE, "Lighthouse restored"), (WAP + "?from=wap", "Costs")))
    return {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><head><title>News</title></head><body><h1>Latest</h1><ul>{listing}</ul>"
                                 "</body></html>"),
        THREE: three(1),
        THREE.replace(".html", "_2.html"): three(2),
        THREE.replace(".html", "_3.html"): three(3),
        FAILS: fails,
        WAP: wap(1),
        WAP.replace(".html", "_2.html"): wap(2),
        SINGLE: lambda h, q: h.html(story_page("Lighthouse restored", 1, "", base() + SINGLE)),
    }


@pytest.fixture(scope="module")
def site() -> Iterator[FaultServer]:
    with serving(routes) as server:
        yield server


#: How many times the module's crawl (:func:`crawled`) asked for each path.
ASKED: dict[str, int] = {}


@pytest.fixture(scope="module")
def crawled(site: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    before = dict(site.counts)
    run = crawl(tmp_path_factory.mktemp("stories") / "a.db", site.base_url + "/", extra=FAST)
    assert run.returncode == 0, run.stderr
    ASKED.update({path: count - before.get(path, 0) for path, count in site.counts.items()})
    return run


def rows(db: Path, sql: str, *args: Any) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, args)]


def test_one_record_per_story_its_pages_joined_in_order(crawled: CrawlRun, site: FaultServer) -> None:
    articles = {row["canonical_url"].removeprefix(site.base_url): row
                for row in rows(crawled.db, "SELECT canonical_url, title, body, authors, published, provenance "
                                            "FROM articles")}
    assert sorted(articles) == sorted([THREE, FAILS, SINGLE, WAP])  # no page 2 or 3 of its own
    story = articles[THREE]
    parts = [story["body"].index(f"Part {part}, paragraph {n}.") for part in (1, 2, 3) for n in range(4)]
    assert parts == sorted(parts)
    assert story["title"] == "Ferry plan approved" and json.loads(story["authors"]) == ["Ann Lee"]
    assert story["published"].startswith("2025-07-16")
    provenance = json.loads(story["provenance"])
    assert provenance["pages"] == "3"
    # one row each: page 2 of the ferry story, linked by the listing too, is fetched once
    assert "later pages of multi-page stories: 3 (their text in their first page's record)" in crawled.stdout
    assert provenance["page_urls"].split() == [site.base_url + THREE.replace(".html", suffix)
                                               for suffix in (".html", "_2.html", "_3.html")]
    # listed at another address than its canonical's: still joined, still under its canonical
    wap = articles[WAP]
    assert json.loads(wap["provenance"])["pages"] == "2" and "Part 2, paragraph 3." in wap["body"]
    single = json.loads(articles[SINGLE]["provenance"])
    assert "pages" not in single and "Part 2" not in articles[SINGLE]["body"]


def test_later_pages_have_their_fetch_rows_and_no_version(crawled: CrawlRun, site: FaultServer) -> None:
    fetches = rows(crawled.db, "SELECT url, outcome, reason, canonical_url FROM fetches")
    later = [f for f in fetches if "/news/" in f["url"] and f["url"].endswith(("_2.html", "_3.html"))]
    assert later and {f["outcome"] for f in later} == {"later-page"}, later
    assert {f["canonical_url"] for f in later} == {site.base_url + THREE}
    # page 2 reached from the listing and as the story's page: fetched once, never a record of its own
    assert len([f for f in later if f["url"] == site.base_url + THREE.replace(".html", "_2.html")]) == 1
    assert ASKED[THREE.replace(".html", "_2.html")] == 1, ASKED
    first = [f for f in fetches if f["url"] == site.base_url + THREE]
    assert [f["outcome"] for f in first] == ["stored"] and "3 pages joined" in first[0]["reason"]
    assert len(rows(crawled.db, "SELECT * FROM versions")) == 4


def test_a_later_page_that_fails_is_recorded_and_the_story_kept(crawled: CrawlRun, site: FaultServer) -> None:
    (story,) = rows(crawled.db, "SELECT body, provenance FROM articles WHERE canonical_url = ?", site.base_url + FAILS)
    assert "Part 1, paragraph 3." in story["body"]
    assert "HTTP 500" in json.loads(story["provenance"])["pages_missing"]
    (failed,) = rows(crawled.db, "SELECT outcome, status, reason FROM fetches WHERE url = ?",
                     site.base_url + FAILS + "?page=2")
    assert failed["outcome"] == "error" and failed["status"] == 500
    assert f"page 2 of the story at {site.base_url + FAILS}" in failed["reason"]
    (stats,) = rows(crawled.db, "SELECT stats FROM crawls")
    counted = json.loads(stats["stats"])
    assert counted["clippings/story_pages_failed"] == 1 and counted["clippings/stories_joined"] == 2


def test_every_page_of_a_joined_story_is_in_the_warc(crawled: CrawlRun, site: FaultServer) -> None:
    responses = []
    for path in sorted(crawled.db.parent.glob("*-warc/*.warc.gz")):
        with path.open("rb") as stream:
            responses += [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                          if r.rec_type == "response"]
    for suffix in (".html", "_2.html", "_3.html"):
        assert site.base_url + THREE.replace(".html", suffix) in responses


def test_a_story_longer_than_the_page_cap_keeps_its_first_pages(site: FaultServer, tmp_path: Path) -> None:
    """CLIPPINGS_STORY_MAX_PAGES bounds the pages fetched for one story: the first ones
    are joined, the cut is counted, and the page past it is never a record of its own."""
    run = crawl(tmp_path / "cap.db", site.base_url + THREE, extra=(*FAST, "-s", "CLIPPINGS_STORY_MAX_PAGES=2"))
    assert run.returncode == 0, run.stderr
    (story,) = rows(run.db, "SELECT canonical_url, body, provenance FROM articles")
    assert story["canonical_url"] == site.base_url + THREE and json.loads(story["provenance"])["pages"] == "2"
    assert "Part 2, paragraph 3." in story["body"] and "Part 3" not in story["body"]
    (stats,) = rows(run.db, "SELECT stats FROM crawls")
    assert json.loads(stats["stats"])["clippings/story_pages_cut"] == 1


def test_reextract_keeps_a_joined_story_and_import_warc_stores_no_later_page(
        crawled: CrawlRun, site: FaultServer, tmp_path: Path) -> None:
    """A joined story's capture is its first page only: ``reextract`` keeps the record
    (its text would shrink to page 1); ``import-warc`` of the crawl's files stores no
    later page as a story of its own."""
    copy = tmp_path / "copy"
    shutil.copytree(crawled.db.parent, copy)
    db = copy / crawled.db.name
    before = rows(db, "SELECT canonical_url, body FROM versions ORDER BY id")
    result = clippings("reextract", str(db))
    assert result.returncode == 0, result.stderr
    assert "kept (a multi-page story)" in result.stdout + result.stderr
    assert rows(db, "SELECT canonical_url, body FROM versions ORDER BY id") == before
    fresh = tmp_path / "imported.db"
    result = clippings("import-warc", *map(str, sorted(copy.glob("*-warc/*.warc.gz"))), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    stored = {row["canonical_url"].removeprefix(site.base_url) for row in rows(fresh, "SELECT * FROM articles")}
    assert stored == {THREE, FAILS, SINGLE, WAP}


def test_the_extraction_pool_joins_the_same_story(site: FaultServer, tmp_path: Path) -> None:
    """With an extraction pool, a story's place is read in the pool with its record:
    the same one record, its pages joined."""
    pool = tuple(arg for arg in FAST if arg not in ("--processes", "0"))
    run = crawl(tmp_path / "pool.db", site.base_url + "/", extra=(*pool, "--processes", "1"))
    assert run.returncode == 0, run.stderr
    stored = {row["canonical_url"].removeprefix(site.base_url): row for row in
              rows(run.db, "SELECT canonical_url, body, provenance FROM articles")}
    assert sorted(stored) == sorted([THREE, FAILS, SINGLE, WAP])
    assert json.loads(stored[THREE]["provenance"])["pages"] == "3" and "Part 3, paragraph 3." in stored[THREE]["body"]
