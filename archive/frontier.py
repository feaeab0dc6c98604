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

A URL whose fetch failed in a way that may pass (a network error, a timeout, a
5xx or a 429 after Scrapy's own retries: :attr:`FetchRecord.retry`) is
``failed``, not ``done``: the crawl that continues fetches it again, and the
crawls count its ``attempts``. Once it has failed in ``give_up`` crawls
(``CLIPPINGS_RESUME_ATTEMPTS``) it is ``done``: given up, as its last ``fetches``
row says, so a URL that never answers cannot keep a snapshot open forever.

Rows: ``crawl_id`` (the crawl that holds them now), ``url`` (as the request
asked, before redirects), ``state`` (``pending`` / ``failed`` / ``done``),
``meta`` (the request's depth, index hops, redirect chain: JSON), ``priority``
and ``attempts`` (the crawls whose fetch of it failed).
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

#: A URL found by the crawl: (url, meta as JSON text, priority).
Found = tuple[str, str, int]

#: The crawl's check of a row's meta: (what a request may carry, what is set aside).
MetaCheck = Callable[[dict[str, Any]], tuple[dict[str, Any], list[str]]]


#: The SQL function :func:`take_over` registers: a URL's key in :class:`DoneUrls`.
URL_KEY_FUNCTION = "clippings_url_key"


def url_key(url: str) -> int:
    """A URL's 64-bit key in :class:`DoneUrls`: Python's hash of the string
    (SipHash, seeded anew in each process, so nobody can pick URLs that collide;
    the same within one, which is all the keys live)."""
    return hash(url)


class DoneUrls:
    """The URLs a continued crawl took over as done, as a sorted array of their
    64-bit keys (:func:`url_key`): 8 bytes a URL, where a set of the URLs held
    about 105 (300,000 done URLs, as measured: 2.3 MB instead of 31.6 MB; the
    README and CHANGELOG give the same figures).

    Two URLs may share a key, so a key found is no proof: :attr:`confirm` asks the
    archive whether that URL's row is done, and only a yes answers yes. A
    collision costs a query, never a page. ``confirm`` reads the archive on the
    thread that asks (a SQLite connection is its thread's): :func:`take_over`
    binds the connection it was given, the crawl rebinds it to its own."""

    __slots__ = ("_keys", "confirm")

    def __init__(self, keys: array[int] | None = None, confirm: Callable[[str], bool] | None = None) -> None:
        self._keys: array[int] = keys if keys is not None else array("q")
        """Sorted ascending."""
        self.confirm = confirm
        """Whether the archive holds ``url`` as done; None: nothing can confirm a
        key found, so no URL is taken for done."""

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, url: object) -> bool:
        if not isinstance(url, str) or self.confirm is None:
            return False
        keys = self._keys
        key = url_key(url)
        found = bisect_left(keys, key)
        return found < len(keys) and keys[found] == key and self.confirm(url)


def is_done(conn: sqlite3.Connection, crawl_id: int, url: str) -> bool:
    """Whether crawl ``crawl_id``'s frontier holds ``url`` as done."""
    return conn.execute("SELECT 1 FROM frontier WHERE crawl_id = ? AND url = ? AND state = 'done'",
                        [crawl_id, url]).fetchone() is not None


def done_urls(conn: sqlite3.Connection, crawl_id: int) -> DoneUrls:
    """The done URLs of crawl ``crawl_id``'s frontier (:class:`DoneUrls`, confirmed
    on ``conn``): their keys computed and sorted by SQLite, read into the array
    one at a time (neither the URLs nor a list of their keys is ever held)."""
    conn.create_function(URL_KEY_FUNCTION, 1, lambda url: url_key(url) if isinstance(url, str) else None,
                         deterministic=True)
    keys: array[int] = array("q", (key for (key,) in conn.execute(
        f"SELECT {URL_KEY_FUNCTION}(url) AS key FROM frontier WHERE crawl_id = ? AND state = 'done' ORDER BY key",
        [crawl_id]) if key is not None))  # (None: a URL that is no text)
    return DoneUrls(keys, lambda url: is_done(conn, crawl_id, url))


def done_url_pages(conn: sqlite3.Connection, crawl_id: int, page: int = 5000) -> Iterator[list[str]]:
    """The done URLs of crawl ``crawl_id``'s frontier, ``page`` at a time (a
    distributed crawl marks them seen in Redis: its workers have no archive); a
    URL that is no text is left out."""
    cursor = conn.execute("SELECT url FROM frontier WHERE crawl_id = ? AND state = 'done'", [crawl_id])
    while rows := cursor.fetchmany(max(1, page)):
        yield [url for (url,) in rows if isinstance(url, str)]


@dataclass(slots=True)
class Resumed:
    """What a crawl takes over from the interrupted crawl of its seeds."""

    crawl_id: int
    """The crawl that held the frontier."""
    pending: int = 0
    """The URLs found and not yet done (read by :func:`taken_rows`, a page at a time)."""
    done: DoneUrls = field(default_factory=DoneUrls)
    """The URLs whose records the archive holds already (and those given up), as
    keys; empty when the crawl asks for none (:func:`take_over`'s ``done_keys``)."""
    done_count: int = 0
    """How many URLs are done."""
    retry: int = 0
    """The URLs found whose fetch failed, to fetch again (a seed that failed is not
    among them: it is asked again as one; a revisit, or any other URL never noted,
    that failed is, with no meta; a URL that failed in ``give_up`` crawls is in
    :attr:`done`)."""
    given_up: int = 0
    """The failed URLs not fetched again: they failed in ``give_up`` crawls."""


@dataclass(slots=True)
class Damage:
    """The damage :func:`taken_rows` found in the rows it read (an archive edited or
    written by something else)."""

    damaged: list[str] = field(default_factory=list)
    """A line for each damage found in a row: its URL and what is wrong; the first :data:`DAMAGE_LINES`."""
    damage: int = 0
    """The damages found, those past :data:`DAMAGE_LINES` among them."""
    left_out: int = 0
    """The damaged rows not fetched (their URL is none a crawl can ask for); the
    others are fetched, the damaged field set aside."""
    report: Callable[[Damage, str], None] | None = None
    """Told of each damage as it is found (the crawl logs and counts it)."""

    def note_damage(self, line: str, *, left_out: bool = False) -> None:
        self.damage += 1
        self.left_out += left_out
        if len(self.damaged) < DAMAGE_LINES:
            self.damaged.append(line)
        if self.report is not None:
            self.report(self, line)


#: The damaged rows named one by one (a frontier of a million damaged rows is
#: counted, not held in lines).
DAMAGE_LINES = 100


#: The priorities a crawl gives (its depth, breadth-first, and a few constants):
#: a row's priority outside them is damage, fetched at priority 0.
PRIORITY_RANGE = (-(2**31), 2**31)

#: How much of a damaged row's URL its line shows.
SHOWN_URL = 120


def _shown(url: object) -> str:
    text = repr(url)
    return text if len(text) <= SHOWN_URL else text[:SHOWN_URL - 1] + "…"


def url_problem(url: object, max_length: int) -> str | None:
    """Why ``url`` (a frontier row's) cannot be asked for, or None."""
    if not isinstance(url, str):
        return "not text"
    if max_length and len(url) > max_length:
        return f"{len(url)} characters, over the limit of {max_length} (URLLENGTH_LIMIT)"
    try:
        parts = urlsplit(url)
        http = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # a bracketed host that is no IPv6 address, a port that is no number
        http = False
    if not http or any(c.isspace() for c in url):
        return "not an http(s) URL"
    return None


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


def take_over(conn: sqlite3.Connection, key: str, crawl_id: int, give_up: int = 3, *,
              done_keys: bool = True) -> Resumed | None:
    """Move the frontier of the last crawl of ``key`` to ``crawl_id``; what it held
    (None when no crawl of ``key`` left one). A URL that failed in ``give_up``
    crawls (the setting lowered since) is given up: ``done``. The pending and
    failed rows are counted here and read by :func:`taken_rows`, a page at a time,
    as the crawl asks for them. The done URLs' keys (:class:`DoneUrls`) are built
    only with ``done_keys``: a distributed crawl's coordinator schedules no
    request to look up (it marks the done URLs seen in Redis, read page by page),
    and built them for nothing (8 bytes and a hash a URL). Call inside a transaction."""
    found = holders(conn, key)
    if not found:
        return None
    newest, older = found[0], found[1:]
    drop(conn, older)
    conn.execute("UPDATE frontier SET crawl_id = ? WHERE crawl_id = ?", [crawl_id, newest])
    resumed = Resumed(crawl_id=newest)
    given_up = conn.execute(
        "UPDATE frontier SET state = 'done', meta = NULL WHERE crawl_id = ? AND state = 'failed' AND attempts >= ?",
        [crawl_id, max(1, give_up)])
    resumed.given_up = given_up.rowcount
    # The done rows apart (most of a large frontier), as keys (:class:`DoneUrls`).
    if done_keys:
        resumed.done = done_urls(conn, crawl_id)
        resumed.done_count = len(resumed.done)
    else:
        resumed.done_count = int(conn.execute("SELECT count(*) FROM frontier WHERE crawl_id = ? AND state = 'done' "
                                              "AND typeof(url) = 'text'", [crawl_id]).fetchone()[0])
    # A failed row never noted (no meta) whose URL is a seed is asked as a seed, not
    # counted (as :func:`taken_rows` leaves it out): those rows are matched against
    # the seeds here, not in SQL (one variable per seed passed SQLite's limit, 32,766
    # on stock builds, with a long seed list).
    pending, noted = conn.execute(
        "SELECT sum(state = 'pending'), sum(state = 'failed' AND meta IS NOT NULL) FROM frontier "
        "WHERE crawl_id = ?", [crawl_id]).fetchone()
    seeds = _seeds_of(key)
    unnoted = sum(url not in seeds for (url,) in conn.execute(
        "SELECT url FROM frontier WHERE crawl_id = ? AND state = 'failed' AND meta IS NULL", [crawl_id]))
    resumed.pending, resumed.retry = int(pending or 0), int(noted or 0) + unnoted
    return resumed


#: The rows :func:`taken_rows` reads at once.
ROWS_PAGE = 500

#: A row's priority as the crawl asks for it (:func:`_taken`): a damaged one is 0.
_ORDER = (f"CASE WHEN typeof(priority) = 'integer' AND priority BETWEEN {int(PRIORITY_RANGE[0])} "
          f"AND {int(PRIORITY_RANGE[1])} THEN priority ELSE 0 END")


def snapshot_table(crawl_id: int) -> str:
    """The temporary table :func:`taken_rows` copies crawl ``crawl_id``'s rows to."""
    return f"temp.clippings_taken_{int(crawl_id)}"


def taken_rows(conn: sqlite3.Connection, crawl_id: int, key: str, damage: Damage, max_url_length: int = 2083,
               check_meta: MetaCheck | None = None,
               page: int = ROWS_PAGE) -> Generator[tuple[str, dict[str, Any], int], None, None]:
    """(url, meta, priority) of each pending and failed row crawl ``crawl_id`` took
    over (:func:`take_over`), the highest priority first (the shallowest pages: the
    crawl is breadth-first), a pending row before a failed one of the same
    priority; read ``page`` rows at a time, so a large frontier costs a page of
    memory, not its size. The order is a snapshot of the rows when this is
    called (a temporary table of ``conn``'s, dropped at the end), so rows the crawl
    adds meanwhile are not read. A damaged row (a URL that is none, or longer than
    ``max_url_length``; a priority that is no integer; meta that is no JSON object,
    or that ``check_meta`` finds damaged) is named in ``damage`` as it is read:
    left out when its URL is the damage, else taken with the damaged field set
    aside; the rows are left as they are. A failed row never noted (no meta) whose
    URL is a seed is left out: the crawl asks for it as a seed."""
    table = snapshot_table(crawl_id)
    conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute(f"CREATE TABLE {table} AS SELECT url, state, meta, priority FROM frontier "
                 f"WHERE crawl_id = ? AND state != 'done' ORDER BY {_ORDER} DESC, state = 'failed', url", [crawl_id])
    return _pages(conn, table, _seeds_of(key), damage, max_url_length, check_meta, max(1, page))


def _pages(conn: sqlite3.Connection, table: str, seeds: frozenset[str], damage: Damage, max_url_length: int,
           check_meta: MetaCheck | None, page: int) -> Generator[tuple[str, dict[str, Any], int], None, None]:
    last = 0
    try:
        while True:
            rows = conn.execute(f"SELECT rowid, url, state, meta, priority FROM {table} WHERE rowid > ? "
                                "ORDER BY rowid LIMIT ?", [last, page]).fetchall()
            if not rows:
                return
            for last, url, state, meta, priority in rows:  # noqa: B007 (last: where the next page starts)
                if state == "failed" and meta is None and url in seeds:  # never noted: asked again as a seed
                    continue
                taken = _taken(damage, url, meta, priority, max_url_length, check_meta)
                if taken is not None:
                    yield taken
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def _seeds_of(key: str) -> frozenset[str]:
    """The seeds of a :func:`crawl_key`."""
    try:
        seeds = json.loads(key)[0]
    except (ValueError, LookupError, TypeError):
        return frozenset()
    return frozenset(seed for seed in seeds if isinstance(seed, str)) if isinstance(seeds, list) else frozenset()


def _taken(damage: Damage, url: object, meta: object, priority: object, max_url_length: int,
           check_meta: MetaCheck | None) -> tuple[str, dict[str, Any], int] | None:
    """A pending or failed row as the crawl asks for it again, or None (left
    out); each damage named in ``damage``."""
    problem = url_problem(url, max_url_length)
    if problem is not None:
        damage.note_damage(f"URL {_shown(url)}: {problem}: left out", left_out=True)
        return None
    assert isinstance(url, str)
    found = []
    kept: Any = {}
    if meta is not None:
        try:
            kept = json.loads(meta) if isinstance(meta, str) else None
        except ValueError:
            kept = None
        if not isinstance(kept, dict):
            found.append(f"meta {_shown(meta)} is no JSON object: set aside")
            kept = {}
    if check_meta is not None and kept:
        kept, aside = check_meta(kept)
        if aside:
            found.append(f"{', '.join(aside)}: set aside")
    if not isinstance(priority, int) or not PRIORITY_RANGE[0] <= priority <= PRIORITY_RANGE[1]:
        found.append(f"priority {_shown(priority)} is no integer a crawl gives: fetched at priority 0")
        priority = 0
    if found:
        damage.note_damage(f"URL {_shown(url)}: {'; '.join(found)}")
    return url, kept, priority


#: Frontier rows whose ``crawl_id`` names no ``crawls`` row (deleted by hand or by
#: another program): no crawl's seeds are known for them, so none continues them.
ORPHANS = "crawl_id NOT IN (SELECT id FROM crawls)"


def drop_orphans(conn: sqlite3.Connection) -> int:
    """Delete the rows of no crawl (:data:`ORPHANS`), before a crawl is started: else
    a new crawl given the deleted row's id (SQLite reuses the highest) would hold
    them as its own. How many were deleted."""
    return conn.execute(f"DELETE FROM frontier WHERE {ORPHANS}").rowcount


def orphans(conn: sqlite3.Connection) -> int:
    """How many frontier rows are of no crawl (:data:`ORPHANS`)."""
    return int(conn.execute(f"SELECT count(*) FROM frontier WHERE {ORPHANS}").fetchone()[0])


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


def mark_failed(conn: sqlite3.Connection, crawl_id: int, urls: Iterable[str], give_up: int) -> int:
    """The URLs whose fetch failed in a way that may pass (their ``fetches`` row in
    the same transaction): ``failed``, one more attempt, ``done`` once they failed
    in ``give_up`` crawls; a URL done already stays done. How many crawls have
    failed to fetch them now (the most of the URLs'; 0 when all were done)."""
    urls = list(urls)
    give_up = max(1, give_up)
    conn.executemany(
        "INSERT INTO frontier (crawl_id, url, state, attempts) VALUES (?, ?, CASE WHEN ? <= 1 THEN 'done' "
        "ELSE 'failed' END, 1) ON CONFLICT (crawl_id, url) DO UPDATE SET attempts = attempts + 1, "
        "state = CASE WHEN attempts + 1 >= ? THEN 'done' ELSE 'failed' END WHERE state != 'done'",
        [[crawl_id, url, give_up, give_up] for url in urls])
    marks = ", ".join("?" * len(urls))
    row = conn.execute(f"SELECT max(attempts) FROM frontier WHERE crawl_id = ? AND url IN ({marks})",
                       [crawl_id, *urls]).fetchone()
    return int(row[0] or 0)


@dataclass(slots=True)
class Waiting:
    """What a crawl leaves for the next crawl of its seeds."""

    pending: int = 0
    """URLs found and not fetched."""
    failed: int = 0
    """URLs whose fetch failed, to fetch again."""

    def __bool__(self) -> bool:
        return bool(self.pending or self.failed)


def waiting(conn: sqlite3.Connection, crawl_id: int) -> Waiting:
    """What the crawl found and has not done."""
    return waiting_by_crawl(conn, crawl_id).get(crawl_id, Waiting())


def waiting_by_crawl(conn: sqlite3.Connection, crawl_id: int | None = None) -> dict[int, Waiting]:
    """Crawl id -> what it left, for each crawl that holds a frontier (or only
    ``crawl_id``); rows of no crawl (:func:`orphans`) left out."""
    where, params = ("WHERE crawl_id = ? ", [crawl_id]) if crawl_id is not None else (
        "WHERE crawl_id IN (SELECT id FROM crawls) ", [])
    return {int(crawl): Waiting(int(pending or 0), int(failed or 0)) for crawl, pending, failed in conn.execute(
        f"SELECT crawl_id, sum(state = 'pending'), sum(state = 'failed') FROM frontier {where}"
        "GROUP BY crawl_id ORDER BY crawl_id", params)}


def continued(conn: sqlite3.Connection, crawl_id: int, limit: int = 10_000) -> list[int]:
    """The crawls ``crawl_id`` continued, oldest first: the crawl its ``crawls`` row
    names as ``resumes``, the one that crawl resumed, and so on (one snapshot)."""
    chain: list[int] = []
    current = crawl_id
    while len(chain) < limit:
        row = conn.execute("SELECT settings FROM crawls WHERE id = ?", [current]).fetchone()
        try:
            settings = json.loads(row[0]) if row is not None and row[0] else {}
        except ValueError:
            break
        earlier = settings.get("resumes") if isinstance(settings, dict) else None
        if not isinstance(earlier, int) or earlier >= current:  # (older crawls only: no loop)
            break
        chain.append(earlier)
        current = earlier
    return chain[::-1]


def since_of(conn: sqlite3.Connection, crawl_id: int) -> str | None:
    """The ``--since`` of a crawl (part of what makes the next crawl continue it), or None."""
    row = conn.execute("SELECT settings FROM crawls WHERE id = ?", [crawl_id]).fetchone()
    try:
        settings = json.loads(row[0]) if row is not None and row[0] else {}
    except ValueError:
        return None
    since = settings.get("since") if isinstance(settings, dict) else None
    return since if isinstance(since, str) else None


def named(crawl_ids: list[int]) -> str:
    """Crawls as a summary names them: ``crawl 3``, ``crawls 2, 3``, ``the 12 crawls from crawl 1``."""
    if len(crawl_ids) == 1:
        return f"crawl {crawl_ids[0]}"
    if len(crawl_ids) <= 3:
        return "crawls " + ", ".join(str(crawl_id) for crawl_id in crawl_ids)
    return f"the {len(crawl_ids)} crawls from crawl {crawl_ids[0]}"
