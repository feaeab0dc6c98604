"""The descriptor a process keeps of each archive file it holds or looks at
(archive/db.py: closing any other would drop SQLite's POSIX locks) is closed once
nothing of the process has the file open, and a hold is given back to the file
it was taken on, whatever is at the name by then. In-process, real files."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from archive.db import check_archive, check_readable, connect_readonly
from crawler.cli import cli
from tests.conftest import ENV, ROOT
from tests.test_archive_own_locks import check_keeps_commits_seen
from tests.test_cli_faults import imported_one_article


def descriptors_on(path: Path) -> int:
    """How many descriptors of this process are open on the file at ``path``."""
    target = os.stat(path)
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            info = os.fstat(int(name))
        except OSError:
            continue
        count += (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino)
    return count


def test_no_descriptor_of_an_archive_is_kept_once_the_process_is_done_with_it(tmp_path: Path) -> None:
    """One descriptor per archive file touched was kept for the process's life: a
    long process (a program calling the CLI, a test session) ran out of them, and a
    deleted archive's space stayed taken. The checks, a read command, and the hold
    of a read-only archive's immutable connection each leave none now."""
    writable = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    read_only = tmp_path / "fixed.db"
    shutil.copyfile(writable, read_only)
    read_only.chmod(0o444)
    for db in (writable, read_only):
        check_archive(db, write=db == writable)
        check_readable(db)
        connect_readonly(db).close()
        assert CliRunner().invoke(cli, ["stats", str(db)]).exit_code == 0
        assert descriptors_on(db) == 0, db


def test_a_live_connection_keeps_the_descriptor_so_its_locks_stay(tmp_path: Path) -> None:
    """While this process has a connection open on the archive, a check's descriptor
    is not closed (that would drop the connection's locks: another process's last
    connection would remove the -wal it writes, test_archive_own_locks)."""
    db = tmp_path / "news.db"
    check_keeps_commits_seen(db, check_readable)
    assert descriptors_on(db) == 0


def test_a_hold_is_given_back_to_its_file_after_another_is_renamed_over_it(tmp_path: Path) -> None:
    """A read-only archive's immutable connection holds the file (a shared flock).
    With another file renamed over the archive's name while it read, its close gave
    the hold back to the file now at the name (which it did not hold): the held file
    stayed locked for the process's life."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    replacement = tmp_path / "replacement.db"
    shutil.copyfile(db, replacement)
    db.chmod(0o444)
    conn = connect_readonly(db)
    held = os.open(db, os.O_RDONLY)  # (another open of the held file: its flock meets the hold's)
    try:
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pass
        else:
            raise AssertionError("the connection does not hold the archive")
        os.replace(replacement, db)
        conn.close()
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # given back: no BlockingIOError
    finally:
        os.close(held)


def _run(code: str, *args: Path) -> str:
    """What ``code`` prints, run in a new process (an audit hook is never taken off)."""
    run = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                         env=ENV, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout.strip()


def test_a_spare_descriptor_from_a_rename_race_is_closed_when_its_hold_ends(tmp_path: Path) -> None:
    """A file renamed back over the archive's name between the hold's stat and its
    open (made here at that instant, by an audit hook on the open): the descriptor
    opened then is a second one of a file already kept. It was kept for the
    process's life, and, being a descriptor of the file, kept the first one open
    too. Both are closed once the last hold of the file is given back."""
    db, away = tmp_path / "news.db", tmp_path / "away.db"
    db.write_bytes(b"held")
    code = ("import os, sys\n"
            "from pathlib import Path\n"
            "from archive.db import hold_unchanging, let_go_unchanging\n"
            "db, away = sys.argv[1:3]\n"
            "swap = []\n"
            "def hook(event, args):\n"
            "    if event == 'open' and swap and os.fspath(args[0]) == os.path.realpath(db):\n"
            "        swap.clear()\n"
            "        os.replace(away, db)\n"
            "sys.addaudithook(hook)\n"
            "before = len(os.listdir('/proc/self/fd'))\n"
            "held = hold_unchanging(db)\n"
            "os.replace(db, away)\n"
            "Path(db).write_bytes(b'other')\n"
            "swap.append(True)\n"
            "again = hold_unchanging(db)\n"
            "assert again == held and not swap, (held, again, swap)\n"
            "let_go_unchanging(held)\n"
            "let_go_unchanging(again)\n"
            "print(len(os.listdir('/proc/self/fd')) - before)\n")
    assert _run(code, db, away) == "0"
