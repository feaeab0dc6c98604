"""A fault reading the frontier a continued crawl took over (``pipelines/store.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from scrapy.exceptions import CloseSpider

from archive.frontier import crawl_key
from crawler.items import ARCHIVE_FAULT_REASON
from pipelines.store import ArchivePipeline


def test_a_frontier_that_cannot_be_read_closes_the_crawl_with_its_reason(tmp_path: Path) -> None:
    """The archive file replaced (here by a file that is no SQLite database) when
    the spider's ``start()`` opens the rows: the crawl closes with one line naming
    the frontier and the fault, its rows left for the next crawl. (Before, the
    SQLite error went up through ``start()``: Scrapy logged a traceback, went on
    from the seeds alone, and the summary said "stopped early", with the start
    error counted as a page "lost to errors".)"""
    db = tmp_path / "news.db"
    db.write_bytes(b"not a database, " * 512)
    pipeline = ArchivePipeline(str(db))
    with pytest.raises(CloseSpider) as raised:
        next(iter(pipeline.taken_rows(2, crawl_key(["http://127.0.0.1:1/"], None), 1)))
    reason = raised.value.reason
    assert reason.startswith(ARCHIVE_FAULT_REASON + "cannot read the frontier of crawl 1 from "), reason
    assert "news.db" in reason and reason.endswith("its pages wait for the next crawl of these seeds"), reason


def _frontier_file(path: Path, rows: int = 3) -> str:
    """An archive file (the two tables a take-over reads) whose crawl 2 holds
    ``rows`` pending frontier rows; the crawls' key."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE crawls (id INTEGER PRIMARY KEY, seeds TEXT, settings TEXT, status TEXT);"
        "CREATE TABLE frontier (crawl_id INTEGER, url TEXT, state TEXT, meta TEXT, priority INTEGER DEFAULT 0, "
        "attempts INTEGER DEFAULT 0, PRIMARY KEY (crawl_id, url));"
        """INSERT INTO crawls VALUES (1, '["https://x.example/"]', '{"since": null}', 'interrupted'),
                                    (2, '["https://x.example/"]', '{"since": null}', 'running');""")
    conn.executemany("INSERT INTO frontier (crawl_id, url, state) VALUES (2, ?, 'pending')",
                     [(f"https://x.example/{n}",) for n in range(rows)])
    conn.commit()
    conn.close()
    return crawl_key(["https://x.example/"], None)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """The read-only connections the archive pipeline opens from now on (real ones,
    kept to look at after the pipeline is done with them)."""
    import pipelines.store as store

    connections: list[sqlite3.Connection] = []
    real = store.connect_readonly

    def connect(path: str) -> sqlite3.Connection:
        connections.append(real(path))
        return connections[-1]

    monkeypatch.setattr(store, "connect_readonly", connect)
    return connections


@pytest.mark.parametrize("closed_by", ["feed", "pipeline"])
def test_the_rows_of_a_crawl_stopped_before_it_read_them_close_their_connection(
        tmp_path: Path, opened: list[sqlite3.Connection], closed_by: str) -> None:
    """A crawl stopped while its seeds were still asked (``--max-pages``, Ctrl-C):
    ``start()`` closes the rows it had not begun to read, or Scrapy abandons
    ``start()`` and the pipeline closes them when the spider closes. Their
    read-only connection is closed either way. (Before, the rows were a
    generator, whose close() does nothing before it is started: the connection
    and its snapshot table stayed open until garbage collection.)"""
    db = tmp_path / "news.db"
    key = _frontier_file(db)
    pipeline = ArchivePipeline(str(db))
    rows = pipeline.taken_rows(2, key, 1)
    assert len(opened) == 1
    assert opened[0].execute("SELECT count(*) FROM temp.clippings_taken_2").fetchone() == (3,)  # the snapshot
    if closed_by == "feed":
        rows.close()  # type: ignore[attr-defined]
    else:
        pipeline.close_spider()
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")
    rows.close()  # type: ignore[attr-defined]  # again: nothing to do
    assert list(rows) == []


def test_the_rows_read_to_their_end_close_their_connection(
        tmp_path: Path, opened: list[sqlite3.Connection]) -> None:
    db = tmp_path / "news.db"
    key = _frontier_file(db, rows=1200)  # more than a page of rows
    rows = ArchivePipeline(str(db)).taken_rows(2, key, 1)
    assert len(list(rows)) == 1200
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")


def test_a_fault_reading_the_rows_closes_their_connection_and_goes_to_the_fault() -> None:
    from collections.abc import Generator
    from typing import NoReturn

    from pipelines.store import TakenRows

    def rows() -> Generator[tuple[str, dict, int], None, None]:
        yield "https://x.example/a", {}, 0
        raise sqlite3.OperationalError("disk I/O error")

    def fault(exc: sqlite3.DatabaseError) -> NoReturn:
        raise CloseSpider(f"fault: {exc}")

    conn = sqlite3.connect(":memory:")
    feed = TakenRows(conn, rows(), fault, lambda exc: None)
    assert next(feed) == ("https://x.example/a", {}, 0)
    with pytest.raises(CloseSpider) as raised:
        next(feed)
    assert raised.value.reason == "fault: disk I/O error"
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
    assert list(feed) == []


def test_a_fault_dropping_the_snapshot_is_reported_and_the_connection_closed() -> None:
    from collections.abc import Generator
    from typing import NoReturn

    from pipelines.store import TakenRows

    def rows() -> Generator[tuple[str, dict, int], None, None]:
        try:
            yield "https://x.example/a", {}, 0
        finally:
            raise sqlite3.OperationalError("disk I/O error")  # as its DROP TABLE may

    def fault(exc: sqlite3.DatabaseError) -> NoReturn:
        raise AssertionError(exc)

    undropped: list[str] = []
    conn = sqlite3.connect(":memory:")
    feed = TakenRows(conn, rows(), fault, lambda exc: undropped.append(str(exc)))
    assert next(feed) == ("https://x.example/a", {}, 0)
    feed.close()  # read in part
    assert undropped == ["disk I/O error"]
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
