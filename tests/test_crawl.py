"""Full crawls of the sample site into real SQLite files, compared with the site's own truth."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import sqlite_utils

from crawler.demo.server import DemoServer
from crawler.scaling import default_processes
from tests.conftest import ENV, POOL_ENV, ROOT, CrawlRun, crawl
from tests.support.demo_truth import disallowed_paths, expected_articles, non_article_paths

# Every field the site's truth states; fetched_at, content_hash and provenance
# depend on the run, not on the page.
COMPARED_FIELDS = (
    "url", "canonical_url", "site", "title", "description", "section", "tags", "authors",
    "published", "modified", "language", "detected_language", "body", "body_blocks", "word_count",
    "reading_time_minutes", "image", "images", "related", "access",
)
JSON_FIELDS = ("tags", "authors", "body_blocks", "related", "images")
# Page furniture the sample site's templates print; none of it is article text.
FURNITURE = (
    "ADVERTISEMENT", "Advertisement", "Sponsored", "Share this article", "Copy link",
    "Linkedin Facebook", "newsletter", "Newsletter", "cookies", "Related Articles",
    "You may also like", "Read more:", "Published by", "min Read", "Posted on", "Comments",
)


def archived_articles(db_path: Path) -> dict[str, dict]:
    db = sqlite_utils.Database(db_path)
    rows = {}
    for row in db["articles"].rows:
        for name in JSON_FIELDS:
            row[name] = json.loads(row[name]) if row[name] else []
        rows[row["canonical_url"]] = row
    return rows


def field_mismatches(rows: dict[str, dict], truth: dict[str, dict]) -> list[str]:
    problems = []
    for url, expected in sorted(truth.items()):
        row = rows.get(url)
        if row is None:
            problems.append(f"{url}: not stored")
            continue
        for name in COMPARED_FIELDS:
            if row[name] != expected[name]:
                problems.append(f"{url} {name}: got {row[name]!r:.200}, expected {expected[name]!r:.200}")
    return problems


def test_every_article_is_stored_once_with_every_field_true(demo_crawl: CrawlRun, demo_server: DemoServer) -> None:
    truth = {a["canonical_url"]: a for a in expected_articles(demo_server.base_url, state=1)}
    rows = archived_articles(demo_crawl.db)
    assert sorted(set(rows) - set(truth)) == [], "pages stored that are not articles"
    assert sorted(set(truth) - set(rows)) == [], "articles missing from the archive"
    mismatches = field_mismatches(rows, truth)
    assert mismatches == [], f"{len(mismatches)} field mismatches:\n" + "\n".join(mismatches[:40])


def crawl_stats(db: Path) -> dict:
    """The stats of the archive's last crawl, as its ``crawls`` row keeps them."""
    with closing(sqlite3.connect(db)) as conn:
        (stats,) = conn.execute("SELECT stats FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
    return json.loads(stats)


def test_the_extraction_pool_stores_what_the_crawls_own_process_stores(
        demo_crawl: CrawlRun, demo_server: DemoServer, tmp_path: Path) -> None:
    """The suite's crawls parse on their reactor thread (CLIPPINGS_PROCESSES=0,
    tests/conftest.py); a user's crawl parses in its pool, one process per core:
    the same articles, field for field."""
    run = crawl(tmp_path / "pool.db", demo_server.base_url + "/", env=POOL_ENV)
    assert run.returncode == 0, run.stderr
    assert crawl_stats(run.db)["clippings/extraction_processes"] == default_processes()
    assert "clippings/extraction_processes" not in crawl_stats(demo_crawl.db)
    pooled, own = archived_articles(run.db), archived_articles(demo_crawl.db)
    assert sorted(pooled) == sorted(own)
    assert [url for url in own if any(pooled[url][field] != own[url][field] for field in COMPARED_FIELDS)] == []


def test_clippings_processes_in_the_environment_sizes_the_pool_and_the_option_wins(
        demo_server: DemoServer, tmp_path: Path) -> None:
    env = {**ENV, "CLIPPINGS_PROCESSES": "1"}
    by_env = crawl(tmp_path / "env.db", demo_server.base_url + "/", extra=("--max-pages", "1", "--no-warc"), env=env)
    assert by_env.returncode == 0, by_env.stderr
    assert crawl_stats(by_env.db)["clippings/extraction_processes"] == 1
    by_option = crawl(tmp_path / "option.db", demo_server.base_url + "/",
                      extra=("--max-pages", "1", "--no-warc", "--processes", "0"), env=env)
    assert by_option.returncode == 0, by_option.stderr
    assert "clippings/extraction_processes" not in crawl_stats(by_option.db)


def test_no_furniture_in_any_body(demo_crawl: CrawlRun) -> None:
    for url, row in archived_articles(demo_crawl.db).items():
        for line in row["body"].split("\n\n"):
            for phrase in FURNITURE:
                assert phrase not in line, f"{url}: furniture {phrase!r} in body line {line[:120]!r}"


def test_every_url_fetched_is_accounted_for(demo_crawl: CrawlRun, demo_server: DemoServer) -> None:
    db = sqlite_utils.Database(demo_crawl.db)
    fetches = list(db.query("select url, status, outcome, reason from fetches"))
    by_path: dict[str, list[dict]] = {}
    for fetch in fetches:
        path = fetch["url"][len(demo_server.base_url):] or "/"
        by_path.setdefault(path, []).append(fetch)
    outcomes = {f["outcome"] for f in fetches}
    assert {"stored", "not-article", "robots", "error", "redirect"} <= outcomes
    for path in non_article_paths(state=1):
        if path in by_path:
            assert {f["outcome"] for f in by_path[path]} == {"not-article"}, path
    for path in disallowed_paths():
        assert path in by_path and by_path[path][0]["outcome"] == "robots", path
    reasons = {f["reason"] for f in fetches if f["outcome"] == "error"}
    assert "HTTP 404" in reasons and "HTTP 500" in reasons
    # Every request the site received has a fetches row (robots.txt is Scrapy's own).
    requested = {path for method, path, headers in demo_server.requests if path != "/robots.txt"}
    assert requested <= set(by_path) | {p.split("?")[0] for p in by_path}


def test_robots_txt_is_obeyed_and_the_crawler_identifies_itself(demo_crawl: CrawlRun, demo_server: DemoServer) -> None:
    paths = [path for _, path, _ in demo_server.requests]
    for disallowed in disallowed_paths():
        assert not any(path.startswith(disallowed) for path in paths)
    agents = {headers.get("User-Agent", "") for _, _, headers in demo_server.requests}
    assert agents and all(agent.startswith("Clippings/") and "(+http" in agent for agent in agents)


def test_tracking_parameters_never_reach_the_archive(demo_crawl: CrawlRun) -> None:
    db = sqlite_utils.Database(demo_crawl.db)
    urls = [r["url"] for r in db.query("select url from fetches")]
    assert urls and not [u for u in urls if "utm_" in u or "#" in u]


def test_crawl_prints_progress_and_a_summary(demo_crawl: CrawlRun) -> None:
    assert "new articles:" in demo_crawl.stdout and "new versions:" in demo_crawl.stdout
    assert "pages fetched:" in demo_crawl.stdout
    assert "crawl 1 finished" in demo_crawl.stdout


def test_crawling_twice_adds_no_duplicate(demo_crawl: CrawlRun, demo_server: DemoServer, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    # The first crawl: a copy of the session's crawl of the home page (the same
    # command on the same site, finished with exit 0).
    with closing(sqlite3.connect(demo_crawl.db)) as source, closing(sqlite3.connect(db)) as target:
        source.backup(target)
    second = crawl(db, demo_server.base_url + "/sitemap.xml")
    assert second.returncode == 0, second.stderr
    archive = sqlite_utils.Database(db)
    truth = expected_articles(demo_server.base_url, state=1)
    assert archive["articles"].count == len(truth)
    assert archive["versions"].count == len(truth)
    outcomes = dict(archive.execute(
        "select outcome, count(*) from fetches where crawl_id = 2 group by outcome").fetchall())
    assert outcomes.get("stored", 0) == 0
    assert outcomes["unchanged"] == len(truth)


def test_max_pages_stops_the_crawl(demo_server: DemoServer, tmp_path: Path) -> None:
    run = crawl(tmp_path / "small.db", demo_server.base_url + "/", extra=("--max-pages", "5"))
    assert run.returncode == 0, run.stderr
    fetched = sqlite_utils.Database(run.db).execute(
        "select count(*) from fetches where status is not null and outcome != 'redirect'").fetchone()[0]
    assert 5 <= fetched <= 5 + 16  # requests already in flight when the limit is hit still land


def test_feed_seed_discovers_articles(demo_server: DemoServer, tmp_path: Path) -> None:
    run = crawl(tmp_path / "feed.db", demo_server.base_url + "/feed.xml", extra=("--depth", "1"))
    assert run.returncode == 0, run.stderr
    db = sqlite_utils.Database(run.db)
    assert db["articles"].count >= 10
    seed = next(db.query("select outcome, reason from fetches where url like '%/feed.xml'"))
    assert seed["outcome"] == "not-article" and seed["reason"].startswith("feed:")


@pytest.mark.parametrize("seed", ["/robots.txt", "/sitemap.xml"])
def test_sitemap_and_robots_seeds_reach_every_article(demo_server: DemoServer, tmp_path: Path, seed: str) -> None:
    run = crawl(tmp_path / "s.db", demo_server.base_url + seed, extra=("--depth", "2"))
    assert run.returncode == 0, run.stderr
    stored = set(archived_articles(run.db))
    truth = {a["canonical_url"] for a in expected_articles(demo_server.base_url, state=1)}
    assert stored == truth


def test_scrapy_crawl_works_from_the_repo_root(demo_server: DemoServer, tmp_path: Path) -> None:
    db = tmp_path / "scrapy.db"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"seeds={demo_server.base_url}/sitemap.xml",
         "-s", f"CLIPPINGS_DB={db}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0",
         "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert sqlite_utils.Database(db)["articles"].count == len(expected_articles(demo_server.base_url, state=1))
