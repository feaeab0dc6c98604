"""This process's descriptors of archive files, kept while anything of the process
may have a file open (closing any descriptor of a file gives back every POSIX lock
the process holds on it, SQLite's own), and the shared ``flock`` a reader holds on
an archive file to keep writers away (:func:`archive.db.hold_unchanging`)."""

from __future__ import annotations

import fcntl
import os
import stat
import threading
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from archive.archive_file import ArchiveError, sqlite_file
from crawler.shown import shown_path

#: How many times a writer tries the lock, :data:`LOCK_RETRY_PAUSE` seconds apart,
#: before it is busy: a peek at the lock (:func:`writer_of`: ``stats``, a second
#: writer's early check) holds its shared lock for an instant, and a writer's
#: exclusive try in that instant failed.
LOCK_TRIES = 5
LOCK_RETRY_PAUSE = 0.01


def no_locks(path: str | Path, locked: str | Path, exc: OSError) -> ArchiveError:
    """The error for a ``flock`` the file system refused (not one another process holds)."""
    return ArchiveError(f"cannot write {shown_path(path)}: {shown_path(locked)} cannot be locked ({exc.strerror or exc}): "
                        "its file system gives no file locks (an NFS mount without its lock service?), and without "
                        "them two writers could interleave; nothing written: keep the archive on a disk with locks")


#: An archive file, as its device and inode numbers.
HoldKey = tuple[int, int]


@dataclass(slots=True)
class _FileHold:
    fd: int
    readers: int
    #: Descriptors of the file opened when this one was kept already (a race with a
    #: rename: :func:`_keyed_hold`), closed with it (closing one alone would drop
    #: this process's POSIX locks of the file).
    spares: list[int] = field(default_factory=list)


#: One descriptor per archive file this process holds or looks at, kept open while
#: anything of this process may have the file open: closing any descriptor of a file
#: gives back every POSIX lock the process holds on it, SQLite's own (a connection
#: of this process would then read a -wal another process deletes). Closed once no
#: hold is left and no other descriptor of the process is open on the file
#: (:func:`_give_back`). ``flock`` is taken and given back on it (LOCK_UN).
_FILE_HOLDS: dict[HoldKey, _FileHold] = {}
#: Held while :data:`_FILE_HOLDS` is looked at or changed: a process's threads (a
#: crawl's, a server's) share it, and two that found no descriptor of a file each
#: kept one under its key (one lost, open for good) or gave one back twice.
_HOLDS_LOCK = threading.RLock()


def _keyed_hold(path: str | Path) -> tuple[HoldKey, _FileHold | None]:
    """The archive file at ``path`` and this process's descriptor of it (opened once,
    kept while needed: :func:`_give_back`), or no descriptor: no file there, or none
    this user may read."""
    real = sqlite_file(path)
    try:
        info = os.stat(real)
    except OSError:
        return (0, 0), None
    key = (info.st_dev, info.st_ino)
    hold = _FILE_HOLDS.get(key)
    if hold is None:
        try:  # (O_NONBLOCK: a FIFO swapped in for the file would block the open until a writer came)
            fd = os.open(real, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
        except OSError:
            return key, None
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):  # (no SQLite connection has a FIFO or a device open: closing it drops no lock)
            os.close(fd)
            raise ArchiveError(f"{shown_path(path)} is not a regular file (a device or a pipe), not an archive file")
        key = (opened.st_dev, opened.st_ino)  # (the file opened, if another was renamed in since the stat)
        hold = _FILE_HOLDS.get(key)
        if hold is not None:  # that file's descriptor is kept already; this one may not be closed alone
            hold.spares.append(fd)
        else:
            hold = _FILE_HOLDS[key] = _FileHold(fd=fd, readers=0)
    return key, hold


