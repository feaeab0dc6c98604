"""parse_article speed of this tree beside another checkout's, in the same run.

Each tree runs in its own process (so each imports its own ``crawler``), over the
same pages, for the same number of passes; the figure is pages per second of CPU
time (``time.process_time``), which load from other processes does not inflate.
The two are run alternately, ``--rounds`` times, and the best round of each kept.

    python benchmarks/parse_speed.py --peer /tmp/old   # a checkout of the older commit
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT.parent / "shared" / "benchmarks" / "zyte-article"

_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
from benchmarks.datasets import load_html, load_truth
from crawler.parsers import parse_article
from pathlib import Path
directory, passes = Path(sys.argv[3]), int(sys.argv[4])
_, truths = load_truth(directory)
pages = [(load_html(directory / t.file), t.url or "") for t in truths]
for html, url in pages[:5]:
    parse_article(html, url)              # warm-up: imports, compiled patterns
start = time.process_time()
for _ in range(passes):
    for html, url in pages:
        parse_article(html, url)
cpu = time.process_time() - start
import crawler
print(json.dumps({"pages": len(pages) * passes, "cpu": cpu, "crawler": crawler.__file__}))
"""


def measure(tree: Path, dataset: Path, passes: int) -> dict[str, float]:
    """One child process: ``tree``'s parse_article over ``dataset``, ``passes`` times."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(tree), str(dataset), str(passes)],
                         check=True, capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if not result["crawler"].startswith(str(tree)):
        raise SystemExit(f"{tree}: imported crawler from {result['crawler']}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peer", type=Path, required=True, help="another checkout of the project")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_SET)
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, tree in (("this", ROOT), ("peer", args.peer.resolve())):
            result = measure(tree, args.dataset, args.passes)
            rate = result["pages"] / result["cpu"]
            best[name] = max(best.get(name, 0.0), rate)
            print(f"{name}: {rate:7.1f} pages/s CPU ({result['pages']} pages, {result['cpu']:.2f} s)")
    print(f"best of {args.rounds}: this {best['this']:.1f} pages/s, peer {best['peer']:.1f} pages/s "
          f"({best['this'] / best['peer']:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
