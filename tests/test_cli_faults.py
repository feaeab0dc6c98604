"""Fault cases of the ``clippings`` command found by trying bad inputs on every
subcommand: each ends in one line naming the input and the reason, a non-zero
exit, and no input file changed. Real subprocesses, real files, real SQLite."""

from __future__ import annotations

import atexit
import gzip
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any, TypeVar

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import open_archive
from tests.conftest import ENV, ROOT, children_of, clippings, clippings_here, crawl, running
from tests.support.slow_site import article_html
from tests.test_cli_runs import one_error_line, rows, start, stopped, wait_for

#: What a command run beside a FIFO's reader returns (:func:`read_through_fifo`).
Ran = TypeVar("Ran")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, gzip_records: bool = True) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"}))


#: The archive of one imported article, made once per test process (see imported_one_article).
_ONE_ARTICLE: list[Path] = []


def imported_one_article(db: Path, page_name: str) -> Path:
    """``db``: what ``clippings import-warc PAGE --db DB`` makes of one article's
    page ``page_name`` in ``db``'s folder, the page deleted after (the archive, and
    the empty lock file beside it). The real command runs once per test process;
    each call copies its archive and names its own page in the crawl row and the
    version's capture, as its own import would (the ids and times of a run aside),
    without another subprocess (a second of CPU each, in some fifty tests)."""
    if not _ONE_ARTICLE:
        folder = Path(tempfile.mkdtemp(prefix="clippings-one-article-"))
        atexit.register(shutil.rmtree, folder, True)
        page = folder / "page.warc.gz"
        write_warc(page, [("https://news.example/a", article_html(1).encode())])
        assert clippings("import-warc", str(page), "--db", str(folder / "news.db")).returncode == 0
        page.unlink()
        _ONE_ARTICLE.append(folder / "news.db")
    (template,) = _ONE_ARTICLE
    assert not db.exists()
    shutil.copyfile(template, db)
    shutil.copyfile(f"{template}.lock", f"{db}.lock")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE crawls SET seeds = ?", [json.dumps([str(db.parent / page_name)])])
        conn.execute("UPDATE versions SET warc_file = ?", [str(db.parent / page_name)])
    assert not Path(f"{db}-wal").exists()  # at rest, as the import leaves it
    return db


def damaged_past_its_schema(path: Path, *, table: str = "versions", only_indexes: bool = False) -> Path:
    """An archive holding one article whose schema reads fine but whose versions
    table and its indexes (or ``table``'s indexes alone) are overwritten (a disk
    fault, a bad copy): only a query over the table finds the damage."""
    imported_one_article(path, "one.warc.gz")
    archive = open_archive(path)
    archive.conn.execute("PRAGMA journal_mode = DELETE")
    page_size = archive.conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [row[0] for row in archive.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0 AND type IN (?, 'index')",
        [table, "index" if only_indexes else "table"])]
    archive.close()
    with open(path, "r+b") as file:
        for root in roots:
            file.seek((root - 1) * page_size)
            file.write(b"\xff" * page_size)
    return path


def test_export_onto_its_own_archive_is_refused_and_the_archive_kept(tmp_path: Path) -> None:
    """``-o`` naming the archive itself would truncate it to nothing before reading it."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    before = digest(db)
    for output in (str(db), f"{tmp_path}/./news.db"):
        for fmt in ("jsonl", "csv"):
            line = one_error_line(clippings("export", str(db), "--format", fmt, "-o", output))
            assert line == f"clippings: error: {output}: is the archive being exported; give another output file"
            assert digest(db) == before


def test_export_onto_another_archive_or_a_warc_file_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    """``-o`` naming another archive (any SQLite database) or a crawl's WARC file
    (gzipped or not) replaced it with JSON lines: the raw evidence beside an
    archive, or a whole other archive, lost with exit 0 (probe 21)."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    other = tmp_path / "other.db"
    open_archive(other).close()
    warc = tmp_path / "crawl-0001.warc.gz"
    write_warc(warc, [("https://news.example/a", b"<html><body><p>A story.</p></body></html>")])
    plain = tmp_path / "crawl-0002.warc"
    write_warc(plain, [("https://news.example/b", b"<html><body><p>B story.</p></body></html>")], gzip_records=False)
    for output, kind in ((other, "a SQLite database"), (warc, "a WARC file"), (plain, "a WARC file")):
        before = digest(output)
        for fmt in ("jsonl", "csv"):
            line = one_error_line(clippings("export", str(db), "--format", fmt, "-o", str(output)))
            assert line == f"clippings: error: {output}: is {kind}; export will not overwrite it, give another output file"
            assert digest(output) == before
    earlier = tmp_path / "earlier.jsonl"  # an earlier export is replaced as before
    earlier.write_text('{"url": "old"}\n', encoding="utf-8")
    assert clippings("export", str(db), "-o", str(earlier)).returncode == 0


@pytest.mark.parametrize("args", [["export", "{db}", "-o", "{tmp}/out.jsonl"], ["export", "{db}", "--format", "csv"],
                                  ["stats", "{db}"]])
def test_a_text_column_damaged_into_bytes_that_are_not_utf8_is_one_line(tmp_path: Path, args: list[str]) -> None:
    """A damaged page can hold bytes that are not UTF-8 in a text column, which
    SQLite's own checks pass: reading the row raised "Could not decode to UTF-8"
    from the middle of an export as a 38-line traceback (probe 21). It is the
    archive's damage, said in one line; the archive is left as it was."""
    db = one_article_archive(tmp_path)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE articles SET status = CAST(x'ff0a41' AS TEXT)")  # (a newline in the damage too)
        conn.commit()
    before = digest(db)
    line = one_error_line(clippings(*(a.format(db=db, tmp=tmp_path) for a in args)))
    assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it (Could not decode to UTF-8"), line
    assert digest(db) == before and not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("args", [["stats", "{db}"], ["export", "{db}"], ["search", "{db}", "story"]])
def test_a_read_of_an_archive_whose_schema_a_newer_clippings_changed_is_one_line(
        tmp_path: Path, args: list[str]) -> None:
    """A newer Clippings's archive is still read, until a query meets a table or
    column the newer schema changed: that was a traceback ("no such column"), or for
    ``search`` a false "is damaged" (probe 21). It says to upgrade, in one line."""
    db = newer_schema_archive(tmp_path, "articles", "status", "state")
    before = digest(db)
    line = one_error_line(clippings(*(a.format(db=db) for a in args)))
    assert line.startswith(f"clippings: error: {db} was written by a newer Clippings (its schema step "
                           "m999_from_the_future is unknown to this one"), line
    assert line.endswith("upgrade Clippings to read it")
    assert digest(db) == before


def test_a_failed_export_leaves_an_earlier_output_as_it_was(tmp_path: Path) -> None:
    """The output is written beside and moved into place at the end: an export that
    fails (or is stopped) leaves neither a half-written file nor a lost earlier one."""
    db = damaged_past_its_schema(tmp_path / "news.db")
    out = tmp_path / "articles.jsonl"
    out.write_text('{"earlier": "export"}\n', encoding="utf-8")
    result = clippings("export", str(db), "-o", str(out))
    assert result.returncode == 1
    assert out.read_text(encoding="utf-8") == '{"earlier": "export"}\n'
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("news.db")] == ["articles.jsonl"]


def test_a_successful_export_replaces_the_output_and_leaves_nothing_beside(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    open_archive(db).close()
    out = tmp_path / "articles.csv"
    out.write_text("old\n", encoding="utf-8")
    result = clippings("export", str(db), "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("url,canonical_url,")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("news.db")] == ["articles.csv"]


@pytest.mark.parametrize("args", [
    ["stats", "{db}"], ["stats", "{db}", "--json"], ["export", "{db}"],
    ["history", "{db}", "http://x.example/"], ["reextract", "{db}"],
])
def test_an_archive_damaged_past_its_schema_is_one_line(tmp_path: Path, args: list[str]) -> None:
    db = damaged_past_its_schema(tmp_path / "news.db")
    before = digest(db)
    line = one_error_line(clippings(*[arg.format(db=db) for arg in args]))
    found = "quick_check: " if args[0] == "reextract" else "database disk image is malformed); "  # (a writer checks first)
    assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it ({found}"), line
    assert line.endswith("; restore it from a copy or run `clippings recover FILE NEW`"), line
    assert digest(db) == before


def test_import_warc_into_an_archive_damaged_past_its_schema_is_one_line(tmp_path: Path) -> None:
    db = damaged_past_its_schema(tmp_path / "news.db")
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    line = one_error_line(clippings("import-warc", str(page), "--db", str(db)))
    assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it"), line


def test_a_seed_file_that_is_not_text_is_one_line(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.txt"
    seeds.write_bytes(b"http://127.0.0.1:9/\n\xff\xfebinary\n")
    line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "x.db")))
    assert line == f"clippings: error: {seeds}:2: not UTF-8 text (a seed list is one URL per line)"
    seeds.write_bytes(b"http://127.0.0.1:9/\n\xff\xfe\x00binary\n")  # (a NUL byte: test_cli_probe39)
    line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "x.db")))
    assert line == f"clippings: error: {seeds}:2: binary data (a NUL byte), not a seed list (one URL per line)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.txt"]
    seeds.write_bytes(b"\xef\xbb\xbfhttp://127.0.0.1:9/\r\nftp://x\r\n")  # a BOM and CRLF, as Notepad saves
    line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "x.db")))
    assert line == f"clippings: error: {seeds}:2: seed 'ftp://x' is not an http(s) URL"


