"""Exporting the archive: one row per article version, as JSON Lines, CSV or Parquet.

Columns / keys are :data:`crawler.items.ARTICLE_FIELDS` in that order, then
:data:`VERSION_FIELDS` (``status``, ``first_seen``, ``last_seen``, ``version``,
``version_count``, ``crawl_id``). ``versions="latest"`` gives each article's
latest version (one row per article); ``"all"`` every version, oldest first.

JSONL: lists and dicts as JSON values, so each line feeds ``Article.from_dict``.
CSV: lists and dicts as JSON text, null as an empty cell.
Parquet: see :mod:`archive.parquet` (typed columns, nested lists / structs).
Rows are streamed from SQLite: memory use does not grow with the archive.
"""

from __future__ import annotations

import csv
import errno
import gzip
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal, TextIO

import sqlite_utils

from archive.db import SQLITE_HEADER
from archive.durable import synced_after_placing, written_to_disk
from archive.migrations import ABSENT_VALUES, JSON_FIELDS, JSON_SHAPES
from archive.parts import made_part_file
from crawler.items import ARTICLE_FIELDS
from crawler.shown import shown, shown_value

__all__ = [
    "EXPORT_FIELDS", "FORMATS", "VERSION_FIELDS", "ExportQuery", "export_articles",
    "iter_article_dicts", "iter_rows", "kept_evidence", "missing_fields", "replacing",
]

FORMATS = ("jsonl", "csv", "parquet")
#: What each exported row adds to the record: the article's status, the version's
#: first / last sighting, its number (1, 2, ...) among the article's versions, how
#: many versions the article has, and the crawl that first saw it.
VERSION_FIELDS: tuple[str, ...] = (
    "status", "first_seen", "last_seen", "version", "version_count", "crawl_id",
)
EXPORT_FIELDS: tuple[str, ...] = ARTICLE_FIELDS + VERSION_FIELDS


@dataclass(frozen=True, kw_only=True)
class ExportQuery:
    """Which rows to export. Every filter is optional; all given ones apply."""

    versions: Literal["latest", "all"] = "latest"
    since: str | None = None
    """Versions seen on or after this day / time (ISO 8601): ``last_seen >= since``."""
    until: str | None = None
    """Versions first seen on or before this day / time (a bare day counts whole)."""
    site: str | None = None
    status: str | None = None
    """``live`` or ``gone`` (the article's status)."""
    language: str | None = None
    """ISO 639-1 code: the detected language, else the declared one's primary subtag."""
    include_gone: bool = True

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions over the numbered-versions subquery, and their parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.versions == "latest":
            clauses.append("version = version_count")
        if self.since:
            clauses.append("last_seen >= ?")
            params.append(_timestamp(self.since, "since"))
        if self.until:
            clauses.append("first_seen < ?")
            params.append(_timestamp(self.until, "until", end_of_day=True))
            # --since later than --until is no empty window: the two bounds are on different
            # columns, and a version seen before and after both (last_seen >= since, first_seen < until) matches.
        if self.site:
            clauses.append("site = ?")
            params.append(self.site.lower())
        if self.status:
            clauses.append("status = ?")
            params.append(self.status)
        elif not self.include_gone:
            clauses.append("status = 'live'")
        if self.language:
            if not re.fullmatch(r"[A-Za-z]{2}([-_][A-Za-z0-9]{1,8})*", self.language):
                raise ValueError(f"--language {shown(self.language)} is not an ISO 639-1 code (e.g. en, fr, pt-BR)")
            clauses.append(
                "coalesce(detected_language, lower(substr(language, 1, "
                "instr(replace(language, '_', '-') || '-', '-') - 1))) = ?")
            params.append(self.language.lower().split("-")[0])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _timestamp(value: str, name: str, *, end_of_day: bool = False) -> str:
    """A bound as the archive writes times (``2025-07-16T08:00:00Z``); a bare day is
    its start (or, with ``end_of_day``, the next day's start). ``ValueError`` naming
    the option when the value is not ISO 8601."""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return (day + timedelta(days=1)).isoformat() if end_of_day else day.isoformat()
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"--{name} {shown(value)} is not an ISO 8601 day or time") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    text = moment.isoformat(timespec="seconds") + "Z"
    # "first_seen < bound": one past the given second keeps that second in.
    return text + "\uffff" if end_of_day else text


