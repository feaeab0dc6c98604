"""Where ``parse_article``'s CPU time goes, by sampling: a statistical profile.

cProfile charges every Python call a fixed cost, so code made of many small calls
(the body's text-length pass, the line filters) looks several times dearer than it
is, and a stage of few calls into lxml or libxml2 cheaper. This script instead
stops the process every ``--interval`` seconds of its own CPU time (``SIGPROF``:
other processes' load does not count) and notes the Python line running and the
functions above it, so each share is a share of CPU time as spent.

Two things to read the output with: the time of a call into C (a parse, an
XPath, a regex) goes to the line that made it; and a signal is handled at the
next Python step, so work done between steps with no line of its own, such as
freeing the previous page's tree, is charged to the first line run after it
(``looks_binary``, at the start of each page).

    python benchmarks/sample_profile.py --dataset ../shared/benchmarks/zyte-article --passes 3

``--stages`` adds a table of the pipeline's stages (:data:`STAGES`): each stage's
share is that of the samples taken in its function or below it, so an indented
row is part of the row above it; the structured data is read on first use, by
whichever stage asks first, and is shown on its own.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` and ``crawler`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.datasets import load_html, load_truth  # noqa: E402
from crawler.parsers import parse_article  # noqa: E402

DEFAULT_SETS = [ROOT.parent / "shared" / "benchmarks" / name
                for name in ("zyte-article", "fundus-articles", "trafilatura-eval-dev")]


# The stages of ``parse_article`` and the function each runs in (``file:name``, as
# the tables name them); a row with a leading "- " is part of the stage above it.
STAGES: tuple[tuple[str, str], ...] = (
    ("decoding and parse", "page.py:read_page"),
    ("- libxml2's parse", "document.py:_parse"),
    ("- attribute cap pre-pass", "document.py:cap_attributes"),
    ("structured data (meta, JSON-LD, microdata)", "structured.py:read_structured"),
    ("metadata", "extract.py:extract_metadata"),
    ("- headline", "headline.py:find_headline"),
    ("- header scan (byline, dateline, section)", "scan.py:scan_header"),
    ("- authors", "extract.py:_authors"),
    ("dates settled", "date_search.py:settle_published"),
    ("- htmldate", "date_search.py:_htmldate"),
    ("- dateparser", "dates.py:_dateparser"),
    ("related links", "related.py:extract_related"),
    ("teaser headlines", "teasers.py:teaser_headlines"),
    ("figures", "images.py:extract_images"),
    ("paywall evidence", "access.py:read_access_signals"),
    ("body", "blocks.py:extract_body"),
    ("- cleaning (stripped elements)", "document.py:strip_keeping_tails"),
    ("- candidate scoring pass", "container.py:collect"),
    ("- candidate ranking", "container.py:rank"),
    ("- container choice", "container.py:best"),
    ("- text assembly (walk, line filters, lead)", "blocks.py:_body_of"),
    ("page kind", "kind.py:page_kind"),
    ("language", "language.py:detect_language"),
    ("word count", "vocabulary.py:word_count"),
    ("content hash", "items.py:content_hash"),
)


class Samples:
    """Per function (``file:name``): samples it was running in (``own``) or below
    (``within``); per line: samples it was the line running."""

    def __init__(self) -> None:
        self.count = 0
        self.own: Counter[str] = Counter()
        self.within: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()

    def take(self, _signum: int, frame: FrameType | None) -> None:
        self.count += 1
        seen: set[str] = set()
        first = True
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_name}"
            if first:
                self.own[name] += 1
                self.lines[f"{name}:{frame.f_lineno}"] += 1
                first = False
            if name not in seen:
                self.within[name] += 1
                seen.add(name)
            frame = frame.f_back


def sample(pages: list[tuple[str, str]], passes: int, interval: float) -> Samples:
    """``parse_article`` over ``pages`` ``passes`` times (after one untimed pass:
    imports, compiled patterns, caches), sampled every ``interval`` CPU seconds."""
    for html, url in pages:
        parse_article(html, url)
    samples = Samples()
    previous = signal.signal(signal.SIGPROF, samples.take)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for _ in range(passes):
            for html, url in pages:
                parse_article(html, url)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return samples


def _table(title: str, counts: Counter[str], total: int, top: int) -> str:
    rows = [f"{100 * n / total:5.1f}%  {name}" for name, n in counts.most_common(top)]
    return "\n".join([f"== {title}", *rows])


def _stages(samples: Samples, total: int) -> str:
    rows = [f"{100 * samples.within[name] / total:5.1f}%  {label}  ({name})" for label, name in STAGES]
    return "\n".join(["== stages (the function or below it)", *rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, action="append",
                        help="a benchmark set (repeatable; default: the three sets)")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--interval", type=float, default=0.001, help="CPU seconds between samples")
    parser.add_argument("--top", type=int, default=40, help="rows of each table")
    parser.add_argument("--stages", action="store_true", help="also a table of the pipeline's stages")
    args = parser.parse_args(argv)
    pages: list[tuple[str, str]] = []
    for directory in args.dataset or DEFAULT_SETS:
        _, truths = load_truth(directory)
        pages += [(load_html(directory / t.file), t.url or "") for t in truths]
    samples = sample(pages, args.passes, args.interval)
    total = max(1, samples.count)
    print(f"{samples.count} samples, {len(pages)} pages x {args.passes} passes")
    if args.stages:
        print(_stages(samples, total))
    print(_table("within (the function or below it)", samples.within, total, args.top))
    print(_table("own (the function itself running)", samples.own, total, args.top))
    print(_table("lines", samples.lines, total, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
