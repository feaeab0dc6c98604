"""Real crawls of a hostile site's indexes and redirects (a local server on 127.0.0.1):
sitemaps and feeds that are malformed, huge, nested or loop into each other, and
redirects whose text tries to pass for the crawl's own words. Each crawl is a real
``clippings crawl`` into a real archive; the settings keep them to seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from tests.conftest import CrawlRun, crawl
from tests.fault_site import FaultHandler, FaultServer, Route, article, serve

FAST = ("--no-warc", "--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING")
# A Location whose text ends as the crawl's "not followed" note does: an http(s) target all the same.
LYING_LOCATION = "/news/lying-redirect-target (not followed: not an http(s) URL)"


def site_routes(holder: dict[str, FaultServer]) -> dict[str, Route]:
    def base() -> str:
        return holder["site"].base_url

    def story(h: FaultHandler, q: dict[str, list[str]]) -> None:
        path = h.path.split("?", 1)[0]
        h.html(article("Story at " + path.rsplit("/", 1)[-1].replace("%20", " "), path, base=base()))

    return {
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/redirect/lying": lambda h, q: h.redirect(LYING_LOCATION),
        "/news/lying-redirect-target%20(not%20followed:%20not%20an%20http(s)%20URL)": story,
    }


@pytest.fixture(scope="module")
def site() -> Iterator[FaultServer]:
    holder: dict[str, FaultServer] = {}
    server = serve(site_routes(holder))
    holder["site"] = server
    yield server
    server.shutdown()


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
