"""The SQLite archive: schema, writer, queries, exports and the Datasette front end.

    db = open_archive(path)          # creates / migrates; WAL and foreign keys on
    writer = ArchiveWriter(db)

No Scrapy import anywhere in this package: it only knows :mod:`crawler.items`.
"""

from __future__ import annotations

from archive.db import BUSY_TIMEOUT_MS, configure_connection, open_archive
from archive.writer import ArchiveWriter, Capture

__all__ = ["BUSY_TIMEOUT_MS", "ArchiveWriter", "Capture", "configure_connection", "open_archive"]
