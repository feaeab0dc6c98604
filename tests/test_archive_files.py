"""An archive file as other programs and crashes leave it: a WAL-mode archive in
a folder this user may not write, a hot rollback journal left by a writer that
died mid-transaction, a WARC file cut in its first bytes. Real SQLite files,
real subprocesses; each fault is one line or a correct read, never "not a
SQLite database" for a valid archive."""

from __future__ import annotations

import gzip
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.conftest import ENV, clippings, clippings_here
from tests.support.slow_site import article_html
from tests.test_cli_faults import digest, one_article_archive, without_root_override, write_warc
from tests.test_cli_runs import one_error_line

READ_COMMANDS = [["stats", "{db}"], ["search", "{db}", "ferry"], ["export", "{db}"],
                 ["history", "{db}", "https://news.example/a"]]


def as_user(*args: str) -> subprocess.CompletedProcess[str]:
    """``clippings ARGS`` without root's leave to write anywhere."""
    return subprocess.run([*without_root_override(), sys.executable, "-m", "crawler.cli", *args],
                          capture_output=True, text=True, env=ENV, timeout=300)


@contextmanager
def read_only(folder: Path, *, for_everyone: bool = False) -> Iterator[Path]:
    """``folder`` read-only for this user; ``for_everyone``: its files too (no write
    bit on any), so that no one may write the archive (root aside)."""
    files = [path for path in folder.iterdir() if path.is_file()] if for_everyone else []
    for path in files:
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        for path in files:
            path.chmod(0o644)


