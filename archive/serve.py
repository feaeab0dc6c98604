"""Serving archives with Datasette 0.65, configured by ``archive/metadata.yml``,
``archive/templates/`` and the plugin in ``archive/plugins/``.

    python -m archive.serve ARCHIVE.db [MORE.db ...] [--port 8001] [--host 127.0.0.1] [--open]

metadata.yml names the database ``archive``; Datasette names a served file after
its stem (``a.db`` -> ``a``; a second ``a.db`` from another folder -> ``a_2``), so
:func:`render_metadata` copies that section under each served archive's name and
:func:`datasette_argv` writes the result to a JSON file for ``--metadata``.
In-process use: ``Datasette([path], **datasette_kwargs([path]))``.
"""

from __future__ import annotations

import argparse
import copy
import errno
import hashlib
import json
import os
import re
import socket
import stat
import sys
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from archive.archive_file import resolved_anew
from archive.db import (
    ArchiveError,
    check_archive,
    check_current,
    check_live,
    file_faults_named,
    hold_unchanging,
    let_go_unchanging,
    may_write,
    nobody_can_write,
    open_archive,
    pending_steps,
    process_alive,
    read_only_at_rest,
)
from archive.durable import synced_folder, written_to_disk
from archive.queries import METADATA_DB_KEY, load_metadata
from crawler.shown import shown, shown_path

__all__ = [
    "PLUGINS_DIR",
    "SETTINGS",
    "TEMPLATE_DIR",
    "CannotListen",
    "check_port",
    "database_name",
    "database_names",
    "datasette_argv",
    "datasette_kwargs",
    "main",
    "own_metadata_folder",
    "render_metadata",
    "serve",
    "write_metadata",
]

TEMPLATE_DIR = Path(__file__).with_name("templates")
PLUGINS_DIR = Path(__file__).with_name("plugins")
PathLike = str | Path

#: Datasette settings for archives of up to a million articles. Facet
#: suggestions are off: they run one query per column on every table page.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 2000,
    "default_page_size": 50,
    "truncate_cells_html": 300,  # article bodies would otherwise fill the table pages
    "suggest_facets": False,
}


class CannotListen(OSError):
    """The address asked for cannot be listened on: the port is taken by another
    server, or the host is not an address of this machine."""


