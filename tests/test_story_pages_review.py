"""Review of multi-page stories (crawler/spiders/stories.py) in real crawls of a site on
127.0.0.1: a story held while its later page waits must still be stored when the crawl
reaches its page limit; a story re-crawled is one version; a later page that prints the
headline and standfirst again, redirects to its first page, or links back to it."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import crawl
from tests.fault_site import FaultHandler, FaultServer, Route, serving

FAST = ("--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING", "-s", "RETRY_TIMES=0")
STORY = "/news/harbour-ferry-plan-approved-4821.html"
OTHER = "/news/lighthouse-restored-after-the-storm-4822.html"
LOOP = "/news/council-budget-vote-delayed-4823.html"
BACK = "/news/school-roof-repairs-begin-4824.html"
FLAKY = "/news/night-ferry-timetable-changes-4825.html"  # its page 2 fails when the test says so
HELD = ("/news/tram-line-extended-4827.html", "/news/market-hall-reopens-4828.html")  # page 2 answers slowly
MATCH = "/sport/match-report-city-united.html"  # and MATCH-2: two stories, each linking the other
SENTENCE = "The harbour board met on Tuesday and heard from residents, traders and the ferry operator at length."
STANDFIRST = "The island ferry will sail twice more each day from August, the harbour board decided."


def second(path: str) -> str:
    return path.replace(".html", "_2.html")


def page(title: str, part: int, pager: str, canonical: str) -> str:
    """A story's page; every page prints the headline and the standfirst again (as many sites do)."""
    paragraphs = "".join(f"<p>Part {part}, paragraph {n}. {SENTENCE}</p>" for n in range(4))
    head = "<p class='byline'>By Ann Lee</p><time datetime='2025-07-16'>16 July 2025</time>" if part == 1 else ""
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{canonical}'><meta property='og:type' content='article'></head>"
            f"<body><article><h1>{title}</h1><p class='standfirst'><strong>{STANDFIRST}</strong></p>"
            f"{head}{paragraphs}</article>{pager}</body></html>")


def pager(path: str, number: int, *, back_next: bool = False) -> str:
    first, later = path, second(path)
    if number == 1:
        return f"<div class='pagination'><span>1</span> <a href='{later}'>2</a> <a href='{later}'>Next page</a></div>"
    # page 2: a "next" to page 1 (a pager that wraps round) or to itself
    nxt = f" <a rel='next' href='{first}'>Next page</a> <a href='{later}'>Next</a>" if back_next else ""
    return f"<div class='pagination'><a href='{first}'>1</a> <span>2</span>{nxt}</div>"


FLAKY_STATE: dict[str, bool] = {}
OLD = "/news/pier-repairs-finally-start-4826.html"  # page 2 archived as a story before stories were joined


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    def base() -> str:
        return holder["site"].base_url

    def story(path: str, title: str, number: int, back_next: bool = False) -> Route:
        own = path if number == 1 else second(path)
        return lambda h, q: h.html(page(title, number, pager(path, number, back_next=back_next), base() + own))

    def match(path: str, title: str, other: str, other_title: str) -> Route:
        related = f"<aside class='related'><h2>Related</h2><a href='{other}'>{other_title}</a></aside>"
        return lambda h, q: h.html(page(title, 1, related, base() + path))

    def old_second(h: FaultHandler, q: dict[str, list[str]]) -> None:
        """Page 2 with an ETag, answering 304 to it; no pager back while FLAKY_STATE["old"]."""
        if h.headers.get("If-None-Match") == '"p2"':
            h.send_bytes(304, b"", headers={"ETag": '"p2"'})
            return
        text = page("Pier repairs start", 2, "" if FLAKY_STATE.get("old") else pager(OLD, 2), base() + second(OLD))
        h.send_bytes(200, text.encode(), headers={"ETag": '"p2"'})

    sequel = MATCH.replace(".html", "-2.html")
    listing = "".join(f"<li><a href='{p}'>{p}</a></li>" for p in (STORY, OTHER, LOOP, BACK, sequel))
    return {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><head><title>News</title></head><body><h1>Latest</h1><ul>{listing}</ul>"
                                 "</body></html>"),
        STORY: story(STORY, "Ferry plan approved", 1),
        second(STORY): story(STORY, "Ferry plan approved", 2),
        OTHER: lambda h, q: h.html(page("Lighthouse restored", 1, "", base() + OTHER)),
        LOOP: story(LOOP, "Budget vote delayed", 1),
        second(LOOP): story(LOOP, "Budget vote delayed", 2, back_next=True),
        BACK: story(BACK, "Roof repairs begin", 1),
        second(BACK): lambda h, q: h.redirect(BACK),  # page 2 sends the crawler back to page 1
        FLAKY: story(FLAKY, "Night ferry timetable", 1),
        second(FLAKY): lambda h, q: (h.send_bytes(500, b"<html><body>busy</body></html>") if FLAKY_STATE.get("flaky")
                                     else story(FLAKY, "Night ferry timetable", 2)(h, q)),
        OLD: story(OLD, "Pier repairs start", 1),
        second(OLD): old_second,
        HELD[0]: story(HELD[0], "Tram line extended", 1),
        second(HELD[0]): lambda h, q: (time.sleep(0.5), story(HELD[0], "Tram line extended", 2)(h, q))[1],
        HELD[1]: story(HELD[1], "Market hall reopens", 1),
        second(HELD[1]): lambda h, q: (time.sleep(0.5), story(HELD[1], "Market hall reopens", 2)(h, q))[1],
        MATCH: match(MATCH, "City and United draw", sequel, "City beat United in the return leg"),
        sequel: match(sequel, "City beat United in the return leg", MATCH, "City and United draw"),
    }


