"""Writing to the archive: crawls, fetches, articles and their versions.

One :class:`ArchiveWriter` per crawl process. Every public method is one
transaction: an exception (or a crash) inside it leaves no partial rows.

Versions: an article's identity is its ``canonical_url``; a version's identity is
its ``content_hash`` (title + body). A stored record whose hash differs from the
article's *latest* version adds a version (so A -> B -> A gives three versions);
an equal hash only moves ``last_seen``. Metadata-only differences (tags, related
links, ``modified``) do not make a version, and neither does a truncated paywall
teaser of an article archived in full (``access``); see :meth:`ArchiveWriter.update_extraction`
to rewrite a version after a parser fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import frontier
from archive.db import committed_to_disk, configure_connection, open_archive
from archive.lookups import resolve_article
from archive.migrations import JSON_FIELDS, migrations
from crawler.items import ARTICLE_FIELDS, OUTCOMES, Article, content_hash, utc_now_iso

__all__ = ["ArchiveWriter", "Capture", "article_to_row", "row_to_article", "store_outcome"]

CRAWL_STATUSES = ("running", "finished", "interrupted", "failed")


@dataclass(frozen=True, kw_only=True)
class Capture:
    """Where the raw response of a version lies (a WARC record)."""

    warc_file: str
    warc_offset: int
    warc_record_id: str
    payload_digest: str | None = None


def store_outcome(result: str) -> tuple[str, str | None]:
    """The ``fetches`` outcome and reason for a :meth:`ArchiveWriter.store_article` result."""
    if result == "unchanged":
        return "unchanged", None
    if result == "teaser":
        return "unchanged", "truncated teaser of an article archived in full: no new version"
    if result == "partial":
        return "unchanged", "a multi-page story with a page missing, archived with all its pages: no new version"
    return "stored", f"{result} version"


def _latest_kept(article: Article, access: str | None, latest: Any) -> str | None:
    """Why the latest version (id, content_hash, access, provenance) stays the latest
    whatever this record says: ``teaser``, a paywall teaser of an article archived in
    full; ``partial``, a multi-page story whose later page failed this time (a 500, a
    timeout, the page limit) archived with all its pages. Neither is an edit: the
    article was seen. None: the record is compared as any."""
    if latest is None:
        return None
    if access == "truncated" and latest[2] != "truncated":
        return "teaser"
    if "pages_missing" in article.provenance and not _pages_missing(latest[3]):
        return "partial"
    return None


def _pages_missing(provenance: str | None) -> bool:
    """Whether a version's provenance (JSON text) says a page of its multi-page story was missing."""
    try:
        value = json.loads(provenance) if provenance else None
    except ValueError:  # a row edited by another program: read as complete
        return False
    return isinstance(value, dict) and "pages_missing" in value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def article_to_row(article: Article) -> dict[str, Any]:
    """Article -> column values (lists and dicts as JSON text), ``ARTICLE_FIELDS`` order.

    Fills ``content_hash`` when the record has none.
    """
    data = article.to_dict()
    if not data.get("content_hash"):
        data["content_hash"] = content_hash(article.title or "", article.body or "")
    return {
        name: (_json(data[name]) if name in JSON_FIELDS else data[name]) for name in ARTICLE_FIELDS
    }


def row_to_article(row: dict[str, Any]) -> Article:
    """A row of ``articles`` or ``versions`` -> Article (extra columns ignored)."""
    data = {}
    for name in ARTICLE_FIELDS:
        value = row.get(name)
        if name in JSON_FIELDS:
            value = json.loads(value) if value else ({} if name == "provenance" else [])
        data[name] = value
    data["body"] = data["body"] or ""
    data["word_count"] = data["word_count"] or 0
    data["fetched_at"] = data["fetched_at"] or ""
    data["content_hash"] = data["content_hash"] or ""
    return Article.from_dict(data)


