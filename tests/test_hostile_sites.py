"""Real crawls of a hostile site's indexes and redirects (a local server on 127.0.0.1):
sitemaps and feeds that are malformed, huge, nested or loop into each other, and
redirects whose text tries to pass for the crawl's own words. Each crawl is a real
``clippings crawl`` into a real archive; the settings keep them to seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crawler.spiders.discovery import discover
from crawler.urls import MAX_URL_CHARS
from tests.conftest import ROOT, CrawlRun, crawl
from tests.fault_site import FaultHandler, FaultServer, Route, article, serve, serving

FAST = ("--no-warc", "--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING")
# A Location whose text ends as the crawl's "not followed" note does: an http(s) target all the same.
LYING_LOCATION = "/news/lying-redirect-target (not followed: not an http(s) URL)"


SITEMAP = '<?xml version="1.0"?><{0} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{1}</{0}>'
OTHER_SITE = "http://elsewhere.invalid"
NESTING = 3
LINKS = 200
BUDGET = 5
FEEDS = 4
HUGE_FEED_ITEMS = 40_000
PASSWORD = "s3cret-pw"


def urlset(*urls: str) -> bytes:
    return SITEMAP.format("urlset", "".join(f"<url><loc>{u}</loc></url>" for u in urls)).encode()


def sitemapindex(*urls: str) -> bytes:
    return SITEMAP.format("sitemapindex", "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)).encode()


def rss(*urls: str) -> bytes:
    items = "".join(f"<item><title>{u}</title><link>{u}</link></item>" for u in urls)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


def huge_feed(base: str, items: int) -> bytes:
    """An RSS feed of ``items`` entries (links to /news/many-0 ... -19, over and over)
    that ends in a fault no XML parser gets past: one read whole is an error."""
    entries = "".join(f"<item><title>Story {n}</title><link>{base}/news/many-{n % 20}</link></item>"
                      for n in range(items))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{entries}'
            "<item><<<>>></channel></rss>").encode()


def site_routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    def base() -> str:
        return holder["site"].base_url

    def story(h: FaultHandler, q: dict[str, list[str]]) -> None:
        path = h.path.split("?", 1)[0]
        h.html(article("Story at " + path.rsplit("/", 1)[-1].replace("%20", " "), path, base=base()))

    def xml(make: Callable[[], bytes], content_type: str = "application/xml") -> Route:
        return lambda h, q: h.send_bytes(200, make(), content_type)

    def nested(h: FaultHandler, q: dict[str, list[str]]) -> None:  # /deep/N.xml lists /deep/N+1.xml, for ever
        number = int(h.path.rsplit("/", 1)[1].split(".")[0])
        h.send_bytes(200, sitemapindex(f"{base()}/deep/{number + 1}.xml"), "application/xml")

    routes: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/redirect/lying": lambda h, q: h.redirect(LYING_LOCATION),
        "/news/lying-redirect-target%20(not%20followed:%20not%20an%20http(s)%20URL)": story,
        "/sitemap-garbage.xml": xml(lambda: b'<?xml version="1.0"?><urlset><<<>>>&&&'),
        "/sitemap-cut.xml": xml(lambda: urlset(f"{base()}/news/before-the-cut", f"{base()}/news/after")[:-40]),
        "/feed-garbage.xml": xml(lambda: b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>',
                                 "application/rss+xml"),
        "/sitemap-many.xml": xml(lambda: urlset(*(f"{base()}/news/many-{n}" for n in range(20)))),
        "/feed-offsite.xml": xml(lambda: rss(f"{base()}/news/here", f"{OTHER_SITE}/news/there"),
                                 "application/rss+xml"),
        "/deep/0.xml": nested,
        "/self.xml": xml(lambda: sitemapindex(f"{base()}/self.xml", f"{base()}/leaf.xml")),
        "/ping.xml": xml(lambda: sitemapindex(f"{base()}/pong.xml")),
        "/pong.xml": xml(lambda: sitemapindex(f"{base()}/ping.xml", f"{base()}/leaf.xml")),
        "/leaf.xml": xml(lambda: urlset(f"{base()}/news/here", f"{base()}/home")),
        "/home": lambda h, q: h.html("<html><body><h1>Home</h1><a href='/home'>Home</a>"
                                     "<a href='/news/here'>Here</a><a href='/self.xml'>Sitemap</a></body></html>"),
    }
    routes["/moved"] = lambda h, q: h.redirect("/landing")  # a seed that moved, its new page linking itself
    routes["/landing"] = lambda h, q: h.html("<html><body><h1>Landing</h1><a href='/landing'>Home</a>"
                                             "<a href='/moved'>Old home</a><a href='/news/here'>Here</a></body></html>")
    # A front page linking its old address, which redirects back to it.
    routes["/front"] = lambda h, q: h.html("<html><body><h1>Front</h1><a href='/old-front'>Old front</a>"
                                           "<a href='/news/here'>Here</a></body></html>")
    routes["/old-front"] = lambda h, q: h.redirect("/front")
    # A cookie check (the crawl sends no cookies): /cookie-home -> /cookie-check -> /cookie-home.
    routes["/cookie-home"] = lambda h, q: h.redirect("/cookie-check")
    routes["/cookie-check"] = lambda h, q: h.redirect("/cookie-home")
    routes["/feed-amp.xml"] = xml(lambda: (  # a bare "&" in a query and a title, one in CDATA
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Q & A</title>'
        f'<item><link>{base()}/news/amp?x=1&y=2</link></item>'
        f'<item><link><![CDATA[{base()}/news/amp-cdata?x=1&y=2]]></link></item></channel></rss>').encode(),
        "application/rss+xml")
    routes["/feed-lt.xml"] = xml(lambda: (  # a bare "<" in the first title: lxml's push parser stops there
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f'<item><title>Top 5<10 tips</title><link>{base()}/news/lt-0</link></item>'
        + "".join(f"<item><title>Story {n}</title><link>{base()}/news/lt-{n}</link></item>" for n in range(1, 4))
        + "</channel></rss>").encode(), "application/rss+xml")
    routes.update({f"/news/lt-{n}": story for n in range(4)})
    routes["/sitemap-lt.xml"] = xml(lambda: (  # a bare "<" in the first news title: the lazy read stops there
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f'<url><loc>{base()}/news/sm-lt-0</loc><news:news><news:title>Top 5<10 tips</news:title></news:news></url>'
        + "".join(f"<url><loc>{base()}/news/sm-lt-{n}</loc><news:news><news:title>Story {n}</news:title>"
                  "</news:news></url>" for n in range(1, 4))
        + "</urlset>").encode())
    routes.update({f"/news/sm-lt-{n}": story for n in range(4)})
    # An article whose canonical link names its old address, now redirected to the home page (a seed).
    routes["/canon/home"] = lambda h, q: h.html("<html><body><h1>Home</h1><a href='/canon/p'>p</a></body></html>")
    routes["/canon/p"] = lambda h, q: h.html(article("A story", "/canon/p", base=base(),
                                                     canonical=base() + "/canon/old-address"))
    routes["/canon/old-address"] = lambda h, q: h.redirect("/canon/home")
    # An article whose canonical link is another page: its check comes after a budget of 2 is spent.
    routes["/budget/home"] = lambda h, q: h.html("<html><body><h1>Home</h1><a href='/budget/p'>p</a></body></html>")
    routes["/budget/p"] = lambda h, q: h.html(article(
        "A story", "/budget/p", base=base(), canonical=base() + "/budget/c",
        extra="".join(f"<a href='/budget/q{n}'>q</a>" for n in range(5))))
    routes.update({f"/budget/{name}": story for name in ("c", "q0", "q1", "q2", "q3", "q4")})
    routes["/feed-huge.xml"] = xml(lambda: huge_feed(base(), HUGE_FEED_ITEMS), "application/rss+xml")
    # Redirects to this very site with credentials in the URL, by a 302 and by a meta refresh.
    routes["/creds/home"] = lambda h, q: h.html("<html><body><h1>Home</h1><a href='/creds/302'>a</a>"
                                                "<a href='/creds/refresh'>b</a></body></html>")
    routes["/creds/302"] = lambda h, q: h.redirect(base().replace("://", f"://editor:{PASSWORD}@") + "/news/here")
    routes["/creds/refresh"] = lambda h, q: h.html(
        f"<html><head><meta http-equiv='refresh' content='0; url={base().replace('://', f'://editor:{PASSWORD}@')}"
        "/news/after'></head><body></body></html>")
    routes.update({f"/news/{name}": story for name in ("before-the-cut", "after", "here", "lying-x",
                                                       "amp", "amp-cdata")})
    routes.update({f"/news/many-{n}": story for n in range(20)})
    routes["/links"] = lambda h, q: h.html("<html><body><h1>All the links</h1>" + "".join(
        f"<a href='/news/link-{n}'>Link {n}</a>" for n in range(LINKS)) + "</body></html>")
    routes.update({f"/news/link-{n}": story for n in range(LINKS)})
    # Two links past Scrapy's URLLENGTH_LIMIT (2,083 characters) beside one that is not.
    routes["/long-links"] = lambda h, q: h.html("<html><body><h1>Long links</h1>" + "".join(
        f"<a href='/news/long-{n}?q={'x' * 2100}'>Long {n}</a>" for n in range(2))
        + "<a href='/news/here'>Here</a></body></html>")
    routes.update({f"/deep/{n}.xml": nested for n in range(1, 20)})

    routes["/nest/robots.txt"] = lambda h, q: h.send_bytes(
        200, f"User-agent: *\nAllow: /\nSitemap: {base()}/nest/idx1.xml\n".encode(), "text/plain")
    routes["/nest/idx1.xml"] = xml(lambda: sitemapindex(f"{base()}/nest/idx2.xml"))
    routes["/nest/idx2.xml"] = xml(lambda: sitemapindex(f"{base()}/nest/sitemap.xml"))
    routes["/nest/sitemap.xml"] = xml(lambda: urlset(f"{base()}/news/nested"))
    routes["/news/nested"] = story

    def blog_post(h: FaultHandler, q: dict[str, list[str]]) -> None:  # links the next category's feed
        number = int(h.path.rsplit("/", 1)[1])
        h.html(article(f"Blog post number {number}", h.path, base=base(),
                       extra=f"<a href='/blog/feed-{number + 1}.xml'>Feed</a>" if number < FEEDS - 1 else ""))

    routes.update({f"/blog/feed-{n}.xml": xml(lambda n=n: rss(f"{base()}/blog/post/{n}"), "application/rss+xml")
                   for n in range(FEEDS)})
    routes.update({f"/blog/post/{n}": blog_post for n in range(FEEDS)})
    return routes


@pytest.fixture(scope="module")
def site() -> Iterator[FaultServer]:
    with serving(site_routes) as server:
        yield server


def run(tmp_path: Path, site: FaultServer, *paths: str, extra: tuple[str, ...] = ()) -> CrawlRun:
    return crawl(tmp_path / "hostile.db", *(site.base_url + p for p in paths), extra=(*FAST, *extra))


def fetches(db: Path) -> list[dict[str, Any]]:
    return list(sqlite_utils.Database(db).query("select url, outcome, reason from fetches order by id"))


def test_a_redirect_is_followed_whatever_its_target_url_says(site: FaultServer, tmp_path: Path) -> None:
    """Whether a redirect is followed is the crawl's decision, carried as a flag: a
    Location whose text reads like the "not followed" note is still followed."""
    result = run(tmp_path, site, "/redirect/lying")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert [r["outcome"] for r in rows if r["url"].endswith("/redirect/lying")] == ["redirect"], rows
    assert any(r["outcome"] == "stored" and "lying-redirect-target" in r["url"] for r in rows), rows


def outcome_of(rows: list[dict[str, Any]], path: str) -> list[tuple[str, str]]:
    return [(r["outcome"], r["reason"]) for r in rows if r["url"].endswith(path)]


@pytest.mark.parametrize("path, kind, fault", [
    ("/sitemap-garbage.xml", "sitemap", "StartTag: invalid element name"),
    ("/feed-garbage.xml", "feed", "Premature end of data"),
])
def test_a_seed_index_that_is_not_xml_is_an_error_row_and_fails_the_crawl(
        site: FaultServer, tmp_path: Path, path: str, kind: str, fault: str) -> None:
    result = run(tmp_path, site, path)
    assert result.returncode == 1, result.stderr[-3000:]
    ((outcome, reason),) = outcome_of(fetches(result.db), path)
    assert outcome == "error" and reason.startswith(f"{kind} is not well-formed XML (line 1: {fault}"), reason
    assert f"could not crawl seed {site.base_url}{path}: {kind} is not well-formed XML" in result.stdout + result.stderr


def test_a_sitemap_cut_short_is_an_error_row_and_its_links_read_are_followed(site: FaultServer, tmp_path: Path) -> None:
    result = run(tmp_path, site, "/sitemap-cut.xml")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    ((outcome, reason),) = outcome_of(rows, "/sitemap-cut.xml")
    assert outcome == "error" and reason.startswith("sitemap is not well-formed XML (line 1: Premature end of data"), reason
    assert [outcome for outcome, _ in outcome_of(rows, "/news/before-the-cut")] == ["stored"], rows


def test_a_feed_with_bare_ampersands_is_read_whole_and_not_an_error(site: FaultServer, tmp_path: Path) -> None:
    """A bare "&" in a feed (common) is read as "&amp;": its links are the URLs
    written (lxml's recovery read "?x=1&y=2" as "?x=1=2"), and the row says it was
    repaired, not an ``error`` counted among the crawl's errors."""
    result = run(tmp_path, site, "/feed-amp.xml")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert outcome_of(rows, "/feed-amp.xml") == [
        ("not-article", "feed: 2 links, 2 bare '&' read as '&amp;' (not well-formed XML, repaired)")], rows
    assert [outcome for outcome, _ in outcome_of(rows, "/news/amp?x=1&y=2")] == ["stored"], rows
    assert [outcome for outcome, _ in outcome_of(rows, "/news/amp-cdata?x=1&y=2")] == ["stored"], rows
    assert "errors: 0" in result.stdout, result.stdout


def test_a_feed_seed_with_a_bare_lt_in_its_first_title_has_all_its_links_followed(
        site: FaultServer, tmp_path: Path) -> None:
    """``Top 5<10 tips``: read lazily, the feed ended at the ``<`` with no link (and the
    seed failed the crawl); read again whole, its links around the fault are followed."""
    result = run(tmp_path, site, "/feed-lt.xml")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    ((outcome, reason),) = outcome_of(rows, "/feed-lt.xml")
    assert outcome == "error" and reason.startswith("feed is not well-formed XML (line 1: StartTag: invalid element"), reason
    assert reason.endswith("feed: 4 links"), reason
    assert sorted(r["url"].rsplit("/", 1)[1] for r in rows if r["outcome"] == "stored") == [
        f"lt-{n}" for n in range(4)], rows


def test_a_sitemap_seed_with_a_bare_lt_in_its_first_title_has_all_its_links_followed(
        site: FaultServer, tmp_path: Path) -> None:
    """As a feed's: read lazily (Scrapy's ``Sitemap``), the sitemap ended at the ``<``
    of its first news title with one link; read again whole, every link is followed."""
    result = run(tmp_path, site, "/sitemap-lt.xml")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    ((outcome, reason),) = outcome_of(rows, "/sitemap-lt.xml")
    assert outcome == "error" and reason.startswith("sitemap is not well-formed XML (line 1: StartTag: invalid element"), \
        reason
    assert reason.endswith("sitemap: 4 links"), reason
    assert sorted(r["url"].rsplit("/", 1)[1] for r in rows if r["outcome"] == "stored") == [
        f"sm-lt-{n}" for n in range(4)], rows


def test_a_sitemap_cut_short_inside_a_url_leaves_that_url_out() -> None:
    """Read again whole, a sitemap cut in the middle of its last ``loc`` does not
    give that half URL (lxml closes the element at the end of the data); one that
    ends in a comment, or in text after its end tag, keeps its last entry."""
    body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>https://a.example/1</loc><lastmod>5<6</lastmod></url>"
            "<url><loc>https://a.example/2</loc></url><url><loc>https://a.example/3</loc></url></urlset>")
    found = discover(f"{body}\n<!-- generated -->\n".encode(), "https://a.example/sitemap.xml")
    assert found is not None and found.urls == [f"https://a.example/{n}" for n in (1, 2, 3)], found
    found = discover(body[:-25].encode(), "https://a.example/sitemap.xml")
    assert found is not None and found.urls == ["https://a.example/1", "https://a.example/2"], found
    assert found.problem is not None
    # Text after the end (a server's warning): its last entry was read whole.
    found = discover(body.replace("5<6", "2025-07-01").encode() + b"<b>Warning</b>: x", "https://a.example/s.xml")
    assert found is not None and found.urls == [f"https://a.example/{n}" for n in (1, 2, 3)], found
    assert found.problem is not None