def archive_in(folder: Path, tmp_path: Path) -> Path:
    """A one-article archive (WAL mode, at rest: no -wal beside) in ``folder``."""
    db = one_article_archive(tmp_path)
    folder.mkdir()
    moved = folder / "news.db"
    db.rename(moved)
    Path(f"{db}.lock").unlink()
    with closing(sqlite3.connect(moved)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    return moved


def listing(folder: Path) -> dict[str, str]:
    return {path.name: digest(path) for path in sorted(folder.iterdir())}


def refused_in_read_only(db: Path, *args: str, for_everyone: bool = False) -> str:
    """The one error line of ``clippings ARGS`` run by another user while the
    archive's folder is read-only; nothing in the folder may change."""
    before = listing(db.parent)
    with read_only(db.parent, for_everyone=for_everyone):
        line = one_error_line(as_user(*args))
    assert listing(db.parent) == before
    return line


@pytest.mark.parametrize("args", READ_COMMANDS)
def test_read_commands_read_a_wal_archive_no_one_may_write(tmp_path: Path, args: list[str]) -> None:
    db = archive_in(tmp_path / "shared", tmp_path)
    before = listing(db.parent)
    with read_only(db.parent, for_everyone=True):
        result = as_user(*[arg.format(db=db) for arg in args])
    assert result.returncode == 0, result.stderr
    assert "news.example/a" in result.stdout or "1 live" in result.stdout, result.stdout
    assert listing(db.parent) == before


@pytest.mark.parametrize("user", ["root", "user"])
@pytest.mark.parametrize("args", READ_COMMANDS)
def test_read_commands_make_no_file_beside_a_read_only_archive(tmp_path: Path, args: list[str], user: str) -> None:
    """A read-only archive (``chmod 444``) in a folder this user may write: each read
    left an empty ``news.db-wal`` and a ``news.db-shm`` beside it (SQLite's
    ``mode=ro`` makes them for a WAL-mode file). No one may write the file, so it is
    read immutable: nothing made, nothing changed (root's leave to write aside)."""
    db = archive_in(tmp_path / "shared", tmp_path)
    db.chmod(0o444)
    before = listing(db.parent)
    result = (clippings if user == "root" else as_user)(*[arg.format(db=db) for arg in args])
    assert result.returncode == 0, result.stderr
    assert "news.example/a" in result.stdout or "1 live" in result.stdout, result.stdout
    assert listing(db.parent) == before


def committed_in_wal_by_a_killed_writer(db: Path, title: str) -> None:
    """A writer process commits ``title`` into ``db``'s -wal and is killed before any
    checkpoint: the transaction is committed, the archive file does not hold it."""
    script = ("import os, sqlite3, sys\nconn = sqlite3.connect(sys.argv[1])\n"
              "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
              "with conn:\n    for table in ('articles', 'versions'):\n"
              "        conn.execute(f'UPDATE {table} SET title = ?', [sys.argv[2]])\n"
              "os.kill(os.getpid(), 9)")
    assert subprocess.run([sys.executable, "-c", script, str(db), title], timeout=60).returncode == -9
    assert os.path.getsize(f"{db}-wal") > 0


@pytest.mark.parametrize("args", [["search", "{db}", "Walonly"], ["export", "{db}"]])
def test_a_read_only_archive_through_a_symlink_is_read_with_its_wal(tmp_path: Path, args: list[str]) -> None:
    """A read-only archive whose -wal holds committed transactions, opened through a
    symbolic link: the -wal was looked for beside the link (none), the archive read
    immutable, and the transactions missed ("no matches", an export without them)."""
    db = archive_in(tmp_path / "shared", tmp_path)
    committed_in_wal_by_a_killed_writer(db, "Walonly headline")
    db.chmod(0o444)
    link = tmp_path / "link.db"
    link.symlink_to(db)
    result = clippings(*[arg.format(db=link) for arg in args])
    assert result.returncode == 0, result.stderr
    assert "Walonly headline" in result.stdout, result.stdout


def test_serve_makes_no_file_beside_a_read_only_archive(tmp_path: Path) -> None:
    """Datasette opened a read-only archive in a writable folder live (``mode=ro``),
    making an empty -wal and a -shm beside it; it is served immutable (``-i``)."""
    db = archive_in(tmp_path / "shared", tmp_path)
    db.chmod(0o444)
    before = listing(db.parent)
    with serving_as_user(db) as urls:
        assert urls() == ["https://news.example/a"]
        assert listing(db.parent) == before
    assert listing(db.parent) == before


def test_a_writer_started_while_a_read_only_archive_is_served_immutable_is_refused(tmp_path: Path) -> None:
    """A read-only archive (``chmod 444``) is served immutable (``-i``): root's
    ``import-warc`` wrote it all the same while Datasette read it as never changing.
    A write command now refuses an archive no one may write, root's included, in one
    line naming it, and changes nothing."""
    db = archive_in(tmp_path / "shared", tmp_path)
    db.chmod(0o444)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    with serving_as_user(db) as urls:
        before = listing(db.parent)
        line = one_error_line(clippings("import-warc", str(page), "--db", str(db)))
        assert str(db) in line and "read-only" in line and "chmod u+w" in line, line
        assert listing(db.parent) == before
        assert urls() == ["https://news.example/a"]


def test_a_writer_of_an_archive_made_writable_while_served_immutable_waits_for_the_server(tmp_path: Path) -> None:
    """Served immutable while read-only, then made writable again (``chmod 644``): a
    write command changed the file under a server reading it as never changing. The
    server holds the writer lock shared, so the writer is refused in one line, the
    archive unchanged; once the server stops, the same write goes through."""
    db = archive_in(tmp_path / "shared", tmp_path)
    Path(f"{db}.lock").touch()  # (as every archive Clippings wrote has)
    db.chmod(0o444)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    with serving_as_user(db) as urls:
        db.chmod(0o644)
        before = listing(db.parent)
        line = one_error_line(clippings("import-warc", str(page), "--db", str(db)))
        assert line.startswith(f"clippings: error: {db} is being read as unchanging by another process"), line
        assert listing(db.parent) == before
        assert urls() == ["https://news.example/a"]
    result = clippings("import-warc", str(page), "--db", str(db))
    assert result.returncode == 0, result.stderr


def test_a_read_only_archive_a_writer_holds_is_read_live(tmp_path: Path) -> None:
    """A writer that opened the archive before a ``chmod 444`` (here: one holding its
    lock) may still write it: the archive is read live, as before, not immutable."""
    db = archive_in(tmp_path / "shared", tmp_path)
    db.chmod(0o444)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from archive.db import writer_lock\n"
         "with writer_lock(sys.argv[1]):\n    print('held', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        result = clippings("stats", str(db), cold=True)  # (the suite's cold stats: a new interpreter)
        assert result.returncode == 0, result.stderr
        assert Path(f"{db}-shm").exists()  # (read live: SQLite's shared memory beside it)
    finally:
        holder.communicate("")


def test_stats_of_an_archive_no_one_may_write_counts_the_articles(tmp_path: Path) -> None:
    db = archive_in(tmp_path / "shared", tmp_path)
    with read_only(db.parent, for_everyone=True):
        result = as_user("stats", str(db), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"] == {"total": 1, "live": 1, "gone": 0}


@pytest.mark.parametrize("args", READ_COMMANDS)
def test_a_wal_archive_another_may_write_in_a_folder_this_user_may_not_is_one_line(
        tmp_path: Path, args: list[str]) -> None:
    """Read immutable, a write by the archive's owner mid-read would show as damage
    or not at all; SQLite cannot make the -shm a safe read needs: said plainly."""
    db = archive_in(tmp_path / "shared", tmp_path)
    line = refused_in_read_only(db, *[arg.format(db=db) for arg in args])
    assert line == (f"clippings: error: cannot read {db}: its folder {db.parent} is not writable by this user "
                    "and another may write to it (SQLite must write news.db-shm beside it to read it safely "
                    "then); make the folder writable, or copy the archive elsewhere")


def wal_holding_a_transaction(db: Path) -> None:
    """Leave a committed transaction in ``db``'s -wal (as a writer killed before
    its checkpoint does), without the -shm."""
    code = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "c.execute(\"UPDATE articles SET status = 'gone'\"); c.commit(); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=60)
    Path(f"{db}-shm").unlink()
    assert Path(f"{db}-wal").stat().st_size > 0


@pytest.mark.parametrize("args", READ_COMMANDS)
def test_a_read_only_folder_whose_wal_holds_transactions_is_one_line(tmp_path: Path, args: list[str]) -> None:
    """SQLite must write a -shm beside the archive to read its -wal: refused plainly
    (reading the file alone would show data older than what was committed)."""
    db = archive_in(tmp_path / "shared", tmp_path)
    wal_holding_a_transaction(db)
    line = refused_in_read_only(db, *[arg.format(db=db) for arg in args])
    assert line == (f"clippings: error: cannot read {db}: its folder {db.parent} is read-only and {db}-wal "
                    "holds transactions not yet in the archive file (SQLite must write news.db-shm beside "
                    "it to read them); make the folder writable, or copy the archive and its -wal elsewhere")


def test_write_commands_in_a_read_only_folder_say_so(tmp_path: Path) -> None:
    db = archive_in(tmp_path / "shared", tmp_path)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    before = listing(db.parent)
    with read_only(db.parent):
        for args in (("import-warc", str(page), "--db", str(db)), ("reextract", str(db)),
                     ("crawl", "http://127.0.0.1:9/", "--db", str(db))):
            line = one_error_line(as_user(*args))
            assert line == (f"clippings: error: cannot write to {db}: its folder {db.parent} is read-only "
                            "(SQLite writes its journal beside the archive)"), (args, line)
    assert listing(db.parent) == before


# -- a hot rollback journal -----------------------------------------------------------

DIE_MID_TRANSACTION = """\
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")  # dirty pages spill into the file before the commit
if sys.argv[2] == "pages":
    conn.execute("CREATE TABLE IF NOT EXISTS junk (x)")  # committed: the schema stays readable
conn.execute("BEGIN")
if sys.argv[2] == "schema":
    conn.execute("CREATE TABLE junk (x)")
if sys.argv[2] in ("schema", "pages"):
    for _ in range(500):
        conn.execute("INSERT INTO junk VALUES (randomblob(1000))")
conn.execute(f"UPDATE {sys.argv[3]} SET {sys.argv[4]} = 'half-written'")
os._exit(0)
"""


def die_mid_transaction(db: Path, change: str, table: str = "articles", column: str = "status") -> None:
    """A writer killed mid-transaction: ``db`` holds some of its pages, ``db-journal``
    the pages as they were (a hot journal)."""
    subprocess.run([sys.executable, "-c", DIE_MID_TRANSACTION, str(db), change, table, column],
                   check=True, timeout=60)
    assert Path(f"{db}-journal").stat().st_size > 0


@pytest.mark.parametrize("args", [*READ_COMMANDS, ["stats", "{db}", "--json"]])
def test_read_commands_roll_back_a_hot_journal_and_read_the_committed_archive(
        tmp_path: Path, args: list[str]) -> None:
    """What any SQLite client does on opening the file: the half-done transaction
    is undone from the journal, so the last committed state is read."""
    db = one_article_archive(tmp_path)
    die_mid_transaction(db, "pages")
    result = clippings(*[arg.format(db=db) for arg in args])
    assert result.returncode == 0, result.stderr
    assert "half-written" not in result.stdout
    assert not Path(f"{db}-journal").exists()
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT status FROM articles").fetchall() == [("live",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_import_warc_into_an_archive_with_a_hot_journal_goes_on_from_the_committed_state(tmp_path: Path) -> None:
    db = one_article_archive(tmp_path)
    die_mid_transaction(db, "pages")
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    result = clippings("import-warc", str(page), "--db", str(db))
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT canonical_url, status FROM articles ORDER BY 1").fetchall() == [
            ("https://news.example/a", "live"), ("https://news.example/b", "live")]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_another_programs_database_with_a_hot_journal_is_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 2000,)] * 200)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    die_mid_transaction(other, "rows", "notes", "body")
    assert Path(f"{other}-journal").read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")  # hot: a header
    before = listing(tmp_path)
    for args in (["stats", str(other)], ["import-warc", str(page), "--db", str(other)]):
        line = one_error_line(clippings(*args))
        assert line == f"clippings: error: {other} is not a Clippings archive (its tables: notes)"
        assert listing(tmp_path) == before


