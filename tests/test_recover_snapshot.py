"""``clippings recover`` reads the archive as of one moment, and copies every table
of the user's. Each query was a read of its own: a crawl writing meanwhile gave a
mixed copy (a table copied before a transaction, the next one after it: a fetch
row without its article). A virtual table's shadow tables were told by their name's
prefix: a table of the user's named ``articles_fts_notes`` was left out. Real
archives, a real writer on another connection."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from archive.recover import recover
from tests.conftest import clippings
from tests.test_cli_faults import imported_one_article

PAIRS = 60_000


def test_a_writer_meanwhile_gives_no_mixed_copy(tmp_path: Path) -> None:
    """The writer adds a row to ``left`` and one to ``right`` in each transaction, as
    recover copies ``left`` then ``right``: the copy holds the same rows in both."""
    db = imported_one_article(tmp_path / "news.db", "one.warc.gz")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE left_rows (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE TABLE right_rows (id INTEGER PRIMARY KEY, body TEXT)")
        for table in ("left_rows", "right_rows"):
            conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", [(n, "x" * 100) for n in range(PAIRS)])
    stop, committed = threading.Event(), [0]

    def write() -> None:
        with closing(sqlite3.connect(db, isolation_level=None)) as writer:
            next_id = PAIRS
            while not stop.is_set():
                writer.execute("BEGIN IMMEDIATE")
                writer.execute("INSERT INTO left_rows VALUES (?, 'new')", [next_id])
                writer.execute("INSERT INTO right_rows VALUES (?, 'new')", [next_id])
                writer.execute("COMMIT")
                next_id += 1
                committed[0] += 1

    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    thread = threading.Thread(target=write)
    thread.start()
    try:
        while committed[0] < 10:
            stop.wait(0.01)
        before = committed[0]
        lines = recover(db, tmp_path / "new.db")
        during = committed[0] - before
    finally:
        stop.set()
        thread.join()
    assert during > 0  # (the writer went on as recover read)
    with closing(sqlite3.connect(tmp_path / "new.db")) as conn:
        left = [row[0] for row in conn.execute("SELECT id FROM left_rows ORDER BY id")]
        right = [row[0] for row in conn.execute("SELECT id FROM right_rows ORDER BY id")]
    assert left == right, (len(left), len(right), lines)
    assert left == list(range(len(left))) and len(left) >= PAIRS


def test_a_table_named_like_a_shadow_table_is_copied(tmp_path: Path) -> None:
    db = imported_one_article(tmp_path / "news.db", "one.warc.gz")
    with closing(sqlite3.connect(db)) as conn, conn:
        kinds = dict(conn.execute("SELECT name, type FROM pragma_table_list"))
        assert kinds["articles_fts"] == "virtual" and kinds["articles_fts_data"] == "shadow"
        conn.execute("CREATE TABLE articles_fts_notes (article_id INTEGER, note TEXT)")
        conn.execute("INSERT INTO articles_fts_notes VALUES (1, 'check the byline')")
    new = tmp_path / "new.db"
    result = clippings("recover", str(db), str(new))
    assert result.returncode == 0, result.stderr
    assert "articles_fts_notes: 1 row" in result.stdout.splitlines(), result.stdout
    with closing(sqlite3.connect(new)) as conn:
        assert conn.execute("SELECT * FROM articles_fts_notes").fetchall() == [(1, "check the byline")]
        # the full-text index's own tables made with it, once, and its search working
        kinds = dict(conn.execute("SELECT name, type FROM pragma_table_list"))
        assert kinds["articles_fts_data"] == "shadow"
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
