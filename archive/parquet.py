"""Parquet export: typed columns, nested fields as Arrow lists / structs, streamed.

One file, ``<directory>/<name>.parquet``, written with pyarrow's ``ParquetWriter``
one row group per batch of rows (memory stays flat in the archive's size), and a
dataset card (``README.md``, :mod:`archive.card`) beside it, so that DuckDB
(``read_parquet('DIR/*.parquet')``), pandas / polars and Hugging Face
``datasets.load_dataset("parquet", data_files=...)`` (or ``load_dataset("DIR")``)
read it with no glue code.

Types: counts are integers, ``language_confidence`` a double, ``fetched_at`` /
``first_seen`` / ``last_seen`` UTC timestamps; ``published`` / ``modified`` stay
ISO 8601 strings (a page may give a day only, or a local offset, which a
timestamp column would lose). ``tags`` / ``authors`` are lists of strings;
``body_blocks``, ``related`` and ``images`` lists of structs; ``provenance`` a
list of ``{key, value}`` structs (what an Arrow map holds, in a form every
reader takes).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq
import sqlite_utils

from archive.card import CARD_MARK, EXPORT_ID_KEY, CardFigures, write_card
from archive.durable import synced_after_placing, synced_folder, written_to_disk
from archive.export import EXPORT_FIELDS, DamagedRecord, ExportQuery, iter_rows
from archive.parts import (
    EXPORT_NAMES,
    PLACING_MARK,
    earlier_exports,
    folder_locked,
    made_part_folder,
    place_committed,
    remove_abandoned,
    write_placing_mark,
)
from crawler.shown import shown, shown_path

__all__ = ["BATCH_ROWS", "SCHEMA", "ParquetSummary", "export_parquet"]

#: Rows per row group: bodies average a few KB, so a batch stays at a few MB.
BATCH_ROWS = 1000
_TS = pa.timestamp("ms", tz="UTC")  # Parquet keeps milliseconds at the coarsest
_NESTED = {
    "tags": pa.list_(pa.string()),
    "authors": pa.list_(pa.string()),
    "body_blocks": pa.list_(pa.struct([("type", pa.string()), ("text", pa.string())])),
    "related": pa.list_(pa.struct([(n, pa.string()) for n in
                                   ("url", "title", "section", "published", "summary")])),
    "images": pa.list_(pa.struct([(n, pa.string()) for n in ("url", "alt", "caption", "credit")])),
    "provenance": pa.list_(pa.struct([("key", pa.string()), ("value", pa.string())])),
}
_TYPES = _NESTED | {
    "word_count": pa.int32(), "reading_time_minutes": pa.int32(), "language_confidence": pa.float64(),
    "fetched_at": _TS, "first_seen": _TS, "last_seen": _TS,
    "version": pa.int32(), "version_count": pa.int32(), "crawl_id": pa.int64(),
}
#: The Arrow schema of an export: every column of :data:`archive.export.EXPORT_FIELDS`.
SCHEMA = pa.schema([(name, _TYPES.get(name, pa.string())) for name in EXPORT_FIELDS])
_TIMES = ("fetched_at", "first_seen", "last_seen")


@dataclass
class ParquetSummary:
    """What an export wrote."""

    path: Path
    card: Path
    rows: int = 0
    figures: CardFigures = field(default_factory=CardFigures)


def _arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    for name in _TIMES:
        value = row[name]
        try:
            row[name] = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
        except (ValueError, TypeError, AttributeError):
            raise DamagedRecord(f"version {row['version']} of {shown(row['canonical_url'], bare=True)}: "
                                f"its {name} {shown(str(value), limit=40)} is not an ISO 8601 time") from None
    provenance = row["provenance"] or {}  # an object: iter_rows refused any other shape
    row["provenance"] = [{"key": str(k), "value": str(v)} for k, v in provenance.items()]
    return row


def export_parquet(
    db: sqlite_utils.Database,
    directory: str | Path,
    query: ExportQuery | None = None,
    *,
    name: str | None = None,
    archive_name: str = "archive.db",
) -> ParquetSummary:
    """Write the rows ``query`` selects to ``directory/<name>.parquet`` and its card.

    ``name`` defaults to ``articles`` (latest versions) or ``versions`` (all).
    Both files are written in a hidden part folder (:mod:`archive.parts`), so an
    export that fails or is stopped, even by kill -9, never leaves a half file nor
    a file without its card. A ``directory`` that does not exist is that folder,
    renamed once into place whole. Into an existing one (or one another export
    made meanwhile), the part folder is first renamed into it as committed, then
    the earlier card is removed, the file moved in, then its card
    (:func:`archive.parts.place_committed`): a card never describes another file
    than the one beside it, and a later export finishes a move a kill cut short.
    One export per folder: the earlier export's data files go with its card (an
    ``--versions all`` export replaces a ``--versions latest`` one's
    ``articles.parquet``), and a ``*.parquet`` that no export wrote is refused
    (FileExistsError), so ``read_parquet('DIR/*.parquet')`` reads this export alone.
    Files and folders are synced to disk before and after each rename. A
    ``README.md`` in the folder that is not an earlier export's card is never
    overwritten.
    """
    query = query or ExportQuery()
    directory = Path(directory)
    card = directory / "README.md"
    path = directory / f"{name or ('versions' if query.versions == 'all' else 'articles')}.parquet"
    _refuse_unsafe_targets(card, path)
    summary = ParquetSummary(path=path, card=card)
    new = not os.path.lexists(directory)  # (only the folder named is made: its own folder must be there)
    if not new:
        _refuse_others(directory, path.name)
    if not new:  # (its killed exports first: one refused, nothing is changed, the parent's parts neither)
        remove_abandoned(directory, path.name)
    if directory.name:
        remove_abandoned(directory.parent, directory.name)  # (a new folder's killed parts, even if it exists now)
    lock, part = made_part_folder(directory.parent, directory.name) if new else made_part_folder(directory, path.name)
    done = directory / f".{path.name}.done.{part.name[-8:]}"
    placed = False
    try:
        _write_part(db, query, part, summary, archive_name)
        if new:
            _as_made(part)
            placed = _renamed_into_place(part, directory)
        if not placed:
            _move_into(part, done, directory, [card.name, path.name])
            placed = True
    finally:  # a failed or stopped export leaves nothing; the error goes on up
        if not placed:
            _remove_part(part, done)
        os.close(lock)  # (after the part is gone or in place: a part is never seen unlocked)
    return summary


def _refuse_unsafe_targets(card: Path, path: Path) -> None:
    """FileExistsError / IsADirectoryError when the card or the data file's place
    is not ours to replace: a card through a link, a user's README, a folder."""
    if card.is_symlink():  # (the card is checked and replaced as the folder's own file, never through a link)
        raise FileExistsError(f"{shown_path(card)} is a symbolic link: not replaced by a dataset card; "
                              "move it away, or export into another folder")
    if card.is_file() and CARD_MARK not in card.read_text(encoding="utf-8", errors="replace"):
        raise FileExistsError(f"{shown_path(card)} exists and is not a Clippings dataset card: not overwritten")
    for placed_at in (card, path):  # (a move into place would fail, or replace a folder's link)
        if os.path.lexists(placed_at) and not placed_at.is_file():
            raise IsADirectoryError(errno.EISDIR, f"{shown_path(placed_at)} is not a file")