@pytest.mark.parametrize(("seed", "reason"), [
    ("http:// bad host/", "a space in the host name"),
    ("http://[::1/", "Invalid IPv6 URL"),
    ("http://example.com:99999/", "Port out of range 0-65535"),
    ("http://:80/", "no host name"),
    ("http://user:pw@example.com/", "a user name or password in it"),
    ("http://%20/", "characters other than letters, digits, '-' and '.' in the host name"),
    # a host ending in a number is an IPv4 address (the URL standard, browsers, w3lib 2.6,
    # which raised on it in the crawl: a traceback), and these are none
    ("http://256.1.1.1/", "the host ends in a number and is no IPv4 address"),
    ("http://1.2.3.4.5/", "the host ends in a number and is no IPv4 address"),
    ("http://news.2024/", "the host ends in a number and is no IPv4 address"),
])
def test_a_seed_that_is_not_a_valid_url_is_refused_before_any_work(tmp_path: Path, seed: str, reason: str) -> None:
    shown = seed.replace(":pw@", ":***@")  # a password is not printed
    run = clippings if " " in seed else clippings_here  # one real process: the same check for each seed
    line = one_error_line(run("crawl", seed, "--db", str(tmp_path / "x.db")))
    assert line == f"clippings: error: seed {shown!r} is not a valid http(s) URL ({reason})"
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "seeds.txt").write_text(f"http://127.0.0.1:9/\n{seed}\n", encoding="utf-8")
    line = one_error_line(run("crawl", "-i", "seeds.txt", "--db", "x.db", cwd=tmp_path))
    assert line == f"clippings: error: seeds.txt:2: seed {shown!r} is not a valid http(s) URL ({reason})"
    assert [p.name for p in tmp_path.iterdir()] == ["seeds.txt"]


def test_a_seed_past_the_url_length_limit_is_refused_not_dropped_quietly(tmp_path: Path) -> None:
    """Scrapy drops a request longer than URLLENGTH_LIMIT (2083) without a word: a
    seed that long made a "finished" crawl of 0 pages. Refused up front instead;
    the limit raised with -s, the seed passes this check."""
    seed = "http://127.0.0.1:9/long/" + "a" * 2100
    line = one_error_line(clippings("crawl", seed, "--db", str(tmp_path / "x.db")))
    assert line == (f"clippings: error: seed {seed[:100]!r}… is 2124 characters long, past the URL "
                    "length limit of 2083 (Scrapy's URLLENGTH_LIMIT): it would not be fetched; raise the "
                    "limit with -s URLLENGTH_LIMIT=N")
    assert list(tmp_path.iterdir()) == []
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nname = "long"\nseeds = ["{seed}"]\n', encoding="utf-8")
    line = one_error_line(clippings("crawl", "--sites", str(sites), "--db", str(tmp_path / "x.db")))
    assert line.startswith(f"clippings: error: {sites}: long: seed 'http://127.0.0.1:9/long/aaa"), line
    raised = clippings("crawl", seed, "--db", str(tmp_path / "x.db"), "-s", "URLLENGTH_LIMIT=3000", "--no-warc")
    assert "URL length limit" not in raised.stderr
    assert "could not crawl seed" in raised.stdout + raised.stderr  # fetched, and refused by the closed port


@pytest.mark.parametrize("gzip_records", [True, False])
def test_import_warc_of_a_file_cut_short_says_so_and_stores_no_cut_record(
        tmp_path: Path, gzip_records: bool) -> None:
    """A download or copy cut short: the whole records are imported, the cut one
    is reported (exit 1), never stored with half its text."""
    page = tmp_path / "cut.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode()),
                      ("https://news.example/b", article_html(2).encode())], gzip_records=gzip_records)
    data = page.read_bytes()
    page.write_bytes(data[: len(data) - 600])
    if gzip_records:
        with pytest.raises(EOFError):
            gzip.decompress(page.read_bytes())
    db = tmp_path / "news.db"
    result = clippings("import-warc", str(page), "--db", str(db))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"clippings: error: {page}: ") and "truncated" in result.stderr, result.stderr
    with closing(sqlite3.connect(db)) as conn:
        urls = [row[0] for row in conn.execute("SELECT canonical_url FROM articles")]
        (stats,) = conn.execute("SELECT stats FROM crawls").fetchone()
    assert urls == ["https://news.example/a"]
    # The import's row says what went wrong too, not only the terminal (probe 21).
    (error,) = json.loads(stats)["errors"]
    assert error.startswith(f"{page}: ") and "truncated" in error


def test_export_json_lines_survive_the_fixes(tmp_path: Path) -> None:
    """An export into a new file still writes every row (a sanity check of the rename)."""
    db = tmp_path / "news.db"
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    out = tmp_path / "new" / "a.jsonl"
    out.parent.mkdir()
    result = clippings("export", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["canonical_url"] for line in out.read_text().splitlines()] == ["https://news.example/a"]


def copied_alone(db: Path, folder: Path) -> Path:
    """The archive file copied as a user copies it: the file alone, no -wal beside."""
    folder.mkdir()
    copy = folder / db.name
    copy.write_bytes(db.read_bytes())
    return copy


def test_the_archive_file_alone_holds_an_import_once_it_ends(tmp_path: Path) -> None:
    """A writer that ends without closing its connection leaves its transactions in
    ``news.db-wal``: a copy of ``news.db`` alone (a backup, a mail) then lacks them."""
    db = tmp_path / "news.db"
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    copy = copied_alone(db, tmp_path / "backup")
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert clippings("reextract", str(db)).returncode == 0
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_the_archive_file_alone_holds_a_crawl_once_it_ends(tmp_path: Path, demo_server: Any) -> None:
    db = tmp_path / "news.db"
    run = crawl(db, demo_server.base_url + "/", extra=("--max-pages", "5", "--no-warc"))
    assert run.returncode == 0, run.stderr
    copy = copied_alone(db, tmp_path / "backup")  # before any connection here checkpoints the -wal
    sql = "SELECT (SELECT count(*) FROM fetches), (SELECT group_concat(status) FROM crawls)"
    with closing(sqlite3.connect(db)) as conn:
        stored = conn.execute(sql).fetchone()
    assert stored[0] >= 5 and stored[1] == "finished"
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute(sql).fetchone() == stored


#: The environment of a command that meets a lock held to the test's end: it waits
#: 0.2 s for it, not the default 10 s (what the wait ends in is the same).
SHORT_WAIT = {**ENV, "CLIPPINGS_BUSY_TIMEOUT": "0.2"}


def test_a_write_command_on_an_archive_another_program_is_writing_is_one_line(tmp_path: Path) -> None:
    """Another program (the sqlite3 shell, a database browser) holds a write
    transaction past the busy timeout: one line naming the archive, not a traceback.
    (A short wait, from the environment: the crawl's start waits as long as an import.)"""
    db = tmp_path / "news.db"
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    with closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        for args in (("import-warc", str(page), "--db", str(db)), ("crawl", "http://127.0.0.1:9/", "--db", str(db))):
            line = one_error_line(clippings(*args, env=SHORT_WAIT))
            assert line == (f"clippings: error: {db} is locked: another program holds a write transaction "
                            "on it; try again when it ends"), line
        other.execute("ROLLBACK")
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*), group_concat(status) FROM crawls").fetchone() == (1, "finished")


def test_an_archive_locked_by_another_program_is_not_called_a_non_archive(tmp_path: Path) -> None:
    """In rollback-journal mode (an archive copied out of WAL), an exclusive lock
    keeps readers out too: the archive is named locked, not "not a SQLite database"."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    with closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("PRAGMA journal_mode = DELETE")
        other.execute("BEGIN EXCLUSIVE")
        line = one_error_line(clippings("stats", str(db), env=SHORT_WAIT))
        other.execute("ROLLBACK")
    assert line == (f"clippings: error: {db} is locked: another program holds a write transaction "
                    "on it; try again when it ends"), line


@pytest.mark.parametrize(("signum", "line"), [(signal.SIGINT, "clippings: interrupted"),
                                             (signal.SIGTERM, "clippings: terminated"),
                                             (signal.SIGHUP, "clippings: hung up (SIGHUP)")])
def test_a_signal_during_an_import_closes_its_crawl_row_as_interrupted(
        tmp_path: Path, signum: int, line: str) -> None:
    """Like a crawl's: what was stored stays, and the import's row says interrupted
    at once (not ``running`` until the next writer comes); 128 + the signal."""
    page = tmp_path / "many.warc.gz"
    write_warc(page, [(f"https://news.example/{n}", article_html(n).encode()) for n in range(3000)])
    db = tmp_path / "news.db"
    process = start("import-warc", str(page), "--db", str(db))

    def stored() -> int:
        if not db.exists():
            return 0
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            try:
                return conn.execute("SELECT count(*) FROM fetches").fetchone()[0]
            except sqlite3.OperationalError:  # no table yet
                return 0

    wait_for(lambda: stored() > 0, "the import to store a page")
    signalled_at = stored()
    process.send_signal(signum)
    while process.poll() is None:  # a library's bare `except:` may swallow one: send it again, as a user would
        if stored() >= signalled_at + 300:
            signalled_at = stored()
            process.send_signal(signum)
        time.sleep(0.05)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 128 + signum, err
    assert err.strip() == line
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT status FROM crawls").fetchall() == [("interrupted",)]
        assert 0 < conn.execute("SELECT count(*) FROM fetches").fetchone()[0] < 3000
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize(("url", "reason"), [
    ("javascript:alert(1)", "is not an http(s) or file URL"),
    ("not a url", "is not an http(s) or file URL"),
    ("http://[::1/story", "is not a valid URL (Invalid IPv6 URL)"),
])
def test_extract_refuses_a_url_it_cannot_use_before_reading_a_file(tmp_path: Path, url: str, reason: str) -> None:
    """``--url`` is the page's address: the record's url, canonical_url and site come from it."""
    (tmp_path / "a.html").write_text(article_html(1), encoding="utf-8")
    result = clippings("extract", "a.html", "--url", url, cwd=tmp_path)
    assert one_error_line(result) == f"clippings: error: --url {url!r} {reason}"
    assert result.stdout == ""


def test_export_refuses_a_language_that_is_not_a_code(tmp_path: Path) -> None:
    """``--language english`` matched nothing, silently: every row has a code."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    line = one_error_line(clippings("export", str(db), "--language", "english"))
    assert line == "clippings: error: --language 'english' is not an ISO 639-1 code (e.g. en, fr, pt-BR)"
    assert clippings("export", str(db), "--language", "pt-BR").returncode == 0


