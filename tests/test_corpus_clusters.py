"""Near-duplicate clusters kept incrementally (archive/clusters.py): over several
crawls they equal a full rebuild's, an older archive is regrouped by its
migration, and a failed update changes nothing."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from datasketch import MinHashLSH

from archive import ArchiveWriter
from archive.clusters import NUM_PERM, THRESHOLD, group_new_versions, update_clusters
from benchmarks.clusters import reference_groups
from crawler.items import Article

WORDS = [f"w{i}x" for i in range(400)]


def _texts(seed: int) -> list[tuple[str, str]]:
    """(canonical URL, body): stories, near-copies on other sites, chains of edits
    that cross the threshold, and new versions of one URL."""
    rng = random.Random(seed)
    texts: list[tuple[str, str]] = []
    for story in range(60):
        words = [rng.choice(WORDS) for _ in range(120)]
        texts.append((f"https://s{story % 7}.example/{story}", " ".join(words)))
        for copy in range(rng.randrange(4)):
            edited = list(words)
            for _ in range(rng.choice([3, 8, 14, 25])):  # some copies cross the threshold
                edited[rng.randrange(len(edited))] = rng.choice(WORDS)
            words = edited if rng.random() < 0.5 else words  # chains: a copy of a copy
            url = (texts[-1][0] if rng.random() < 0.2  # a new version of the last URL
                   else f"https://c{copy}.example/{story}-{copy}")
            texts.append((url, " ".join(edited)))
    return texts


def _store(writer: ArchiveWriter, texts: list[tuple[str, str]]) -> None:
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    for n, (url, body) in enumerate(texts):
        site = url.split("/")[2]
        writer.store_article(Article(url=url, canonical_url=url, site=site, title=url, body=body,
                                     fetched_at=f"2025-08-01T00:{n // 60 % 60:02}:{n % 60:02}Z"),
                             crawl)


def _reference(db: sqlite3.Connection) -> dict[int, list[tuple[int, float]]]:
    """The full rebuild as it was before the bands were kept
    (:func:`benchmarks.clusters.reference_groups`): clusters (id: first version)
    with each member's similarity to it."""
    groups, signatures = reference_groups(db)
    return {root: [(v, round(signatures[root].jaccard(signatures[v]), 4)) for v in group]
            for root, group in groups.items()}


def _clusters(db: sqlite3.Connection) -> dict[int, list[tuple[int, float]]]:
    found: dict[int, list[tuple[int, float]]] = {}
    for cluster_id, version_id, similarity in db.execute(
            "SELECT cluster_id, version_id, similarity FROM cluster_members ORDER BY 1, 2"):
        found.setdefault(cluster_id, []).append((version_id, similarity))
    return found


def _tables(db: sqlite3.Connection, count: int = 5) -> tuple[list[tuple[object, ...]], ...]:
    """The cluster tables, the groups and the bands (the first ``count`` of them)."""
    return tuple(db.execute(sql).fetchall() for sql in (
        "SELECT * FROM clusters ORDER BY id", "SELECT * FROM cluster_members ORDER BY 1, 2",
        "SELECT canonical_url, cluster_id FROM articles ORDER BY 1",
        "SELECT version_id, group_root FROM minhashes ORDER BY 1",
        "SELECT * FROM minhash_bands ORDER BY 1, 2, 3")[:count])


