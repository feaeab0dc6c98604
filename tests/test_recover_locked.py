"""``clippings recover`` reads an archive another program is writing: SQLite's
"database is locked" (the writer held its lock past the busy timeout) is no damage.
It was read as damage: at the start, "nothing to recover; restore it from a copy";
mid-copy, a table's rows "unreadable, left out" (every row, or a stretch), a
recovered file short of rows that were sound. Real archives, real SQLite locks."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from archive.recover import LOWEST, copy_rowid_table, readable_from
from tests.conftest import ENV, ROOT, clippings
from tests.test_cli_faults import imported_one_article
from tests.test_cli_runs import one_error_line


def rollback_journal_archive(path: Path) -> Path:
    """An archive of one article in rollback-journal mode (there a writer's lock
    keeps readers out; an archive may be in that mode, a recovered one is)."""
    imported_one_article(path, "one.warc.gz")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    return path


def test_recover_of_an_archive_a_writer_holds_says_so_and_writes_nothing(tmp_path: Path) -> None:
    db = rollback_journal_archive(tmp_path / "news.db")
    new = tmp_path / "new.db"
    with closing(sqlite3.connect(db, isolation_level=None)) as writer:
        writer.execute("BEGIN EXCLUSIVE")
        line = one_error_line(clippings("recover", str(db), str(new), env={**ENV, "CLIPPINGS_BUSY_TIMEOUT": "0.2"}))
        writer.execute("ROLLBACK")
    assert line == (f"clippings: error: cannot read {db}: another program is writing it (database is locked); "
                    "run recover again when it is done"), line
    assert not new.exists()
    result = clippings("recover", str(db), str(new))
    assert result.returncode == 0 and "articles: 1 row" in result.stdout.splitlines(), result.stdout + result.stderr


def test_a_lock_met_mid_copy_is_no_damaged_stretch(tmp_path: Path) -> None:
    """The writer's lock comes as the copy looks past a damaged stretch for the next
    rowid it can read: SQLite's error goes up, not "nothing readable from here on"
    (every later row left out). (The copy's own reads go through the same test.)"""
    db = rollback_journal_archive(tmp_path / "news.db")
    with closing(sqlite3.connect(db, timeout=0)) as source, closing(sqlite3.connect(":memory:")) as target, \
            closing(sqlite3.connect(db, isolation_level=None)) as writer:
        (sql,) = source.execute("SELECT sql FROM sqlite_master WHERE name = 'articles'").fetchone()
        target.execute(sql)
        writer.execute("BEGIN EXCLUSIVE")
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            readable_from(source, "articles", LOWEST)
        writer.execute("ROLLBACK")
        assert readable_from(source, "articles", LOWEST) is not None
        done = copy_rowid_table(source, target, "articles")
    assert (done.rows, done.left_out) == (1, [])


def test_recover_of_no_archive_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    """A DB that does not exist gave a Python traceback (FileNotFoundError); another
    program's SQLite file, or an empty one, was "recovered" into NEW, the user told to
    put it in place of DB."""
    new = tmp_path / "new.db"
    line = one_error_line(clippings("recover", str(tmp_path / "missing.db"), str(new)))
    assert line == f"clippings: error: no archive at {tmp_path / 'missing.db'}", line
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
        conn.commit()
    line = one_error_line(clippings("recover", str(other), str(new)))
    assert line == f"clippings: error: {other} is not a Clippings archive (its tables: notes): nothing to recover", line
    empty = tmp_path / "empty.db"
    empty.touch()
    line = one_error_line(clippings("recover", str(empty), str(new)))
    assert line == f"clippings: error: {empty} is not a Clippings archive (its tables: none): nothing to recover", line
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty.db", "other.db"]


def test_recover_that_cannot_write_new_names_new(tmp_path: Path) -> None:
    """NEW's file meets the file size limit (``ulimit -f``; a full disk alike): the line
    named DB, only read ("I/O error on DB"), as if the archive itself were failing."""
    db = rollback_journal_archive(tmp_path / "news.db")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE filler (x)")  # (an archive larger than the limit)
        conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 100)
    new = tmp_path / "new.db"

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, resource.RLIM_INFINITY))

    result = subprocess.run([sys.executable, "-m", "crawler.cli", "recover", str(db), str(new)], capture_output=True,
                            text=True, cwd=ROOT, env=ENV, timeout=300, preexec_fn=limited)
    line = one_error_line(result)
    assert line.startswith(f"clippings: error: I/O error on {new} (disk I/O error): this process may write no file "
                           "past 200000 bytes (ulimit -f)"), line
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news.db", "news.db.lock"]


def test_recover_keeps_the_full_text_index_s_settings(tmp_path: Path, demo_crawl: Any) -> None:
    """The full-text index's settings live in its shadow table (``articles_fts_config``:
    the ranking's weights, title 10 and description 4 over the body), which recover
    does not copy: the index made again ranked with SQLite's default weights, and
    ``clippings search`` on the recovered archive listed other stories first. They
    are copied; the search reads as on the archive."""
    new = tmp_path / "new.db"
    result = clippings("recover", str(demo_crawl.db), str(new))
    assert result.returncode == 0, result.stderr
    config = "SELECT k, v FROM articles_fts_config ORDER BY k"
    with closing(sqlite3.connect(demo_crawl.db)) as old_conn, closing(sqlite3.connect(new)) as new_conn:
        kept = old_conn.execute(config).fetchall()
        assert ("rank", "bm25(10.0, 4.0, 1.0)") in kept
        assert new_conn.execute(config).fetchall() == kept
    searches = [clippings("search", str(path), "the") for path in (demo_crawl.db, new)]
    assert searches[0].returncode == 0 and searches[0].stdout.strip(), searches[0].stderr
    assert searches[1].stdout == searches[0].stdout