def test_a_file_where_the_crawl_keeps_its_warc_files_is_one_line_before_any_work(tmp_path: Path) -> None:
    """``news.db`` keeps its WARC files in ``news-warc/``: a file of that name made
    the crawl die in Scrapy (a Twisted traceback, "stopped early", a crawl row)."""
    (tmp_path / "news-warc").write_text("not a folder\n", encoding="utf-8")
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", "news.db", cwd=tmp_path))
    assert line == ("clippings: error: news-warc: is a file, not a folder; the crawl keeps its WARC "
                    "files there (move it, or add --no-warc)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news-warc"]
    (tmp_path / "sites.toml").write_text('[[site]]\nname = "x"\nseeds = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    line = one_error_line(clippings("crawl", "--sites", "sites.toml", "--db", "news.db", cwd=tmp_path))
    assert line.endswith("news-warc: is a file, not a folder; the crawl keeps its WARC files there "
                         "(move it, or add --no-warc)")
    assert not (tmp_path / "news.db").exists()


def test_reextract_whose_warc_files_are_gone_says_so_and_exits_1(tmp_path: Path) -> None:
    """An archive moved without its WARC files: nothing can be re-extracted, which
    is an error (exit 1): one line with the count and the first versions named."""
    db = tmp_path / "news.db"
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode()),
                      ("https://news.example/b", article_html(2).encode())])
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    page.unlink()
    before = digest(db)
    result = clippings("reextract", str(db))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "clippings: error: the captures of 2 versions could not be read, those versions are kept as they were "
        f"(version 1: {page}: no such file; version 2: {page}: no such file)",
    ]
    assert result.stdout == "re-extracted 2 versions: capture unreadable: 2\n"
    assert digest(db) == before


def test_clippings_alone_shows_its_help_not_an_error() -> None:
    """No command: the help, as ``--help`` gives it (exit 2, as click does), without
    an "error:" prefix on its first line."""
    result = clippings()
    assert result.returncode == 2
    assert result.stderr == clippings("--help").stdout
    assert result.stderr.startswith("Usage: ") and "error" not in result.stderr


def test_a_failed_parquet_export_leaves_no_partial_file_nor_new_folder(tmp_path: Path) -> None:
    db = damaged_past_its_schema(tmp_path / "news.db")
    out = tmp_path / "corpus"  # made by the export (a missing folder above it is refused first)
    line = one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(out)))
    assert f"{db} is damaged" in line
    assert not (tmp_path / "corpus").exists()
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(earlier)))
    assert [p.name for p in earlier.iterdir()] == ["notes.txt"]


def test_demo_into_an_archive_of_other_sites_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    """``clippings demo --db news.db`` on one's real archive would mix the sample
    site's 40 made-up articles into it."""
    db = tmp_path / "news.db"
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    before = digest(db)
    line = one_error_line(clippings("demo", "--db", str(db), "--port", "0", "-q", cold=True))  # (the cold demo)
    assert line == (f"clippings: error: {db} holds crawls of other sites: the demo writes only into an "
                    "archive of its own (give another --db)")
    assert digest(db) == before
    assert not (tmp_path / "news-warc").exists()


def test_sigterm_to_demo_reaches_its_crawl(tmp_path: Path) -> None:
    """The demo crawls in a child process: a SIGTERM to the demo is passed on, so
    the crawl closes its row as interrupted (it was killed outright, or left running).
    The crawl is held (SIGSTOP) from when its row is seen running till the demo has
    passed the SIGTERM on: on a loaded machine it ran to its end between the look
    and the signal, and the demo, finding its crawl ended well, exited 0."""
    db = tmp_path / "demo.db"
    process = start("demo", "--db", str(db), "--port", "0", "-q")
    held: list[int] = []

    def crawl_rows() -> list[tuple]:
        if not db.exists():
            return []
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            try:
                return conn.execute("SELECT status FROM crawls").fetchall()
            except sqlite3.OperationalError:  # no table yet
                return []

    def running_crawl_held() -> bool:
        crawls = children_of(process.pid)
        if len(crawls) != 1:
            return False
        os.kill(*crawls, signal.SIGSTOP)
        held.extend(crawls)
        wait_for(lambda: not running(held[0]) or stopped(held[0]), "the crawl to stop")
        if crawl_rows() == [("running",)]:
            return True
        os.kill(held.pop(), signal.SIGCONT)
        return False

    try:
        wait_for(running_crawl_held, "the demo's crawl to start")
        process.send_signal(signal.SIGTERM)
        wait_for(lambda: signal.SIGTERM in pending_signals(held[0]) or not running(held[0]),
                 "the demo to pass the SIGTERM on")
    finally:
        for crawl in held:
            with suppress(ProcessLookupError):  # (ended and reaped)
                os.kill(crawl, signal.SIGCONT)
    process.communicate(timeout=120)
    assert process.returncode == 143
    assert crawl_rows() == [("interrupted",)]


def pending_signals(pid: int) -> set[int]:
    """The signals sent to process ``pid`` and not yet handled (held while it is stopped); none once it has ended."""
    try:
        status = dict(line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except (FileNotFoundError, ProcessLookupError):
        return set()
    mask = int(status["ShdPnd"], 16) | int(status["SigPnd"], 16)
    return {signum for signum in range(1, 65) if mask >> (signum - 1) & 1}


def one_article_archive(tmp_path: Path) -> Path:
    """``news.db`` in ``tmp_path``: one article imported from ``page.warc.gz`` (deleted)."""
    return imported_one_article(tmp_path / "news.db", "page.warc.gz")


def newer_schema_archive(tmp_path: Path, table: str, column: str, renamed: str) -> Path:
    """:func:`one_article_archive` as a newer Clippings would leave it: a schema step
    this one does not know, and ``table.column`` renamed."""
    db = one_article_archive(tmp_path)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('clippings', 'm999_from_the_future', '2030-01-01')")
        conn.execute(f"ALTER TABLE {table} RENAME COLUMN {column} TO {renamed}")
        conn.commit()
    return db


def test_export_to_a_pipe_writes_into_the_pipe(tmp_path: Path) -> None:
    """``-o /dev/stdout`` (or ``-o >(gzip > x.gz)``) names a pipe: written in place,
    not a temporary file beside ``pipe:[...]``."""
    db = one_article_archive(tmp_path)
    result = clippings("export", str(db), "-o", "/dev/stdout")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["canonical_url"] for line in result.stdout.splitlines()] == ["https://news.example/a"]
    fifo = tmp_path / "rows.fifo"
    os.mkfifo(fifo)
    written, result = read_through_fifo(fifo, lambda: clippings("export", str(db), "-o", str(fifo), timeout=120))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["canonical_url"] for line in written.decode().splitlines()] == ["https://news.example/a"]


def read_through_fifo(fifo: Path, run: Callable[[], Ran]) -> tuple[bytes, Ran]:
    """What ``run`` (a command in a subprocess, with a timeout) writes into the FIFO
    ``fifo``, read by ``cat``, and what ``run`` returned; the FIFO is still at its
    name after. Bounded: a command that never opens the FIFO (one writing a file
    beside it and renaming it over) leaves ``cat`` waiting for a writer; the wait for
    ``cat`` times out, it is killed, and the test fails (the test's own ``open``
    of the FIFO waited for good)."""
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        result = run()
        written, _ = reader.communicate(timeout=60)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.communicate()
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced"
    return written, result


