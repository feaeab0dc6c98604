"""Bad inputs of a hostile user's sweep of the CLI (weird paths around the archive
and the export), each one line, a non-zero exit and the input unchanged; or, for
a valid if odd input, done. In-process (CliRunner): no crawl, no subprocess, but
where a FIFO is in the way (:func:`_run_bounded`)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.conftest import clippings
from tests.support.slow_site import article_html
from tests.test_cli_faults import imported_one_article, write_warc


def _run(*args: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr.splitlines(), result.stdout


def _run_bounded(*args: str) -> tuple[int, list[str], str]:
    """:func:`_run` in a subprocess with a timeout: where a FIFO is in the way, a
    regression that opens it for reading waits for a writer for good (in-process,
    the test session with it); the timeout fails the test instead."""
    result = clippings(*args, timeout=120)
    return result.returncode, result.stderr.splitlines(), result.stdout


@pytest.mark.parametrize("output", ["/proc/version", "/proc/new.jsonl", "/proc/new-folder"])
def test_an_export_into_a_virtual_folder_says_no_file_can_be_made_there(tmp_path: Path, output: str) -> None:
    """``export -o /proc/version`` said "No such file or directory" of a file that is
    there (the export's part file, made beside it, is what procfs refused)."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    args = ("--format", "parquet") if output.endswith("folder") else ()
    code, lines, _ = _run("export", str(db), "-o", output, *args)
    assert code == 1 and lines == [f"clippings: error: cannot write {output}: its folder /proc takes no new file "
                                   "(a virtual file system, as /proc or /sys, makes none)"], lines


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("kind", ["folder", "pipe", "symlink loop"])
def test_a_file_sqlite_keeps_beside_the_archive_that_is_no_file_is_named(tmp_path: Path, suffix: str, kind: str) -> None:
    """A folder, a FIFO or a symlink loop at ``news.db-wal`` (``-shm``, ``-journal``):
    SQLite's error blamed the archive ("not a SQLite database (unable to open
    database file)", "I/O error on news.db ...: its disk may be full"), or a
    traceback (ELOOP out of the look for pages in a -wal). Now the file in the way
    is named; the archive is unchanged."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    before = db.read_bytes()
    beside = Path(f"{db}{suffix}")
    {"folder": beside.mkdir, "pipe": lambda: os.mkfifo(beside), "symlink loop": lambda: beside.symlink_to(beside.name)}[kind]()
    shown = {"folder": " is a folder, not a file", "pipe": " is a pipe, not a file", "symlink loop": ", where SQLite keeps"}[kind]
    for args in (("stats", str(db)), ("reextract", str(db))):
        code, lines, _ = (_run_bounded if kind == "pipe" else _run)(*args)
        assert code == 1 and len(lines) == 1 and lines[0].startswith(f"clippings: error: cannot open {db}: {beside}{shown}"), lines
    assert db.read_bytes() == before


def test_a_new_archive_with_a_folder_at_its_wal_is_not_made(tmp_path: Path) -> None:
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    db = tmp_path / "news.db"
    Path(f"{db}-wal").mkdir()
    code, lines, _ = _run("import-warc", str(page), "--db", str(db))
    assert code == 1 and lines == [f"clippings: error: cannot open {db}: {db}-wal is a folder, not a file "
                                   "(SQLite keeps its write-ahead log there); move it away"], lines
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news.db-wal", "page.warc.gz"]


def test_an_archive_whose_name_is_not_utf8_is_written(tmp_path: Path) -> None:
    """An archive named ``bad\\xff.db``: the import stored its pages, then said the
    archive was damaged ("Could not decode to UTF-8 column 'file'": the -wal's sync
    read the archive's path from SQLite as text), exit 1."""
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    db = tmp_path / os.fsdecode(b"bad\xff.db")
    code, lines, out = _run("import-warc", str(page), "--db", str(db))
    assert code == 0 and lines == [] and out.endswith("as crawl 1: stored: 1\n"), (lines, out)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT status FROM crawls").fetchall() == [("finished",)]
