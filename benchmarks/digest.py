"""A digest of ``parse_article`` records over every benchmark page, to prove a refactor
changes no output.

Each page's record (``None`` for "not an article") is serialised as sorted-key JSON
with ``fetched_at`` removed (it is the clock, not the page) and hashed with sha256.
The script prints one overall digest (the hash of every page's id and hash, in
order) and, with ``--out FILE``, writes one ``dataset/id hash`` line per page;
``--compare OLD`` lists the pages whose hash differs from an earlier ``--out`` file.

    python benchmarks/digest.py --out /tmp/before.txt
    python benchmarks/digest.py --compare /tmp/before.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` and ``crawler`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.datasets import load_html, load_truth  # noqa: E402
from crawler.parsers import parse_article  # noqa: E402

DATASETS = ("zyte-article", "fundus-articles", "trafilatura-eval-dev")
DEFAULT_ROOT = ROOT.parent / "shared" / "benchmarks"


def record_json(html: str, url: str) -> str:
    """The page's record as sorted-key JSON without ``fetched_at`` (``null`` if none)."""
    article = parse_article(html, url)
    if article is None:
        return "null"
    record = article.to_dict()
    record.pop("fetched_at", None)
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def page_hashes(root: Path, datasets: tuple[str, ...] = DATASETS,
                records: dict[str, str] | None = None) -> dict[str, str]:
    """``{"dataset/id": sha256 of its record}`` for every page, in dataset then id order.

    ``records``, when given, is filled with each page's JSON (to diff changed pages).
    """
    hashes: dict[str, str] = {}
    for name in datasets:
        directory = root / name
        _, truths = load_truth(directory)
        for truth in truths:
            text = record_json(load_html(directory / truth.file), truth.url or "")
            hashes[f"{name}/{truth.id}"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if records is not None:
                records[f"{name}/{truth.id}"] = text
    return hashes


def overall(hashes: dict[str, str]) -> str:
    """One sha256 over every ``key hash`` line, in order."""
    lines = "".join(f"{key} {value}\n" for key, value in hashes.items())
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def read_hashes(path: Path) -> dict[str, str]:
    """An ``--out`` file back into ``{key: hash}``."""
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {key: value for key, value in pairs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT,
                        help="folder holding the benchmark sets (default: ../shared/benchmarks)")
    parser.add_argument("--out", type=Path, help="write one 'dataset/id hash' line per page")
    parser.add_argument("--compare", type=Path, help="list pages whose hash differs from this file")
    parser.add_argument("--dump", type=Path,
                        help="also write every record, one '{\"page\": ..., \"record\": ...}' per line")
    args = parser.parse_args(argv)
    records: dict[str, str] | None = {} if args.dump else None
    hashes = page_hashes(args.root, records=records)
    if args.dump and records is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            for key, text in records.items():
                out.write(f'{{"page": {json.dumps(key)}, "record": {text}}}\n')
    if args.out:
        args.out.write_text("".join(f"{k} {v}\n" for k, v in hashes.items()), encoding="utf-8")
    print(f"{overall(hashes)}  ({len(hashes)} pages)")
    if args.compare:
        old = read_hashes(args.compare)
        changed = sorted(k for k in hashes.keys() | old.keys() if hashes.get(k) != old.get(k))
        for key in changed:
            print(f"changed: {key}")
        print(f"{len(changed)} page(s) changed")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
