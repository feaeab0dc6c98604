"""Opening an archive file: for writing (migrations, WAL, foreign keys, the
one-writer lock) or for reading only (nothing changed, a non-archive refused)."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import resource
import socket
import sqlite3
import stat
import time
import weakref
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from archive import migrations
from archive.archive_file import ArchiveError, sqlite_file
from archive.durable import synced_descriptor, synced_folder
from archive.holds import (
    LOCK_RETRY_PAUSE,
    LOCK_TRIES,
    HoldKey,
    give_back_unused,
    hold_shared,
    let_go_unchanging,
    no_locks,
    read_head,
    read_unchanging,
)
from crawler.items import utc_now_iso
from crawler.shown import shown_path

#: How long a writer waits for another connection's write lock before failing, by
#: default (:func:`busy_timeout_ms`: what a command uses).
BUSY_TIMEOUT_MS = 10_000
#: The environment variable (seconds) that sets that wait for every command; a
#: crawl's ``-s CLIPPINGS_BUSY_TIMEOUT`` wins over it (:func:`chosen_busy_timeout`).
BUSY_TIMEOUT_ENV = "CLIPPINGS_BUSY_TIMEOUT"
#: The wait a command chose (``-s CLIPPINGS_BUSY_TIMEOUT``), while it runs.
_chosen_ms: list[int] = []
#: The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def busy_timeout_ms() -> int:
    """How long (ms) a connection waits for another's write lock: the command's own
    choice, else :data:`BUSY_TIMEOUT_ENV` (seconds; an empty value counts as unset),
    else :data:`BUSY_TIMEOUT_MS`. The CLI checks the variable before any work."""
    if _chosen_ms:
        return _chosen_ms[-1]
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    return BUSY_TIMEOUT_MS if not raw else seconds_as_ms(float(raw))


def seconds_as_ms(seconds: float) -> int:
    """A busy timeout in seconds as SQLite's whole milliseconds (never negative)."""
    return max(0, int(seconds * 1000))


@contextmanager
def chosen_busy_timeout(seconds: float | str | None) -> Iterator[None]:
    """Connections opened inside wait ``seconds`` for a write lock (None: as before);
    the choice ends with the block (a program running commands in one process)."""
    if seconds is None:
        yield
        return
    _chosen_ms.append(seconds_as_ms(float(seconds)))
    try:
        yield
    finally:
        _chosen_ms.pop()


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating it if needed, in a folder that exists) an archive file.

    Applies pending migrations, turns on WAL mode, foreign keys and a busy
    timeout. Safe to call any number of times on the same file. Raises
    :class:`ArchiveError`, and changes nothing, for a file that is not an archive
    (another SQLite database, any other file, an unwritable place).
    """
    path = check_archive(path, create=True)
    db = sqlite_utils.Database(path)
    configure_connection(db)
    _switch_to_wal(db, path)
    try:
        migrations.apply(db)
    except sqlite3.OperationalError:
        # Another process migrated the same new file at the same moment
        # ("table ... already exists"): fine if nothing is left to apply.
        if migrations.migrations.pending(db):
            raise
    return db


def _switch_to_wal(db: sqlite_utils.Database, path: Path) -> None:
    """Turn on WAL mode, or close ``db`` and raise :class:`ArchiveError`: SQLite
    answers a switch it could not make (an I/O error syncing its journal) with the
    mode asked for, no error, and the file's next read turned the connection back
    to rollback mode: the write went on in it, which nothing of the archive
    expects (a -wal to sync, readers beside a writer). A file beside it SQLite
    cannot open for the switch (its -journal, its -wal: SQLITE_CANTOPEN, no more
    descriptors, no room for a new file) is said in one line as well."""
    try:
        db.enable_wal()
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # (read: the mode the file is in, not the one asked for)
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != sqlite3.SQLITE_CANTOPEN:
            raise
        db.close()
        give_back_unused()
        raise ArchiveError(f"cannot write {shown_path(path)}: {_cannot_open_beside(exc)}") from None
    mode = db.journal_mode
    if mode != "wal":
        db.close()
        give_back_unused()
        raise ArchiveError(f"cannot write {shown_path(path)}: SQLite could not switch it to WAL mode (it stays in "
                           f"{shown_path(mode)} mode; nothing written): {_io_causes()}")


def _cannot_open_beside(exc: sqlite3.Error) -> str:
    """Why SQLite's CANTOPEN for a file beside the archive (its -journal, -wal or -shm) may have come."""
    return (f"SQLite could not open a file it keeps beside it, its -journal or -wal ({exc}); nothing written: this "
            "process may have too many files open (ulimit -n), or its folder's disk may take no new file")


def close_archive(db: sqlite_utils.Database) -> None:
    """Move the WAL's transactions into the archive file, then close: once a write
    command ends, the file alone holds everything (a copy of it without its
    ``-wal`` is whole). PASSIVE: never waits (another site's crawl of a --sites
    run may be writing); what a live reader still needs stays in the -wal."""
    try:
        db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        db.close()
        give_back_unused()


def configure_connection(db: sqlite_utils.Database) -> None:
    """Per-connection settings: these PRAGMAs are not stored in the file."""
    db.conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    db.conn.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL never corrupts the file; a power cut may lose the
    # transactions committed since the -wal was last synced (by a checkpoint): a
    # crawl's last pages, its row left "running", so the next crawl continues it
    # (the WARC records are synced before their rows: rows lost, never wrong rows).
    # A command's end is made durable by committed_to_disk (see DESIGN.md).
    db.conn.execute("PRAGMA synchronous = NORMAL")


