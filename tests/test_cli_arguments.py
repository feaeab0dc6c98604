"""Argument values a demanding user types: huge numbers, infinities and NaN, a
device or a pipe where a file is expected. Each is used as meant or refused in
one line naming the value and the reason, before any work. Real subprocesses."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ENV, clippings, clippings_here
from tests.test_cli_faults import one_article_archive
from tests.test_cli_runs import one_error_line


def test_search_with_a_limit_beyond_sqlite_integers_returns_every_hit(tmp_path: Path) -> None:
    db = one_article_archive(tmp_path)
    result = clippings("search", str(db), "ferry", "--limit", "99999999999999999999", "--json")
    assert result.returncode == 0, result.stderr
    assert '"canonical_url": "https://news.example/a"' in result.stdout


@pytest.mark.parametrize("delay", ["inf", "nan", "1e308", "86401"])
def test_a_delay_no_crawl_could_keep_is_refused_before_any_work(tmp_path: Path, delay: str) -> None:
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"),
                                    "--delay", delay))
    assert line == (f"clippings: error: --delay {float(delay):g}: must be a number of seconds from 0 to 86400 "
                    "(a day between requests)"), line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("delay", ["inf", "nan", "1e308"])
def test_a_site_list_delay_no_crawl_could_keep_is_refused(tmp_path: Path, delay: str) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nseeds = ["http://127.0.0.1:9/"]\ndelay = {delay}\n', encoding="utf-8")
    line = one_error_line(clippings("crawl", "--sites", str(sites), "--db", str(tmp_path / "x.db")))
    assert line.endswith("delay must be a number of seconds from 0 to 86400 (a day between requests), "
                         f"not {float(delay)!r}"), line
    assert str(sites) in line
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("setting", ["DOWNLOAD_TIMEOUT=nan", "DOWNLOAD_DELAY=inf", "DOWNLOAD_TIMEOUT=-inf"])
def test_a_scrapy_setting_that_is_no_finite_number_is_refused(tmp_path: Path, setting: str) -> None:
    key, value = setting.split("=")
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"), "-s", setting))
    assert line == f"clippings: error: -s {key}={value!r}: not a finite number"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("setting", ["DOWNLOAD_DELAY=1e308", "AUTOTHROTTLE_START_DELAY=86401",
                                     "AUTOTHROTTLE_MAX_DELAY=1e9", "DOWNLOAD_DELAY=-1"])
def test_a_delay_setting_no_crawl_could_keep_is_refused(tmp_path: Path, setting: str) -> None:
    """The rule of --delay: a crawl waiting 1e308 s between requests never ends."""
    key, value = setting.split("=")
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"), "-s", setting))
    assert line == (f"clippings: error: -s {key}={value!r}: must be a number of seconds from 0 to 86400 "
                    "(a day between requests)")
    assert list(tmp_path.iterdir()) == []


def test_a_setting_naming_another_archive_than_db_is_refused(tmp_path: Path) -> None:
    """``-s CLIPPINGS_DB=B`` wrote the crawl into B while every check (and the lock,
    and the summary) was on --db's file: the archive is given with --db only."""
    other = tmp_path / "B.db"
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "A.db"),
                                    "-s", f"CLIPPINGS_DB={other}"))
    assert line == f"clippings: error: -s CLIPPINGS_DB={str(other)!r}: give the archive with --db {other}, not -s"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["import-warc", "{file}", "--db", "{db}"], ["extract", "{file}"]])
def test_a_device_given_as_a_file_is_named_as_not_a_regular_file(tmp_path: Path, command: list[str]) -> None:
    """``/dev/null`` exists: "no such file" would send the user looking for it."""
    db = tmp_path / "x.db"
    line = one_error_line(clippings(*[arg.format(file="/dev/null", db=db) for arg in command]))
    assert line == "clippings: error: /dev/null: not a regular file (save it to a file first)", line
    assert not db.exists()


