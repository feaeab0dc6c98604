"""Periodic snapshots (issue #4): the sample site crawled in state 1, again unchanged,
then in state 2, into one archive; only-new runs; WARC import of the whole history.

Everything runs for real: our own demo server (its state is switched, so it is not
the session's shared one), ``clippings`` in subprocesses, SQLite, warcio.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler.cli import cli
from crawler.demo import content as C
from crawler.demo.server import DemoServer, serve_demo
from crawler.items import ARTICLE_FIELDS
from tests.conftest import CrawlRun, clippings, crawl
from tests.support.demo_truth import changes, expected_articles, non_article_paths
from tests.test_warc import warcio_check

VERSION_KEYS = {"content_hash", "first_seen", "last_seen", "title", "crawl_id", "changed_fields"}
SINCE = "2025-08-01"


@dataclass
class Step:
    run: CrawlRun
    seconds: float
    requests: list[tuple[str, str, dict[str, str]]]
    started: str
    """UTC time just before the crawl started, ISO with ``Z`` (the archive's format)."""

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.requests]


@dataclass
class Timeline:
    server: DemoServer
    base: str
    db: Path
    steps: dict[str, Step] = field(default_factory=dict)
    histories: dict[str, dict] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def step(server: DemoServer, db: Path, *seeds: str, extra: tuple[str, ...] = ()) -> Step:
    server.clear_requests()
    started = now_iso()
    clock = time.monotonic()
    run = crawl(db, *seeds, extra=extra)
    seconds = time.monotonic() - clock
    assert run.returncode == 0, run.stderr[-3000:]
    return Step(run=run, seconds=seconds, requests=list(server.requests), started=started)


def history_json(db: Path, url: str, *, in_subprocess: bool = False) -> dict:
    """``clippings history DB URL --json``: in a subprocess, or (40 times faster on a
    small machine) the same click command in this process."""
    if in_subprocess:
        result = clippings("history", str(db), url, "--json")
        returncode, stdout, stderr = result.returncode, result.stdout, result.stderr
    else:
        invoked = CliRunner().invoke(cli, ["history", str(db), url, "--json"])
        returncode, stdout, stderr = invoked.exit_code, invoked.stdout, invoked.stderr
    assert returncode == 0, stderr
    lines = stdout.splitlines()
    assert len(lines) == 1, f"--json must print exactly one object, got {stdout!r}"
    return json.loads(lines[0])


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Timeline]:
    """State 1, the same site again (unchanged), state 2; then only-new runs in state 2."""
    folder = tmp_path_factory.mktemp("snapshots")
    with serve_demo(port=0) as server:
        line = Timeline(server=server, base=server.base_url, db=folder / "news.db")
        home = line.base + "/"
        line.steps["first"] = step(server, line.db, home)
        # A copy of the state-1 archive for the --new-only run in state 2.
        with sqlite3.connect(line.db) as source, sqlite3.connect(folder / "newonly.db") as target:
            source.backup(target)
        line.steps["second"] = step(server, line.db, home)
        server.set_state(2)
        line.steps["state2"] = step(server, line.db, home)
        line.steps["new-only"] = step(server, folder / "newonly.db", line.base + "/sitemap.xml",
                                      extra=("--new-only", "--depth", "0"))
        line.steps["since"] = step(server, folder / "since.db", line.base + "/feed.xml",
                                   extra=("--since", SINCE, "--depth", "0"))
        paths = list(dict.fromkeys(C.by_path(1)) | dict.fromkeys(C.by_path(2)))
        line.histories = {path: history_json(line.db, line.url(path)) for path in paths}
        print("\nsnapshot crawl times: " + ", ".join(
            f"{name} {s.seconds:.1f}s wall ({re.search(r'finished in ([0-9.]+s)', s.run.stdout).group(1)} crawl)"
            for name, s in line.steps.items()))
        yield line


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[dict]:
    return list(sqlite_utils.Database(db).query(sql, params or []))


def crawl_stats(db: Path, crawl_id: int) -> dict:
    (row,) = rows(db, "select stats from crawls where id = ?", [crawl_id])
    return json.loads(row["stats"])


# -- the key test: every article's history after state 1 -> state 1 -> state 2 --------


