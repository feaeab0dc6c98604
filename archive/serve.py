"""Serving an archive with Datasette 0.65, configured by ``archive/metadata.yml``.

    python -m archive.serve ARCHIVE.db [--port 8001] [--host 127.0.0.1]

metadata.yml names the database ``archive``; Datasette names a served file after
its stem, so :func:`render_metadata` renames that key for the file being served
and :func:`datasette_argv` writes the result to a JSON file for ``--metadata``.
In-process use: ``Datasette([path], metadata=render_metadata(path), settings=SETTINGS)``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from archive.db import open_archive
from archive.queries import METADATA_DB_KEY, load_metadata

__all__ = [
    "SETTINGS",
    "database_name",
    "datasette_argv",
    "main",
    "render_metadata",
    "serve",
    "write_metadata",
]

#: Datasette settings for archives of tens of thousands of articles: facets over
#: JSON arrays (authors) and FTS queries need more than the 200 ms default.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "default_page_size": 50,
    "truncate_cells_html": 300,  # article bodies would otherwise fill the table pages
}


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file (its stem)."""
    return Path(db_path).stem


def render_metadata(db_path: str | Path) -> dict[str, Any]:
    """metadata.yml with its database section keyed by ``db_path``'s Datasette name."""
    metadata = load_metadata()
    databases = metadata.get("databases") or {}
    if METADATA_DB_KEY in databases:
        databases[database_name(db_path)] = databases.pop(METADATA_DB_KEY)
    return metadata


def write_metadata(db_path: str | Path, directory: str | Path | None = None) -> Path:
    """Write :func:`render_metadata` as JSON; returns the file's path.

    The default directory is a ``clippings-datasette`` folder in the temp dir; the
    file name depends on the content, so concurrent servers never clash.
    """
    text = json.dumps(render_metadata(db_path), indent=2, ensure_ascii=False)
    folder = Path(directory) if directory else Path(tempfile.gettempdir()) / "clippings-datasette"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    path = folder / f"metadata-{database_name(db_path)}-{digest}.json"
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return path


def datasette_argv(db_path: str | Path, port: int, host: str = "127.0.0.1") -> list[str]:
    """The command line that serves ``db_path`` with the archive's metadata:
    ``[python, -m, datasette, serve, DB, --metadata, FILE, --host, H, --port, N, ...]``.

    The archive must exist (create it with :func:`archive.open_archive` first):
    Datasette would otherwise create an empty, schema-less file.
    """
    argv = [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--metadata", str(write_metadata(db_path)),
        "--host", host, "--port", str(int(port)),
    ]
    for name, value in SETTINGS.items():
        argv += ["--setting", name, str(value)]
    return argv


def serve(db_path: str | Path, port: int, host: str = "127.0.0.1") -> None:
    """Serve the archive in this process until interrupted (Ctrl-C)."""
    from datasette.cli import cli

    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"no archive at {db_path}")
    open_archive(db_path).close()  # apply pending migrations before serving
    args = datasette_argv(db_path, port, host)[3:]  # drop "python -m datasette"
    cli.main(args=args, prog_name="datasette", standalone_mode=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m archive.serve", description=__doc__.splitlines()[0])
    parser.add_argument("db", help="archive file (SQLite)")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        parser.error(f"no archive at {args.db}")
    serve(args.db, args.port, args.host)


if __name__ == "__main__":
    main()
