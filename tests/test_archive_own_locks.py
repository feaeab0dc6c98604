"""A process's checks of an archive it has open never give back SQLite's locks.

Closing any descriptor of a file gives back every POSIX lock the process holds
on it, SQLite's own: a live connection's shared lock on the archive file then
goes, another process's last connection takes the file as unused, checkpoints
and removes the -wal, and the live connection's next commits go to the removed
-wal, which no other process reads. Real files, real processes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from archive.db import check_archive, check_readable, close_archive, connect_readonly, open_archive


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
    db = tmp_path / "news.db"
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