def test_every_article_history_after_two_states(timeline: Timeline) -> None:
    before = {a["url"]: a for a in expected_articles(timeline.base, state=1)}
    after = {a["url"]: a for a in expected_articles(timeline.base, state=2)}
    diff = changes(2)
    # Edited: four articles and the paywall teaser shown in full in state 2.
    assert {k: len(v) for k, v in diff.items()} == {"edited": 5, "deleted": 3, "new": 4, "unchanged": 33}
    third = timeline.steps["state2"].started
    problems = []
    for kind, paths in diff.items():
        for path in paths:
            url = timeline.url(path)
            history = timeline.histories[path]
            versions = history["versions"]
            assert set(history) == {"url", "status", "versions"} and history["url"] == url
            assert all(set(v) == VERSION_KEYS for v in versions), versions
            got = (history["status"], [v["title"] for v in versions], [v["crawl_id"] for v in versions])
            if kind == "unchanged":
                expected = ("live", [before[url]["title"]], [1])
            elif kind == "edited":
                expected = ("live", [before[url]["title"], after[url]["title"]], [1, 3])
            elif kind == "deleted":
                expected = ("gone", [before[url]["title"]], [1])
            else:
                expected = ("live", [after[url]["title"]], [3])
            if got != expected:
                problems.append(f"{kind} {path}: got {got}, expected {expected}")
                continue
            assert versions[0]["changed_fields"] == []
            for older, newer in itertools.pairwise(versions):
                assert older["last_seen"] < newer["first_seen"] <= newer["last_seen"]
                assert older["content_hash"] != newer["content_hash"]
            if kind in ("unchanged", "edited"):
                # Seen in every crawl: moved by the 304s of crawl 2, then crawl 3.
                assert versions[-1]["last_seen"] >= third, (path, versions)
            if kind == "edited":
                old, new = before[url], after[url]
                changed = versions[1]["changed_fields"]
                assert ("title" in changed) == (old["title"] != new["title"]), (path, changed)
                assert ("body" in changed) == (old["body"] != new["body"]), (path, changed)
    assert problems == [], "\n".join(problems)
    # The installed command prints the same object (one article of each kind).
    for paths in diff.values():
        url = timeline.url(paths[0])
        assert history_json(timeline.db, url, in_subprocess=True) == timeline.histories[paths[0]]


def test_archive_rows_match_the_histories(timeline: Timeline) -> None:
    db = timeline.db
    diff = changes(2)
    articles = {r["canonical_url"]: r for r in rows(db, "select * from articles")}
    assert set(articles) == {timeline.url(p) for p in C.by_path(1)} | {timeline.url(p) for p in C.by_path(2)}
    first = len(expected_articles(timeline.base, state=1))
    assert len(rows(db, "select id from versions")) == first + len(diff["edited"]) + len(diff["new"])
    third = timeline.steps["state2"].started
    after = {a["url"]: a for a in expected_articles(timeline.base, state=2)}
    for path in diff["deleted"]:
        row = articles[timeline.url(path)]
        assert row["status"] == "gone" and row["gone_since"] and row["gone_since"] >= third
        assert row["version_count"] == 1  # never deleted, nothing added
        (fetch,) = rows(db, "select status, outcome, reason from fetches where crawl_id = 3 and url = ?",
                        [timeline.url(path)])
        assert fetch["outcome"] == "gone" and fetch["status"] == C.gone(2)[path]
    for path in diff["edited"] + diff["new"]:
        row = articles[timeline.url(path)]
        assert row["status"] == "live" and row["gone_since"] is None
        # The latest version's record is the page as it is now.
        assert (row["title"], row["body"]) == (after[row["url"]]["title"], after[row["url"]]["body"])
    for path in diff["unchanged"]:
        row = articles[timeline.url(path)]
        assert row["version_count"] == 1 and row["last_seen"] >= third
        # Fetched in full (sidebars and related lists moved, so no 304), parsed,
        # and found unchanged by its content hash.
        (fetch,) = rows(db, "select status, outcome from fetches where crawl_id = 3 and url = ?",
                        [timeline.url(path)])
        assert (fetch["status"], fetch["outcome"]) == (200, "unchanged"), path
    outcomes = dict(sqlite_utils.Database(db).execute(
        "select outcome, count(*) from fetches where crawl_id = 3 group by outcome").fetchall())
    assert outcomes["stored"] == len(diff["edited"]) + len(diff["new"])
    assert outcomes["unchanged"] == len(diff["unchanged"])
    assert outcomes["gone"] == len(diff["deleted"])


def test_versions_point_to_the_crawl_that_first_saw_them(timeline: Timeline) -> None:
    db = timeline.db
    crawls = {c["id"]: c for c in rows(db, "select id, started, finished from crawls")}
    for article in rows(db, "select canonical_url from articles"):
        key = article["canonical_url"]
        versions = rows(db, "select crawl_id, first_seen from versions where canonical_url = ? order by id", [key])
        stored_in = [r["crawl_id"] for r in rows(
            db, "select crawl_id from fetches where canonical_url = ? and outcome = 'stored' order by id", [key])]
        assert [v["crawl_id"] for v in versions] == stored_in, key
        for version in versions:
            crawl_row = crawls[version["crawl_id"]]
            assert crawl_row["started"] <= version["first_seen"] <= crawl_row["finished"]


