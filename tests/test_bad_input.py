"""Issue 9 / 12: bad input to ``clippings`` gets one clear line naming the input
and the reason, a non-zero exit, and nothing created or changed. Real
subprocesses, real files."""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import ArchiveWriter, open_archive
from archive.db import lock_path
from tests.conftest import clippings, clippings_here
from tests.support.slow_site import article_html
from tests.test_cli_runs import one_error_line


@pytest.mark.parametrize(("setting", "reason"), [
    ("DOWNLOAD_TIMEOUT=abc", "-s DOWNLOAD_TIMEOUT='abc': not a number"),
    ("ROBOTSTXT_OBEY=maybe", "-s ROBOTSTXT_OBEY='maybe': not true or false"),
    ("DEPTH_LIMIT=x", "-s DEPTH_LIMIT='x': not a number"),
    ("DEPTH_LIMIT=1.5", "-s DEPTH_LIMIT='1.5': not a whole number"),
    ("CLIPPINGS_MAX_PAGES=-1", "-s CLIPPINGS_MAX_PAGES='-1': must be at least 0"),
    ("CONCURRENT_REQUESTS=0", "-s CONCURRENT_REQUESTS='0': must be at least 1"),
    ("CLIPPINGS_INDEX_MAX_URLS=0", "-s CLIPPINGS_INDEX_MAX_URLS='0': must be at least 1"),
    ("CLIPPINGS_SITEMAP_NESTING=-1", "-s CLIPPINGS_SITEMAP_NESTING='-1': must be at least 0"),
    ("CLIPPINGS_SITE_BUDGET_TYPO={", None),
    # Components that cannot be loaded failed deep in the reactor as a traceback (probe 21).
    ("SCHEDULER=nope.Nope", "-s SCHEDULER='nope.Nope': cannot load nope.Nope (ModuleNotFoundError: "
                            "No module named 'nope')"),
    ("TWISTED_REACTOR=nope", "-s TWISTED_REACTOR='nope': 'nope' is not a Python import path"),
    ('SPIDER_MIDDLEWARES={"x.y": 1}', "-s SPIDER_MIDDLEWARES='{\"x.y\": 1}': cannot load x.y "
                                      "(ModuleNotFoundError: No module named 'x')"),
    ("ITEM_PIPELINES={}", "without them nothing is stored"),
    ("USER_AGENT=a\nb", "-s USER_AGENT='a\\nb': must be one line of text"),
    # Scrapy encodes a link's request headers in its page's encoding (cp1252, often):
    # every link's request failed, "UnicodeEncodeError: 'charmap' codec can't encode".
    ("USER_AGENT=Bot/1 \u2603", "-s USER_AGENT='Bot/1 \u2603': must be printable ASCII text (an HTTP header)"),
    # Servers answer a header line past about 8 KB with an error: every page an error row.
    ("USER_AGENT=" + "B" * 9000, "-s USER_AGENT='" + "B" * 100 + "'…: is 9,000 characters long: at most 1,000 "
                                 "(an HTTP header line)"),
])
def test_bad_scrapy_setting_is_refused_before_any_work(tmp_path: Path, setting: str, reason: str | None) -> None:
    db = tmp_path / "x.db"
    # A real process for the first setting and for the one that passes (its crawl
    # starts a reactor); the same check before any work, in this process, for the rest.
    run = clippings if reason is None or setting.startswith("DOWNLOAD_TIMEOUT") else clippings_here
    result = run("crawl", "http://127.0.0.1:9/", "--db", str(db), "-s", setting, "--max-pages", "1")
    if reason is None:  # an unknown key passes as text to Scrapy
        assert "-s CLIPPINGS_SITE_BUDGET_TYPO" not in result.stderr
        return
    assert one_error_line(result).endswith(reason)
    assert list(tmp_path.iterdir()) == []



