"""What every module that opens an archive file shares: the error for a file that
cannot be used as an archive, and the file SQLite opens for a path."""

from __future__ import annotations

import os
from pathlib import Path


class ArchiveError(Exception):
    """A file that cannot be used as an archive; the message names it and says why."""


def sqlite_file(path: str | Path) -> Path:
    """The file SQLite opens for ``path``: through a symbolic link, the file it leads
    to, beside which SQLite keeps the -wal, -journal and -shm (never beside the link)."""
    return Path(os.path.realpath(path))