# Fields an archive made before their migration lacks (it may be opened read-only):
# exported with the value a record without them has.
_NUMBERED = (
    "SELECT {fields}, a.status AS status, v.first_seen AS first_seen, v.last_seen AS last_seen, "
    "row_number() OVER (PARTITION BY v.canonical_url ORDER BY v.id) AS version, "
    "a.version_count AS version_count, v.crawl_id AS crawl_id, v.id AS version_id "
    "FROM versions v JOIN articles a ON a.canonical_url = v.canonical_url"
)


def missing_fields(db: sqlite_utils.Database) -> list[str]:
    """The record fields the archive's ``versions`` table has no column for (an older
    archive's, exported with :data:`ABSENT_VALUES`; or one a newer Clippings renamed)."""
    present = set(db["versions"].columns_dict)
    return [name for name in ARTICLE_FIELDS if name not in present]


def iter_rows(db: sqlite_utils.Database, query: ExportQuery | None = None) -> Iterator[dict[str, Any]]:
    """Export rows (:data:`EXPORT_FIELDS`), ordered by canonical URL then version.

    Nested fields are decoded from their JSON text; the rows come from a cursor
    of their own, read lazily.
    """
    query = query or ExportQuery()
    where, params = query.where()
    present = set(db["versions"].columns_dict)
    inner = _NUMBERED.format(fields=", ".join(
        f"v.{name} AS {name}" if name in present else f"{ABSENT_VALUES.get(name, 'NULL')} AS {name}"
        for name in ARTICLE_FIELDS))
    sql = (f"SELECT {', '.join(EXPORT_FIELDS)} FROM ({inner}){where} "
           "ORDER BY canonical_url, version_id")
    cursor = db.conn.cursor()
    cursor.execute(sql, params)
    for values in cursor:
        record = dict(zip(EXPORT_FIELDS, values, strict=True))
        for name in JSON_FIELDS:
            raw = record[name]
            try:
                record[name] = json.loads(raw) if raw else ({} if name == "provenance" else [])
            except (ValueError, TypeError) as exc:  # a row another program wrote: was a traceback (probe 32)
                raise DamagedRecord(f"version {record['version']} of {shown(record['canonical_url'], bare=True)}: "
                                    f"its {name} is not JSON ({exc})") from None
            fault = _shape_fault(name, record[name])
            if fault:  # JSON of another shape: Parquet made '"x"' ["x"], JSONL / CSV passed it on (probe 32)
                raise DamagedRecord(f"version {record['version']} of {shown(record['canonical_url'], bare=True)}: "
                                    f"its {name} {fault}")
        fault = _number_fault(record) or _time_fault(record)
        if fault:  # Parquet refused it, JSONL / CSV passed it on
            raise DamagedRecord(f"version {record['version']} of {shown(record['canonical_url'], bare=True)}: {fault}")
        yield record


#: Columns of whole numbers, and the most each holds (a Parquet export's int32 /
#: int64 column); ``language_confidence`` is any number.
_WHOLE_NUMBERS = {"word_count": 2**31 - 1, "reading_time_minutes": 2**31 - 1, "version_count": 2**31 - 1,
                  "crawl_id": 2**63 - 1}


def _number_fault(record: dict[str, Any]) -> str | None:
    """Why a number column's value is not one ("its word_count 'many' is not a whole
    number"): text, bytes, a fraction in a count, a count past its column's
    integers; or None. Null stays null."""
    for name, most in _WHOLE_NUMBERS.items():
        value = record[name]
        if value is not None and not isinstance(value, int):
            return f"its {name} {shown_value(value)} is not a whole number"
        if value is not None and not -most - 1 <= value <= most:
            return f"its {name} {value} is past the most it holds ({most:,})"
    confidence = record["language_confidence"]
    if confidence is not None and not isinstance(confidence, int | float):
        return f"its language_confidence {shown_value(confidence)} is not a number"
    return None