@pytest.mark.parametrize(("args", "message"), [
    (["http://127.0.0.1:9/", "-q", "-v"],
     "give -q (print nothing but errors) or -v (show Scrapy's log), not both"),
    (["--sites", "{sites}", "-i", "{sites}"], "give either SEEDS (or -i) or --sites, not both"),
    (["--sites", "{sites}", "--redis", "redis://127.0.0.1:9/0"], "--redis takes SEEDS, not --sites"),
])
def test_crawl_options_that_contradict_each_other_are_named_first(
        tmp_path: Path, args: list[str], message: str) -> None:
    """The conflict is the error, not whatever acting on one option first ran into
    (a site list read as seeds, an unreachable Redis)."""
    sites = tmp_path / "sites.toml"
    sites.write_text('[[site]]\nseeds = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    db = tmp_path / "x.db"
    line = one_error_line(clippings("crawl", *[arg.format(sites=sites) for arg in args], "--db", str(db)))
    assert line == f"clippings: error: {message}"
    assert not db.exists()


@pytest.mark.parametrize("wait", ["nan", "-1"])
def test_a_worker_wait_that_names_no_time_is_refused_before_any_work(wait: str) -> None:
    # NaN passes every range check (no comparison with it is true): the worker never gave up
    line = one_error_line(clippings("worker", "--redis", "redis://127.0.0.1:9/0", "--wait", wait))
    assert line == f"clippings: error: --wait {float(wait):g}: the time to wait must be 0 seconds or more", line


NOT_UTF8 = "\udcff"  # the byte 0xff of an argument, as Python keeps bytes that are not UTF-8


@pytest.mark.parametrize("args, label, shown", [
    (["search", "{db}", "caf\udce9", "--quote"], "QUERY", "caf\\xe9"),
    (["history", "{db}", f"https://news.example/{NOT_UTF8}"], "URL", "https://news.example/\\xff"),
    (["export", "{db}", "--site", NOT_UTF8, "-o", "-"], "--site", "\\xff"),
    (["crawl", f"http://127.0.0.1:9/{NOT_UTF8}", "--db", "{new}"], "SEEDS", "http://127.0.0.1:9/\\xff"),
    (["extract", "{page}", "--url", f"https://news.example/{NOT_UTF8}"], "--url", "https://news.example/\\xff"),
])
def test_an_argument_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path, args: list[str], label: str,
                                                             shown: str) -> None:
    """No URL, query or site name holds such bytes: refused, naming the argument, before any work."""
    db = one_article_archive(tmp_path)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>text</p></body></html>", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = clippings(*(a.format(db=db, new=tmp_path / "new.db", page=page) for a in args))
    assert (one_error_line(result), result.stdout) == (
        f"clippings: error: {label} '{shown}' is not valid UTF-8 text (check the terminal's or the file "
        "name's encoding)", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_archive_whose_file_name_is_not_utf8_is_read(tmp_path: Path) -> None:
    """File names are any bytes: those of an archive are not refused."""
    db = one_article_archive(tmp_path)
    named = db.rename(tmp_path / f"news{NOT_UTF8}.db")
    result = clippings("stats", str(named))
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "articles:  1 (1 live, 0 gone)")


def test_export_since_later_than_until_exports_the_versions_seen_on_both_sides(tmp_path: Path) -> None:
    """The bounds are on different columns (last seen on or after --since, first seen
    on or before --until): a version seen across both matches, however they are ordered."""
    db = one_article_archive(tmp_path)  # its one version: first and last seen on 2025-07-16
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE versions SET first_seen = '2025-07-10T08:00:00Z', last_seen = '2025-07-20T08:00:00Z'")
    result = clippings("export", str(db), "--versions", "all", "--since", "2025-07-18", "--until", "2025-07-12")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["canonical_url"] for line in result.stdout.splitlines()] == ["https://news.example/a"]
    after = clippings("export", str(db), "--since", "2025-07-21", "--until", "2025-07-12")
    assert (after.returncode, after.stdout) == (0, "")


@pytest.mark.parametrize("value", ["2147484", "3000000", "1e12"])
def test_a_busy_timeout_past_sqlites_int_is_refused(tmp_path: Path, value: str) -> None:
    """SQLite reads a busy_timeout past 2**31-1 ms as 0: the crawl would not wait at all."""
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"),
                                    "-s", f"CLIPPINGS_BUSY_TIMEOUT={value}"))
    assert line == (f"clippings: error: -s CLIPPINGS_BUSY_TIMEOUT={value!r}: must be at most 2147483 seconds "
                    "(SQLite's longest wait)"), line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("value", "problem"), [("soon", "not a number"), ("-1", "must be at least 0"),
                                              ("nan", "not a finite number"),
                                              ("3000000", "must be at most 2147483 seconds (SQLite's longest wait)")])