def committed_to_disk(db: sqlite_utils.Database) -> None:
    """Sync the archive's -wal, so that every transaction committed on ``db`` so far
    survives a power cut: a write command calls it before it reports what it
    stored (a crawl's closing row). Under ``synchronous = NORMAL`` commits are not
    synced; a checkpoint syncs them, and none can copy the -wal while a reader (a
    live serve, a long export) holds an older snapshot. Then its folder: a -wal
    this command made is a name no sync has put on disk yet (SQLite syncs it at its
    own first sync of the -wal, a checkpoint's). Two fsyncs per command
    (``synchronous = FULL`` would sync every commit: benchmarks/warc_sync.py).
    :class:`NotSynced` when either fails."""
    # (as bytes: a path that is not UTF-8 is not text to Python's sqlite3)
    row = db.conn.execute("SELECT CAST(file AS BLOB) FROM pragma_database_list WHERE name = 'main'").fetchone()
    if row is None or not row[0]:
        return
    wal = f"{os.fsdecode(row[0])}-wal"
    try:
        fd = os.open(wal, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)  # (SQLite holds no lock on a -wal: closing it is safe)
    except FileNotFoundError:  # checkpointed and removed: in the archive file, synced by the checkpoint
        return
    try:
        synced_descriptor(fd)
    except OSError as exc:
        raise NotSynced(wal, exc) from None
    finally:
        os.close(fd)
    folder = Path(wal).parent
    try:
        synced_folder(folder)
    except OSError as exc:
        raise NotSynced(str(folder), exc) from None


class NotSynced(Exception):
    """The archive's -wal could not be synced (an I/O error) by :func:`committed_to_disk`:
    what was committed is in the archive, read by any reader, but may not be on disk.
    The message says so in one line."""

    def __init__(self, wal: str, error: OSError) -> None:
        super().__init__(f"syncing {shown_path(wal)} to disk failed ({error.strerror or error}): what this command stored "
                         "is committed and readable, but may not be on disk (a power cut may lose it; the disk may be "
                         "failing): check the disk, and copy the archive with its WARC files elsewhere")
        self.wal = wal



# -- telling an archive from any other file ---------------------------------------

#: Tables every archive has, whatever its migration: how an archive is recognised.
ARCHIVE_TABLES = frozenset({"crawls", "articles", "versions", "fetches"})
#: The schema step that made those tables, recorded in the same transaction: every
#: archive records it (another program's tables of the same names do not).
FIRST_STEP = "m001_initial_schema"


def _applied_steps(conn: sqlite3.Connection) -> list[str]:
    """The archive migrations the file records as applied."""
    return [row[0] for row in conn.execute(f"SELECT name FROM {migrations.MIGRATIONS_TABLE} WHERE migration_set = ?",
                                           [migrations.migrations.name])]


def _schema_of(path: Path) -> tuple[list[str], list[str]]:
    """The tables of the SQLite file at ``path`` and the archive migrations it
    records as applied, read without changing a byte (nor adding a file beside),
    except to roll back a hot journal in an archive (:func:`_roll_back`)."""
    try:
        conn = connect_readonly(path, peek=True)
        try:
            tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            return tables, _applied_steps(conn) if migrations.MIGRATIONS_TABLE in tables else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        fault = file_fault(path, exc)  # cut short, overwritten in part; locked by another program
        if fault is not None:
            raise fault from None
        raise ArchiveError(f"{shown_path(path)} is not a Clippings archive: not a SQLite database ({exc})") from None


#: SQLite's extended codes for a read-only connection that would have to write:
#: a hot journal to roll back; a -shm (or -wal) to make in a folder it may not write.
_READONLY_ROLLBACK = 776
_NEEDS_FOLDER = frozenset({1544, 1288, sqlite3.SQLITE_CANTOPEN})  # READONLY_DIRECTORY, READONLY_CANTINIT


