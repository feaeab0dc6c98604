"""``clippings recover DB NEW``: what SQLite can still read of a damaged archive, into a new file.

The advice a damaged archive's error gave, ``sqlite3 FILE .recover``, fails where
SQLite's command-line shell is built without the ``sqlite_dbpage`` table (Debian's
and Ubuntu's 3.40 and later: ".recover" then says "sql error: SQL logic error" on any
file, a sound one too), prints SQL rather than a file (it must be piped into
``sqlite3 NEW``), and needs a shell many machines do not have. Python's sqlite3
has no page-level recovery either, so this reads row by row, with queries:

- the schema (``sqlite_master``) must be readable, else nothing can be recovered
  here (restore a copy);
- each ordinary table is created in NEW as it was, and its rows copied in rowid
  order (the rowid kept: the full-text index refers to it); where a query meets a
  damaged page, the reading skips ahead to the first rowid it can read again (probes
  doubling, then halving: some 130 queries at most per damaged stretch), and the
  rows in between are left out and named. A table without rowid is read by seeks
  on its key, past its damaged stretches too (:mod:`archive.recover_keyed`);
- every read is in one read transaction: the archive as of one moment (in WAL
  mode a snapshot: a crawl writing meanwhile goes on, unseen);
- a virtual table's shadow tables are those SQLite marks as such (``PRAGMA
  table_list``), made again with it, never copied;
- then the indexes, views, virtual tables (a full-text index rebuilt from its
  table, with its settings: the ranking's weights) and triggers are made again, and NEW is checked (``PRAGMA quick_check``).

Rows in a page SQLite can no longer reach (a table's root or an inner page
overwritten) are lost here, where a page-level recovery might find them. NEW is
written beside (SQLite syncs it at its commit) and linked in place at the end, its
folder synced: a failure leaves no NEW.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from archive.db import ARCHIVE_TABLES, ArchiveError, connect_readonly, file_fault
from archive.durable import synced_folder
from archive.recover_keyed import KeyedReader, copy_keyed_rows, key_columns
from crawler.shown import shown_path

#: Rows read per query.
BATCH = 500
LOWEST, HIGHEST = -(2**63), 2**63 - 1
#: SQLite's codes for a file another connection holds (SQLITE_BUSY, SQLITE_LOCKED):
#: not damage, whatever the query; the recovery stops with it (:func:`in_use`).
_IN_USE = (5, 6)


def in_use(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed the query because another program holds the file (its
    write lock past the busy timeout), not because a page is damaged."""
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF in _IN_USE


@dataclass
class TableRecovered:
    name: str
    rows: int = 0
    left_out: list[str] = field(default_factory=list)
    """The stretches of rows SQLite could not read ("rowids 41-57", "from rowid 1 on")."""

    def line(self) -> str:
        rows = f"{self.rows} row{'' if self.rows == 1 else 's'}"
        return f"{self.name}: {rows}" + (f"; unreadable, left out: {', '.join(self.left_out)}" if self.left_out else "")


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def copied_columns(source: sqlite3.Connection, table: str) -> tuple[list[str], bool]:
    """The columns to copy (generated ones are not) and whether the table's rowid is
    copied apart (it is not when a column is its alias, an INTEGER PRIMARY KEY)."""
    info = source.execute(f"PRAGMA table_xinfo({quoted(table)})").fetchall()
    keys = [row for row in info if row[5]]
    alias = keys[0][1] if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER" else None
    columns = [row[1] for row in info if row[6] not in (2, 3)]
    return columns, alias is None


