"""URL identity (crawler.urls): what two spellings of one article URL share."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import subprocess
import sys
from typing import Any

import pytest

from crawler.urls import (
    canonicalize_url,
    has_userinfo,
    is_tracking_param,
    local_address_of,
    masked,
    on_local_network,
    site_key,
    site_of,
)
from tests.conftest import ENV, ROOT


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # A bare flag stays a flag: "?print" and "?print=" may be different pages.
        ("https://news.example/a?print", "https://news.example/a?print"),
        ("https://news.example/a?id=3&preview", "https://news.example/a?id=3&preview"),
        # Already-encoded characters are left as the site wrote them.
        ("https://news.example/%7Eann/post?q=%7E", "https://news.example/%7Eann/post?q=%7E"),
        # Internationalised host names are IDNA-encoded, so both spellings meet.
        ("https://Bücher.example/neu", "https://xn--bcher-kva.example/neu"),
        ("https://xn--bcher-kva.example/neu", "https://xn--bcher-kva.example/neu"),
        # Dot segments are resolved (RFC 3986, 5.2.4).
        ("https://news.example/a/./b/../c", "https://news.example/a/c"),
        ("https://news.example/a/b/..", "https://news.example/a/"),
        # Query order is kept; only tracking parameters and the fragment go.
        ("https://news.example/a?z=1&utm_source=x&a=2&fbclid=9#comments", "https://news.example/a?z=1&a=2"),
        ("HTTPS://News.Example:443/a", "https://news.example/a"),
        ("http://news.example:8080", "http://news.example:8080/"),
        ("https://news.example/a b", "https://news.example/a%20b"),
    ],
)
def test_canonical_form(url: str, canonical: str) -> None:
    assert canonicalize_url(url) == canonical


def test_relative_url_is_joined_to_its_base() -> None:
    assert canonicalize_url("../b?utm_medium=rss", base="https://news.example/x/y/z") == "https://news.example/x/b"


def test_canonical_form_is_stable() -> None:
    once = canonicalize_url("https://Bücher.example/a/./b?x=%7E&flag&utm_id=1")
    assert canonicalize_url(once) == once


def test_unparseable_url_is_returned_as_given() -> None:
    assert canonicalize_url("http://[::1") == "http://[::1"


def test_tracking_parameters() -> None:
    assert is_tracking_param("UTM_Campaign") and is_tracking_param("fbclid")
    assert not is_tracking_param("id") and not is_tracking_param("page")


SID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # A session id makes one page a new URL on every visit (a crawl trap).
        ("https://news.example/story?sessionid=c8fd9b7b", "https://news.example/story"),
        ("https://news.example/story;jsessionid=C8FD9B7B", "https://news.example/story"),
        ("https://news.example/story;JSESSIONID=C8FD9B7B?id=3", "https://news.example/story?id=3"),
        ("https://news.example/a/;jsessionid=x1", "https://news.example/a/"),
        ("https://news.example/?PHPSESSID=9f8e7d6c&p=12", "https://news.example/?p=12"),
        ("https://news.example/s?page=2&session_id=ab&CFID=1&CFTOKEN=2", "https://news.example/s?page=2"),
        ("https://shop.example/p?osCsid=abc&zenid=def&products_id=7", "https://shop.example/p?products_id=7"),
        (f"https://forum.example/viewtopic.php?t=5&sid={SID}", "https://forum.example/viewtopic.php?t=5"),
        # Parameters that select the content stay, a short sid (a section or story id) too.
        ("https://news.example/a?id=3&p=2&page=4&sid=12", "https://news.example/a?id=3&p=2&page=4&sid=12"),
        (f"https://news.example/a?session={SID}", f"https://news.example/a?session={SID}"),
        ("https://news.example/a;version=2", "https://news.example/a;version=2"),
    ],
)
def test_session_ids_are_dropped(url: str, canonical: str) -> None:
    assert canonicalize_url(url) == canonical
    assert canonicalize_url(canonical) == canonical


def test_site_of() -> None:
    # The port stays unless it is the scheme's default: two sites on one host stay apart.
    assert site_of("https://www.News.example:8443/a") == "news.example:8443"
    assert site_of("https://www.News.example:443/a") == site_of("https://news.example/a") == "news.example"
    assert site_of("http://127.0.0.1:8765/") != site_of("http://127.0.0.1:8766/")


def test_an_idn_seed_is_on_its_own_crawl_sites() -> None:
    """Scrapy sends an IDN host IDNA-encoded: the crawl's sites are computed the
    same way, so the seed (and links on its site) are not refused as off-site."""
    from scrapy import Request

    from crawler.spiders.articles import ArticleSpider

    spider = ArticleSpider(seeds="https://bücher.example/, https://www.MÜNCHEN.example:8080/")
    assert spider.sites == {"xn--bcher-kva.example", "xn--mnchen-3ya.example:8080"}
    for seed in spider.seeds:
        assert site_key(Request(seed).url) in spider.sites
    assert site_key("https://xn--bcher-kva.example/a") == site_key("https://bücher.example/b")


@pytest.mark.parametrize(("url", "shown", "userinfo"), [
    ("http://user:secret@example.com/a", "http://user:***@example.com/a", True),
    ("https://user:p:q@example.com:8080/", "https://user:***@example.com:8080/", True),
    ("http://user@example.com/", "http://user@example.com/", True),  # no password to mask
    ("http://a@b:c@example.com/", "http://a@b:***@example.com/", True),  # the last "@" ends it
    ("http://bob%3Apw@example.com/", "http://bob:***@example.com/", True),  # a colon sent encoded
    ("redis://:secret@127.0.0.1:6379/0", "redis://:***@127.0.0.1:6379/0", True),  # a Redis password
    ("http://example.com/path@x?y=a:b@c#d@e", "http://example.com/path@x?y=a:b@c#d@e", False),
    ("http://example.com", "http://example.com", False),
    ("mailto:user:secret@example.com", "mailto:user:secret@example.com", False),  # no authority
])
def test_a_password_in_a_url_is_masked(url: str, shown: str, userinfo: bool) -> None:
    assert (masked(url), has_userinfo(url)) == (shown, userinfo)


@pytest.mark.parametrize(("url", "local"), [
    ("http://127.0.0.1:6379/", True),
    ("http://localhost/robots.txt", True),
    ("http://169.254.169.254/latest/meta-data/", True),  # a cloud's metadata service
    ("http://10.1.2.3/", True),
    ("http://192.168.0.1/admin", True),
    ("http://[::1]:8080/", True),
    ("http://0.0.0.0/", True),
    ("http://100.100.100.200/latest/meta-data/", True),  # shared address space (100.64/10): a cloud's metadata
    ("http://[::ffff:169.254.169.254]/", True),  # an IPv4 address written as IPv6
    ("http://[2002:7f00:1::1]/", True),  # 6to4: 2002::/16 carries 127.0.0.1
    ("http://[2002:a9fe:a9fe::]/", True),  # 6to4 of 169.254.169.254
    ("http://[2002:5db8:d822::1]/", False),  # 6to4 of 93.184.216.34
    ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", True),  # Teredo (2001::/32)
    ("https://cdn.example.com/robots.txt", False),
    ("http://93.184.216.34/robots.txt", False),
    ("http://[::1/", False),  # not a URL: no host to judge
])
def test_a_local_or_private_address_is_told(url: str, local: bool) -> None:
    assert on_local_network(url) is local


def robots_hop_guard(hop: str, site: str = "https://news.example.org", guard: Any = None,
                     dns_timeout: float = 5) -> Any:
    """What the crawl's guard (``guard``, or a new one) does with a robots.txt of
    ``site`` redirected to ``hop``: None (followed), or the OffsiteRequest it raises,
    waiting for the look-up of a host name when it makes one."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.exceptions import OffsiteRequest
    from crawler.middlewares.guards import SiteBoundMiddleware
    from crawler.spiders.articles import ArticleSpider

    if guard is None:
        crawler = get_crawler(ArticleSpider, {"DNS_TIMEOUT": dns_timeout})
        crawler.spider = ArticleSpider(seeds=site + "/")
        guard = SiteBoundMiddleware(crawler)
    request = Request(hop, meta={"dont_obey_robotstxt": True, "redirect_urls": [site + "/robots.txt"]})
    try:
        found = guard.process_request(request)
        return found if found is None else asyncio.run(found)
    except OffsiteRequest as refused:
        return refused