def _uri(path: Path, *, immutable: bool = False) -> str:
    return f"file:{quote(os.fsencode(sqlite_file(path)))}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_readonly(path: str | Path, *, peek: bool = False) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path``, its schema read once.

    ``peek``: a WAL-mode file at rest is opened immutable (else SQLite leaves an
    empty -wal and a -shm beside any WAL-mode file); so is, always, a read-only
    archive at rest (:func:`read_only_at_rest`): reading it makes no file beside it. A hot journal (a writer died
    mid-transaction) is rolled back as any SQLite client does, so the last
    committed state is read; in a folder this user may not write, an archive whose
    -wal is empty or gone is read immutable (no writer is live: a writer keeps a -wal).
    A connection reading a read-only archive immutable holds it unchanging
    (:func:`hold_unchanging`) until it is closed: a writer that starts meanwhile is refused.
    """
    path = Path(path)
    hold = _Hold(hold_unchanging(path))
    kept = False
    try:
        conn, immutable = _connected_readonly(path, peek=peek, hold=hold)
        kept = immutable and hold.key is not None
    finally:
        if not kept:  # (an error goes on up, the hold with it; a connection reading live needs none)
            hold.give_back()
    if hold.key is not None:
        _HOLDS[id(conn)] = hold.key  # (given back by close(), or when the connection is collected)
        weakref.finalize(conn, _let_go, id(conn))
    return conn


@dataclass(slots=True)
class _Hold:
    """A hold of :func:`hold_unchanging` (``key``), given back once at most."""

    key: HoldKey | None

    def give_back(self) -> None:
        if self.key is not None:
            let_go_unchanging(self.key)
            self.key = None


class _HoldingConnection(sqlite3.Connection):
    """A connection whose close also gives back its hold (:func:`connect_readonly`)."""

    def close(self) -> None:
        super().close()
        _let_go(id(self))
        give_back_unused()


#: The archive file each open immutable connection holds unchanging (its device and
#: inode: the file held, even once another is renamed over its name), by the connection's id.
_HOLDS: dict[int, HoldKey] = {}


def _let_go(key: int) -> None:
    held = _HOLDS.pop(key, None)
    if held is not None:
        let_go_unchanging(held)


def _connected_readonly(path: Path, *, peek: bool, hold: _Hold) -> tuple[sqlite3.Connection, bool]:
    """:func:`connect_readonly`'s connection, and whether it reads the file immutable
    (a read-only archive at rest only while ``hold`` holds it unchanging). A hold not
    needed is given back before SQLite opens the file."""
    immutable = (peek and _wal_mode_at_rest(path)) or (hold.key is not None and read_only_at_rest(path))
    if not immutable:
        hold.give_back()
    try:
        return _probed(_uri(path, immutable=immutable)), immutable
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0)
        if code == _READONLY_ROLLBACK:
            _roll_back(path)
            return _probed(_uri(path)), False
        real = sqlite_file(path)
        folder = real.parent
        if code not in _NEEDS_FOLDER or os.access(folder, os.W_OK | os.X_OK):
            raise
    wal = Path(f"{real}-wal")
    if _holds_bytes(wal):
        raise ArchiveError(f"cannot read {shown_path(path)}: its folder {shown_path(folder)} is read-only and {shown_path(wal)} holds transactions "
                           f"not yet in the archive file (SQLite must write {shown_path(path.name)}-shm beside it to read "
                           "them); make the folder writable, or copy the archive and its -wal elsewhere")
    if not nobody_can_write(path):
        raise ArchiveError(f"cannot read {shown_path(path)}: its folder {shown_path(folder)} is not writable by this user and another "
                           f"may write to it (SQLite must write {shown_path(path.name)}-shm beside it to read it safely "
                           "then); make the folder writable, or copy the archive elsewhere")
    return _probed(_uri(path, immutable=True)), True


def nobody_can_write(path: str | Path) -> bool:
    """Whether no program may change the file at ``path``: it is on a read-only
    file system, or neither it nor its folder has a write bit for anyone. Only
    then may it be read as immutable (an immutable reader sees a concurrent
    write as damage, or not at all)."""
    path = Path(path)
    if os.statvfs(path).f_flag & os.ST_RDONLY:
        return True
    anyone = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return not (path.stat().st_mode & anyone or path.absolute().parent.stat().st_mode & anyone)


#: The write bits of a file's mode: an archive with none is read-only at rest for
#: readers (:func:`read_only_at_rest`) and writers alike (:func:`check_archive`).
_ANYONE_WRITES = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def read_only_at_rest(path: str | Path) -> bool:
    """Whether the archive at ``path`` is read-only and no write to it is pending or
    under way, so it may be read immutable, with no -wal or -shm made beside it:
    it is on a read-only file system or its mode gives no one write access (a
    writer must open the file for writing: SQLite makes a connection to a file it
    cannot write read-only; root's writes are refused by :func:`check_archive`), no
    -journal is beside it, its -wal holds nothing, and no Clippings writer holds
    its lock (one that opened it before a ``chmod``)."""
    path = sqlite_file(path)
    try:
        read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY) or not path.stat().st_mode & _ANYONE_WRITES
    except OSError:
        return False
    return (read_only and not os.path.lexists(f"{path}-journal") and not _holds_bytes(f"{path}-wal")
            and not writer_alive(path))


def _probed(uri: str) -> sqlite3.Connection:
    """The connection, once SQLite has read the schema (it opens files lazily)."""
    wait = busy_timeout_ms()
    conn = sqlite3.connect(uri, uri=True, timeout=wait / 1000, factory=_HoldingConnection)
    opened = False
    try:
        conn.execute(f"PRAGMA busy_timeout = {wait}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        opened = True
    finally:
        if not opened:  # the error goes on up; the half-open connection does not stay
            conn.close()
    return conn


def _roll_back(path: Path) -> None:
    """Undo the transaction a dead writer left in ``path``'s hot journal, by opening
    the file for writing (SQLite rolls back on the first read) -- only for an
    archive: another program's database, or a file whose schema cannot be read
    before the rollback, is left as it was, journal and all."""
    journal = Path(f"{path}-journal")
    folder = path.absolute().parent
    if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
        raise ArchiveError(f"cannot read {shown_path(path)}: {shown_path(journal)} holds a transaction a writer left unfinished, "
                           f"and rolling it back needs write access to the file and its folder {shown_path(folder)}; "
                           "run any clippings command on it as a user who may write there")
    try:
        peek = _probed(_uri(path, immutable=True))
        try:
            tables = {row[0] for row in peek.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            peek.close()
    except sqlite3.DatabaseError:  # the schema itself half-written: only a rollback could tell
        raise ArchiveError(f"cannot tell whether {shown_path(path)} is a Clippings archive: it has an unfinished "
                           f"transaction in {shown_path(journal)}; open it with sqlite3 to finish it") from None
    if not tables >= ARCHIVE_TABLES:
        shown = ", ".join(map(shown_path, sorted(tables)[:5])) + (", ..." if len(tables) > 5 else "")
        raise ArchiveError(f"{shown_path(path)} is not a Clippings archive (its tables: {shown or 'none'})")
    conn = sqlite3.connect(path, timeout=busy_timeout_ms() / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _wal_mode_at_rest(path: Path) -> bool:
    """The file's header says WAL mode and no ``-wal`` is beside it: no program is
    writing it (a writer keeps a -wal), so it may be read as immutable."""
    header, _ = read_head(path, 20)
    return header[:16] == SQLITE_HEADER and header[18:20] == b"\x02\x02" and \
        not Path(f"{sqlite_file(path)}-wal").exists()


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite found the file damaged (any extended code of SQLITE_CORRUPT)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_CORRUPT


def _undecodable(exc: sqlite3.DatabaseError) -> bool:
    """A text column whose bytes are not UTF-8 (Python's sqlite3 says so when it
    reads the row): every text the archive writes is UTF-8, so the page holding it
    is damaged, though SQLite's own checks passed it."""
    return isinstance(exc, sqlite3.OperationalError) and str(exc).startswith("Could not decode to UTF-8")


def newer_schema(path: str | Path, exc: sqlite3.DatabaseError) -> ArchiveError | None:
    """The one-line error for a table or column this version reads that a newer
    Clippings changed (the archive records schema steps unknown here; it is still
    read until a query meets such a change); None for any other error."""
    if not isinstance(exc, sqlite3.OperationalError) or not str(exc).startswith(("no such column", "no such table")):
        return None
    try:  # (read directly: _schema_of's own errors come back here through file_fault)
        conn = connect_readonly(path, peek=True)
        try:
            applied = _applied_steps(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ArchiveError):
        return None
    newer = [name for name in applied if name not in migrations.known()]
    if not newer:
        return None
    return ArchiveError(f"{shown_path(path)} was written by a newer Clippings (its schema step {shown_path(newer[0])} is unknown to this "
                        f"one and changed what it reads: {' '.join(str(exc).split())[:100]}): upgrade Clippings "
                        "to read it")


#: Write errors (a full disk, a file past the size limit) of the files SQLite writes.
_WRITE_FAULTS = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_FSYNC,
                           sqlite3.SQLITE_IOERR_TRUNCATE})


