"""``clippings crawl --sites sites.toml``: several sites side by side, each with its own
seeds, limits and politeness; exit 0 only when every site crawled; a summary table."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crawler.demo.server import DemoServer, serve_demo
from tests.conftest import clippings
from tests.support.demo_truth import expected_articles


@pytest.fixture(scope="module")
def two_sites() -> Iterator[tuple[DemoServer, DemoServer]]:
    """Two sample sites on two ports (two sites for the crawler), states 1 and 2."""
    with serve_demo(port=0) as first, serve_demo(port=0, state=2) as second:
        yield first, second


def table(stdout: str) -> dict[str, dict[str, Any]]:
    """The summary table: site name -> its columns."""
    lines = stdout.strip().splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("site "))
    out = {}
    for line in lines[header + 1:]:
        match = re.match(r"^(.*?)\s+(\d+|-)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([0-9.]+)s\s+(.*)$",
                         line)
        assert match, line
        name, crawl_id, pages, new, changed, unchanged, gone, errors, _seconds, result = match.groups()
        out[name.strip()] = {"crawl": crawl_id, "pages": int(pages), "stored": int(new) + int(changed),
                             "new": int(new), "unchanged": int(unchanged), "gone": int(gone),
                             "errors": int(errors), "result": result}
    return out


def test_every_site_crawled_with_its_own_settings(two_sites: tuple[DemoServer, DemoServer], tmp_path: Path) -> None:
    first, second = two_sites
    sites = tmp_path / "sites.toml"
    sites.write_text(f'''
[[site]]
name = "Meridian home"
seeds = ["{first.base_url}/"]
max_pages = 12
delay = 0

[[site]]
name = "Meridian sitemaps"
seeds = ["{second.base_url}/sitemap.xml"]
depth = 0
delay = 0
concurrency = 2
''', encoding="utf-8")
    db = tmp_path / "sites.db"
    result = clippings("crawl", "--sites", str(sites), "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    rows = table(result.stdout)
    assert set(rows) == {"Meridian home", "Meridian sitemaps"}
    assert rows["Meridian home"]["result"] == "reached --max-pages (12 pages)"
    assert rows["Meridian sitemaps"]["result"] == "finished"
    crawls = {json.loads(c["seeds"])[0]: c for c in sqlite_utils.Database(db).query("select * from crawls")}
    home, maps = crawls[first.base_url + "/"], crawls[second.base_url + "/sitemap.xml"]
    assert {home["status"], maps["status"]} == {"finished"}
    # Each crawl ran with its own site's limits and politeness, not the other's.
    home_settings, map_settings = json.loads(home["settings"]), json.loads(maps["settings"])
    assert home_settings["CLIPPINGS_MAX_PAGES"] == 12 and map_settings["CLIPPINGS_MAX_PAGES"] == 0
    assert home_settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 4
    assert map_settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2
    assert json.loads(home["stats"])["finish_reason"] == "max_pages"
    assert json.loads(maps["stats"])["finish_reason"] == "finished"
    # The sitemap site, with no page limit, stored every article of its state 2.
    stored = {r["canonical_url"] for r in sqlite_utils.Database(db).query(
        "select canonical_url from articles where canonical_url like ?", [second.base_url + "/%"])}
    assert stored == {a["canonical_url"] for a in expected_articles(second.base_url, state=2)}
    assert rows["Meridian sitemaps"]["stored"] == len(stored)
    assert rows["Meridian home"]["crawl"] == str(home["id"])
    assert rows["Meridian home"]["pages"] == 12  # a hard limit: requests in flight count
    # Only the sitemap site's pages were requested from the second server.
    assert {path for _, path, _ in second.requests} <= (
        {"/robots.txt", "/sitemap.xml"} | {p for _, p, _ in second.requests if p.startswith("/sitemaps/")}
        | {a["url"][len(second.base_url):] for a in expected_articles(second.base_url, state=2)})


def test_exit_code_is_1_when_a_site_fails(two_sites: tuple[DemoServer, DemoServer], tmp_path: Path) -> None:
    first, _ = two_sites
    sites = tmp_path / "sites.toml"
    sites.write_text(f'''
[[site]]
name = "Meridian"
seeds = ["{first.base_url}/sitemap.xml"]
depth = 0
delay = 0

[[site]]
name = "Nobody home"
seeds = ["http://127.0.0.1:9/"]
delay = 0
''', encoding="utf-8")
    result = clippings("crawl", "--sites", str(sites), "--db", str(tmp_path / "sites.db"))
    assert result.returncode == 1
    rows = table(result.stdout)
    assert rows["Meridian"]["result"] == "finished"
    assert rows["Meridian"]["stored"] == len(expected_articles("http://127.0.0.1", state=1))
    assert rows["Nobody home"]["result"].startswith("failed: could not crawl seed http://127.0.0.1:9/")
    assert "1 of 2 sites failed: Nobody home" in result.stderr


def test_a_site_name_with_control_characters_is_shown_escaped_in_the_table(tmp_path: Path) -> None:
    """A site's name from sites.toml is printed in the summary table: a NUL or a
    carriage return in it reached the terminal (the row's start overwritten)."""
    sites = tmp_path / "sites.toml"
    sites.write_text('[[site]]\nname = "Nobody\\r\\u0000home"\nseeds = ["http://127.0.0.1:9/"]\ndelay = 0\n',
                     encoding="utf-8")
    result = clippings("crawl", "--sites", str(sites), "--db", str(tmp_path / "sites.db"))
    assert result.returncode == 1
    assert "\r" not in result.stdout and "\x00" not in result.stdout, repr(result.stdout)
    rows = table(result.stdout)
    assert list(rows) == ["'Nobody\\r\\x00home'"], rows
    assert rows["'Nobody\\r\\x00home'"]["result"].startswith("failed: could not crawl seed http://127.0.0.1:9/")


def test_a_bad_site_list_is_one_line(tmp_path: Path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text('[[site]]\nname = "x"\nseeds = ["ftp://example.com/"]\n', encoding="utf-8")
    result = clippings("crawl", "--sites", str(sites), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "seeds must be a list of http(s) URLs" in result.stderr
