"""robots.txt is obeyed by every request, also those that arrive while it is being fetched."""

from __future__ import annotations

import ipaddress
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from crawler.demo import content as C
from crawler.demo.server import serve_demo
from tests.conftest import ENV, ROOT, CrawlRun, crawl
from tests.fault_site import FaultHandler, FaultServer, article, serve

FAST = ("--no-warc", "--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False")


def outcomes(db: Path) -> dict[str, list[tuple[str, str]]]:
    """Each URL's fetch rows (outcome, reason), in order."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in sqlite_utils.Database(db).query("select url, outcome, reason from fetches order by id"):
        found.setdefault(row["url"], []).append((row["outcome"], row["reason"]))
    return found


def local_name() -> tuple[str, str]:
    """A name (not an address written out, not ``localhost``: the guard looks it up)
    that stands for local or private addresses only, and the one of them a test's site
    listens on: this machine's own name, whatever address its hosts file or resolver
    gives it (127.0.0.1 here; 127.0.1.1 on Debian; a container's or a CI runner's
    private address). (``127.1`` was such a name to the guard before it read IPv4 short
    forms as the address they are, as w3lib 2.6 writes them in every request.) Skipped
    only where the name cannot be looked up or stands for an internet address."""
    from crawler.urls import is_local_address

    name = socket.gethostname().lower()
    try:
        found = {info[4][0] for info in socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)}
    except OSError as exc:
        pytest.skip(f"{name} cannot be looked up here ({exc})")
    addresses = sorted((ipaddress.ip_address(text.split("%")[0]) for text in found),
                       key=lambda address: (address.version, int(address)))
    if not addresses or not all(is_local_address(address) for address in addresses):
        pytest.skip(f"{name} stands for {[str(address) for address in addresses]} here, "
                    "not local addresses only")
    return name, str(addresses[0])  # (an IPv4 one first: the crawl tries each address it is given)


def test_requests_waiting_for_robots_txt_are_checked_too(tmp_path: Path) -> None:
    """Four seeds of one site reach the robots.txt middleware at once; the
    disallowed one must be refused like any other (Scrapy >= 2.13 let every
    waiter but the first through: crawler/robots.py)."""
    with serve_demo(port=0) as server:
        server.slow_down(0.05)  # robots.txt takes a while: the other seeds wait for it
        private = server.base_url + C.private_stories()[0].path
        # The disallowed seed last: the first request fetches robots.txt, the next
        # ones wait for it, and Scrapy's bug let the second waiter on through.
        run = crawl(tmp_path / "robots.db", server.base_url + "/", server.base_url + "/sitemap.xml",
                    server.base_url + "/feed.xml", private, extra=("--depth", "0"))
        asked = [path for _, path, _ in server.requests]
    assert not [path for path in asked if path.startswith(C.DISALLOWED_PREFIX)], asked
    (row,) = sqlite_utils.Database(tmp_path / "robots.db").query(
        "select outcome, reason from fetches where url = ?", [private])
    assert row == {"outcome": "robots", "reason": "forbidden by robots.txt"}
    assert run.returncode != 0 and "forbidden by robots.txt" in run.stderr


def robots_chain(redirects: int) -> tuple[FaultServer, FaultServer]:
    """A site whose robots.txt is moved to another server (another port): ``redirects``
    consecutive redirects, the first to the other server, the last to its rules."""
    holder: dict[str, FaultServer] = {}

    def front(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html(article("Front story", "/news/front", base=holder["site"].base_url,
                       extra="<a href='/private/story'>private</a>"))

    def hop(h: FaultHandler, q: dict[str, list[str]]) -> None:
        left = int(h.path.rsplit("/", 1)[1])
        h.redirect(f"/hop/{left - 1}" if left > 1 else "/rules.txt", status=301)

    rules = serve({"/rules.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nDisallow: /private\n", "text/plain"),
                   **{f"/hop/{n}": hop for n in range(1, redirects)}})
    first = f"{rules.base_url}/hop/{redirects - 1}" if redirects > 1 else f"{rules.base_url}/rules.txt"
    site = holder["site"] = serve({"/robots.txt": lambda h, q: h.redirect(first, status=301), "/news/front": front,
                                   "/private/story": front})
    return site, rules


def crawl_robots_chain(redirects: int, db: Path) -> tuple[FaultServer, FaultServer, CrawlRun]:
    """The site of :func:`robots_chain` crawled from its front page into ``db``; both
    servers are stopped after (their request counts stay readable)."""
    site, rules = robots_chain(redirects)
    try:
        run = crawl(db, site.base_url + "/news/front", extra=FAST)
    finally:
        site.shutdown()
        rules.shutdown()
    return site, rules, run


def test_a_robots_txt_moved_to_another_host_is_followed_for_five_redirects(tmp_path: Path) -> None:
    """RFC 9309, 2.3.1.2: follow at least five consecutive redirects, even to another
    authority. The first hop, to another port, was refused as off the crawl's sites,
    and the whole site disallowed; now the rules at the end of the chain are obeyed.
    Each hop is a ``redirect`` row, as before; robots.txt is no page of the crawl."""
    site, rules, run = crawl_robots_chain(5, tmp_path / "moved.db")
    assert run.returncode == 0, run.stderr[-3000:]
    assert rules.counts == {"/hop/4": 1, "/hop/3": 1, "/hop/2": 1, "/hop/1": 1, "/rules.txt": 1}, rules.counts
    assert "/private/story" not in site.counts, site.counts
    rows = outcomes(tmp_path / "moved.db")
    assert rows[site.base_url + "/news/front"] == [("stored", "new version")], rows
    assert rows[site.base_url + "/private/story"] == [("robots", "forbidden by robots.txt")], rows
    assert [url.split("/", 3)[3] for url, found in rows.items() if found[0][0] == "redirect"] == [
        "robots.txt", "hop/4", "hop/3", "hop/2", "hop/1"], rows
    assert "pages fetched: 1 (parsed: 1)" in run.stdout, run.stdout  # robots.txt and its hops are no pages


def test_a_sixth_robots_txt_redirect_leaves_the_site_disallowed(tmp_path: Path) -> None:
    """Past five redirects robots.txt is not read: RFC 9309 lets a crawler take it as
    unavailable (allow all); Clippings keeps the site disallowed, as for any
    robots.txt it could not read, and says why."""
    site, rules, run = crawl_robots_chain(6, tmp_path / "far.db")
    assert run.returncode == 1, run.stderr[-3000:]
    assert "/rules.txt" not in rules.counts and "/news/front" not in site.counts, (rules.counts, site.counts)
    rows = outcomes(tmp_path / "far.db")
    where = rules.base_url.removeprefix("http://")
    assert rows[site.base_url + "/news/front"] == [("robots", "forbidden by robots.txt (it could not be read: max "
                                                    f"redirections reached (at {where}, where it was redirected))")], rows
    assert sum(found[0][0] == "redirect" for found in rows.values()) == 6, rows


def test_a_robots_txt_redirected_to_a_host_that_is_down_leaves_the_site_disallowed(tmp_path: Path) -> None:
    """A host that takes no connection is down, and its own pages fail with that
    error; but the host a robots.txt was redirected to is not the site: the site is
    up, its robots.txt unreachable (RFC 9309: complete disallow), and the reason
    says where it was redirected. Allowed, the whole site was crawled."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nowhere = f"127.0.0.1:{closed.getsockname()[1]}"  # nothing listens there once closed
    holder: dict[str, FaultServer] = {}
    site = holder["site"] = serve({
        "/robots.txt": lambda h, q: h.redirect(f"http://{nowhere}/robots.txt", status=301),
        "/news/front": lambda h, q: h.html(article("Front story", "/news/front", base=holder["site"].base_url))})
    try:
        run = crawl(tmp_path / "down.db", site.base_url + "/news/front", extra=FAST)
    finally:
        site.shutdown()
    assert run.returncode == 1, run.stderr[-3000:]
    assert "/news/front" not in site.counts, site.counts
    ((outcome, reason),) = outcomes(tmp_path / "down.db")[site.base_url + "/news/front"]
    assert outcome == "robots" and reason.startswith("forbidden by robots.txt (it could not be read: "), reason
    assert reason.endswith(f" (at {nowhere}, where it was redirected))"), reason