@pytest.mark.parametrize(("option", "reason"), [
    (("--user-agent", "Bot/1 \u2603"), "--user-agent must be printable ASCII text (an HTTP header)"),
    (("--contact", "jos\u00e9@example.org"),
     "--contact 'jos\u00e9@example.org' must be printable ASCII text (it goes into the User-Agent header)"),
    (("--contact", "jo\x01e@example.org"),
     "--contact 'jo\\x01e@example.org' must be printable ASCII text (it goes into the User-Agent header)"),
    (("--user-agent", "B" * 9000), "--user-agent is 9,000 characters long: at most 1,000 (an HTTP header line)"),
    (("--user-agent", "B" * 990, "--contact", "https://example.org/bot"),
     "--contact 'https://example.org/bot' makes the User-Agent 1,016 characters long: at most 1,000 "
     "(an HTTP header line)"),
])
def test_a_user_agent_that_is_no_header_line_is_refused_before_any_work(
        tmp_path: Path, option: tuple[str, ...], reason: str) -> None:
    """Not ASCII: the seeds were fetched with it, and every link's request failed, its
    page's encoding unable to hold the header ("UnicodeEncodeError: 'charmap' codec").
    A control character, or past 1,000 characters: no header line a server takes."""
    db = tmp_path / "x.db"
    result = clippings_here("crawl", "http://127.0.0.1:9/", "--db", str(db), *option)
    assert one_error_line(result) == f"clippings: error: {reason}"
    assert result.returncode == 1 and list(tmp_path.iterdir()) == []


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "content"), [
    ("bad.warc", b"WARC/1.0\r\ngarbage"),
    ("empty.warc", b""),
    ("page.html", b"<html><body><p>Not a WARC file at all.</p></body></html>\n"),
])
def test_import_warc_refuses_a_file_that_is_not_warc_and_changes_nothing(
        tmp_path: Path, name: str, content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    db = tmp_path / "a.db"
    result = clippings("import-warc", str(bad), "--db", str(db))
    assert one_error_line(result).startswith(f"clippings: error: {bad}: not a WARC file (")
    assert result.returncode == 1 and not db.exists()
    open_archive(db).close()
    before = digest(db)
    assert one_error_line(clippings("import-warc", str(bad), "--db", str(db))).endswith(")")
    assert digest(db) == before


def test_import_warc_refuses_a_folder_in_one_line_and_changes_nothing(tmp_path: Path) -> None:
    """A folder is not read as "every WARC in it" (which files, how deep?): it is
    refused, naming it and the way to give its files."""
    folder = tmp_path / "crawls"
    folder.mkdir()
    db = tmp_path / "a.db"
    open_archive(db).close()
    before = digest(db)
    result = clippings("import-warc", str(folder), "--db", str(db))
    assert result.returncode == 1
    assert one_error_line(result) == (f"clippings: error: {folder} is a folder, not a WARC file "
                                      f"(give its files: {folder}/*.warc.gz); nothing imported")
    assert digest(db) == before


def test_import_warc_where_every_response_failed_exits_1(tmp_path: Path) -> None:
    failed = tmp_path / "failed.warc.gz"
    with open(failed, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for path in ("/a", "/b"):
            headers = StatusAndHeaders("500 Internal Server Error", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://news.example" + path, "response", payload=io.BytesIO(b"<p>oops</p>"),
                http_headers=headers, warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"}))
    result = clippings("import-warc", str(failed), "--db", str(tmp_path / "a.db"))
    assert result.returncode == 1
    assert "error: 2" in result.stdout
    assert result.stderr.strip() == "clippings: error: every one of the 2 responses failed"


def test_crawl_into_an_unwritable_place_or_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", "/proc/x.db", "--max-pages", "1")
    assert one_error_line(result).startswith("clippings: error: cannot ")
    assert "/proc/x.db" in result.stderr
    missing = tmp_path / "nonexist" / "x.db"
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", str(missing), "--max-pages", "1")
    assert one_error_line(result) == f"clippings: error: cannot create an archive at {missing}: no folder {missing.parent}"
    assert list(tmp_path.iterdir()) == []


def test_retries_of_a_dead_seed_are_not_pages_and_the_crawl_fails(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", str(db), "--max-pages", "2", "--delay", "0")
    assert result.returncode == 1, result.stdout
    assert "could not crawl seed http://127.0.0.1:9/" in result.stderr
    assert "reached --max-pages" not in result.stdout + result.stderr
    with closing(sqlite3.connect(db)) as conn:
        outcomes = conn.execute("SELECT url, outcome FROM fetches").fetchall()
    assert ("http://127.0.0.1:9/", "error") in outcomes


def test_a_crawl_the_cli_calls_failed_is_failed_in_the_crawls_table(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", str(db), "--delay", "0")
    assert result.returncode == 1 and "failed" in result.stdout
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT status FROM crawls").fetchall() == [("failed",)]


def test_extract_reports_a_directory_like_a_missing_file_and_goes_on(tmp_path: Path) -> None:
    for name, number in (("a.html", 1), ("b.html", 2)):
        (tmp_path / name).write_text(article_html(number), encoding="utf-8")
    (tmp_path / "somedir").mkdir()
    result = clippings("extract", "a.html", "somedir", "b.html", cwd=tmp_path)
    assert result.returncode == 1
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Story 1", "Story 2"]
    assert result.stderr.strip() == "clippings: error: somedir: is a directory, not a page file"


def test_seed_file_errors_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("# seeds\nhttp://127.0.0.1:9/\nnot a url\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("# nothing yet\n\n", encoding="utf-8")
    (tmp_path / "sites.toml").write_text('[[site]]\nname = "x"\nseeds = "http://127.0.0.1:9/"\n', encoding="utf-8")
    for args, message in ((["-i", "bad.txt"], "bad.txt:3: seed 'not a url' is not an http(s) URL"),
                          (["-i", "e.txt"], "e.txt holds no seeds"),
                          (["--sites", "sites.toml"], "seeds must be a list of http(s) URLs")):
        result = clippings("crawl", *args, "--db", "x.db", cwd=tmp_path)
        assert one_error_line(result).endswith(message)
    assert not (tmp_path / "x.db").exists()


def test_stats_tells_a_running_crawl_with_no_live_writer_from_a_live_one(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    archive = open_archive(db)
    ArchiveWriter(archive).start_crawl(seeds=["http://127.0.0.1:9/"], settings={}, user_agent="test")
    archive.close()
    before = digest(db)
    result = clippings("stats", str(db))
    assert result.returncode == 0, result.stderr
    assert "(1 stale running (no writer alive))" in result.stdout
    assert digest(db) == before and not lock_path(db).exists()
    with open(lock_path(db), "w") as lock:  # a live writer holds the lock
        fcntl.flock(lock, fcntl.LOCK_EX)
        assert "(1 running)" in clippings("stats", str(db)).stdout


def test_an_archive_from_a_newer_clippings_is_read_but_never_written(tmp_path: Path) -> None:
    """A schema step this version does not know: writing could break the newer
    schema, so every write command refuses in one line and changes no byte."""
    db = tmp_path / "newer.db"
    open_archive(db).close()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('clippings', 'm999_from_the_future', '2030-01-01')")
    before = digest(db)
    page = tmp_path / "page.warc.gz"
    with open(page, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(article_html(1).encode()),
            http_headers=headers, warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"}))
    for args in (("crawl", "http://127.0.0.1:9/", "--db", str(db)), ("reextract", str(db)),
                 ("import-warc", str(page), "--db", str(db))):
        line = one_error_line(clippings(*args))
        assert line.endswith(f"{db} was written by a newer Clippings (its schema step m999_from_the_future "
                             "is unknown to this one): upgrade Clippings to write to it"), (args, line)
        assert digest(db) == before, args
    assert clippings("stats", str(db)).returncode == 0
    assert digest(db) == before


def test_a_damaged_archive_is_named_as_damaged_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "cut.db"
    writer = ArchiveWriter(db)
    writer.db.conn.execute("VACUUM")
    writer.db.close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = digest(db)
    for args in (("stats", str(db)), ("crawl", "http://127.0.0.1:9/", "--db", str(db))):
        line = one_error_line(clippings(*args))
        assert line == (f"clippings: error: {db} is damaged: the file is cut short ({len(data) // 2} bytes, where "
                        f"its header counts {len(data) // 4096} pages of 4096: {len(data)} bytes); restore it "
                        "from a copy or run `clippings recover FILE NEW`"), line
        assert digest(db) == before
