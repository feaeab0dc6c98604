"""Putting written files and renames on disk (``fsync``), as a database's writer does.

One place for it: exports, their parts and cards, serve's metadata file and WARC
files all sync the same way, and let be a file system that cannot sync."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import IO, Any

#: What ``fsync`` says on a file system (or of a file) that cannot sync: let be.
_CANNOT_SYNC = (errno.EINVAL, errno.EROFS, errno.ENOTSUP, errno.EOPNOTSUPP)


def synced_descriptor(fd: int) -> None:
    """``fsync`` ``fd``; a file system that cannot sync is let be, an I/O error is raised."""
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _CANNOT_SYNC:
            raise


def written_to_disk(out: IO[Any]) -> None:
    """Flush a file object written whole and put it on disk, before its rename."""
    out.flush()
    synced_descriptor(out.fileno())


def synced_folder(folder: Path | int) -> None:
    """``fsync`` a folder (a path, or a descriptor open on it), so the renames made in
    it survive a power cut. A file system that cannot sync a folder is let be, and
    so is a folder this user may write but not read (``chmod 333``, a drop box):
    it cannot be opened to sync, and the rename made in it is done."""
    if isinstance(folder, Path):
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except PermissionError:
            return
    else:
        fd = folder
    try:
        synced_descriptor(fd)
    finally:
        if fd is not folder:
            os.close(fd)


class PlacedNotSynced(OSError):
    """A file written whole and synced was renamed into place, and then its folder's
    sync failed (an I/O error): the file is there, whole; its name may not survive a
    power cut. ``placed``: the files in place; ``folder``: the folder not synced."""

    def __init__(self, placed: list[Path], folder: Path, error: OSError) -> None:
        super().__init__(error.errno, error.strerror, str(folder))
        self.placed = placed
        self.folder = folder


def synced_after_placing(folder: Path | int, placed: list[Path], shown_folder: Path) -> None:
    """:func:`synced_folder` after the rename that placed ``placed``: its failure is
    :class:`PlacedNotSynced`, so what is said is what happened (the files are in
    place), not that the write failed."""
    try:
        synced_folder(folder)
    except OSError as error:
        raise PlacedNotSynced(placed, shown_folder, error) from error
