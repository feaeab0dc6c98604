"""What a re-crawl asks the archive: validators for conditional requests,
whether a URL is already archived (for only-new runs), and which live articles
to check again (for snapshot runs)."""

from __future__ import annotations

import sqlite_utils

from crawler.urls import canonicalize_url

_VALIDATORS_SQL = (
    "SELECT v.etag, v.last_modified FROM validators v "
    "JOIN articles a ON a.canonical_url = v.canonical_url "
    "WHERE v.url = ? AND a.status = 'live'"
)
_ARCHIVED_SQL = (
    "SELECT 1 FROM articles WHERE canonical_url = ? OR url = ? "
    "UNION ALL SELECT 1 FROM fetches WHERE url = ? AND outcome IN ('stored', 'unchanged') LIMIT 1"
)


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