def without_root_override() -> list[str]:
    """A prefix running a command without root's leave to write anywhere (none needed
    when not root), so that a folder's missing write permission applies."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a folder's permissions do not apply")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", "--"]


def test_export_to_a_writable_file_in_a_folder_that_is_not_writes_the_file(tmp_path: Path) -> None:
    db = one_article_archive(tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / "articles.jsonl"
    out.write_text("old\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        result = subprocess.run([*without_root_override(), sys.executable, "-m", "crawler.cli", "export",
                                 str(db), "-o", str(out)], capture_output=True, text=True, env=ENV, timeout=300)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["canonical_url"] for line in out.read_text().splitlines()] == ["https://news.example/a"]
    assert [p.name for p in folder.iterdir()] == ["articles.jsonl"]


def test_export_over_a_hard_linked_file_keeps_the_link_and_the_owner(tmp_path: Path) -> None:
    """A file with another name (a hard link) is written in place, so both names
    show the export; a replaced file keeps its mode and (when we may give it) its owner."""
    db = one_article_archive(tmp_path)
    out = tmp_path / "articles.jsonl"
    out.write_text("old\n", encoding="utf-8")
    other = tmp_path / "latest.jsonl"
    os.link(out, other)
    assert clippings("export", str(db), "-o", str(out)).returncode == 0
    assert other.read_text(encoding="utf-8") == out.read_text(encoding="utf-8") != "old\n"
    alone = tmp_path / "alone.csv"
    alone.write_text("old\n", encoding="utf-8")
    alone.chmod(0o640)
    owner = 65534 if os.geteuid() == 0 else os.geteuid()
    if os.geteuid() == 0:
        os.chown(alone, owner, owner)
    assert clippings("export", str(db), "--format", "csv", "-o", str(alone)).returncode == 0
    assert alone.read_text(encoding="utf-8").startswith("url,")
    assert (alone.stat().st_mode & 0o777, alone.stat().st_uid, alone.stat().st_gid) == (0o640, owner, owner)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", ".lock"])
def test_export_onto_a_file_the_archive_keeps_beside_it_is_refused(tmp_path: Path, suffix: str) -> None:
    """``news.db-wal`` holds committed transactions; ``news.db.lock`` is the writer lock."""
    db = one_article_archive(tmp_path)
    beside = Path(f"{db}{suffix}")
    line = one_error_line(clippings("export", str(db), "-o", str(beside)))
    assert line == f"clippings: error: {beside}: is the archive being exported; give another output file"
    assert not beside.exists() or not beside.read_bytes().startswith(b'{"url"')
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT canonical_url FROM articles").fetchall() == [("https://news.example/a",)]


@pytest.mark.parametrize("cut_after", [b"WARC/1.0\r\nWARC-Da", b"WARC-Type: response\r\n",
                                       b"WARC-Target-URI: https", b"Content-Length: "])
def test_import_warc_of_an_uncompressed_file_cut_inside_its_last_headers_says_so(
        tmp_path: Path, cut_after: bytes) -> None:
    """warcio reads a record whose headers the file ends in as a clean end (or a
    record of no type), or fails inside its parser: the file is reported truncated, exit 1."""
    page = tmp_path / "plain.warc"
    write_warc(page, [("https://news.example/a", article_html(1).encode()),
                      ("https://news.example/b", article_html(2).encode())], gzip_records=False)
    data = page.read_bytes()
    second = data.index(b"WARC/1.0\r\n", 10)
    page.write_bytes(data[: data.index(cut_after, second) + len(cut_after)])
    db = tmp_path / "news.db"
    result = clippings("import-warc", str(page), "--db", str(db))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"error: {page}: " in result.stderr and "truncated" in result.stderr, result.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT canonical_url FROM articles").fetchall() == [("https://news.example/a",)]


def test_crawl_into_an_archive_damaged_past_its_schema_is_refused_before_any_fetch(
        tmp_path: Path, demo_server: Any) -> None:
    db = damaged_past_its_schema(tmp_path / "news.db")
    before = digest(db)
    line = one_error_line(clippings("crawl", demo_server.base_url + "/", "--db", str(db), "--no-warc"))
    assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it (quick_check: "), line
    assert line.endswith("; restore it from a copy or run `clippings recover FILE NEW`"), line
    assert digest(db) == before


def damaged_in_the_middle(archive: Path, copy: Path) -> Path:
    """A copy of a real archive with random bytes over a page in its middle (a
    disk fault, a bad copy): a leaf of the related links, which a crawl of pages
    it has seen before neither reads nor writes."""
    shutil.copyfile(archive, copy)
    with closing(sqlite3.connect(copy)) as conn:
        leaves = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'related_links' AND pagetype = 'leaf' ORDER BY pageno")]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    assert len(leaves) >= 3, leaves
    with open(copy, "r+b") as file:
        file.seek((leaves[len(leaves) // 2] - 1) * page_size)
        file.write(random.Random(5).randbytes(page_size))
    return copy


def test_a_write_command_refuses_an_archive_damaged_where_it_would_not_read(
        tmp_path: Path, demo_server: Any, demo_crawl: Any) -> None:
    """A crawl, reextract or import added rows to an archive damaged in pages they
    did not happen to read (exit 0, the file changed): SQLite's quick_check refuses
    it first, and the file is left as it was, with nothing beside it."""
    db = damaged_in_the_middle(demo_crawl.db, tmp_path / "news.db")
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    before = digest(db)
    for command in (["crawl", demo_server.base_url + "/", "--db", str(db), "--no-warc", "--max-pages", "5"],
                    ["reextract", str(db)], ["import-warc", str(page), "--db", str(db)]):
        line = one_error_line(clippings(*command))
        assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it (quick_check: "), line
        assert digest(db) == before, command
        assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db", "page.warc.gz"], command


def test_a_second_writer_is_told_the_archive_is_locked_before_it_reads_it(
        tmp_path: Path, demo_server: Any, demo_crawl: Any) -> None:
    """A write command checks the writer lock before quick_check, which reads the
    whole file (seconds on a large archive): while another writer holds it, a
    damaged archive is reported locked, not read and reported damaged (review 22 L2)."""
    from archive.db import writer_lock

    db = damaged_in_the_middle(demo_crawl.db, tmp_path / "news.db")
    before = digest(db)
    with writer_lock(db):
        for command in (["reextract", str(db)], ["crawl", demo_server.base_url + "/", "--db", str(db), "--no-warc"]):
            line = one_error_line(clippings(*command))
            assert line.startswith(f"clippings: error: {db} is being written by clippings pid {os.getpid()}"), line
    assert digest(db) == before


def clippings_unchecked(*args: str) -> subprocess.CompletedProcess[str]:
    """``clippings`` with no quick_check before a write, as for an archive past
    QUICK_CHECK_MAX_BYTES: damage is then found only where a command reads."""
    code = ("import sys, archive.db; archive.db.QUICK_CHECK_MAX_BYTES = 0; from crawler.cli import main; "
            "sys.argv[0] = 'clippings'; main()")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env=ENV)


def test_a_crawl_that_finds_its_archive_damaged_stops_and_says_so(tmp_path: Path, demo_server: Any) -> None:
    """Damage only a lookup reaches (the versions' indexes) in an archive too large
    for quick_check: the crawl stops at the first page it cannot store, failed, the
    reason naming the archive as damaged."""
    db = damaged_past_its_schema(tmp_path / "news.db", table="versions", only_indexes=True)
    result = clippings_unchecked("crawl", demo_server.base_url + "/", "--db", str(db), "--no-warc",
                                 "--max-pages", "40")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"clippings: error: {db} is damaged: SQLite cannot read it"), \
        result.stderr
    with closing(sqlite3.connect(db)) as conn:
        status, stats = conn.execute("SELECT status, stats FROM crawls WHERE id = 2").fetchone()
    assert status == "failed"
    # Stopped at once: the requests waiting in the downloader dropped, not fetched and
    # lost (before: 17 pages fetched after the failure, none stored, 10 s).
    stats = json.loads(stats)
    assert stats["clippings/not_stored"] <= 1 + 4 and stats["clippings/not_fetched_after_fault"] >= 1, stats


def test_a_seed_file_with_carriage_return_line_ends_is_one_seed_a_line(tmp_path: Path) -> None:
    """Old Mac editors end lines with a lone CR: each line is a seed, and the line
    numbers count them; a control character inside a URL is refused."""
    seeds = tmp_path / "seeds.txt"
    seeds.write_bytes(b"http://127.0.0.1:9/a\rhttp://127.0.0.1:9/b\rftp://x\r")
    line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "x.db")))
    assert line == f"clippings: error: {seeds}:3: seed 'ftp://x' is not an http(s) URL"
    seeds.write_bytes(b"http://127.0.0.1:9/a\rhttp://127.0.0.1:9/b\x0bc\r")
    line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "x.db")))
    assert line == (f"clippings: error: {seeds}:2: seed 'http://127.0.0.1:9/b\\x0bc' is not a valid http(s) URL "
                    "(a control character in it)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.txt"]


def test_stats_of_a_wal_mode_sqlite_file_that_is_no_archive_leaves_no_file_beside(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]
    before = digest(other)
    line = one_error_line(clippings("stats", str(other)))
    assert line == f"clippings: error: {other} is not a Clippings archive (its tables: notes)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]
    assert digest(other) == before


def test_a_crawl_whose_archive_stays_locked_stops_failed_and_says_so(tmp_path: Path) -> None:
    """Another program holds a write transaction past the busy timeout mid-crawl:
    the pages that cannot be stored are not dropped quietly. The crawl stops, its row
    says failed with the reason (the lost pages counted), one line names the archive,
    exit 1."""
    from tests.support.slow_site import SlowSite

    db = tmp_path / "news.db"
    with SlowSite(stories=30, stall=0.0) as site:
        site.gate.clear()  # stories wait until the archive is locked
        process = start("crawl", site.base_url + "/", "--db", str(db), "--delay", "0", "--no-warc",
                        "-s", "CLIPPINGS_BUSY_TIMEOUT=0.2", "-v")

        def fetch_rows() -> int:
            try:
                return int(rows(db, "SELECT count(*) FROM fetches")[0][0]) if db.exists() else 0
            except sqlite3.OperationalError:  # no table yet
                return 0

        wait_for(lambda: fetch_rows() > 0, "the home page's fetch row")
        with closing(sqlite3.connect(db, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            site.gate.set()
            assert process.stderr is not None
            seen = []
            for line in process.stderr:  # -v: the log says when a store failed
                seen.append(line)
                if "archive write failed" in line:
                    break
            other.execute("ROLLBACK")
        out, err = process.communicate(timeout=120)
    err = "".join(seen) + err
    assert process.returncode == 1, out + err
    assert "Traceback" not in err, err
    locked = f"{db} is locked: another program holds a write transaction on it; try again when it ends"
    assert err.strip().splitlines()[-1] == f"clippings: error: {locked}", err[-2000:]
    assert "crawl 1 failed after" in out, out
    ((status, stats),) = rows(db, "SELECT status, stats FROM crawls")
    stats = json.loads(stats)
    assert status == "failed"
    assert stats["finish_reason"] == f"archive fault: {locked}"
    assert stats["clippings/archive_errors"] == 1 and stats["clippings/not_stored"] >= 1
    assert rows(db, "SELECT count(*) FROM fetches")[0][0] < 30


def test_a_crawl_that_cannot_store_a_page_sends_no_request_after_and_resumes_later(tmp_path: Path) -> None:
    """A store that fails (another program's write transaction past the busy timeout)
    stops the crawl at once: the site serves no request after the failure but those
    already on the wire (at most CONCURRENT_REQUESTS_PER_DOMAIN held there, and the
    one story answered). Before, the requests queued in the downloader were all
    fetched, one per delay, and lost (17 pages, 10 s on the sample site). The URLs
    dropped stay pending: the next crawl, the lock gone, continues the frontier and
    stores every story once."""
    import threading

    from tests.support.slow_site import SlowSite

    class OneStoryAnswered(SlowSite):
        """Holds every story; ``one`` lets a single one answer; ``rest`` the others."""

        def __init__(self) -> None:
            super().__init__(stories=30, stall=0.0)
            self.one, self.rest, self.taken = threading.Event(), threading.Event(), threading.Lock()

        def answer(self, path: str) -> tuple[int, str]:
            if path.startswith("/story/"):
                if self.one.wait(timeout=120) and self.taken.acquire(blocking=False):
                    return super().answer(path)
                self.rest.wait(timeout=120)
            return super().answer(path)

        def __exit__(self, *exc: object) -> None:
            self.one.set()
            self.rest.set()
            super().__exit__(*exc)

    db = tmp_path / "news.db"
    args = ("--db", str(db), "--delay", "0", "--no-warc", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
    with OneStoryAnswered() as site:
        process = start("crawl", site.base_url + "/", *args, "-s", "CLIPPINGS_BUSY_TIMEOUT=0.2", "-v")
        wait_for(lambda: db.exists() and fetch_rows(db) > 0, "the home page's fetch row")
        # stderr read whole by a thread: lines read ahead by a loop over the pipe were
        # lost to the communicate() after it (the halt's line, written with the failure's)
        seen: list[str] = []
        failed = threading.Event()

        def read_stderr() -> None:
            assert process.stderr is not None
            for line in process.stderr:
                seen.append(line)
                if "archive write failed" in line:
                    failed.set()

        reader = threading.Thread(target=read_stderr, daemon=True)
        with closing(sqlite3.connect(db, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            reader.start()
            site.one.set()
            assert failed.wait(timeout=120), "".join(seen)[-3000:]
            other.execute("ROLLBACK")
        site.rest.set()  # the stories held on the wire answer now; nothing else may be asked
        assert process.stdout is not None
        out = process.stdout.read()
        process.wait(timeout=120)
        reader.join(timeout=60)
        stories = [path for path in site.page_paths() if path.startswith("/story/")]
        err = "".join(seen)
        assert process.returncode == 1, out + err
        # Exact: the two held on the wire, and the one sent to the place the story
        # answered gave back, before its store could fail. A fourth (sent from the
        # slot's queue after the failure, before the halt reached the reactor thread:
        # 2 runs in 24 under load) was the product's bug, closed by the download handler.
        assert len(stories) <= 1 + 2, (stories, err[-3000:])
        assert "no request is sent from now on" in err, err[-3000:]
        ((status, stats),) = rows(db, "SELECT status, stats FROM crawls")
        stats = json.loads(stats)
        assert status == "failed" and stats["clippings/not_fetched_after_fault"] >= 1, stats
        assert stats["downloader/response_count"] <= 2 + 1 + 2 + 1, stats  # robots.txt, /, /stall, the stories
        kept = rows(db, "SELECT url FROM fetches ORDER BY id")
        assert kept and kept[0] == (site.base_url + "/",)  # what was stored before the failure stays

        second = clippings("crawl", site.base_url + "/", *args)
        assert second.returncode == 0, second.stdout + second.stderr
    assert json.loads(rows(db, "SELECT stats FROM crawls WHERE id = 2")[0][0])["clippings/resumed_from"] == 1
    assert rows(db, "SELECT count(*), count(DISTINCT url) FROM articles")[0] == (30, 30)
    assert rows(db, "SELECT count(*) FROM versions")[0][0] == 30
    assert rows(db, "PRAGMA quick_check") == [("ok",)]


#: Sends ``store_failing`` from a thread of its own (as the archive writer's), then asks
#: the crawl's download handler (the one its settings name) for a page on a real server.
_HANDLER_TOLD = """
import sys, threading
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.misc import load_object
from crawler.exceptions import StoppedByStoreFailure
from crawler.run import crawl_settings
from crawler.signals import store_failing
from crawler.spiders.articles import ArticleSpider
crawler = Crawler(ArticleSpider, crawl_settings("unused.db"))
crawler.stats = MemoryStatsCollector(crawler)
handler = load_object(crawler.settings.getdict("DOWNLOAD_HANDLERS")["http"])(crawler)
writer = threading.Thread(target=crawler.signals.send_catch_log, args=(store_failing,))
writer.start()
writer.join()
try:
    handler.download_request(Request(sys.argv[1])).send(None)
except StoppedByStoreFailure:
    print("refused", crawler.stats.get_value("clippings/not_fetched_after_fault"))
"""


def test_a_request_taken_from_a_slots_queue_after_a_store_failed_is_not_sent() -> None:
    """The store fails on the archive writer's thread; the halt that drops the slots'
    queues runs later, on the reactor thread. In between, a download ending freed its
    slot and Scrapy sent the next queued story straight from the queue (past every
    middleware): under load the crawl above fetched a fourth story after the failure
    was logged. Now the download handler, the last step before the wire, is told on
    the failing thread before anything is logged, and refuses: no request reaches
    the site, counted as not fetched."""
    from tests.support.slow_site import SlowSite

    with SlowSite(stories=1, stall=0.0) as site:
        run = subprocess.run([sys.executable, "-c", _HANDLER_TOLD, site.base_url + "/story/1"], capture_output=True,
                             text=True, cwd=ROOT, env=ENV, timeout=120)
        assert run.returncode == 0, run.stderr[-3000:]
        assert run.stdout.split() == ["refused", "1"], run.stdout + run.stderr[-3000:]
        assert site.page_paths() == []


def fetch_rows(db: Path) -> int:
    try:
        return int(rows(db, "SELECT count(*) FROM fetches")[0][0])
    except sqlite3.OperationalError:  # no table yet
        return 0


@pytest.mark.parametrize("command", [["crawl", "http://127.0.0.1:9/", "--db", "{db}"],
                                     ["import-warc", "{warc}", "--db", "{db}"], ["stats", "{db}"]])
def test_an_archive_path_that_is_a_symlink_loop_is_one_line(tmp_path: Path, command: list[str]) -> None:
    db, other = tmp_path / "loop1.db", tmp_path / "loop2.db"
    db.symlink_to(other.name)
    other.symlink_to(db.name)
    warc = tmp_path / "page.warc.gz"
    write_warc(warc, [("https://news.example/a", article_html(1).encode())])
    line = one_error_line(clippings(*[arg.format(db=db, warc=warc) for arg in command]))
    assert line == f"clippings: error: {db} is a symlink loop (its links lead back to themselves), not an archive file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loop1.db", "loop2.db", "page.warc.gz"]


def test_a_lock_file_that_is_a_folder_is_named_in_the_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    (tmp_path / "news.db.lock").mkdir()
    warc = tmp_path / "page.warc.gz"
    write_warc(warc, [("https://news.example/a", article_html(1).encode())])
    line = one_error_line(clippings("import-warc", str(warc), "--db", str(db)))
    assert line == f"clippings: error: cannot write {db}: cannot open its lock file {db}.lock: Is a directory"


@pytest.mark.parametrize("command", [["import-warc", "{warc}", "--db", "{db}"], ["reextract", "{db}"],
                                     ["crawl", "http://127.0.0.1:9/", "--db", "{db}"]])
def test_a_lock_file_that_cannot_be_written_is_named_in_the_one_line(tmp_path: Path, command: list[str]) -> None:
    """The owner's line in the lock file could not be written (a full disk; here
    /dev/full, which takes no byte): a 40-line traceback in every write command."""
    db = one_article_archive(tmp_path)
    before = digest(db)
    (tmp_path / f"{db.name}.lock").unlink()  # the import left it, empty
    (tmp_path / f"{db.name}.lock").symlink_to("/dev/full")
    warc = tmp_path / "page.warc.gz"
    write_warc(warc, [("https://news.example/b", article_html(2).encode())])
    line = one_error_line(clippings(*[arg.format(warc=warc, db=db) for arg in command]))
    assert line.startswith(f"clippings: error: cannot write {db}: cannot write its lock file {db}.lock: "), line
    assert digest(db) == before


def test_import_warc_keeps_warcios_warning_off_stderr(tmp_path: Path) -> None:
    """warcio logs a target URI with spaces; that went to stderr under the summary."""
    warc = tmp_path / "page.warc.gz"
    write_warc(warc, [("https://news.example/a story", article_html(1).encode())])
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "stored: 1" in result.stdout


PAGE = Path(__file__).resolve().parent / "fixtures" / "unseen" / "wordpress-classic.html"


def printing_commands(db: Path) -> list[tuple[str, ...]]:
    return [("stats", str(db)), ("search", str(db), "ferry"), ("export", str(db), "-o", "-"),
            ("history", str(db), "https://news.example/a"), ("extract", str(PAGE))]


def test_a_standard_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    """Disk full: what could not be printed is said in one line, exit 1, no traceback.
    The first command in a new interpreter, the others forked from the zygote (its
    children's stdout is made on their descriptor 1 as the interpreter makes it)."""
    from tests.support import forkrun

    db = one_article_archive(tmp_path)
    for n, args in enumerate(printing_commands(db)):
        with open("/dev/full", "w") as full:
            result = (forkrun.run if n else subprocess.run)(
                [sys.executable, "-m", "crawler.cli", *args], stdout=full, stderr=subprocess.PIPE, text=True,
                env=ENV, timeout=300)
        assert (result.returncode, result.stderr) == (
            1, "clippings: error: cannot write to standard output: No space left on device\n"), args


def test_a_standard_output_in_ascii_gets_utf_8_not_a_traceback(tmp_path: Path) -> None:
    """An ASCII locale (PYTHONIOENCODING=ascii): every command prints UTF-8, as Click's echo does."""
    db = one_article_archive(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        for table in ("articles", "versions"):
            conn.execute(f"UPDATE {table} SET title = 'Ferry café'")
    for args in printing_commands(db)[1:4]:
        result = subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                                env={**ENV, "PYTHONIOENCODING": "ascii"}, timeout=300)
        assert (result.returncode, result.stderr) == (0, b""), args
        assert "café" in result.stdout.decode("utf-8"), args


def test_a_standard_output_whose_encoding_cannot_hold_a_title_shows_the_results(tmp_path: Path) -> None:
    """PYTHONIOENCODING=latin-1 and a Chinese title: search, history and stats show
    their results with the characters escaped (it was one error line, no result);
    an export, whose records must stay exact, still refuses in one line."""
    db = one_article_archive(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        for table in ("articles", "versions"):
            conn.execute(f"UPDATE {table} SET title = '渡轮 café'")
    env = {**ENV, "PYTHONIOENCODING": "latin-1"}
    for args in printing_commands(db)[1:4:2]:  # search, history
        result = subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                                env=env, timeout=300)
        assert (result.returncode, result.stderr) == (0, b""), args
        assert "\\u6e21\\u8f6e café" in result.stdout.decode("latin-1"), (args, result.stdout)
    export = subprocess.run([sys.executable, "-m", "crawler.cli", "export", str(db)], capture_output=True,
                            env=env, timeout=300)
    assert (export.returncode, export.stdout) == (1, b"")
    assert export.stderr.decode().startswith("clippings: error: cannot write to standard output: 'latin-1' codec")


def test_json_on_a_standard_output_that_is_not_utf8_stays_valid_json(tmp_path: Path) -> None:
    """An emoji in latin-1 as a backslash escape (\\U0001f6a2) is no JSON: escaped as JSON does."""
    db = one_article_archive(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        for table in ("articles", "versions"):
            conn.execute(f"UPDATE {table} SET title = '渡轮 \U0001f6a2 café'")
    for args in (("search", str(db), "ferry", "--json"), ("history", str(db), "https://news.example/a", "--json")):
        result = subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                                env={**ENV, "PYTHONIOENCODING": "latin-1"}, timeout=300)
        assert (result.returncode, result.stderr) == (0, b""), args
        text = result.stdout.decode("ascii")
        values = [json.loads(line) for line in text.splitlines()] if args[0] == "search" else [json.loads(text)]
        assert "渡轮 \U0001f6a2 café" in json.dumps(values, ensure_ascii=False), args


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    """``clippings ... | head -1``: the reader goes away; the writer stops without a word,
    with the exit status of a Unix tool ended by SIGPIPE."""
    process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "extract", *[str(PAGE)] * 40],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()  # 40 records are more than a pipe holds: the writer meets the closed end
    assert (process.wait(timeout=300), process.stderr.read()) == (128 + signal.SIGPIPE, b"")


def test_terminal_control_characters_from_a_page_are_printed_escaped(tmp_path: Path) -> None:
    """ESC sequences (set the title, recolour, clear), BEL and C1 controls held in an
    archive (one written before parsers dropped them, or by another tool) reach the
    reader's terminal as visible text; JSON output escapes them and keeps the value."""
    db = one_article_archive(tmp_path)
    title = "Evil \x1b]0;pwned\x07 \x1b[31mred\x1b[0m \x9b2J headline\tend"
    with closing(sqlite3.connect(db)) as conn, conn:
        for table in ("articles", "versions"):
            conn.execute(f"UPDATE {table} SET title = ?, body = 'lighthouse \x1b[2J ' || body", [title])
    shown = "Evil \\x1b]0;pwned\\x07 \\x1b[31mred\\x1b[0m \\x9b2J headline\tend"
    printed = {args[0]: clippings(*args) for args in (
        ("search", str(db), "lighthouse"), ("history", str(db), "https://news.example/a"))}
    for name, result in printed.items():
        assert result.returncode == 0 and shown in result.stdout, name
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout), name
    assert "**lighthouse** \\x1b[2J" in printed["search"].stdout
    for args in (("search", str(db), "lighthouse", "--json"), ("history", str(db), "https://news.example/a", "--json")):
        out = clippings(*args).stdout
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), args
        found = json.loads(out)
        assert (found["title"] if "title" in found else found["versions"][0]["title"]) == title


