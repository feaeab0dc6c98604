"""A story's later page that a listing links too is fetched once
(crawler/spiders/stories.py, crawler/middlewares/stories.py): a real crawl of a site
on 127.0.0.1 whose home links page 2 of one story (read on its own first: its story
takes it instead of fetching it again), page 1 of another, which links a listing
that links that story's page 2 (asked for by its story already: the listing's
request is not sent), and pages 1 and 2 of a third, page 2 slow (in flight when the
story asks for it: the story waits for that answer). Before, each such page was
fetched twice (stored once)."""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.project import get_project_settings

from crawler.items import ArticlePage, FetchRecord
from crawler.middlewares.stories import StoryPageTakenMiddleware
from crawler.parsers import parse_article
from crawler.spiders.articles import ArticleSpider
from crawler.spiders.stories import STORY, StoryChain
from tests.conftest import crawl
from tests.fault_site import FaultHandler, FaultServer, Route, serving
from tests.test_story_pages_crawl import FAST, story_page

FIRST = "/news/river-bridge-repairs-finished.html"  # the home links its page 2 only
SECOND = "/news/school-meals-plan-expanded.html"  # page 1 links /more, which links its page 2
THIRD = "/news/night-trains-return-to-the-coast.html"  # the home links pages 1 and 2; page 2 answers slowly


def page(path: str, n: int) -> str:
    return path if n == 1 else path.replace(".html", f"_{n}.html")


def pager(path: str, number: int, last: int) -> str:
    numbers = " ".join(f"<span>{n}</span>" if n == number else f"<a href='{page(path, n)}'>{n}</a>"
                       for n in range(1, last + 1))
    later = f" <a rel='next' href='{page(path, number + 1)}'>Next page</a>" if number < last else ""
    return f"<div class='pagination'>{numbers}{later}</div>"


def slow(route: Route) -> Route:
    """``route``, answered after 1.5 s (the page's request is in flight meanwhile)."""
    def answer(h: FaultHandler, q: dict[str, list[str]]) -> None:
        time.sleep(1.5)
        route(h, q)
    return answer


def routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    def story(path: str, title: str, n: int, last: int, extra: str = "") -> Route:
        return lambda h, q: h.html(story_page(title, n, pager(path, n, last) + extra,
                                              holder["site"].base_url + page(path, n)))

    return {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(f"<html><body><h1>Latest</h1><a href='{page(FIRST, 2)}'>Bridge (page 2)</a> "
                                 f"<a href='{SECOND}'>School meals</a> <a href='{THIRD}'>Night trains</a> "
                                 f"<a href='{page(THIRD, 2)}'>Night trains (page 2)</a></body></html>"),
        **{page(FIRST, n): story(FIRST, "Bridge repairs finished", n, 3, "<p><a href='/bridges'>Bridges</a></p>"
                                 if n == 2 else "") for n in (1, 2, 3)},
        "/bridges": lambda h, q: h.html("<html><body><h1>Bridges</h1><p>Nothing yet.</p></body></html>"),
        SECOND: story(SECOND, "School meals plan expanded", 1, 2, "<p><a href='/more'>More news</a></p>"),
        page(SECOND, 2): story(SECOND, "School meals plan expanded", 2, 2),
        THIRD: story(THIRD, "Night trains return", 1, 2),
        page(THIRD, 2): slow(story(THIRD, "Night trains return", 2, 2)),
        "/more": lambda h, q: h.html(f"<html><body><h1>More</h1><ul><li><a href='{page(SECOND, 2)}'>School meals "
                                     "(page 2)</a></li></ul></body></html>"),
    }


def rows(db: Path, sql: str, *args: Any) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, args)]


def test_a_later_page_a_listing_links_is_fetched_once(tmp_path: Path) -> None:
    with serving(routes) as site:
        run = crawl(tmp_path / "once.db", site.base_url + "/", extra=FAST)
        counts = dict(site.counts)
    assert run.returncode == 0, run.stderr
    assert counts[page(FIRST, 2)] == 1 and counts[page(SECOND, 2)] == 1 and counts[page(THIRD, 2)] == 1, counts
    assert counts["/more"] == 1 and counts[page(FIRST, 3)] == 1, counts
    assert counts["/bridges"] == 1, counts  # page 2's own link: followed though its story took the page read
    stored = {row["canonical_url"].removeprefix(site.base_url): row
              for row in rows(run.db, "select canonical_url, body, provenance from articles")}
    assert sorted(stored) == sorted([FIRST, SECOND, THIRD])
    first = stored[FIRST]
    assert json.loads(first["provenance"])["pages"] == "3"
    parts = [first["body"].index(f"Part {part}, paragraph {n}.") for part in (1, 2, 3) for n in range(4)]
    assert parts == sorted(parts)
    for path in (SECOND, THIRD):
        assert json.loads(stored[path]["provenance"])["pages"] == "2" and "Part 2, paragraph 3." in stored[path]["body"]
    # one row per page fetched: page 2 of the first story says where its text went
    later = {row["url"].removeprefix(site.base_url): row for row in
             rows(run.db, "select url, outcome, reason from fetches where outcome = 'later-page'")}
    assert sorted(later) == sorted([page(FIRST, 2), page(FIRST, 3), page(SECOND, 2), page(THIRD, 2)]), later
    assert "joined into its record" in later[page(THIRD, 2)]["reason"]
    assert len(rows(run.db, "select * from fetches where url like '%\\_2.html' escape '\\'")) == 3
    stats = json.loads(rows(run.db, "select stats from crawls")[0]["stats"])
    assert stats["clippings/story_pages_read_once"] == 3 and stats["clippings/stories_joined"] == 3, stats


