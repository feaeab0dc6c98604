"""A process's checks of an archive it has open never give back SQLite's locks.

Closing any descriptor of a file gives back every POSIX lock the process holds
on it, SQLite's own: a live connection's shared lock on the archive file then
goes, another process's last connection takes the file as unused, checkpoints
and removes the -wal, and the live connection's next commits go to the removed
-wal, which no other process reads. Real files, real processes.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.db import check_archive, check_readable, close_archive, connect_readonly, open_archive
from crawler.cli import cli
from tests.conftest import ENV, ROOT
from tests.test_cli_faults import one_article_archive


def count_from_another_process(db: Path) -> int:
    """Rows of ``t`` read by a new process (its connection opened and closed: the
    last one, if this process's locks are gone)."""
    code = f"import sqlite3; c = sqlite3.connect({str(db)!r}); print(c.execute('SELECT count(*) FROM t').fetchone()[0]); c.close()"
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def peek(db: Path) -> None:
    connect_readonly(db, peek=True).close()


@pytest.mark.parametrize("check", [lambda db: check_archive(db, create=True), check_readable, peek],
                         ids=["check_archive", "check_readable", "peek"])
def test_a_check_of_an_archive_a_live_connection_writes_keeps_its_commits_seen(tmp_path: Path, check) -> None:
    check_keeps_commits_seen(tmp_path / "news.db", check)


def check_keeps_commits_seen(db: Path, check: Callable[[Path], object]) -> None:
    """With a live connection writing ``db`` (created), ``check`` of it leaves that
    connection's commits seen by another process."""
    writer = open_archive(db)  # (as a --sites run's first site's pipeline, when the next one opens the archive)
    try:
        writer.conn.execute("CREATE TABLE t (x)")
        writer.conn.commit()
        check(db)
        assert count_from_another_process(db) == 0
        writer.conn.execute("INSERT INTO t VALUES (1)")
        writer.conn.commit()
        assert Path(f"{db}-wal").exists()
        assert count_from_another_process(db) == 1
    finally:
        close_archive(writer)


def writer_refused(db: Path) -> str:
    """What a writer in another process is told when it takes the archive's lock
    ('' when it takes it)."""
    code = ("import sys; from archive.db import ArchiveBusy, acquire_writer_lock\n"
            f"try: acquire_writer_lock({str(db)!r})\n"
            "except ArchiveBusy as exc: print(exc)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**ENV, "PYTHONPATH": str(ROOT)}).stdout.strip()


@pytest.mark.parametrize("args", [["stats"], ["search", "{db}", "the"], ["history", "{db}", "https://example.com/"],
                                  ["export", "{db}", "-o", "{out}"]], ids=lambda args: args[0])
def test_a_read_command_run_in_process_gives_back_its_hold_when_it_ends(tmp_path: Path, args: list[str]) -> None:
    """A read command of a read-only archive holds it unchanging while it reads;
    run in a long process (a test, a program calling the CLI), it gives the hold
    back when it ends, not when its connection happens to be collected: a writer
    of the archive made writable again was refused until then. (The collector is
    off while the command runs: when it runs is not up to the test.)"""
    db = one_article_archive(tmp_path)
    db.chmod(0o444)
    argv = [arg.format(db=db, out=tmp_path / "out.jsonl") for arg in args] + ([str(db)] if len(args) == 1 else [])
    gc.disable()
    try:
        result = CliRunner().invoke(cli, argv)
    finally:
        gc.enable()
    assert result.exit_code in (0, 1), result.output
    db.chmod(0o644)
    assert writer_refused(db) == ""
