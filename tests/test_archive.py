"""The archive's store: schema and migrations, versions, gone / revive, FTS, fetches,
validators, atomicity. Real SQLite files in tmp_path."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import ArchiveWriter, Capture, open_archive
from archive.db import ArchiveError
from archive.lookups import article_validators
from archive.migrations import migrations
from archive.queries import search, stats
from archive.writer import row_to_article
from crawler.items import ARTICLE_FIELDS, Block, RelatedLink
from tests.support.sample_archive import (
    CRAWL_TIMES,
    HARBOUR,
    LIBRARY,
    MARKET,
    TRAM,
    make_article,
    seed_archive,
)

URL = "https://news.example/politics/2025/07/budget-vote-delayed"
T1, T2, T3, T4 = ("2025-07-14T08:00:00Z", "2025-07-15T08:00:00Z",
                  "2025-07-16T08:00:00Z", "2025-07-17T08:00:00Z")
PARAS_A = [
    ("The vote on the regional budget was postponed until September after two coalition "
     "partners asked for more time to study the spending plans."),
    "Opposition members accused the government of stalling.",
]
PARAS_B = [*PARAS_A[:1], ("Opposition members accused the government of stalling, and "
                           "called for an emergency session.")]


def budget(paras=PARAS_A, *, title="Budget vote delayed", fetched_at=T1, **fields):
    defaults = {"section": "Politics", "authors": ["Ann Lee", "Ravi Shah"], "tags": ["budget"],
                    "published": "2025-07-14", "description": "Coalition partners ask for more time.",
                    "related": [RelatedLink(url="https://news.example/politics/coalition-talks",
                                         title="Coalition talks resume")]}
    return make_article(canonical_url=URL, title=title, paragraphs=list(paras),
                        fetched_at=fetched_at, **(defaults | fields))


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    (tmp_path / "nested" / "dir").mkdir(parents=True)  # an archive's folder is never made for it
    return open_archive(tmp_path / "nested" / "dir" / "archive.db")


@pytest.fixture
def writer(db) -> ArchiveWriter:
    return ArchiveWriter(db)


@pytest.fixture
def crawl(writer) -> int:
    return writer.start_crawl(seeds=["https://news.example/"], settings={"DOWNLOAD_DELAY": 1},
                              user_agent="Clippings-test", started=T1)


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- schema ---------------------------------------------------------------------


def test_open_refuses_a_missing_folder_then_sets_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "clips.db"
    with pytest.raises(ArchiveError, match="no folder"):
        open_archive(path)
    assert not (tmp_path / "a").exists()
    path.parent.mkdir(parents=True)
    db = open_archive(path)
    assert path.exists()
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"articles", "versions", "crawls", "fetches", "authors", "article_authors",
            "related_links", "validators", "articles_fts"} <= set(db.table_names())


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "clips.db"
    db = open_archive(path)
    schema = db.schema
    applied = [m.name for m in migrations.applied(db)]
    assert applied == [m.name for m in migrations._migrations]
    db.close()
    for _ in range(2):
        again = open_archive(path)
        assert again.schema == schema
        assert [m.name for m in migrations.applied(again)] == applied
        assert migrations.pending(again) == []
        again.close()


def test_articles_columns_are_the_record_fields_and_the_archive_s(db) -> None:
    # Fields added after the first migration come as columns at the end, with theirs.
    columns = [c.name for c in db["articles"].columns]
    assert sorted(c for c in columns if c in ARTICLE_FIELDS) == sorted(ARTICLE_FIELDS)
    assert [c for c in columns if c not in ARTICLE_FIELDS] == [
        "status", "gone_since", "first_seen", "last_seen", "version_count", "crawl_id",
        "cluster_id"]
    types = {c.name: c.type for c in db["articles"].columns}
    assert types["language_confidence"] == "REAL" and types["word_count"] == "INTEGER"
    assert db["articles"].pks == ["canonical_url"]
    version_columns = {c.name for c in db["versions"].columns}
    assert set(ARTICLE_FIELDS) | {"first_seen", "last_seen", "crawl_id", "last_crawl_id",
                                  "warc_file", "warc_offset", "warc_record_id",
                                  "payload_digest"} <= version_columns
    indexed = {tuple(i.columns) for i in db["articles"].indexes}
    assert {("site",), ("section",), ("published",)} <= indexed
    assert ("canonical_url", "first_seen") in {tuple(i.columns) for i in db["versions"].indexes}


def test_foreign_keys_are_enforced(db, writer) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        writer.store_article(budget(), crawl_id=999)
    assert count(db, "articles") == 0
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO versions (canonical_url, content_hash, first_seen, last_seen) "
                   "VALUES ('https://nowhere.example/', 'x', 'a', 'b')")


# -- versions -------------------------------------------------------------------


def test_new_then_unchanged_only_moves_last_seen(db, writer, crawl) -> None:
    assert writer.store_article(budget(), crawl) == "new"
    crawl2 = writer.start_crawl(seeds=[], settings={}, user_agent="x", started=T2)
    # Same title and body; whitespace differences do not make a version.
    again = budget(fetched_at=T2)
    again.body = again.body.replace(". ", ".  ")
    assert writer.store_article(again, crawl2) == "unchanged"
    assert count(db, "versions") == 1
    article = db["articles"].get(URL)
    assert (article["first_seen"], article["last_seen"]) == (T1, T2)
    assert article["version_count"] == 1 and article["crawl_id"] == crawl2
    version = next(db["versions"].rows)
    assert (version["first_seen"], version["last_seen"]) == (T1, T2)
    assert (version["crawl_id"], version["last_crawl_id"]) == (crawl, crawl2)


def test_changed_adds_a_version_and_rewrites_the_article(db, writer, crawl) -> None:
    writer.store_article(budget(), crawl)
    changed = budget(PARAS_B, title="Budget vote delayed again", fetched_at=T2,
                     authors=["Ann Lee"], tags=["budget", "coalition"],
                     related=[RelatedLink(url="https://news.example/a"),
                              RelatedLink(url="https://news.example/b", title="B")])
    assert writer.store_article(changed, crawl) == "changed"
    assert count(db, "versions") == 2
    row = db["articles"].get(URL)
    assert row["title"] == "Budget vote delayed again"
    assert row["version_count"] == 2
    assert (row["first_seen"], row["last_seen"]) == (T1, T2)
    assert row_to_article(row) == changed
    authors = list(db.query(
        "SELECT name, position FROM article_authors JOIN authors ON authors.id = author_id "
        "WHERE canonical_url = ? ORDER BY position", [URL]))
    assert authors == [{"name": "Ann Lee", "position": 0}]
    assert count(db, "authors") == 2  # Ravi Shah is still a known author
    related = list(db.query("SELECT position, url, title FROM related_links ORDER BY position"))
    assert related == [{"position": 0, "url": "https://news.example/a", "title": None},
                       {"position": 1, "url": "https://news.example/b", "title": "B"}]


def test_a_b_a_gives_three_versions(db, writer, crawl) -> None:
    results = [writer.store_article(budget(paras, fetched_at=when), crawl)
               for paras, when in ((PARAS_A, T1), (PARAS_B, T2), (PARAS_A, T3), (PARAS_A, T4))]
    assert results == ["new", "changed", "changed", "unchanged"]
    hashes = [r["content_hash"] for r in db.query("SELECT content_hash FROM versions ORDER BY id")]
    assert len(hashes) == 3 and hashes[0] == hashes[2] != hashes[1]
    assert db["articles"].get(URL)["version_count"] == 3
    last = list(db.query("SELECT first_seen, last_seen FROM versions ORDER BY id"))[-1]
    assert last == {"first_seen": T3, "last_seen": T4}


def test_content_hash_is_filled_when_missing(db, writer, crawl) -> None:
    article = budget()
    expected = article.content_hash
    article.content_hash = ""
    writer.store_article(article, crawl)
    assert db["articles"].get(URL)["content_hash"] == expected


def test_capture_is_kept_with_the_version(db, writer, crawl) -> None:
    writer.store_article(budget(), crawl)  # captured without WARC
    capture = Capture(warc_file="crawl-1.warc.gz", warc_offset=4096,
                      warc_record_id="<urn:uuid:1>", payload_digest="sha1:ABC")
    assert writer.store_article(budget(fetched_at=T2), crawl, capture=capture) == "unchanged"
    version = next(db["versions"].rows)
    assert (version["warc_file"], version["warc_offset"], version["warc_record_id"],
            version["payload_digest"]) == ("crawl-1.warc.gz", 4096, "<urn:uuid:1>", "sha1:ABC")


def test_json_columns_round_trip(db, writer, crawl) -> None:
    article = budget(provenance={"title": "json-ld", "byline_raw": "By Ann Lee"},
                     reading_time_minutes=3, image="https://news.example/img/a.jpg")
    article.body_blocks = [Block(type="h", text="Background"), Block(type="p", text="Text.")]
    writer.store_article(article, crawl)
    assert row_to_article(db["articles"].get(URL)) == article
    assert row_to_article(next(db["versions"].rows)) == article


# -- gone / touch -----------------------------------------------------------------


def test_gone_keeps_the_row_and_a_new_fetch_revives_it(db, writer, crawl) -> None:
    writer.store_article(budget(), crawl)
    assert writer.mark_gone(URL + "?utm_source=x#comments", crawl, T2) is True
    assert writer.mark_gone(URL, crawl, T3) is True  # still gone since T2
    row = db["articles"].get(URL)
    assert (row["status"], row["gone_since"]) == ("gone", T2)
    assert count(db, "versions") == 1
    assert writer.store_article(budget(fetched_at=T4), crawl) == "unchanged"
    row = db["articles"].get(URL)
    assert (row["status"], row["gone_since"], row["last_seen"]) == ("live", None, T4)


def test_mark_gone_by_fetched_url_and_unknown(db, writer, crawl) -> None:
    writer.store_article(budget(url="https://news.example/p/123"), crawl)
    assert writer.mark_gone("https://news.example/p/123", crawl, T2) is True
    assert db["articles"].get(URL)["status"] == "gone"
    assert writer.mark_gone("https://news.example/never-seen", crawl, T2) is False


def test_touch_article_moves_last_seen(db, writer, crawl) -> None:
    writer.store_article(budget(), crawl)
    crawl2 = writer.start_crawl(seeds=[], settings={}, user_agent="x")
    assert writer.touch_article(URL, crawl2, T3) is True
    assert db["articles"].get(URL)["last_seen"] == T3
    version = next(db["versions"].rows)
    assert (version["last_seen"], version["last_crawl_id"]) == (T3, crawl2)
    assert writer.touch_article("https://news.example/unknown", crawl2, T3) is False
    # An older sighting never moves last_seen backwards.
    writer.touch_article(URL, crawl2, T2)
    assert db["articles"].get(URL)["last_seen"] == T3


# -- FTS --------------------------------------------------------------------------


def test_fts_finds_after_insert_and_after_update(db, writer, crawl) -> None:
    writer.store_article(budget(), crawl)
    assert [h["canonical_url"] for h in search(db, "coalition partners")] == [URL]
    writer.store_article(budget(PARAS_B, title="Emergency session demanded", fetched_at=T2), crawl)
    assert [h["canonical_url"] for h in search(db, "emergency session")] == [URL]
    assert search(db, '"budget vote delayed"') == []  # the old headline is no longer indexed
    hit = search(db, "emergency")[0]
    assert "**" in hit["snippet"] and hit["title"] == "Emergency session demanded"
    # Touching (last_seen only) keeps the index intact.
    writer.touch_article(URL, crawl, T3)
    assert len(search(db, "stalling")) == 1
    db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_search_ranks_title_matches_first_and_accepts_bad_syntax(tmp_path: Path) -> None:
    db = seed_archive(tmp_path / "seeded.db")
    hits = search(db, "tram")
    assert hits[0]["canonical_url"] == TRAM
    assert search(db, "covid-19") == []  # not FTS5 syntax: searched as plain words
    assert {h["canonical_url"] for h in search(db, "ferry OR mackerel")} == {HARBOUR, MARKET}
    assert len(search(db, "the", limit=2)) == 2
    with pytest.raises(sqlite3.OperationalError):
        search(db, "covid-19", raw=True)


# -- crawls, fetches, validators --------------------------------------------------


def test_crawl_lifecycle(db, writer) -> None:
    crawl = writer.start_crawl(seeds=["https://news.example/"], settings={"DEPTH_LIMIT": 2},
                               user_agent="UA", started=T1)
    assert db["crawls"].get(crawl)["status"] == "running"
    writer.finish_crawl(crawl, stats={"item_scraped_count": 3}, finished=T2)
    row = db["crawls"].get(crawl)
    assert (row["status"], row["started"], row["finished"]) == ("finished", T1, T2)
    assert row["stats"] == '{"item_scraped_count": 3}' and row["seeds"] == '["https://news.example/"]'
    with pytest.raises(ValueError):
        writer.finish_crawl(crawl, stats={}, status="exploded")


def kept_validators(db, url: str) -> tuple[str | None, str | None] | None:
    row = db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", [url]).fetchone()
    return (row[0], row[1]) if row else None


def test_record_fetch_and_validators(db, writer, crawl) -> None:
    page = "https://news.example/page"
    writer.record_fetch(crawl, url=page, outcome="stored", status=200, bytes=1234,
                        elapsed_ms=55.5, canonical_url=page, fetched_at=T1, etag='"v1"',
                        last_modified="Mon, 14 Jul 2025 06:00:00 GMT", content_type="text/html")
    row = next(db["fetches"].rows)
    assert (row["crawl_id"], row["outcome"], row["status"], row["bytes"], row["elapsed_ms"]) == (
        crawl, "stored", 200, 1234, 55.5)
    assert kept_validators(db, page) == ('"v1"', "Mon, 14 Jul 2025 06:00:00 GMT")
    # Conditional requests use them only for a live archived article, by any URL form.
    assert article_validators(db, page) is None
    writer.store_article(make_article(canonical_url=page, title="Page", paragraphs=["Text."],
                                      fetched_at=T1), crawl)
    assert article_validators(db, page + "#top") == ('"v1"', "Mon, 14 Jul 2025 06:00:00 GMT")
    writer.record_fetch(crawl, url=page, outcome="stored", status=200, etag='"v2"', fetched_at=T2)
    assert kept_validators(db, page) == ('"v2"', None)
    writer.record_fetch(crawl, url=page, outcome="unchanged", status=304, fetched_at=T3)
    assert db["validators"].get(page)["checked_at"] == T3
    assert kept_validators(db, page) == ('"v2"', None)
    writer.record_fetch(crawl, url=page, outcome="unchanged", status=304, fetched_at=T3,
                        etag='"v3"')
    assert kept_validators(db, page) == ('"v3"', None)
    writer.record_fetch(crawl, url=page, outcome="gone", status=404, fetched_at=T4)
    assert kept_validators(db, page) is None
    # No validators without a 200 carrying them.
    writer.record_fetch(crawl, url="https://news.example/err", outcome="error", status=500,
                        reason="HTTP 500", etag='"x"')
    assert kept_validators(db, "https://news.example/err") is None
    assert count(db, "fetches") == 6
    with pytest.raises(ValueError):
        writer.record_fetch(crawl, url=page, outcome="exploded")


# -- atomicity ----------------------------------------------------------------------


def test_exception_mid_store_leaves_no_partial_rows(db, writer, crawl, monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer, "_write_children", boom)
    with pytest.raises(RuntimeError):
        writer.store_article(budget(), crawl)
    for table in ("articles", "versions", "authors", "article_authors", "related_links"):
        assert count(db, table) == 0, table
    assert search(db, "coalition") == []
    monkeypatch.undo()
    writer.store_article(budget(), crawl)
    monkeypatch.setattr(writer, "_write_children", boom)
    with pytest.raises(RuntimeError):
        writer.store_article(budget(PARAS_B, title="Changed", fetched_at=T2), crawl)
    assert count(db, "versions") == 1
    row = db["articles"].get(URL)
    assert (row["title"], row["version_count"], row["last_seen"]) == ("Budget vote delayed", 1, T1)
    assert [h["title"] for h in search(db, "budget")] == ["Budget vote delayed"]


def test_crash_in_another_process_leaves_a_consistent_file(tmp_path: Path) -> None:
    """A writer killed inside a transaction: the next open sees the last commit only."""
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "crash.db"
    seed_archive(path).close()
    before = {t: count(open_archive(path), t) for t in ("articles", "versions", "fetches")}
    script = textwrap.dedent(f"""
        import os
        from archive import ArchiveWriter
        from tests.support.sample_archive import make_article
        w = ArchiveWriter({str(path)!r})
        c = w.start_crawl(seeds=[], settings={{}}, user_agent="x")
        w.db.conn.execute("BEGIN")
        for i in range(50):
            w.store_article(make_article(canonical_url=f"https://crash.example/{{i}}",
                            title="Crash", paragraphs=["text"], fetched_at="2025-01-01T00:00:00Z"), c)
        os._exit(9)  # no commit, no cleanup
    """)
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", script], cwd=root, timeout=60, check=False)
    assert result.returncode == 9
    db = open_archive(path)
    assert {t: count(db, t) for t in before} == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert search(db, "crash") == []


# -- re-extraction ----------------------------------------------------------------


def test_update_extraction_rewrites_without_new_version(db, writer, crawl) -> None:
    writer.store_article(budget(), crawl)
    writer.store_article(budget(PARAS_B, fetched_at=T2), crawl)
    first_id, latest_id = [r["id"] for r in db.query("SELECT id FROM versions ORDER BY id")]
    # Same record: nothing to do.
    assert writer.update_extraction(latest_id, budget(PARAS_B, fetched_at=T2)) is False
    # A better parser finds the section and drops a commenter from the byline.
    fixed = budget(PARAS_B, fetched_at=T4, section="Politics & Policy", authors=["Ann Lee"])
    assert writer.update_extraction(latest_id, fixed) is True
    assert count(db, "versions") == 2
    row = db["articles"].get(URL)
    assert row["section"] == "Politics & Policy" and row["fetched_at"] == T2
    assert [r["author_id"] for r in db["article_authors"].rows] == [1]
    # An older version: only that version changes.
    assert writer.update_extraction(first_id, budget(section="Elsewhere")) is True
    assert db["versions"].get(first_id)["section"] == "Elsewhere"
    assert db["articles"].get(URL)["section"] == "Politics & Policy"
    with pytest.raises(KeyError):
        writer.update_extraction(999, fixed)


# -- the sample archive and stats ---------------------------------------------------


def test_seeded_archive_stats(tmp_path: Path) -> None:
    db = seed_archive(tmp_path / "seeded.db")
    figures = stats(db)
    assert figures["articles"] == {"total": 4, "live": 3, "gone": 1}
    assert figures["versions"] == 4 + 1 + 2  # ferry edited once, tram A -> B -> A
    assert figures["crawls"]["total"] == 3 and figures["crawls"]["finished"] == 3
    assert figures["fetches"]["gone"] == 1 and figures["fetches"]["robots"] == 3
    assert figures["fetches"]["total"] == sum(v for k, v in figures["fetches"].items() if k != "total")
    assert figures["sites"]["harbourgazette.example"] == {"articles": 2, "live": 2, "gone": 0,
                                                         "versions": 5}
    assert db["articles"].get(LIBRARY)["status"] == "gone"
    assert db["articles"].get(HARBOUR)["last_seen"] == CRAWL_TIMES[2]  # the 304
    assert figures["access"] == {"free": 4} and sum(figures["languages"].values()) == 4
    assert figures["clusters"] == {"total": 0, "articles": 0}


def test_thousands_of_articles_and_revisits(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "big.db")
    writer = ArchiveWriter(db)
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="x")
    for i in range(1500):
        writer.store_article(make_article(
            canonical_url=f"https://big.example/{i}", title=f"Story {i}",
            paragraphs=[f"Paragraph about topic {i % 37}."] * 5, fetched_at=T1,
            authors=[f"Author {i % 20}"]), crawl)
    for i in range(0, 1500, 3):
        writer.store_article(make_article(
            canonical_url=f"https://big.example/{i}", title=f"Story {i}",
            paragraphs=[f"Paragraph about topic {i % 37}."] * 5, fetched_at=T2,
            authors=[f"Author {i % 20}"]), crawl)
    assert count(db, "versions") == 1500
    assert count(db, "articles") == 1500


def test_writer_prepares_a_plain_database(tmp_path: Path) -> None:
    plain = sqlite_utils.Database(tmp_path / "plain.db")
    writer = ArchiveWriter(plain)
    assert plain.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="x")
    assert writer.store_article(budget(), crawl) == "new"
    assert ArchiveWriter(tmp_path / "plain.db").store_article(budget(), crawl) == "unchanged"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["A", "B", "C"]), min_size=1, max_size=8),
       st.lists(st.booleans(), min_size=8, max_size=8))
def test_versions_follow_content_changes(tmp_path: Path, sequence: list[str], gone: list[bool]) -> None:
    """Any sequence of fetches (with 404s in between): one version per change of
    content, results new/changed/unchanged accordingly, status live at the end."""
    db = open_archive(Path(tempfile.mkdtemp(dir=tmp_path)) / "prop.db")
    writer = ArchiveWriter(db)
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="x")
    expected_results, previous = [], None
    for i, body in enumerate(sequence):
        when = f"2025-08-{i + 1:02d}T00:00:00Z"
        result = writer.store_article(budget([f"Version {body} of the story."], fetched_at=when), crawl)
        expected_results.append("new" if previous is None else "unchanged" if body == previous else "changed")
        assert result == expected_results[-1]
        previous = body
        if gone[i]:
            writer.mark_gone(URL, crawl, when)
    changes = 1 + sum(a != b for a, b in itertools.pairwise(sequence))
    assert count(db, "versions") == changes == db["articles"].get(URL)["version_count"]
    row = db["articles"].get(URL)
    assert row["status"] == ("gone" if gone[len(sequence) - 1] else "live")
    assert row["last_seen"] == f"2025-08-{len(sequence):02d}T00:00:00Z"
    assert row["body"] == f"Version {sequence[-1]} of the story."
    db.close()