def test_an_intranet_site_given_by_name_may_redirect_its_robots_txt_within_its_network(tmp_path: Path) -> None:
    """A site given by a name that stands for local or private addresses only (an
    intranet wiki) redirects its robots.txt to another name within that network:
    the hop is followed, as for a site given by address (review 23, MEDIUM-3: only a
    written-out address counted as local, so the whole site was disallowed). A site on
    the internet is still refused such a hop (tests/test_urls.py)."""
    name, address = local_name()
    inside = serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nDisallow: /private\n",
                                                            "text/plain")}, host=address)
    hop = f"http://{name}:{inside.server_address[1]}/robots.txt"
    site = serve({"/robots.txt": lambda h, q: h.redirect(hop, status=301),
                  "/news/front": lambda h, q: h.html(article("Front story", "/news/front", base=front,
                                                             extra="<a href='/private/x'>x</a>"))}, host=address)
    front = f"http://{name}:{site.server_address[1]}"  # a name the guard looks up
    try:
        run = crawl(tmp_path / "inside.db", front + "/news/front", extra=FAST)
    finally:
        site.shutdown()
        inside.shutdown()
    assert inside.counts == {"/robots.txt": 1}, inside.counts
    rows = outcomes(tmp_path / "inside.db")
    assert rows[front + "/news/front"] == [("stored", "new version")], rows
    assert rows[front + "/private/x"] == [("robots", "forbidden by robots.txt")], rows
    assert "/private/x" not in site.counts and run.returncode == 0, run.stderr[-3000:]