@pytest.mark.parametrize("archive", [False, True])
def test_a_file_whose_schema_is_torn_under_a_hot_journal_is_left_untouched(tmp_path: Path, archive: bool) -> None:
    """Page 1 overwritten, the journal holding the original: whether it is an archive
    cannot be told without rolling it back, which is not a read command's to do
    to what may be another program's database."""
    db = one_article_archive(tmp_path) if archive else tmp_path / "other.db"
    if not archive:
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
            conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 2000,)] * 200)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    die_mid_transaction(db, "pages", *(() if archive else ("notes", "body")))
    with open(db, "r+b") as file:
        file.seek(100)
        file.write(b"\xff" * 3996)  # page 1 torn past its header
    before = listing(tmp_path)
    for args in (["stats", str(db)], ["search", str(db), "ferry"]):
        line = one_error_line(clippings(*args))
        assert line == (f"clippings: error: cannot tell whether {db} is a Clippings archive: it has an "
                        f"unfinished transaction in {db}-journal; open it with sqlite3 to finish it")
        assert listing(tmp_path) == before


def test_a_hot_journal_this_user_cannot_roll_back_is_one_line(tmp_path: Path) -> None:
    db = archive_in(tmp_path / "shared", tmp_path)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    die_mid_transaction(db, "schema")
    line = refused_in_read_only(db, "stats", str(db))
    assert line == (f"clippings: error: cannot read {db}: {db}-journal holds a transaction a writer left "
                    "unfinished, and rolling it back needs write access to the file and its folder "
                    f"{db.parent}; run any clippings command on it as a user who may write there")


