"""What every module that opens an archive file shares: the error for a file that
cannot be used as an archive, and the file SQLite opens for a path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path


class ArchiveError(Exception):
    """A file that cannot be used as an archive; the message names it and says why."""


#: Within one command (:func:`resolved_once`), each path's :func:`sqlite_file`, by
#: the path joined to the working folder (its ".." kept: they are resolved after
#: the links before them, as SQLite does); None outside one (each call resolves anew).
_RESOLVED: ContextVar[dict[str, Path] | None] = ContextVar("_RESOLVED", default=None)


@contextmanager
def resolved_once() -> Iterator[None]:
    """For the block (one command), :func:`sqlite_file` resolves each path once: the
    checks, holds, lock and connections of the command all name the same file, even
    with its symbolic link pointed elsewhere meanwhile (SQLite's open connection
    stays on the file it opened), and the links are not followed again at each check."""
    token = _RESOLVED.set({})
    try:
        yield
    finally:
        _RESOLVED.reset(token)


@contextmanager
def resolved_anew() -> Iterator[None]:
    """For the block, :func:`sqlite_file` follows the path's links at each call, even
    within :func:`resolved_once`: a server's life past its command's checks (its
    connections open the path anew, a link pointed elsewhere meanwhile leads them
    to the new file, and what it reads beside the archive must be beside that one)."""
    token = _RESOLVED.set(None)
    try:
        yield
    finally:
        _RESOLVED.reset(token)


def sqlite_file(path: str | Path) -> Path:
    """The file SQLite opens for ``path``: through a symbolic link, the file it leads
    to, beside which SQLite keeps the -wal, -journal and -shm (never beside the link).
    Resolved once per command inside :func:`resolved_once`."""
    resolved = _RESOLVED.get()
    if resolved is None:
        return Path(os.path.realpath(path))
    key = os.path.join(os.getcwd(), os.fspath(path))  # (not abspath: "link/../x" is the link's folder's parent's x, not ./x)
    found = resolved.get(key)
    if found is None:
        found = resolved[key] = Path(os.path.realpath(key))
    return found
