"""Near-duplicate clusters: the same story on N sites (or N URLs). Flags, never deletes.

Each version gets a MinHash signature of its body (datasketch, 128 permutations,
a fixed seed: the same text always gives the same signature), kept in
``minhashes`` so it is computed once. :func:`update_clusters` rebuilds
``clusters`` and ``cluster_members`` as a whole: locality-sensitive hashing
(``MinHashLSH``) proposes pairs, a pair whose estimated Jaccard similarity
reaches the threshold is joined, and joined versions form a cluster when they
belong to at least two articles. Versions are visited in id order and cluster
ids given in order of their first version, so the same archive gives the same
clusters every time. ``articles.cluster_id`` points each clustered article to
its cluster (a Datasette facet); no row is ever deleted or merged.

Shingles are character 7-grams of the lower-cased text with punctuation and
spacing collapsed: language-neutral (Japanese and Chinese have no spaces
between words) and robust to re-wrapped or re-punctuated copies.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import numpy as np
import sqlite_utils
from datasketch import MinHash, MinHashLSH

__all__ = ["NUM_PERM", "SEED", "THRESHOLD", "ClusterSummary", "signature", "update_clusters"]

NUM_PERM = 128
SEED = 20250716
#: datasketch's hashing scheme, named so stored signatures stay comparable across versions.
SCHEME = "affine32"
#: Estimated Jaccard similarity of shingle sets from which two texts are one story.
THRESHOLD = 0.7
SHINGLE = 7
#: Texts with fewer shingles than this (a few short lines) are not clustered.
MIN_SHINGLES = 40
#: Only the start of a body is read: bounded work on any text.
MAX_CHARS = 20_000
_NOT_WORD = re.compile(r"[\W_]+")


def _shingles(text: str) -> set[str]:
    flat = _NOT_WORD.sub(" ", text[:MAX_CHARS].lower()).strip()
    return {flat[i:i + SHINGLE] for i in range(max(0, len(flat) - SHINGLE + 1))}


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> MinHash | None:
    """The MinHash of a body, or None when it is too short to compare."""
    shingles = _shingles(text)
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles)])
    return minhash


def _from_bytes(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                   hashvalues=np.frombuffer(blob, dtype="<u8").astype(np.uint64))


@dataclass
class ClusterSummary:
    """What :func:`update_clusters` did."""

    signed: int = 0
    """Versions given a signature in this run."""
    clusters: int = 0
    clustered_articles: int = 0


def _sign_new_versions(db: sqlite_utils.Database) -> int:
    rows = db.execute(
        "SELECT v.id, v.body FROM versions v LEFT JOIN minhashes m ON m.version_id = v.id "
        "WHERE m.version_id IS NULL ORDER BY v.id").fetchall()
    count = 0
    with db.conn:
        for version_id, body in rows:
            minhash = signature(body or "")
            blob = minhash.hashvalues.astype("<u8").tobytes() if minhash is not None else b""
            db.execute("INSERT INTO minhashes (version_id, signature) VALUES (?, ?)", [version_id, blob])
            count += 1
    return count


def _find(parent: dict[int, int], key: int) -> int:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _groups(db: sqlite_utils.Database, threshold: float) -> list[list[tuple[int, float]]]:
    """Groups of (version id, similarity to the group's first version), by first id."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[int, MinHash] = {}
    parent: dict[int, int] = {}
    for version_id, blob in db.execute(
            "SELECT version_id, signature FROM minhashes WHERE length(signature) > 0 "
            "ORDER BY version_id"):
        minhash = _from_bytes(blob)
        signatures[version_id] = minhash
        parent[version_id] = version_id
        for other in sorted(lsh.query(minhash)):
            mine, theirs = _find(parent, version_id), _find(parent, other)
            if mine == theirs:
                continue  # already one group: this pair cannot change it
            if minhash.jaccard(signatures[other]) >= threshold:
                low, high = sorted((theirs, mine))
                parent[high] = low
        lsh.insert(version_id, minhash)
    members: dict[int, list[int]] = {}
    for version_id in parent:
        members.setdefault(_find(parent, version_id), []).append(version_id)
    return [
        [(v, round(signatures[root].jaccard(signatures[v]), 4)) for v in sorted(group)]
        for root, group in sorted(members.items()) if len(group) > 1
    ]


def update_clusters(db: sqlite_utils.Database, threshold: float = THRESHOLD) -> ClusterSummary:
    """Sign new versions and rebuild the clusters (one transaction for the rebuild)."""
    summary = ClusterSummary(signed=_sign_new_versions(db))
    groups = _groups(db, threshold)
    with db.conn:
        db.execute("UPDATE articles SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        db.execute("DELETE FROM cluster_members")
        db.execute("DELETE FROM clusters")
        for group in groups:
            ids = [v for v, _ in group]
            marks = ", ".join("?" * len(ids))
            rows = db.execute(
                f"SELECT id, canonical_url, site, title, first_seen, last_seen FROM versions "
                f"WHERE id IN ({marks}) ORDER BY id", ids).fetchall()
            if len({r[1] for r in rows}) < 2:
                continue  # the versions of one article: an edit, not a duplicate
            sites = sorted({r[2] for r in rows})
            summary.clusters += 1
            cluster_id = summary.clusters
            db.execute(
                "INSERT INTO clusters (id, size, site_count, sites, title, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [cluster_id, len({r[1] for r in rows}), len(sites), json.dumps(sites), rows[0][3],
                 min(r[4] for r in rows), max(r[5] for r in rows)])
            similarity = dict(group)
            db.conn.executemany(
                "INSERT INTO cluster_members (cluster_id, version_id, canonical_url, site, similarity) "
                "VALUES (?, ?, ?, ?, ?)",
                [(cluster_id, r[0], r[1], r[2], similarity[r[0]]) for r in rows])
            urls = sorted({r[1] for r in rows})
            db.execute(f"UPDATE articles SET cluster_id = ? WHERE canonical_url IN "
                       f"({', '.join('?' * len(urls))})", [cluster_id, *urls])
            summary.clustered_articles += len(urls)
    return summary
