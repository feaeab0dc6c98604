"""Datasette plugin: the reading room of a Clippings archive.

Loaded by ``clippings serve`` through Datasette's ``--plugins-dir`` (see
:mod:`archive.serve`). It acts only on databases whose metadata carries
``plugins: clippings: {archive: true}`` (``archive/metadata.yml`` does), so a
plain SQLite file served beside an archive is left alone. Hooks used:

- ``extra_template_vars``: the article page's data (record, versions, diffs) for
  ``templates/row.html``, the compact articles table, the charts on the
  database page;
- ``render_cell``: titles link to the article page, JSON name lists read as
  names, search snippets get ``<mark>`` highlights;
- ``register_facet_classes`` / ``filters_from_request``: an ``author`` facet
  and ``_author=`` filter that read ``article_authors`` through its indexes
  (Datasette's ``array`` facet parses every row's JSON: seconds at a million rows);
- ``register_routes``: a version's raw capture (its WARC record's payload), and
  the plugin's stylesheet;
- ``extra_css_urls``: that stylesheet;
- ``startup``: each database file opened through a properly quoted ``file:`` URI
  (Datasette 0.65 puts the path into the URI as it is, so ``news#2.db`` opened an
  empty ``news`` beside it, read-write).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from abc import ABC, abstractmethod
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.database import Database, QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, tilde_decode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from archive.article_page import article_view, capture_path
from archive.charts import articles_per_day, versions_per_crawl
from archive.warc import read_record

STATIC = Path(__file__).resolve().parent.parent / "static"
CSS_URL = "/-/clippings/static/reading-room.css"
#: The columns the articles table shows unless the reader asks for others.
SCAN_COLUMNS = ("title", "site", "section", "authors", "published", "status", "version_count")
_JSON_LIST_COLUMNS = {"authors", "tags"}
_MARKED = re.compile(r"\*\*(.+?)\*\*", re.S)
#: A timestamp with a time of day: shown to the minute in the table, in full on hover.
_ISO_MINUTE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def is_archive(datasette: Any, database: str | None) -> bool:
    """Whether ``database`` is a Clippings archive (by its metadata)."""
    if not database:
        return False
    config = datasette.plugin_config("clippings", database=database) or {}
    return bool(config.get("archive"))


class QuotedPathDatabase(Database):  # type: ignore[misc]
    """A database file connected to by its path percent-quoted in the ``file:`` URI,
    so ``#``, ``?`` and ``%`` in it are part of the name (SQLite reads them as the
    URI's fragment, query and escapes); otherwise as Datasette 0.65's own."""

    def connect(self, write: bool = False) -> sqlite3.Connection:
        query = "?immutable=1" if not self.is_mutable else "?mode=ro&nolock=1" if self.ds.nolock else "?mode=ro"
        conn = sqlite3.connect(f"file:{quote(os.fsencode(self.path))}{'' if write else query}", uri=True,
                               check_same_thread=False)
        self._all_file_connections.append(conn)
        return conn


@hookimpl
def startup(datasette: Any) -> None:
    """Every database file served through :class:`QuotedPathDatabase`, under the name
    and in the place ``clippings serve`` gave it (the plugin's ``served`` list):
    Datasette puts the files it opens immutable (``-i``) after the others, so a
    read-only archive named first got another's name (``news_2`` for ``news``)."""
    served = {path: name for name, path in (datasette.plugin_config("clippings") or {}).get("served", [])}
    databases = {}
    for name, database in datasette.databases.items():
        if database.path and not database.is_memory and type(database) is Database:
            quoted = QuotedPathDatabase(datasette, path=database.path, is_mutable=database.is_mutable)
            quoted.name, quoted.route = database.name, database.route
            database = quoted
        databases[name] = database
    if served and set(served) == {db.path for db in databases.values() if db.path and not db.is_memory}:
        ordered = sorted((db for db in databases.values() if db.path in served), key=lambda db: list(served).index(db.path))
        for database in ordered:
            database.name = database.route = served[database.path]
        databases = {db.name: db for db in ordered} | {n: db for n, db in databases.items() if db.path not in served}
    datasette.databases = databases


@hookimpl
def extra_css_urls(database: str | None, datasette: Any) -> list[str]:
    return [CSS_URL] if is_archive(datasette, database) else []


@hookimpl
def extra_template_vars(template: str, database: str | None, table: str | None, view_name: str,
                        request: Any, datasette: Any) -> Any:
    if not is_archive(datasette, database) or request is None:
        return {}
    if view_name == "row" and table == "articles":
        key = tilde_decode(request.url_vars["pks"])

        async def article() -> dict:
            db = datasette.get_database(database)
            return {"clippings_article": await db.execute_fn(lambda conn: article_view(conn, key))}

        return article
    if view_name == "table" and table == "articles":
        wide = any(name in request.args for name in ("_col", "_nocol", "_wide"))
        return {"clippings_compact": not wide, "clippings_scan_columns": SCAN_COLUMNS}
    if view_name == "database":
        async def charts() -> dict:
            db = datasette.get_database(database)
            found = [await db.execute_fn(articles_per_day), await db.execute_fn(versions_per_crawl)]
            return {"clippings_charts": [c for c in found if c]}

        return charts
    return {}


def _names(value: Any) -> str | None:
    try:
        names = json.loads(value) if isinstance(value, str) and value.startswith("[") else None
    except ValueError:
        return None
    if isinstance(names, list) and all(isinstance(n, str) for n in names):
        return ", ".join(names)
    return None


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | str | None:
    if not is_archive(datasette, database) or not isinstance(value, str):
        return None
    if column == "snippet" and table is None:
        return Markup(_MARKED.sub(lambda m: f"<mark>{m.group(1)}</mark>", str(escape(value))))
    if column == "title" and table in ("articles", None) and _has(row, "canonical_url"):
        href = datasette.urls.row(database, "articles", _tilde(row["canonical_url"]))
        return Markup(f'<a class="article-link" href="{escape(href)}">{escape(value)}</a>')
    if column in _JSON_LIST_COLUMNS and table in ("articles", "versions", None):
        return _names(value)
    if column == "published" and table == "articles" and _ISO_MINUTE.match(value):
        shown = value[:16].replace("T", " ")
        return Markup(f'<time datetime="{escape(value)}" title="{escape(value)}">{escape(shown)}</time>')
    return None


def _has(row: Any, key: str) -> bool:
    try:
        return bool(row[key])
    except (KeyError, IndexError):
        return False


def _tilde(value: str) -> str:
    from datasette.utils import tilde_encode

    return tilde_encode(value)


class IndexedFacet(Facet, ABC):
    """A facet of the articles table whose counts come from one query that an
    index answers (see migrations m004); subclasses give the SQL and how a value
    is selected."""

    type = "indexed"

    async def suggest(self) -> list:
        return []

    @abstractmethod
    def _sql(self, column: str, limit: int) -> str:
        """The counting query, answered by an index."""

    @abstractmethod
    def _value(self, row: Any, column: str) -> dict:
        """One facet value (Datasette's dict) from a row of :meth:`_sql`."""

    def _name(self, column: str) -> str:
        return column

    async def facet_results(self) -> tuple[list, list]:
        results: list[dict] = []
        timed_out: list[str] = []
        if self.table != "articles" or not is_archive(self.ds, self.database):
            return results, timed_out
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            try:
                rows = (await self.ds.execute(
                    self.database, self._sql(column, size + 1), self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )).rows
            except QueryInterrupted:
                timed_out.append(self._name(column))
                continue
            results.append({
                "name": self._name(column), "type": self.type, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {f"_facet_{self.type}": column})),
                "results": [self._value(row, column) for row in rows[:size]],
                "truncated": len(rows) > size,
            })
        return results, timed_out

    def _toggle(self, chosen: bool, args: dict[str, str]) -> str:
        path = (path_with_removed_args(self.request, args) if chosen
                else path_with_added_args(self.request, args))
        return self.ds.urls.path(path)


