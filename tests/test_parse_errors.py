"""A parser stage that raises is seen: logged, counted in the crawl's stats and
recorded in ``fetches`` as ``parse-error`` with the exception, while the rest of
the crawl goes on. The stage is broken on purpose inside a real crawl of the
sample site (a real Scrapy run in a subprocess, a real SQLite archive)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from tests.conftest import ROOT
from tests.support.demo_truth import all_article_paths

BROKEN_CRAWL = """
import sys
import crawler.parsers.article as parsers

real = parsers.extract_related

def broken(page, *args, **kwargs):
    if page.url.endswith(sys.argv[1]):
        raise RuntimeError("related stage broken on purpose")
    return real(page, *args, **kwargs)

parsers.extract_related = broken
from crawler.cli import cli
cli(["crawl", sys.argv[2], "--db", sys.argv[3], "--delay", "0", "--processes", "0", "--verbose"])
"""


def test_a_failing_stage_is_logged_counted_and_recorded(demo_server: Any, tmp_path: Path) -> None:
    victim = all_article_paths(state=1)[0]
    db_path = tmp_path / "broken.db"
    run = subprocess.run([sys.executable, "-c", BROKEN_CRAWL, victim, demo_server.base_url + "/",
                          str(db_path)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("SELECT url, outcome, reason, page_kind FROM fetches WHERE outcome = 'parse-error'"))
    assert [r["url"] for r in rows] == [demo_server.base_url + victim]
    assert rows[0]["reason"].startswith("RuntimeError: related stage broken on purpose")
    assert rows[0]["page_kind"] is None
    assert "parse error on " + demo_server.base_url + victim in run.stderr
    stats = json.loads(db.execute("SELECT stats FROM crawls").fetchone()[0])
    assert stats["clippings/parse_errors"] == 1
    assert stats["clippings/outcome/parse-error"] == 1
    # the other articles are stored as ever, each with its kind on its fetch row
    stored = list(db.query("SELECT page_kind FROM fetches WHERE outcome = 'stored'"))
    assert len(stored) == len(all_article_paths(state=1)) - 1
    assert {r["page_kind"] for r in stored} == {"article"}
    assert db.execute("SELECT count(*) FROM articles WHERE url LIKE ?", ["%" + victim]).fetchone()[0] == 0


PARSERS = ROOT / "crawler" / "parsers"


def test_parsers_swallow_no_exception_and_read_no_clock() -> None:
    """A parser bug reaches the crawl (which records it) instead of becoming "not an
    article"; and the same bytes give the same record on a slow machine: no
    ``except Exception`` and no wall-clock budget anywhere in the parsers."""
    import ast

    found = []
    for path in sorted(PARSERS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and (
                node.type is None or (isinstance(node.type, ast.Name) and node.type.id in (
                    "Exception", "BaseException"))):
                found.append(f"{path.name}:{node.lineno}: broad except")
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    node.value.id == "time" and node.attr in ("time", "perf_counter", "monotonic"):
                found.append(f"{path.name}:{node.lineno}: time.{node.attr}")
    assert found == []


def test_a_parser_bug_on_a_storys_later_page_is_a_parse_error_and_the_story_is_kept(tmp_path: Path) -> None:
    """A later page of a multi-page story whose parse raises: its row is ``parse-error``
    with the exception (as any page's), the crawl counts it, and the story is stored
    with the pages it has, saying which is missing."""
    from tests.fault_site import serving
    from tests.test_story_pages_crawl import THREE, routes

    broken = BROKEN_CRAWL.replace('"--processes", "0"', '"--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False"')
    second = THREE.replace(".html", "_2.html")
    with serving(routes) as site:
        run = subprocess.run([sys.executable, "-c", broken, second, site.base_url + THREE, str(tmp_path / "a.db")],
                             capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    db = sqlite_utils.Database(tmp_path / "a.db")
    (row,) = db.query("SELECT outcome, reason FROM fetches WHERE url = ?", [site.base_url + second])
    assert row["outcome"] == "parse-error", row
    assert "RuntimeError: related stage broken on purpose" in row["reason"], row
    stats = json.loads(db.execute("SELECT stats FROM crawls").fetchone()[0])
    assert stats["clippings/parse_errors"] == 1, stats
    (story,) = db.query("SELECT body, provenance FROM articles")
    assert "Part 1, paragraph 3." in story["body"] and "Part 2" not in story["body"]
    assert "parse error" in json.loads(story["provenance"])["pages_missing"]
