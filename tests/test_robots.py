"""robots.txt is obeyed by every request, also those that arrive while it is being fetched."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from crawler.demo import content as C
from crawler.demo.server import serve_demo
from tests.conftest import crawl


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