def sqlite_temp_folder() -> str:
    """The folder SQLite puts its temporary files in (a sort spilled to disk), found
    as its Unix file layer finds it: the first writable folder of $SQLITE_TMPDIR,
    $TMPDIR, /var/tmp, /usr/tmp, /tmp, else the current one."""
    for folder in (os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp"):
        if folder and os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            return folder
    return "."


def temp_fault(exc: sqlite3.DatabaseError) -> ArchiveError | None:
    """The one-line error for a write error met by a command that only reads its
    archive (``export``'s sort, ``search``): what SQLite writes then is its temporary
    files, not the archive, so the folder they are in is named (the error blamed the
    archive's disk). None for any other error."""
    if getattr(exc, "sqlite_errorcode", None) not in _WRITE_FAULTS:
        return None
    folder = sqlite_temp_folder()
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit != resource.RLIM_INFINITY:  # (the sort's file met the limit: "free space there" sent users to a disk with room)
        return ArchiveError(f"cannot write SQLite's temporary files in {shown_path(folder)} ({exc}; the archive is only "
                            f"read, its rows are sorted there): this process may write no file past {limit} bytes "
                            "(ulimit -f), and the sort's file may need to grow past that; raise the limit, else "
                            "free space there or set SQLITE_TMPDIR to a folder with room")
    return ArchiveError(f"cannot write SQLite's temporary files in {shown_path(folder)} ({exc}; the archive is only "
                        "read, its rows are sorted there): free space there, or set SQLITE_TMPDIR to a folder "
                        "with room")


def file_fault(path: str | Path, exc: sqlite3.DatabaseError) -> ArchiveError | None:
    """The one-line error for a fault of the archive file itself, found mid-command
    (damage, another program's write transaction past the busy timeout, a schema a
    newer Clippings changed); None for any other SQLite error, a bug to show as one."""
    newer = newer_schema(path, exc)
    if newer is not None:
        return newer
    if is_damage(exc) or _undecodable(exc):
        return damaged(path, exc)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_BUSY:  # not LOCKED: a bug of ours
        return ArchiveError(f"{shown_path(path)} is locked: another program holds a write transaction on it; "
                            "try again when it ends")
    if code == sqlite3.SQLITE_FULL:
        return ArchiveError(f"cannot write {shown_path(path)}: the disk is full ({exc}); free some space and run "
                            "the command again")
    if code == sqlite3.SQLITE_CANTOPEN and not os.path.isfile(path):  # (a read's connection, opened past the checks)
        return ArchiveError(f"cannot open {shown_path(path)} ({exc}): the archive file is no longer there (removed, "
                            "moved or replaced while the command ran)")
    if code == sqlite3.SQLITE_CANTOPEN:  # (a -wal or -journal: the file itself is there)
        return ArchiveError(f"cannot open the files of {shown_path(path)}: {_cannot_open_beside(exc)}")
    if code == sqlite3.SQLITE_IOERR:
        # Neither "cannot write" nor "cannot read": a read command meets this too (no room for the -shm).
        return ArchiveError(f"I/O error on {shown_path(path)} ({exc}): {_io_causes()}")
    return None


def _io_causes() -> str:
    """What an I/O error of SQLite's may come from: with a limit on the size of the
    files this process writes (``ulimit -f``: SQLite says "disk I/O error" for the
    EFBIG it meets), that limit first."""
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return "its disk may be full, failing or gone"
    return (f"this process may write no file past {limit} bytes (ulimit -f), and SQLite's files may need to "
            "grow past that; else its disk may be full, failing or gone")


@contextmanager
def file_faults_named(path: str | Path) -> Iterator[None]:
    """Turn a fault of the archive file itself (:func:`file_fault`) raised inside
    the block into its one-line :class:`ArchiveError`; other SQLite errors go on
    up as they are (a bug to show as one)."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        fault = file_fault(path, exc)
        if fault is None:
            raise
        raise fault from None


def damaged(path: str | Path, exc: sqlite3.DatabaseError) -> ArchiveError:
    """The error for an archive SQLite cannot read, found early or mid-command."""
    detail = " ".join(str(exc).split())[:200]  # (one line, whatever damaged text it quotes)
    return ArchiveError(f"{shown_path(path)} is damaged: SQLite cannot read it ({detail}); "
                        "restore it from a copy or run `clippings recover FILE NEW`")


def check_archive(path: str | Path, *, create: bool = False, write: bool = False) -> Path:
    """``path`` if it holds a Clippings archive, else :class:`ArchiveError`.

    With ``create`` (the write commands), a missing file or an empty one is
    fine too, as long as its folder can be made and written to. A SQLite file
    with other tables is never one: it is left exactly as it was. With ``create``
    or ``write``, an archive this version may not write to (no write permission,
    a mode with no write bit for anyone even for root, written by a newer
    Clippings) is refused as well.
    """
    write = write or create
    path = Path(path)
    info = _file_stat(path)
    if info is None:
        if not create:
            raise ArchiveError(f"no archive at {shown_path(path)}")
        _check_new(path)
        return path
    if not os.access(path, os.R_OK):
        raise ArchiveError(f"cannot read {shown_path(path)}: permission denied")
    _check_files_beside(path)
    if info.st_size == 0:
        if create:
            return path
        raise ArchiveError(f"{shown_path(path)} is not a Clippings archive: the file is empty")
    _check_not_cut_short(path)
    tables, applied = _schema_of(path)
    if not tables and create:
        return path
    if tables == [migrations.MIGRATIONS_TABLE] and _no_step_recorded(path):
        if create:  # a new archive whose first schema step failed (a full disk, a kill): made again
            return path
        raise ArchiveError(f"{shown_path(path)} is not a Clippings archive yet: its making stopped before its first "
                           "schema step (a full disk, a process killed); a write command (crawl, import-warc) makes it again")
    _check_archive_tables(path, tables, applied)
    if write:
        _check_writable(path, info.st_mode)
    newer = [name for name in applied if name not in migrations.known()]
    if write and newer:
        raise ArchiveError(f"{shown_path(path)} was written by a newer Clippings (its schema step {shown_path(newer[0])} is unknown "
                           "to this one): upgrade Clippings to write to it")
    if write and not newer and migrations.known() <= set(applied):
        _check_complete(path, tables)
    return path


#: The errors of a ``stat`` for which pathlib's ``exists()`` says False (no file).
_NO_FILE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _file_stat(path: Path) -> os.stat_result | None:
    """The one ``stat`` of :func:`check_archive`'s path (after one ``lstat``: is it a
    symbolic link), or None where no file is there (as pathlib's ``exists()``
    says); :class:`ArchiveError` for a symlink loop, a folder, a device or a pipe.
    (Each question was a ``stat`` of its own: five of one path.)"""
    linked = path.is_symlink()
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP and linked:
            raise ArchiveError(f"{shown_path(path)} is a symlink loop (its links lead back to themselves), not an archive file") from None
        if exc.errno in _NO_FILE:
            return None
        raise
    except ValueError:  # (a NUL in the path: pathlib's exists() says False)
        return None
    if stat.S_ISDIR(info.st_mode):
        raise ArchiveError(f"{shown_path(path)} is a directory, not an archive file")
    if not stat.S_ISREG(info.st_mode):
        raise ArchiveError(f"{shown_path(path)} is not a regular file (a device or a pipe), not an archive file")
    return info


def _check_new(path: Path) -> None:
    """:class:`ArchiveError` unless an archive can be made at ``path``, where no file is."""
    _check_files_beside(path)
    # A dangling symlink: SQLite makes the file where it points.
    folder = sqlite_file(path).parent if path.is_symlink() else path.absolute().parent
    if not folder.exists():
        raise ArchiveError(f"cannot create an archive at {shown_path(path)}: no folder {shown_path(folder)}")
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise ArchiveError(f"cannot create an archive at {shown_path(path)}: {shown_path(folder)} is not a writable folder")


#: The files SQLite keeps beside an archive, and what each holds.
_BESIDE = {"-wal": "its write-ahead log", "-shm": "its write-ahead log's index", "-journal": "its rollback journal"}


def _check_files_beside(path: Path) -> None:
    """:class:`ArchiveError` when a file SQLite keeps beside the archive is there and
    is no regular file (a folder, a pipe, a symlink loop): SQLite's error then
    blamed the archive ("not a SQLite database", "disk I/O error")."""
    base = sqlite_file(path)
    for suffix, what in _BESIDE.items():
        beside = Path(f"{base}{suffix}")
        try:
            mode = os.stat(beside).st_mode
        except (FileNotFoundError, NotADirectoryError):
            # none, or a symlink to nowhere (SQLite makes its file there), or the
            # archive's folder is no folder (said as such where the archive is made)
            continue
        except OSError as exc:  # a symlink loop
            raise ArchiveError(f"cannot open {shown_path(path)}: {shown_path(beside)}, where SQLite keeps {what}, cannot be "
                               f"opened ({exc.strerror or exc}); move it away") from None
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a pipe" if stat.S_ISFIFO(mode) else "a device or a socket"
            raise ArchiveError(f"cannot open {shown_path(path)}: {shown_path(beside)} is {kind}, not a file "
                               f"(SQLite keeps {what} there); move it away")


def _check_writable(path: Path, mode: int) -> None:
    """:class:`ArchiveError` unless this user may write the archive and its folder,
    and its mode lets someone write it (root may write a ``chmod 444`` file, which
    readers read immutable: a write would be damage to them)."""
    if not os.access(path, os.W_OK):
        raise ArchiveError(f"cannot write to {shown_path(path)}: permission denied")
    mode = stat.S_IMODE(mode)  # (the archive's one stat: check_archive's)
    if not mode & _ANYONE_WRITES:
        raise ArchiveError(f"cannot write to {shown_path(path)}: it is read-only (mode {mode:04o}, no write bit for anyone), "
                           "so readers take it as unchanging and may be reading it immutable (serve's Datasette -i); "
                           "once none is, make it writable (chmod u+w) and write again")
    folder = path.absolute().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ArchiveError(f"cannot write to {shown_path(path)}: its folder {shown_path(folder)} is read-only "
                           "(SQLite writes its journal beside the archive)")


def _check_complete(path: Path, tables: list[str]) -> None:
    """:class:`ArchiveError` when an archive that records every schema step lacks a
    table or a column of them (dropped by hand or by another program: a write
    would fail half-way, in a traceback, or lose its records)."""
    missing = sorted(migrations.current_tables() - set(tables))
    kind = "table" if len(missing) == 1 else "tables"
    if not missing:
        with file_faults_named(path):
            conn = connect_readonly(path, peek=True)
            try:
                missing = [f"{table}.{column}" for table, columns in sorted(migrations.current_columns().items())
                           for column in sorted(columns - {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')})]
            finally:
                conn.close()
        kind = "column" if len(missing) == 1 else "columns"
    if missing:
        shown = ", ".join(map(shown_path, missing[:3])) + (", ..." if len(missing) > 3 else "")
        raise ArchiveError(f"{shown_path(path)} is damaged: it records every schema step and lacks the "
                           f"{kind} {shown}; restore it from a copy")


def _check_archive_tables(path: Path, tables: list[str], applied: list[str]) -> None:
    """:class:`ArchiveError` unless the file has an archive's tables, made by Clippings."""
    if not set(tables) >= ARCHIVE_TABLES:
        shown = ", ".join(map(shown_path, sorted(tables)[:5])) + (", ..." if len(tables) > 5 else "")
        raise ArchiveError(f"{shown_path(path)} is not a Clippings archive (its tables: {shown or 'none'})")
    if FIRST_STEP not in applied:  # the tables' names alone: another program's (its columns are others)
        raise ArchiveError(f"{shown_path(path)} is not a Clippings archive: it has tables named "
                           f"{', '.join(sorted(ARCHIVE_TABLES))} but records no Clippings schema step "
                           f"(another program's database, or one whose {migrations.MIGRATIONS_TABLE} table was removed)")