def hold_shared(path: str | Path) -> HoldKey | None:
    """Take (or count once more) this process's shared ``flock`` of the archive file
    at ``path``, the first half of :func:`archive.db.hold_unchanging` (which then
    looks for a live writer). The file held (its device and inode), or None, nothing
    held: no file to hold, or a writer's look at it this instant. Give it back with
    :func:`let_go_unchanging`."""
    with _HOLDS_LOCK:
        key, hold = _keyed_hold(path)
        if hold is None:
            return None
        if not hold.readers:
            try:
                fcntl.flock(hold.fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:  # a writer's look at it, this instant; ENOLCK: no writer can lock either
                _give_back(key)
                return None
        hold.readers += 1
        return key


def let_go_unchanging(held: HoldKey) -> None:
    """Give back one :func:`hold_shared` of this process (of the file it held,
    whatever is at its name now); the last one unlocks."""
    with _HOLDS_LOCK:
        hold = _FILE_HOLDS.get(held)
        if hold is None or not hold.readers:
            return
        hold.readers -= 1
        if not hold.readers:
            with suppress(OSError):  # ENOLCK (an NFS lock service gone): held until its descriptor is closed
                fcntl.flock(hold.fd, fcntl.LOCK_UN)
            _give_back(held)


def _give_back(key: HoldKey) -> None:
    """Close this process's kept descriptor of an archive file once nothing needs it:
    no hold on it, and no other descriptor of this process open on the same file (a
    SQLite connection's, or one SQLite keeps for a closed connection while another
    holds locks: closing ours would drop their POSIX locks). Where this process's
    descriptors cannot be listed (no /proc), it is kept, as it always was. Spare
    descriptors of the file (:attr:`_FileHold.spares`) are closed with it."""
    with _HOLDS_LOCK:
        hold = _FILE_HOLDS.get(key)
        if hold is None or hold.readers:
            return
        own = {hold.fd, *hold.spares}
        if _open_elsewhere(key, own):
            return
        del _FILE_HOLDS[key]
        for fd in own:
            os.close(fd)


def give_back_unused() -> None:
    """Close the kept descriptors (:data:`_FILE_HOLDS`) nothing of this process needs
    any more (:func:`_give_back`): a connection to an archive file has just closed."""
    with _HOLDS_LOCK:
        for key in [key for key, hold in _FILE_HOLDS.items() if not hold.readers]:
            _give_back(key)


def _open_elsewhere(key: HoldKey, own: set[int]) -> bool:
    """Whether a descriptor of this process not in ``own`` is open on the file ``key``."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return True
    for name in names:
        if int(name) in own:
            continue
        try:
            info = os.fstat(int(name))
        except OSError:  # (the listing's own descriptor, closed since)
            continue
        if (info.st_dev, info.st_ino) == key:
            return True
    return False


def read_unchanging(path: str | Path) -> bool:
    """Whether a process (this one too) holds the archive file unchanging
    (:func:`archive.db.hold_unchanging`): an exclusive ``flock`` of it is tried, a few times,
    and given back at once."""
    with _HOLDS_LOCK:
        key, hold = _keyed_hold(path)
        if hold is None:  # no file yet (a new archive)
            return False
        try:
            return _locked_shared(path, hold)
        finally:
            _give_back(key)


def _locked_shared(path: str | Path, hold: _FileHold) -> bool:
    """:func:`read_unchanging`, on this process's descriptor of the file."""
    if hold.readers:
        return True
    for attempt in range(LOCK_TRIES):
        try:
            fcntl.flock(hold.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if attempt < LOCK_TRIES - 1:
                time.sleep(LOCK_RETRY_PAUSE)  # a peek's hold lasts an instant
            continue
        except OSError as exc:  # ENOLCK: whether a reader holds it cannot be told
            raise no_locks(path, sqlite_file(path), exc) from None
        with suppress(OSError):  # (ENOLCK, the lock service gone: this writer's own lock stays until it ends)
            fcntl.flock(hold.fd, fcntl.LOCK_UN)
        return False
    return True


def read_head(path: Path, count: int) -> tuple[bytes, int]:
    """The first ``count`` bytes of the SQLite file at ``path`` and its size, read
    through this process's kept descriptor of it (:func:`_keyed_hold`), never one
    opened and closed: closing one gives back the POSIX locks a live SQLite
    connection of this process holds on the file (another process's last
    connection would then remove the -wal this one still writes)."""
    with _HOLDS_LOCK:
        key, hold = _keyed_hold(path)
        if hold is None:  # no file, or unreadable: the open's own error (no descriptor was opened)
            with open(path, "rb") as file:
                return file.read(count), os.fstat(file.fileno()).st_size
        try:
            return os.pread(hold.fd, count, 0), os.fstat(hold.fd).st_size
        finally:
            _give_back(key)