def test_reextract_of_many_missing_captures_is_one_line_with_the_first_few(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    page = tmp_path / "page.warc.gz"
    write_warc(page, [(f"https://news.example/{n}", article_html(n).encode()) for n in range(1, 6)])
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    page.unlink()
    line = one_error_line(clippings("reextract", str(db)))
    assert line == ("clippings: error: the captures of 5 versions could not be read, those versions are kept "
                    f"as they were (version 1: {page}: no such file; version 2: {page}: no such file; "
                    f"version 3: {page}: no such file; ... and 2 more)")


def test_demo_with_a_db_it_cannot_write_says_only_that(tmp_path: Path) -> None:
    """Refused before the sample site is served: the error is the only line."""
    for db, reason in ((tmp_path / "nowhere" / "demo.db", f"no folder {tmp_path / 'nowhere'}"),):
        result = clippings("demo", "--db", str(db), "--port", "0")
        assert one_error_line(result) == f"clippings: error: cannot create an archive at {db}: {reason}"
    other = tmp_path / "notes.txt"
    other.write_text("not an archive\n", encoding="utf-8")
    result = clippings("demo", "--db", str(other), "--port", "0")
    assert one_error_line(result).startswith(f"clippings: error: {other} is not a Clippings archive")
    assert other.read_text(encoding="utf-8") == "not an archive\n"


def test_extract_of_standard_input_says_it_is_not_read() -> None:
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "extract", "-"], input="<p>text</p>",
                            capture_output=True, text=True, env=ENV, timeout=300)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "clippings: error: -: standard input is not read (a page is parsed from a file whose size is "
               "checked first): save it to a file and give that\n")