def test_a_busy_timeout_in_the_environment_that_is_no_wait_is_one_line_before_any_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, problem: str) -> None:
    """``CLIPPINGS_BUSY_TIMEOUT`` is read by every command (it was read by no command's
    checks, a crawl's store alone taking it from ``-s``): a value SQLite cannot wait
    is one line naming the variable, exit 1, nothing written. One real process; the
    rest in this one."""
    expected = f"clippings: error: CLIPPINGS_BUSY_TIMEOUT={value!r}: {problem}"
    run = clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"),
                    env={**ENV, "CLIPPINGS_BUSY_TIMEOUT": f" {value} "}) if value == "soon" else None
    assert run is None or (one_error_line(run), run.returncode) == (expected, 1)
    monkeypatch.setenv("CLIPPINGS_BUSY_TIMEOUT", value)
    for args in (("stats", str(tmp_path / "x.db")), ("import-warc", str(tmp_path / "a.warc.gz"), "--db", str(tmp_path / "x.db")),
                 ("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"), "-s", "CLIPPINGS_BUSY_TIMEOUT=1")):
        result = clippings_here(*args)
        assert (one_error_line(result), result.returncode) == (expected, 1)
    assert list(tmp_path.iterdir()) == []


def test_every_connection_to_an_archive_waits_as_the_environment_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection the archive's module opens waits ``CLIPPINGS_BUSY_TIMEOUT``
    seconds for another program's write lock (they all waited a fixed 10 s), a crawl's
    ``-s CLIPPINGS_BUSY_TIMEOUT`` winning over it for its start as for its store; an
    empty value counts as unset. Read from real SQLite connections."""
    from archive.db import chosen_busy_timeout, open_archive, open_readonly
    from crawler.run import crawl_settings

    def waits(db: Any) -> int:
        try:
            return db.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        finally:
            db.close()

    path = tmp_path / "news.db"
    open_archive(path).close()
    monkeypatch.setenv("CLIPPINGS_BUSY_TIMEOUT", "")
    assert (waits(open_archive(path)), waits(open_readonly(path))) == (10_000, 10_000)
    assert crawl_settings(path).getfloat("CLIPPINGS_BUSY_TIMEOUT") == 10.0
    monkeypatch.setenv("CLIPPINGS_BUSY_TIMEOUT", "0.25")
    assert (waits(open_archive(path)), waits(open_readonly(path))) == (250, 250)
    assert crawl_settings(path).getfloat("CLIPPINGS_BUSY_TIMEOUT") == 0.25
    assert crawl_settings(path, overrides={"CLIPPINGS_BUSY_TIMEOUT": "2"}).getfloat("CLIPPINGS_BUSY_TIMEOUT") == 2.0
    with chosen_busy_timeout("1.5"):
        assert (waits(open_archive(path)), waits(open_readonly(path))) == (1500, 1500)
    assert waits(open_archive(path)) == 250


def test_export_to_a_file_whose_name_is_not_utf8_writes_it(tmp_path: Path) -> None:
    """``-o`` is a path: any bytes name a file (the UTF-8 check refused it)."""
    db = one_article_archive(tmp_path)
    out = tmp_path / f"out{NOT_UTF8}.jsonl"
    result = clippings("export", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["canonical_url"] == "https://news.example/a"


def test_a_path_setting_whose_value_is_not_utf8_is_used(tmp_path: Path) -> None:
    """``-s LOG_FILE=...`` (and every ``_DIR``, ``_FILE``, ``_PATH`` setting) names a file."""
    log = tmp_path / f"crawl{NOT_UTF8}.log"
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"), "--no-warc",
                       "-s", f"LOG_FILE={log}")
    assert "not valid UTF-8" not in result.stderr, result.stderr
    assert "could not crawl seed http://127.0.0.1:9/" in result.stderr, result.stderr  # the crawl ran
    assert log.exists()


@pytest.mark.parametrize("where", ["-s", "--db"])
def test_a_warc_folder_the_archive_cannot_name_is_refused_before_any_work(tmp_path: Path, where: str) -> None:
    """The archive keeps each version's WARC file path as text: with a folder whose
    name is not UTF-8, every article was lost (an error per page, the crawl said finished)."""
    if where == "-s":
        db, folder = tmp_path / "x.db", tmp_path / f"warc{NOT_UTF8}"
        args = ["--db", str(db), "-s", f"CLIPPINGS_WARC_DIR={folder}"]
    else:  # the default folder, beside the archive and named after it
        db, folder = tmp_path / f"x{NOT_UTF8}.db", tmp_path / f"x{NOT_UTF8}-warc"
        args = ["--db", str(db)]
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", *args))
    shown = os.fsencode(folder).decode("utf-8", "backslashreplace")  # quoted: the name is not plain text
    assert line == (f"clippings: error: '{shown}': the WARC folder's path is not valid UTF-8, and the archive keeps "
                    "it as text; give another with -s CLIPPINGS_WARC_DIR=FOLDER, or add --no-warc"), line
    assert list(tmp_path.iterdir()) == []


def test_import_of_a_warc_file_whose_path_is_not_utf8_is_refused_in_one_line(tmp_path: Path) -> None:
    """Each version keeps its WARC file's path as text: it said "could not read ... as
    WARC: UnicodeEncodeError", the file being readable."""
    from tests.support.slow_site import article_html
    from tests.test_cli_faults import write_warc

    warc = tmp_path / f"page{NOT_UTF8}.warc.gz"
    write_warc(warc, [("https://news.example/a", article_html(1).encode())])
    db = tmp_path / "news.db"
    line = one_error_line(clippings("import-warc", str(warc), "--db", str(db)))
    shown = os.fsencode(warc).decode("utf-8", "backslashreplace")  # quoted: the name is not plain text
    assert line == (f"clippings: error: '{shown}': the WARC file's path is not valid UTF-8, and the archive keeps it "
                    "as text (each version points at its record); give it a UTF-8 name; nothing imported"), line
    assert not db.exists()


