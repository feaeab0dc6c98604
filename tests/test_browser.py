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


# -- the reading room, measured in the rendered page (Playwright over the system Chromium) --

ARTIFACTS = ROOT / "test-artifacts"
WINDOW = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright not installed: pip install -e '.[dev]'")
        pytest.skip("playwright not installed: pip install -e '.[dev]'")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium, args=[f for f in CHROMIUM_FLAGS if f != "--headless"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def reading_room(demo_crawl: CrawlRun, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`clippings serve` on two archives at once: the crawled sample site and the
    sample archive with edited articles. Yields the server's base URL."""
    from tests.support.sample_archive import seed_archive

    edits = tmp_path_factory.mktemp("edits") / "edits.db"
    seed_archive(edits).close()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", str(demo_crawl.db), str(edits), "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/edits", process)
        wait_for(f"{base}/{demo_crawl.db.stem}", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def open_page(browser: Any, url: str, shot: str) -> Any:
    page = browser.new_page(viewport=WINDOW)
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / f"{shot}-first-screen.png"))
    return page


def test_article_page_shows_paragraphs_and_versions_with_diff(browser: Any, reading_room: str) -> None:
    from datasette.utils import tilde_encode

    from tests.support.sample_archive import TRAM

    page = open_page(browser, f"{reading_room}/edits/articles/{tilde_encode(TRAM)}", "article-page")
    widths = page.eval_on_selector_all(".article-body p", "ps => ps.map(p => p.getBoundingClientRect().width)")
    assert len(widths) == 2 and min(widths) >= 500, widths
    assert page.inner_text("h1.headline") == "Tram line extension approved"
    assert "Tom Okafor" in page.inner_text(".byline")
    assert page.locator(".version").count() == 3
    removed = page.eval_on_selector_all(".diff-para del", "els => els.map(e => e.textContent)")
    added = page.eval_on_selector_all(".diff-para ins", "els => els.map(e => e.textContent)")
    assert removed == ["2029,", "2028,"] and added == ["2028,", "2029,"]  # newest version first
    assert page.locator(".diff-para ins").first.is_visible()
    assert page.locator("a.raw-capture").count() == 3
    page.close()


def test_raw_capture_link_opens_the_captured_page(browser: Any, reading_room: str, demo_crawl: CrawlRun) -> None:
    import sqlite3

    with sqlite3.connect(demo_crawl.db) as conn:
        url, title = conn.execute("SELECT canonical_url, title FROM articles ORDER BY published DESC").fetchone()
    from datasette.utils import tilde_encode

    name = demo_crawl.db.stem
    page = open_page(browser, f"{reading_room}/{name}/articles/{tilde_encode(url)}", "article-page-crawled")
    href = page.get_attribute("a.raw-capture", "href")
    assert href
    capture = page.goto(reading_room + href)
    assert capture is not None and capture.status == 200
    assert capture.headers["content-security-policy"] == "sandbox"
    assert html.escape(title, quote=False) in page.content()
    page.close()


def test_articles_table_first_screen_shows_fifteen_readable_rows(browser: Any, reading_room: str,
                                                               demo_crawl: CrawlRun) -> None:
    page = open_page(browser, f"{reading_room}/{demo_crawl.db.stem}/articles", "articles-table")
    rows = page.eval_on_selector_all("table.rows-and-columns tbody tr", """trs => trs.map(tr => {
        const r = tr.getBoundingClientRect(), t = tr.querySelector('td.col-title');
        const s = getComputedStyle(t);
        return {bottom: r.bottom, titleWidth: t.getBoundingClientRect().width, font: parseFloat(s.fontSize),
                clipped: t.scrollWidth > t.clientWidth + 1, text: t.innerText};
    })""")
    on_screen = [r for r in rows if r["bottom"] <= WINDOW["height"]]
    assert len(on_screen) >= 15, f"{len(on_screen)} rows on the first screen"
    for row in on_screen:
        assert row["titleWidth"] >= 300 and row["font"] >= 13 and not row["clipped"], row
        assert len(row["text"]) > 10
    headers = page.eval_on_selector_all("table.rows-and-columns th", "ths => ths.map(th => th.dataset.column)")
    assert headers == ["title", "site", "section", "authors", "published", "status", "version_count"]
    page.close()


def test_search_shows_highlighted_snippets_ranked_by_relevance(browser: Any, reading_room: str,
                                                              demo_crawl: CrawlRun) -> None:
    import sqlite3

    with sqlite3.connect(demo_crawl.db) as conn:
        # A word of some headline that other articles use in their text too.
        titles = [t for (t,) in conn.execute("SELECT title FROM articles ORDER BY canonical_url")]
        words = [w.strip(",.:;'\"?!").lower() for t in titles for w in t.split()]
        counts = {w: conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                  [f'"{w}"']).fetchone()[0] for w in set(words) if len(w) > 4 and w.isalpha()}
        word = max(sorted(counts), key=lambda w: (min(counts[w], 6), -len(w)))
        expected = [t for (t,) in conn.execute(
            "SELECT a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0)", [f'"{word}"'])]
    assert len(expected) >= 3, (word, expected)
    page = open_page(browser, f"{reading_room}/{demo_crawl.db.stem}/search?q={quote_plus(word)}", "search")
    shown = page.eval_on_selector_all("td.col-title", "tds => tds.map(td => td.innerText)")
    assert shown == expected
    marks = page.eval_on_selector_all("td.col-snippet", """tds => tds.map(td =>
        [...td.querySelectorAll('mark')].map(m => m.textContent.toLowerCase()))""")
    assert marks and all(word in found for found in marks if found)
    assert sum(1 for found in marks if found) >= len(expected) // 2
    assert "**" not in page.inner_text("table.rows-and-columns")
    background = page.eval_on_selector("td.col-snippet mark", "m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.close()


def test_charts_render_as_svg_marks(browser: Any, reading_room: str, demo_crawl: CrawlRun) -> None:
    page = open_page(browser, f"{reading_room}/{demo_crawl.db.stem}", "charts")
    charts = page.eval_on_selector_all("figure.clippings-chart", """figs => figs.map(f => ({
        caption: f.querySelector('figcaption').innerText,
        width: f.querySelector('svg').getBoundingClientRect().width,
        marks: [...f.querySelectorAll('svg rect.mark')].filter(r => r.getBoundingClientRect().height > 0).length
    }))""")
    assert [c["caption"].split(" (")[0] for c in charts] == ["Articles per day by site", "Changes per crawl"]
    assert all(c["width"] >= 400 and c["marks"] >= 1 for c in charts), charts
    page.close()