def test_a_story_whose_awaited_answer_never_comes_asks_for_its_page() -> None:
    """The safety net: a story waiting for a request in flight whose answer never
    reaches the spider (none should) asks for the page itself when the crawl is idle
    (:meth:`StoryPageTakenMiddleware.idle` sends these requests; its first page is
    held, and was lost at the crawl's end). The real spider, middleware and crawl
    settings, no crawl running around them."""
    base = "http://stories.test"
    crawler = Crawler(ArticleSpider, get_project_settings())
    crawler.stats = MemoryStatsCollector(crawler)
    spider = crawler.spider = crawler._create_spider(seeds=[base + "/"])
    assert isinstance(spider, ArticleSpider)
    later = base + page(SECOND, 2)
    StoryPageTakenMiddleware(crawler).process_request(Request(later))  # a listing's request, sent: in flight
    article = parse_article(story_page("School meals plan expanded", 1, pager(SECOND, 1, 2), base + SECOND),
                            base + SECOND)
    assert article is not None
    chain = StoryChain(first=ArticlePage(article=article, fetch=FetchRecord(url=base + SECOND, outcome="stored")),
                       urls=[base + SECOND])
    assert list(spider.next_page(chain, later)) == []  # it waits for the answer in flight
    assert list(spider.stories_waiting) == [later]
    (asked,) = spider.stories_unanswered()
    assert asked.url == later and asked.meta[STORY] is chain and asked.callback == spider.parse_story_page
    assert not spider.stories_waiting and not spider.pages_in_flight


def test_a_story_waiting_for_a_listings_request_that_is_retried_gets_its_page(tmp_path: Path) -> None:
    """The listing's request in flight that a story waits for is answered 503 and
    retried (Scrapy's RetryMiddleware sends a copy through the downloader middlewares
    again): the retry is that request, not another one for a page the story took.
    Before, StoryPageTakenMiddleware dropped the retry, and the story, given that drop
    as its page's failure, was stored without page 2 ("... not fetched twice")."""
    def flaky_slow(route: Route) -> Route:
        def answer(h: FaultHandler, q: dict[str, list[str]]) -> None:
            time.sleep(1.5)  # in flight when the story asks for the page
            if h.server.counts[page(THIRD, 2)] == 1:
                h.send_bytes(503, b"busy")
            else:
                route(h, q)
        return answer

    def retried_routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
        site = routes(holder)
        return {"/robots.txt": site["/robots.txt"], THIRD: site[THIRD], page(THIRD, 2): flaky_slow(site[page(THIRD, 2)]),
                "/": lambda h, q: h.html(f"<html><body><h1>Latest</h1><a href='{THIRD}'>Night trains</a> "
                                         f"<a href='{page(THIRD, 2)}'>Night trains (page 2)</a></body></html>")}

    with serving(retried_routes) as site:
        run = crawl(tmp_path / "retried.db", site.base_url + "/", extra=(*FAST[:-2], "-s", "RETRY_TIMES=1"))
        counts = dict(site.counts)
    assert run.returncode == 0, run.stderr
    assert counts[page(THIRD, 2)] == 2, counts  # the 503 and its retry, no request of the story's own
    (stored,) = rows(run.db, "select body, provenance from articles")
    provenance = json.loads(stored["provenance"])
    assert provenance["pages"] == "2" and "pages_missing" not in provenance, provenance
    assert "Part 2, paragraph 3." in stored["body"]