def readable_from(source: sqlite3.Connection, table: str, start: int) -> int | None:
    """The lowest rowid from which ``table`` reads again, rows from ``start`` on failing
    (None: none after): probes doubling past ``start``, then halving back."""
    def reads(rowid: int) -> bool:
        try:
            source.execute(f"SELECT rowid FROM {quoted(table)} WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                           [rowid]).fetchall()
        except sqlite3.DatabaseError as exc:
            if in_use(exc):
                raise
            return False
        return True

    step, failed = 1, start
    while not reads(start + step):
        failed = start + step
        if start + step >= HIGHEST:
            return None
        step = min(step * 2, HIGHEST - start)
    good = start + step
    while good - failed > 1:
        middle = failed + (good - failed) // 2
        if reads(middle):
            good = middle
        else:
            failed = middle
    return good


def copy_rowid_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> TableRecovered:
    """``table``'s rows SQLite can read, copied in rowid order, the damaged stretches skipped."""
    done = TableRecovered(table)
    columns, apart = copied_columns(source, table)
    names = ", ".join(map(quoted, columns))
    read = f"SELECT rowid, {names} FROM {quoted(table)} WHERE rowid >= ? ORDER BY rowid LIMIT {BATCH}"
    into = (f"INSERT INTO {quoted(table)} ({'rowid, ' if apart else ''}{names}) "
            f"VALUES ({', '.join('?' * (len(columns) + apart))})")
    start = LOWEST
    while True:
        rows: list[tuple[object, ...]] = []
        try:
            for row in source.execute(read, [start]):
                rows.append(row)
        except sqlite3.DatabaseError as exc:
            if in_use(exc):
                raise
            # the rows before the damage (the last ones read singly: the cursor, a row
            # ahead of the one it hands out, met the damage first), then the damage
            more, damaged = rows_singly(source, read.replace(f"LIMIT {BATCH}", "LIMIT 1"),
                                        int(rows[-1][0]) + 1 if rows else start)  # type: ignore[call-overload]
            rows += more
            if rows:
                target.executemany(into, [row if apart else row[1:] for row in rows])
                done.rows += len(rows)
                start = int(rows[-1][0]) + 1  # type: ignore[call-overload]
            if not damaged:
                if not more or start > HIGHEST:
                    return done  # (the table's end)
                continue
            again = readable_from(source, table, start)
            if again is None:
                done.left_out.append("every row" if start == LOWEST else f"from rowid {start} on")
            else:
                done.left_out.append(f"rowids {start}-{again - 1}" if start > LOWEST else f"rowids up to {again - 1}")
            if again is None:
                return done
            start = again
            continue
        target.executemany(into, [row if apart else row[1:] for row in rows])
        done.rows += len(rows)
        if len(rows) < BATCH or int(rows[-1][0]) >= HIGHEST:  # type: ignore[call-overload]
            return done
        start = int(rows[-1][0]) + 1  # type: ignore[call-overload]


def rows_singly(source: sqlite3.Connection, one: str, start: int) -> tuple[list[tuple[object, ...]], bool]:
    """The rows from rowid ``start`` on, read with ``one`` (a query of one row: it steps
    no row ahead, into a damaged page), at most :data:`BATCH`; and whether the reading
    stopped at damage (else at the table's end, or the batch's)."""
    rows: list[tuple[object, ...]] = []
    while len(rows) < BATCH and start <= HIGHEST:
        try:
            found = source.execute(one, [start]).fetchall()
        except sqlite3.DatabaseError as exc:
            if in_use(exc):
                raise
            return rows, True
        if not found:
            return rows, False
        rows.append(found[0])
        start = int(found[0][0]) + 1  # type: ignore[call-overload]
    return rows, False


def copy_keyed_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> TableRecovered:
    """A table without rowid: its rows SQLite can read, by seeks on its key, the
    damaged stretches skipped and named (:mod:`archive.recover_keyed`); where its key
    sorts otherwise than plainly, its rows in its key's order up to its first damage."""
    done = TableRecovered(table)
    columns, _ = copied_columns(source, table)
    names = ", ".join(map(quoted, columns))
    into = f"INSERT INTO {quoted(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"

    def keep(rows: list[tuple[object, ...]]) -> None:
        target.executemany(into, rows)
        done.rows += len(rows)

    keys = key_columns(source, table)
    if keys is not None and set(keys) <= set(columns):
        done.left_out = copy_keyed_rows(KeyedReader(source, table, columns, keys, keep, in_use))
        return done
    try:
        for row in source.execute(f"SELECT {names} FROM {quoted(table)}"):
            keep([row])
    except sqlite3.DatabaseError as exc:
        if in_use(exc):
            raise
        done.left_out.append(f"after its first {done.rows} rows ({exc})")
    return done


@dataclass
class Schema:
    tables: list[tuple[str, str]] = field(default_factory=list)
    """Ordinary tables: (name, CREATE statement)."""
    later: list[tuple[str, str, str]] = field(default_factory=list)
    """Indexes, views, virtual tables, triggers: (type, name, CREATE statement), in that order."""


def read_schema(source: sqlite3.Connection) -> Schema:
    """The file's tables, indexes, views, virtual tables and triggers, without
    SQLite's own tables and a virtual table's shadow tables (made with it): those
    SQLite marks as such (``PRAGMA table_list``: by the virtual table's module, as
    ``articles_fts`` makes ``articles_fts_data``, ``articles_fts_idx``, ...), not any
    table whose name begins with a virtual table's (``articles_fts_notes`` is a table
    of its own, copied)."""
    rows = source.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    kinds = {name: kind for name, kind in source.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main'")}
    schema = Schema()
    order = {"index": 0, "view": 1, "table": 2, "trigger": 3}
    for kind, name, sql in rows:
        if name.startswith("sqlite_") or kinds.get(name) == "shadow":
            continue
        if kind == "table" and kinds.get(name) != "virtual":
            schema.tables.append((name, sql))
        else:
            schema.later.append((kind, name, sql))
    schema.later.sort(key=lambda entry: order.get(entry[0], 4))
    return schema


def rebuilt(target: sqlite3.Connection, kind: str, name: str, sql: str,
            settings: list[tuple[object, object]] | None = None) -> str | None:
    """Make an index, view, virtual table or trigger again (a full-text index rebuilt
    from its table's rows, with its ``settings``: :func:`fts_settings`); what went
    wrong, else None."""
    try:
        target.execute(sql)
        if kind == "table" and " FTS" in sql.upper():
            for key, value in settings or []:
                target.execute(f"INSERT INTO {quoted(name)} ({quoted(name)}, rank) VALUES (?, ?)", [key, value])
            target.execute(f"INSERT INTO {quoted(name)} ({quoted(name)}) VALUES ('rebuild')")
    except sqlite3.DatabaseError as exc:
        return f"{kind} {name} not made: {exc}"
    return None


def fts_settings(source: sqlite3.Connection, name: str, sql: str) -> list[tuple[object, object]]:
    """A full-text (FTS5) index's settings, kept in its ``_config`` shadow table, which
    is not copied (its table is made anew): the ranking's weights ("rank",
    ``bm25(10.0, 4.0, 1.0)``), a merge or page size; not its format's version (the
    library's own). None where they cannot be read: SQLite's defaults then."""
    if " FTS5" not in sql.upper():
        return []
    try:
        rows = source.execute(f"SELECT k, v FROM {quoted(name + '_config')} WHERE k != 'version'").fetchall()
    except sqlite3.DatabaseError as exc:
        if in_use(exc):
            raise
        return []
    return [(key, value) for key, value in rows]


def recover(damaged: Path, new: Path) -> list[str]:
    """What SQLite can read of ``damaged`` into the new file ``new``; lines saying what
    each table kept and left out. :class:`ArchiveError` when nothing can be read."""
    if new.exists() or new.is_symlink():
        raise ArchiveError(f"{shown_path(new)} exists: recover writes a new file (give another name)")
    if not damaged.exists():
        raise ArchiveError(f"no archive at {shown_path(damaged)}")
    try:
        source = connect_readonly(damaged, peek=True)
    except sqlite3.DatabaseError as exc:
        raise unread(damaged, exc) from None
    try:
        try:
            # One read transaction: every table as of one moment (in WAL mode, an
            # archive's, a snapshot; a crawl writing meanwhile goes on unseen).
            source.execute("BEGIN")
            schema = read_schema(source)
        except sqlite3.DatabaseError as exc:
            raise unread(damaged, exc) from None
        check_archive_tables(damaged, schema)
        with written_beside(new, mode=stat.S_IMODE(damaged.stat().st_mode)) as partial:
            try:
                return copy_all(source, partial, schema)
            except sqlite3.DatabaseError as exc:  # (DB's damage is skipped in the copy: the rest is NEW's)
                if in_use(exc):
                    raise unread(damaged, exc) from None
                fault = file_fault(new, exc)  # (a full disk, ``ulimit -f``: NEW's, not DB's)
                if fault is None:
                    raise
                raise fault from None
    finally:
        source.close()


def check_archive_tables(damaged: Path, schema: Schema) -> None:
    """:class:`ArchiveError` unless the file's schema holds an archive's tables (another
    program's SQLite file, an empty one: nothing of an archive to recover)."""
    names = sorted(name for name, _ in schema.tables)
    if not set(names) >= ARCHIVE_TABLES:
        shown = ", ".join(map(shown_path, names[:5])) + (", ..." if len(names) > 5 else "")
        raise ArchiveError(f"{shown_path(damaged)} is not a Clippings archive (its tables: {shown or 'none'}): "
                           "nothing to recover")


def unread(damaged: Path, exc: sqlite3.DatabaseError) -> ArchiveError:
    """The error for a file whose schema SQLite cannot read, or that another program
    holds locked (then nothing is said of damage: it is read again later)."""
    if in_use(exc):
        return ArchiveError(f"cannot read {shown_path(damaged)}: another program is writing it ({exc}); "
                            "run recover again when it is done")
    return ArchiveError(f"{shown_path(damaged)}: SQLite cannot read its list of tables ({exc}): nothing to recover; "
                        "restore it from a copy")


def copy_all(source: sqlite3.Connection, path: Path, schema: Schema) -> list[str]:
    target = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("page_size", "user_version", "application_id"):
            with contextlib.suppress(sqlite3.DatabaseError):  # (the damaged file's header)
                value = int(source.execute(f"PRAGMA {pragma}").fetchone()[0])
                target.execute(f"PRAGMA {pragma} = {value}")
        target.execute("BEGIN")
        lines = []
        for name, sql in schema.tables:
            target.execute(sql)
            keyed = "WITHOUT ROWID" in " ".join(sql.upper().split())
            lines.append((copy_keyed_table if keyed else copy_rowid_table)(source, target, name).line())
        lines += [problem for kind, name, sql in schema.later
                  if (problem := rebuilt(target, kind, name, sql, fts_settings(source, name, sql) if kind == "table" else None))]
        if not source.in_transaction:  # (SQLite ends a transaction at some errors: the reads since are of later moments)
            raise ArchiveError("the archive's read transaction ended before the copy's end (SQLite gave it up at an "
                               "error); run recover again")
        target.execute("COMMIT")
        check = [row[0] for row in target.execute("PRAGMA quick_check")]
        if check != ["ok"]:
            raise ArchiveError(f"the recovered file fails SQLite's quick_check: {'; '.join(check[:3])}")
        return lines
    finally:
        target.close()


@contextlib.contextmanager
def written_beside(new: Path, mode: int) -> Iterator[Path]:
    """A file beside ``new`` to write (its permissions ``mode``, the damaged file's);
    put in place as ``new`` when the block ends well (still refusing a file made
    meanwhile), removed otherwise."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{new.name}.", suffix=".recovering", dir=new.parent)
    except OSError as exc:  # (its folder missing, or not writable)
        raise ArchiveError(f"cannot write {shown_path(new)}: {exc.strerror or exc}") from None
    os.fchmod(handle, mode)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        try:
            os.link(partial, new)  # (fails if ``new`` appeared meanwhile)
        except FileExistsError:
            raise ArchiveError(f"{shown_path(new)} exists: recover writes a new file (give another name)") from None
        synced_folder(new.parent)
    finally:
        partial.unlink(missing_ok=True)
