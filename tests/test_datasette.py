"""Datasette over a seeded archive, in process: pages, facets, canned queries, search."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from datasette.app import Datasette

from archive.queries import canned_queries, load_metadata, run_canned
from archive.serve import database_name, datasette_argv, render_metadata
from tests.support.sample_archive import HARBOUR, LIBRARY, MARKET, TRAM, seed_archive
from tests.support.threaded_datasette import threaded_datasette

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
def ds(archive_path: Path) -> Iterator[Datasette]:
    """The archive served in process with its SQL on Datasette's threads, as users' ``serve``."""
    with threaded_datasette([archive_path]) as ds:
        yield ds


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
    assert set(facets) == {"site", "section", "authors", "published_month", "status",
                           "detected_language", "access", "cluster_id"}  # the last three: corpus fields
    sites = {f["value"]: f["count"] for f in facets["site"]["results"]}
    assert sites == {"harbourgazette.example": 2, "valleyherald.example": 2}
    authors = {f["value"]: f["count"] for f in facets["authors"]["results"]}
    assert facets["authors"]["type"] == "author"  # the plugin's facet over article_authors
    assert authors == {"Maria Jensen": 1, "Tom Okafor": 1, "Lena Fischer": 1, "Valley Herald staff": 1,
                       "Sam Idris": 1}
    assert [(f["value"], f["count"]) for f in facets["published_month"]["results"]] == [("2025-07", 4)]
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


# -- the reading room: the archive's templates and plugin ------------------------------

def row_path(db: str, canonical_url: str) -> str:
    from datasette.utils import tilde_encode

    return f"/{db}/articles/{tilde_encode(canonical_url)}"


def test_facet_by_day_month_and_author_filter(ds) -> None:
    data = get(ds, "/clips/articles.json?_facet_day=published").json()
    days = [(f["value"], f["count"]) for f in data["facet_results"]["published_day"]["results"]]
    assert days == [("2025-07-14", 1), ("2025-07-13", 1), ("2025-07-12", 1), ("2025-07-10", 1)]  # newest first
    # Selecting a day or a month filters by a range of published (Datasette's own filters).
    toggle = data["facet_results"]["published_day"]["results"][1]["toggle_url"]
    assert "published__gte=2025-07-13" in toggle and "published__lt=2025-07-14" in toggle
    picked = get(ds, "/clips/articles.json?_shape=objects&published__gte=2025-07&published__lt=2025-08").json()
    assert len(picked["rows"]) == 4
    month = get(ds, "/clips/articles.json?published__gte=2025-07&published__lt=2025-08").json()
    assert month["facet_results"]["published_month"]["results"][0]["selected"] is True
    # The generated columns still facet and filter, for SQL users.
    by_day = get(ds, "/clips/articles.json?_facet=published_day").json()["facet_results"]["published_day"]
    assert by_day["type"] == "column" and len(by_day["results"]) == 4
    # Selecting an author in the author facet filters through article_authors.
    data = get(ds, "/clips/articles.json?_shape=objects&_author=Lena+Fischer&_extra=facet_results").json()
    assert [row["canonical_url"] for row in data["rows"]] == [TRAM]
    authors = {f["value"]: (f["count"], f["selected"]) for f in data["facet_results"]["authors"]["results"]}
    assert authors == {"Tom Okafor": (1, False), "Lena Fischer": (1, True)}
    filtered = get(ds, "/clips/articles.json?site=valleyherald.example&_extra=facet_results").json()
    names = {f["value"] for f in filtered["facet_results"]["authors"]["results"]}
    assert names == {"Valley Herald staff", "Sam Idris"}


def test_articles_table_shows_the_scan_columns_and_the_rest_a_click_away(ds) -> None:
    compact = get(ds, "/clips/articles").text
    headers = re.findall(r'<th class="col-([\w-]+)"', compact)
    assert headers == ["title", "site", "section", "authors", "published", "status", "version_count"]
    assert "Tom Okafor, Lena Fischer" in compact  # the JSON list read as names
    assert "?_wide=1" in compact
    wide = get(ds, "/clips/articles?_wide=1").text
    assert {"body", "body_blocks", "provenance", "related"} <= set(re.findall(r'<th class="col-([\w-]+)"', wide))
    # Titles link to the article page.
    assert f'href="{row_path("clips", TRAM)}"' in compact


def test_article_page_shows_record_body_versions_and_diff(ds) -> None:
    page = get(ds, row_path("clips", TRAM))
    assert page.status_code == 200
    html = page.text
    assert '<h1 class="headline">Tram line extension approved</h1>' in html
    assert "Councillors back 4.2 km extension to the north." in html
    assert ">Tom Okafor</a>, <a" in html and "Lena Fischer" in html
    assert html.count("<p>") >= 2 and "City councillors approved" in html
    assert "3 versions" in html
    # Version 2 changed 2028 to 2029; version 3 changed it back.
    assert "<del>2028,</del><ins>2029,</ins>" in html
    assert "<del>2029,</del><ins>2028,</ins>" in html
    assert html.count("/-/clippings/capture/clips/") == 3
    ferry = get(ds, row_path("clips", HARBOUR)).text
    assert "Related" in ferry and "Tram line extension approved" in ferry
    assert '<span class="diff-label">headline</span>' in ferry and "<ins>" in ferry


def test_other_row_pages_are_datasettes_own(ds) -> None:
    html = get(ds, "/clips/crawls/1").text
    assert "clippings-article" not in html and "Links from other tables" in html


def test_search_highlights_with_mark_not_stars(ds) -> None:
    html = get(ds, "/clips/search?q=mackerel").text
    (results,) = re.findall(r'<table class="rows-and-columns">.*?</table>', html, re.S)
    assert "<mark>mackerel</mark>" in results
    assert "**" not in results
    assert f'href="{row_path("clips", MARKET)}"' in html


@pytest.fixture(scope="module")
def ranked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Datasette]:
    """Three articles that mention "lighthouse": in the title, in the standfirst, in the body."""
    from archive.writer import ArchiveWriter
    from tests.support.sample_archive import make_article

    path = tmp_path_factory.mktemp("ranked") / "ranked.db"
    writer = ArchiveWriter(path)
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    filler = ["Words about the harbour, the boats and the weather. " * 6]
    for slug, title, dek, extra in (
        ("body", "Harbour notes", "Boats and weather.", ["The old lighthouse keeper retired."]),
        ("dek", "Coast news", "A lighthouse reopens.", []),
        ("title", "Lighthouse restored", "Work finished on time.", []),
    ):
        writer.store_article(make_article(
            canonical_url=f"https://coast.example/{slug}", title=title, description=dek,
            paragraphs=filler + extra, fetched_at="2025-07-14T08:00:00Z"), crawl)
    writer.db.close()
    with threaded_datasette([path]) as ds:
        yield ds


def test_search_is_ranked_by_relevance(ranked: Datasette) -> None:
    rows = get(ranked, "/ranked/search.json?_shape=objects&q=lighthouse").json()["rows"]
    assert [row["canonical_url"].rsplit("/", 1)[1] for row in rows] == ["title", "dek", "body"]
    assert all("**lighthouse**" in row["snippet"].lower() for row in rows)


def test_database_page_draws_charts(ds) -> None:
    html = get(ds, "/clips").text
    charts = re.findall(r'<figure class="clippings-chart">.*?</figure>', html, re.S)
    assert len(charts) == 2
    per_day, per_crawl = charts
    assert "harbourgazette.example" in per_day and per_day.count('<rect class="mark"') == 4
    # Crawl 1: 4 new articles; crawl 2: 2 new versions; crawl 3: 1 (the tram reverted).
    titles = re.findall(r"<title>(#\d · [\w ]+: \d+)</title>", per_crawl)
    assert titles == ["#1 · new articles: 4", "#2 · new versions: 2", "#3 · new versions: 1"]


def test_raw_capture_route_serves_the_warc_payload(tmp_path: Path) -> None:
    from archive.warc import WarcStore
    from archive.writer import ArchiveWriter
    from crawler.items import RawResponse
    from tests.support.sample_archive import make_article

    html = b"<html><body><h1>Captured</h1><script>alert(1)</script></body></html>"
    with WarcStore(tmp_path / "warc" / "crawl-1.warc.gz") as store:
        capture = store.write(RawResponse(
            url="https://coast.example/a", status=200, headers=[("Content-Type", "text/html")],
            body=html, fetched_at="2025-07-14T08:00:00Z"))
    from dataclasses import replace

    capture = replace(capture, warc_file="warc/crawl-1.warc.gz")  # relative to the archive's folder
    writer = ArchiveWriter(tmp_path / "cap.db")
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    writer.store_article(make_article(canonical_url="https://coast.example/a", title="Captured",
                                      paragraphs=["Text."], fetched_at="2025-07-14T08:00:00Z"),
                         crawl, capture=capture)
    writer.db.close()
    with threaded_datasette([tmp_path / "cap.db"]) as ds:
        response = get(ds, "/-/clippings/capture/cap/1")
        assert response.status_code == 200
        assert response.content == html
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["content-security-policy"] == "sandbox"
        assert get(ds, "/-/clippings/capture/cap/99").status_code == 404
        assert get(ds, "/-/clippings/capture/nosuchdb/1").status_code == 404
        # A number past SQLite's integers is no row either (it was a 500: OverflowError).
        assert get(ds, "/-/clippings/capture/cap/" + "9" * 30).status_code == 404
        # Nor one of more digits than int() reads (4,300: it was a 500, ValueError);
        # leading zeros are no digits of the number.
        assert get(ds, "/-/clippings/capture/cap/" + "9" * 5000).status_code == 404
        assert get(ds, "/-/clippings/capture/cap/" + "0" * 5000 + "1").status_code == 200


def test_plugin_leaves_other_databases_alone(archive_path: Path, tmp_path: Path) -> None:
    import shutil

    other = tmp_path / "other.db"
    shutil.copy(archive_path, other)  # an archive's tables, but served without its metadata
    with threaded_datasette([archive_path, other], metadata=render_metadata([archive_path])) as ds:
        assert "clippings-article" in get(ds, row_path("clips", TRAM)).text
        assert "clippings-article" not in get(ds, row_path("other", TRAM)).text


def test_metadata_for_several_archives(tmp_path: Path) -> None:
    paths = [tmp_path / "a" / "news.db", tmp_path / "b" / "news.db", tmp_path / "blogs.db"]
    metadata = render_metadata(paths)
    assert list(metadata["databases"]) == ["news", "news_2", "blogs"]
    assert metadata["databases"]["news_2"]["queries"]["search"]["sql"]


def test_site_migration_keeps_ports(tmp_path: Path) -> None:
    """m002 rewrites ``site`` of archives written before it, from the canonical URL."""
    import sqlite_utils

    from archive.migrations import migrations

    db = sqlite_utils.Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m002_reading_room")
    for url, site in (("http://127.0.0.1:8765/a", "127.0.0.1"), ("http://127.0.0.1:8766/b", "127.0.0.1"),
                      ("https://www.news.example/c", "news.example")):
        db.execute("INSERT INTO articles (url, canonical_url, site, title, first_seen, last_seen) "
                   "VALUES (?, ?, ?, 't', 'x', 'x')", [url, url, site])
    db.conn.commit()
    migrations.apply(db)
    assert dict(db.execute("SELECT canonical_url, site FROM articles").fetchall()) == {
        "http://127.0.0.1:8765/a": "127.0.0.1:8765", "http://127.0.0.1:8766/b": "127.0.0.1:8766",
        "https://www.news.example/c": "news.example",
    }
    assert [r[0] for r in db.execute("SELECT published_month FROM articles")] == [None, None, None]


def test_author_facet_reads_the_whole_table_from_its_index(ds, monkeypatch) -> None:
    """Unfiltered, the author facet counts article_authors alone (an index scan);
    filtered, it joins the filtered rows."""
    seen: list[str] = []
    original = Datasette.execute

    async def spy(self, database, sql, *args, **kwargs):
        seen.append(sql)
        return await original(self, database, sql, *args, **kwargs)

    monkeypatch.setattr(Datasette, "execute", spy)
    get(ds, "/clips/articles.json")
    get(ds, "/clips/articles.json?site=valleyherald.example")
    facet_sql = [" ".join(s.split()) for s in seen if "article_authors" in s]
    assert len(facet_sql) == 2
    assert "FROM (SELECT author_id, count(*) AS n FROM article_authors GROUP BY author_id)" in facet_sql[0]
    assert "JOIN article_authors aa ON aa.canonical_url = a.canonical_url" in facet_sql[1]


@pytest.mark.parametrize(("sql", "index"), [
    ("SELECT site, count(*) FROM articles GROUP BY site", "COVERING INDEX idx_articles_site"),
    ("SELECT substr(published, 1, 7) AS v, count(*) FROM articles WHERE published IS NOT NULL GROUP BY v",
     "COVERING INDEX idx_articles_published "),
    ("SELECT section, count(*) FROM articles GROUP BY section", "COVERING INDEX idx_articles_section"),
    ("SELECT substr(published, 1, 7) AS v, count(*) FROM articles WHERE site = ? GROUP BY v",
     "COVERING INDEX idx_articles_site_facets"),
    ("SELECT site, count(*) FROM articles WHERE section = ? GROUP BY site",
     "COVERING INDEX idx_articles_section_facets"),
    ("SELECT status, count(*) FROM articles WHERE published >= ? AND published < ? GROUP BY status",
     "COVERING INDEX idx_articles_published_facets"),
    ("SELECT canonical_url FROM articles WHERE site = ? ORDER BY published DESC LIMIT 51",
     "idx_articles_site_facets"),
])
def test_facet_queries_read_indexes(archive_path: Path, sql: str, index: str) -> None:
    """The archive's facet queries are answered from indexes (migrations m002-m005),
    which is what keeps a million-article table page fast."""
    import sqlite3

    with sqlite3.connect(archive_path) as conn:
        plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, ["x"] * sql.count("?")))
    conn.close()
    assert index in plan, plan


def test_in_process_the_sql_runs_on_datasettes_threads_as_in_serve(ds, archive_path: Path) -> None:
    """The in-process Datasette has the SQL threads ``clippings serve`` runs with
    (its command line leaves ``num_sql_threads`` at Datasette's default): the tests
    ran it without (``num_sql_threads: 0``), every query on the test's own thread."""
    import threading

    from datasette.app import DEFAULT_SETTINGS

    assert "num_sql_threads" not in datasette_argv([archive_path], 8001)
    assert ds.setting("num_sql_threads") == DEFAULT_SETTINGS["num_sql_threads"] > 0
    ran_on = asyncio.run(ds.get_database("clips").execute_fn(lambda conn: threading.get_ident()))
    assert ran_on != threading.get_ident()
    assert get(ds, "/-/threads.json").json()["num_threads"] > 1


def test_a_threaded_datasette_ends_its_threads(archive_path: Path) -> None:
    """Its executor's threads and its databases' write threads (which Datasette never
    stops) have ended once the block has."""
    import threading

    before = set(threading.enumerate())
    with threaded_datasette([archive_path]) as fresh:
        assert get(fresh, "/clips/articles.json").status_code == 200
        started = set(threading.enumerate()) - before
    assert started
    for thread in started:
        thread.join(10)
    assert [thread for thread in started if thread.is_alive()] == []