# -- a WARC file cut in its first bytes -------------------------------------------------


@pytest.mark.parametrize("gzip_records", [False, True])
@pytest.mark.parametrize("keep", [1, 2, 3, 5, 9, 10, 12, 24, 40, 300, -20])
def test_import_warc_of_a_file_cut_in_its_first_bytes_says_truncated(
        tmp_path: Path, keep: int, gzip_records: bool) -> None:
    page = tmp_path / "cut.warc"
    write_warc(page, [("https://news.example/a", article_html(1).encode())], gzip_records=gzip_records)
    # plain: 'WARC/1.1\r\n' is 10 bytes, 24 ends in 'WARC-Type: re', 300 in the headers, -20 in the body
    page.write_bytes(page.read_bytes()[:keep])
    size = page.stat().st_size

    db = tmp_path / "news.db"
    run = clippings if keep == 24 else clippings_here  # one real process per kind of file
    line = one_error_line(run("import-warc", str(page), "--db", str(db)))
    assert line == (f"clippings: error: {page}: truncated: the file ends inside its first WARC record "
                    f"({size} bytes in all)")
    assert not db.exists()


def test_import_warc_of_an_empty_file_says_it_is_empty(tmp_path: Path) -> None:
    page = tmp_path / "empty.warc.gz"
    page.write_bytes(b"")
    line = one_error_line(clippings("import-warc", str(page), "--db", str(tmp_path / "news.db")))
    assert line == f"clippings: error: {page}: not a WARC file (the file is empty)"


