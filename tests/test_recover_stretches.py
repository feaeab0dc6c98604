"""``recover`` copies every row SQLite can read around a damaged stretch. The row
just before one was lost and named unreadable: Python's sqlite3 steps a cursor one
row ahead of the row it hands out, so the step into the damaged page raised before
the last readable row came out ("left out: rowids 80-84" for a damaged page holding
81-84). Real SQLite files, pages overwritten as a disk fault does."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from archive.recover import copy_rowid_table

TABLE = "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)"


def damaged_table(path: Path, bad: list[int]) -> list[tuple[int, int]]:
    """A table of 1,000 rows (about four a page) whose leaves number ``bad`` (in rowid
    order) are overwritten; their rowid ranges."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute(TABLE)
        conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, "x" * 1000) for i in range(1, 1001)])
        conn.commit()
        leaves = conn.execute("SELECT pageno, ncell FROM dbstat WHERE name = 't' AND pagetype = 'leaf' "
                              "ORDER BY path").fetchall()
    ranges, first = [], 1
    for pageno, cells in leaves:
        ranges.append((pageno, first, first + cells - 1))
        first += cells
    with open(path, "r+b") as file:
        for index in bad:
            file.seek((ranges[index][0] - 1) * 4096)
            file.write(random.Random(index).randbytes(4096))
    return [(low, high) for _, low, high in (ranges[index] for index in bad)]


@pytest.mark.parametrize("bad", [[20], [20, 22], [0, 40], [20, 21, 30]])
def test_every_readable_row_around_a_damaged_page_is_copied(tmp_path: Path, bad: list[int]) -> None:
    lost = damaged_table(tmp_path / "damaged.db", bad)
    with closing(sqlite3.connect(tmp_path / "damaged.db")) as source, closing(sqlite3.connect(":memory:")) as target:
        target.execute(TABLE)
        done = copy_rowid_table(source, target, "t")
        copied = [row[0] for row in target.execute("SELECT id FROM t ORDER BY id")]
    unreadable = {rowid for low, high in lost for rowid in range(low, high + 1)}
    assert copied == [rowid for rowid in range(1, 1001) if rowid not in unreadable], done.line()
    assert done.rows == len(copied)
    stretches: list[tuple[int, int]] = []  # (adjacent damaged pages are one stretch)
    for low, high in lost:
        if stretches and stretches[-1][1] + 1 == low:
            stretches[-1] = (stretches[-1][0], high)
        else:
            stretches.append((low, high))
    assert done.left_out == [f"rowids {low}-{high}" if low > 1 else f"rowids up to {high}" for low, high in stretches]
