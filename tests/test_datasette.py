"""Datasette over a seeded archive, in process: pages, facets, canned queries, search."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import urlencode

import pytest
from datasette.app import Datasette

from archive.queries import canned_queries, load_metadata, run_canned
from archive.serve import SETTINGS, database_name, datasette_argv, render_metadata
from tests.support.sample_archive import HARBOUR, LIBRARY, MARKET, TRAM, seed_archive

# Parameters for each canned query, and the articles each must return.
CANNED = {
    "changed_since": ({"since": "2025-07-15"}, {HARBOUR, TRAM}),
    "gone_since": ({"since": "2025-07-01"}, {LIBRARY}),
    "most_edited": ({}, {TRAM, HARBOUR}),
    "search": ({"q": "mackerel"}, {MARKET}),
    "article_versions": ({"url": TRAM}, None),
}


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "clips.db"
    seed_archive(path).close()
    return path


@pytest.fixture(scope="module")
def ds(archive_path: Path) -> Datasette:
    return Datasette([str(archive_path)], metadata=render_metadata(archive_path), settings=SETTINGS)


def get(ds: Datasette, path: str):
    return asyncio.run(ds.client.get(path))


def test_metadata_renames_the_database_key(archive_path: Path) -> None:
    metadata = render_metadata(archive_path)
    assert list(metadata["databases"]) == ["clips"] == [database_name(archive_path)]
    assert "archive" in load_metadata()["databases"]


def test_index_database_and_tables_pages(ds) -> None:
    assert get(ds, "/").status_code == 200
    page = get(ds, "/clips")
    assert page.status_code == 200
    for name in ("articles", "versions", "crawls", "fetches", "authors", "related_links"):
        response = get(ds, f"/clips/{name}")
        assert response.status_code == 200, name
    assert "Clippings" in get(ds, "/clips/articles").text


def test_articles_facets_and_sort(ds) -> None:
    data = get(ds, "/clips/articles.json?_extra=facet_results").json()
    facets = data["facet_results"]
    assert {"site", "section", "authors", "published"} <= set(facets)
    sites = {f["value"]: f["count"] for f in facets["site"]["results"]}
    assert sites == {"harbourgazette.example": 2, "valleyherald.example": 2}
    authors = {f["value"] for f in facets["authors"]["results"]}
    assert {"Maria Jensen", "Tom Okafor", "Lena Fischer"} <= authors  # array facet
    assert facets["published"]["type"] == "date"
    published = [row[data["columns"].index("published")] for row in data["rows"]]
    assert published == sorted(published, reverse=True)
    html = get(ds, "/clips/articles").text
    assert "sorted by published descending" in html


def test_array_facet_filter(ds) -> None:
    data = get(ds, "/clips/articles.json?_shape=objects&authors__arraycontains=Tom+Okafor").json()
    assert [row["canonical_url"] for row in data["rows"]] == [TRAM]


def test_fts_search_through_the_table(ds) -> None:
    data = get(ds, "/clips/articles.json?_shape=objects&_search=ferry+timetable").json()
    assert [row["canonical_url"] for row in data["rows"]] == [HARBOUR]
    html = get(ds, "/clips/articles?_search=%22fish+market%22").text
    assert "Fish market reopens" in html
    empty = get(ds, "/clips/articles.json?_shape=objects&_search=zeppelin").json()
    assert empty["rows"] == []


@pytest.mark.parametrize("name", sorted(CANNED))
def test_canned_query_returns_rows(ds, archive_path, name: str) -> None:
    params, expected = CANNED[name]
    html = get(ds, f"/clips/{name}?{urlencode(params)}")
    assert html.status_code == 200
    response = get(ds, f"/clips/{name}.json?{urlencode({**params, '_shape': 'objects'})}")
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert rows
    if expected is not None:
        assert {row["canonical_url"] for row in rows} == expected
    # The Python API runs the very same SQL.
    from archive import open_archive

    assert run_canned(open_archive(archive_path), name, **params) == rows


# Canned queries over fields the sample archive lacks, tested on real crawls elsewhere.
TESTED_ELSEWHERE = {"language_disagreements": "tests/test_corpus_fields.py",
                    "same_story": "tests/test_corpus.py"}


def test_every_canned_query_is_tested() -> None:
    assert set(canned_queries()) == set(CANNED) | set(TESTED_ELSEWHERE)
    for query in canned_queries().values():
        assert query["title"] and query["description"] and query["sql"].lstrip().startswith("select")


def test_article_versions_query(ds) -> None:
    rows = get(ds, f"/clips/article_versions.json?_shape=objects&url={TRAM}").json()["rows"]
    assert [row["crawl_id"] for row in rows] == [1, 2, 3]
    assert rows[0]["content_hash"] == rows[2]["content_hash"] != rows[1]["content_hash"]
    assert rows[0]["warc_file"] == "crawl-1.warc.gz"


def test_canned_query_form_without_parameters(ds) -> None:
    assert get(ds, "/clips/changed_since").status_code == 200
    assert get(ds, "/clips/search").status_code == 200


def test_hidden_and_fts_tables(ds) -> None:
    tables = {t["name"]: t for t in get(ds, "/clips.json").json()["tables"]}
    assert tables["_sqlite_migrations"]["hidden"] is True
    assert tables["articles"]["fts_table"] == "articles_fts"


def test_datasette_argv(archive_path: Path) -> None:
    import json
    import sys

    argv = datasette_argv(archive_path, 8123)
    assert argv[:5] == [sys.executable, "-m", "datasette", "serve", str(archive_path)]
    assert argv[argv.index("--port") + 1] == "8123"
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    metadata = json.loads(Path(argv[argv.index("--metadata") + 1]).read_text())
    assert metadata == render_metadata(archive_path)