#: Columns of times: the page's own (a day, or a time with its offset: Parquet keeps
#: them as text) and the archive's (UTC times: Parquet's timestamps).
_TIME_COLUMNS = ("published", "modified", "fetched_at", "first_seen", "last_seen")
_ISO_DAY_FIRST = re.compile(r"\d{4}-\d{2}-\d{2}(T|$)")


def _time_fault(record: dict[str, Any]) -> str | None:
    """Why a time column's value is not an ISO 8601 day or time ("its published
    'yesterday' is not an ISO 8601 time"): text of another kind, a number, bytes
    (Parquet refused the archive's times, JSONL / CSV passed every one on); or None.
    Null stays null, and so does empty text: a record's ``fetched_at`` when no fetch
    time is known (``import-warc`` of a capture with no WARC-Date; Parquet writes it null)."""
    for name in _TIME_COLUMNS:
        value = record[name]
        if value is None or value == "":
            continue
        try:
            if not isinstance(value, str) or not _ISO_DAY_FIRST.match(value):
                raise TypeError  # (a number, bytes; fromisoformat's basic form, "20250716", is no archive's)
            if len(value) == 10 and name in ("published", "modified"):
                date.fromisoformat(value)
            else:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
        except (TypeError, ValueError):
            return f"its {name} {shown_value(value)} is not an ISO 8601 time"
    return None


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a JSON boolean"
    if isinstance(value, int | float):
        return "a JSON number"
    if isinstance(value, str):
        return "a JSON string"
    if isinstance(value, list):
        return "a JSON list"
    if isinstance(value, dict):
        return "a JSON object"
    return "null"


def _shape_fault(name: str, value: Any) -> str | None:
    """Why a nested field's decoded JSON is not of the record's shape (``"is not a list
    of strings (it is a JSON string)"``), or None when it is. Null stays null, as before."""
    shape = JSON_SHAPES[name]
    if value is None:
        return None
    if shape == "object":
        return None if isinstance(value, dict) else f"is not a JSON object (it is {_json_kind(value)})"
    if not isinstance(value, list):
        return f"is not a list of {shape} (it is {_json_kind(value)})"
    for item in value:
        if shape == "strings" and not isinstance(item, str):
            return f"is not a list of strings (it holds {_json_kind(item)})"
        if shape == "objects":
            if not isinstance(item, dict):
                return f"is not a list of objects (it holds {_json_kind(item)})"
            for key, field_value in item.items():
                if field_value is not None and not isinstance(field_value, str):
                    return (f"is not a list of objects of text fields "
                            f"(an item's {shown(str(key), limit=40)} is {_json_kind(field_value)})")
    return None


class DamagedRecord(ValueError):
    """A version whose nested field (tags, authors, ...) is not the JSON text the
    archive keeps: a row another program wrote. The message names the version."""


def iter_article_dicts(
    db: sqlite_utils.Database, *, include_gone: bool = True, site: str | None = None
) -> Iterator[dict[str, Any]]:
    """Each article's latest version as a record dict (``Article.to_dict()`` keys plus
    :data:`VERSION_FIELDS`), ordered by canonical URL."""
    return iter_rows(db, ExportQuery(include_gone=include_gone, site=site))


def export_articles(
    db: sqlite_utils.Database,
    fmt: Literal["jsonl", "csv"],
    out: TextIO,
    *,
    include_gone: bool = True,
    site: str | None = None,
    query: ExportQuery | None = None,
) -> int:
    """Write the rows ``query`` selects (default: every article's latest version) to
    ``out`` as JSON Lines or CSV; returns the count. Parquet: :func:`archive.parquet.export_parquet`."""
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"format must be jsonl or csv here, not {fmt!r}")
    records = iter_rows(db, query or ExportQuery(include_gone=include_gone, site=site))
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_FIELDS)
    for record in records:
        writer.writerow([_csv_cell(record[name], name) for name in EXPORT_FIELDS])
        count += 1
    return count


