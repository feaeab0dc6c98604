"""The SQLite archive: schema, writer, queries, exports and the Datasette front end.

    db = open_archive(path)          # creates / migrates; WAL and foreign keys on
    db = open_readonly(path)         # reads an existing archive, changes nothing
    writer = ArchiveWriter(db)

No Scrapy import anywhere in this package: it only knows :mod:`crawler.items`.
"""

from __future__ import annotations

from archive.db import (
    BUSY_TIMEOUT_MS,
    ArchiveBusy,
    ArchiveError,
    configure_connection,
    open_archive,
    open_readonly,
    writer_lock,
)
from archive.writer import ArchiveWriter, Capture

__all__ = [
    "BUSY_TIMEOUT_MS", "ArchiveBusy", "ArchiveError", "ArchiveWriter", "Capture",
    "configure_connection", "open_archive", "open_readonly", "writer_lock",
]