def _no_step_recorded(path: Path) -> bool:
    """Whether the migrations table of the SQLite file at ``path`` is empty (of any
    program's steps: sqlite-utils makes it before the first step's transaction)."""
    with file_faults_named(path):
        conn = connect_readonly(path, peek=True)
        try:
            return conn.execute(f"SELECT count(*) FROM {migrations.MIGRATIONS_TABLE}").fetchone()[0] == 0
        finally:
            conn.close()


def _check_not_cut_short(path: Path) -> None:
    """:class:`ArchiveError` for a file cut short: SQLite reads its missing pages as
    zeros (readers said nothing; a writer wrote on, into an index it could not read whole)."""
    cut = _cut_short(path)
    if cut:
        raise ArchiveError(f"{shown_path(path)} is damaged: {cut}; restore it from a copy or run `clippings recover FILE NEW`")


def _cut_short(path: Path) -> str | None:
    """Why the SQLite file at ``path`` is shorter than its header says, or None: a copy
    or a download not finished, a disk that filled. Only where nothing else holds
    pages of it (no -journal to roll back, no -wal with transactions: a checkpoint
    writes the header's new size before the pages past the file's end). Looked for
    before and after the header and size are read: a writer that began meanwhile
    may be writing them, its -wal or -journal there at the second look."""
    if _pages_elsewhere(path):
        return None
    header, size = read_head(path, 100)
    if len(header) < 100 or header[:16] != SQLITE_HEADER or header[24:28] != header[92:96]:
        return None  # (the size in the header is valid only when those two counters agree)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if not pages or size >= pages * page_size or _pages_elsewhere(path):
        return None
    return (f"the file is cut short ({size} bytes, where its header counts {pages} pages of {page_size}: "
            f"{pages * page_size} bytes)")


