"""Faults no file system here makes, made by strace on a real ``clippings``
process: a ``flock`` refused with ENOLCK (an NFS mount without its lock service)
and an I/O error on the sync of the archive's ``-wal``; and FIFOs where the
archive's files go. Each is one line, a non-zero exit, and the archive as it was
(refused) or committed and said (synced in vain)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ENV, ROOT, clippings
from tests.support.slow_site import article_html
from tests.test_cli_faults import imported_one_article, write_warc
from tests.test_export_durable import needs_strace, traced


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@needs_strace
@pytest.mark.parametrize("case", ["reextract", "import-warc-new-archive", "archive-file-lock-lost"])
def test_a_file_system_without_locks_refuses_a_write_in_one_line(tmp_path: Path, case: str) -> None:
    """``flock`` failing with ENOLCK was a traceback (OSError out of the writer's
    lock, or out of a reader's hold given back); now the write is refused in one
    line naming the file that cannot be locked, and nothing in the folder changes:
    not the archive, not its lock file, and no lock file is left beside a new one.
    ``archive-file-lock-lost``: only the archive file's flocks fail, from the first
    hold given back on (a lock service gone mid-command)."""
    page = tmp_path / "page.warc.gz"
    if case == "import-warc-new-archive":
        write_warc(page, [("https://news.example/a", article_html(1).encode())])
        db = tmp_path / "news.db"
        args: tuple[str, ...] = ("import-warc", str(page), "--db", str(db))
    else:
        db = imported_one_article(tmp_path / "news.db", page.name)
        args = ("reextract", str(db))
    before = _files(tmp_path)
    inject = (("-P", str(db), "-e", "inject=flock:error=ENOLCK:when=2+") if case == "archive-file-lock-lost"
              else ("-e", "inject=flock:error=ENOLCK"))
    run = traced(*args, strace=("-o", "/dev/null", "-e", "trace=flock", *inject))
    lines = run.stderr.splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr[-3000:]
    locked = db if case == "archive-file-lock-lost" else Path(f"{db}.lock")
    assert lines[0].startswith(f"clippings: error: cannot write {db}: {locked} cannot be locked (No locks available)"), lines
    assert _files(tmp_path) == before


@needs_strace
@pytest.mark.parametrize("command", ["import-warc", "reextract"])
def test_a_failed_sync_of_the_wal_is_said_in_one_line_with_what_was_stored(tmp_path: Path, command: str) -> None:
    """The -wal's fsync at the command's end (committed_to_disk) failing with EIO
    was a traceback (reextract), or "could not read page.warc.gz as WARC" (import-warc:
    the OSError was taken for the WARC file's). Now the summary of what was stored
    is printed, then one line saying it is committed but may not be on disk; exit 1.
    The archive is whole and holds what the command committed."""
    page = tmp_path / "page.warc.gz"
    db = tmp_path / "news.db"
    if command == "reextract":
        imported_one_article(db, page.name)
        write_warc(page, [("https://news.example/a", article_html(1).encode())])  # (the capture the row points at)
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("UPDATE versions SET title = 'stale'")
        args: tuple[str, ...] = ("reextract", str(db))
    else:
        write_warc(page, [("https://news.example/a", article_html(1).encode())])
        args = ("import-warc", str(page), "--db", str(db))
    run = traced(*args, strace=("-o", "/dev/null", "-P", f"{db}-wal", "-e", "trace=fsync", "-e", "inject=fsync:error=EIO"))
    lines = run.stderr.splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr[-3000:]
    assert lines[0].startswith(f"clippings: error: syncing {db}-wal to disk failed (Input/output error): what this "
                               "command stored is committed and readable, but may not be on disk"), lines
    assert run.stdout.startswith("re-extracted 1 versions: improved: 1" if command == "reextract"
                                 else f"imported {page} into {db} as crawl 1: stored: 1"), run.stdout
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT title != 'stale' FROM versions").fetchall() == [(1,)]
        assert conn.execute("SELECT status FROM crawls ORDER BY id DESC").fetchone() == ("finished",)


def test_a_fifo_at_the_lock_files_name_refuses_a_write_at_once(tmp_path: Path) -> None:
    """A FIFO where the archive's lock file goes: the peek at the lock
    (``writer_of``) opened it for reading, which waits for a writer to open it: the
    command hung for good. Now it is refused in one line, the FIFO left where it is."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    lock = Path(f"{db}.lock")
    lock.unlink()
    os.mkfifo(lock)
    before = db.read_bytes()
    run = clippings("reextract", str(db), timeout=60)
    lines = run.stderr.splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr[-3000:]
    assert lines[0] == (f"clippings: error: cannot write {db}: its lock file {lock} is a pipe (a FIFO), not a file: "
                        "not overwritten; move it away"), lines
    assert stat.S_ISFIFO(lock.lstat().st_mode) and db.read_bytes() == before


def test_holding_a_fifo_swapped_in_for_the_archive_is_refused_at_once(tmp_path: Path) -> None:
    """The archive's path checked as a file, then a FIFO renamed in over it: the hold
    on the file (:func:`archive.db.hold_unchanging`, a reader's; its descriptor, every
    check's) opened it for reading and waited for a writer for good. It is opened
    without waiting now, and the FIFO refused as no archive file. (Called directly:
    the swap falls between a command's check and its open.)"""
    fifo = tmp_path / "news.db"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "-c", "import sys\nfrom archive.db import ArchiveError, hold_unchanging\n"
                          "try:\n    hold_unchanging(sys.argv[1])\nexcept ArchiveError as exc:\n    print(exc)\n", str(fifo)],
                         capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=60)
    assert run.stdout == f"{fifo} is not a regular file (a device or a pipe), not an archive file\n", run.stderr