def test_a_feed_cut_short_inside_a_link_leaves_that_link_out() -> None:
    """As a sitemap's: a broken feed read again whole does not give the half URL of
    the entry open where the data ends, nor drop a whole entry before it (one whose
    link the cut entry lacks); one that ends in a comment keeps its last entry."""
    items = "".join(f"<item><title>{n}</title><link>https://a.example/{n}</link></item>" for n in (1, 2, 3))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Top 5<10</title>{items}</channel></rss>'
    found = discover(f"{body}\n<!-- cached -->\n".encode(), "https://a.example/feed.xml")
    assert found is not None and found.urls == [f"https://a.example/{n}" for n in (1, 2, 3)], found
    for cut_inside in ("https://a.example/3", "<title>3"):  # in the link; before it
        found = discover(body[:body.index(cut_inside) + len(cut_inside) - 2].encode(), "https://a.example/feed.xml")
        assert found is not None and found.urls == ["https://a.example/1", "https://a.example/2"], found
        assert found.problem is not None


def test_a_sitemap_is_read_up_to_its_cap_and_its_row_says_there_was_more(site: FaultServer, tmp_path: Path) -> None:
    result = run(tmp_path, site, "/sitemap-many.xml", extra=("-s", "CLIPPINGS_INDEX_MAX_URLS=5"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    ((outcome, reason),) = outcome_of(rows, "/sitemap-many.xml")
    assert outcome == "not-article" and reason == "sitemap: 5 links, more not read (CLIPPINGS_INDEX_MAX_URLS=5)"
    assert sorted(r["url"].rsplit("-", 1)[1] for r in rows if "/news/many-" in r["url"]) == ["0", "1", "2", "3", "4"]


def test_a_huge_feed_is_read_only_up_to_its_cap(site: FaultServer, tmp_path: Path) -> None:
    """A feed of 40,000 entries under a cap of 5 links is read up to the sixth
    link, as a sitemap is: the fault at its end is never reached (the feed was
    parsed whole, and was an ``error`` row for that fault)."""
    result = run(tmp_path, site, "/feed-huge.xml", extra=("-s", "CLIPPINGS_INDEX_MAX_URLS=5"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert outcome_of(rows, "/feed-huge.xml") == [
        ("not-article", "feed: 5 links, more not read (CLIPPINGS_INDEX_MAX_URLS=5)")], rows
    assert sorted(r["url"].rsplit("-", 1)[1] for r in rows if "/news/many-" in r["url"]) == ["0", "1", "2", "3", "4"]


MEMORY_PROBE = """
import json, resource, sys
from crawler.spiders.discovery import discover
with open(sys.argv[1], "rb") as file:
    body = file.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
found = discover(body, "http://feed.test/feed.xml", max_entries=5)
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps([len(found.urls), found.cut, found.problem, grown * 1024, len(body)]))
"""


def test_a_huge_feed_under_its_cap_takes_no_memory_for_the_rest(tmp_path: Path) -> None:
    """Read lazily, a 30 MB feed capped at 5 links grows the process by less than
    half its own size (parsed whole, its tree grew it by some 280 MB). The feed is
    built here and only read by the probe, so the probe's peak before reading is one
    copy of the body, and a reader keeping another copy of it would show."""
    feed = tmp_path / "huge.xml"
    feed.write_bytes(huge_feed("http://feed.test", 400_000))
    done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(feed)], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    links, cut, problem, grown, size = json.loads(done.stdout)
    assert (links, cut, problem) == (5, True, None)
    assert size > 30 * 2**20 and grown < size // 2, (grown, size)


def test_feed_links_longer_than_a_url_are_dropped_and_recovered_ones_kept_in_order() -> None:
    """A 20,000-character "link" is junk, not a URL to canonicalize; an entry with a
    child left open gave its link after the next entry's (lazy parser's order)."""
    long = "http://feed.test/" + "x" * MAX_URL_CHARS
    body = rss(long, "http://feed.test/a")
    assert discover(body, "http://feed.test/feed.xml").urls == ["http://feed.test/a"]
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>http://feed.test/a</link></item>'
            b"<item><link>http://feed.test/b</link><foo></item><item><link>http://feed.test/c</link></item>"
            b"</channel></rss>")
    found = discover(body, "http://feed.test/feed.xml")
    assert found.urls == [f"http://feed.test/{x}" for x in "abc"] and found.problem, found


def test_feed_entries_off_the_sites_are_counted_not_followed(site: FaultServer, tmp_path: Path) -> None:
    result = run(tmp_path, site, "/feed-offsite.xml")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert outcome_of(rows, "/feed-offsite.xml") == [
        ("not-article", "feed: 2 links, 1 off the crawl's sites (not followed)")]
    assert not [r for r in rows if r["url"].startswith(OTHER_SITE)] and outcome_of(rows, "/news/here")


def test_sitemap_indexes_nested_for_ever_end_at_the_nesting_limit(site: FaultServer, tmp_path: Path) -> None:
    """The document ``CLIPPINGS_SITEMAP_NESTING`` deep (the seed is 0 deep) has its
    links followed; the next one is a ``trap`` row."""
    result = run(tmp_path, site, "/deep/0.xml", extra=("-s", f"CLIPPINGS_SITEMAP_NESTING={NESTING}"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert [r["url"].rsplit("/", 1)[1] for r in rows] == [f"{n}.xml" for n in range(NESTING + 2)], rows
    assert rows[-1]["outcome"] == "trap" and rows[-1]["reason"].startswith(
        f"sitemapindex {NESTING + 1} documents deep in sitemaps and feeds: its links not followed"), rows[-1]


def test_robots_index_index_sitemap_is_3_deep(site: FaultServer, tmp_path: Path) -> None:
    """The chain the docs give as 3 deep is followed at CLIPPINGS_SITEMAP_NESTING=3, and
    at 0 a seed index's own links are followed, a nested one's not."""
    result = run(tmp_path, site, "/nest/robots.txt", extra=("-s", "CLIPPINGS_SITEMAP_NESTING=3"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert [outcome for outcome, _ in outcome_of(fetches(result.db), "/news/nested")] == ["stored"]
    (tmp_path / "zero").mkdir()
    result = run(tmp_path / "zero", site, "/nest/idx1.xml", "/nest/sitemap.xml",
                 extra=("-s", "CLIPPINGS_SITEMAP_NESTING=0"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert [outcome for outcome, _ in outcome_of(rows, "/news/nested")] == ["stored"], rows
    assert [outcome for outcome, _ in outcome_of(rows, "/nest/idx1.xml")] == ["not-article"], rows
    assert [outcome for outcome, _ in outcome_of(rows, "/nest/idx2.xml")] == ["trap"], rows


def test_feeds_reached_through_pages_are_not_nested(site: FaultServer, tmp_path: Path) -> None:
    """A feed's post links the next category's feed: the nesting count starts again
    at each page (it carried on through pages, so ordinary feeds became traps)."""
    result = run(tmp_path, site, "/blog/feed-0.xml", extra=("-s", "CLIPPINGS_SITEMAP_NESTING=1"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert [(r["url"].split("/blog/", 1)[1], r["outcome"]) for r in rows if "/blog/" in r["url"]] == [
        (path, outcome) for n in range(FEEDS) for path, outcome in (
            (f"feed-{n}.xml", "not-article"), (f"post/{n}", "stored"))], rows


@pytest.mark.parametrize("seeds, documents", [
    (["/self.xml"], ["/self.xml", "/leaf.xml"]),  # an index that lists itself
    (["/ping.xml"], ["/ping.xml", "/pong.xml", "/leaf.xml"]),  # two that list each other
    (["/home"], ["/home", "/self.xml", "/leaf.xml"]),  # a home page its pages link back to
    (["/moved"], ["/moved", "/landing"]),  # a seed redirected to a page that links to itself
    (["/front"], ["/front", "/old-front"]),  # a page redirected to the seed (it fetched the seed again)
])
def test_each_seed_and_index_is_fetched_once(site: FaultServer, tmp_path: Path, seeds: list[str],
                                             documents: list[str]) -> None:
    before = dict(site.counts)
    result = run(tmp_path, site, *seeds)
    assert result.returncode == 0, result.stderr[-3000:]
    fetched = {path: site.counts.get(path, 0) - before.get(path, 0) for path in (*documents, "/news/here")}
    assert fetched == dict.fromkeys(fetched, 1), fetched
    rows = fetches(result.db)
    assert sorted(r["url"] for r in rows) == sorted({r["url"] for r in rows}), rows


def test_a_seed_whose_redirects_lead_back_to_it_fails_the_crawl(site: FaultServer, tmp_path: Path) -> None:
    """The redirect back to the seed is not dropped as a duplicate of it (the crawl
    ended "finished" with nothing fetched): the loop is an error and the seed failed."""
    result = run(tmp_path, site, "/cookie-home")
    assert result.returncode == 1, result.stdout + result.stderr[-3000:]
    assert f"could not crawl seed {site.base_url}/cookie-home: " in result.stdout + result.stderr
    assert [r for r in fetches(result.db) if r["outcome"] == "error"], fetches(result.db)


def test_past_a_site_budget_one_trap_row_says_so_and_the_rest_are_counted(site: FaultServer, tmp_path: Path) -> None:
    """A page of 200 links under a budget of 5 requests: one ``trap`` row names the
    spent budget, and the 195 or so requests refused after it are counted, not
    written one by one (a site of endless links made the crawl write a row each)."""
    result = run(tmp_path, site, "/links", extra=("-s", f"CLIPPINGS_SITE_PAGE_BUDGET={BUDGET}"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    traps = [r for r in rows if r["outcome"] == "trap"]
    assert len(traps) == 1 and traps[0]["reason"].startswith(f"page budget of {BUDGET} requests for "), traps
    fetched = [r for r in rows if "/news/link-" in r["url"] and r["outcome"] != "trap"]
    stats = json.loads(next(sqlite_utils.Database(result.db).query("select stats from crawls"))["stats"])
    refused = LINKS - len(fetched) - 1  # the first refusal is the trap row, counted as a trap
    assert len(fetched) < BUDGET and stats["clippings/site_budget_refused"] == refused, stats
    assert f"refused: traps 1, past a site's page budget {refused}" in result.stdout.splitlines(), result.stdout


def test_links_past_the_url_length_limit_are_counted_and_said(site: FaultServer, tmp_path: Path) -> None:
    """Scrapy drops a link longer than URLLENGTH_LIMIT unfetched, counted only in its
    own ``urllength/request_ignored_count``: the crawl counts it as its own
    (``clippings/links_too_long``) and its summary's "refused" line says so."""
    result = run(tmp_path, site, "/long-links")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert not [r for r in rows if "/news/long-" in r["url"]], rows
    assert [outcome for outcome, _ in outcome_of(rows, "/news/here")] == ["stored"], rows
    stats = json.loads(next(sqlite_utils.Database(result.db).query("select stats from crawls"))["stats"])
    assert stats["clippings/links_too_long"] == 2, stats
    assert "refused: links longer than URLLENGTH_LIMIT 2" in result.stdout.splitlines(), result.stdout


def test_robots_txt_is_read_past_a_spent_budget_and_takes_no_trap_row(site: FaultServer, tmp_path: Path) -> None:
    """A budget of 1 request, which the seed takes: robots.txt is still asked for
    (not counted, never refused) and the first link refused is the one ``trap``
    row (robots.txt was refused, and took that row with it: the crawl had none)."""
    before = site.counts.get("/robots.txt", 0)
    result = run(tmp_path, site, "/links", extra=("-s", "CLIPPINGS_SITE_PAGE_BUDGET=1"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert site.counts.get("/robots.txt", 0) - before == 1
    rows = fetches(result.db)
    traps = [r for r in rows if r["outcome"] == "trap"]
    assert len(traps) == 1 and "/news/link-" in traps[0]["url"], rows[:5]


def test_a_canonical_check_is_read_past_a_spent_budget_and_takes_no_trap_row(
        site: FaultServer, tmp_path: Path) -> None:
    """A budget of 2, taken by the seed and the article: the article's canonical
    check is still fetched (not counted, never refused) and one of the article's
    links is the one ``trap`` row (the check was refused as an ``error`` row, and
    took that row with it, or was counted past it)."""
    result = run(tmp_path, site, "/budget/home", extra=("-s", "CLIPPINGS_SITE_PAGE_BUDGET=2"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert [outcome for outcome, _ in outcome_of(rows, "/budget/c")] == ["checked"], rows
    traps = [r for r in rows if r["outcome"] == "trap"]
    assert len(traps) == 1 and "/budget/q" in traps[0]["url"], rows
    assert "errors: 0" in result.stdout and "refused: traps 1, past a site's page budget 4" in result.stdout, \
        result.stdout


def test_a_canonical_check_redirected_to_a_seed_reads_the_seed(site: FaultServer, tmp_path: Path) -> None:
    """An article's canonical link redirects to the home page, a seed: the check
    reads the home page (a ``checked`` row), as it is not a fetch of the crawl's
    (dropped as the seed fetched already, it was an ``error`` row, counted)."""
    result = run(tmp_path, site, "/canon/home")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert [outcome for outcome, _ in outcome_of(rows, "/canon/home")] == ["not-article", "checked"], rows
    assert [outcome for outcome, _ in outcome_of(rows, "/canon/p")] == ["stored"], rows
    assert "errors: 0" in result.stdout, result.stdout


def test_seeds_past_a_site_budget_are_fetched_all_the_same(site: FaultServer, tmp_path: Path) -> None:
    """A seed is counted in its site's budget but never refused (seeds past it
    vanished, no row, no seed error); links past the budget still are."""
    seeds = [f"/news/many-{n}" for n in range(8)]
    result = run(tmp_path, site, *seeds, "/links", extra=("-s", "CLIPPINGS_SITE_PAGE_BUDGET=3"))
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    rows = fetches(result.db)
    assert [outcome for path in seeds for outcome, _ in outcome_of(rows, path)] == ["stored"] * 8, rows
    assert [outcome for outcome, _ in outcome_of(rows, "/links")] == ["not-article"], rows
    assert not [r for r in rows if "/news/link-" in r["url"] and r["outcome"] != "trap"], rows
    assert len([r for r in rows if r["outcome"] == "trap"]) == 1, rows


def test_a_huge_robots_txt_is_read_up_to_500_kib_and_its_rules_there_obeyed(tmp_path: Path) -> None:
    """Protego matches every URL against every rule: a robots.txt of megabytes
    made each request of the crawl slow. Its first 500 KiB (RFC 9309, 2.5) are read."""
    robots = b"User-agent: *\nDisallow: /private\n" + b"# padding, padding, padding\n" * 30_000
    holder: dict[str, FaultServer] = {}

    def front(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html(article("Front story", "/news/front", base=holder["site"].base_url,
                       extra="<a href='/private/story'>private</a>"))

    server = holder["site"] = serve({"/robots.txt": lambda h, q: h.send_bytes(200, robots, "text/plain"),
                                     "/news/front": front})
    try:
        result = crawl(tmp_path / "robots.db", server.base_url + "/news/front", extra=FAST)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/private/story" not in server.counts
    rows = fetches(result.db)
    assert outcome_of(rows, "/private/story") == [("robots", "forbidden by robots.txt")], rows
    stats = json.loads(next(sqlite_utils.Database(result.db).query("select stats from crawls"))["stats"])
    assert stats["clippings/robots/cut"] == 1, stats


def test_a_page_of_endless_links_is_followed_up_to_its_cap(site: FaultServer, tmp_path: Path) -> None:
    result = run(tmp_path, site, "/links", extra=("-s", "CLIPPINGS_PAGE_MAX_LINKS=7"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = fetches(result.db)
    assert sorted(int(r["url"].rsplit("-", 1)[1]) for r in rows if "/news/link-" in r["url"]) == list(range(7))
    stats = json.loads(next(sqlite_utils.Database(result.db).query("select stats from crawls"))["stats"])
    assert stats["clippings/page_links_cut"] == 1, stats


def test_a_304_to_a_first_visit_is_an_error_not_unchanged(tmp_path: Path) -> None:
    """A 304 answers a conditional request: to one that asked for no cache check
    (nothing of the page is archived) it was recorded as ``unchanged``, for a page
    never archived (probe 21). It is an error row naming why; the seed fails."""
    server = serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
                    "/": lambda h, q: h.send_bytes(304, b"")})
    try:
        result = crawl(tmp_path / "a.db", server.base_url + "/", extra=FAST)
    finally:
        server.shutdown()
    (row,) = [r for r in fetches(result.db) if r["url"] == server.base_url + "/"]
    assert row["outcome"] == "error"
    assert row["reason"] == "HTTP 304 (not modified) to a request that asked for no cache check: nothing to keep"
    assert result.returncode == 1 and "nothing to keep" in result.stderr


def test_a_redirect_to_a_url_with_a_password_is_not_followed_and_the_password_not_kept(
        site: FaultServer, tmp_path: Path) -> None:
    """``302 Location: http://editor:PASSWORD@host/...`` (and a meta refresh to one):
    the target was requested, and failed with "invalid hostname:
    editor:PASSWORD@127.0.0.1" (an ``error`` row "ValueError: ...", since robots.txt
    is read first a ``robots`` row "it could not be read: ..."), the password
    copied into the archive. The redirect row says it is not followed, the
    password masked; no file of the archive holds a copy of it."""
    before = dict(site.counts)
    result = run(tmp_path, site, "/creds/home")
    assert result.returncode == 0, result.stderr[-3000:]
    masked = site.base_url.replace("://", "://editor:***@")
    rows = fetches(result.db)
    assert outcome_of(rows, "/creds/302") == [
        ("redirect", f"redirected to {masked}/news/here (not followed: a URL with a user name or password)")], rows
    assert outcome_of(rows, "/creds/refresh") == [
        ("redirect", f"meta refresh to {masked}/news/after (not followed: a URL with a user name or password)")], rows
    assert [r for r in rows if r["outcome"] not in ("redirect", "not-article")] == [], rows
    assert "errors: 0" in result.stdout, result.stdout
    assert site.counts.get("/robots.txt", 0) - before.get("/robots.txt", 0) == 1
    kept = [f.name for f in tmp_path.rglob("*") if f.is_file() and PASSWORD.encode() in f.read_bytes()]
    assert kept == [], kept  # the archive, and its -wal if any
    assert PASSWORD not in result.stdout + result.stderr