def _pages_elsewhere(path: Path) -> bool:
    """A -journal (to roll back) or a -wal with transactions beside ``path``."""
    path = sqlite_file(path)
    return Path(f"{path}-journal").exists() or _holds_bytes(f"{path}-wal")


def _holds_bytes(path: str | Path) -> bool:
    """Whether a file is at ``path`` and is not empty. One ``stat``: a -wal seen by
    ``exists()`` may be gone at the next call (another program's last connection
    closed and removed it), a ``FileNotFoundError`` traceback."""
    try:
        return os.stat(path).st_size > 0
    except FileNotFoundError:
        return False


#: The largest archive :func:`check_readable` runs ``PRAGMA quick_check`` on before a
#: write (it reads the whole file: 0.1-0.3 s per 200 MB in the page cache, 1.3-3.5 s
#: from disk on a loaded 2-core machine); a larger one is checked where a command reads it.
QUICK_CHECK_MAX_BYTES = 1 << 30


def check_readable(path: str | Path) -> None:
    """:class:`ArchiveError` (:func:`damaged`) when the archive is damaged past its
    schema, found before a write command changes a byte: SQLite's ``PRAGMA
    quick_check`` (every B-tree page, cell and free list; not the index contents)
    on an archive of up to :data:`QUICK_CHECK_MAX_BYTES`, and the first row of each
    table (a text that is not UTF-8). A writer otherwise added rows to a file whose
    damage lay in pages it did not happen to read, and said nothing. Peeks
    (:func:`connect_readonly`): a refused archive gets no -wal or -shm beside it."""
    path = Path(path)
    with file_faults_named(path):
        conn = connect_readonly(path, peek=True)
    try:
        with file_faults_named(path):
            if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                found = conn.execute("PRAGMA quick_check(1)").fetchone()  # (one problem is enough to name)
                if found is None or found[0] != "ok":
                    problem = found[0].removeprefix("*** in database main ***") if found else "no answer"
                    raise damaged(path, sqlite3.DatabaseError(f"quick_check: {problem.strip()}"))
            tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                conn.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()
    finally:
        conn.close()


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    """Open an existing archive for reading only: no migration, no WAL switch, no
    new file, and any write raises. Raises :class:`ArchiveError` for a file that
    is not an archive."""
    path = check_archive(path)
    with file_faults_named(path):
        conn = connect_readonly(path)
    return sqlite_utils.Database(conn)