_COLS = ", ".join(ARTICLE_FIELDS)
_MARKS = ", ".join("?" * len(ARTICLE_FIELDS))
_ARTICLE_INSERT = (
    f"INSERT INTO articles ({_COLS}, status, gone_since, first_seen, last_seen, version_count, "
    f"crawl_id) VALUES ({_MARKS}, 'live', NULL, ?, ?, 1, ?)"
)
_VERSION_INSERT = (
    f"INSERT INTO versions ({_COLS}, first_seen, last_seen, crawl_id, last_crawl_id, warc_file, "
    f"warc_offset, warc_record_id, payload_digest) VALUES ({_MARKS}, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# On a changed version every record field of the article row is rewritten
# (canonical_url is the key and stays).
_ARTICLE_FIELDS_NO_KEY = tuple(f for f in ARTICLE_FIELDS if f != "canonical_url")
_ARTICLE_SET = ", ".join(f"{f} = ?" for f in _ARTICLE_FIELDS_NO_KEY)


class ArchiveWriter:
    """All writes to an archive. Not thread-safe: one writer per thread."""

    def __init__(self, db: sqlite_utils.Database | str | Path):
        if isinstance(db, sqlite_utils.Database):
            if not db.conn.in_transaction:
                configure_connection(db)  # foreign keys, busy timeout
            if migrations.pending(db):
                migrations.apply(db)
            self.db = db
        else:
            self.db = open_archive(db)
        self._conn = self.db.conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes SQLite's write lock at its start (BEGIN
        IMMEDIATE), so the busy timeout applies while another program writes. A
        deferred one that has read first fails at once instead (SQLite will not let
        a reader wait to become a writer: a deadlock); nested: a savepoint."""
        if self._conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        committed = False
        try:
            yield
            self._conn.commit()
            committed = True
        finally:    # (an error or an interrupt leaves nothing half written; it goes on up)
            if not committed and self._conn.in_transaction:
                self._conn.rollback()

    # -- crawls ---------------------------------------------------------------

    def start_crawl(
        self, *, seeds: list[str], settings: dict, user_agent: str, started: str | None = None
    ) -> int:
        """Insert a ``running`` crawl; returns its id. Frontier rows of no crawl
        (:func:`frontier.drop_orphans`) are deleted first: none could continue them,
        and the new crawl may be given their id."""
        with self.transaction():
            if self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'frontier'").fetchone():
                frontier.drop_orphans(self._conn)
            cur = self._conn.execute(
                "INSERT INTO crawls (started, seeds, settings, user_agent, status) "
                "VALUES (?, ?, ?, ?, 'running')",
                [started or utc_now_iso(), _json(list(seeds)), _json(settings), user_agent],
            )
            assert cur.lastrowid is not None
            return cur.lastrowid

    def finish_crawl(
        self, crawl_id: int, *, stats: dict, status: str = "finished", finished: str | None = None
    ) -> None:
        """Close a crawl: ``finished`` time, ``stats`` JSON, ``finished`` or ``failed``."""
        if status not in CRAWL_STATUSES:
            raise ValueError(f"crawl status must be one of {CRAWL_STATUSES}, not {status!r}")
        with self.transaction():
            cur = self._conn.execute(
                "UPDATE crawls SET finished = ?, stats = ?, status = ? WHERE id = ?",
                [finished or utc_now_iso(), _json(stats), status, crawl_id],
            )
            if cur.rowcount != 1:
                raise KeyError(f"no crawl {crawl_id}")
        committed_to_disk(self.db)  # the crawl, as its row says, on disk before it is reported

    # -- the frontier of an unfinished crawl (archive/frontier.py) -----------------

    def take_over_frontier(self, crawl_id: int, key: str, *, resume: bool = True,
                           give_up: int = 3, done_keys: bool = True) -> frontier.Resumed | None:
        """Give crawl ``crawl_id`` the frontier the last crawl of ``key`` left (its
        ``crawls`` row's settings then name that crawl as ``resumes``); with
        ``resume`` false, drop it instead: this crawl starts anew. A URL that failed
        in ``give_up`` crawls is not fetched again (:func:`frontier.take_over`; the
        rows are read by :func:`frontier.taken_rows`)."""
        with self.transaction():
            if not resume:
                frontier.drop(self._conn, frontier.holders(self._conn, key))
                return None
            resumed = frontier.take_over(self._conn, key, crawl_id, give_up, done_keys=done_keys)
            if resumed is not None:
                row = self._conn.execute("SELECT settings FROM crawls WHERE id = ?", [crawl_id]).fetchone()
                settings = json.loads(row[0]) if row is not None and row[0] else {}
                settings["resumes"] = resumed.crawl_id
                self._conn.execute("UPDATE crawls SET settings = ? WHERE id = ?", [_json(settings), crawl_id])
            return resumed

    def frontier_found(self, crawl_id: int, found: list[frontier.Found]) -> None:
        """``pending`` rows for URLs the crawl scheduled."""
        if found:
            with self.transaction():
                frontier.add_found(self._conn, crawl_id, found)

    def frontier_done(self, crawl_id: int, urls: list[str] | tuple[str, ...]) -> None:
        """The URLs whose fetch's record is stored: call in the record's transaction."""
        if urls:
            with self.transaction():
                frontier.mark_done(self._conn, crawl_id, urls)

    def frontier_failed(self, crawl_id: int, urls: list[str] | tuple[str, ...], give_up: int) -> int:
        """The URLs whose fetch failed and may be fetched again (:func:`frontier.mark_failed`):
        call in the record's transaction; the crawls that failed to fetch them now."""
        if not urls:
            return 0
        with self.transaction():
            return frontier.mark_failed(self._conn, crawl_id, urls, give_up)

    def drop_frontier(self, crawl_id: int) -> None:
        """The crawl ran to its end: the next one is a new snapshot."""
        with self.transaction():
            frontier.drop(self._conn, [crawl_id])

    def frontier_waiting(self, crawl_id: int) -> frontier.Waiting:
        return frontier.waiting(self._conn, crawl_id)

    # -- fetches and validators -----------------------------------------------

    def record_fetch(
        self,
        crawl_id: int,
        *,
        url: str,
        outcome: str,
        status: int | None = None,
        reason: str | None = None,
        bytes: int | None = None,
        elapsed_ms: float | None = None,
        canonical_url: str | None = None,
        fetched_at: str | None = None,
        page_kind: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        content_type: str | None = None,
    ) -> None:
        """Log one fetch. Also keeps ``validators`` for the next crawl's conditional
        requests: a 200 with an ETag or Last-Modified stores them, a 304 refreshes
        ``checked_at``, a 404 / 410 forgets them."""
        if outcome not in OUTCOMES:
            raise ValueError(f"fetch outcome must be one of {OUTCOMES}, not {outcome!r}")
        fetched_at = fetched_at or utc_now_iso()
        with self.transaction():
            self._conn.execute(
                "INSERT INTO fetches (crawl_id, url, canonical_url, status, bytes, elapsed_ms, "
                "fetched_at, outcome, reason, etag, last_modified, content_type, page_kind) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [crawl_id, url, canonical_url, status, bytes, elapsed_ms, fetched_at, outcome,
                 reason, etag, last_modified, content_type, page_kind],
            )
            if status == 200 and (etag or last_modified):
                self._conn.execute(
                    "INSERT INTO validators (url, etag, last_modified, canonical_url, status, "
                    "checked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    "etag = excluded.etag, last_modified = excluded.last_modified, "
                    "canonical_url = coalesce(excluded.canonical_url, validators.canonical_url), "
                    "status = excluded.status, checked_at = excluded.checked_at",
                    [url, etag, last_modified, canonical_url, status, fetched_at],
                )
            elif status == 304:
                # A 304 may carry fresh validators (RFC 9110 15.4.5): keep the newest.
                self._conn.execute(
                    "UPDATE validators SET checked_at = ?, status = 304, etag = coalesce(?, etag), "
                    "last_modified = coalesce(?, last_modified) WHERE url = ?",
                    [fetched_at, etag, last_modified, url],
                )
            elif status in (404, 410):
                self._conn.execute("DELETE FROM validators WHERE url = ?", [url])

    def canonical_for(self, url_or_canonical: str) -> str | None:
        """The ``canonical_url`` of the archived article a URL stands for, or None
        (see :func:`archive.lookups.resolve_article`)."""
        return resolve_article(self.db, url_or_canonical)

    # -- articles -------------------------------------------------------------

    def store_article(
        self, article: Article, crawl_id: int, *, capture: Capture | None = None
    ) -> str:
        """Store an extracted record; returns ``'new'``, ``'changed'``, ``'unchanged'`` or
        ``'teaser'`` (a truncated paywall teaser of an article whose latest version
        is not truncated: no version is added, the article's ``last_seen`` moves) or
        ``'partial'`` (a multi-page story with a page missing whose latest version has
        them all: the same).

        A gone article seen again is live again (whatever the result).
        """
        row = article_to_row(article)
        key = row["canonical_url"]
        if not key:
            raise ValueError("article has no canonical_url")
        seen = article.fetched_at or utc_now_iso()
        values = [row[f] for f in ARTICLE_FIELDS]
        evidence = (
            [capture.warc_file, capture.warc_offset, capture.warc_record_id, capture.payload_digest]
            if capture else [None, None, None, None]
        )
        conn = self._conn
        with self.transaction():
            existing = conn.execute(
                "SELECT 1 FROM articles WHERE canonical_url = ?", [key]
            ).fetchone()
            if existing is None:
                conn.execute(_ARTICLE_INSERT, [*values, seen, seen, crawl_id])
                conn.execute(_VERSION_INSERT, [*values, seen, seen, crawl_id, crawl_id, *evidence])
                self._write_children(key, article)
                return "new"
            latest = conn.execute(
                "SELECT id, content_hash, access, provenance FROM versions WHERE canonical_url = ? "
                "ORDER BY id DESC LIMIT 1",
                [key],
            ).fetchone()
            kept = _latest_kept(article, row["access"], latest)
            if kept:
                self._seen_again(key, seen, crawl_id)
                return kept
            if latest is not None and latest[1] == row["content_hash"]:
                conn.execute(
                    "UPDATE versions SET last_seen = max(last_seen, ?), last_crawl_id = ?, "
                    "warc_file = coalesce(warc_file, ?), warc_offset = coalesce(warc_offset, ?), "
                    "warc_record_id = coalesce(warc_record_id, ?), "
                    "payload_digest = coalesce(payload_digest, ?) WHERE id = ?",
                    [seen, crawl_id, *evidence, latest[0]],
                )
                self._seen_again(key, seen, crawl_id)
                return "unchanged"
            conn.execute(_VERSION_INSERT, [*values, seen, seen, crawl_id, crawl_id, *evidence])
            conn.execute(
                f"UPDATE articles SET {_ARTICLE_SET}, status = 'live', gone_since = NULL, "
                "last_seen = max(last_seen, ?), version_count = version_count + 1, crawl_id = ? "
                "WHERE canonical_url = ?",
                [row[f] for f in _ARTICLE_FIELDS_NO_KEY] + [seen, crawl_id, key],
            )
            self._write_children(key, article)
            return "changed"

    def _seen_again(self, key: str, seen: str, crawl_id: int) -> None:
        """The article was seen (and is live) without a new version."""
        self._conn.execute(
            "UPDATE articles SET last_seen = max(last_seen, ?), crawl_id = ?, "
            "status = 'live', gone_since = NULL WHERE canonical_url = ?",
            [seen, crawl_id, key],
        )

    def _write_children(self, key: str, article: Article) -> None:
        """Rewrite ``article_authors`` and ``related_links`` of an article."""
        conn = self._conn
        conn.execute("DELETE FROM article_authors WHERE canonical_url = ?", [key])
        for position, name in enumerate(dict.fromkeys(a for a in article.authors if a)):
            conn.execute("INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
                         [name])
            (author_id,) = conn.execute("SELECT id FROM authors WHERE name = ?", [name]).fetchone()
            conn.execute(
                "INSERT INTO article_authors (canonical_url, author_id, position) VALUES (?, ?, ?)",
                [key, author_id, position],
            )
        conn.execute("DELETE FROM related_links WHERE canonical_url = ?", [key])
        conn.executemany(
            "INSERT INTO related_links (canonical_url, position, url, title, section, published, "
            "summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (key, position, link.url, link.title, link.section, link.published, link.summary)
                for position, link in enumerate(article.related)
            ],
        )

    def touch_article(self, canonical_url: str, crawl_id: int, seen_at: str) -> bool:
        """A 304 Not Modified: the latest version is still current. Moves
        ``last_seen`` (and revives a gone article). False when not archived."""
        with self.transaction():
            key = self.canonical_for(canonical_url)
            if key is None:
                return False
            self._conn.execute(
                "UPDATE versions SET last_seen = max(last_seen, ?), last_crawl_id = ? WHERE id = "
                "(SELECT id FROM versions WHERE canonical_url = ? ORDER BY id DESC LIMIT 1)",
                [seen_at, crawl_id, key],
            )
            self._conn.execute(
                "UPDATE articles SET last_seen = max(last_seen, ?), crawl_id = ?, status = 'live', "
                "gone_since = NULL WHERE canonical_url = ?",
                [seen_at, crawl_id, key],
            )
            return True

    def mark_gone(self, url_or_canonical: str, crawl_id: int, when: str) -> bool:
        """A 404 / 410: the article is ``gone`` since ``when`` (kept if already gone).
        Nothing is deleted. False when no archived article matches the URL."""
        with self.transaction():
            key = self.canonical_for(url_or_canonical)
            if key is None:
                return False
            self._conn.execute(
                "UPDATE articles SET status = 'gone', gone_since = coalesce(gone_since, ?), "
                "crawl_id = ? WHERE canonical_url = ?",
                [when, crawl_id, key],
            )
            return True

    def update_extraction(self, version_id: int, article: Article) -> bool:
        """Re-extraction from a stored capture: rewrite version ``version_id``'s record
        fields with ``article``'s when they differ (and the article row's when it is
        the latest version). Never adds a version. Returns whether anything changed.

        The version keeps its ``canonical_url`` (its identity) and its ``fetched_at``;
        ``content_hash`` is recomputed from the new title and body.
        """
        conn = self._conn
        with self.transaction():
            cur = conn.execute("SELECT * FROM versions WHERE id = ?", [version_id])
            found = cur.fetchone()
            if found is None:
                raise KeyError(f"no version {version_id}")
            old = dict(zip([d[0] for d in cur.description], found, strict=False))
            new = article_to_row(article)
            new["content_hash"] = content_hash(article.title or "", article.body or "")
            new["canonical_url"] = old["canonical_url"]
            new["fetched_at"] = old["fetched_at"]
            changed = [f for f in ARTICLE_FIELDS if new[f] != old[f]]
            if not changed:
                return False
            conn.execute(
                "UPDATE versions SET {} WHERE id = ?".format(", ".join(f"{f} = ?" for f in changed)),
                [new[f] for f in changed] + [version_id],
            )
            if "body" in changed:  # its near-duplicate signature is recomputed next time
                from archive.clusters import forget_signature  # (datasketch: only when a body changed)

                forget_signature(conn, version_id)
            elif "title" in changed or "site" in changed:  # the same group: its cluster's title and sites follow
                from archive.clusters import follow_site, follow_title

                if "title" in changed:
                    follow_title(conn, version_id)
                if "site" in changed:
                    follow_site(conn, version_id)
            (latest_id,) = conn.execute(
                "SELECT max(id) FROM versions WHERE canonical_url = ?", [old["canonical_url"]]
            ).fetchone()
            if latest_id == version_id:
                conn.execute(
                    "UPDATE articles SET {} WHERE canonical_url = ?".format(
                        ", ".join(f"{f} = ?" for f in changed)
                    ),
                    [new[f] for f in changed] + [old["canonical_url"]],
                )
                self._write_children(old["canonical_url"], article)
            return True