def test_every_crawl_is_a_crawls_row(timeline: Timeline) -> None:
    crawls = rows(timeline.db, "select * from crawls order by id")
    assert [c["id"] for c in crawls] == [1, 2, 3]
    for crawl_row in crawls:
        assert crawl_row["status"] == "finished"
        assert crawl_row["started"] <= crawl_row["finished"]
        assert json.loads(crawl_row["seeds"]) == [timeline.base + "/"]
        assert crawl_row["user_agent"].startswith("Clippings/")
        settings = json.loads(crawl_row["settings"])
        assert settings["USER_AGENT"] == crawl_row["user_agent"]
        assert settings["ROBOTSTXT_OBEY"] is True and settings["DOWNLOAD_DELAY"] == 0
        stats = json.loads(crawl_row["stats"])
        assert stats["finish_reason"] == "finished" and stats["clippings/crawl_id"] == crawl_row["id"]
        fetched = len(rows(timeline.db, "select id from fetches where crawl_id = ? and status is not null "
                                         "and outcome != 'redirect'", [crawl_row["id"]]))
        assert stats["response_received_count"] >= fetched > 0
    new_only = rows(timeline.db.with_name("newonly.db"), "select settings from crawls order by id")
    assert json.loads(new_only[-1]["settings"])["CLIPPINGS_NEW_ONLY"] is True
    (since,) = rows(timeline.db.with_name("since.db"), "select settings from crawls")
    assert json.loads(since["settings"])["since"].startswith(SINCE)


# -- conditional requests -----------------------------------------------------------------


def test_validators_are_kept_per_page(timeline: Timeline) -> None:
    validators = {r["url"]: r for r in rows(timeline.db, "select * from validators")}
    site = timeline.server.site
    for path in C.by_path(2):
        answer = site.get(path, timeline.base, state=2)
        row = validators[timeline.url(path)]
        assert (row["etag"], row["last_modified"]) == (answer.headers["ETag"], answer.headers["Last-Modified"])
    for path in changes(2)["deleted"]:
        assert timeline.url(path) not in validators  # a 404 / 410 forgets them


def test_second_crawl_of_an_unchanged_site_is_conditional_and_parses_no_article(timeline: Timeline) -> None:
    second = timeline.steps["second"]
    site = timeline.server.site
    articles = set(C.by_path(1))
    asked = {}
    for _method, path, headers in second.requests:
        if path in articles:
            asked[path] = headers
        elif path in non_article_paths(state=1):
            assert "If-None-Match" not in headers and "If-Modified-Since" not in headers, path
    assert set(asked) == articles  # every archived article was checked
    for path, headers in asked.items():
        answer = site.get(path, timeline.base, state=1)
        assert headers.get("If-None-Match") == answer.headers["ETag"], path
        assert headers.get("If-Modified-Since") == answer.headers["Last-Modified"], path
    fetches = rows(timeline.db, "select url, status, outcome, reason, content_type from fetches where crawl_id = 2")
    article_fetches = [f for f in fetches if f["url"][len(timeline.base):] in articles]
    assert len(article_fetches) == len(articles)
    assert {(f["status"], f["outcome"]) for f in article_fetches} == {(304, "unchanged")}
    assert not [f for f in fetches if f["outcome"] == "stored"]
    # Parsed: the listing pages only (200 HTML answers), never an article page.
    listings = [f for f in fetches if f["status"] == 200 and (f["content_type"] or "").startswith("text/html")]
    assert listings and all(f["outcome"] == "not-article" for f in listings)
    stats = crawl_stats(timeline.db, 2)
    assert stats["clippings/pages_parsed"] == len(listings)
    summary = re.search(r"pages fetched: (\d+) \(parsed: (\d+)\)", second.run.stdout)
    assert summary and int(summary.group(2)) == len(listings)
    assert f"new articles: 0, new versions: 0, unchanged: {len(articles)}," in second.run.stdout
    first = re.search(r"pages fetched: (\d+) \(parsed: (\d+)\)", timeline.steps["first"].run.stdout)
    assert first and int(first.group(2)) >= int(summary.group(2)) + len(articles)
    # 304s move last_seen and add no version.
    for version in rows(timeline.db, "select last_crawl_id, crawl_id from versions where crawl_id = 1"):
        assert version["last_crawl_id"] >= 2


# -- only-new runs -----------------------------------------------------------------------


