"""The archive served by `python -m archive.serve`, read by a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from archive.sample import seed_archive

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def chromium_binary() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium not installed: apt-get install chromium")
    pytest.skip("chromium not installed: apt-get install chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}: {process.stdout.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise AssertionError(f"{url} did not answer within {timeout}s")


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_binary()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "clips.db"
    seed_archive(path).close()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(
        [sys.executable, "-m", "archive.serve", str(path), "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/clips", process)
        yield base + "/clips"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def dump_dom(chromium: str, url: str, tmp_path: Path) -> str:
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_articles_table_page_in_chromium(chromium: str, server: str, tmp_path: Path) -> None:
    dom = dump_dom(chromium, server + "/articles", tmp_path)
    for title in ("Ferry timetable cut, two Friday sailings kept", "Tram line extension approved",
                  "Fish market reopens", "Library mural unveiled"):
        assert title in dom
    assert "harbourgazette.example" in dom  # the site facet


def test_search_page_in_chromium(chromium: str, server: str, tmp_path: Path) -> None:
    dom = dump_dom(chromium, server + "/articles?_search=" + quote_plus('"smoked mackerel"'), tmp_path)
    assert "Fish market reopens" in dom
    assert "Tram line extension approved" not in dom
    assert "1 row" in dom
