"""Opening an archive file: migrations, WAL, foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from archive import migrations

#: How long a writer waits for another connection's write lock before failing.
BUSY_TIMEOUT_MS = 10_000


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating it and its parent directories if needed) an archive file.

    Applies pending migrations, turns on WAL mode, foreign keys and a busy
    timeout. Safe to call any number of times on the same file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    configure_connection(db)
    db.enable_wal()
    try:
        migrations.apply(db)
    except sqlite3.OperationalError:
        # Another process migrated the same new file at the same moment
        # ("table ... already exists"): fine if nothing is left to apply.
        if migrations.migrations.pending(db):
            raise
    return db


def configure_connection(db: sqlite_utils.Database) -> None:
    """Per-connection settings: these PRAGMAs are not stored in the file."""
    db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.conn.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL never corrupts the file; a power cut may lose the last
    # committed transactions, which a re-crawl fetches again.
    db.conn.execute("PRAGMA synchronous = NORMAL")