def may_write(path: str | Path) -> bool:
    """Whether this user may write the archive file and its folder (SQLite's journal)."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.absolute().parent, os.W_OK | os.X_OK)


def check_current(path: str | Path) -> None:
    """:class:`ArchiveError` unless the archive can be read as it is, without a
    write: every schema step of this version applied, nothing left in a -wal
    (an immutable reader, as Datasette's ``-i``, would not see it)."""
    path = Path(path)
    wal = Path(f"{sqlite_file(path)}-wal")
    if _holds_bytes(wal):
        raise ArchiveError(f"cannot read {shown_path(path)} without writing to it: {shown_path(wal)} holds transactions not yet "
                           "in the archive file; open it once as a user who may write it")
    _check_schema_steps(path)


def check_live(path: str | Path) -> None:
    """:class:`ArchiveError` unless the archive, which this user may not write but
    another may, can be read live (not immutable) for as long as a server runs:
    SQLite must be able to make its -shm in the folder, and no schema step may be
    left to apply."""
    path = Path(path)
    folder = path.absolute().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ArchiveError(f"cannot serve {shown_path(path)}: its folder {shown_path(folder)} is not writable by this user and "
                           "another may write to it (a server must see those writes, and SQLite needs "
                           f"{shown_path(path.name)}-shm beside it for that); serve it as a user who may write the folder, "
                           "or serve a copy")
    _check_schema_steps(path)


def pending_steps(path: str | Path) -> list[str]:
    """The schema steps of this version the archive at ``path`` lacks (written by an
    older Clippings), in order; read without writing."""
    return sorted(migrations.known() - set(_schema_of(Path(path))[1]))


def _check_schema_steps(path: Path) -> None:
    missing = pending_steps(path)
    if missing:
        raise ArchiveError(f"cannot read {shown_path(path)} without writing to it: it lacks schema step {missing[0]} "
                           "(written by an older Clippings); open it once as a user who may write it")


# -- one writer per archive -------------------------------------------------------


class ArchiveBusy(ArchiveError):
    """Another process holds the archive's writer lock."""


@dataclass(slots=True)
class _Held:
    fd: int
    depth: int


_HELD: dict[Path, _Held] = {}

def lock_path(path: str | Path) -> Path:
    """``news.db`` -> ``news.db.lock``, beside the archive file itself: for a
    symlink, beside the file it points to (else a writer through the link and one
    through the file would each hold a lock of their own)."""
    path = sqlite_file(path)
    return path.with_name(path.name + ".lock")


@contextmanager
def writer_lock(path: str | Path) -> Iterator[None]:
    """Hold the archive's writer lock for the block: see :func:`acquire_writer_lock`."""
    acquire_writer_lock(path)
    try:
        yield
    finally:
        release_writer_lock(path)


def acquire_writer_lock(path: str | Path) -> None:
    """Take the one-writer lock of the archive at ``path`` or raise :class:`ArchiveBusy`.

    An advisory ``flock`` on ``<archive>.lock`` (SQLite's own locks last one
    transaction; this one lasts the whole crawl, so two overlapping crawls
    cannot interleave their crawl rows and fetches). The kernel drops it when
    the process dies, however it dies, so a lock is never stale. Re-entrant
    within a process (several sites of one ``--sites`` run share it). On first
    taking it, crawl rows left ``running`` by a process that died are closed as
    ``interrupted``: no live writer can own them.
    """
    key = lock_path(path).absolute()
    held = _HELD.get(key)
    if held is not None:
        held.depth += 1
        return
    made = not os.path.lexists(key)
    try:
        fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a folder, or a symlink to nowhere, where the lock file goes
        raise ArchiveError(f"cannot write {shown_path(path)}: cannot open its lock file {shown_path(key)}: {exc.strerror or exc}") from None
    _lock_exclusive(fd, path, key, made=made)
    try:
        reader = read_unchanging(path)  # (after the lock is taken: a reader that comes later sees the writer)
    except ArchiveError:
        os.close(fd)
        raise
    if reader:
        os.close(fd)
        raise _reader_holds(path) from None
    foreign = _not_a_lock_file(fd)
    if foreign:  # a symlink or a hard link to another file at the lock's name: it was emptied (probe 32)
        os.close(fd)
        raise ArchiveError(f"cannot write {shown_path(path)}: its lock file {shown_path(key)} {foreign}: "
                           "not overwritten; move it away") from None
    try:  # the owner's name, for a second writer's message
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"clippings pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
    except OSError as exc:  # a full disk: no write command could go far (a crawl's first row fails next)
        os.close(fd)  # gives back the flock
        raise ArchiveError(f"cannot write {shown_path(path)}: cannot write its lock file {shown_path(key)}: {exc.strerror or exc}") from None
    _HELD[key] = _Held(fd=fd, depth=1)
    with ExitStack() as on_failure:  # (a file beside it SQLite cannot open, a damaged file): the lock given back, emptied
        on_failure.callback(release_writer_lock, path)
        close_stale_crawls(path)
        on_failure.pop_all()


def _lock_exclusive(fd: int, path: str | Path, key: Path, *, made: bool) -> None:
    """Take the exclusive ``flock`` of the lock file open at ``fd``, or close ``fd``
    and raise why not: another writer (:class:`ArchiveBusy`), or a file system that
    gives no locks (:func:`_no_locks`; the lock file is removed when this call made it)."""
    for attempt in range(LOCK_TRIES):
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if attempt == LOCK_TRIES - 1:
                owner = _owner(fd)
                refused = _reader_holds(path) if _only_shared(fd) else _busy(path, owner)
                os.close(fd)
                raise refused from None
            time.sleep(LOCK_RETRY_PAUSE)  # a peek's shared lock (writer_of) lasts an instant
        except OSError as exc:  # ENOLCK: an NFS mount without its lock service
            os.close(fd)
            if made:  # (no process can hold a lock on a file system that gives none)
                with suppress(FileNotFoundError):
                    os.unlink(key)
            raise no_locks(path, key, exc) from None


def _not_a_lock_file(fd: int) -> str | None:
    """Why the file open at ``fd`` is not a writer lock's to rewrite, or None: a
    regular file holding anything but a writer's name (a lock file is empty or
    names its last writer), or a pipe (a FIFO: what it holds is another program's to
    read). A device (``/dev/full``) is left to the write's error."""
    info = os.fstat(fd)
    if stat.S_ISFIFO(info.st_mode):
        return "is a pipe (a FIFO), not a file"
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return None
    if info.st_size <= 200 and _OWNER.fullmatch(os.pread(fd, 200, 0).decode("utf-8", "replace").strip()):
        return None
    return f"holds other data ({info.st_size} bytes; a lock file holds one line, a writer's name)"


def _owner(fd: int) -> str:
    """The name a lock holder wrote in the lock file (``clippings pid N on HOST``),
    or "another process": also when that names a process of this machine that has
    ended. The file keeps the last writer's name until the next writer rewrites it
    (just after taking the lock), and a peek (:func:`writer_of`) holds the lock
    without writing: the name left may be a dead writer's."""
    text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    named = _OWNER.fullmatch(text)
    if named is not None and named[2] == socket.gethostname() and not process_alive(int(named[1])):
        return "another process"
    return text or "another process"


_OWNER = re.compile(r"clippings pid (\d{1,10}) on (.+)")


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` of this machine exists (one of another user's: yes)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True
    except (ProcessLookupError, OverflowError):  # (OverflowError: past any pid)
        return False
    return True


def _only_shared(fd: int) -> bool:
    """The lock file open at ``fd`` is held shared only (a reader that lasts, as
    an older serve's), not by a writer: a shared lock of ours is granted."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _reader_holds(path: str | Path) -> ArchiveBusy:
    return ArchiveBusy(f"{shown_path(path)} is being read as unchanging by another process (a clippings command or "
                       "serve that began while it was read-only, so reads it immutable), which a write would show "
                       "damaged pages: let that command end or stop that server, then write again")


def _busy(path: str | Path, owner: str) -> ArchiveBusy:
    return ArchiveBusy(f"{shown_path(path)} is being written by {shown_path(owner)}; "
                       "one writer at a time: try again when it ends")


def hold_unchanging(path: str | Path) -> HoldKey | None:
    """Hold the archive file itself unchanging (a shared ``flock``), for a reader
    that reads it immutable (serve's Datasette ``-i``, a read command's
    connection): a writer that starts meanwhile (the archive made writable again)
    is refused (:func:`acquire_writer_lock`) instead of changing the file under it.
    On the archive file, not its ``.lock``: a read-only folder may have none, and
    none may be made there. The file held (its device and inode), or None, nothing
    held: no file to hold, or a writer holds the writer lock (looked at after the
    hold is taken, as a writer looks at holds after taking its lock: one or the
    other sees the other). The flock is not SQLite's (POSIX record locks): the two
    never meet. Give it back with :func:`let_go_unchanging`."""
    key = hold_shared(path)
    if key is not None and writer_alive(path):
        let_go_unchanging(key)
        return None
    return key


def writer_of(path: str | Path) -> str | None:
    """The live process holding the archive's writer lock, as it names itself, or
    None (read-only: the lock file is neither made nor changed; a shared ``flock``
    is tried and given back)."""
    try:
        fd = os.open(lock_path(path), os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)  # (a FIFO there: no wait for a writer)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _owner(fd)
    except OSError:  # ENOLCK: a file system that gives no locks, where no writer holds one (a writer is refused: _lock_exclusive)
        return None
    finally:
        os.close(fd)  # closing the descriptor gives back the shared lock
    return None


def writer_alive(path: str | Path) -> bool:
    """Whether a live process holds the archive's writer lock (:func:`writer_of`)."""
    return writer_of(path) is not None


def check_not_busy(path: str | Path) -> None:
    """:class:`ArchiveBusy` when another process holds the archive's writer lock,
    found without taking it or making its file: a second writer is told so before
    it reads the archive (:func:`check_readable` reads the whole file). This
    process's own hold (several sites of one ``--sites`` run) is no other writer."""
    if lock_path(path).absolute() in _HELD:
        return
    owner = writer_of(path)
    if owner is not None:
        raise _busy(path, owner)


def release_writer_lock(path: str | Path) -> None:
    """Give back one hold of the lock; the last one unlocks the file."""
    key = lock_path(path).absolute()
    held = _HELD.get(key)
    if held is None:
        return
    held.depth -= 1
    if held.depth == 0:
        del _HELD[key]
        os.ftruncate(held.fd, 0)
        os.close(held.fd)  # closing the descriptor releases the flock


def close_stale_crawls(path: str | Path, ids: list[int] | None = None,
                       status: str = "interrupted", stats: str | None = None) -> int:
    """Mark ``running`` crawl rows (all, or those of ``ids``) as ``status``, with
    ``stats`` (JSON text: what the crawl counted until then) where a row has none;
    returns how many. A missing file or one without crawls is left alone. The file
    is the one the command resolved ``path`` to (:func:`sqlite_file`): a link
    pointed at another archive since, its rows (another writer's crawl of the same
    number) are not this command's to close."""
    path, real = Path(path), sqlite_file(path)
    if not real.is_file() or real.stat().st_size == 0 or "crawls" not in _schema_of(path)[0]:
        return 0
    conn = sqlite3.connect(real)
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        where = "status = 'running'"
        params: list = []
        if ids is not None:
            if not ids:
                return 0
            where += f" AND id IN ({', '.join('?' * len(ids))})"
            params = list(ids)
        with conn:
            cur = conn.execute(
                f"UPDATE crawls SET status = ?, finished = coalesce(finished, ?), stats = coalesce(stats, ?) "
                f"WHERE {where}", [status, utc_now_iso(), stats, *params])
        return cur.rowcount
    finally:
        conn.close()