@needs_strace
def test_an_io_error_at_the_switch_to_wal_mode_refuses_the_write_in_one_line(tmp_path: Path) -> None:
    """An archive in rollback mode (a copy another program switched): the switch to
    WAL mode, failing on its journal's sync (EIO), was answered by SQLite with no
    error, and the command wrote on in rollback mode, saying nothing. Now it is one
    line, exit 1, and the archive as it was, in the mode it was."""
    page = tmp_path / "page.warc.gz"
    db = imported_one_article(tmp_path / "news.db", page.name)
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    before = db.read_bytes()
    run = traced("reextract", str(db), strace=("-o", "/dev/null", "-P", f"{db}-journal", "-e", "trace=fdatasync",
                                               "-e", "inject=fdatasync:error=EIO"))
    lines = run.stderr.splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr[-3000:]
    assert lines[0].startswith(f"clippings: error: cannot write {db}: SQLite could not switch it to WAL mode (it "
                               "stays in delete mode; nothing written): its disk may be"), lines
    assert db.read_bytes() == before and not Path(f"{db}-journal").exists()


@needs_strace
@pytest.mark.parametrize("mode", ["delete", "wal"])
def test_a_file_beside_the_archive_sqlite_cannot_open_refuses_the_write_in_one_line(tmp_path: Path, mode: str) -> None:
    """SQLite could not open the file it keeps beside the archive (EMFILE on its
    open: SQLITE_CANTOPEN): at the switch to WAL mode of an archive in rollback
    mode (its -journal), or at the first read of one in WAL mode (its -wal), it was
    a traceback. Now it is one line naming the archive and why, exit 1, the archive
    as it was."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    if mode == "delete":
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    before = _files(tmp_path)
    beside = f"{db}-journal" if mode == "delete" else f"{db}-wal"
    run = traced("reextract", str(db), strace=("-o", "/dev/null", "-P", beside, "-e", "trace=openat",
                                               "-e", "inject=openat:error=EMFILE"))
    lines = run.stderr.splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr[-3000:]
    said = "cannot write" if mode == "delete" else "cannot open the files of"
    assert lines[0].startswith(f"clippings: error: {said} {db}: SQLite could not open a file it keeps beside it, its "
                               "-journal or -wal (unable to open database file); nothing written: this process may "
                               "have too many files open (ulimit -n)"), lines
    assert _files(tmp_path) == before


@needs_strace
def test_a_failed_sync_of_the_wal_at_a_crawls_end_says_the_row_is_written(tmp_path: Path, demo_server: Any) -> None:
    """A crawl's closing row is committed, then the -wal's sync fails (EIO): the
    crawl said it "could not write the row" (the row was written, and is read).
    Now it says what is true: committed and readable, maybe not on disk; exit 1."""
    db = tmp_path / "news.db"
    run = traced("crawl", demo_server.base_url + "/", "--db", str(db), "--delay", "0", "--max-pages", "5", "--no-warc",
                 strace=("-o", "/dev/null", "-P", f"{db}-wal", "-e", "trace=fsync", "-e", "inject=fsync:error=EIO"))
    assert run.returncode == 1, run.stderr[-3000:]
    errors = [line for line in run.stderr.splitlines() if line.startswith("clippings: error:")]
    assert errors == [f"clippings: error: syncing {db}-wal to disk failed (Input/output error): what this command "
                      "stored is committed and readable, but may not be on disk (a power cut may lose it; the disk may "
                      "be failing): check the disk, and copy the archive with its WARC files elsewhere"], run.stderr[-3000:]
    assert "could not write the row" not in run.stderr and "Traceback" not in run.stderr, run.stderr[-3000:]
    with closing(sqlite3.connect(db)) as conn:
        (status, reason), = conn.execute("SELECT status, json_extract(stats, '$.finish_reason') FROM crawls").fetchall()
    assert status == "failed" and reason.startswith(f"archive fault: syncing {db}-wal to disk failed"), (status, reason)


def test_an_archive_gone_when_a_read_connects_is_not_blamed_on_the_files_beside_it(tmp_path: Path) -> None:
    """SQLite's "unable to open database file" for a read's connection, opened past
    the command's checks, to an archive removed meanwhile: it was said as a file
    beside the archive (its -journal or -wal) SQLite could not open, too many files
    open. It names the archive gone. (The real error of SQLite's read-only open.)"""
    from archive.db import file_fault

    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    db.unlink()
    with pytest.raises(sqlite3.OperationalError) as raised:
        sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("SELECT 1 FROM sqlite_master")
    fault = file_fault(db, raised.value)
    assert fault is not None
    assert str(fault) == (f"cannot open {db} (unable to open database file): the archive file is no longer there "
                          "(removed, moved or replaced while the command ran)")