def closed_stdout_run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``clippings ARGS >&-``: the command starts with descriptor 1 closed."""
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, env=ENV, timeout=300, cwd=cwd or ROOT,
                          preexec_fn=lambda: os.close(1))


def test_a_closed_standard_output_is_one_line_for_a_command_whose_output_is_its_product(tmp_path: Path) -> None:
    """``clippings stats news.db >&-`` was a traceback (sys.stdout is None): what the
    command makes is its output, so it refuses in one line, the archive unchanged."""
    db = one_article_archive(tmp_path)
    before = digest(db)
    for args in printing_commands(db):
        result = closed_stdout_run(*args)
        assert (result.returncode, result.stderr) == (1, "clippings: error: standard output is closed\n"), args
    assert digest(db) == before
    exported = closed_stdout_run("export", str(db), "-o", str(tmp_path / "out.jsonl"))
    assert (exported.returncode, exported.stderr.startswith("wrote 1 articles to ")) == (0, True)
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])["url"]


def test_a_crawl_with_its_standard_output_closed_exits_0(tmp_path: Path, demo_server: Any) -> None:
    """A cron job's ``clippings crawl ... >&-``: the product is the archive; the report
    goes nowhere (as to /dev/null) and a finished crawl exits 0 (it exited 1)."""
    db = tmp_path / "news.db"
    result = closed_stdout_run("crawl", demo_server.base_url + "/", "--db", str(db), "--delay", "0",
                               "--max-pages", "3", "--no-warc")
    assert (result.returncode, result.stderr.startswith("crawling ")) == (0, True)
    assert "Traceback" not in result.stderr and "error" not in result.stderr
    assert rows(db, "SELECT status FROM crawls") == [("finished",)]
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("layout", ["folder", "parent"])
def test_a_warc_folder_the_user_cannot_write_is_one_line_before_any_work(tmp_path: Path, layout: str) -> None:
    """``news-warc/`` mode 555 (or a WARC folder to make in a folder of mode 555) was
    a 99-line Twisted traceback, "stopped early" and a crawl row `interrupted`."""
    locked = tmp_path / ("news-warc" if layout == "folder" else "ro")
    locked.mkdir()
    extra = () if layout == "folder" else ("-s", f"CLIPPINGS_WARC_DIR={locked / 'a' / 'warc'}")
    locked.chmod(0o555)
    try:
        result = subprocess.run([*without_root_override(), sys.executable, "-m", "crawler.cli", "crawl",
                                 "http://127.0.0.1:9/", "--db", "news.db", *extra],
                                capture_output=True, text=True, env=ENV, timeout=300, cwd=tmp_path)
    finally:
        locked.chmod(0o755)
    line = one_error_line(result)
    if layout == "folder":
        assert line == ("clippings: error: cannot write WARC files in news-warc: permission denied "
                        "(make it writable, or add --no-warc)")
    else:
        assert line == (f"clippings: error: cannot make the WARC folder {locked / 'a' / 'warc'}: {locked} is "
                        "not writable (make it writable, give another with -s CLIPPINGS_WARC_DIR=FOLDER, "
                        "or add --no-warc)")
    assert sorted(p.name for p in tmp_path.iterdir()) == [locked.name]
    assert list(locked.iterdir()) == []


def test_seeds_from_a_closed_standard_input_is_one_line(tmp_path: Path) -> None:
    """``clippings crawl -i - <&-`` was a 33-line RuntimeError traceback from Click."""
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "-i", "-", "--db", "news.db", "-q"],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, env=ENV, timeout=300,
                            cwd=tmp_path, preexec_fn=lambda: os.close(0))
    assert one_error_line(result) == ("clippings: error: -i -: standard input is closed (give the seeds in a "
                                      "file, or on the command line)")
    assert list(tmp_path.iterdir()) == []


def test_an_upper_case_scheme_is_an_http_url_stored_in_lower_case(tmp_path: Path) -> None:
    """Schemes are case-insensitive (RFC 3986, 3.1): ``HTTP://host/`` was refused as
    "not an http(s) URL", as a seed and as a WARC record's target URI."""
    from tests.fault_site import article, serve

    site = serve({"/news/a": lambda h, q: h.html(article("Ferry story", "/news/a", base=site.base_url))})
    try:
        run = crawl(tmp_path / "crawl.db", site.base_url.replace("http://", "HTTP://") + "/news/a",
                    extra=("--no-warc", "--processes", "0", "--depth", "0"))
    finally:
        site.shutdown()
    assert run.returncode == 0, run.stderr[-3000:]
    assert rows(tmp_path / "crawl.db", "SELECT url, outcome FROM fetches WHERE url LIKE '%/news/a'") == [
        (site.base_url + "/news/a", "stored")]
    warc = tmp_path / "page.warc.gz"
    write_warc(warc, [("HTTPS://news.example/a", article_html(1).encode())])
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "import.db"))
    assert result.returncode == 0, result.stderr
    assert rows(tmp_path / "import.db", "SELECT url, outcome FROM fetches") == [("https://news.example/a", "stored")]


