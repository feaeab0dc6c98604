"""``recover`` copies a table without rowid (the archive's ``frontier``,
``minhash_bands``) past its damaged stretches: it was read in its key's order up to
its first damage, every later row left out ("after its first 178 rows"), however
many sound pages followed. Real SQLite files, leaves overwritten as a disk fault
does; the rows lost are those of the overwritten leaves (a key b-tree keeps rows
in its inner pages too: those are read)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from archive.recover import copy_keyed_table

TABLE = ("CREATE TABLE frontier (crawl_id INTEGER NOT NULL, url TEXT NOT NULL, meta TEXT, "
         "PRIMARY KEY (crawl_id, url)) WITHOUT ROWID")
KEYS = [(1 + index // 300, f"https://news.example/{index:04d}") for index in range(1000)]


def in_key_order(conn: sqlite3.Connection, path: str = "/") -> Iterator[tuple[int | None, int]]:
    """The table's pages in its key's order: (a leaf's page number, its rows), and
    (None, 1) for each row an inner page keeps between two children."""
    pages = {row[0]: row[1:] for row in conn.execute(
        "SELECT path, pageno, pagetype, ncell FROM dbstat WHERE name = 'frontier'")}
    pageno, kind, cells = pages[path]
    if kind == "leaf":
        yield pageno, cells
        return
    for child in range(cells + 1):
        yield from in_key_order(conn, f"{path}{child:03x}/")
        if child < cells:
            yield None, 1


def damaged_table(path: Path, bad: list[int]) -> set[tuple[int, str]]:
    """The table, its leaves numbered ``bad`` (in key order) overwritten; their keys."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute(TABLE)
        conn.executemany("INSERT INTO frontier VALUES (?, ?, ?)", [(*key, "m" * 150) for key in KEYS])
        conn.commit()
        order = list(in_key_order(conn))
    leaves, first = [], 0
    for pageno, cells in order:
        if pageno is not None:
            leaves.append((pageno, KEYS[first:first + cells]))
        first += cells
    assert first == len(KEYS) and len(leaves) > 20
    lost: set[tuple[int, str]] = set()
    with open(path, "r+b") as file:
        for index in bad:
            file.seek((leaves[index][0] - 1) * 4096)
            file.write(random.Random(index).randbytes(4096))
            lost.update(leaves[index][1])
    return lost


@pytest.mark.parametrize("bad", [[4], [2, 9], [3, 5, 7], [0], [-1], [1, 12], [6, 25], [0, 12], [0, 4], [3, -1], [0, 8, -1], [14, 19]])
def test_a_table_without_rowid_is_copied_past_its_damaged_stretches(tmp_path: Path, bad: list[int]) -> None:
    lost = damaged_table(tmp_path / "damaged.db", bad)
    with closing(sqlite3.connect(tmp_path / "damaged.db")) as source, closing(sqlite3.connect(":memory:")) as target:
        target.execute(TABLE)
        done = copy_keyed_table(source, target, "frontier")
        copied = target.execute("SELECT crawl_id, url FROM frontier ORDER BY crawl_id, url").fetchall()
    assert copied == [key for key in KEYS if key not in lost], done.line()
    assert done.rows == len(copied)
    # each damaged stretch named by the copied keys around it
    names, stretch_start = [], None
    for at, key in enumerate(KEYS):
        if key in lost and (at == 0 or KEYS[at - 1] not in lost):
            stretch_start = KEYS[at - 1] if at else None
        if key in lost and (at + 1 == len(KEYS) or KEYS[at + 1] not in lost):
            after = KEYS[at + 1] if at + 1 < len(KEYS) else None
            names.append("rows before key " + repr(after) if stretch_start is None else
                         "rows after key " + repr(stretch_start) if after is None else
                         f"rows between keys {stretch_start!r} and {after!r}")
    assert done.left_out == names, done.line()


def test_a_key_that_sorts_otherwise_is_read_up_to_its_damage(tmp_path: Path) -> None:
    """A key column in descending order: seeks on it are not made; the rows before
    the damage are copied, the rest named, as before."""
    path = tmp_path / "damaged.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("CREATE TABLE t (k INTEGER NOT NULL, v TEXT, PRIMARY KEY (k DESC)) WITHOUT ROWID")
        conn.executemany("INSERT INTO t VALUES (?, ?)", [(k, "v" * 200) for k in range(500)])
        conn.commit()
        (pageno,) = conn.execute("SELECT pageno FROM dbstat WHERE name = 't' AND pagetype = 'leaf' "
                                 "ORDER BY path LIMIT 1 OFFSET 5").fetchone()
    with open(path, "r+b") as file:
        file.seek((pageno - 1) * 4096)
        file.write(random.Random(1).randbytes(4096))
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(":memory:")) as target:
        target.execute("CREATE TABLE t (k INTEGER NOT NULL, v TEXT, PRIMARY KEY (k DESC)) WITHOUT ROWID")
        done = copy_keyed_table(source, target, "t")
    assert 0 < done.rows < 500 and len(done.left_out) == 1, done.line()
    assert done.left_out[0].startswith(f"after its first {done.rows} rows ("), done.line()


def test_two_damaged_leaves_side_by_side_lose_the_row_between(tmp_path: Path) -> None:
    """The row an inner page keeps between two damaged leaves is found only by a
    seek to its very key: it is left out with them, every other row copied."""
    lost = damaged_table(tmp_path / "damaged.db", [9, 10])
    with closing(sqlite3.connect(tmp_path / "damaged.db")) as source, closing(sqlite3.connect(":memory:")) as target:
        target.execute(TABLE)
        done = copy_keyed_table(source, target, "frontier")
        copied = target.execute("SELECT crawl_id, url FROM frontier ORDER BY crawl_id, url").fetchall()
    expected = [key for key in KEYS if key not in lost]
    assert len(copied) == len(expected) - 1 and set(copied) < set(expected), done.line()
    assert len(done.left_out) == 1 and done.left_out[0].startswith("rows between keys "), done.line()