class AuthorFacet(IndexedFacet):
    """``?_facet_author=authors``: articles per credited author, counted from
    ``article_authors`` (indexed) instead of parsing every row's JSON list.
    Selecting a name adds ``_author=NAME`` (see :func:`filters_from_request`)."""

    type = "author"

    def _sql(self, column: str, limit: int) -> str:
        counts = (
            "SELECT author_id, count(*) AS n FROM article_authors GROUP BY author_id"
            if _unfiltered(self.sql, self.table) and not self.params else
            f"SELECT aa.author_id, count(*) AS n FROM ({self.sql}) AS a "
            "JOIN article_authors aa ON aa.canonical_url = a.canonical_url GROUP BY aa.author_id"
        )
        return (f"SELECT au.name AS value, c.n AS count FROM ({counts}) AS c "
                f"JOIN authors au ON au.id = c.author_id ORDER BY c.n DESC, au.name LIMIT {limit}")

    def _value(self, row: Any, column: str) -> dict:
        name = row["value"]
        chosen = name in self.request.args.getlist("_author")
        return {"value": name, "label": name, "count": row["count"], "selected": chosen,
                "toggle_url": self._toggle(chosen, {"_author": name})}


class MonthFacet(IndexedFacet):
    """``?_facet_month=published``: articles per month of a date column, newest
    first, as a prefix of the column itself (covered by the m004 indexes, where the
    generated ``published_month`` is not). Selecting a month adds the range
    ``published__gte=2025-07&published__lt=2025-08`` (Datasette's own filters)."""

    type = "month"
    width = 7

    def _name(self, column: str) -> str:
        return f"{column}_{self.type}"

    def _sql(self, column: str, limit: int) -> str:
        """The newest ``limit`` months, found by walking down the column's index
        (each next month is one seek below the last) and counted by index range,
        so only the shown months' entries are read; grouping the whole column
        by ``substr`` would sort a million values."""
        col, width, rows = escape_sqlite(column), self.width, self.sql
        return f"""WITH RECURSIVE prefixes(value) AS (
            SELECT substr(max({col}), 1, {width}) FROM ({rows})
            UNION ALL
            SELECT (SELECT substr(max({col}), 1, {width}) FROM ({rows}) WHERE {col} < prefixes.value)
            FROM prefixes WHERE prefixes.value IS NOT NULL LIMIT {limit + 1}
        )
        SELECT value, (SELECT count(*) FROM ({rows}) WHERE {col} >= value AND {col} < value || '~') AS count
        FROM prefixes WHERE value IS NOT NULL LIMIT {limit}"""

    def _next(self, value: str) -> str:
        year, month = int(value[:4]), int(value[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"

    def _value(self, row: Any, column: str) -> dict:
        value = row["value"] or ""
        try:
            args = {f"{column}__gte": value, f"{column}__lt": self._next(value)}
        except ValueError:  # not a date: the facet shows it, selecting it is not offered
            return {"value": value, "label": value, "count": row["count"], "selected": False,
                    "toggle_url": self.ds.urls.path(path_with_added_args(self.request, {}))}
        chosen = all(self.request.args.get(k) == v for k, v in args.items())
        return {"value": value, "label": value, "count": row["count"], "selected": chosen,
                "toggle_url": self._toggle(chosen, args)}


class DayFacet(MonthFacet):
    """``?_facet_day=published``: articles per day, newest first (see MonthFacet)."""

    type = "day"
    width = 10

    def _next(self, value: str) -> str:
        return str(date.fromisoformat(value) + timedelta(days=1))


def _unfiltered(sql: str, table: str | None) -> bool:
    """Whether a facet's SQL is the whole table: ``select <columns> from <table>``
    with no where clause (Datasette's form for an unfiltered table page)."""
    return " ".join(sql.split()).lower().endswith(f" from {escape_sqlite(table or '').lower()}")


@hookimpl
def register_facet_classes() -> list[type]:
    return [AuthorFacet, MonthFacet, DayFacet]


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    names = request.args.getlist("_author")
    if table != "articles" or not names or not is_archive(datasette, database):
        return None
    clauses, params = [], {}
    for n, name in enumerate(names):
        params[f"clippings_author_{n}"] = name
        clauses.append(
            "canonical_url IN (SELECT aa.canonical_url FROM article_authors aa JOIN authors au "
            f"ON au.id = aa.author_id WHERE au.name = :clippings_author_{n})"
        )
    return FilterArguments(clauses, params=params,
                           human_descriptions=[f'author is "{name}"' for name in names])


#: The largest row id SQLite has (a signed 64-bit integer).
_MAX_ROW_ID = 2**63 - 1


async def capture(request: Any, datasette: Any) -> Response:
    """``/-/clippings/capture/DB/VERSION_ID``: the HTTP payload of a version's WARC
    record, as captured. Served in a CSP sandbox: the page's scripts never run
    with this site's origin."""
    database, digits = request.url_vars["database"], request.url_vars["version_id"]
    if database not in datasette.databases or not is_archive(datasette, database):
        return Response.text(f"no archive called {database}", status=404)
    # No such row: SQLite refuses a number past its integers (a 500, OverflowError),
    # and int() one of more than 4,300 digits (a 500, ValueError): neither is read.
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(_MAX_ROW_ID)) or int(significant) > _MAX_ROW_ID:
        return Response.text(f"version {digits[:40]} has no raw capture", status=404)
    version_id = int(significant)
    db = datasette.get_database(database)
    found = (await db.execute("SELECT warc_file, warc_offset FROM versions WHERE id = ?",
                              [version_id])).rows
    if not found or not found[0]["warc_file"] or found[0]["warc_offset"] is None:
        return Response.text(f"version {version_id} has no raw capture", status=404)
    path = capture_path(db.path, found[0]["warc_file"])
    try:
        record = read_record(path, found[0]["warc_offset"])
    except (OSError, ValueError) as exc:
        return Response.text(f"capture of version {version_id} unreadable: {exc}", status=404)
    return Response(record.body, content_type=record.content_type or "application/octet-stream",
                    headers={"Content-Security-Policy": "sandbox", "X-Content-Type-Options": "nosniff",
                             "X-Clippings-Capture": f"{path.name}@{record.offset} {record.record_id}"})


async def static(request: Any) -> Response:
    name = request.url_vars["name"]
    path = STATIC / name
    if "/" in name or not path.is_file():
        return Response.text("not found", status=404)
    return Response(path.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8")


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/clippings/capture/(?P<database>[^/]+)/(?P<version_id>\d+)$", capture),
        (r"^/-/clippings/static/(?P<name>[\w.-]+\.css)$", static),
    ]
