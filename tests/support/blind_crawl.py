"""The crawl and the scoring the blind template sites' tests share
(``tests/test_template_sites_blind14.py`` and after): both publications' sites crawled
by one real ``clippings crawl``, and a site's rows scored against its truth."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import unescape
from pathlib import Path
from typing import Any

import sqlite_utils

from benchmarks.template_harness import FIELDS, ScoredSite, loosely, score_rows
from tests.conftest import crawl


def crawl_sites(sites: Mapping[str, Any], db: Path) -> dict[str, tuple[Any, list[dict]]]:
    """The sites (each on a port of its own) crawled into ``db`` by one real ``clippings
    crawl``, every row found under one of them: each site's rows by its code. One crawl,
    not one a site: a crawler's start (its interpreter, Scrapy's imports, the archive)
    is paid once, and the sites are fetched side by side."""
    run = crawl(db, *(site.base_url + "/" for site in sites.values()), extra=("--no-warc",))
    assert run.returncode == 0, run.stderr
    rows = list(sqlite_utils.Database(db)["articles"].rows)
    by_site = {code: (site, [r for r in rows if r["canonical_url"].startswith(site.base_url + "/")])
               for code, site in sites.items()}
    assert sum(len(found) for _site, found in by_site.values()) == len(rows), [r["canonical_url"] for r in rows]
    return by_site


def assert_scores(site: ScoredSite, rows: list[dict], templates: Sequence[str], floors: Mapping[str, float]) -> None:
    """Every story of ``site`` found once, no other page stored, and each field right on at
    least its floor's share of the stories (the misses of a field below it shown)."""
    table, misses = score_rows(site, rows, templates, loosely)
    overall = dict(zip(("found", *FIELDS), map(float, table[-1][3:8]), strict=True))
    assert table[-1][8] == "0 twice, 0 non-articles", misses[:8]
    assert overall["found"] == 1.0, misses[:8]
    for name, floor in floors.items():
        assert overall[name] >= floor, (name, overall[name], [m for m in misses if m[0] == name][:8])


def reached_from_home(pages: Mapping[str, str], base_url: str) -> set[str]:
    """The paths of ``pages`` (path → HTML) a reader reaches from the home page by
    following links (absolute ones under ``base_url`` too, quoted or not)."""
    seen, todo = {"/"}, ["/"]
    while todo:
        html = unescape(pages[todo.pop()].replace(base_url + "/", "/"))
        for href in re.findall(r'href="?(/[^"#> ]*)', html, re.I):
            if href in pages and href not in seen:
                seen.add(href)
                todo.append(href)
    return seen