def test_import_warc_of_a_file_damaged_inside_a_gzip_member_says_damaged_in_one_line(tmp_path: Path) -> None:
    """100 zeroed bytes inside a record's gzip member, the file full length: warcio
    wrote "Error -3 while decompressing data: ..." to stderr (unprefixed, a line per
    block) and the error called the file truncated. The record before is imported."""
    warc = tmp_path / "damaged.warc.gz"
    noise = random.Random(25)
    words = " ".join("".join(noise.choice("abcdefghij") for _ in range(7)) for _ in range(30000))
    big = f"<html><body><h1>Noise</h1><p>{words}</p></body></html>".encode()
    write_warc(warc, [("https://news.example/a", article_html(1).encode())])
    second = warc.stat().st_size  # where the second record's gzip member starts
    write_warc(warc, [("https://news.example/a", article_html(1).encode()), ("https://news.example/b", big)])
    data = bytearray(warc.read_bytes())
    assert len(data) > second + 60000
    data[second + 40000:second + 40100] = bytes(100)
    warc.write_bytes(bytes(data))
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if not line.startswith(("imported ", "  "))]
    assert len(errors) == 1 and errors[0].startswith(f"clippings: error: {warc}: damaged: its gzip data is invalid "
                                                     "before byte "), result.stderr
    assert "truncated" not in result.stderr and "Error -3" not in errors[0].split("(")[0], result.stderr
    assert rows(tmp_path / "news.db", "SELECT url, outcome FROM fetches") == [("https://news.example/a", "stored")]


def test_a_page_the_crawl_stores_under_a_wrong_content_type_is_imported_from_its_warc(tmp_path: Path) -> None:
    """An article served as ``image/png``: the crawl sniffs its body (Scrapy's
    responsetypes) and stores it; ``import-warc`` of the crawl's own WARC file said
    "not HTML (image/png)" and lost it. One rule now; a real PNG stays not HTML."""
    from tests.fault_site import article, serve

    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    site = serve({"/news/a": lambda h, q: h.send_bytes(200, article("Ferry story", "/news/a", base=site.base_url)
                                                       .encode(), "image/png"),
                  "/logo": lambda h, q: h.send_bytes(200, png, "image/png")})
    try:
        run = crawl(tmp_path / "crawl.db", site.base_url + "/news/a", site.base_url + "/logo",
                    extra=("--processes", "0", "--depth", "0"))
    finally:
        site.shutdown()
    assert run.returncode == 0, run.stderr[-3000:]
    wanted = [(site.base_url + "/logo", "not-article", "not HTML (image/png)"),
              (site.base_url + "/news/a", "stored", "new version")]
    query = "SELECT url, outcome, reason FROM fetches WHERE url NOT LIKE '%robots.txt' ORDER BY url"
    assert rows(tmp_path / "crawl.db", query) == wanted
    (warc,) = (tmp_path / "crawl-warc").iterdir()
    with open(tmp_path / "logo.warc.gz", "wb") as out:  # the PNG (the crawl keeps no capture of it)
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(site.base_url + "/logo", "response", payload=io.BytesIO(png),
                                                      http_headers=headers))
    result = clippings("import-warc", str(warc), str(tmp_path / "logo.warc.gz"), "--db", str(tmp_path / "import.db"))
    assert result.returncode == 0, result.stderr
    assert rows(tmp_path / "import.db", query) == wanted


def test_a_search_of_more_words_than_the_cap_is_one_line(tmp_path: Path) -> None:
    """Each word slows every hit's snippet: 2,000 words took 277 s. Past 64 words
    the search refuses in one line; 64 words still search."""
    db = one_article_archive(tmp_path)
    before = digest(db)
    line = one_error_line(clippings("search", str(db), "ferry " * 65))
    assert line.startswith("clippings: error: search 'ferry ferry") and line.endswith(
        " holds 65 words, more than the 64 a search takes (search for fewer, rarer words)"), line
    result = clippings("search", str(db), " OR ".join(["ferry"] * 32) + " harbour" * 32)
    assert result.returncode == 0, result.stderr
    assert digest(db) == before


def test_an_export_of_an_archive_whose_newer_schema_renamed_a_field_warns_in_one_line(tmp_path: Path) -> None:
    """A newer Clippings's archive whose ``versions.title`` is now ``headline``: the
    export wrote ``"title": null`` in every record without a word. It still
    exports, with one warning naming the field; an older archive lacking a column
    (by design, read as it is) gets none."""
    db = newer_schema_archive(tmp_path, "versions", "title", "headline")
    before = digest(db)
    result = clippings("export", str(db))
    assert (result.returncode, result.stderr) == (0, (
        f"clippings: warning: {db} has no title column in its versions (a newer Clippings changed its schema): "
        "that field is exported empty; upgrade Clippings to export it\n"))
    assert json.loads(result.stdout)["title"] is None
    assert digest(db) == before


def test_an_export_whose_sort_finds_no_room_for_its_temporary_files_names_their_folder(tmp_path: Path) -> None:
    """The export sorts every version in SQLite's temporary files: when they cannot
    grow (a full /var/tmp; here a file size limit), the error blamed the archive's
    disk ("I/O error on news.db ..."). It names the folder and SQLITE_TMPDIR."""
    import resource

    db = one_article_archive(tmp_path)
    body = " ".join(f"word{n}" for n in range(4000))  # 30 kB a version, 6 MB in all: past SQLite's cache
    with closing(sqlite3.connect(db)) as conn, conn:
        for table in ("articles", "versions"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "id"]
            picked = ", ".join("canonical_url || '?copy=' || n.value" if name == "canonical_url" else
                               "? " if name == "body" else name for name in columns)
            conn.execute(f"WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 200) "
                         f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picked} FROM {table}, n",
                         [body] if "body" in columns else [])
    before = digest(db)
    (tmp_path / "temp").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "export", str(db)], capture_output=True, text=True, timeout=300,
        env={**ENV, "SQLITE_TMPDIR": str(tmp_path / "temp")},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20)))
    assert one_error_line(result) == (
        f"clippings: error: cannot write SQLite's temporary files in {tmp_path / 'temp'} (disk I/O error; the "
        "archive is only read, its rows are sorted there): this process may write no file past 1048576 bytes "
        "(ulimit -f), and the sort's file may need to grow past that; raise the limit, else free space there or "
        "set SQLITE_TMPDIR to a folder with room")  # (the limit named: test_cli_probe39)
    assert digest(db) == before


