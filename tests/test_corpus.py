"""What corpus builders need, end to end on a two-state crawl of the sample site:
Parquet export of every version (read back with pyarrow and DuckDB, both real), the
dataset card's counts, near-duplicate clusters, access status and its version rule,
figures, detected language."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlite_utils

from archive.clusters import update_clusters
from crawler.demo import content as C
from crawler.demo.server import serve_demo
from tests.conftest import clippings, crawl
from tests.support.demo_truth import expected_articles


@dataclass
class TwoStates:
    db: Path
    base: str


@pytest.fixture(scope="module")
def two_states(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoStates]:
    """The sample site crawled in state 1, then in state 2, into one archive."""
    db = tmp_path_factory.mktemp("corpus") / "news.db"
    with serve_demo(port=0) as server:
        for state in (1, 2):
            server.set_state(state)
            run = crawl(db, server.base_url + "/")
            assert run.returncode == 0, run.stderr
        yield TwoStates(db=db, base=server.base_url)


def export(db: Path, folder: Path, *args: str) -> Path:
    result = clippings("export", str(db), "--format", "parquet", "-o", str(folder), *args)
    assert result.returncode == 0, result.stderr
    return folder


def slug_url(line: TwoStates, slug: str, state: int = 1) -> str:
    story = C.by_slug(slug, state)
    assert story is not None
    return line.base + story.path


# -- Parquet ---------------------------------------------------------------------------

def test_parquet_all_versions_read_by_pyarrow(two_states: TwoStates, tmp_path: Path) -> None:
    folder = export(two_states.db, tmp_path / "all", "--versions", "all")
    table = pq.read_table(folder / "versions.parquet")
    with sqlite3.connect(two_states.db) as conn:
        versions = conn.execute("SELECT canonical_url, content_hash FROM versions").fetchall()
    rows = table.to_pylist()
    # Every version present once.
    assert sorted((r["canonical_url"], r["content_hash"]) for r in rows) == sorted(versions)
    assert len({(r["canonical_url"], r["version"]) for r in rows}) == len(rows)
    # Typed columns, nested fields as lists and structs (not JSON text).
    schema = table.schema
    assert schema.field("word_count").type == pa.int32()
    assert schema.field("language_confidence").type == pa.float64()
    assert schema.field("first_seen").type == pa.timestamp("ms", tz="UTC")
    assert schema.field("authors").type == pa.list_(pa.string())
    assert pa.types.is_struct(schema.field("images").type.value_type)
    assert pa.types.is_struct(schema.field("body_blocks").type.value_type)
    # Versions numbered 1, 2, ... per article, in the order seen.
    by_url: dict[str, list[dict]] = {}
    for r in rows:
        by_url.setdefault(r["canonical_url"], []).append(r)
    for url, seen in by_url.items():
        assert [r["version"] for r in seen] == list(range(1, len(seen) + 1)), url
        assert {r["version_count"] for r in seen} == {len(seen)}
        assert [r["first_seen"] for r in seen] == sorted(r["first_seen"] for r in seen)
    edited = slug_url(two_states, "maintainers-automated-bug-reports")
    assert [r["crawl_id"] for r in by_url[edited]] == [1, 2]
    gone = {two_states.base + p for p in C.gone(2)}
    assert gone and all(r["status"] == "gone" for u in gone for r in by_url[u])


def test_parquet_read_by_duckdb_and_the_card_counts(two_states: TwoStates, tmp_path: Path) -> None:
    folder = export(two_states.db, tmp_path / "all", "--versions", "all")
    con = duckdb.connect()
    pattern = str(folder / "*.parquet")
    total, articles, sites = con.execute(
        "SELECT count(*), count(DISTINCT canonical_url), count(DISTINCT site) FROM read_parquet(?)",
        [pattern]).fetchone()
    (images,) = con.execute(
        "SELECT count(*) FROM (SELECT unnest(images) AS i FROM read_parquet(?)) WHERE i.credit IS NOT NULL",
        [pattern]).fetchone()
    assert images >= 3
    (typed,) = con.execute("SELECT typeof(first_seen) FROM read_parquet(?) LIMIT 1", [pattern]).fetchone()
    assert typed.startswith("TIMESTAMP")
    with sqlite3.connect(two_states.db) as conn:
        assert total == conn.execute("SELECT count(*) FROM versions").fetchone()[0]
        assert articles == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and "data_files:\n  - versions.parquet" in card
    assert f"| {total} | {articles} | {sites} |" in card
    for heading in ("## Fields", "## Sites", "## Dates", "## Licence", "## How it was made"):
        assert heading in card
    assert re.search(r"^\| `images` \| `list<.*struct<url: string", card, re.MULTILINE)
    assert "versions=all" in card


def test_latest_export_and_filters(two_states: TwoStates, tmp_path: Path) -> None:
    latest = pq.read_table(export(two_states.db, tmp_path / "latest") / "articles.parquet").to_pylist()
    with sqlite3.connect(two_states.db) as conn:
        assert len(latest) == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert all(r["version"] == r["version_count"] for r in latest)
    german = pq.read_table(export(two_states.db, tmp_path / "de", "--language", "de")
                           / "articles.parquet").to_pylist()
    assert [r["canonical_url"] for r in german] == [slug_url(two_states, "stadtbaeume-hitze-giessen")]
    gone = pq.read_table(export(two_states.db, tmp_path / "gone", "--status", "gone")
                         / "articles.parquet").column("canonical_url").to_pylist()
    assert sorted(gone) == sorted(two_states.base + p for p in C.gone(2))
    later = pq.read_table(export(two_states.db, tmp_path / "later", "--versions", "all", "--since",
                                 "2999-01-01") / "versions.parquet")
    assert later.num_rows == 0


def test_text_export_to_stdout_and_bad_options(two_states: TwoStates, tmp_path: Path) -> None:
    with sqlite3.connect(two_states.db) as conn:
        (site,) = conn.execute("SELECT DISTINCT site FROM articles").fetchone()
    result = clippings("export", str(two_states.db), "--format", "jsonl", "--versions", "all", "-o", "-",
                       "--site", site)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    with sqlite3.connect(two_states.db) as conn:
        assert len(lines) == conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    assert all(isinstance(r["images"], list) and r["version"] >= 1 for r in lines)
    bad = clippings("export", str(two_states.db), "--since", "last tuesday")
    assert bad.returncode != 0 and "--since" in bad.stderr and len(bad.stderr.splitlines()) == 1
    nowhere = clippings("export", str(two_states.db), "--format", "parquet")
    assert nowhere.returncode != 0 and "-o DIRECTORY" in nowhere.stderr
    unwritable = clippings("export", str(two_states.db), "-o", str(tmp_path / "no" / "such" / "x.jsonl"))
    assert unwritable.returncode != 0 and "cannot write" in unwritable.stderr
    theirs = tmp_path / "project"
    theirs.mkdir()
    (theirs / "README.md").write_text("# My project\n", encoding="utf-8")
    kept = clippings("export", str(two_states.db), "--format", "parquet", "-o", str(theirs))
    assert kept.returncode != 0 and "not a Clippings dataset card" in kept.stderr
    assert (theirs / "README.md").read_text(encoding="utf-8") == "# My project\n"
    assert not list(theirs.glob("*.parquet"))


# -- near-duplicates, access, figures, language -------------------------------------------

def test_planted_syndicated_pair_is_clustered_and_nothing_else(two_states: TwoStates) -> None:
    db = sqlite_utils.Database(two_states.db)
    pair = {slug_url(two_states, "heatwave-strains-power-grids"),
            slug_url(two_states, "heatwave-power-prices-evening")}
    clusters = list(db.query("SELECT id, size, site_count, sites FROM clusters"))
    members = {c["id"]: {r["canonical_url"] for r in db.query(
        "SELECT canonical_url FROM cluster_members WHERE cluster_id = ?", [c["id"]])} for c in clusters}
    assert list(members.values()) == [pair]
    assert {r["canonical_url"] for r in db.query(
        "SELECT canonical_url FROM articles WHERE cluster_id IS NOT NULL")} == pair
    # Flags, never deletes: both articles and all their versions are still there.
    assert db.execute("SELECT count(*) FROM versions WHERE canonical_url IN (?, ?)", list(pair)).fetchone()[0] == 2
    # Deterministic: rebuilding from the same archive gives the same clusters.
    before = list(db.query("SELECT * FROM cluster_members ORDER BY cluster_id, version_id"))
    update_clusters(db)
    assert list(db.query("SELECT * FROM cluster_members ORDER BY cluster_id, version_id")) == before


def test_datasette_facets_and_same_story_query(two_states: TwoStates) -> None:
    import asyncio

    from archive.serve import database_name, render_metadata
    from tests.support.threaded_datasette import threaded_datasette

    # (its SQL on Datasette's threads, as users' serve: stopped at the block's end)
    with threaded_datasette([two_states.db], metadata=render_metadata(two_states.db), template_dir=None,
                            plugins_dir=None) as ds:
        name = database_name(two_states.db)
        data = asyncio.run(ds.client.get(f"/{name}/articles.json?_extra=facet_results")).json()
        rows = asyncio.run(ds.client.get(f"/{name}/same_story.json?_shape=objects")).json()["rows"]
    facets = data["facet_results"]
    assert {"detected_language", "access", "cluster_id"} <= set(facets)
    languages = {f["value"] for f in facets["detected_language"]["results"]}
    assert {"en", "de", "ja"} <= languages
    assert len(rows) == 1 and rows[0]["articles"] == 2
    assert set(rows[0]["urls"].split(",")) == {slug_url(two_states, "heatwave-strains-power-grids"),
                                               slug_url(two_states, "heatwave-power-prices-evening")}


def test_paywall_teaser_then_free_and_truncated_rule(two_states: TwoStates) -> None:
    db = sqlite_utils.Database(two_states.db)
    url = slug_url(two_states, "housing-cooperatives-affordable")
    versions = list(db.query(
        "SELECT access, word_count, provenance FROM versions WHERE canonical_url = ? ORDER BY id", [url]))
    assert [v["access"] for v in versions] == ["truncated", "free"]
    assert "isAccessibleForFree=false" in json.loads(versions[0]["provenance"])["access"]
    assert versions[0]["word_count"] < versions[1]["word_count"]


def test_figures_and_languages_in_the_archive(two_states: TwoStates) -> None:
    db = sqlite_utils.Database(two_states.db)
    truth = {a["canonical_url"]: a for a in expected_articles(two_states.base, state=2)}
    for row in db.query("SELECT canonical_url, images, detected_language, language_confidence "
                        "FROM articles WHERE status = 'live'"):
        expected = truth[row["canonical_url"]]
        assert json.loads(row["images"]) == expected["images"]
        assert row["detected_language"] == expected["detected_language"]
        assert 0.5 <= row["language_confidence"] <= 1.0
    stored = {r["detected_language"] for r in db.query("SELECT detected_language FROM articles")}
    assert {"en", "de", "ja"} <= stored
