"""Datasette at a corpus's size: time the pages an analyst opens, through a real
``clippings serve`` process, beside plain Datasette on the same file.

Usage::

    .venv/bin/python benchmarks/datasette.py [--db PATH] [--articles 1000000] [--sites 50]
        [--repeat 3] [--no-peer]

Generates the archive first when ``--db`` does not exist (``benchmarks/corpus.py``:
straight into SQLite with the archive's own migrations), then serves it and
requests each page once to warm up and ``--repeat`` times timed. Prints, per page:
the median wall time of the request, the server process's CPU time per request
(user + system, from /proc: less dependent on the machine's load), the size of the
page, and whether any facet timed out. The peer is ``datasette serve DB`` with no
Clippings metadata, templates or plugin (Datasette 0.65 defaults, its array and
date facets), on the same file, in the same run.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]  # not ./datasette.py
sys.path.insert(0, str(ROOT))

from datasette.utils import tilde_encode  # noqa: E402

from benchmarks.corpus import generate  # noqa: E402

TIMED_OUT = "These facets timed out"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Timing:
    name: str
    wall_ms: float
    cpu_ms: float
    size: int
    status: int
    timed_out: bool


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its reaped children, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / CLOCK_TICKS


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def start(argv: list[str], base: str) -> subprocess.Popen:
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600  # a first run may migrate a large archive
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if fetch(base + "/-/versions.json")[0] == 200:
                return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    process.kill()
    raise SystemExit("server did not start")


def time_pages(process: subprocess.Popen, base: str, pages: list[tuple[str, str]],
               repeat: int) -> list[Timing]:
    timings = []
    for name, path in pages:
        fetch(base + path)  # warm the page cache and SQLite's statement cache
        walls, cpus = [], []
        for _ in range(repeat):
            cpu = cpu_seconds(process.pid)
            started = time.perf_counter()
            status, body = fetch(base + path)
            walls.append(time.perf_counter() - started)
            cpus.append(cpu_seconds(process.pid) - cpu)
        timings.append(Timing(name, statistics.median(walls) * 1000, statistics.median(cpus) * 1000,
                              len(body), status, TIMED_OUT.encode() in body))
    return timings


def sample_values(db_path: Path) -> dict[str, str]:
    """A site, section, author, month, search words (rare and frequent) and an
    article with several versions, read from the archive."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    values = {
        "site": one("SELECT site FROM articles WHERE rowid = 1"),
        "section": one("SELECT section FROM articles WHERE rowid = 1"),
        "author": one("SELECT name FROM authors WHERE id = 1"),
        "month": one("SELECT max(published_month) FROM articles"),
        "article": one("SELECT canonical_url FROM articles WHERE version_count > 1 LIMIT 1"),
    }
    title = one("SELECT title FROM articles WHERE rowid = 7")
    values["query"] = " ".join(sorted(title.split(), key=len)[-2:])  # two of its longer (rarer) words
    values["common"] = min(title.split(), key=len)  # a short, frequent word: thousands of hits
    conn.close()
    return values


def next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def clippings_pages(db: str, v: dict[str, str]) -> list[tuple[str, str]]:
    q = quote_plus(v["query"])
    return [
        ("articles table (5 facets)", f"/{db}/articles"),
        ("facet by site", f"/{db}/articles?_facet=site"),
        ("filter site + facets", f"/{db}/articles?site={quote_plus(v['site'])}"),
        ("filter section + facets", f"/{db}/articles?section={quote_plus(v['section'])}"),
        ("filter author + facets", f"/{db}/articles?_author={quote_plus(v['author'])}"),
        ("filter month + facets",
         f"/{db}/articles?published__gte={v['month']}&published__lt={next_month(v['month'])}"),
        ("facet by day", f"/{db}/articles?_facet_day=published"),
        ("search (relevance, snippets)", f"/{db}/search?q={q}"),
        ("search, a frequent word", f"/{db}/search?q={quote_plus(v['common'])}"),
        ("table search _search=", f"/{db}/articles?_search={q}"),
        ("article page (versions, diff)", f"/{db}/articles/{tilde_encode(v['article'])}"),
        ("database page (charts)", f"/{db}"),
    ]


def peer_pages(db: str, v: dict[str, str]) -> list[tuple[str, str]]:
    q = quote_plus(v["query"])
    return [
        ("articles table", f"/{db}/articles"),
        ("facet by site", f"/{db}/articles?_facet=site"),
        ("facet by section", f"/{db}/articles?_facet=section"),
        ("facet by author (array)", f"/{db}/articles?_facet_array=authors"),
        ("facet by day (date)", f"/{db}/articles?_facet_date=published"),
        ("table search _search=", f"/{db}/articles?_search={q}"),
        ("row page", f"/{db}/articles/{tilde_encode(v['article'])}"),
    ]


def report(title: str, timings: list[Timing]) -> None:
    print(f"\n{title}")
    print(f"  {'page':32} {'wall ms':>9} {'cpu ms':>8} {'KB':>7}  status  facets timed out")
    for t in timings:
        print(f"  {t.name:32} {t.wall_ms:9.0f} {t.cpu_ms:8.0f} {t.size / 1024:7.0f}  {t.status:6}  "
              f"{'YES' if t.timed_out else 'no'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/clippings-bench/archive-1m.db"))
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-peer", dest="peer", action="store_false")
    args = parser.parse_args(argv)
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        cpu, wall = time.process_time(), time.perf_counter()
        generate(args.db, args.articles, args.sites)
        print(f"generated {args.articles:,} articles over {args.sites} sites in "
              f"{time.perf_counter() - wall:.0f} s ({time.process_time() - cpu:.0f} s CPU)")
    values = sample_values(args.db)
    size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
    print(f"archive {args.db}: {size / 1e9:.2f} GB on disk; sample values {values}")
    db = args.db.stem
    runs = [("clippings serve", [sys.executable, "-m", "crawler.cli", "serve", str(args.db)],
             clippings_pages(db, values))]
    if args.peer:
        runs.append(("plain datasette serve (peer)", [sys.executable, "-m", "datasette", "serve",
                                                       str(args.db)], peer_pages(db, values)))
    worst = 0.0
    for title, command, pages in runs:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start([*command, "--port", str(port)], base)
        try:
            timings = time_pages(process, base, pages, args.repeat)
        finally:
            process.terminate()
            process.wait(timeout=30)
        report(title, timings)
        if title == "clippings serve":
            worst = max(t.wall_ms for t in timings)
            failed = [t.name for t in timings if t.status != 200 or t.timed_out]
    print(f"\nclippings serve: slowest page {worst:.0f} ms; failed or timed out: {failed or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