def test_a_warc_file_the_crawl_cannot_open_fails_its_crawl_row_in_one_line(tmp_path: Path) -> None:
    """The WARC folder passes the check but its file cannot be made (here: the file's
    path is past PATH_MAX, the folder's is not): it was a Twisted traceback and a
    crawl row `interrupted`; now one line and the row `failed`."""
    folder = tmp_path
    while len(str(folder)) < 4060:
        folder = folder / ("d" * min(200, 4060 - len(str(folder)) - 1))
    folder.mkdir(parents=True)
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "news.db"),
                       "-s", f"CLIPPINGS_WARC_DIR={folder}")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("clippings: error:")]
    assert len(errors) == 1 and errors[0].startswith("clippings: error: cannot write the WARC file "), errors
    assert rows(tmp_path / "news.db", "SELECT status FROM crawls") == [("failed",)]


def test_a_fault_closing_the_crawl_fails_it_in_one_line_and_the_next_crawl_finishes_its_work(
        tmp_path: Path, demo_server: Any) -> None:
    """Review37 F2: an error in the archive pipeline's close (here: SQLite refuses
    the new versions' signatures, a trigger another program left in the archive)
    went to Scrapy's log, which the CLI hides without --verbose: exit 0, the crawl
    row `finished`, the versions never signed. Now the crawl fails in one line
    naming the archive and the step, counted in its stats; the next crawl signs them."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    trigger = ("CREATE TRIGGER refuse_signatures BEFORE INSERT ON minhashes "
               "BEGIN SELECT RAISE(ABORT, 'signatures refused'); END")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(trigger)
    result = crawl(db, demo_server.base_url + "/", extra=("--max-pages", "10", "--no-warc"))
    assert result.returncode == 1, (result.stdout, result.stderr)
    fault = (f"could not sign and cluster the new versions of crawl 1 in {db} (IntegrityError: signatures "
             "refused); the next crawl into the archive signs and clusters them")
    assert f"clippings: error: {fault}" in result.stderr.splitlines(), result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert any(line.startswith("crawl 1 failed after ") and line.endswith(f"s: {fault}")
               for line in result.stdout.splitlines()), result.stdout
    (status, stats), = rows(db, "SELECT status, stats FROM crawls")
    assert status == "failed"
    assert json.loads(stats)["clippings/close_errors"] == 1
    assert json.loads(stats)["finish_reason"] == "archive fault: " + fault
    unsigned = "SELECT count(*) FROM versions WHERE id NOT IN (SELECT version_id FROM minhashes)"
    assert rows(db, unsigned)[0][0] >= 1
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DROP TRIGGER refuse_signatures")
    again = crawl(db, demo_server.base_url + "/", extra=("--max-pages", "10", "--no-warc"))
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert rows(db, unsigned) == [(0,)]
    assert rows(db, "SELECT id, status FROM crawls") == [(1, "failed"), (2, "finished")]


def test_a_crawl_row_that_cannot_be_written_as_the_crawl_closes_fails_it_in_one_line(
        tmp_path: Path, demo_server: Any) -> None:
    """The crawl's row refused as the crawl closes (a trigger another program left):
    the crawl fails in one line, exit 1, and the row is left `running` (the next
    writer closes it), not a crawl that went as asked."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TRIGGER refuse_rows BEFORE UPDATE OF status ON crawls "
                     "BEGIN SELECT RAISE(ABORT, 'row refused'); END")
    result = crawl(db, demo_server.base_url + "/", extra=("--max-pages", "10", "--no-warc"))
    assert result.returncode == 1, (result.stdout, result.stderr)
    fault = f"could not write the row of crawl 1 in {db} (IntegrityError: row refused)"
    assert f"clippings: error: {fault}" in result.stderr.splitlines(), result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert rows(db, "SELECT status FROM crawls") == [("running",)]


def test_a_crawl_row_refused_at_its_second_write_fails_the_crawl_and_is_written_failed(
        tmp_path: Path, demo_server: Any) -> None:
    """The pipeline writes the crawl's row twice as the crawl closes: in
    ``close_spider``, then in ``spider_closed`` with the finish reason. The second
    write was outside the close-step handling (review37 F2): its error went to
    Scrapy's log only, the crawl `finished`, exit 0. Here a trigger refuses only that
    write (a `finished` row with its finish reason): the crawl fails in one line,
    counted, and its row is written again as `failed`."""
    db = tmp_path / "news.db"
    open_archive(db).close()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TRIGGER refuse_reasons BEFORE UPDATE OF status ON crawls "
                     "WHEN NEW.status = 'finished' AND json_extract(NEW.stats, '$.finish_reason') IS NOT NULL "
                     "BEGIN SELECT RAISE(ABORT, 'reason refused'); END")
    result = crawl(db, demo_server.base_url + "/", extra=("--max-pages", "10", "--no-warc"))
    assert result.returncode == 1, (result.stdout, result.stderr)
    fault = f"could not write the row of crawl 1 in {db} (IntegrityError: reason refused)"
    assert f"clippings: error: {fault}" in result.stderr.splitlines(), result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    (status, stats), = rows(db, "SELECT status, stats FROM crawls")
    assert status == "failed"
    assert json.loads(stats)["clippings/close_errors"] == 1
    assert json.loads(stats)["finish_reason"] == "archive fault: " + fault


def test_recover_copies_what_sqlite_can_read_of_a_damaged_archive(tmp_path: Path, demo_crawl: Any) -> None:
    """The damaged archive's line advised `sqlite3 FILE .recover`, which fails with
    Debian's sqlite3 3.40 on any file ("sql error: SQL logic error": its library has no
    sqlite_dbpage), and which prints SQL rather than a file. `clippings recover DB NEW`
    (Python's sqlite3 only) copies every row SQLite can read into NEW, skipping the
    damaged stretch and naming it; the indexes, the full-text index and the triggers
    made again; DB only read; nothing left beside."""
    db = damaged_in_the_middle(demo_crawl.db, tmp_path / "news.db")
    before = digest(db)
    advice = one_error_line(clippings("reextract", str(db)))
    assert advice.endswith("; restore it from a copy or run `clippings recover FILE NEW`"), advice
    new = tmp_path / "new.db"
    result = clippings("recover", str(db), str(new))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    (related,) = [line for line in lines if line.startswith("related_links: ")]
    assert re.fullmatch(r"related_links: \d+ rows; unreadable, left out: rowids \d+-\d+", related), lines
    assert lines[-1] == f"recovered into {new}: check it (clippings stats {new}), then put it in place of {db}"
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db", "news.db"]

    def counts(path: Path) -> dict[str, int]:
        with closing(sqlite3.connect(path)) as conn:
            return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    for table in ("articles", "versions", "fetches", "crawls", "related_links")} | {
                "fts": conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'the'").fetchone()[0]}

    whole, recovered = counts(demo_crawl.db), counts(new)
    assert 0 < recovered.pop("related_links") < whole.pop("related_links")  # one leaf's rows lost, the rest kept
    assert recovered == whole and whole["fts"] > 0
    assert rows(new, "PRAGMA quick_check") == [("ok",)]
    with closing(sqlite3.connect(new)) as conn:  # the triggers made again: a change reaches the full-text index
        conn.execute("UPDATE articles SET title = 'Zanzibarian lighthouse' WHERE rowid = (SELECT min(rowid) FROM articles)")
        assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zanzibarian'").fetchone()[0] == 1
        conn.rollback()
    stats = clippings("stats", str(new))
    assert stats.returncode == 0 and f"articles:  {whole['articles']} " in stats.stdout, stats.stdout + stats.stderr


def test_recover_of_an_archive_whose_table_cannot_be_reached_keeps_the_others(tmp_path: Path) -> None:
    """The versions table's root page overwritten: none of its rows can be read by
    queries (said: "every row"), the other tables' are copied."""
    db = damaged_past_its_schema(tmp_path / "news.db")
    new = tmp_path / "new.db"
    result = clippings("recover", str(db), str(new))
    assert result.returncode == 0, result.stderr
    assert "versions: 0 rows; unreadable, left out: every row" in result.stdout.splitlines(), result.stdout
    assert "articles: 1 row" in result.stdout.splitlines()
    assert rows(new, "SELECT canonical_url FROM articles") == [("https://news.example/a",)]
    assert clippings("stats", str(new)).returncode == 0


def test_recover_refuses_a_new_file_that_exists_and_an_archive_without_a_readable_schema(tmp_path: Path) -> None:
    db = damaged_past_its_schema(tmp_path / "news.db")
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"mine")
    line = one_error_line(clippings("recover", str(db), str(taken)))
    assert line == f"clippings: error: {taken} exists: recover writes a new file (give another name)", line
    assert taken.read_bytes() == b"mine"
    line = one_error_line(clippings("recover", str(db), str(tmp_path / "no-such-folder" / "new.db")))
    assert line == f"clippings: error: cannot write {tmp_path / 'no-such-folder' / 'new.db'}: No such file or directory"
    with open(db, "r+b") as file:  # the schema's page overwritten past the header
        file.seek(100)
        file.write(b"\xff" * 3996)
    line = one_error_line(clippings("recover", str(db), str(tmp_path / "new.db")))
    assert line == (f"clippings: error: {db}: SQLite cannot read its list of tables (database disk image is "
                    "malformed): nothing to recover; restore it from a copy"), line
    assert not (tmp_path / "new.db").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db", "news.db.lock", "taken.db"]