def test_new_only_fetches_only_articles_not_yet_archived(timeline: Timeline) -> None:
    new_only = timeline.steps["new-only"]
    fresh = set(changes(2)["new"])
    archived = set(C.by_path(1))
    asked = set(new_only.paths())
    assert not asked & archived, sorted(asked & archived)
    assert asked - fresh <= {"/robots.txt", "/sitemap.xml", "/sitemaps/posts-2025-07.xml",
                             "/sitemaps/posts-2025-08.xml"}
    assert fresh <= asked
    db = timeline.db.with_name("newonly.db")
    stored = {r["url"] for r in rows(db, "select url from fetches where crawl_id = 2 and outcome = 'stored'")}
    assert stored == {timeline.url(p) for p in fresh}
    assert len(rows(db, "select canonical_url from articles")) == (
        len(expected_articles(timeline.base, state=1)) + len(fresh))


def test_since_skips_feed_entries_dated_before(timeline: Timeline) -> None:
    since = datetime.fromisoformat(SINCE).replace(tzinfo=UTC)
    feed = C.stories(2)[:20]  # the feed carries the 20 newest

    def published(story: Any) -> datetime:
        day = datetime.fromisoformat(story.published.replace("Z", "+00:00"))
        return day if day.tzinfo else day.replace(tzinfo=UTC)

    expected = {timeline.url(s.path) for s in feed if published(s) >= since}
    assert 0 < len(expected) < len(feed)
    db = timeline.db.with_name("since.db")
    assert {r["canonical_url"] for r in rows(db, "select canonical_url from articles")} == expected
    asked = set(timeline.steps["since"].paths())
    assert asked == {p[len(timeline.base):] for p in expected} | {"/feed.xml", "/robots.txt"}


# -- history --diff ------------------------------------------------------------------------


def test_history_diff_shows_changed_fields_and_word_diff(timeline: Timeline) -> None:
    before = {a["url"]: a for a in expected_articles(timeline.base, state=1)}
    after = {a["url"]: a for a in expected_articles(timeline.base, state=2)}
    for path in changes(2)["edited"]:
        url = timeline.url(path)
        result = clippings("history", str(timeline.db), url, "--diff")
        assert result.returncode == 0, result.stderr
        out = result.stdout
        assert out.startswith(f"{url} (live), 2 version(s)")
        changed = timeline.histories[path]["versions"][1]["changed_fields"]
        assert f"changed: {', '.join(changed)}" in out
        if before[url]["title"] != after[url]["title"]:
            title_line = next(line for line in out.splitlines() if line.strip().startswith("title:"))
            assert "[-" in title_line or "{+" in title_line
            kept = re.sub(r"\[-.*?-\]", "", title_line.split("title: ", 1)[1])
            assert " ".join(re.sub(r"\{\+(.*?)\+\}", r"\1", kept).split()) == after[url]["title"]
        if before[url]["body"] != after[url]["body"]:
            assert "body:" in out and ("[-" in out or "{+" in out)
        assert len([line for line in out.splitlines() if re.match(r"v\d+  ", line)]) == 2
    unchanged = timeline.url(changes(2)["unchanged"][0])
    out = clippings("history", str(timeline.db), unchanged, "--diff").stdout
    assert "1 version(s)" in out and "changed:" not in out


# -- WARC: the whole history imported again --------------------------------------------------


def test_import_warc_of_every_crawl_gives_the_same_records(timeline: Timeline, tmp_path: Path) -> None:
    warcs = sorted(timeline.db.with_name("news-warc").glob("*.warc.gz"))
    assert [w.name[:10] for w in warcs] == ["crawl-0001", "crawl-0002", "crawl-0003"]
    for warc in warcs:
        check = warcio_check(warc)
        assert check.returncode == 0 and "fail" not in check.stdout.lower(), check.stdout + check.stderr
    fresh = tmp_path / "imported.db"
    result = clippings("import-warc", *map(str, warcs), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    crawled = {r["canonical_url"]: r for r in rows(timeline.db, "select * from articles")}
    imported = {r["canonical_url"]: r for r in rows(fresh, "select * from articles")}
    assert set(imported) == set(crawled)
    # Every Article field, fetched_at included; and the 404 / 410 answers are in the
    # WARC files too, so the deleted articles are gone since the same moment.
    compared = (*ARTICLE_FIELDS, "status", "gone_since", "first_seen", "version_count")
    mismatches = [f"{url} {name}: {row[name]!r:.60} != {imported[url][name]!r:.60}"
                  for url, row in crawled.items() for name in compared if row[name] != imported[url][name]]
    assert mismatches == [], "\n".join(mismatches[:20])
    assert sum(row["status"] == "gone" for row in imported.values()) == len(changes(2)["deleted"])
    keys = ("canonical_url", "content_hash", "fetched_at", "first_seen", "warc_record_id", "payload_digest")
    select = f"select {', '.join(keys)} from versions order by canonical_url, id"
    assert rows(fresh, select) == rows(timeline.db, select)