@pytest.mark.parametrize(("hop", "followed"), [
    ("http://169.254.169.254/latest/meta-data/", False),
    ("http://127.0.0.1:6379/", False),
    ("https://93.184.216.34/news/robots.txt", True),
])
def test_a_public_sites_robots_txt_is_not_followed_into_a_private_network(hop: str, followed: bool) -> None:
    """A robots.txt redirect may lead anywhere (RFC 9309), but not from a site on the
    internet into this machine or a private network: the crawler would send a site's
    request to a router, a database or a cloud's metadata service."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.middlewares.guards import SiteBoundMiddleware
    from crawler.spiders.articles import ArticleSpider

    found = robots_hop_guard(hop)
    if followed:
        assert found is None
    else:
        assert "a local or private address" in str(found), found
    # a site on this machine may send its robots.txt to another port of it (the tests' own sites)
    crawler = get_crawler(ArticleSpider)
    local = Request("http://127.0.0.1:6379/", meta={"dont_obey_robotstxt": True,
                                                    "redirect_urls": ["http://127.0.0.1:8000/robots.txt"]})
    crawler.spider = ArticleSpider(seeds="http://127.0.0.1:8000/")
    assert SiteBoundMiddleware(crawler).process_request(local) is None


@pytest.mark.parametrize("host", ["127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1", "0x7f000001."])
def test_a_robots_txt_hop_to_a_short_form_of_a_local_address_is_refused(host: str) -> None:
    """An IPv4 address's short forms are the address they stand for (as browsers,
    every resolver and w3lib 2.6, which rewrites them in each request's URL, read
    them): refused as a local address written out, under any w3lib. (They passed the
    check of written-out addresses once, and were then looked up as names; under
    w3lib 2.6 the hop's request names 127.0.0.1.)"""
    from scrapy import Request

    hop = Request(f"http://{host}:6379/robots.txt").url  # as the crawl requests it
    assert str(robots_hop_guard(hop)) == (f"robots.txt redirected to {hop}, a local or private address while the "
                                          "site is not on one: not followed")


@pytest.mark.parametrize("host", ["127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1", "0x7f000001."])
def test_an_ipv4_short_form_is_read_as_its_address(host: str) -> None:
    """The site, the canonical URL and the local-address guard read a short form
    (``127.1``) as the address it is, as w3lib 2.6 writes it in every request's URL:
    a seed at ``http://127.1:8000/`` was "not on the crawl's sites" under 2.6 (its
    requests went to ``127.0.0.1:8000``), and with w3lib 2.5 a page of it and the same
    page at 127.0.0.1 were two records."""
    from scrapy import Request

    from crawler.spiders.articles import ArticleSpider
    from crawler.urls import name_to_resolve

    url = f"http://{host}:8000/news/a?id=1"
    assert site_of(url) == site_key(url) == "127.0.0.1:8000"
    assert canonicalize_url(url) == "http://127.0.0.1:8000/news/a?id=1"
    assert on_local_network(url) and name_to_resolve(url) is None
    spider = ArticleSpider(seeds=f"http://{host}:8000/")
    assert spider.sites == {"127.0.0.1:8000"}
    assert site_key(Request(url).url) in spider.sites  # the request as Scrapy sends it, under any w3lib
    # a name whose last label is no number stays a name; a number no IPv4 address reads as, as written
    assert site_of("http://2024.example/") == "2024.example" and site_of("http://1.2.3.4.5/") == "1.2.3.4.5"


@pytest.mark.parametrize("host", ["1.0x", "0x", "0x8.8.8.8", "8.0x8.8.8"])
def test_a_short_form_the_system_resolver_may_read_otherwise_is_looked_up(host: str) -> None:
    """A host the URL standard reads as an IPv4 address but not as the system's
    resolver writes it out: with w3lib before 2.6 a request keeps it as written,
    and the download looks it up as Twisted's resolver does (``getaddrinfo``: "1.0x"
    is a name to it, which a search domain may answer with a private address). The
    guard looks it up too (and the download connects to what it judged), unless it
    reads as a local address, refused at once (``0x`` is 0.0.0.0)."""
    from crawler.urls import name_to_resolve

    url = f"http://{host}:8000/robots.txt"
    if on_local_network(url):
        assert host == "0x" and name_to_resolve(url) is None
    else:
        assert name_to_resolve(url) == host


def test_a_robots_txt_hop_to_this_machines_own_name_is_refused() -> None:
    """The machine's own name (the hosts file) stands for one of its addresses."""
    name = socket.gethostname()
    if local_address_of(name) is None:
        pytest.skip(f"{name} resolves to an internet address here")
    assert "a name for the local or private address" in str(robots_hop_guard(f"http://{name}/robots.txt"))


def test_a_robots_txt_hop_to_a_name_that_cannot_be_looked_up_is_refused() -> None:
    """RFC 6761: no .invalid name resolves. What could not be looked up cannot be
    told public; its download would have failed the same way (the site disallowed)."""
    found = str(robots_hop_guard("http://robots.invalid/robots.txt"))
    assert found.startswith("robots.txt redirected to http://robots.invalid/robots.txt, whose address could not be "
                            "looked up ("), found
    assert found.endswith(") to tell it is not a local or private one: not followed"), found


@pytest.mark.parametrize(("answers", "local"), [
    (["93.184.216.34"], None),
    (["93.184.216.34", "2606:4700::1111"], None),
    (["93.184.216.34", "10.0.0.7"], "10.0.0.7"),  # any one local answer: the download may take it
    (["2606:4700::1111", "fd00::1"], "fd00::1"),
    (["::ffff:127.0.0.1"], "::ffff:127.0.0.1"),
])
def test_a_name_is_local_if_any_of_its_addresses_is(answers: list[str], local: str | None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every answer counts (a name's several A and AAAA records; the download takes
    one of them). DNS answers stand in for a name server here."""
    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        found = answers if host == "cdn.example.net" else {"news.example.org": ["93.184.216.35"]}[host]
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0)) for a in found]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert local_address_of("cdn.example.net") == local
    assert (robots_hop_guard("https://cdn.example.net/robots.txt") is None) is (local is None)


def test_an_intranet_site_given_by_name_may_redirect_robots_txt_within_its_network(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The site's own host name is looked up too (once per crawl): when every one of its
    addresses is local or private, its crawl connects into that network already, and a
    hop within it is followed, as from a site given by address. A site with an internet
    address among its own is still refused the hop."""
    from scrapy.utils.test import get_crawler

    from crawler.middlewares.guards import SiteBoundMiddleware
    from crawler.spiders.articles import ArticleSpider

    answers = {"wiki.corp.example": ["10.0.0.5", "fd00::5"], "static.corp.example": ["10.0.0.6"],
               "mixed.example": ["93.184.216.34", "10.0.0.7"]}
    asked: list[str] = []

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        asked.append(host)
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0))
                for a in answers[host]]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    crawler = get_crawler(ArticleSpider, {"DNS_TIMEOUT": 5})
    crawler.spider = ArticleSpider(seeds="http://wiki.corp.example/")
    guard = SiteBoundMiddleware(crawler)
    for hop in ("http://static.corp.example/robots.txt", "http://10.0.0.8/robots.txt"):
        assert robots_hop_guard(hop, "http://wiki.corp.example", guard) is None
    assert asked.count("wiki.corp.example") == 1, asked
    found = robots_hop_guard("http://static.corp.example/robots.txt", "http://mixed.example")
    assert "a name for the local or private address 10.0.0.6 while the site is not on one" in str(found), found
    found = robots_hop_guard("http://10.0.0.8/robots.txt", "http://mixed.example")
    assert "a local or private address while the site is not on one" in str(found), found