def _csv_cell(value: Any, name: str) -> Any:
    if name in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def kept_evidence(output: str) -> str | None:
    """What ``output`` holds when it is a file an export must never replace: a
    SQLite database (another archive) or a WARC file (a crawl's raw captures); else
    None. Read from its first bytes (a gzipped WARC's first member's)."""
    path = Path(output)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as raw:
            head = raw.read(16)
            if head.startswith(b"\x1f\x8b"):
                raw.seek(0)
                with gzip.GzipFile(fileobj=raw) as unzipped:
                    head = unzipped.read(8)
    except (OSError, EOFError, zlib.error):
        return None  # unreadable or not gzip after all: no evidence to keep
    if head.startswith(SQLITE_HEADER):
        return "a SQLite database"
    if head.startswith(b"WARC/"):
        return "a WARC file"
    return None


@contextmanager
def replacing(path: str) -> Iterator[TextIO]:
    """A text file that becomes ``path`` only once the block ends without error.

    Written beside it, synced to disk and renamed into place, the folder then
    synced (:mod:`archive.parts`), so an export that fails or is stopped (Ctrl-C,
    kill -9, a power cut) leaves neither a half-written file nor a lost earlier one. Written in place instead (as a plain ``open`` would)
    where a rename would change what ``path`` is: a pipe, ``/dev/stdout`` or
    another special file; a file with other hard links; a writable file in a
    folder that is not (a regular file is then synced once written). Raises OSError.
    """
    try:
        current: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        current = None
    if current is not None and (not stat.S_ISREG(current.st_mode) or current.st_nlink > 1):
        yield from _in_place(path)
        return
    target = Path(os.path.realpath(path))  # through a symlink: the link stays a link
    if current is not None and not os.access(target, os.W_OK):  # a rename would get round it
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    try:
        fd, part = made_part_file(target)
    except OSError as error:
        if current is None or error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        yield from _in_place(path)  # the file is writable, its folder is not
        return
    with _placed(fd, part, target, current), open(fd, "w", encoding="utf-8", newline="", closefd=False) as out:
        yield out


@contextmanager
def _placed(fd: int, part: str, target: Path, current: os.stat_result | None) -> Iterator[None]:
    """Rename what was written at ``fd`` to ``target`` once the block ends without
    error, else remove it; closes ``fd`` (its writer's lock, :mod:`archive.parts`)."""
    replaced = False
    try:
        yield
        _keep_mode_and_owner(fd, current)
        os.fsync(fd)  # on disk before the rename: a power cut leaves the old file or the new one whole
        os.replace(part, target)
        replaced = True
        synced_after_placing(target.parent, [target], target.parent)
    finally:  # a failed or stopped export leaves no part file; the error goes on up
        if not replaced:
            with suppress(FileNotFoundError):
                os.unlink(part)
        os.close(fd)  # (after the unlink: a part is never seen unlocked)


def _in_place(path: str) -> Iterator[TextIO]:
    """``path`` written where it is; a regular file (one with other hard links, or in
    a folder that cannot be written) synced to disk once written whole, as a
    replacement is before its rename. A pipe or a device has nothing to sync."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        yield out
        if stat.S_ISREG(os.fstat(out.fileno()).st_mode):
            written_to_disk(out)
        else:
            out.flush()


def _keep_mode_and_owner(fd: int, current: os.stat_result | None) -> None:
    """The replacement gets the earlier file's mode and owner (a new file: the umask's mode)."""
    os.fchmod(fd, stat.S_IMODE(current.st_mode) if current else 0o666 & ~_umask())
    if current is None:
        return
    # Only root may give a file away: a user replacing a file they may write but
    # do not own ends up owning the new one, as an editor's save does.
    with suppress(PermissionError):
        os.fchown(fd, current.st_uid, current.st_gid)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
