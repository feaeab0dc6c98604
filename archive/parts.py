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

Durable, as a database's writer is: a part's files are ``fsync``'d before the
rename that places them, and the folder after it (:func:`synced_folder`), so a
power cut leaves the earlier file or the whole new one, never an empty file
under the name.

A committed Parquet export is placed in an existing folder so that its card
(``README.md``) never describes another file than the one beside it
(:func:`place_committed`): the earlier card goes first, then the earlier
export's other data files (one export a folder), then the data file, then the new card, which names the data file's export id (a reader, and the
clean-up finishing a killed export, can check the pair). The moves of one
export are made under an exclusive ``flock`` of the folder, so two exports'
moves never interleave. Before its moves, the committed folder records what was in
place (:func:`write_placing_mark`): each file's inode, size and times, and its own
data files'; the clean-up finishing a killed export moves nothing when a file in
place is neither (a later export's, a rewrite, even one of the same mtime).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from archive.durable import synced_after_placing, synced_folder, written_to_disk
from crawler.shown import shown, shown_path

__all__ = [
    "EXPORT_NAMES",
    "PLACING_MARK",
    "UnprovenPlacing",
    "earlier_exports",
    "folder_locked",
    "lock_part",
    "made_part_file",
    "made_part_folder",
    "making_parts",
    "place_committed",
    "remove_abandoned",
    "write_placing_mark",
]

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


@contextmanager
def folder_locked(folder: Path) -> Iterator[int]:
    """An exclusive ``flock`` of ``folder`` for the block (waits for the holder; none
    where it cannot be had): one export's moves into it at a time. Yields its descriptor."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with suppress(OSError):  # (ENOLCK: the moves are then as unguarded as before)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)


def lock_part(fd: int) -> None:
    """Take the writer's lock on a part just made (see the module's note)."""
    with suppress(OSError):  # no flock here: the part stays unlocked, and is never cleaned up
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextmanager
def _file_made_in(folder: Path) -> Iterator[None]:
    """The block makes a file in ``folder``: a folder that is there and says "No such
    file or directory" to it (a virtual file system: /proc, /sys) is said so."""
    try:
        yield
    except FileNotFoundError as error:
        if not folder.is_dir():
            raise
        raise OSError(error.errno, f"its folder {shown_path(folder)} takes no new file (a virtual file system, as "
                                   "/proc or /sys, makes none)") from None


def made_part_file(target: Path) -> tuple[int, str]:
    """A new locked part file beside ``target`` (once the abandoned ones are removed):
    its descriptor, open for writing, and its path."""
    remove_abandoned(target.parent, target.name)
    with making_parts(target.parent), _file_made_in(target.parent):
        fd, part = tempfile.mkstemp(prefix=f".{target.name}.part.", dir=target.parent)
        lock_part(fd)
    return fd, part


def made_part_folder(parent: Path, name: str) -> tuple[int, Path]:
    """A new locked part folder in ``parent`` for ``name`` (once the abandoned ones
    are removed): a descriptor holding its lock, and its path."""
    remove_abandoned(parent, name)
    with making_parts(parent), _file_made_in(parent):
        part = Path(tempfile.mkdtemp(prefix=f".{name}.part.", dir=parent))
        fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY)
        lock_part(fd)
    return fd, part


class UnprovenPlacing(Exception):
    """A killed export's committed folder whose record of the files in place
    (:data:`PLACING_MARK`) cannot be read as one: finishing it could replace a file
    it cannot prove an earlier export's. The message (one line) names the record,
    says why, and how to drop that export; nothing was changed."""


class _MarkUnread(Exception):
    """Why a :data:`PLACING_MARK` cannot be read (the reason alone: :func:`remove_abandoned` names the file)."""


