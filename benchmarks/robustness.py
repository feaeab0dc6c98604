"""Worst-case time of parse_article on adversarial pages (the 1-second rule of issue #3).

Usage: python benchmarks/robustness.py [DATASET_DIR ...] [--mutations N]

Times each input once on one core and prints the slowest cases; exits 1 when any
input raises or takes more than --limit seconds (default 1.0). The inputs are
the same kinds as tests/test_robustness.py (which checks only that nothing
raises): deep nesting, 10 MB pages, markup without text, binary data, empty
input, randomly mutated real pages from the datasets given, and the byline
functions called directly on lines of hundreds of names.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import MAX_BYLINE, clean_byline, italian_by, looks_like_byline

URL = "https://news.example/2025/07/story"
PARAGRAPH = ("The harbour authority approved the new ferry timetable on Tuesday after months "
             "of debate among residents of the outer islands. ")


# Lines of hundreds of names for the byline regexes (a backtracking pattern would
# take seconds on them).
BYLINE_LINES = ("A cura di " + "Ab " * 2000, "A cura di " + "Ab, " * 2000 + "x",
                "A cura di " + "Ab Cd e " * 700 + "x", "Di " + "Ab Cd e " * 700 + "x")


def _byline_functions() -> None:
    """The byline functions called on the lines at the longest each reads
    (clean_byline and italian_by cut to MAX_BYLINE, looks_like_byline refuses 250
    characters or more), as no page's path feeds them: a byline box's line is cut
    far shorter first."""
    for line in BYLINE_LINES:
        text = line[:4 * MAX_BYLINE]
        clean_byline(text)
        clean_byline(text, strict=False)
        looks_like_byline(text[:249])
        italian_by(text, "it")
        italian_by(text, "it", True)


def synthetic() -> Iterator[tuple[str, bytes | str | Callable[[], object]]]:
    """Hand-made worst cases."""
    body = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(5))
    for depth in (1_000, 10_000, 100_000):
        yield f"nested divs x{depth}", "<html><body>" + "<div>" * depth + body + "</div>" * depth
    yield "one 2 MB link in 250 wrappers", ("<html><body>" + body + "<div>" * 250 + "intro words <a href='/z'>"
                                            + "l " * 1_000_000 + "</a>" + "</div>" * 250)
    yield "nested inline x50000", "<p>" + "<b><i>" * 50_000 + PARAGRAPH
    yield "10 MB of paragraphs", ("<html><body><article><h1>Ferry</h1>"
                                  + f"<p>{PARAGRAPH}</p>" * 70_000 + "</article></body></html>")
    yield "10 MB in one paragraph", "<html><body><p>" + PARAGRAPH * 70_000 + "</p></body></html>"
    yield "10 MB of empty spans", "<html><body>" + "<span class='x'></span>" * 450_000
    yield "10 MB of links", "<html><body>" + "<a href='/x'>link text here</a> " * 300_000
    yield "100k table cells", "<table>" + "<tr>" + "<td>cell text</td>" * 100 + "</tr>" * 1000
    yield "huge JSON-LD", ('<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
                           + ",".join('{"@type": "Person", "name": "A B"}' for _ in range(50_000)) + "]}"
                           + "</script>" + body)
    box = "cookie" + "-box" * 25_000 + "X"  # 100,000-character class tokens around 15 h1s
    yield "15 h1s in 100k-char classes", ("<html><body>" + "".join(
        f"<div class='{box}'><div class='{box}'><h1 class='{box}'>Headline {i} here</h1></div></div>"
        for i in range(15)) + f"<article class='{box}'>{body}</article></body></html>")
    wide = "größe" + "-x" * 50_000  # 100,000-character non-ASCII classes in an aside and on every box
    yield "100 boxes of 100k-char non-ASCII classes", (
        "<html><body><h1>Ferry</h1><aside>" + "".join(f"<div class='{wide} author'>Von A B</div>" for _ in range(50))
        + "</aside>" + "".join(f"<div class='{wide}'>{PARAGRAPH}</div>" for _ in range(50)) + "</body></html>")
    for heading in ("Related", "Comments", "12 Comments"):   # one marked run per heading, each to the end
        yield f"100k sibling '{heading}' headings", ("<html><body><h1>Ferry</h1><div class='a'>" + body
                                                  + "</div><div class='b'>" + f"<h3>{heading}</h3>" * 100_000
                                                  + "</div></body></html>")
    lines = "<li>We repair leaking taps on the same day.</li><li>Our team answers the phone at night.</li>"
    yield "500 lists of sentence lines, each with a 100 kB item", ("<html><body><h1>Plumbers</h1>" + body + (
        f"<ul>{lines}<li>{'word ' * 20_000}</li></ul>" * 500) + "</body></html>")
    yield "25,000 scripts between words under one parent", ("<html><body><h1>Ferry</h1><div>" + body
                                                          + "<script>x()</script>word " * 25_000 + "</div>")
    yield "3000 nested boxes of text", ("<html><body><h1>Big page headline</h1>" + "<div><p>word " * 3000
                                        + "</p></div>" * 3000 + "</body></html>")
    # the byline boxes' lines reach the byline regexes cut to a box's length (126
    # characters); the page's author meta reaches clean_byline at MAX_BYLINE
    meta = "".join(f'<meta name="author" content="{line}">' for line in BYLINE_LINES)
    yield "bylines of 700 names", (f'<html lang="it"><head>{meta}</head><body><h1>Ferry</h1>' + "".join(
        f"<div class='byline'>{line}</div><p>{line}</p>" for line in BYLINE_LINES) + body + "</body></html>")
    yield "byline functions on 700-name lines", _byline_functions
    yield "binary 10 MB", os.urandom(10_000_000)
    yield "empty", b""


def mutated(dataset_dirs: list[Path], count: int, seed: int = 7) -> Iterator[tuple[str, bytes]]:
    """Real pages with random cuts, stray tags, flipped bytes and truncations."""
    files = sorted(f for d in dataset_dirs for f in (d / "html").glob("*.html.gz"))
    rng = random.Random(seed)
    tags = [b"<div>", b"</div>", b"<table><tr><td>", b"<script>", b"<!--", b"<![CDATA[", b"\x00", b"&#xD800;"]
    for i in range(count if files else 0):
        path = rng.choice(files)
        page = bytearray(gzip.decompress(path.read_bytes()))
        for _ in range(rng.randint(1, 12)):
            where = rng.randrange(len(page) + 1)
            action = rng.randrange(4)
            if action == 0:
                del page[where:where + rng.randrange(1, 5000)]
            elif action == 1:
                page[where:where] = rng.choice(tags)
            elif action == 2:
                for j in range(where, min(len(page), where + 8)):
                    page[j] = rng.randrange(256)
            else:
                del page[where:]
        yield f"mutated {path.name} #{i}", bytes(page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", type=Path)
    parser.add_argument("--mutations", type=int, default=300)
    parser.add_argument("--limit", type=float, default=1.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    timings: list[tuple[float, str, str]] = []
    for name, data in [*synthetic(), *mutated(args.datasets, args.mutations)]:
        started = time.perf_counter()
        try:
            if callable(data):   # a function called directly, not a page
                data()
            else:
                parse_article(data, URL)
            outcome = "ok"
        except Exception as exc:
            outcome = f"RAISED {type(exc).__name__}: {exc}"
        timings.append((time.perf_counter() - started, name, outcome))
    timings.sort(reverse=True)
    print(f"{len(timings)} inputs, slowest first (limit {args.limit:.1f}s):")
    for seconds, name, outcome in timings[:15]:
        print(f"  {seconds * 1000:8.1f} ms  {name}  {outcome}")
    bad = [t for t in timings if t[0] > args.limit or t[2] != "ok"]
    print(f"over the limit or raising: {len(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