@pytest.fixture(scope="module")
def site() -> Iterator[FaultServer]:
    with serving(routes) as server:
        yield server


def rows(db: Path, sql: str, *args: Any) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, args)]


def articles(db: Path, base: str) -> dict[str, dict[str, Any]]:
    return {row["canonical_url"].removeprefix(base): row
            for row in rows(db, "SELECT canonical_url, body, provenance FROM articles")}


def test_a_story_held_when_the_page_limit_is_reached_is_still_stored(site: FaultServer, tmp_path: Path) -> None:
    """``--max-pages 2``: the listing and the story's first page are the two pages; the
    other story's request is refused, so the crawl finishes only the pages counted.
    The story's page 2, requested after that, is set aside unfetched: the story must
    still be stored (its first page, page 2 named missing), not lost."""
    run = crawl(tmp_path / "limit.db", site.base_url + "/",
                extra=(*FAST, "--max-pages", "2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"))
    assert run.returncode == 0, run.stderr
    stored = articles(run.db, site.base_url)
    fetched = {row["url"].removeprefix(site.base_url): row["outcome"]
               for row in rows(run.db, "SELECT url, outcome FROM fetches")}
    assert fetched.get(STORY) == "stored", fetched  # (the listing's first link: the first counted)
    assert list(stored) == [STORY]
    assert "Part 1, paragraph 3." in stored[STORY]["body"] and "Part 2" not in stored[STORY]["body"]
    assert "past --max-pages" in json.loads(stored[STORY]["provenance"])["pages_missing"]


