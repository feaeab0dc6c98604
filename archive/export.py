"""Exporting the archive: one Article record per article (its latest version).

Columns / keys are exactly :data:`crawler.items.ARTICLE_FIELDS`, in that order.
JSONL: lists and dicts as JSON values, so each line feeds ``Article.from_dict``.
CSV: lists and dicts as JSON text, null as an empty cell.
Rows are streamed from SQLite: memory use does not grow with the archive.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, Literal, TextIO

import sqlite_utils

from archive.migrations import JSON_FIELDS
from crawler.items import ARTICLE_FIELDS

__all__ = ["FORMATS", "export_articles", "iter_article_dicts"]

FORMATS = ("jsonl", "csv")


def iter_article_dicts(
    db: sqlite_utils.Database, *, include_gone: bool = True, site: str | None = None
) -> Iterator[dict[str, Any]]:
    """Article dicts (``Article.to_dict()`` shape), ordered by canonical URL."""
    where, params = [], []
    if not include_gone:
        where.append("status = 'live'")
    if site:
        where.append("site = ?")
        params.append(site)
    sql = "SELECT {} FROM articles{} ORDER BY canonical_url".format(
        ", ".join(ARTICLE_FIELDS), " WHERE " + " AND ".join(where) if where else ""
    )
    cursor = db.conn.cursor()  # a cursor of its own: iterated lazily, row by row
    cursor.execute(sql, params)
    for values in cursor:
        record = dict(zip(ARTICLE_FIELDS, values, strict=False))
        for name in JSON_FIELDS:
            raw = record[name]
            record[name] = json.loads(raw) if raw else ({} if name == "provenance" else [])
        yield record


def export_articles(
    db: sqlite_utils.Database,
    fmt: Literal["jsonl", "csv"],
    out: TextIO,
    *,
    include_gone: bool = True,
    site: str | None = None,
) -> int:
    """Write every article to ``out`` as JSON Lines or CSV; returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    records = iter_article_dicts(db, include_gone=include_gone, site=site)
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ARTICLE_FIELDS)
    for record in records:
        writer.writerow([_csv_cell(record[name], name) for name in ARTICLE_FIELDS])
        count += 1
    return count


def _csv_cell(value: Any, name: str) -> Any:
    if name in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value
