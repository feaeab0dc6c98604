"""The frontier of a crawl that has not reached its end: the ``frontier`` table.

A crawl (one process, ``crawler/frontier.py`` on the crawl's side) adds a
``pending`` row for every URL it schedules, and marks a URL ``done`` in the
transaction that stores the record of its fetch; the rows of the pages a stored
page links to are written no later than that page's record (in its transaction).
So whatever stops the crawl (Ctrl-C, ``--max-pages``, ``kill -9``, a power cut),
the archive holds every URL it found and had not finished, and every URL it
finished. The next crawl of the same seeds takes the rows over (they move to its
``crawls`` row) and continues: it fetches the pending URLs and none of the done
ones. A crawl that runs to its end deletes its rows: the next one is a new
snapshot, from the seeds.

Rows: ``crawl_id`` (the crawl that holds them now), ``url`` (as the request
asked, before redirects), ``state`` (``pending`` / ``done``), ``meta`` (the
request's depth, index hops, redirect chain: JSON) and ``priority``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

#: A URL found by the crawl: (url, meta as JSON text, priority).
Found = tuple[str, str, int]


@dataclass(slots=True)
class Resumed:
    """What a crawl takes over from the interrupted crawl of its seeds."""

    crawl_id: int
    """The crawl that held the frontier."""
    pending: list[tuple[str, dict[str, Any], int]] = field(default_factory=list)
    """(url, meta, priority) of each URL found and not yet done, the highest priority first."""
    done: set[str] = field(default_factory=set)
    """The URLs whose records the archive holds already."""


def crawl_key(seeds: Iterable[str], since: str | None) -> str:
    """What makes two crawls the same crawl: their seeds (in any order) and ``since``."""
    return json.dumps([sorted(set(seeds)), since])


def _key_of(seeds_json: str | None, settings_json: str | None) -> str | None:
    try:
        seeds = json.loads(seeds_json or "[]")
        settings = json.loads(settings_json or "{}")
    except ValueError:
        return None
    if not isinstance(seeds, list) or not isinstance(settings, dict):
        return None
    return crawl_key((str(seed) for seed in seeds), settings.get("since"))


def holders(conn: sqlite3.Connection, key: str) -> list[int]:
    """The crawls of ``key`` that hold a frontier, newest first (one, but for an
    archive whose crawls raced: the newest is taken, the others dropped)."""
    rows = conn.execute(
        "SELECT id, seeds, settings FROM crawls WHERE id IN (SELECT DISTINCT crawl_id FROM frontier) "
        "AND status != 'running' ORDER BY id DESC").fetchall()
    return [crawl_id for crawl_id, seeds, settings in rows if _key_of(seeds, settings) == key]


def take_over(conn: sqlite3.Connection, key: str, crawl_id: int) -> Resumed | None:
    """Move the frontier of the last crawl of ``key`` to ``crawl_id``; what it held
    (None when no crawl of ``key`` left one). Call inside a transaction."""
    found = holders(conn, key)
    if not found:
        return None
    newest, older = found[0], found[1:]
    drop(conn, older)
    conn.execute("UPDATE frontier SET crawl_id = ? WHERE crawl_id = ?", [crawl_id, newest])
    resumed = Resumed(crawl_id=newest)
    # The highest priority first (the shallowest pages: the crawl is breadth-first), as Scrapy would.
    for url, state, meta, priority in conn.execute(
            "SELECT url, state, meta, priority FROM frontier WHERE crawl_id = ? ORDER BY priority DESC, url",
            [crawl_id]):
        if state == "done":
            resumed.done.add(url)
        else:
            resumed.pending.append((url, _meta(meta), int(priority or 0)))
    return resumed


def _meta(text: str | None) -> dict[str, Any]:
    try:
        meta = json.loads(text or "{}")
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


def drop(conn: sqlite3.Connection, crawl_ids: Iterable[int]) -> None:
    """Delete the frontiers of ``crawl_ids``."""
    conn.executemany("DELETE FROM frontier WHERE crawl_id = ?", [[crawl_id] for crawl_id in crawl_ids])


def add_found(conn: sqlite3.Connection, crawl_id: int, found: Iterable[Found]) -> None:
    """``pending`` rows for URLs the crawl scheduled (a URL known already, pending
    or done, is left as it is)."""
    conn.executemany(
        "INSERT OR IGNORE INTO frontier (crawl_id, url, meta, priority) VALUES (?, ?, ?, ?)",
        [[crawl_id, url, meta, priority] for url, meta, priority in found])


def mark_done(conn: sqlite3.Connection, crawl_id: int, urls: Iterable[str]) -> None:
    """The URLs whose fetch's record is stored (in the same transaction)."""
    conn.executemany(
        "INSERT INTO frontier (crawl_id, url, state) VALUES (?, ?, 'done') "
        "ON CONFLICT (crawl_id, url) DO UPDATE SET state = 'done', meta = NULL",
        [[crawl_id, url] for url in urls])


def waiting(conn: sqlite3.Connection, crawl_id: int) -> int:
    """How many URLs the crawl found and has not done."""
    row = conn.execute("SELECT count(*) FROM frontier WHERE crawl_id = ? AND state = 'pending'",
                       [crawl_id]).fetchone()
    return int(row[0])


def waiting_by_crawl(conn: sqlite3.Connection) -> dict[int, int]:
    """Crawl id -> URLs it left pending, for each crawl that holds a frontier."""
    return {int(crawl_id): int(count) for crawl_id, count in conn.execute(
        "SELECT crawl_id, sum(state = 'pending') FROM frontier GROUP BY crawl_id ORDER BY crawl_id")}