@pytest.fixture(scope="module")
def crawled(site: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = crawl(tmp_path_factory.mktemp("review") / "a.db", site.base_url + "/", extra=FAST)
    assert run.returncode == 0, run.stderr
    return run.db


def test_a_standfirst_printed_again_on_page_two_is_in_the_body_once(crawled: Path, site: FaultServer) -> None:
    story = articles(crawled, site.base_url)[STORY]
    assert json.loads(story["provenance"])["pages"] == "2"
    assert "Part 2, paragraph 3." in story["body"]
    assert story["body"].count(STANDFIRST) <= 1, story["body"]
    assert story["body"].count("Ferry plan approved") == 0


def test_a_later_page_linking_back_or_redirecting_to_the_first_ends_the_story(crawled: Path, site: FaultServer) -> None:
    """... and a story at ``slug-2.html`` whose related link names ``slug.html`` (another
    story) is a story of its own, not page 2 of the other (it was never stored)."""
    stored = articles(crawled, site.base_url)
    assert sorted(stored) == sorted([STORY, OTHER, LOOP, BACK, MATCH, MATCH.replace(".html", "-2.html")])
    loop = stored[LOOP]
    assert json.loads(loop["provenance"])["pages"] == "2" and loop["body"].count("Part 1, paragraph 0.") == 1
    back = json.loads(stored[BACK]["provenance"])
    assert "redirected" in back["pages_missing"] and "Part 1, paragraph 3." in stored[BACK]["body"]


def test_a_joined_story_crawled_again_is_one_version(site: FaultServer, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    for _ in range(2):
        run = crawl(db, site.base_url + STORY, extra=FAST)
        assert run.returncode == 0, run.stderr
    versions = rows(db, "SELECT canonical_url, body FROM versions")
    assert len(versions) == 1, [v["canonical_url"] for v in versions]
    assert "Part 2, paragraph 3." in versions[0]["body"]


def test_a_later_page_failing_on_a_recrawl_makes_no_shorter_version(site: FaultServer, tmp_path: Path) -> None:
    """A story archived with its two pages, crawled again when its page 2 answers 500:
    the story is seen again, its version with both pages stays the latest (before, a
    new version of page 1 alone replaced it); when page 2 is back, still one version."""
    db = tmp_path / "flaky.db"
    for flaky in (False, True, False):
        FLAKY_STATE["flaky"] = flaky
        run = crawl(db, site.base_url + FLAKY, extra=FAST)
        assert run.returncode == 0, run.stderr
        (story,) = rows(db, "SELECT body, provenance, version_count FROM articles")
        assert "Part 2, paragraph 3." in story["body"] and story["version_count"] == 1
        assert "pages_missing" not in json.loads(story["provenance"])
    FLAKY_STATE["flaky"] = False
    outcomes = [row["outcome"] for row in rows(db, "SELECT outcome FROM fetches WHERE url = ? ORDER BY id",
                                                site.base_url + FLAKY)]
    assert outcomes[0] == "stored" and outcomes[1] == "unchanged", outcomes


def test_import_warc_into_the_crawls_own_archive_keeps_the_joined_story(site: FaultServer, tmp_path: Path) -> None:
    """The crawl's WARC files imported into its own archive: the first page's capture
    is that page alone (pages_missing says so), and the version with both pages stays
    the latest (before, every joined story got a shorter version of page 1 alone)."""
    from tests.conftest import clippings

    run = crawl(tmp_path / "own.db", site.base_url + STORY, extra=FAST)
    assert run.returncode == 0, run.stderr
    result = clippings("import-warc", *map(str, sorted(tmp_path.glob("*-warc/*.warc.gz"))), "--db", str(run.db))
    assert result.returncode == 0, result.stderr
    (story,) = rows(run.db, "SELECT body, version_count FROM articles")
    assert story["version_count"] == 1 and "Part 2, paragraph 3." in story["body"]
    fresh = tmp_path / "fresh.db"
    result = clippings("import-warc", *map(str, sorted(tmp_path.glob("*-warc/*.warc.gz"))), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    (alone,) = rows(fresh, "SELECT canonical_url, provenance FROM articles")
    assert alone["canonical_url"] == site.base_url + STORY
    assert "not joined" in json.loads(alone["provenance"])["pages_missing"]


def test_a_crawl_that_joins_no_pages_keeps_the_joined_version(site: FaultServer, tmp_path: Path) -> None:
    """A crawl that joins no pages (``CLIPPINGS_STORY_MAX_PAGES=1``, as a distributed
    worker) stores a story's first page saying so (pages_missing), and over an archive
    holding the story with both pages makes no shorter version of it."""
    db = tmp_path / "one.db"
    run = crawl(db, site.base_url + STORY, extra=FAST)
    assert run.returncode == 0, run.stderr
    run = crawl(db, site.base_url + STORY, extra=(*FAST, "-s", "CLIPPINGS_STORY_MAX_PAGES=1"))
    assert run.returncode == 0, run.stderr
    (story,) = rows(db, "SELECT body, version_count FROM articles")
    assert story["version_count"] == 1 and "Part 2, paragraph 3." in story["body"]
    alone = tmp_path / "alone.db"
    run = crawl(alone, site.base_url + STORY, extra=(*FAST, "-s", "CLIPPINGS_STORY_MAX_PAGES=1"))
    assert run.returncode == 0, run.stderr
    (first,) = rows(alone, "SELECT body, provenance FROM articles")
    assert "Part 2" not in first["body"]
    assert "CLIPPINGS_STORY_MAX_PAGES=1" in json.loads(first["provenance"])["pages_missing"]


def test_a_story_at_the_depth_limit_is_joined(site: FaultServer, tmp_path: Path) -> None:
    """``--depth 1`` from the listing: the story's first page is one link deep, its page 2
    one more; the story counts as one page (before, Scrapy's depth limit dropped page 2's
    request unanswered and the held first page was never stored)."""
    run = crawl(tmp_path / "depth.db", site.base_url + "/", extra=(*FAST, "--depth", "1"))
    assert run.returncode == 0, run.stderr
    stored = articles(run.db, site.base_url)
    assert STORY in stored and json.loads(stored[STORY]["provenance"])["pages"] == "2"
    assert "Part 2, paragraph 3." in stored[STORY]["body"]


@pytest.mark.parametrize("mode", [(), ("-s", "CLIPPINGS_NEW_ONLY=True")], ids=["conditional", "only-new"])
def test_a_later_page_archived_before_as_a_story_is_fetched_whole(
        site: FaultServer, tmp_path: Path, mode: tuple[str, ...]) -> None:
    """An archive from before stories were joined holds page 2 as an article, with its
    ETag: the story's request for it sends no validators (a 304 left the story stored
    without page 2, and the archive kept it so), and an only-new run
    (``CLIPPINGS_NEW_ONLY``) does not skip it as archived."""
    db = tmp_path / "old.db"
    FLAKY_STATE["old"] = True
    try:
        run = crawl(db, site.base_url + second(OLD), extra=FAST)
    finally:
        FLAKY_STATE["old"] = False
    assert run.returncode == 0, run.stderr
    assert [row["canonical_url"] for row in rows(db, "SELECT canonical_url FROM articles")] == [
        site.base_url + second(OLD)]
    run = crawl(db, site.base_url + OLD, extra=(*FAST, *mode))
    assert run.returncode == 0, run.stderr
    story = articles(db, site.base_url)[OLD]
    assert json.loads(story["provenance"])["pages"] == "2", story["provenance"]
    assert "Part 2, paragraph 3." in story["body"]


def test_a_story_past_the_cap_of_stories_held_is_stored_from_its_first_page(site: FaultServer, tmp_path: Path) -> None:
    """``CLIPPINGS_STORY_MAX_HELD=1`` and two multi-page stories fetched at once: the
    first found is held and joined; the other, found while it is held, is stored from
    its first page at once (pages_missing says why); no page is lost and no later
    page is a record of its own."""
    run = crawl(tmp_path / "held.db", *(site.base_url + path for path in HELD),
                extra=(*FAST, "-s", "CLIPPINGS_STORY_MAX_HELD=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"))
    assert run.returncode == 0, run.stderr
    stored = articles(run.db, site.base_url)
    assert sorted(stored) == sorted(HELD)
    provenance = {path: json.loads(stored[path]["provenance"]) for path in HELD}
    joined = [path for path in HELD if provenance[path].get("pages") == "2"]
    alone = [path for path in HELD if "pages_missing" in provenance[path]]
    assert len(joined) == 1 and len(alone) == 1 and joined != alone, provenance
    assert "Part 2, paragraph 3." in stored[joined[0]]["body"]
    assert "Part 1, paragraph 3." in stored[alone[0]]["body"] and "Part 2" not in stored[alone[0]]["body"]
    assert "CLIPPINGS_STORY_MAX_HELD" in provenance[alone[0]]["pages_missing"]
    (stats,) = rows(run.db, "SELECT stats FROM crawls")
    counted = json.loads(stats["stats"])
    assert counted["clippings/stories_not_held"] == 1 and counted["clippings/stories_joined"] == 1
    later = rows(run.db, "SELECT url, outcome FROM fetches WHERE url LIKE '%\\_2.html' ESCAPE '\\'")
    assert [row["url"].removeprefix(site.base_url) for row in later] == [second(joined[0])], later
    assert later[0]["outcome"] == "later-page"