def _refuse_others(directory: Path, name: str) -> None:
    """FileExistsError naming a ``*.parquet`` in ``directory`` that no export wrote,
    ``name`` among them: the card's ``read_parquet('DIR/*.parquet')`` would read it
    with the export, and it is not the export's to replace (an earlier export's
    files are replaced: :func:`archive.parts.earlier_exports`)."""
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:  # (not a folder: the write says why)
        return
    try:
        ours = earlier_exports(fd, keep=[], names=(*EXPORT_NAMES, name))  # (a user's articles.parquet is no export's)
        others = [entry for entry in sorted(os.listdir(fd))
                  if entry.endswith(".parquet") and not entry.startswith(".") and entry not in ours]
    finally:
        os.close(fd)
    if others:
        why = ("this export would replace it" if others[0] == name
               else "read_parquet('*.parquet') in the folder would read it with this export")
        raise FileExistsError(f"{shown_path(directory / others[0])} is not a Clippings export's file, and "
                              f"{why}: give a folder of its own")


def _write_part(db: sqlite_utils.Database, query: ExportQuery, part: Path, summary: ParquetSummary,
                archive_name: str) -> None:
    """Write the data file and its card into the part folder, both synced to disk."""
    export_id = secrets.token_hex(8)
    with open(part / summary.path.name, "xb") as out:
        _write_rows(db, query, out, summary, export_id)
        written_to_disk(out)
    write_card(part / summary.card.name, files=[summary.path.name], schema=SCHEMA, figures=summary.figures,
               query=query, archive_name=archive_name, export_id=export_id)
    synced_folder(part)


