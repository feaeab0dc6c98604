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
