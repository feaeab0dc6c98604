"""An early-2000s site behind a ``<frameset>``: its pages are reached only through
the frames' ``src`` (the ``<noframes>`` fallback says the browser cannot show
frames), so a crawl that read only ``<a href>`` found none of its articles
(benchmarks/template_sites_blind10.py, the ``table`` template: none found)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from scrapy.http import HtmlResponse

from crawler.scaling import page_links
from tests.conftest import clippings
from tests.fault_site import FaultServer, Route, article, serve

FRAMESET = ("<html><head><title>Old daily</title></head><frameset cols='160,*'>"
            "<frame src='/menu.htm' name='menu'><frame src='/front.htm' name='main'></frameset>"
            "<noframes><body>Your browser does not support frames.</body></noframes></html>")


@pytest.fixture(scope="module")
def site() -> Iterator[FaultServer]:
    holder: dict[str, FaultServer] = {}
    table: dict[str, Route] = {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/": lambda h, q: h.html(FRAMESET),
        "/menu.htm": lambda h, q: h.html("<html><body><a href='/news/old-1.htm' target='main'>One</a></body></html>"),
        "/front.htm": lambda h, q: h.html("<html><body><iframe src='/ads/banner.htm'></iframe>"
                                          "<a href='/news/old-2.htm' target='main'>Two</a></body></html>"),
        "/news/old-1.htm": lambda h, q: h.html(article("The first old story", h.path, base=holder["s"].base_url)),
        "/news/old-2.htm": lambda h, q: h.html(article("The second old story", h.path, base=holder["s"].base_url)),
    }
    server = serve(table)
    holder["s"] = server
    yield server
    server.shutdown()
    server.server_close()


def test_a_crawl_reaches_the_articles_behind_a_frameset(site: FaultServer, tmp_path: Path) -> None:
    db = tmp_path / "frames.db"
    run = clippings("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--no-warc", "--processes", "0",
                    "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING")
    assert run.returncode == 0, run.stderr[-3000:]
    urls = sorted(r["canonical_url"].removeprefix(site.base_url) for r in sqlite_utils.Database(db)["articles"].rows)
    assert urls == ["/news/old-1.htm", "/news/old-2.htm"]


def test_a_frames_src_is_a_link_and_an_iframes_is_not() -> None:
    page = FRAMESET.replace("</frameset>", "<frame src='/top.htm'></frameset><iframe src='/widget.htm'></iframe>")
    links, cut = page_links(HtmlResponse(url="http://old.example/", body=page.encode(), encoding="utf-8"))
    assert sorted(links) == ["http://old.example/front.htm", "http://old.example/menu.htm", "http://old.example/top.htm"]
    assert not cut
    # a frame is a link tag the cap counts
    links, cut = page_links(HtmlResponse(url="http://old.example/", body=page.encode(), encoding="utf-8"), max_links=2)
    assert sorted(links) == ["http://old.example/front.htm", "http://old.example/menu.htm"] and cut
