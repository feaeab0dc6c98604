"""Re-pin tests/fixtures/pages/floors.json from what the parser achieves today.

Usage::

    .venv/bin/python benchmarks/pin_floors.py [--dry-run]

For every fixture page: ``body_f1`` = measured body shingle F1 minus 0.02, rounded
down to 2 decimals (never below 0) (on segment pages: ``with_found`` and
``without_leaked`` as measured), and ``title`` / ``authors`` / ``published`` set
to whether that check holds now (always false for pages without metadata). Run it
after a parser improvement, review the diff, commit it with the change.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks.fixture_pages import FLOORS, METADATA_CHECKS, load_cases, load_floors, measure  # noqa: E402

MARGIN = 0.02


def floor_for(f1: float, margin: float = MARGIN) -> float:
    """``f1 - margin`` rounded down to 2 decimals, at least 0.

    >>> floor_for(0.9789), floor_for(1.0), floor_for(0.01)
    (0.95, 0.98, 0.0)
    """
    return max(0.0, math.floor(round((f1 - margin) * 100, 6)) / 100)


def main(argv: list[str] | None = None) -> int:
    """Measure every fixture, print old -> new, write floors.json unless ``--dry-run``."""
    parser = argparse.ArgumentParser(description="Re-pin real-page test floors.")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    args = parser.parse_args(argv)
    old = load_floors()
    new: dict[str, dict[str, object]] = {}
    for case in load_cases():
        measured = measure(case)
        entry: dict[str, object] = (
            {"with_found": measured.segments.tp, "without_leaked": measured.segments.fp}
            if measured.segments is not None else {"body_f1": floor_for(measured.body.f1)})
        entry.update({k: bool(measured.checks[k]) for k in METADATA_CHECKS})
        new[case.id] = entry
        before = old.get(case.id, {})
        floors = "  ".join(f"{k} {before.get(k, '-')} -> {v}" for k, v in entry.items())
        print(f"{case.id[:40]:<40} F1 {measured.body.f1:.4f}  {floors}")
    if not args.dry_run:
        FLOORS.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