def test_a_file_that_only_starts_like_gzip_is_not_called_a_cut_warc(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body>not a warc</body></html>"))
    line = one_error_line(clippings("import-warc", str(page), "--db", str(tmp_path / "news.db")))
    assert line.startswith(f"clippings: error: {page}: not a WARC file"), line


# -- an archive path that is no regular file ------------------------------------------


@pytest.mark.parametrize("args", [["stats", "{db}"], ["import-warc", "{page}", "--db", "{db}"],
                                  ["crawl", "http://127.0.0.1:9/", "--db", "{db}"]])
def test_a_device_or_pipe_given_as_the_archive_is_one_line(tmp_path: Path, args: list[str]) -> None:
    """SQLite on /dev/null fails with "disk I/O error" deep in a write; a pipe
    reads as empty: neither is a file an archive can live in."""
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for db in ("/dev/null", str(pipe)):
        line = one_error_line(clippings(*[arg.format(db=db, page=page) for arg in args]))
        assert line == f"clippings: error: {db} is not a regular file (a device or a pipe), not an archive file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.warc.gz", "pipe"]


def test_a_symlink_to_a_missing_folder_as_the_archive_is_one_line(tmp_path: Path) -> None:
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/a", article_html(1).encode())])
    link = tmp_path / "news.db"
    link.symlink_to(tmp_path / "gone" / "news.db")
    line = one_error_line(clippings("import-warc", str(page), "--db", str(link)))
    assert line == f"clippings: error: cannot create an archive at {link}: no folder {tmp_path / 'gone'}"
    assert link.is_symlink() and not (tmp_path / "gone").exists()


@contextmanager
def serving_as_user(db: Path) -> Iterator[Callable[[], list[str]]]:
    """``clippings serve DB`` run without root's leave to write anywhere; yields a
    function reading the served articles' URLs."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([*without_root_override(), sys.executable, "-m", "crawler.cli", "serve",
                                str(db), "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=ENV)

    def urls() -> list[str]:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/news/articles.json?_shape=array",
                                    timeout=10) as response:
            return [row["canonical_url"] for row in json.loads(response.read().decode("utf-8"))]

    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                urls()
                break
            except OSError:
                time.sleep(0.2)
        assert process.poll() is None, process.communicate()[1]
        yield urls
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_shows_an_archive_no_one_may_write_immutable(tmp_path: Path) -> None:
    """No schema step is left to apply: Datasette opens it immutable, nothing written."""
    db = archive_in(tmp_path / "shared", tmp_path)
    before = listing(db.parent)
    with read_only(db.parent, for_everyone=True), serving_as_user(db) as urls:
        assert urls() == ["https://news.example/a"]
    assert listing(db.parent) == before


def test_serve_of_an_archive_another_may_write_shows_its_writes(tmp_path: Path) -> None:
    """This user may not write the file but its owner may: served live (not
    immutable), so a crawl's later write is seen, never as damage."""
    db = archive_in(tmp_path / "shared", tmp_path)
    os.chown(db, 65534, 65534)  # another user's, which they may write and this user may not
    try:
        with serving_as_user(db) as urls:
            assert urls() == ["https://news.example/a"]
            page = tmp_path / "page.warc.gz"
            write_warc(page, [("https://news.example/b", article_html(2).encode())])
            result = clippings("import-warc", str(page), "--db", str(db))
            assert result.returncode == 0, result.stderr
            assert sorted(urls()) == ["https://news.example/a", "https://news.example/b"]
    finally:
        os.chown(db, os.getuid(), os.getgid())


