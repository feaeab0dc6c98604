"""Export at scale: peak memory and CPU time of ``clippings export`` on a generated archive.

Generates an archive of N versions (default 100,000: articles with 1 to 4
versions each, bodies of a few hundred words from a fixed vocabulary, seeded, so
every run builds the same archive), then runs, each in its own process:

- ``export --format parquet --versions all`` (the one measured against the
  300 MB target),
- ``export --format jsonl --versions all`` (the same rows as text: the peer),

and prints peak RSS (``ru_maxrss`` of that child) and CPU time (user + system) of
each, for about a quarter of the archive (``--until`` cut: the versions first seen
in January) and for all of it, so that "memory flat in archive size" can be read
off the same run.

    python benchmarks/export.py [--versions 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive import open_archive
from archive.writer import article_to_row
from crawler.items import ARTICLE_FIELDS, Article, Block, Image, content_hash

WORDS = ("council", "river", "budget", "station", "harbour", "school", "market", "library",
         "summer", "weather", "energy", "prices", "workers", "transport", "housing", "festival",
         "the", "a", "of", "and", "in", "to", "with", "after", "before", "new", "old", "local",
         "said", "plans", "report", "people", "city", "town", "week", "year", "data", "water")
SITES = ("harbourgazette.example", "valleyherald.example", "northwire.example", "meridian.example")


def _paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _article(rng: random.Random, n: int, version: int) -> Article:
    site = SITES[n % len(SITES)]
    url = f"https://{site}/2025/{n % 12 + 1:02d}/story-{n}"
    blocks = [Block(type="p", text=_paragraph(rng, rng.randint(40, 90))) for _ in range(rng.randint(3, 6))]
    body = "\n\n".join(b.text for b in blocks)
    title = f"Story {n}: {_paragraph(rng, 8)}"
    return Article(
        url=url, canonical_url=url, site=site, title=title, description=_paragraph(rng, 20),
        section="News", tags=["local", "news"], authors=[f"Reporter {n % 97}"],
        published=f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}", language="en", detected_language="en",
        language_confidence=0.99, body=body, body_blocks=blocks, word_count=len(body.split()),
        image=f"https://{site}/img/{n}.jpg",
        images=[Image(url=f"https://{site}/img/{n}.jpg", alt="", caption="A caption.", credit="Agency")],
        fetched_at=f"2025-{version + 1:02d}-01T08:00:00Z", content_hash=content_hash(title, body),
        provenance={"title": "json-ld", "access": "no paywall declared or shown"},
    )


def generate(path: Path, versions: int, seed: int = 20250716) -> None:
    """An archive of exactly ``versions`` versions (rows written in batches, no crawl)."""
    rng = random.Random(seed)
    db = open_archive(path)
    conn = db.conn
    cols = ", ".join(ARTICLE_FIELDS)
    marks = ", ".join("?" * len(ARTICLE_FIELDS))
    made, n = 0, 0
    with conn:
        conn.execute("INSERT INTO crawls (id, started, status) VALUES (1, '2025-01-01T00:00:00Z', 'finished')")
        while made < versions:
            count = min(rng.randint(1, 4), versions - made)
            rows = [article_to_row(_article(rng, n, v)) for v in range(count)]
            conn.execute(f"INSERT INTO articles ({cols}, status, first_seen, last_seen, version_count, "
                         f"crawl_id) VALUES ({marks}, 'live', ?, ?, ?, 1)",
                         [*rows[-1].values(), rows[0]["fetched_at"], rows[-1]["fetched_at"], count])
            conn.executemany(
                f"INSERT INTO versions ({cols}, first_seen, last_seen, crawl_id, last_crawl_id) "
                f"VALUES ({marks}, ?, ?, 1, 1)",
                [[*row.values(), row["fetched_at"], row["fetched_at"]] for row in rows])
            made += count
            n += 1
    db.close()


def measure(args: list[str]) -> dict:
    """Run ``clippings`` in a child process: its own peak RSS (MB) and CPU seconds
    (``os.wait4`` gives that child's resource use alone)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "crawler.cli", *args],
                                 stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            err.seek(0)
            raise SystemExit(err.read().decode())
    return {"peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1), "wall_s": round(wall, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="Folder to keep the archive and exports in.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="clippings-export-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    if not db.exists():
        start = time.process_time()
        generate(db, args.versions)
        print(f"generated {args.versions} versions in {time.process_time() - start:.1f}s CPU "
              f"({db.stat().st_size / 2**20:.0f} MB)")
    # Part of the archive: the versions first seen in January (fetched_at month = version + 1).
    for label, extra in (("january", ("--until", "2025-02-01")), ("all", ())):
        for fmt, out in (("parquet", folder / f"parquet-{label}"), ("jsonl", folder / f"{label}.jsonl")):
            figures = measure(["export", str(db), "--format", fmt, "--versions", "all", "-o", str(out), *extra])
            if fmt == "parquet":
                card = (out / "README.md").read_text(encoding="utf-8")
                figures["rows"] = int(card.split("| rows | articles | sites |")[1].split("\n")[2].split("|")[1])
            print(json.dumps({"export": fmt, "archive": label, **figures}))


if __name__ == "__main__":
    main()
