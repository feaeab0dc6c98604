"""Near-duplicate clusters: the same story on N sites (or N URLs). Flags, never deletes.

Each version gets a MinHash signature of its body (datasketch 2.0's "affine32"
scheme, computed by :mod:`archive.minhash` without importing datasketch; 128
permutations, a fixed seed: the same text always gives the same signature), kept in
``minhashes`` so it is computed once. Locality-sensitive hashing proposes
pairs: the signature is cut in datasketch's ``MinHashLSH`` bands for the
threshold (``b`` bands of ``r`` values), and two versions sharing one band's
bytes are candidates. A candidate pair whose estimated Jaccard similarity
reaches the threshold is joined; joined versions form a group, and a group is a
cluster when it holds at least two articles. ``articles.cluster_id`` points each
clustered article to its cluster (a Datasette facet); no version is ever
deleted or merged.

Incremental: the bands are kept in ``minhash_bands`` (indexed) and each signed
version's group in ``minhashes.group_root`` (the lowest version id of its
group), so :func:`update_clusters` queries only the candidates of the new
versions and rewrites only the clusters they touch (whole: a very large cluster
is rewritten at each crawl that adds to it; ``last_seen`` is refreshed for all by
one statement). The groups are the connected parts
of the graph of joined pairs, which does not depend on the order versions came
in, so they equal a full rebuild's. A cluster's id is its group's lowest
version id (it was the rank 1, 2, ... of that version among the clusters): the
same order, and stable across crawls (until its group joins an earlier one),
since a rank would renumber every later cluster whenever a new version made an
old group a cluster. The same archive
gives the same clusters whatever order its crawls and updates came in.
A re-extracted body drops its signature (:func:`forget_signature`, called by the writer)
and sends its whole group back to be grouped again, since the group may split; a
re-extracted title or site only moves its cluster's (:func:`follow_title`,
:func:`follow_site`).

Shingles are character 7-grams of the lower-cased text with punctuation and
spacing collapsed: language-neutral (Japanese and Chinese have no spaces
between words) and robust to re-wrapped or re-punctuated copies.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import sqlite_utils

from archive.minhash import minhash

__all__ = ["NUM_PERM", "SEED", "THRESHOLD", "ClusterSummary", "band_keys", "follow_site", "follow_title",
           "forget_signature", "group_new_versions", "signature", "update_clusters"]

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
_T = TypeVar("_T")


def _shingles(text: str) -> set[str]:
    flat = _NOT_WORD.sub(" ", text[:MAX_CHARS].lower()).strip()
    return {flat[i:i + SHINGLE] for i in range(max(0, len(flat) - SHINGLE + 1))}


def signature(text: str) -> np.ndarray | None:
    """The MinHash hash values of a body (uint32, datasketch's ``MinHash.hashvalues``),
    or None when it is too short to compare."""
    shingles = _shingles(text)
    if len(shingles) < MIN_SHINGLES:
        return None
    return minhash([shingle.encode("utf-8") for shingle in sorted(shingles)], NUM_PERM, SEED)


@dataclass
class ClusterSummary:
    """What :func:`update_clusters` did."""

    signed: int = 0
    """Versions given a signature in this run."""
    clusters: int = 0
    """Clusters in the archive after the run."""
    clustered_articles: int = 0
    """Articles in a cluster after the run."""


#: Versions signed per write transaction (the signing itself runs outside SQLite's write lock).
SIGN_BATCH = 500


def _blob(body: str) -> bytes:
    """The stored signature of a body: its MinHash's bytes, empty when too short to compare."""
    values = signature(body)
    return values.astype("<u8").tobytes() if values is not None else b""


def _sign_new_versions(db: sqlite_utils.Database) -> int:
    """Sign the versions that have no signature. The MinHashes are computed outside
    any transaction; each batch is written in one transaction that takes the write
    lock at its start (BEGIN IMMEDIATE, as the archive writer's), and only for
    versions still unsigned whose body is still the one signed: another process
    closing a crawl on the same archive at once signs the same versions (the same
    bytes), and a re-extraction may change a body in between."""
    count = 0
    after = 0
    while True:
        rows = db.execute(
            "SELECT v.id, v.body FROM versions v LEFT JOIN minhashes m ON m.version_id = v.id "
            "WHERE m.version_id IS NULL AND v.id > ? ORDER BY v.id LIMIT ?",
            [after, SIGN_BATCH]).fetchall()
        if not rows:
            return count
        after = rows[-1][0]
        signed = [(version_id, _blob(body or ""), version_id, body) for version_id, body in rows]
        if not db.conn.in_transaction:
            db.execute("BEGIN IMMEDIATE")
        with db.conn:
            cursor = db.conn.executemany(
                "INSERT OR IGNORE INTO minhashes (version_id, signature) SELECT ?, ? "
                "WHERE EXISTS (SELECT 1 FROM versions WHERE id = ? AND body IS ?)", signed)
            count += max(0, cursor.rowcount)


def _find(parent: dict[int, int], key: int) -> int:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


#: The LSH bands: 14 of 9 values, what datasketch 2.0's ``MinHashLSH`` picks for the
#: threshold (0.7) and 128 permutations. Fixed here, not asked of datasketch: the bands
#: of stored signatures are in ``minhash_bands``, and a release choosing other bands
#: would silently stop new versions finding their stored candidates.
BANDS, ROWS = 14, 9


def _hashranges() -> tuple[tuple[int, int], ...]:
    return tuple((band * ROWS, (band + 1) * ROWS) for band in range(BANDS))


def band_keys(blob: bytes) -> list[tuple[int, bytes]]:
    """(band index, the band's bytes) of a stored signature: deterministic across
    processes (no ``hash()``), and equal exactly when MinHashLSH's band keys are."""
    return [(band, blob[start * 8:end * 8]) for band, (start, end) in enumerate(_hashranges())]


def _similarity(one: bytes, other: bytes) -> float:
    """MinHash.jaccard on the stored bytes (the same float)."""
    same = np.count_nonzero(np.frombuffer(one, "<u8") == np.frombuffer(other, "<u8"))
    return float(np.float64(same) / np.float64(NUM_PERM))


@dataclass
class _Joins:
    """Union-find over the stored groups (by root) and the versions being added."""

    parent: dict[int, int]
    added: set[int]


#: Versions read of one LSH band bucket, newest first. A bucket grows with every
#: copy of a text (a wire story on hundreds of sites, a site of templated pages), and
#: reading all of it for every new copy made the pass quadratic: a crawl of 20,000
#: near-identical pages did not close in 30 minutes. One similar member joins a new
#: version to a group, and the newest copies are the likeliest, so a cap loses a
#: link only for a version like none of the newest 64 of any of its 14 buckets but
#: like an older one (a group from a full rebuild can then stay two).
MAX_BUCKET_READ = 64


def _candidates(db: sqlite_utils.Database, blob: bytes) -> list[tuple[int, int]]:
    """(version id, its node: stored root, or itself when added in this run), of the
    newest :data:`MAX_BUCKET_READ` versions of each band bucket ``blob`` falls in."""
    found: dict[int, int] = {}
    for band, key in band_keys(blob):
        for version_id, root in db.execute(
                "SELECT b.version_id, m.group_root FROM minhash_bands b "
                "JOIN minhashes m ON m.version_id = b.version_id WHERE b.band = ? AND b.key = ? "
                "ORDER BY b.version_id DESC LIMIT ?", [band, key, MAX_BUCKET_READ]):
            found[version_id] = version_id if root is None else root
    return sorted(found.items())


def _join(db: sqlite_utils.Database, joins: _Joins, version_id: int, blob: bytes) -> None:
    joins.parent[version_id] = version_id
    joins.added.add(version_id)
    for other, node in _candidates(db, blob):
        joins.parent.setdefault(node, node)
        mine, theirs = _find(joins.parent, version_id), _find(joins.parent, node)
        if mine == theirs:
            continue  # already one group: this pair cannot change it
        other_blob = db.execute("SELECT signature FROM minhashes WHERE version_id = ?",
                                [other]).fetchone()[0]
        if _similarity(blob, other_blob) >= THRESHOLD:
            low, high = sorted((theirs, mine))
            joins.parent[high] = low
    db.conn.executemany("INSERT INTO minhash_bands (band, key, version_id) VALUES (?, ?, ?)",
                        [(band, key, version_id) for band, key in band_keys(blob)])


#: Ids bound per statement: under SQLite's smallest default limit of bound
#: parameters (999 before 3.32, 32,766 since; builds may set less), whatever a group's size.
CHUNK = 500


def _chunks(values: list[_T], size: int = CHUNK) -> Iterator[list[_T]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _write_cluster(db: sqlite_utils.Database, root: int, ids: list[int]) -> set[str]:
    """The cluster of one group (id: its root), if it holds two articles; its URLs."""
    rows = sorted(row for chunk in _chunks(ids) for row in db.execute(
        f"SELECT v.id, v.canonical_url, v.site, v.title, v.first_seen, v.last_seen, m.signature "
        f"FROM versions v JOIN minhashes m ON m.version_id = v.id "
        f"WHERE v.id IN ({', '.join('?' * len(chunk))})", chunk))
    urls = {r[1] for r in rows}
    if len(ids) < 2 or len(urls) < 2:
        return set()  # alone, or the versions of one article: an edit, not a duplicate
    sites = sorted({r[2] for r in rows})
    db.execute(
        "INSERT INTO clusters (id, size, site_count, sites, title, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [root, len(urls), len(sites), json.dumps(sites), rows[0][3],
         min(r[4] for r in rows), max(r[5] for r in rows)])
    db.conn.executemany(
        "INSERT INTO cluster_members (cluster_id, version_id, canonical_url, site, similarity) "
        "VALUES (?, ?, ?, ?, ?)",
        [(root, r[0], r[1], r[2], round(_similarity(rows[0][6], r[6]), 4)) for r in rows])
    return urls


def _rewrite(db: sqlite_utils.Database, root: int, nodes: set[int], added: set[int]) -> set[str]:
    """Store one touched group under its root and rewrite its cluster; the URLs
    whose ``cluster_id`` may change."""
    new_ids = sorted(nodes & added)
    ids = list(new_ids)
    urls: set[str] = set()
    for old_roots in _chunks(sorted(nodes - added)):
        marks = ", ".join("?" * len(old_roots))
        ids += [r[0] for r in db.execute(
            f"SELECT version_id FROM minhashes WHERE group_root IN ({marks})", old_roots)]
        urls |= {r[0] for r in db.execute(
            f"SELECT canonical_url FROM cluster_members WHERE cluster_id IN ({marks})", old_roots)}
        db.execute(f"DELETE FROM cluster_members WHERE cluster_id IN ({marks})", old_roots)
        db.execute(f"DELETE FROM clusters WHERE id IN ({marks})", old_roots)
        db.execute(f"UPDATE minhashes SET group_root = ? WHERE group_root IN ({marks})",
                   [root, *old_roots])
    db.conn.executemany("UPDATE minhashes SET group_root = ? WHERE version_id = ?",
                        [(root, v) for v in new_ids])
    return urls | _write_cluster(db, root, sorted(ids))


def group_new_versions(db: sqlite_utils.Database) -> int:
    """Join every signed version not yet in a group (``group_root`` NULL) and
    rewrite the clusters it touches. Opens no transaction: the caller's holds it
    (:func:`update_clusters`, or the migration that backfills an older archive)."""
    joins = _Joins(parent={}, added=set())
    for version_id, blob in db.execute(
            "SELECT version_id, signature FROM minhashes WHERE group_root IS NULL "
            "AND length(signature) > 0 ORDER BY version_id").fetchall():
        _join(db, joins, version_id, blob)
    groups: dict[int, set[int]] = {}
    for node in joins.parent:
        groups.setdefault(_find(joins.parent, node), set()).add(node)
    urls: set[str] = set()
    for root, nodes in sorted(groups.items()):
        urls |= _rewrite(db, root, nodes, joins.added)
    for chunk in _chunks(sorted(urls)):
        # An article in two clusters points to the later one, as a full rebuild's did.
        db.execute(
            f"UPDATE articles SET cluster_id = (SELECT max(cluster_id) FROM cluster_members m "
            f"WHERE m.canonical_url = articles.canonical_url) "
            f"WHERE canonical_url IN ({', '.join('?' * len(chunk))})", chunk)
    return len(joins.added)


def _refresh_last_seen(db: sqlite_utils.Database) -> None:
    """A version seen again moves its ``last_seen``: so does its cluster's."""
    db.execute(
        "UPDATE clusters SET last_seen = (SELECT max(v.last_seen) FROM cluster_members m "
        "JOIN versions v ON v.id = m.version_id WHERE m.cluster_id = clusters.id) "
        "WHERE last_seen IS NOT (SELECT max(v.last_seen) FROM cluster_members m "
        "JOIN versions v ON v.id = m.version_id WHERE m.cluster_id = clusters.id)")


def forget_signature(conn: sqlite3.Connection, version_id: int) -> None:
    """Drop a version's near-duplicate signature (its body changed). Its group may
    split without it, so the whole group leaves its cluster and is grouped again
    with the new signature at the next :func:`update_clusters`."""
    found = conn.execute("SELECT group_root FROM minhashes WHERE version_id = ?",
                         [version_id]).fetchone()
    if found is not None and found[0] is not None:
        root = found[0]
        urls = [r[0] for r in conn.execute(
            "SELECT DISTINCT canonical_url FROM cluster_members WHERE cluster_id = ?", [root])]
        conn.execute("DELETE FROM minhash_bands WHERE version_id IN "
                     "(SELECT version_id FROM minhashes WHERE group_root = ?)", [root])
        conn.execute("UPDATE minhashes SET group_root = NULL WHERE group_root = ?", [root])
        conn.execute("DELETE FROM cluster_members WHERE cluster_id = ?", [root])
        conn.execute("DELETE FROM clusters WHERE id = ?", [root])
        conn.executemany(
            "UPDATE articles SET cluster_id = (SELECT max(cluster_id) FROM cluster_members m "
            "WHERE m.canonical_url = articles.canonical_url) WHERE canonical_url = ?",
            [(url,) for url in urls])
    conn.execute("DELETE FROM minhash_bands WHERE version_id = ?", [version_id])
    conn.execute("DELETE FROM minhashes WHERE version_id = ?", [version_id])


def follow_title(conn: sqlite3.Connection, version_id: int) -> None:
    """A version's title changed but not its body (a re-extraction): its group and
    cluster stand, and the cluster's title, its first version's, follows."""
    conn.execute(
        "UPDATE clusters SET title = (SELECT v.title FROM cluster_members m JOIN versions v "
        "ON v.id = m.version_id WHERE m.cluster_id = clusters.id ORDER BY m.version_id LIMIT 1) "
        "WHERE id IN (SELECT cluster_id FROM cluster_members WHERE version_id = ?)", [version_id])


def follow_site(conn: sqlite3.Connection, version_id: int) -> None:
    """A version's ``site`` changed but not its body (a re-extraction): its group
    and cluster stand; its member row takes the new site, and its cluster's
    ``sites`` and ``site_count`` are counted again, as a rebuild would write them."""
    conn.execute("UPDATE cluster_members SET site = (SELECT site FROM versions WHERE id = ?) "
                 "WHERE version_id = ?", [version_id, version_id])
    for (cluster_id,) in conn.execute(
            "SELECT DISTINCT cluster_id FROM cluster_members WHERE version_id = ?", [version_id]).fetchall():
        sites = sorted({row[0] for row in conn.execute(
            "SELECT v.site FROM cluster_members m JOIN versions v ON v.id = m.version_id "
            "WHERE m.cluster_id = ?", [cluster_id])})
        conn.execute("UPDATE clusters SET sites = ?, site_count = ? WHERE id = ?",
                     [json.dumps(sites), len(sites), cluster_id])


def update_clusters(db: sqlite_utils.Database) -> ClusterSummary:
    """Sign new versions, then group them and rewrite the clusters they touch (one
    transaction: a crash leaves the archive as before the grouping, and the next
    run does it again). Safe while another process updates the same archive: the
    grouping reads and writes under the write lock, so versions one process
    grouped are not grouped again by the other."""
    summary = ClusterSummary(signed=_sign_new_versions(db))
    with db.conn:
        if not db.conn.in_transaction:
            db.execute("BEGIN IMMEDIATE")  # read and write under one lock: a consistent snapshot
        group_new_versions(db)
        _refresh_last_seen(db)
    summary.clusters = db.execute("SELECT count(*) FROM clusters").fetchone()[0]
    summary.clustered_articles = db.execute(
        "SELECT count(*) FROM articles WHERE cluster_id IS NOT NULL").fetchone()[0]
    return summary
