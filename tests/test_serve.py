"""`clippings serve` as a process: several archives, --host, --open, and one-line
refusals (busy port, a file that is not an archive) that change nothing."""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from tests.support.sample_archive import TRAM, seed_archive

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", "serve", *args], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def run_serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", "serve", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def two_archives(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two archives with the same file name in different folders."""
    base = tmp_path_factory.mktemp("serve")
    paths = [base / "a" / "news.db", base / "b" / "news.db"]
    for path in paths:
        path.parent.mkdir()  # an archive is only made in a folder that exists
        seed_archive(path).close()
    return paths


def test_serves_several_archives_and_opens_the_browser(two_archives: list[Path], tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "fake-browser"
    browser.write_text(f'#!/bin/sh\necho "$1" >> "{opened}"\n')
    browser.chmod(browser.stat().st_mode | stat.S_IXUSR)
    port = free_port()
    process = serve(*map(str, two_archives), "--host", "127.0.0.1", "--port", str(port), "--open",
                    env={"BROWSER": str(browser)})
    try:
        deadline = time.monotonic() + 60
        while not (opened.exists() and opened.read_text().strip()) and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.1)
        (url,) = opened.read_text().split()
        assert url.startswith(f"http://127.0.0.1:{port}/")
        while time.monotonic() < deadline:
            try:
                status, _ = get(url)
                break
            except OSError:
                time.sleep(0.1)
        assert status == 200
        base = f"http://127.0.0.1:{port}"
        for name in ("news", "news_2"):  # Datasette's names for two files called news.db
            status, page = get(f"{base}/{name}/articles/{tilde_encode(TRAM)}")
            assert status == 200 and "clippings-article" in page and "3 versions" in page
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_busy_port_is_one_line_and_no_server_log(two_archives: list[Path]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_serve(str(two_archives[0]), "--port", str(port))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"clippings: error: port {port} on 127.0.0.1 is in use "
        "(stop the other server or pick a free port with --port)"
    ]


@pytest.mark.parametrize("content", [b"", b"not a database at all\n", "sqlite"])
def test_refuses_a_file_that_is_not_an_archive_and_leaves_it_alone(tmp_path: Path, content) -> None:
    path = tmp_path / "other.db"
    if content == "sqlite":  # a SQLite database of something else
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
        conn.close()
    else:
        path.write_bytes(content)
    before = digest(path)
    result = run_serve(str(path), "--port", str(free_port()))
    assert result.returncode != 0
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"clippings: error: {path} is not a Clippings archive")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal / -shm left behind


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run_serve(str(tmp_path / "nowhere.db"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "no archive at" in result.stderr
    assert not (tmp_path / "nowhere.db").exists()


def schema_steps(path: Path) -> set[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}


def test_an_older_archive_is_refused_unchanged_until_upgrade_asked(tmp_path: Path) -> None:
    """serve writes nothing unasked: an older archive's pages query the current schema,
    so it is refused in one line (no byte changed); --upgrade applies the schema steps."""
    from tests.support.sample_archive import older_archive

    path = older_archive(tmp_path / "old.db")
    before = digest(path)
    result = run_serve(str(path), "--port", str(free_port()))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        f"clippings: error: {path} was written by an older Clippings (it lacks schema step m007_corpus_fields, "
        "which its pages query); serve never writes to an archive unasked: add --upgrade to apply the schema "
        "steps once (records are not changed; near-duplicate clusters may be renumbered)"]
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]
    port = free_port()
    process = serve(str(path), "--port", str(port), "--upgrade")
    status, page = tram_page(process, port, "old")
    assert status == 200 and "3 versions" in page
    assert "m007_corpus_fields" in schema_steps(path)


def test_the_module_entry_point_has_the_upgrade_its_refusal_names(tmp_path: Path) -> None:
    """``python -m archive.serve old.db`` said "add --upgrade", which it did not take."""
    from tests.support.sample_archive import older_archive

    path = older_archive(tmp_path / "old.db")
    port = free_port()
    refused = subprocess.run([sys.executable, "-m", "archive.serve", str(path), "--port", str(port)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "add --upgrade" in refused.stderr, refused.stderr
    process = subprocess.Popen([sys.executable, "-m", "archive.serve", str(path), "--port", str(port), "--upgrade"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    status, page = tram_page(process, port, "old")
    assert status == 200 and "3 versions" in page
    assert "m007_corpus_fields" in schema_steps(path)


def test_an_archive_from_a_newer_clippings_is_served_unchanged(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    path = tmp_path / "newer.db"
    seed_archive(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # no -wal: the file alone holds it all
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('clippings', 'm999_from_the_future', '2030-01-01')")
    before = digest(path)
    port = free_port()
    process = serve(str(path), "--port", str(port))
    status, page = tram_page(process, port, "newer")
    assert status == 200 and "3 versions" in page
    assert digest(path) == before


def tram_page(process: subprocess.Popen, port: int, db_name: str) -> tuple[int, str]:
    """The sample article's page from a ``serve`` process starting on ``port``, which is
    then stopped."""
    try:
        return get_when_up(f"http://127.0.0.1:{port}/{tilde_encode(db_name)}/articles/{tilde_encode(TRAM)}",
                           process)
    finally:
        process.terminate()
        process.wait(timeout=10)


def get_when_up(url: str, process: subprocess.Popen) -> tuple[int, str]:
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        try:
            return get(url)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def served_page(page: str, *archives: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """(status, text) of ``page`` from a ``clippings serve ARCHIVES`` started for it and stopped after."""
    port = free_port()
    process = serve(*archives, "--port", str(port), env=env)
    try:
        return get_when_up(f"http://127.0.0.1:{port}{page}", process)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("name", ["news#2.db", "news?2.db", "news%41.db"])
def test_a_path_with_uri_characters_serves_that_file_and_makes_no_other(tmp_path: Path, name: str) -> None:
    """'#', '?' and '%' are part of the file name, not a URI's fragment, query or escape."""
    path = tmp_path / name
    seed_archive(path).close()
    port = free_port()
    process = serve(str(path), "--port", str(port))
    status, page = tram_page(process, port, path.stem)
    assert status == 200 and "3 versions" in page
    assert {p.name for p in tmp_path.iterdir()} <= {name, f"{name}-wal", f"{name}-shm"}


def test_a_locked_archive_to_upgrade_is_one_line(tmp_path: Path) -> None:
    """Another program's write transaction past the busy timeout: named, no traceback."""
    import sqlite3

    from tests.support.sample_archive import older_archive

    path = older_archive(tmp_path / "old.db")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE crawls SET seeds = seeds")
        result = run_serve(str(path), "--port", str(free_port()), "--upgrade")
    finally:
        holder.close()
    assert (result.returncode, result.stderr.splitlines()) == (1, [
        f"clippings: error: {path} is locked: another program holds a write transaction on it; "
        "try again when it ends"])


def test_a_metadata_file_another_user_planted_in_the_temp_dir_is_not_served(tmp_path: Path) -> None:
    """``serve`` kept its metadata file in a ``clippings-datasette`` folder of the
    shared temp dir and took a file under the expected name (its content's digest) as
    its own: another user who made the folder first could plant one, whose title and
    canned queries (a ``write: true`` one writes to the archive) Datasette served.
    Only this user's own private folder is used now."""
    import json

    from archive.serve import write_metadata

    path = tmp_path / "news.db"
    seed_archive(path).close()
    name = write_metadata([path], tmp_path / "mine").name
    temp = tmp_path / "tmp"
    for folder in (temp / "clippings-datasette", temp / f"clippings-datasette-{os.getuid()}"):
        folder.mkdir(parents=True)
        planted = json.loads((tmp_path / "mine" / name).read_text(encoding="utf-8")) | {"title": "Planted"}
        (folder / name).write_text(json.dumps(planted), encoding="utf-8")
        os.chown(folder / name, 65534, 65534)
        os.chown(folder, 65534, 65534)  # (another user's)
    status, text = served_page("/-/metadata.json", str(path), env={"TMPDIR": str(temp)})
    assert status == 200
    assert json.loads(text)["title"] == "Clippings"


def test_a_read_only_archive_served_first_keeps_the_first_name(tmp_path: Path) -> None:
    """Datasette lists and names the files it opens immutable (``-i``: a read-only
    archive) after the others: of two ``news.db``, the read-only one named first was
    served as ``news_2`` and the writable one as ``news``. Each keeps its place."""
    import json

    paths = [tmp_path / "ro" / "news.db", tmp_path / "rw" / "news.db"]
    for path in paths:
        path.parent.mkdir()
        seed_archive(path).close()
    paths[0].chmod(0o444)
    status, text = served_page("/-/databases.json", *map(str, paths))
    assert status == 200
    assert [(db["name"], db["path"], db["is_mutable"]) for db in json.loads(text)] == [
        ("news", str(paths[0]), False), ("news_2", str(paths[1]), True)]
