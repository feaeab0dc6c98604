"""Fuzz parse_article with mutated real pages: exceptions and slow pages.

Usage: python benchmarks/fuzz.py [DATASET_DIR ...] [--count 10000] [--seed 2026] [--limit 1.0]

Pages come from the benchmark datasets given (``<dir>/html/*.html.gz``; default:
the three in ../shared/benchmarks) and from tests/fixtures/pages. Each fuzzed
page is a real page with 1-4 mutations drawn with a fixed seed (the same run
gives the same pages): truncation, a cut, a duplicated subtree, a huge
attribute, a giant meta author or title, deep nesting, JSON-LD bloat, a word
without spaces, random bytes, stray tags. Prints the number of pages, the
exceptions (with the first few), the pages over ``--limit`` seconds of CPU time
(after one untimed call on an unchanged page, which pays the one-off costs),
and the CPU time distribution; exits 1 when any page raised or was over the limit.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.parsers import parse_article  # noqa: E402

URL = "https://news.example/2025/07/story"
# A fetch time, as the crawl names one: a page dated only "3 hours ago" is read against it
# (without one that reader never runs, and its loops went unfuzzed).
FETCHED_AT = "2025-07-20T12:00:00Z"
DEFAULT_DATASETS = [ROOT.parent / "shared" / "benchmarks" / name
                    for name in ("zyte-article", "fundus-articles", "trafilatura-eval-dev")]
STRAY = [b"<div>", b"</div>", b"<table><tr><td>", b"<script>", b"<!--", b"<![CDATA[", b"\x00", b"&#xD800;",
         b"<svg><foreignObject>", b"<template>", b"</body></html>", b"<head>", b"<meta charset='utf-16'>"]
GIANT_TAGS = [("author", b"<meta name='author' content='%s'>"), ("title", b"<title>%s</title>"),
              ("h1", b"<h1>%s</h1>"), ("og-title", b"<meta property='og:title' content='%s'>"),
              ("byline", b"<p class='byline'>By %s</p>"), ("keywords", b"<meta name='keywords' content='%s'>"),
              ("time", b"<time datetime='%s'>x</time>")]
Mutation = Callable[[random.Random, bytearray], str]


def where(rng: random.Random, page: bytearray) -> int:
    return rng.randrange(len(page) + 1)


def truncate(rng: random.Random, page: bytearray) -> str:
    at = where(rng, page)
    del page[at:]
    return f"truncate@{at}"


def cut(rng: random.Random, page: bytearray) -> str:
    at, size = where(rng, page), rng.randrange(1, 20_000)
    del page[at:at + size]
    return f"cut{size}"


def duplicate_subtree(rng: random.Random, page: bytearray) -> str:
    start = page.find(b"<", where(rng, page))
    if start < 0:
        return "dup-none"
    piece = bytes(page[start:start + rng.randrange(100, 30_000)])
    times = rng.choice([2, 10, 100, 500])
    at = where(rng, page)
    page[at:at] = piece * times
    return f"dup{len(piece)}x{times}"


def huge_attribute(rng: random.Random, page: bytearray) -> str:
    size = rng.choice([100_000, 1_000_000, 4_000_000])
    filler = rng.choice([b"A", b"a b ", b"&amp;", b"\"'"])
    at = page.find(b">", where(rng, page))
    at = len(page) if at < 0 else at
    page[at:at] = b' data-x="' + filler * (size // len(filler)) + b'"'
    return f"attr{size}"


def giant_meta(rng: random.Random, page: bytearray) -> str:
    size = rng.choice([200_000, 1_000_000, 8_000_000])
    filler = rng.choice([b"Jane Doe ", b"a@", b"x", b"By Ann Lee, ", b"a.b@c.", b"\xc3\xa9 "])
    text = filler * (size // len(filler))
    name, tag = rng.choice(GIANT_TAGS)
    head = page.find(b"<head")
    at = head if head >= 0 and rng.random() < 0.7 else where(rng, page)
    page[at:at] = tag % text
    return f"giant-{name}{size}"


def deep_nesting(rng: random.Random, page: bytearray) -> str:
    depth = rng.choice([1_000, 10_000, 50_000])
    tag = rng.choice([b"<div>", b"<b><i>", b"<li><ul>", b"<table><tr><td>", b"<span>"])
    at = where(rng, page)
    page[at:at] = tag * depth
    return f"nest{depth}"


def jsonld_bloat(rng: random.Random, page: bytearray) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        data = b'{"@type":"NewsArticle","author":[' + b",".join(
            b'{"@type":"Person","name":"A%d B"}' % i for i in range(rng.choice([1_000, 50_000]))) + b"]}"
    elif kind == 1:
        depth = rng.choice([1_000, 100_000])
        data = b'{"@type":"NewsArticle","headline":' + b"[" * depth + b"1" + b"]" * depth + b"}"
    else:
        data = b'{"@type":"NewsArticle","articleBody":"' + b"word " * 1_000_000 + b'"}'
    at = where(rng, page)
    page[at:at] = b'<script type="application/ld+json">' + data + b"</script>"
    return f"jsonld{kind}"


def long_word(rng: random.Random, page: bytearray) -> str:
    size = rng.choice([100_000, 2_000_000])
    at = where(rng, page)
    page[at:at] = b"<p>" + rng.choice([b"x", b"-", b"\xe2\x80\x94", b".", b"@"]) * size + b"</p>"
    return f"word{size}"


def random_bytes(rng: random.Random, page: bytearray) -> str:
    at = where(rng, page)
    if rng.random() < 0.5:
        for i in range(at, min(len(page), at + rng.randrange(8, 512))):
            page[i] = rng.randrange(256)
        return "flip"
    page[at:at] = rng.randbytes(rng.randrange(1, 100_000))
    return "bytes"


def stray_tags(rng: random.Random, page: bytearray) -> str:
    for _ in range(rng.randrange(1, 20)):
        at = where(rng, page)
        page[at:at] = rng.choice(STRAY)
    return "stray"


MUTATIONS: list[Mutation] = [truncate, cut, duplicate_subtree, huge_attribute, giant_meta, deep_nesting,
                             jsonld_bloat, long_word, random_bytes, stray_tags]


def source_pages(dataset_dirs: list[Path]) -> list[Path]:
    files = [f for d in dataset_dirs for f in sorted((d / "html").glob("*.html.gz"))]
    return files + sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html.gz"))


def fuzzed(files: list[Path], count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    for i in range(count):
        path = rng.choice(files)
        page = bytearray(gzip.decompress(path.read_bytes()))
        done = [rng.choice(MUTATIONS)(rng, page) for _ in range(rng.randint(1, 4))]
        yield f"#{i} {path.name} {'+'.join(done)}", bytes(page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--limit", type=float, default=1.0, help="CPU seconds a page may take")
    parser.add_argument("--only", type=int, help="run only page number ONLY (to profile it)")
    parser.add_argument("--part", default="0/1", metavar="K/N",
                        help="run only pages whose number is K modulo N (N processes share a run)")
    args = parser.parse_args()
    try:
        part, parts = (int(n) for n in args.part.split("/"))
    except ValueError:
        parser.error(f"--part {args.part}: not K/N")
    if not 0 <= part < parts:
        parser.error(f"--part {args.part}: K counts from 0 and is below N (0/{max(parts, 1)} .. {parts - 1}/{parts})")
    files = source_pages(args.datasets or [d for d in DEFAULT_DATASETS if d.is_dir()])
    if not files:
        parser.error("no pages: give dataset folders with html/*.html.gz")
    # Untimed: the first call pays what every later call shares (lazy imports,
    # dateparser's and htmldate's first use); the limit is on each page's own work.
    parse_article(gzip.decompress(files[0].read_bytes()), URL, fetched_at=FETCHED_AT)
    timings: list[tuple[float, str]] = []
    raised: Counter[str] = Counter()
    examples: list[str] = []
    for name, data in fuzzed(files, args.count, args.seed):
        if args.only is not None and not name.startswith(f"#{args.only} "):
            continue
        if int(name[1:name.index(" ")]) % parts != part:
            continue
        started = time.process_time()
        try:
            parse_article(data, URL, fetched_at=FETCHED_AT)
        except Exception as exc:  # counted and shown: the figure this benchmark exists for
            raised[type(exc).__name__] += 1
            print(f"raised: {name}: {exc!r}"[:300], file=sys.stderr, flush=True)
            if len(examples) < 5:
                examples.append(f"{name}: {''.join(traceback.format_exception_only(exc)).strip()}")
        timings.append((time.process_time() - started, name))
        if timings[-1][0] > args.limit:  # as found, for a run left in the background
            print(f"over the limit: {timings[-1][0] * 1000:.0f} ms  {name}", file=sys.stderr, flush=True)
    report(timings, raised, examples, args.limit, len(files))
    return 1 if raised or any(t > args.limit for t, _ in timings) else 0


def report(timings: list[tuple[float, str]], raised: Counter[str], examples: list[str], limit: float,
           sources: int) -> None:
    ordered = sorted(t for t, _ in timings)
    total = sum(ordered)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    print(f"fuzzed pages: {len(timings)} (from {sources} real pages)")
    print(f"exceptions: {sum(raised.values())} {dict(raised) if raised else ''}".rstrip())
    for line in examples:
        print(f"  {line}")
    print(f"over {limit:.1f} s CPU: {sum(1 for t in ordered if t > limit)}")
    if not ordered:
        return
    print(f"CPU time per page: mean {total / len(ordered) * 1000:.1f} ms, median {pct(0.5):.1f} ms, "
          f"p99 {pct(0.99):.1f} ms, max {ordered[-1] * 1000:.1f} ms, total {total:.0f} s")
    print("slowest:")
    for seconds, name in sorted(timings, reverse=True)[:10]:
        print(f"  {seconds * 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    sys.exit(main())
