"""`clippings serve` on a crawled sample-site archive, read by a real headless Chromium."""

from __future__ import annotations

import html
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
from typing import Any
from urllib.parse import quote_plus

import pytest

from tests.conftest import CrawlRun
from tests.support.demo_truth import expected_articles

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
def server(demo_crawl: CrawlRun) -> Iterator[str]:
    """`clippings serve` on the crawled sample site; yields the database page's URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", str(demo_crawl.db), "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        name = demo_crawl.db.stem
        wait_for(f"{base}/{name}", process)
        yield f"{base}/{name}"
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


def test_articles_table_page_in_chromium(chromium: str, server: str, demo_server: Any, tmp_path: Path) -> None:
    dom = dump_dom(chromium, server + "/articles", tmp_path)
    truth = expected_articles(demo_server.base_url, state=1)
    assert f"{len(truth)} rows" in dom
    newest = sorted(truth, key=lambda a: a["published"] or "", reverse=True)[:5]
    for article in newest:  # the table is sorted by publication date, newest first
        assert html.escape(article["title"], quote=False) in dom
    assert "127.0.0.1" in dom  # the site facet


def test_full_text_search_finds_a_phrase_in_chromium(chromium: str, server: str, demo_server: Any,
                                                    tmp_path: Path) -> None:
    truth = expected_articles(demo_server.base_url, state=1)
    target = truth[len(truth) // 2]
    words = target["body"].split("\n\n")[1].split()
    # Five words in a row with no punctuation between them: a phrase as written.
    phrase = " ".join(next(words[i:i + 5] for i in range(len(words) - 4)
                           if all(w.isalpha() for w in words[i:i + 5])))
    dom = dump_dom(chromium, server + "/articles?_search=" + quote_plus(f'"{phrase}"'), tmp_path)
    assert html.escape(target["title"], quote=False) in dom
    matching = [a for a in truth if phrase in a["body"] or phrase in (a["description"] or "")]
    assert f"{len(matching)} row" in dom