def _check_against_full_rebuild(db: sqlite3.Connection) -> None:
    expected = _reference(db)
    assert _clusters(db) == expected
    article_cluster: dict[str, int] = {}
    for cluster_id, members in sorted(expected.items()):
        for version_id, _ in members:
            (url,) = db.execute("SELECT canonical_url FROM versions WHERE id = ?", [version_id]).fetchone()
            article_cluster[url] = cluster_id  # the later cluster wins, as before
    assert dict(db.execute("SELECT canonical_url, cluster_id FROM articles "
                           "WHERE cluster_id IS NOT NULL").fetchall()) == article_cluster


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_crawls_in_any_order_give_the_clusters_of_a_full_rebuild(tmp_path: Path, seed: int) -> None:
    texts = _texts(seed)
    random.Random(seed).shuffle(texts)
    writer = ArchiveWriter(tmp_path / "a.db")
    cuts = sorted(random.Random(seed + 10).sample(range(1, len(texts)), 5))
    for start, end in zip([0, *cuts], [*cuts, len(texts)], strict=True):
        _store(writer, texts[start:end])
        update_clusters(writer.db)
    db = writer.db.conn
    clusters = _clusters(db)
    assert len(clusters) > 10 and max(len(m) for m in clusters.values()) > 2
    _check_against_full_rebuild(db)
    incremental = _tables(db)
    with db:  # regroup everything from scratch with the same code: the same rows
        db.execute("DELETE FROM minhash_bands")
        db.execute("UPDATE minhashes SET group_root = NULL")
        db.execute("DELETE FROM cluster_members")
        db.execute("DELETE FROM clusters")
        db.execute("UPDATE articles SET cluster_id = NULL")
        group_new_versions(writer.db)
    assert _tables(db) == incremental