@pytest.mark.parametrize(("value", "refused"), [("3601", True), ("1e9", True), ("3600", False)])
def test_a_retry_after_limit_past_an_hour_is_refused(tmp_path: Path, value: str, refused: bool) -> None:
    """CLIPPINGS_MAX_RETRY_AFTER=1e9 let one 429 hold its site until the crawl was killed."""
    from crawler.setting_values import setting_problem

    assert (setting_problem("CLIPPINGS_MAX_RETRY_AFTER", value) is not None) is refused
    if refused:
        line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"),
                                        "-s", f"CLIPPINGS_MAX_RETRY_AFTER={value}"))
        assert line == (f"clippings: error: -s CLIPPINGS_MAX_RETRY_AFTER={value!r}: must be at most 3600 seconds "
                        "(one answer would hold its site longer)"), line
        assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("setting", ["DEPTH_PRIORITY=-1", "REDIRECT_PRIORITY_ADJUST=-10", "RETRY_PRIORITY_ADJUST=3"])
def test_a_negative_priority_is_a_setting_scrapy_reads(setting: str) -> None:
    """Scrapy reads ``DEPTH_PRIORITY=-1`` as a depth-first crawl and a negative
    ``REDIRECT_PRIORITY_ADJUST`` as redirects fetched after the requests waiting:
    both were refused, "must be at least 0", as their defaults are not negative."""
    from crawler.setting_values import setting_problem

    assert setting_problem(*setting.split("=")) is None
    assert setting_problem("DEPTH_PRIORITY", "-1.5") == "not a whole number"


@pytest.mark.parametrize(("command", "value"), [
    (["crawl", "http://127.0.0.1:9/", "--db", "x.db"], "two"),
    (["crawl", "http://127.0.0.1:9/", "--db", "x.db"], "-1"),
    (["worker", "--redis", "redis://127.0.0.1:9/0"], "1025"),
    (["demo", "--db", "x.db", "--port", "0"], "1.5"),
])
def test_a_clippings_processes_no_pool_could_have_is_refused_before_any_work(
        tmp_path: Path, command: list[str], value: str) -> None:
    line = one_error_line(clippings(*command, cwd=tmp_path, env={**ENV, "CLIPPINGS_PROCESSES": value}))
    assert line == (f"clippings: error: CLIPPINGS_PROCESSES='{value}': the number of processes that parse pages "
                    "must be a whole number from 0 to 1024"), line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["-1", "-2", "1025", "1.5", "two"])
def test_a_clippings_processes_setting_is_held_to_the_environments_rule(tmp_path: Path, value: str) -> None:
    """``-s CLIPPINGS_PROCESSES`` was held to "must be at most 1024" alone (a negative
    count passed, read as one per core), the environment's value to 0-1024 with
    another message: one rule (:func:`crawler.limits.processes_problem`), one message."""
    from crawler.limits import PROCESSES_RULE
    from crawler.setting_values import setting_problem

    assert setting_problem("CLIPPINGS_PROCESSES", value) == PROCESSES_RULE
    assert [setting_problem("CLIPPINGS_PROCESSES", ok) for ok in ("0", "4", "1024")] == [None, None, None]
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", "x.db", "-s", f"CLIPPINGS_PROCESSES={value}",
                                    cwd=tmp_path))
    assert line == f"clippings: error: -s CLIPPINGS_PROCESSES={value!r}: {PROCESSES_RULE}", line
    assert list(tmp_path.iterdir()) == []
