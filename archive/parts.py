"""Hidden part files and part folders an export writes before renaming them into place.

A part is named ``.<name>.part.<8 random characters>`` beside what it becomes
(a Parquet export's committed folder ``.<name>.done.<8 characters>``). Its
writer holds an exclusive ``flock`` on it from the moment it is made until it
is renamed into place or removed. The kernel lets that lock go exactly when the
writer's process ends, however it ends (kill -9, the OOM killer), and never
before, however long the writer stalls: a part whose lock can be taken is
abandoned, provably, with no clock or time budget involved. A power cut ends
every lock with the writer.

The clean-up (:func:`remove_abandoned`) takes only such parts. Parts named
otherwise are never touched: ``.<name>.<8 characters>.part``, which Clippings
wrote without a lock of its own before this scheme, may belong to an export of
that older version still running, and nothing proves it is not.

The clean-up runs under an exclusive ``flock`` of the folder, a part is made
under a shared one (:func:`making_parts`): no part is looked at between its
making and its writer's lock. Where ``flock`` fails (some network file systems),
parts are written unlocked and never cleaned up.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

__all__ = ["lock_part", "made_part_file", "made_part_folder", "making_parts", "remove_abandoned"]

_TOKEN = "[a-z0-9_]{8}"  # (tempfile's random names)


def _named(name: str, kind: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(name)}\.{kind}\.{_TOKEN}")


@contextmanager
def making_parts(folder: Path) -> Iterator[None]:
    """A shared ``flock`` of ``folder`` for the block (none where it cannot be had):
    a clean-up waits for the parts made in it to be locked by their writer."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield
        return
    try:
        with suppress(OSError):  # (ENOLCK: then the clean-up cannot lock the folder either)
            fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def lock_part(fd: int) -> None:
    """Take the writer's lock on a part just made (see the module's note)."""
    with suppress(OSError):  # no flock here: the part stays unlocked, and is never cleaned up
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def made_part_file(target: Path) -> tuple[int, str]:
    """A new locked part file beside ``target`` (once the abandoned ones are removed):
    its descriptor, open for writing, and its path."""
    remove_abandoned(target.parent, target.name)
    with making_parts(target.parent):
        fd, part = tempfile.mkstemp(prefix=f".{target.name}.part.", dir=target.parent)
        lock_part(fd)
    return fd, part


def made_part_folder(parent: Path, name: str) -> tuple[int, Path]:
    """A new locked part folder in ``parent`` for ``name`` (once the abandoned ones
    are removed): a descriptor holding its lock, and its path."""
    remove_abandoned(parent, name)
    with making_parts(parent):
        part = Path(tempfile.mkdtemp(prefix=f".{name}.part.", dir=parent))
        fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY)
        lock_part(fd)
    return fd, part


def remove_abandoned(folder: Path, name: str) -> None:
    """Remove the abandoned parts of ``name`` in ``folder``; a committed Parquet
    folder (``.done.``) is finished instead (:func:`_finish`). Nothing is done
    while a part is being made in ``folder``, nor where the folder cannot be listed."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        parts, done = _named(name, "part"), _named(name, "done")
        for entry in os.listdir(fd):
            if parts.fullmatch(entry) or done.fullmatch(entry):
                _take_if_abandoned(fd, entry, finish=bool(done.fullmatch(entry)))
    except OSError:  # (a part being made now; ENOLCK; unlistable): nothing is proven abandoned
        return
    finally:
        os.close(fd)


def _take_if_abandoned(folder: int, entry: str, *, finish: bool) -> None:
    try:
        part = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except OSError:  # gone meanwhile, a symlink, another user's
        return
    try:
        made = os.fstat(part)
        try:
            fcntl.flock(part, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # its writer is running
            return
        if os.stat(entry, dir_fd=folder, follow_symlinks=False).st_ino != made.st_ino:
            return  # (the name is another file's now)
        if stat.S_ISREG(made.st_mode):
            os.unlink(entry, dir_fd=folder)
        elif stat.S_ISDIR(made.st_mode):
            if not all(_exported(name) for name in os.listdir(part)):
                return  # (a folder of the user's named like a part: nothing in it is an export's)
            if finish:
                _finish(folder, part)
            _empty(part)
            os.rmdir(entry, dir_fd=folder)
    except OSError as error:  # another user's part in a shared folder; a file added meanwhile
        if error.errno not in (errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTEMPTY, errno.EISDIR):
            raise
    finally:
        os.close(part)


def _finish(folder: int, done: int) -> None:
    """Move the files of a Parquet export killed while it moved them into place,
    card first, unless a later export's file of that name is there now (newer), or
    the folder's README.md is not a card (the user's: an export never replaces it)."""
    for entry in sorted(os.listdir(done), key=lambda name: name != "README.md"):
        if entry == "README.md" and not _card_or_none(folder):
            return
        ours = os.stat(entry, dir_fd=done, follow_symlinks=False)
        try:
            theirs = os.stat(entry, dir_fd=folder, follow_symlinks=False).st_mtime_ns
        except FileNotFoundError:
            theirs = -1
        if stat.S_ISREG(ours.st_mode) and theirs <= ours.st_mtime_ns:
            os.replace(entry, entry, src_dir_fd=done, dst_dir_fd=folder)


def _card_or_none(folder: int) -> bool:
    """``folder`` holds no README.md, or one an export wrote (its card's mark)."""
    from archive.card import CARD_MARK  # (pyarrow: not for a JSONL export's every part)

    try:
        readme = os.open("README.md", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except FileNotFoundError:
        return True
    with open(readme, "rb") as text:
        return CARD_MARK.encode() in text.read(1 << 20)


def _exported(name: str) -> bool:
    """``name`` is one an export writes in its part folder (a Parquet file, its card)."""
    return name == "README.md" or name.endswith(".parquet")


def _empty(folder: int) -> None:
    for entry in os.listdir(folder):
        with suppress(IsADirectoryError, PermissionError):  # (not a part's: the rmdir fails, it stays)
            os.unlink(entry, dir_fd=folder)