def _renamed_into_place(part: Path, directory: Path) -> bool:
    """Rename the part folder to ``directory``; False when another export made that
    folder meanwhile (two exports into one new folder: this one's files then go
    into it as into any existing folder, where it said "Directory not empty")."""
    try:
        os.rename(part, directory)
    except OSError as error:
        if error.errno not in (errno.ENOTEMPTY, errno.EEXIST):
            raise
        return False
    synced_after_placing(directory.parent, [directory], directory.parent)
    return True


def _move_into(part: Path, done: Path, directory: Path, names: list[str]) -> None:
    """Move ``names`` from ``part`` into ``directory`` (:func:`archive.parts.place_committed`):
    the part is renamed ``done`` beforehand, so a kill among the moves leaves a folder
    the next export finishes (:func:`archive.parts.remove_abandoned`), not one it
    removes. Under the folder's lock: another export's moves wait."""
    _keep_modes(part, directory, names)
    with folder_locked(directory) as folder:
        write_placing_mark(part, folder, names)
        os.rename(part, done)
        synced_folder(folder)
        if part.parent != directory:
            synced_folder(part.parent)
        done_fd = os.open(done, os.O_RDONLY | os.O_DIRECTORY)
        try:
            if not place_committed(done_fd, folder, directory=directory):  # (the README is the user's: nothing was moved)
                card = directory / names[0]
                raise FileExistsError(f"{shown_path(card)} exists and is not a Clippings dataset card: not overwritten")
        finally:
            os.close(done_fd)
        os.unlink(done / PLACING_MARK)
        os.rmdir(done)
        synced_after_placing(folder, [directory / name for name in sorted(names, key="README.md".__eq__)], directory)


def _keep_modes(part: Path, directory: Path, names: list[str]) -> None:
    """Each file gets the mode and owner of the one it replaces, as a JSONL export's
    does (:func:`archive.export.replacing`): a ``chmod 600`` export stays private."""
    for entry in names:
        try:
            current = os.stat(directory / entry)
        except FileNotFoundError:
            continue
        os.chmod(part / entry, stat.S_IMODE(current.st_mode))
        with suppress(PermissionError):  # (only root may give a file away)
            os.chown(part / entry, current.st_uid, current.st_gid)


def _remove_part(part: Path, done: Path) -> None:
    for folder in (part, done):
        for entry in (folder.iterdir() if folder.is_dir() else ()):
            with suppress(FileNotFoundError):
                entry.unlink()
        with suppress(FileNotFoundError):
            folder.rmdir()


def _as_made(part: Path) -> None:
    """The mode ``mkdir`` gives a new folder, for mkdtemp's (the user's alone): the
    umask's, and the setgid bit a shared folder passes on to its folders (kept, so
    the files later made in the export's folder keep the group's)."""
    inherited = os.stat(part).st_mode & stat.S_ISGID
    os.chmod(part, inherited | (0o777 & ~_umask()))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _write_rows(db: sqlite_utils.Database, query: ExportQuery, partial: BinaryIO, summary: ParquetSummary,
                export_id: str) -> None:
    """Stream the rows into ``partial`` in batches, counting them in ``summary``;
    the file's metadata holds ``export_id``."""
    batch: list[dict[str, Any]] = []
    schema = SCHEMA.with_metadata({EXPORT_ID_KEY: export_id})
    with pq.ParquetWriter(partial, schema, compression="zstd") as writer:
        for row in iter_rows(db, query):
            summary.figures.add(row)
            batch.append(_arrow_row(row))
            if len(batch) >= BATCH_ROWS:
                writer.write_table(_table(batch))
                summary.rows += len(batch)
                batch.clear()
        if batch:
            writer.write_table(_table(batch))
            summary.rows += len(batch)


def _table(batch: list[dict[str, Any]]) -> pa.Table:
    """The batch as an Arrow table; :class:`DamagedRecord` naming the first row whose
    values are not of their column's type (a row another program wrote: a tag that
    is a number, authors an object), where pyarrow's error was a traceback (probe 32)."""
    try:
        return pa.Table.from_pylist(batch, schema=SCHEMA)
    except (pa.ArrowException, ValueError, TypeError):
        for row in batch:  # only on failure: find the row to name
            try:
                pa.Table.from_pylist([row], schema=SCHEMA)
            except (pa.ArrowException, ValueError, TypeError) as exc:
                raise DamagedRecord(f"version {row['version']} of {shown(row['canonical_url'], bare=True)}: "
                                    f"a value is not of its field's type ({' '.join(str(exc).split())[:200]})") from None
        raise