def _paths(db_paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(db_paths, str | Path):
        return [Path(db_paths)]
    return [Path(p) for p in dict.fromkeys(str(p) for p in db_paths)]


def database_name(db_path: PathLike) -> str:
    """The name Datasette gives a database file (its stem)."""
    return Path(db_path).stem


def database_names(db_paths: PathLike | Iterable[PathLike]) -> list[str]:
    """The names Datasette gives the files, in order: stems, ``_2``... on a clash."""
    names: list[str] = []
    for path in _paths(db_paths):
        name, n = database_name(path), 2
        while name in names:
            name, n = f"{database_name(path)}_{n}", n + 1
        names.append(name)
    return names


def render_metadata(db_paths: PathLike | Iterable[PathLike]) -> dict[str, Any]:
    """metadata.yml with its database section under each served archive's name."""
    metadata = load_metadata()
    databases = metadata.get("databases") or {}
    section = databases.pop(METADATA_DB_KEY, None)
    if section is not None:
        for name in database_names(db_paths):
            databases[name] = copy.deepcopy(section)
    # Datasette names and lists the files it opens immutable (-i) after the others:
    # the plugin gives each archive back its place and name in the order served.
    plugins = metadata.setdefault("plugins", {}).setdefault("clippings", {})
    plugins["served"] = [[name, str(path)] for name, path in zip(database_names(db_paths), _paths(db_paths), strict=True)]
    return metadata


def write_metadata(db_paths: PathLike | Iterable[PathLike], directory: PathLike | None = None) -> Path:
    """Write :func:`render_metadata` as JSON; returns the file's path.

    The default directory is this user's own folder in the temp dir
    (:func:`own_metadata_folder`); the file name depends on the content, so
    concurrent servers never clash, and a file under its name is taken as whole.
    """
    text = json.dumps(render_metadata(db_paths), indent=2, ensure_ascii=False)
    folder = Path(directory) if directory else own_metadata_folder()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    path = folder / f"metadata-{database_names(db_paths)[0]}-{digest}.json"
    _remove_dead_writers_files(folder)
    if not path.exists():  # (a file there is taken as whole: it is synced before its rename)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as out:
            out.write(text)
            written_to_disk(out)
        os.replace(tmp, path)
        synced_folder(folder)
    return path


_TMP_NAME = re.compile(r"metadata-.*\.(\d{1,10})\.tmp")


def _remove_dead_writers_files(folder: Path) -> None:
    """Remove the ``metadata-...PID.tmp`` files of servers that have ended (killed
    between the write and the rename): each kill left one for good. A live
    process's file (one writing now, or an unrelated process given a dead one's
    pid) is left."""
    for entry in os.listdir(folder):
        named = _TMP_NAME.fullmatch(entry)
        if named is not None and not process_alive(int(named[1])):
            with suppress(FileNotFoundError):
                os.unlink(folder / entry)


def own_metadata_folder() -> Path:
    """``clippings-datasette-<uid>`` in the temp dir, made private (0700), and used only
    while it is this user's own and no one else may write it: in a shared temp dir
    another user could make it first and plant a metadata file under the name a
    ``serve`` looks for (its canned queries may write to the served archive). Else a
    new private folder (``tempfile.mkdtemp``)."""
    folder = Path(tempfile.gettempdir()) / f"clippings-datasette-{os.getuid()}"
    with suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077:
        return folder
    return Path(tempfile.mkdtemp(prefix="clippings-datasette-"))


def datasette_kwargs(db_paths: PathLike | Iterable[PathLike]) -> dict[str, Any]:
    """Keyword arguments for ``Datasette(files, **kwargs)`` in process (tests): the
    settings ``serve`` gives, so its SQL runs on Datasette's threads as users' does
    (tests/support/threaded_datasette.py stops them)."""
    return {
        "metadata": render_metadata(db_paths), "settings": dict(SETTINGS),
        "template_dir": str(TEMPLATE_DIR), "plugins_dir": str(PLUGINS_DIR),
    }


def datasette_argv(db_paths: PathLike | Iterable[PathLike], port: int, host: str = "127.0.0.1",
                   *, open_browser: bool = False, immutable: Iterable[PathLike] = ()) -> list[str]:
    """The command line that serves the archives with the archive's metadata,
    templates and plugin: ``[python, -m, datasette, serve, DB..., --metadata, FILE,
    --host, H, --port, N, ...]``.

    The archives must exist (create one with :func:`archive.open_archive` first):
    Datasette would otherwise create an empty, schema-less file. Those also in
    ``immutable`` (archives no one may write) are opened immutable (``-i``).
    """
    paths = _paths(db_paths)
    fixed = set(_paths(immutable))
    argv = [
        sys.executable, "-m", "datasette", "serve", *(str(p) for p in paths if p not in fixed),
        *(arg for p in paths if p in fixed for arg in ("-i", str(p))),
        "--metadata", str(write_metadata(paths)),
        "--host", host, "--port", str(int(port)),
        "--template-dir", str(TEMPLATE_DIR), "--plugins-dir", str(PLUGINS_DIR),
    ]
    for name, value in SETTINGS.items():
        argv += ["--setting", name, str(value).lower() if isinstance(value, bool) else str(value)]
    if open_browser:
        argv.append("--open")
    return argv


def check_port(host: str, port: int) -> None:
    """Raise :class:`CannotListen` when another server listens on ``host:port``
    (or the host is not an address of this machine)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise CannotListen(f"port {port} on {shown(host, bare=True)} is in use (stop the other server "
                                   f"or pick a free port with --port)") from None
            raise CannotListen(f"cannot listen on {shown(host, bare=True)}:{port}: {exc.strerror or exc}") from None


def serve(db_paths: PathLike | Iterable[PathLike], port: int, host: str = "127.0.0.1",
          *, open_browser: bool = False, upgrade: bool = False) -> None:
    """Serve the archives in this process until interrupted (Ctrl-C).

    Read-only: no byte of an archive changes. Checks first, and changes nothing
    when a check fails: every file must be an archive (:class:`archive.db.ArchiveError`),
    one from an older Clippings must be brought up to date first (its pages query
    the current schema's columns): ``upgrade`` applies its pending migrations;
    the port must be free (:class:`CannotListen`). An archive from a newer
    Clippings is served as it is. Then hands over to Datasette.
    """
    from datasette.cli import cli

    paths = _paths(db_paths)
    for path in paths:
        with file_faults_named(path):
            check_servable(path, upgrade=upgrade)
    check_port(host, port)
    held = {path: hold_unchanging(path) for path in paths}  # (before the checks: no writer starts after them)
    fixed = [path for path in paths if read_only_at_rest(path) or (not may_write(path) and nobody_can_write(path))]
    for path, holds in held.items():
        if holds and path not in fixed:  # (read live: a writer may write it meanwhile)
            let_go_unchanging(holds)
    for path in paths:
        with file_faults_named(path):
            if path in fixed:
                check_current(path)  # served immutable: nothing may be left to write
            elif not may_write(path):
                check_live(path)
            elif upgrade and pending_steps(path):
                open_archive(path).close()
    args = datasette_argv(paths, port, host, open_browser=open_browser,
                          immutable=fixed)[3:]  # drop "python -m datasette"
    with resolved_anew():  # (the server outlives the command: its links followed at each request)
        cli.main(args=args, prog_name="datasette", standalone_mode=True)


def check_servable(path: Path, *, upgrade: bool) -> None:
    """:class:`ArchiveError` unless ``path`` is an archive that can be served as it
    is, or (``upgrade``) one this user may bring up to date."""
    check_archive(path)
    missing = pending_steps(path)
    if missing and upgrade:
        check_archive(path, write=True)  # a one-line refusal when this user may not write it
    elif missing and may_write(path):
        raise ArchiveError(f"{shown_path(path)} was written by an older Clippings (it lacks schema step {missing[0]}, "
                           "which its pages query); serve never writes to an archive unasked: add --upgrade "
                           "to apply the schema steps once (records are not changed; near-duplicate "
                           "clusters may be renumbered)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m archive.serve", description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="+", help="archive file(s) (SQLite)")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--open", action="store_true", help="open the archive in a web browser")
    parser.add_argument("--upgrade", action="store_true",
                        help="apply the schema steps an archive from an older Clippings lacks (records unchanged)")
    args = parser.parse_args(argv)
    try:
        serve(args.db, args.port, args.host, open_browser=args.open, upgrade=args.upgrade)
    except (OSError, ArchiveError) as exc:
        parser.error(str(exc))


if __name__ == "__main__":
    main()