def test_the_later_pages_kept_for_their_stories_are_bounded_in_bytes_too() -> None:
    """:attr:`StoryPagesMixin.later_pages_read` holds each page's record and raw
    answer: at most ``CLIPPINGS_STORY_MAX_HELD`` pages (64), and now at most
    ``CLIPPINGS_STORY_KEPT_BYTES`` of their answers, the oldest let go first (64
    pages of up to ``DOWNLOAD_MAXSIZE``, 32 MB, were 2 GB); a page larger than the
    whole is not kept (its story fetches it again). The real spider and settings."""
    from scrapy.http import HtmlResponse

    from crawler.items import RawResponse
    from crawler.parsers.story_pages import StoryPages

    base = "http://stories.test"
    settings = get_project_settings()
    settings.set("CLIPPINGS_STORY_KEPT_BYTES", 250_000)
    settings.set("CLIPPINGS_FOLLOW_LINKS", False)
    crawler = Crawler(ArticleSpider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    spider = crawler.spider = crawler._create_spider(seeds=[base + "/"])
    assert isinstance(spider, ArticleSpider)

    def read_alone(n: int, size: int) -> str:
        url = base + page(SECOND.replace("school", f"school{n}"), 2)
        html = story_page("School meals plan expanded", 2, "", url)
        article = parse_article(html, url)
        assert article is not None
        raw = RawResponse(url=url, status=200, headers=[], body=b"x" * size)
        record = ArticlePage(article=article, fetch=FetchRecord(url=url, outcome="stored"), raw=raw)
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
        assert [row.outcome for row in spider.later_page_alone(record, StoryPages(page=2, first_url=base + SECOND),
                                                               response)] == ["later-page"]
        return url

    urls = [read_alone(n, 100_000) for n in range(3)]
    assert sorted(spider.later_pages_read) == sorted(urls[1:])  # 300,000 bytes and more: the oldest let go
    assert read_alone(3, 300_000) not in spider.later_pages_read  # larger than the whole: not kept
    assert sorted(spider.later_pages_read) == sorted(urls[1:])


def test_a_story_does_not_wait_for_a_request_whose_redirect_was_dropped(tmp_path: Path) -> None:
    """A listing's request for ``/slug/2`` redirected to ``/slug/2/``, a page the
    crawl asked for already: the duplicate filter drops the redirect, and the request
    never comes back to the spider. Before, it stayed "in flight" for good: the story
    whose pager links ``/slug/2`` waited for it, its first page held, until the crawl
    was idle (the safety net; a long crawl's stories held so filled
    ``CLIPPINGS_STORY_MAX_HELD``, and those after were stored from their first page
    alone). Now the drop ends the wait: the story asks for the page itself."""
    stem = "/news/night-trains-return-to-the-coast"

    def story_routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
        def story(n: int, pager: str) -> Route:
            return lambda h, q: h.html(story_page("Night trains return", n, f"<div class='pagination'>{pager}</div>",
                                                  holder["site"].base_url + stem + ("/" if n == 1 else "/2/")))
        return {"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                "/": lambda h, q: h.html(f"<html><body><h1>Latest</h1><a href='{stem}/2/'>Night trains (2)</a> "
                                         f"<a href='{stem}/2'>Night trains, page 2</a></body></html>"),
                stem + "/": story(1, f"<span>1</span> <a href='{stem}/2'>2</a> <a rel='next' href='{stem}/2'>Next</a>"),
                stem + "/2/": story(2, f"<a href='{stem}/'>1</a> <span>2</span>"),
                stem + "/2": lambda h, q: h.redirect(stem + "/2/", 301)}

    with serving(story_routes) as site:
        run = crawl(tmp_path / "dropped.db", site.base_url + "/", extra=FAST)
    assert run.returncode == 0, run.stderr
    (stored,) = rows(run.db, "select body, provenance from articles")
    assert json.loads(stored["provenance"])["pages"] == "2" and "Part 2, paragraph 3." in stored["body"]
    stats = json.loads(rows(run.db, "select stats from crawls")[0]["stats"])
    assert "clippings/story_pages_unanswered" not in stats, stats


def test_the_later_pages_stories_asked_for_are_bounded() -> None:
    """:attr:`StoryPagesMixin.story_pages_taken` grew by every later page a story of
    the crawl asked for, for good. Now a page leaves it when the crawl's own request
    for it is refused (the duplicate filter has that URL from then on: no request of
    the crawl's own for it comes again), and past ``CLIPPINGS_STORY_TAKEN_MAX`` the
    oldest is let go. A story's page still in it keeps a listing's request from being
    sent. The real spider, middleware and settings."""
    from crawler.exceptions import StoryPageTaken

    base = "http://stories.test"
    settings = get_project_settings()
    settings.set("CLIPPINGS_STORY_TAKEN_MAX", 3)
    crawler = Crawler(ArticleSpider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    spider = crawler.spider = crawler._create_spider(seeds=[base + "/"])
    assert isinstance(spider, ArticleSpider)
    middleware = StoryPageTakenMiddleware(crawler)

    def ask_page_2(n: int) -> str:
        first = base + SECOND.replace("school", f"school{n}")
        article = parse_article(story_page("School meals plan expanded", 1, "", first), first)
        assert article is not None
        chain = StoryChain(first=ArticlePage(article=article, fetch=FetchRecord(url=first, outcome="stored")),
                           urls=[first])
        (request,) = spider.next_page(chain, page(first, 2))
        return str(request.url)

    asked = [ask_page_2(n) for n in range(5)]
    assert list(spider.story_pages_taken) == asked[2:]  # the oldest let go past 3
    with pytest.raises(StoryPageTaken):  # a listing's request for a page its story asked for: not sent
        middleware.process_request(Request(asked[4]))
    assert list(spider.story_pages_taken) == asked[2:4]  # refused once: the duplicate filter drops the others
    assert middleware.process_request(Request(asked[0])) is None  # let go: sent
