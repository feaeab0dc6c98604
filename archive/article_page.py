"""What the Datasette article page shows: the record, readable, and its versions
with the word diff between each version and the one before.

Pure functions of an open ``sqlite3`` connection (Datasette hands one to
``execute_fn``); the plugin in ``archive/plugins`` and the row template render
the result. The diff is :func:`archive.queries.paragraph_diff_runs`, the same as
``clippings history --diff``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from archive.archive_file import sqlite_file
from archive.queries import DiffRun, diff_runs, paragraph_diff_runs

__all__ = ["MAX_VERSIONS", "article_view", "capture_path", "paragraphs_of"]

#: Versions shown on the page (the newest ones): the diffs stay bounded work.
MAX_VERSIONS = 30
_VERSION_COLUMNS = ("id, title, description, body, word_count, first_seen, last_seen, crawl_id, "
                    "last_crawl_id, warc_file, warc_offset, warc_record_id, content_hash, url")


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def paragraphs_of(body_blocks: str | None, body: str | None) -> list[dict[str, str]]:
    """The body as ``[{type, text}]`` blocks (``p``, ``h``, ``li``, ``quote``, ``pre``):
    ``body_blocks`` when stored, else the body's blank-line separated paragraphs.

    >>> paragraphs_of(None, "One.\\n\\nTwo.")
    [{'type': 'p', 'text': 'One.'}, {'type': 'p', 'text': 'Two.'}]
    """
    blocks = [b for b in _json_list(body_blocks) if isinstance(b, dict) and b.get("text")]
    if blocks:
        return [{"type": str(b.get("type") or "p"), "text": str(b["text"])} for b in blocks]
    return [{"type": "p", "text": p} for p in (body or "").split("\n\n") if p.strip()]


def _changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed from ``old`` to ``new``: word runs for title and standfirst,
    paragraph runs for the body (unchanged paragraphs as counts)."""
    fields: dict[str, list[DiffRun]] = {}
    for name in ("title", "description"):
        if (old[name] or "") != (new[name] or ""):
            fields[name] = diff_runs(old[name] or "", new[name] or "")
    body = paragraph_diff_runs(old["body"], new["body"]) if old["body"] != new["body"] else []
    return {"fields": fields, "body": body}


def article_view(conn: sqlite3.Connection, canonical_url: str) -> dict[str, Any] | None:
    """Everything the article page shows, or None when no such article::

        {"article": row, "authors": [...], "tags": [...], "blocks": [...],
         "related": [{url, title, section, published, summary}],
         "versions": [{id, title, first_seen, ..., "number", "changes"}], "version_total"}

    ``versions`` is newest first; ``changes`` is the diff from the version before
    (None for the first).
    """
    found = _rows(conn, "SELECT * FROM articles WHERE canonical_url = ?", [canonical_url])
    if not found:
        return None
    article = found[0]
    total = conn.execute("SELECT count(*) FROM versions WHERE canonical_url = ?",
                         [canonical_url]).fetchone()[0]
    versions = _rows(conn, f"SELECT {_VERSION_COLUMNS} FROM versions WHERE canonical_url = ? "
                     "ORDER BY id DESC LIMIT ?", [canonical_url, MAX_VERSIONS + 1])[::-1]
    shown = []
    for n, version in enumerate(versions):
        if n == 0 and len(versions) > MAX_VERSIONS:
            continue  # only there as the base of the next version's diff
        previous = versions[n - 1] if n else None
        shown.append(version | {
            "number": total - len(versions) + n + 1,
            "changes": _changes(previous, version) if previous else None,
        })
    related = _rows(conn, "SELECT url, title, section, published, summary FROM related_links "
                    "WHERE canonical_url = ? ORDER BY position", [canonical_url])
    return {
        "article": article,
        "authors": _json_list(article.get("authors")),
        "tags": _json_list(article.get("tags")),
        "blocks": paragraphs_of(article.get("body_blocks"), article.get("body")),
        "related": related,
        "versions": shown[::-1],
        "version_total": total,
    }


def capture_path(db_path: str | Path, warc_file: str) -> Path:
    """A WARC file named in ``versions.warc_file``: absolute, or relative to the
    archive's folder (as the crawl's store pipeline writes it)."""
    path = Path(warc_file)
    return path if path.is_absolute() else sqlite_file(db_path).parent / path