def test_a_re_extracted_body_regroups_its_group(tmp_path: Path) -> None:
    """A clustered version whose body changes may leave its cluster: its group is
    grouped again, and the clusters still equal a full rebuild's."""
    writer = ArchiveWriter(tmp_path / "r.db")
    _store(writer, _texts(6))
    update_clusters(writer.db)
    db = writer.db.conn
    members = [r[0] for r in db.execute("SELECT version_id FROM cluster_members ORDER BY 1")]
    rng = random.Random(600)
    for version_id in members[:: max(1, len(members) // 8)]:
        url, site = db.execute("SELECT canonical_url, site FROM versions WHERE id = ?",
                               [version_id]).fetchone()
        body = " ".join(rng.choice(WORDS) for _ in range(120))  # no longer a copy
        assert writer.update_extraction(version_id, Article(
            url=url, canonical_url=url, site=site, title=url, body=body, fetched_at="x"))
    update_clusters(writer.db)
    assert _clusters(db) != {}
    _check_against_full_rebuild(db)


def test_a_re_extracted_site_moves_its_clusters_sites(tmp_path: Path) -> None:
    """A re-extraction that changes a clustered version's ``site`` but not its body
    keeps its group: the member row and its cluster's ``sites`` and ``site_count``
    follow (they kept the old site), and equal a regrouping from scratch."""
    writer = ArchiveWriter(tmp_path / "s.db")
    body = " ".join(WORDS[:150])
    _store(writer, [("https://a.example/1", body), ("https://b.example/1", body), ("https://a.example/2", body)])
    update_clusters(writer.db)
    db = writer.db.conn
    assert db.execute("SELECT sites, site_count FROM clusters").fetchall() == [('["a.example", "b.example"]', 2)]
    for version_id, site in ((3, "c.example"), (2, "a.example")):
        url = db.execute("SELECT canonical_url FROM versions WHERE id = ?", [version_id]).fetchone()[0]
        assert writer.update_extraction(version_id, Article(url=url, canonical_url=url, site=site, title=url,
                                                            body=body, fetched_at="x"))
    update_clusters(writer.db)
    assert db.execute("SELECT sites, site_count FROM clusters").fetchall() == [('["a.example", "c.example"]', 2)]
    assert db.execute("SELECT version_id, site FROM cluster_members ORDER BY 1").fetchall() == [
        (1, "a.example"), (2, "a.example"), (3, "c.example")]
    followed = _tables(db, 2)
    with db:  # regroup from scratch: the same rows
        db.execute("DELETE FROM minhash_bands")
        db.execute("UPDATE minhashes SET group_root = NULL")
        db.execute("DELETE FROM cluster_members")
        db.execute("DELETE FROM clusters")
        group_new_versions(writer.db)
    assert _tables(db, 2) == followed


def test_an_archive_without_bands_is_regrouped_by_its_migration(tmp_path: Path) -> None:
    writer = ArchiveWriter(tmp_path / "old.db")
    _store(writer, _texts(4))
    update_clusters(writer.db)
    expected = _tables(writer.db.conn)
    db = writer.db.conn
    with db:  # the archive as the previous release left it: clusters numbered 1, 2, ...
        db.execute("DROP TABLE minhash_bands")
        db.execute("DROP INDEX idx_minhashes_group_root")
        db.execute("ALTER TABLE minhashes DROP COLUMN group_root")
        db.execute("INSERT INTO clusters SELECT -id, size, site_count, sites, title, first_seen, "
                   "last_seen FROM clusters")
        db.execute("UPDATE cluster_members SET cluster_id = -cluster_id")
        db.execute("DELETE FROM clusters WHERE id > 0")
        db.execute("UPDATE articles SET cluster_id = -cluster_id")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_cluster_bands'")
        db.execute("CREATE TRIGGER full BEFORE INSERT ON cluster_members "
                   "WHEN NEW.version_id > 100 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    older = _tables(db, 3)
    writer.db.close()
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):  # interrupted half-way
        ArchiveWriter(tmp_path / "old.db")
    db = sqlite3.connect(tmp_path / "old.db")
    assert _tables(db, 3) == older
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'minhash_bands'").fetchone() == (0,)
    with db:
        db.execute("DROP TRIGGER full")
    db.close()
    migrated = ArchiveWriter(tmp_path / "old.db")  # the next open does it again
    assert _tables(migrated.db.conn) == expected
    _check_against_full_rebuild(migrated.db.conn)


def test_a_failed_update_leaves_the_archive_as_it_was(tmp_path: Path) -> None:
    texts = _texts(5)
    writer = ArchiveWriter(tmp_path / "c.db")
    _store(writer, texts[:100])
    update_clusters(writer.db)
    _store(writer, texts[100:])
    db = writer.db.conn
    before = _tables(db)
    with db:  # the disk fills up half-way through the new clusters
        db.execute("CREATE TRIGGER full BEFORE INSERT ON cluster_members "
                   "WHEN NEW.version_id > 150 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        update_clusters(writer.db)
    assert _tables(db) == before[:3] + _tables(db)[3:4] + before[4:]  # signatures kept, nothing else
    assert db.execute("SELECT count(*) FROM minhashes WHERE group_root IS NULL").fetchone()[0] > 0
    with db:
        db.execute("DROP TRIGGER full")
    update_clusters(writer.db)
    _check_against_full_rebuild(db)


def test_the_bands_are_datasketchs_for_the_threshold() -> None:
    """The stored bands are fixed in the code; they are what datasketch's MinHashLSH
    picks for the threshold, so the candidates are the pairs it proposed."""
    from archive import clusters

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert clusters._hashranges() == tuple(lsh.hashranges)


#: A crawl's close in a process of its own: ready once the archive is open, then
#: ``update_clusters`` at the word go (a line on stdin), so two start together.
_CLOSE = """
import sys
from archive import open_archive
from archive.clusters import update_clusters
db = open_archive(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
print(update_clusters(db).signed, flush=True)
"""


def test_two_processes_closing_crawls_at_once_give_the_clusters_of_one(tmp_path: Path) -> None:
    """Two processes update the clusters of one archive at the same moment: both
    sign the same new versions (a plain INSERT failed the second one with an
    IntegrityError), each signature is stored once, and the clusters are the ones
    a single close makes."""
    writer = ArchiveWriter(tmp_path / "both.db")
    for seed in range(10):  # enough bodies that the signing outlasts the other's start
        _store(writer, [(url.replace(".example/", f".example/{seed}-"), body * 3)
                        for url, body in _texts(20 + seed)])
    single = sqlite3.connect(tmp_path / "single.db")
    writer.db.conn.backup(single)
    writer.db.close()
    update_clusters(ArchiveWriter(tmp_path / "single.db").db)
    closers = [subprocess.Popen([sys.executable, "-c", _CLOSE, str(tmp_path / "both.db")],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for _ in range(2)]
    for closer in closers:
        assert closer.stdout is not None and closer.stdout.readline() == "ready\n"
    for closer in closers:
        assert closer.stdin is not None
        closer.stdin.write("go\n")
        closer.stdin.flush()
    results = [closer.communicate(timeout=120) for closer in closers]
    assert [closer.returncode for closer in closers] == [0, 0], [err for _, err in results]
    db = sqlite3.connect(tmp_path / "both.db")
    (versions,) = db.execute("SELECT count(*) FROM versions").fetchone()
    assert versions > 1000
    assert sum(int(out) for out, _ in results) == versions  # each version signed once
    assert _tables(db) == _tables(single)
    _check_against_full_rebuild(db)


def test_a_group_larger_than_sqlites_parameter_limit_is_written(tmp_path: Path) -> None:
    """A story copied by more URLs than SQLite binds parameters in one statement
    (32,766 by default since 3.32, 999 before; builds may set less): the crawl that
    adds one more copy rewrites its cluster (the whole group in one ``IN (...)``
    failed: too many SQL variables). The connection is held to the old default, 999,
    so the group is 1,000 copies (32,767 took 20 s of the suite)."""
    from archive.clusters import _blob, band_keys

    writer = ArchiveWriter(tmp_path / "big.db")
    conn = writer.db.conn
    limit = 999
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)  # this build allows more
    body = " ".join(WORDS[:150])
    blob = _blob(body)
    count = limit + 1
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    seen = "2025-08-01T00:00:00Z"
    with conn:  # the group as earlier crawls left it: one cluster of every copy
        conn.executemany(
            "INSERT INTO articles (url, canonical_url, site, title, first_seen, last_seen, crawl_id) "
            "VALUES (?, ?, ?, 'Wire story', ?, ?, ?)",  # (no body: signed already, and quick to index)
            ((f"https://s{n % 50}.example/{n}", f"https://s{n % 50}.example/{n}", f"s{n % 50}.example",
              seen, seen, crawl) for n in range(count)))
        conn.execute(
            "INSERT INTO versions (id, url, canonical_url, site, title, body, content_hash, first_seen, "
            "last_seen, crawl_id) SELECT rowid, url, canonical_url, site, title, ?, 'h', first_seen, "
            "last_seen, crawl_id FROM articles", [body])
        conn.execute("INSERT INTO minhashes (version_id, signature, group_root) "
                     "SELECT id, ?, 1 FROM versions", [blob])
        keys = band_keys(blob)
        conn.execute(f"WITH keys (band, key) AS (VALUES {', '.join(['(?, ?)'] * len(keys))}) "
                     "INSERT INTO minhash_bands (band, key, version_id) "
                     "SELECT band, key, id FROM keys, versions", [part for pair in keys for part in pair])
    _store(writer, [("https://late.example/copy", body)])
    update_clusters(writer.db)
    assert conn.execute("SELECT id, size, site_count FROM clusters").fetchall() == [(1, count + 1, 51)]
    assert conn.execute("SELECT count(*), min(similarity) FROM cluster_members").fetchone() == (count + 1, 1.0)
    assert conn.execute("SELECT count(*) FROM articles WHERE cluster_id = 1").fetchone() == (count + 1,)
    assert conn.execute("SELECT count(DISTINCT group_root) FROM minhashes").fetchone() == (1,)


def test_a_huge_bucket_is_read_for_its_newest_copies_and_still_one_cluster(tmp_path: Path) -> None:
    """Every copy of a text falls in the same LSH buckets: reading all of a bucket
    for each new copy made the close quadratic (a crawl of 20,000 near-identical
    pages did not close in 30 minutes). A new copy reads the newest
    ``MAX_BUCKET_READ`` of each bucket, and still joins the one cluster of all."""
    from archive.clusters import MAX_BUCKET_READ, _blob, _candidates

    writer = ArchiveWriter(tmp_path / "copies.db")
    rng = random.Random(7)
    base = [rng.choice(WORDS) for _ in range(150)]
    count = 3 * MAX_BUCKET_READ
    texts = []
    for n in range(count):
        words = list(base)
        words[n % len(words)] = WORDS[n % len(WORDS)]  # near-identical, not equal
        texts.append((f"https://s{n % 9}.example/{n}", " ".join(words)))
    _store(writer, texts)
    update_clusters(writer.db)
    conn = writer.db.conn
    assert conn.execute("SELECT count(*), max(size) FROM clusters").fetchone() == (1, count)
    found = _candidates(writer.db, _blob(" ".join(base)))
    newest = conn.execute("SELECT max(version_id) FROM minhashes").fetchone()[0]
    assert 0 < len(found) <= MAX_BUCKET_READ * 14 and max(v for v, _ in found) == newest
    assert len(found) < count  # not the whole bucket
