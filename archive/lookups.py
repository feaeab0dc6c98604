"""What the crawl and the commands ask the archive about a URL: which article it
stands for, its validators for conditional requests, whether it is already
archived (only-new runs), and which live articles to check again (snapshot runs)."""

from __future__ import annotations

import sqlite_utils

from crawler.urls import canonicalize_url

_RESOLVE_SQL = (
    "SELECT canonical_url FROM articles WHERE url = ? LIMIT 1",
    "SELECT v.canonical_url FROM validators v JOIN articles a "
    "ON a.canonical_url = v.canonical_url WHERE v.url = ?",
    "SELECT canonical_url FROM versions WHERE url = ? ORDER BY id DESC LIMIT 1",
)
_VALIDATORS_SQL = (
    "SELECT v.etag, v.last_modified FROM validators v "
    "JOIN articles a ON a.canonical_url = v.canonical_url "
    "WHERE v.url = ? AND a.status = 'live'"
)
_ARCHIVED_SQL = (
    "SELECT 1 FROM articles WHERE canonical_url = ? OR url = ? "
    "UNION ALL SELECT 1 FROM fetches WHERE url = ? AND outcome IN ('stored', 'unchanged') LIMIT 1"
)


def resolve_article(db: sqlite_utils.Database, url: str) -> str | None:
    """The ``canonical_url`` of the archived article a URL stands for, or None.

    Tries, in order: the URL as a canonical URL, its canonical form (fragment and
    tracking parameters dropped), an article last fetched at that URL, the
    validators kept for that URL, and any version fetched at that URL.
    """
    for candidate in dict.fromkeys((url, canonicalize_url(url))):
        if db.execute("SELECT 1 FROM articles WHERE canonical_url = ?", [candidate]).fetchone():
            return candidate
    for sql in _RESOLVE_SQL:
        row = db.execute(sql, [url]).fetchone()
        if row:
            return row[0]
    return None


def article_validators(db: sqlite_utils.Database, url: str) -> tuple[str | None, str | None] | None:
    """``(etag, last_modified)`` of a URL last answered as a live archived article, else None.

    Only article pages get conditional requests: a listing answered 304 would
    hide the links the crawl needs to follow.
    """
    for candidate in dict.fromkeys((url, canonicalize_url(url))):
        row = db.execute(_VALIDATORS_SQL, [candidate]).fetchone()
        if row is not None and (row[0] or row[1]):
            return row[0], row[1]
    return None


def is_archived(db: sqlite_utils.Database, url: str) -> bool:
    """True when the URL (or its canonical form) is an archived article's."""
    for candidate in dict.fromkeys((url, canonicalize_url(url))):
        if db.execute(_ARCHIVED_SQL, [candidate, candidate, candidate]).fetchone():
            return True
    return False


def live_article_urls(db: sqlite_utils.Database) -> list[str]:
    """Canonical URLs of the archive's live articles, oldest first seen first.

    A snapshot crawl requests them again even when no page links to them any
    more: that is how an article deleted from the site (404 / 410) is noticed
    and marked gone.
    """
    if not db["articles"].exists():
        return []
    return [row[0] for row in db.execute(
        "SELECT canonical_url FROM articles WHERE status = 'live' ORDER BY first_seen, canonical_url")]


def own_record(db: sqlite_utils.Database, canonical_url: str) -> tuple[str, str, str] | None:
    """``(canonical_url, title, body)`` of the article stored under ``canonical_url``
    when its latest version was fetched from that very URL (its own page said
    so), else None: a record stored from another page's claim proves nothing."""
    if not db["articles"].exists():
        return None
    row = db.execute("SELECT url, canonical_url, title, body FROM articles WHERE canonical_url = ?",
                     [canonical_url]).fetchone()
    if row is None or canonicalize_url(row[0]) != canonicalize_url(row[1]):
        return None
    return row[1], row[2] or "", row[3] or ""
