"""Extraction benchmark: score Clippings and peer extractors on a real-page dataset.

Usage::

    .venv/bin/python benchmarks/extraction.py DATASET_DIR [--systems clippings,trafilatura]
        [--limit N] [--passes 3] [--jobs 1] [--timeout 30] [--out benchmarks/results]
    .venv/bin/python benchmarks/extraction.py DATASET_DIR --profile [--limit N]

DATASET_DIR holds ``ground-truth.json`` (Zyte article benchmark) or ``truth.jsonl``
(Fundus pages, or trafilatura's evaluation pages with ``with``/``without`` segments,
reported per half: tuning and validation). See benchmarks/README.md for the columns and metric definitions.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` and ``crawler`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.datasets import SPLITS, Truth, load_truth  # noqa: E402
from benchmarks.report import (  # noqa: E402
    PageRow,
    failures_md,
    fundus_tables,
    score_pages,
    segments_tables,
    summary_json,
    worst_pages_md,
    write_jsonl,
    zyte_table,
)
from benchmarks.runner import RunResult, RunSpec, free_cores, run_many  # noqa: E402
from benchmarks.systems import DEFAULT_SYSTEMS, SYSTEMS  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="dataset directory")
    parser.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS),
                        help=f"comma-separated, from: {', '.join(SYSTEMS)}")
    parser.add_argument("--limit", type=int, default=None, help="first N pages (by id)")
    parser.add_argument("--ids", default=None, help="comma-separated page ids to run")
    parser.add_argument("--split", choices=SPLITS, default=None,
                        help="segments sets: only this half (default: both, reported apart)")
    parser.add_argument("--passes", type=int, default=None,
                        help="timed passes, median reported (default: 3 zyte, 1 fundus)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="systems run at once, each on its own core (default 1)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-page limit, seconds")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results",
                        help="output directory (a sub-directory per dataset kind)")
    parser.add_argument("--profile", action="store_true",
                        help="profile clippings (cProfile, one core) next to the lxml floor")
    args = parser.parse_args(argv)
    unknown = [s for s in _split(args.systems) if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}")
    return args


def _split(value: str) -> list[str]:
    return [s.strip() for s in value.split(",") if s.strip()]


def _systems_for(kind: str, requested: list[str]) -> list[str]:
    """Requested systems, with ``trafilatura_body`` after ``trafilatura`` on Zyte."""
    systems = list(dict.fromkeys(requested))
    if kind == "zyte" and "trafilatura" in systems and "trafilatura_body" not in systems:
        systems.insert(systems.index("trafilatura") + 1, "trafilatura_body")
    return systems


def _spec(system: str, dataset: Path, truths: list[Truth], passes: int, timeout: float,
          profile: bool = False) -> RunSpec:
    return RunSpec(system=system, dataset=str(dataset), files=[t.file for t in truths],
                   urls=[t.url for t in truths], passes=passes, timeout=timeout,
                   profile=profile)


def _progress(result: RunResult) -> None:
    errors = sum(1 for o in result.outputs if o.error)
    note = f" setup error: {result.setup_error.splitlines()[0]}" if result.setup_error else ""
    print(f"  {result.system}: {result.seconds:.1f} CPU s/pass, {result.docs_per_second:.1f} docs/s "
          f"(wall clock {result.wall_docs_per_second:.1f}), peak {result.peak_mb:.0f} MB, {errors} page errors{note}", file=sys.stderr)


def run_profile(dataset: Path, truths: list[Truth], timeout: float) -> None:
    """Print where clippings spends its time, beside the bare lxml parse."""
    spec = _spec("clippings", dataset, truths, passes=1, timeout=timeout, profile=True)
    result = run_many([spec])["clippings"]
    n = len(truths)
    if result.setup_error:
        print(f"clippings setup failed: {result.setup_error}")
    floor = result.floor_seconds or 0.0
    print(f"pages: {n}, one core")
    print(f"clippings (unprofiled): {result.seconds:.2f}s = {1000 * result.seconds / n:.1f} ms/page,"
          f" {result.docs_per_second:.1f} docs/s")
    print(f"lxml floor (document_fromstring): {floor:.2f}s = {1000 * floor / n:.1f} ms/page"
          + (f" = {100 * floor / result.seconds:.0f}% of clippings" if result.seconds else ""))
    print(f"errors: {sum(1 for o in result.outputs if o.error)}\n")
    print(result.profile_text or "(no profile)")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table; write per-page scores and worst pages."""
    args = parse_args(argv)
    dataset = args.dataset.resolve()
    kind, truths = load_truth(dataset)
    if args.ids:
        wanted = set(_split(args.ids))
        truths = [t for t in truths if t.id in wanted]
    if args.split:
        truths = [t for t in truths if t.split == args.split]
    if args.limit:
        truths = truths[: args.limit]
    if not truths:
        print("no pages selected", file=sys.stderr)
        return 2
    if args.profile:
        run_profile(dataset, truths, args.timeout)
        return 0
    passes = args.passes or (3 if kind == "zyte" else 1)
    systems = _systems_for(kind, _split(args.systems))
    print(f"{kind}: {len(truths)} pages, {passes} pass(es), systems: {', '.join(systems)}, "
          f"{args.jobs} job(s) on cores {free_cores()}", file=sys.stderr)
    specs = [_spec(s, dataset, truths, passes, args.timeout) for s in systems]
    finished = run_many(specs, jobs=args.jobs, on_done=_progress)
    results = {s: finished[s] for s in systems}
    rows: dict[str, list[PageRow]] = {s: score_pages(kind, truths, r) for s, r in results.items()}

    tables = {"zyte": zyte_table, "fundus": fundus_tables, "segments": segments_tables}
    table = tables[kind](results, rows)
    heading = (f"{kind} ({dataset.name}): {len(truths)} pages, median of {passes} pass(es), "
               f"one core per system")
    print(f"{heading}\n\n{table}")

    out = args.out / kind
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "pages.jsonl", (row for s in systems for row in rows[s]))
    (out / "summary.md").write_text(f"{heading}\n\n{table}\n", encoding="utf-8")
    (out / "summary.json").write_text(
        json.dumps(summary_json(kind, results, rows), indent=2), encoding="utf-8")
    if "clippings" in rows and kind == "segments":
        # the catalogue is written for the tuning half only: the validation half is
        # read as figures, never page by page
        (out / "failures-tuning.md").write_text(failures_md(rows["clippings"]), encoding="utf-8")
    elif "clippings" in rows:
        (out / "worst.md").write_text(worst_pages_md(rows["clippings"]), encoding="utf-8")
    listing = "failures-tuning.md" if kind == "segments" else "worst.md"
    print(f"\nper-page scores: {out / 'pages.jsonl'}; worst pages: {out / listing}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