def remove_abandoned(folder: Path, name: str) -> None:
    """Remove the abandoned parts of ``name`` in ``folder``; a committed Parquet
    folder (``.done.``) is finished instead (:func:`_finish`), first. Every killed
    export's record of the files in place is read before anything changes: one
    that cannot be read (:class:`UnprovenPlacing`) is raised, and no other killed
    export is finished nor any part removed (a sound one was finished before a
    damaged one beside it was refused: the folder changed, the error said
    "nothing changed"). Nothing is done while a part is being made in ``folder``,
    nor where the folder cannot be listed."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        parts, done = _named(name, "part"), _named(name, "done")
        entries = sorted(os.listdir(fd), key=lambda entry: not done.fullmatch(entry))
        for entry in entries:  # (under the folder's lock: no part is made, none taken, meanwhile)
            if done.fullmatch(entry):
                _check_if_abandoned(fd, entry)
        for entry in entries:
            if parts.fullmatch(entry) or done.fullmatch(entry):
                _take_if_abandoned(fd, entry, finish=bool(done.fullmatch(entry)))
    except _MarkUnread as unread:
        mark = folder / entry / PLACING_MARK
        raise UnprovenPlacing(f"cannot finish the export killed in {shown_path(folder)}: its record of the files in place, "
                              f"{shown_path(mark)}, {unread}; nothing changed (an export never replaces a file it "
                              f"cannot prove an earlier export's): remove the folder {shown_path(folder / entry)} to "
                              "drop that export, then export again") from None
    except OSError:  # (a part being made now; ENOLCK; unlistable): nothing is proven abandoned
        return
    finally:
        os.close(fd)


def _check_if_abandoned(folder: int, entry: str) -> None:
    """:class:`_MarkUnread` when ``entry`` is a killed export's committed folder
    (its writer gone, only an export's files in it) whose record of the files in
    place cannot be read; nothing is changed."""
    try:
        part = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_DIRECTORY, dir_fd=folder)
    except OSError:  # gone meanwhile, a symlink, not a folder, another user's
        return
    try:
        try:
            fcntl.flock(part, fcntl.LOCK_EX | fcntl.LOCK_NB)  # (let go as it closes)
            exported = all(_exported(name, part) for name in os.listdir(part))
        except OSError:  # its writer is running; another user's
            return
        if exported:
            with suppress(FileNotFoundError):  # (none: an earlier Clippings's, judged by mtimes)
                _placing_mark(part)
    finally:
        os.close(part)


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
            if not all(_exported(name, part) for name in os.listdir(part)):
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
    """Place the files of a Parquet export killed while it moved them into place,
    unless a later export's data file of that name is there now (newer)."""
    place_committed(done, folder, newer_only=True)


def place_committed(done: int, folder: int, *, newer_only: bool = False, directory: Path | None = None) -> bool:
    """Move a committed Parquet export's files from ``done`` into ``folder`` (both
    descriptors): the folder's card first removed, then the data file moved, then
    the new card, only if the data file beside it is the one it names (its export
    id). Each step leaves a card that describes its file, or no card. Nothing is
    moved when the folder's README.md is not a card (the user's: never replaced);
    returns whether the card was placed. ``newer_only`` (finishing a killed export):
    nothing is moved, nor the folder's card removed, when a data file is in place
    that was neither there at the commit nor ours (:func:`_finishable`: a later
    export's, of either name, or a rewrite), or when our file was moved already and
    what is in place now is not the file our card names. ``directory``: the
    folder's path, for :class:`archive.durable.PlacedNotSynced` when its last sync fails."""
    entries = os.listdir(done)
    if not _card_or_none(folder):
        return False
    data = sorted(name for name in entries if name.endswith(".parquet"))
    has_card = "README.md" in entries
    if has_card and not data and not _describes_its_files(done, folder, moved=[]):
        return False
    replaced = _finishable(done, folder, data) if newer_only else earlier_exports(folder, keep=data)
    if replaced is None:  # (finishing a killed export: a later export's file, or a rewrite, is in place)
        return False
    if has_card:
        with suppress(FileNotFoundError):
            os.unlink("README.md", dir_fd=folder)
        synced_folder(folder)
    for entry, inode in replaced.items():  # one export per folder: `read_parquet('DIR/*.parquet')` reads it alone
        with suppress(FileNotFoundError):
            if os.stat(entry, dir_fd=folder, follow_symlinks=False).st_ino == inode:  # (not renamed over since)
                os.unlink(entry, dir_fd=folder)
    for entry in data:
        os.replace(entry, entry, src_dir_fd=done, dst_dir_fd=folder)
    synced_folder(folder)
    if not has_card or not _describes_its_files(done, folder, moved=data):
        return False
    os.replace("README.md", "README.md", src_dir_fd=done, dst_dir_fd=folder)
    if directory is None:
        synced_folder(folder)
    else:
        synced_after_placing(folder, [directory / entry for entry in (*data, "README.md")], directory)
    return True


EXPORT_NAMES = ("articles.parquet", "versions.parquet")


def earlier_exports(folder: int, *, keep: list[str], newer_than: int | None = None,
                    names: tuple[str, ...] = EXPORT_NAMES) -> dict[str, int]:
    """The files in ``folder`` other than ``keep`` that an earlier export wrote, by
    name with their inode, which an export into the folder replaces: ``articles.parquet``
    beside a ``--versions all`` export's ``versions.parquet`` was read with it by the
    card's ``read_parquet('*.parquet')``. Only a regular file under a name an export
    writes (``names``: :data:`EXPORT_NAMES`), whose metadata holds an export id or which the
    folder's card names: pyarrow copies a table's metadata, export id and all, into a
    user's filtered copy, and a card can be edited by hand, so neither alone makes
    a user's ``mine.parquet`` an export's (it is refused instead, never deleted).
    ``newer_than`` (finishing a killed export): only the files no newer than that
    ``st_mtime_ns`` (a later export's stay)."""
    from archive.card import card_files, export_id_of  # (pyarrow: not for a JSONL export's every part)

    named = set(card_files(_card_text(folder))[1])
    found = {}
    for entry in sorted(os.listdir(folder)):
        if entry not in names or entry in keep:
            continue
        try:
            fd = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
        except OSError:  # a symlink, another user's: not an export's
            continue
        with open(fd, "rb") as file:
            made = os.fstat(fd)
            ours = stat.S_ISREG(made.st_mode) and (entry in named or export_id_of(file) is not None)
        if ours and (newer_than is None or made.st_mtime_ns <= newer_than):
            found[entry] = made.st_ino
    return found


#: The file a committed folder records what was in place in (:func:`write_placing_mark`).
PLACING_MARK = ".placing.json"


def _identity(name: str, folder: int) -> list[int] | None:
    """The file ``name`` in ``folder`` as its inode, size, mtime and ctime (ns), or None: none there."""
    try:
        info = os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return None
    return [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def write_placing_mark(part: Path, folder: int, names: list[str]) -> None:
    """Record in ``part`` (the export's folder, about to be committed) the data files
    in place in ``folder`` an export may replace, and the part's own (the Parquet
    files of ``names``), each by inode, size and times, synced: the clean-up
    that finishes a killed export compares them all (:func:`_finishable`), never
    mtimes alone (a later export's file, or one rewritten, may have ours). Called
    under the folder's lock, before the part is renamed committed."""
    part_fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY)
    try:
        data = [name for name in names if name.endswith(".parquet")]
        placed = {name: found for name in sorted({*EXPORT_NAMES, *data})
                  if (found := _identity(name, folder)) is not None}
        ours = {name: found[:3] for name in data
                if (found := _identity(name, part_fd)) is not None}  # (a rename changes the ctime)
    finally:
        os.close(part_fd)
    with open(part / PLACING_MARK, "x", encoding="utf-8") as out:
        json.dump({"placed": placed, "ours": ours}, out)
        written_to_disk(out)


def _finishable(done: int, folder: int, data: list[str]) -> dict[str, int] | None:
    """The earlier export's files in ``folder`` that finishing the killed export in
    ``done`` replaces (by name, with their inode), or None: a file in place is no
    longer what its commit recorded (:func:`write_placing_mark`) nor its own. A
    committed folder of an earlier Clippings (no record) is judged by mtimes."""
    try:
        placed, ours = _placing_mark(done)
    except FileNotFoundError:
        return _finishable_by_mtime(done, folder, data)
    for name in sorted({*EXPORT_NAMES, *data, *placed}):
        found = _identity(name, folder)
        if found is not None and found != placed.get(name) and found[:3] != ours.get(name):
            return None
    if not all(stat.S_ISREG(os.stat(name, dir_fd=done, follow_symlinks=False).st_mode) for name in data):
        return None
    return {name: inode for name, inode in earlier_exports(folder, keep=data).items()
            if _identity(name, folder) == placed.get(name)}


#: The most a :data:`PLACING_MARK` is read of (one is a few hundred bytes).
PLACING_MARK_MAX = 64 << 10


def _placing_mark(done: int) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The record in ``done`` (:func:`write_placing_mark`): the files in place and
    ours, by name. :class:`FileNotFoundError`: none (an earlier Clippings's folder);
    :class:`_MarkUnread`: one that is not such a record (damaged, tampered with,
    another kind of file in its place)."""
    try:
        fd = os.open(PLACING_MARK, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=done)
    except FileNotFoundError:
        raise
    except OSError as error:  # (ELOOP: a symbolic link; EACCES)
        reason = "is a symbolic link" if error.errno == errno.ELOOP else f"cannot be read ({error.strerror or error})"
        raise _MarkUnread(reason) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # (before open(): a folder's descriptor raises IsADirectoryError there)
            raise _MarkUnread("is a folder" if stat.S_ISDIR(mode) else "is not a regular file (a pipe or a device)")
        with open(fd, "rb", closefd=False) as file:
            raw = file.read(PLACING_MARK_MAX + 1)
    except OSError as error:
        raise _MarkUnread(f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(fd)
    if len(raw) > PLACING_MARK_MAX:
        raise _MarkUnread(f"is larger than {PLACING_MARK_MAX >> 10} KiB (a record is a few hundred bytes)")
    try:
        mark = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _MarkUnread("is not UTF-8 text") from None
    except (ValueError, RecursionError) as error:  # (RecursionError: arrays nested thousands deep)
        raise _MarkUnread(f"is not JSON ({error if isinstance(error, ValueError) else 'nested too deep'})") from None
    return _mark_field(mark, "placed", 4), _mark_field(mark, "ours", 3)


def _mark_field(mark: object, key: str, length: int) -> dict[str, list[int]]:
    """``mark[key]``: export file names, each with ``length`` whole numbers, or :class:`_MarkUnread`."""
    if not isinstance(mark, dict):
        raise _MarkUnread(f"is JSON but not an object (a {type(mark).__name__})")
    if key not in mark:
        raise _MarkUnread(f'has no "{key}"')
    field = mark[key]
    if not isinstance(field, dict):
        raise _MarkUnread(f'has a "{key}" that is not an object (a {type(field).__name__})')
    for name, found in field.items():
        if not (name.endswith(".parquet") and "/" not in name) or name.startswith("."):
            raise _MarkUnread(f'names in "{key}" a file no export writes ({shown(name)})')
        if not (isinstance(found, list) and len(found) == length
                and all(type(number) is int for number in found)):  # (bool is no number here)
            raise _MarkUnread(f'gives {shown(name)} in "{key}" as {shown(json.dumps(found))}, not {length} whole numbers')
    return field


def _finishable_by_mtime(done: int, folder: int, data: list[str]) -> dict[str, int] | None:
    """:func:`_finishable` for a committed folder with no record: a data file newer
    than ours in place (a later export's, of either name) keeps it as it is."""
    if not (all(_ours_is_newer(name, done, folder) for name in data)
            and not (data and _later_export_in(folder, _newest(done, data)))):
        return None
    return earlier_exports(folder, keep=data, newer_than=_newest(done, data))


def _card_text(folder: int) -> str:
    """The folder's README.md (its first MiB), or "" where there is none to read."""
    try:
        readme = os.open("README.md", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except OSError:
        return ""
    with open(readme, "rb") as text:
        return text.read(1 << 20).decode("utf-8", "replace")


def _newest(done: int, data: list[str]) -> int:
    return max((os.stat(name, dir_fd=done, follow_symlinks=False).st_mtime_ns for name in data), default=0)


def _later_export_in(folder: int, ours: int) -> bool:
    """A data file of an export newer than ``ours`` (``st_mtime_ns``) is in ``folder``,
    under either name an export writes: a later ``--versions all`` export's
    ``versions.parquet`` supersedes a killed ``--versions latest`` one, whose
    ``articles.parquet`` would otherwise join it (two exports in one folder)."""
    return bool(set(earlier_exports(folder, keep=[])) - set(earlier_exports(folder, keep=[], newer_than=ours)))


def _ours_is_newer(entry: str, done: int, folder: int) -> bool:
    """The file ``entry`` in ``done`` is a regular file, and the one of that name in
    ``folder`` is absent or no newer."""
    ours = os.stat(entry, dir_fd=done, follow_symlinks=False)
    try:
        theirs = os.stat(entry, dir_fd=folder, follow_symlinks=False).st_mtime_ns
    except FileNotFoundError:
        theirs = -1
    return stat.S_ISREG(ours.st_mode) and theirs <= ours.st_mtime_ns


def _describes_its_files(done: int, folder: int, *, moved: list[str]) -> bool:
    """The card in ``done`` names an export id, and each data file it names is in
    ``folder`` with that id in its Parquet metadata. A card of an earlier Clippings
    (no id), killed in its moves, describes the files just ``moved`` from its folder."""
    from archive.card import card_files, export_id_of  # (pyarrow: not for a JSONL export's every part)

    with open(os.open("README.md", os.O_RDONLY | os.O_NOFOLLOW, dir_fd=done), encoding="utf-8",
              errors="replace") as text:
        export_id, files = card_files(text.read(1 << 20))
    if export_id is None or not files:
        return bool(files) and set(files) <= set(moved)
    for name in files:
        try:
            data = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder)
        except OSError:
            return False
        with open(data, "rb") as file:
            if export_id_of(file) != export_id:
                return False
    return True


def _card_or_none(folder: int) -> bool:
    """``folder`` holds no README.md, or one an export wrote (its card's mark)."""
    from archive.card import CARD_MARK  # (pyarrow: not for a JSONL export's every part)

    try:
        readme = os.open("README.md", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except FileNotFoundError:
        return True
    with open(readme, "rb") as text:
        return CARD_MARK.encode() in text.read(1 << 20)


def _exported(name: str, part: int) -> bool:
    """``name`` in the part folder ``part`` is one an export writes there: a Parquet
    file or its card, each a regular file (a pipe there hung the finish reading the
    card, after its file was moved), or its record of what was in place (whatever
    it is: :func:`_placing_mark` says what is wrong with it)."""
    if name == PLACING_MARK:
        return True
    if name != "README.md" and not name.endswith(".parquet"):
        return False
    try:
        return stat.S_ISREG(os.stat(name, dir_fd=part, follow_symlinks=False).st_mode)
    except FileNotFoundError:  # (gone meanwhile)
        return True


def _empty(folder: int) -> None:
    for entry in os.listdir(folder):
        with suppress(IsADirectoryError, PermissionError):  # (not a part's: the rmdir fails, it stays)
            os.unlink(entry, dir_fd=folder)