def test_serve_of_an_archive_another_may_write_in_a_folder_this_user_may_not_is_one_line(
        tmp_path: Path) -> None:
    db = archive_in(tmp_path / "shared", tmp_path)
    line = refused_in_read_only(db, "serve", str(db), "--port", "0")
    assert line == (f"clippings: error: cannot serve {db}: its folder {db.parent} is not writable by this user "
                    "and another may write to it (a server must see those writes, and SQLite needs news.db-shm "
                    "beside it for that); serve it as a user who may write the folder, or serve a copy")


def test_serve_of_an_older_archive_this_user_may_not_write_is_one_line(tmp_path: Path) -> None:
    """A schema step is left to apply and this user may not apply it: said plainly."""
    db = archive_in(tmp_path / "shared", tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        last = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY name DESC LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
    line = refused_in_read_only(db, "serve", str(db), "--port", "0", for_everyone=True)
    assert line == (f"clippings: error: cannot read {db} without writing to it: it lacks schema step {last} "
                    "(written by an older Clippings); open it once as a user who may write it")


def test_search_of_an_archive_whose_search_index_is_broken_calls_it_damaged(tmp_path: Path) -> None:
    """A valid query the archive's own index fails on is no syntax error of the user's."""
    db = one_article_archive(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DROP TABLE articles_fts_idx")
    line = one_error_line(clippings("search", str(db), "ferry", cold=True))  # (the suite's cold search)
    assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it (SQL logic error)"), line
    line = one_error_line(clippings("search", str(db), "covid-19"))
    assert "is not valid FTS5 syntax" in line
    line = one_error_line(clippings("search", str(db), "covid-19", "--quote"))  # its words escaped: valid
    assert line.startswith(f"clippings: error: {db} is damaged: SQLite cannot read it (SQL logic error)"), line


# -- the writer lock and its peek (review 23, LOW-5) --------------------------------------


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_writer_is_not_refused_by_a_peek_at_its_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A peek (``stats``, a second writer's check) holds the lock file's shared lock for
    an instant: a writer whose exclusive try fell in that instant was refused, named
    after the last writer, long gone. It tries again a few times now."""
    import fcntl

    from archive.db import acquire_writer_lock, release_writer_lock

    real, tries = fcntl.flock, []

    def flock(fd: int, op: int) -> None:
        tries.append(op)
        if op & fcntl.LOCK_EX and len(tries) == 1:
            raise BlockingIOError(11, "Resource temporarily unavailable")  # a peek's instant
        real(fd, op)

    monkeypatch.setattr(fcntl, "flock", flock)
    db = tmp_path / "news.db"
    acquire_writer_lock(db)
    release_writer_lock(db)
    assert len(tries) == 2


def test_a_busy_archive_never_names_a_writer_that_has_ended(tmp_path: Path) -> None:
    """The lock file still names the last writer (it is rewritten by the next one):
    while something else holds the lock, a dead writer is not named as the owner."""
    import fcntl

    from archive.db import ArchiveBusy, acquire_writer_lock, writer_of

    db = tmp_path / "news.db"
    lock = tmp_path / "news.db.lock"
    lock.write_text(f"clippings pid {dead_pid()} on {socket.gethostname()}\n")
    with open(lock) as held:
        fcntl.flock(held, fcntl.LOCK_SH)  # a reader that lasts (serve of it immutable)
        with pytest.raises(ArchiveBusy) as busy:
            acquire_writer_lock(db)
    assert str(busy.value).startswith(f"{db} is being read as unchanging by another process"), busy.value
    with open(lock) as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a writer that has not written its name yet
        assert writer_of(db) == "another process"
    lock.write_text(f"clippings pid {os.getpid()} on {socket.gethostname()}\n")
    with open(lock) as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert writer_of(db) == f"clippings pid {os.getpid()} on {socket.gethostname()}"


# -- readers of a read-only archive hold it unchanging (session 31) -------------------------


@contextmanager
def reading_in_another_process(db: Path, *, after: int = 1) -> Iterator[None]:
    """A process that opened ``db`` as the read commands do (``open_readonly``) and
    reads it until the block ends (a long ``export`` or ``search``), then counts
    ``after`` articles."""
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sys; from archive.db import open_readonly\n"
         "archive = open_readonly(sys.argv[1])\n"
         "print(archive.execute('SELECT count(*) FROM articles').fetchall()[0][0], flush=True)\n"
         "sys.stdin.read()\nprint(archive.execute('SELECT count(*) FROM articles').fetchall()[0][0])", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        assert reader.stdout is not None and reader.stdout.readline() == "1\n"
        yield
    finally:
        out, err = reader.communicate("")
    assert reader.returncode == 0 and out == f"{after}\n", err


def test_a_writer_is_refused_while_a_read_command_reads_a_read_only_archive_immutable(tmp_path: Path) -> None:
    """``stats``/``search``/``export``/``history`` read an archive no one may write
    immutable, and held no lock: made writable meanwhile (``chmod u+w``), a write
    command changed the file under them (torn pages or rows read wrong). They hold
    the archive unchanging now, as serve does: the writer is refused in one line,
    the archive unchanged; once the reader ends, the same write goes through."""
    db = archive_in(tmp_path / "shared", tmp_path)
    Path(f"{db}.lock").touch()
    db.chmod(0o444)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    with reading_in_another_process(db):
        db.chmod(0o644)
        before = listing(db.parent)
        line = one_error_line(clippings("import-warc", str(page), "--db", str(db)))
        assert line.startswith(f"clippings: error: {db} is being read as unchanging by another process"), line
        assert listing(db.parent) == before
    result = clippings("import-warc", str(page), "--db", str(db))
    assert result.returncode == 0, result.stderr


def test_a_read_write_archive_read_live_never_holds_a_writer_back(tmp_path: Path) -> None:
    """A writable archive is read live (WAL: each reader its own snapshot): a long
    export of it must not keep a crawl out."""
    db = archive_in(tmp_path / "shared", tmp_path)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    with reading_in_another_process(db, after=2):
        result = clippings("import-warc", str(page), "--db", str(db))
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("folder_read_only", [False, True])
def test_serve_of_a_read_only_archive_without_a_lock_file_holds_writers_off(tmp_path: Path, folder_read_only: bool) -> None:
    """serve held the archive unchanging through its ``.lock`` file only: with none
    beside it (a copied archive; a read-only folder, where none can be made), a
    writer started after ``chmod u+w`` (and the folder's) wrote under Datasette's
    ``-i``. The hold is on the archive file itself now: the writer is refused."""
    db = archive_in(tmp_path / "shared", tmp_path)
    assert not Path(f"{db}.lock").exists()
    db.chmod(0o444)
    if folder_read_only:
        db.parent.chmod(0o555)
    page = tmp_path / "page.warc.gz"
    write_warc(page, [("https://news.example/b", article_html(2).encode())])
    try:
        with serving_as_user(db) as urls:
            db.parent.chmod(0o755)
            db.chmod(0o644)
            before = listing(db.parent)
            line = one_error_line(clippings("import-warc", str(page), "--db", str(db)))
            assert line.startswith(f"clippings: error: {db} is being read as unchanging by another process"), line
            assert listing(db.parent) == {**before, "news.db.lock": listing(db.parent).get("news.db.lock", "")}
            assert urls() == ["https://news.example/a"]
    finally:
        db.parent.chmod(0o755)