HUNG_LOOK_UP = """
import socket, time
def getaddrinfo(*args, **kwargs):
    time.sleep(3600)  # a resolver that does not answer
socket.getaddrinfo = getaddrinfo
from tests.test_urls import robots_hop_guard
print(robots_hop_guard("http://cdn.example.net/robots.txt", dns_timeout=0.2))
"""


def test_a_hung_look_up_does_not_hold_the_process_at_exit() -> None:
    """A look-up past DNS_TIMEOUT is given up (the hop refused) but cannot be stopped:
    run in the default executor, it held the process at exit until it ended
    (review 23, LOW-6). Its thread is a daemon now."""
    # (a process held by the hour-long look-up is killed at the guard, and the test fails)
    result = subprocess.run([sys.executable, "-c", HUNG_LOOK_UP], capture_output=True, text=True, cwd=ROOT,
                            env=ENV, timeout=120)
    assert "could not be looked up (no answer in 0.2 s)" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


def test_a_site_reached_at_an_internet_address_is_not_local_whatever_its_name_looks_up_as(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The site is judged by the address the crawler reached its robots.txt at (the
    redirect answer's ``ip_address``, kept in meta), not by a second look-up of its
    name: a name answering a public address to the crawl's connection and a private
    one to the guard (DNS rebinding) opened a hop to a cloud's metadata service
    (review 24, LOW-D). Reached at a local address, the site may redirect within its
    network, whatever its name looks up as; unknown, the name is looked up."""
    from scrapy import Request
    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    from crawler.exceptions import OffsiteRequest
    from crawler.middlewares.guards import SITE_ADDRESS, ConnectedAddressMiddleware, SiteBoundMiddleware
    from crawler.spiders.articles import ArticleSpider

    answers = {"rebind.example": ["10.0.0.5"], "public.example": ["93.184.216.34"]}

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0)) for a in answers[host]]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)

    def hop(site: str, reached: str | None, target: str = "http://169.254.169.254/latest/meta-data/") -> Any:
        crawler = get_crawler(ArticleSpider, {"DNS_TIMEOUT": 5})
        crawler.spider = ArticleSpider(seeds=f"http://{site}/")
        first = Request(f"http://{site}/robots.txt", meta={"dont_obey_robotstxt": True})
        redirect = Response(first.url, status=301, headers={"Location": target}, request=first,
                            ip_address=None if reached is None else ipaddress.ip_address(reached))
        ConnectedAddressMiddleware().process_response(first, redirect)
        request = Request(target, meta={**first.meta, "redirect_urls": [first.url]})
        try:
            found = SiteBoundMiddleware(crawler).process_request(request)
            return found if found is None else asyncio.run(found)
        except OffsiteRequest as refused:
            return refused

    found = hop("rebind.example", "93.184.216.34")
    assert "a local or private address while the site is not on one" in str(found), found
    assert hop("rebind.example", None) is None  # not known: the name's look-up decides
    assert hop("public.example", "10.0.0.5") is None
    assert "a local or private address" in str(hop("public.example", None))
    # through a proxy the address is the proxy's: not kept
    proxied = Request("http://public.example/robots.txt", meta={"dont_obey_robotstxt": True,
                                                                "proxy": "http://127.0.0.1:3128"})
    ConnectedAddressMiddleware().process_response(
        proxied, Response(proxied.url, status=301, request=proxied, ip_address=ipaddress.ip_address("127.0.0.1")))
    assert SITE_ADDRESS not in proxied.meta
