"""The near-duplicate cluster pass at a crawl's close, incremental vs the full rebuild it replaced.

Usage: python benchmarks/clusters.py [--existing 20000] [--new 100]

Builds an archive of ``--existing`` unrelated versions (signed and grouped), then
stores a crawl of ``--new`` versions (half of them near-copies of existing
ones) and times the close's pass two ways on copies of the same file:

- ``incremental``: :func:`archive.clusters.update_clusters` (LSH bands in SQLite,
  only the new versions' candidates);
- ``full rebuild``: the previous pass (a ``MinHashLSH`` over every signature in
  the archive), kept here as the reference: its rewrite of every cluster row
  is left out, so its figure is a floor.

Prints CPU seconds of each (``time.process_time``; signing of the new versions
included in both) and whether the two give the same cluster membership. Compare
figures of one run only.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datasketch import MinHash, MinHashLSH

from archive import ArchiveWriter
from archive.clusters import (
    NUM_PERM,
    SCHEME,
    SEED,
    THRESHOLD,
    _sign_new_versions,
    update_clusters,
)
from crawler.items import Article

WORDS = [f"word{i}" for i in range(3000)]


def _store(writer: ArchiveWriter, bodies: list[tuple[str, str]]) -> None:
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="bench")
    with writer.transaction():
        for url, body in bodies:
            writer.store_article(Article(url=url, canonical_url=url, site=url.split("/")[2],
                                         title=url, body=body, fetched_at="2025-08-01T00:00:00Z"),
                                 crawl)


def reference_groups(db: Any) -> tuple[dict[int, list[int]], dict[int, MinHash]]:
    """The grouping the pass replaced, kept as the reference the incremental one
    must equal: one MinHashLSH over every stored signature, pairs at the threshold
    joined; the groups of two articles or more (id: first version, members sorted)
    and every signature. ``db`` is a sqlite3 or sqlite-utils connection."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    signatures: dict[int, MinHash] = {}
    parent: dict[int, int] = {}

    def find(key: int) -> int:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for version_id, blob in db.execute("SELECT version_id, signature FROM minhashes "
                                       "WHERE length(signature) > 0 ORDER BY version_id"):
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                          hashvalues=np.frombuffer(blob, dtype="<u8").astype(np.uint64))
        signatures[version_id], parent[version_id] = minhash, version_id
        for other in sorted(lsh.query(minhash)):
            mine, theirs = find(version_id), find(other)
            if mine != theirs and minhash.jaccard(signatures[other]) >= THRESHOLD:
                low, high = sorted((mine, theirs))
                parent[high] = low
        lsh.insert(version_id, minhash)
    groups: dict[int, list[int]] = {}
    for version_id in parent:
        groups.setdefault(find(version_id), []).append(version_id)
    urls = dict(db.execute("SELECT id, canonical_url FROM versions").fetchall())
    return {root: sorted(g) for root, g in groups.items() if len({urls[v] for v in g}) > 1}, signatures


def full_rebuild(writer: ArchiveWriter) -> dict[int, list[int]]:
    """The previous pass: sign, then :func:`reference_groups` (its rewrite of the
    cluster rows left out)."""
    _sign_new_versions(writer.db)
    return reference_groups(writer.db)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--existing", type=int, default=20_000)
    parser.add_argument("--new", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(1)
    bodies = [" ".join(rng.choice(WORDS) for _ in range(80)) for _ in range(args.existing)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.db"
        writer = ArchiveWriter(path)
        _store(writer, [(f"https://s{i % 50}.example/{i}", b) for i, b in enumerate(bodies)])
        update_clusters(writer.db)
        crawl = []
        for i in range(args.new):
            words = (bodies[rng.randrange(len(bodies))].split() if i % 2
                     else [rng.choice(WORDS) for _ in range(80)])
            words[rng.randrange(80)] = "edited"
            crawl.append((f"https://new.example/{i}", " ".join(words)))
        _store(writer, crawl)
        writer.db.close()
        shutil.copy(path, Path(tmp) / "old.db")
        new, old = ArchiveWriter(path), ArchiveWriter(Path(tmp) / "old.db")
        start = time.process_time()
        update_clusters(new.db)
        incremental = time.process_time() - start
        start = time.process_time()
        expected = full_rebuild(old)
        rebuild = time.process_time() - start
        found: dict[int, list[int]] = {}
        for cluster_id, version_id in new.db.execute(
                "SELECT cluster_id, version_id FROM cluster_members ORDER BY 1, 2"):
            found.setdefault(cluster_id, []).append(version_id)
    print(f"close after {args.existing} versions, a crawl of {args.new}: "
          f"incremental {incremental:.2f} CPU s, full rebuild {rebuild:.2f} CPU s "
          f"(x{rebuild / max(incremental, 1e-9):.0f}); clusters {len(found)}, "
          f"same as the rebuild: {found == expected}")


if __name__ == "__main__":
    main()