# The crawl, with the guard's look-up of the site's own name answering an internet
# address only (as a name rebinding between the download's look-up and the guard's would).
REBOUND_CRAWL = """
import sys
import crawler.middlewares.guards as guards
guards.local_site_address = lambda host: None
from crawler.cli import cli
sys.argv = ["clippings", *sys.argv[1:]]
cli()
"""


def test_a_site_reached_at_a_local_address_is_local_whatever_its_name_looks_up_as(tmp_path: Path) -> None:
    """The guard judges the site by the address the crawler reached its robots.txt at
    (Scrapy's ``response.ip_address``, carried to the redirect's request), not by a
    second look-up of its name (review 24, LOW-D): here that look-up says "internet",
    but the site answered from a local address (this machine's), so its hop within
    the network is followed.
    (Before, the look-up decided: the hop was refused and the site disallowed.)"""
    inside = serve({"/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nDisallow: /private\n",
                                                            "text/plain")})
    hop = f"http://2130706433:{inside.server_address[1]}/robots.txt"  # 127.0.0.1 (an IPv4 short form)
    name, address = local_name()
    site = serve({"/robots.txt": lambda h, q: h.redirect(hop, status=301),
                  "/news/front": lambda h, q: h.html(article("Front story", "/news/front", base=front,
                                                             extra="<a href='/private/x'>x</a>"))}, host=address)
    front = f"http://{name}:{site.server_address[1]}"
    db = tmp_path / "rebound.db"
    try:
        run = subprocess.run([sys.executable, "-c", REBOUND_CRAWL, "crawl", front + "/news/front", "--db", str(db),
                              "--delay", "0", *FAST], capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    finally:
        site.shutdown()
        inside.shutdown()
    assert inside.counts == {"/robots.txt": 1}, (inside.counts, run.stderr[-3000:])
    rows = outcomes(db)
    assert rows[front + "/private/x"] == [("robots", "forbidden by robots.txt")], rows
    assert run.returncode == 0, run.stderr[-3000:]


def test_a_site_on_an_ipv6_address_is_crawled_and_its_robots_txt_hop_within_the_network_followed(
        tmp_path: Path) -> None:
    """``http://[::1]:PORT/``: Scrapy's default resolver (IPv4 only) said "DNS lookup
    failed: no results for hostname lookup: ::1". The site is crawled now, and the
    local-network guard still judges it by the address it answered from (::1, this
    machine): its robots.txt moved to 127.0.0.1 is followed and obeyed."""
    try:
        socket.socket(socket.AF_INET6).bind(("::1", 0))
    except OSError as exc:
        pytest.skip(f"IPv6 loopback (::1) cannot be bound here: {exc}")
    holder: dict[str, FaultServer] = {}

    def front(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html(article("Front story", "/news/front", base=holder["site"].base_url,
                       extra="<a href='/private/story'>private</a>"))

    rules = serve({"/rules.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nDisallow: /private\n", "text/plain")})
    site = holder["site"] = serve({"/robots.txt": lambda h, q: h.redirect(f"{rules.base_url}/rules.txt", status=301),
                                   "/news/front": front, "/private/story": front}, host="::1")
    try:
        run = crawl(tmp_path / "v6.db", site.base_url + "/news/front", extra=FAST)
    finally:
        site.shutdown()
        rules.shutdown()
    assert site.base_url.startswith("http://[::1]:")
    assert run.returncode == 0, run.stderr[-3000:]
    assert rules.counts == {"/rules.txt": 1}, rules.counts
    assert "/private/story" not in site.counts, site.counts
    rows = outcomes(tmp_path / "v6.db")
    assert rows[site.base_url + "/news/front"] == [("stored", "new version")], rows
    assert rows[site.base_url + "/private/story"] == [("robots", "forbidden by robots.txt")], rows


def test_a_distributed_worker_looks_names_up_over_ipv6_too() -> None:
    """The worker's settings follow the project's resolver (getaddrinfo, IPv4 and IPv6)."""
    from crawler.distributed.worker import worker_settings

    settings = worker_settings({"settings": {}}, "redis://127.0.0.1:1/0", "w1")
    assert settings.get("TWISTED_DNS_RESOLVER") == "crawler.resolver.TimedHostnameResolver"


def test_a_robots_txt_dropped_by_a_store_failures_halt_is_not_called_unreadable(
        caplog: pytest.LogCaptureFixture) -> None:
    """After a page could not be stored, the halt (crawler/middlewares/halt.py) refuses
    every request, a robots.txt one too: that logged "the robots.txt of ... could not
    be read ... every page ... disallowed" and counted ``clippings/robots/unreadable``
    for a site that said nothing. Now the request dropped is not read either way, and
    the site's requests waiting for it (and later ones) are dropped with the same
    exception (no ``fetches`` row). A robots.txt that could not be read is still said.
    The real middlewares, crawl settings and signal; no crawl around them."""
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import MemoryStatsCollector
    from twisted.internet.defer import Deferred
    from twisted.internet.error import TimeoutError as NetTimeout

    from crawler.exceptions import StoppedByStoreFailure
    from crawler.middlewares.halt import StoreFailureHaltMiddleware
    from crawler.robots import RobotsTxtMiddleware
    from crawler.run import crawl_settings
    from crawler.signals import store_failed
    from crawler.spiders.articles import ArticleSpider

    crawler = Crawler(ArticleSpider, crawl_settings("unused.db"))
    crawler.stats = MemoryStatsCollector(crawler)
    robots, halt = RobotsTxtMiddleware(crawler), StoreFailureHaltMiddleware.from_crawler(crawler)
    crawler.signals.send_catch_log(store_failed, reason="database disk image is malformed")
    robots_txt = Request("http://news.test/robots.txt", meta={"dont_obey_robotstxt": True})
    with pytest.raises(StoppedByStoreFailure) as refused:
        halt.process_request(robots_txt)
    waiting: Deferred[object] = Deferred()
    waiter: list[object] = []
    waiting.addCallback(waiter.append)
    robots._parsers["news.test"] = waiting
    robots._robots_error(refused.value, "news.test")
    assert waiter == [None]  # the waiters go on, and are dropped:
    with pytest.raises(StoppedByStoreFailure):
        robots.process_request_2(None, Request("http://news.test/story.html"))
    assert "clippings/robots/unreadable" not in crawler.stats.get_stats()
    assert not [record for record in caplog.records if record.levelname == "ERROR"], caplog.text
    # a robots.txt that could not be read (a timeout) is still said and disallows its site
    robots._parsers["slow.test"] = Deferred()
    robots._robots_error(NetTimeout(), "slow.test")
    assert crawler.stats.get_value("clippings/robots/unreadable") == 1
    assert [record.levelname for record in caplog.records if "could not be read" in record.getMessage()] == ["ERROR"]
